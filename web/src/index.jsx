// The PlanGraph GraphQL IDE: GraphiQL pointed at the page's own /graphql endpoint.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
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

createRoot(document.getElementById('graphiql')).render(
  <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} defaultEditorToolsVisibility={true} />,
);
