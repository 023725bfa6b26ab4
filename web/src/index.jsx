// The PlanGraph GraphQL IDE: GraphiQL pointed at the page's own /graphql endpoint.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { buildSchema } from 'graphql';
import 'graphiql/graphiql.css';

const endpoint = window.location.pathname.replace(/\/$/, '') || '/graphql';

async function fetcher(params, options) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json', ...(options?.headers ?? {}) },
    body: JSON.stringify(params),
  });
  return response.json();
}

const defaultQuery = `# PlanGraph: plans, goals, indicators, targets, projects, institutions and places
# with the sentence that supports every fact. Press Ctrl+Enter to run.
{
  plans(first: 5) {
    totalCount
    nodes { name startYear endYear }
  }
}
`;

// The schema comes from the API's own SDL (?sdl) and is built here with graphql-js, so the IDE's
// completion, validation and docs work without an introspection round trip.
async function start() {
  const root = createRoot(document.getElementById('graphiql'));
  let schema;
  try {
    const response = await fetch(endpoint + '?sdl');
    schema = buildSchema(await response.text());
  } catch (e) {
    console.error('PlanGraph: could not load the schema', e);
  }
  root.render(<GraphiQL fetcher={fetcher} schema={schema} defaultQuery={defaultQuery} defaultEditorToolsVisibility={true} />);
}

start();
