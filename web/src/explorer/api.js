// The explorer's only door to the data: POST /graphql, the same public API any front end uses.
export const EVIDENCE = 'documentId sectionPath firstLine lastLine quote rule';

export async function gql(query, variables) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) {
    throw new Error(body.errors.map((e) => e.message).join('; '));
  }
  return body.data;
}

// Ids are prefixed by kind (plan:, goal:, …): the prefix says which page shows the node.
export function kindOf(id) {
  const colon = id.indexOf(':');
  return colon > 0 ? id.slice(0, colon) : '';
}

export const nodeHref = (id) => '#/node/' + encodeURIComponent(id);
export const graphHref = (id) => '#/graph/' + encodeURIComponent(id);
export const searchHref = (text) => '#/search?q=' + encodeURIComponent(text);

export function documentHref(evidence) {
  const params = new URLSearchParams();
  if (evidence.firstLine) params.set('lines', `${evidence.firstLine}-${evidence.lastLine ?? evidence.firstLine}`);
  if (evidence.quote) params.set('q', evidence.quote);
  return '#/doc/' + encodeURIComponent(evidence.documentId) + '?' + params.toString();
}

export const KINDS = {
  Plan: { title: 'Plans 规划', colour: '#1f5fa8' },
  Goal: { title: 'Goals 目标', colour: '#2e8b57' },
  Project: { title: 'Projects 项目', colour: '#c2571a' },
  Place: { title: 'Places 地点', colour: '#8a3ea8' },
  Institution: { title: 'Institutions 机构', colour: '#a8324a' },
  Indicator: { title: 'Indicators 指标', colour: '#0f7c8c' },
  Target: { title: 'Targets 目标值', colour: '#6b6b00' },
  Document: { title: 'Documents 文档', colour: '#555555' },
};

export const KIND_ORDER = ['Plan', 'Goal', 'Project', 'Place', 'Institution', 'Indicator', 'Document', 'Target'];

const TYPES = { plan: 'Plan', goal: 'Goal', indicator: 'Indicator', target: 'Target', project: 'Project', institution: 'Institution', place: 'Place', document: 'Document' };
export const typeOf = (id) => TYPES[kindOf(id)] ?? 'Node';

// The query for a fact's evidence: a node's own, or one relationship's (the relation field filtered to the node reached).
export function evidenceQuery(of) {
  if (!of.field) return `query NodeEvidence($id: ID!) { node(id: $id) { evidence { ${EVIDENCE} } } }`;
  return `query EdgeEvidence($id: ID!, $target: ID!) { node(id: $id) { ... on ${typeOf(of.id)} {
    ${of.field}(where: { id: { eq: $target } }, first: 1) { edges { evidence { ${EVIDENCE} } } } } } }`;
}

export function evidenceOf(of, data) {
  if (!data.node) return [];
  if (!of.field) return data.node.evidence;
  return data.node[of.field].edges.flatMap((e) => e.evidence);
}
