// Pieces every view uses: loading a query, links to nodes, and evidence shown on demand.
import React, { useEffect, useState } from 'react';
import { documentHref, evidenceOf, evidenceQuery, gql, graphHref, nodeHref } from './api.js';

// Runs a query whenever its variables change; the view renders loading, error or data.
export function useQuery(query, variables) {
  const key = JSON.stringify(variables);
  const [state, setState] = useState({ loading: true });
  useEffect(() => {
    let live = true;
    setState({ loading: true });
    gql(query, variables).then(
      (data) => live && setState({ data }),
      (error) => live && setState({ error: error.message }),
    );
    return () => { live = false; };
  }, [query, key]);
  return state;
}

export function Loading({ state, children }) {
  if (state.loading) return <p className="muted" role="status">Loading… 加载中</p>;
  if (state.error) return <p className="error" role="alert">{state.error}</p>;
  return children(state.data);
}

export function NodeLink({ node }) {
  return <a href={nodeHref(node.id)}>{node.name}</a>;
}

export function GraphLink({ id }) {
  return <a className="graph-link" href={graphHref(id)} title="Graph view of its neighbourhood">graph 图</a>;
}

// Every fact's sentences, fetched when asked for (so pages stay light); each opens the document at its lines.
// `of` names the fact: a node ({ id }) or a relationship ({ id, field, target }: the node, its relation field
// and the node reached).
export function Evidence({ of, label = 'evidence' }) {
  const [open, setOpen] = useState(false);
  const [state, setState] = useState(null);
  const toggle = () => {
    setOpen(!open);
    if (!state) {
      setState({ loading: true });
      gql(evidenceQuery(of), { id: of.id, target: of.target }).then(
        (data) => setState({ data: evidenceOf(of, data) }),
        (error) => setState({ error: error.message }),
      );
    }
  };
  return (
    <span className="evidence">
      <button type="button" className="evidence-toggle" aria-expanded={open} onClick={toggle}
        title="The sentences this fact comes from">{open ? '▾' : '▸'} {label} 依据</button>
      {open && state && (
        <Loading state={state}>{(items) => items.length === 0 ? <span className="muted"> no sentence stored</span> : (
          <ul className="evidence-list">
            {items.map((e, i) => (
              <li key={i}>
                <q>{e.quote}</q>
                <span className="muted"> {e.sectionPath}{e.firstLine ? ` · line ${e.firstLine}${e.lastLine && e.lastLine !== e.firstLine ? '–' + e.lastLine : ''}` : ''}</span>
                {' '}<a className="show-in-document" href={documentHref(e)}>show in document 查看原文</a>
              </li>
            ))}
          </ul>
        )}</Loading>
      )}
    </span>
  );
}

export function Facts({ rows }) {
  const shown = rows.filter(([, value]) => value !== null && value !== undefined && value !== '');
  return (
    <dl className="facts">
      {shown.map(([name, value]) => (
        <React.Fragment key={name}><dt>{name}</dt><dd>{value}</dd></React.Fragment>
      ))}
    </dl>
  );
}

export function Header({ node, kind, children }) {
  return (
    <header className="entity-header">
      <p className="kind">{kind}</p>
      <h1 tabIndex={-1}>{node.name}</h1>
      <p className="header-links">{children}<GraphLink id={node.id} /> <Evidence of={{ id: node.id }} /></p>
    </header>
  );
}

export function LinkList({ nodes, empty = '—' }) {
  if (!nodes || nodes.length === 0) return <span className="muted">{empty}</span>;
  return nodes.map((n, i) => <React.Fragment key={n.id}>{i > 0 && '、'}<NodeLink node={n} /></React.Fragment>);
}
