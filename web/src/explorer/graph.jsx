// The neighbourhood of one node drawn with Cytoscape.js: captions by name, colours by label; clicking a
// node re-centres the view on it. The same neighbours are listed as links below for keyboard users.
import React, { useEffect, useRef } from 'react';
import cytoscape from 'cytoscape';
import { graphHref, KINDS, kindOf, nodeHref } from './api.js';
import { Loading, useQuery } from './common.jsx';

const N = 'nodes { __typename id name }';
const RELATIONS = {
  Plan: ['goals', 'indicators', 'describedBy', 'citedBy', 'alignsWith', 'alignedBy', 'basedOn', 'basisFor'],
  Goal: ['plans', 'parentGoals', 'subGoals', 'indicators', 'projects'],
  Indicator: ['goals', 'plans'],
  Project: ['goals', 'places', 'institutions'],
  Institution: ['projects'],
  Place: ['projects', 'parentPlaces', 'subPlaces'],
  Document: ['describes', 'cites'],
};
const FRAGMENTS = Object.entries(RELATIONS)
  .map(([type, fields]) => `... on ${type} { ${fields.map((f) => `${f}(first: 60) { ${N} }`).join(' ')} }`).join('\n');
const GRAPH = `query Neighbourhood($id: ID!) { node(id: $id) { __typename id name
  ${FRAGMENTS}
  ... on Target { plan { __typename id name } indicator { __typename id name } }
} }`;

export function GraphView({ id }) {
  const state = useQuery(GRAPH, { id });
  return <Loading state={state}>{(data) => data.node ? <Neighbourhood root={data.node} /> : <p>Nothing with id {id}.</p>}</Loading>;
}

function neighbours(root) {
  const found = [];
  for (const [field, value] of Object.entries(root)) {
    if (value && typeof value === 'object') {
      for (const node of value.nodes ?? [value]) found.push({ field, node });
    }
  }
  return found;
}

const caption = (name) => (name.length > 14 ? name.slice(0, 13) + '…' : name);

function Neighbourhood({ root }) {
  const container = useRef(null);
  const around = neighbours(root);
  useEffect(() => {
    const seen = new Set([root.id]);
    const elements = [{ data: { id: root.id, caption: caption(root.name), name: root.name, colour: KINDS[root.__typename]?.colour ?? '#777', root: 1 } }];
    around.forEach(({ field, node }, i) => {
      if (!seen.has(node.id)) {
        seen.add(node.id);
        elements.push({ data: { id: node.id, caption: caption(node.name), name: node.name, colour: KINDS[node.__typename]?.colour ?? '#777', root: 0 } });
      }
      elements.push({ data: { id: `e${i}`, source: root.id, target: node.id, label: field } });
    });
    const cy = cytoscape({
      container: container.current,
      elements,
      style: [
        { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(caption)', color: '#222', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4, width: 18, height: 18, 'font-family': 'system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif' } },
        { selector: 'node[root = 1]', style: { width: 34, height: 34, 'font-size': 13, 'font-weight': 'bold', 'border-width': 3, 'border-color': '#222' } },
        { selector: 'edge', style: { width: 1.2, 'line-color': '#bbb', 'curve-style': 'straight' } },
      ],
      layout: elements.length > 2 ? { name: 'concentric', concentric: (n) => n.data('root') ? 2 : 1, levelWidth: () => 1, minNodeSpacing: 24, animate: false }
        : { name: 'grid' },
      wheelSensitivity: 0.3,
      maxZoom: 1.4,
      minZoom: 0.2,
    });
    cy.on('tap', 'node', (event) => {
      const target = event.target.id();
      if (target !== root.id) window.location.hash = graphHref(target);
    });
    // Tests and curious developers read the live graph here.
    window.planGraphExplorerGraph = cy;
    return () => {
      if (window.planGraphExplorerGraph === cy) window.planGraphExplorerGraph = undefined;
      cy.destroy();
    };
  }, [root]);
  const kinds = [...new Set([root.__typename, ...around.map((a) => a.node.__typename)])];
  return (
    <article className="graph-view">
      <header className="entity-header">
        <p className="kind">Graph 关系图 · {KINDS[root.__typename]?.title ?? root.__typename}</p>
        <h1 tabIndex={-1}>{root.name}</h1>
        <p className="header-links"><a href={nodeHref(root.id)}>open page 打开详情</a></p>
      </header>
      <p className="legend">{kinds.map((k) => <span key={k}><span className="swatch" style={{ background: KINDS[k]?.colour }} />{KINDS[k]?.title ?? k} </span>)}</p>
      <div ref={container} className="graph-canvas" aria-label={`Graph of ${root.name} and ${around.length} neighbours; click a node to centre on it`} role="img" />
      <details className="neighbour-list">
        <summary>Neighbours as a list 邻接节点列表 ({around.length})</summary>
        <ul>{around.map(({ field, node }, i) => <li key={i}><span className="muted">{field}</span> <a href={graphHref(node.id)}>{node.name}</a> <span className="muted">({kindOf(node.id)})</span></li>)}</ul>
      </details>
    </article>
  );
}
