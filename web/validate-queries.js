#!/usr/bin/env node
// Checks GraphQL documents against the PlanGraph SDL with graphql-js (the reference implementation).
// Input (stdin): JSON {"sdl": "...", "queries": [{"name", "query"}]}. Output: JSON [{"name", "errors": [..]}].
'use strict';
const fs = require('fs');
const { buildSchema, parse, validate } = require('graphql');

const input = JSON.parse(fs.readFileSync(0, 'utf8'));
const schema = buildSchema(input.sdl);
const report = input.queries.map(({ name, query }) => {
  try {
    return { name, errors: validate(schema, parse(query)).map((e) => e.message) };
  } catch (e) {
    return { name, errors: [String(e.message)] };
  }
});
process.stdout.write(JSON.stringify(report) + '\n');
