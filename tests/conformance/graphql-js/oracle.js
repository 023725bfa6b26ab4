#!/usr/bin/env node
// graphql-js as the reference verdict for PlanGraph's parser and validator.
// Usage: node oracle.js SCHEMA.graphql [CORPUS.json|-]
// The corpus is a JSON array of {"name": string, "source": string} or {"name", "codeUnits": [UTF-16 code units]}
// (the latter carries lone surrogates, which UTF-8 JSON cannot); read from stdin when "-" or absent.
// Prints a JSON array, one entry per document, in corpus order:
//   {"name", "verdict": "valid" | "parse-error" | "invalid", "errors": [{"message", "locations": [{"line","column"}]}]}
// One process answers the whole corpus so the test run pays node's start-up once.
// Usage: node oracle.js --print [CORPUS.json|-] prints {"results": [{"name", "printed": string | null}]}:
// graphql-js print(parse(source)), null where the source does not parse.
'use strict';
const fs = require('fs');
const { buildSchema, parse, print, validate, validateSchema, specifiedRules, GraphQLError, version } = require('graphql');

function locationsOf(error) {
  return (error.locations || []).map(({ line, column }) => ({ line, column }));
}

function verdictFor(schema, source) {
  let document;
  try {
    document = parse(source);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { verdict: 'parse-error', errors: [{ message: error.message, locations: locationsOf(error) }] };
  }
  const errors = validate(schema, document, specifiedRules);
  return {
    verdict: errors.length === 0 ? 'valid' : 'invalid',
    errors: errors.map((e) => ({ message: e.message, locations: locationsOf(e) })),
  };
}

function fromCodeUnits(codeUnits) {
  let text = '';
  for (const unit of codeUnits) text += String.fromCharCode(unit);
  return text;
}

function printAll(corpus) {
  return corpus.map(({ name, source, codeUnits }) => {
    try {
      return { name, printed: print(parse(source ?? fromCodeUnits(codeUnits))) };
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      return { name, printed: null };
    }
  });
}

// node oracle.js --schema [CORPUS.json|-]: for each SDL, buildSchema (SDL rules) then validateSchema (§3):
// {"name", "verdict": "valid" | "invalid", "errors": [messages]}.
function judgeSchemas(corpus) {
  return corpus.map(({ name, source }) => {
    let schema;
    try {
      schema = buildSchema(source);
    } catch (error) {
      return { name, verdict: 'invalid', errors: String(error.message).split('\n\n') };
    }
    const errors = validateSchema(schema).map((e) => e.message);
    return { name, verdict: errors.length === 0 ? 'valid' : 'invalid', errors };
  });
}

function main(argv) {
  if (argv[0] === '--schema') {
    const text = argv.length < 2 || argv[1] === '-' ? fs.readFileSync(0, 'utf8') : fs.readFileSync(argv[1], 'utf8');
    process.stdout.write(JSON.stringify({ graphqlVersion: version, results: judgeSchemas(JSON.parse(text)) }));
    return;
  }
  if (argv[0] === '--print') {
    const text = argv.length < 2 || argv[1] === '-' ? fs.readFileSync(0, 'utf8') : fs.readFileSync(argv[1], 'utf8');
    process.stdout.write(JSON.stringify({ graphqlVersion: version, results: printAll(JSON.parse(text)) }));
    return;
  }
  if (argv.length < 1) {
    process.stderr.write('usage: node oracle.js SCHEMA.graphql [CORPUS.json|-]\n');
    process.exit(2);
  }
  const schema = buildSchema(fs.readFileSync(argv[0], 'utf8'));
  const corpusText = argv.length < 2 || argv[1] === '-' ? fs.readFileSync(0, 'utf8') : fs.readFileSync(argv[1], 'utf8');
  const corpus = JSON.parse(corpusText);
  if (!Array.isArray(corpus)) throw new Error('the corpus must be a JSON array of {name, source}');
  const answers = corpus.map(({ name, source, codeUnits }) => ({ name, ...verdictFor(schema, source ?? fromCodeUnits(codeUnits)) }));
  process.stdout.write(JSON.stringify({ graphqlVersion: version, results: answers }));
}

main(process.argv.slice(2));
