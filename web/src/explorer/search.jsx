// Search first: one box over every kind of node, the API's ranked hits grouped by kind.
import React, { useEffect, useRef, useState } from 'react';
import { KIND_ORDER, KINDS, nodeHref, searchHref } from './api.js';
import { Loading, useQuery } from './common.jsx';

const SEARCH = `query Search($text: String!) {
  search(text: $text, first: 100) { node { __typename id name } matched sentence }
}`;

export function SearchBox({ text }) {
  const [value, setValue] = useState(text ?? '');
  const input = useRef(null);
  useEffect(() => setValue(text ?? ''), [text]);
  useEffect(() => {
    // "/" focuses the box from anywhere, as on many search sites.
    const onKey = (event) => {
      if (event.key === '/' && document.activeElement?.tagName !== 'INPUT') {
        event.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const submit = (event) => {
    event.preventDefault();
    if (value.trim()) window.location.hash = searchHref(value.trim());
  };
  return (
    <form className="search-box" role="search" onSubmit={submit}>
      <label htmlFor="search-input" className="visually-hidden">Search plans, goals, projects, places, institutions, indicators</label>
      <input id="search-input" ref={input} type="search" value={value} onChange={(e) => setValue(e.target.value)}
        placeholder="Search 搜索: 规划、目标、项目、地点、机构、指标 (press /)" autoComplete="off" />
      <button type="submit">Search</button>
    </form>
  );
}

export function SearchResults({ text }) {
  const state = useQuery(SEARCH, { text });
  return (
    <section aria-labelledby="results-title">
      <h1 id="results-title" tabIndex={-1}>Results for “{text}”</h1>
      <Loading state={state}>{(data) => <Groups hits={data.search} />}</Loading>
    </section>
  );
}

function Groups({ hits }) {
  if (hits.length === 0) return <p>Nothing found. 未找到。</p>;
  const groups = new Map();
  for (const hit of hits) {
    const kind = hit.node.__typename;
    if (!groups.has(kind)) groups.set(kind, []);
    groups.get(kind).push(hit);
  }
  const kinds = [...groups.keys()].sort((a, b) => KIND_ORDER.indexOf(a) - KIND_ORDER.indexOf(b));
  return kinds.map((kind) => (
    <section key={kind} className="result-group" data-kind={kind}>
      <h2><span className="swatch" style={{ background: KINDS[kind]?.colour }} />{KINDS[kind]?.title ?? kind} <span className="muted">{groups.get(kind).length}</span></h2>
      <ul className="results">
        {groups.get(kind).map((hit) => (
          <li key={hit.node.id}>
            <a href={nodeHref(hit.node.id)}>{hit.node.name}</a>
            {hit.matched && hit.matched !== hit.node.name && <span className="muted"> ({hit.matched})</span>}
            {hit.sentence && <p className="sentence">{hit.sentence}</p>}
          </li>
        ))}
      </ul>
    </section>
  ));
}
