#!/usr/bin/env node
// Lints Cypher statements as Cypher 5 with Neo4j's own language support library.
// Input (stdin, or the file named by the first argument): JSON [{"name": "...", "text": "..."}, ...].
// Output (stdout): JSON [{"name", "diagnostics": [{"severity", "message", "line", "column"}]}, ...],
// one entry per statement in input order. Lines and columns are 1-based.
// Exit code 0 whenever linting ran; deciding which diagnostics matter is the caller's job.
'use strict';
const fs = require('fs');
const { lintCypherQuery } = require('@neo4j-cypher/language-support');

const severities = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

function main() {
  const input = fs.readFileSync(process.argv[2] || 0, 'utf8');
  const statements = JSON.parse(input);
  if (!Array.isArray(statements)) throw new Error('input must be a JSON array of {name, text}');
  const report = statements.map(({ name, text }) => {
    if (typeof text !== 'string') throw new Error(`statement ${JSON.stringify(name)} has no text`);
    // An empty schema: labels, functions and procedures are not checked against a database;
    // syntax and semantic analysis are.
    const diagnostics = lintCypherQuery(text, {}).map((d) => ({
      severity: severities[d.severity] || String(d.severity),
      message: d.message,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
    }));
    return { name, diagnostics };
  });
  process.stdout.write(JSON.stringify(report, null, 1) + '\n');
}

try {
  main();
} catch (e) {
  process.stderr.write(`cypher lint: ${e.stack || e}\n`);
  process.exit(2);
}
