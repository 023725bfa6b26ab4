// The PlanGraph explorer: a researcher's page over the public GraphQL API. Routes live in the URL hash
// (#/search?q=…, #/node/ID, #/graph/ID, #/doc/ID?lines=…), so links are shareable and Back works.
import React, { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { kindOf } from './api.js';
import { DocumentView } from './document.jsx';
import { GoalView } from './goal.jsx';
import { GraphView } from './graph.jsx';
import { OtherView } from './others.jsx';
import { PlaceView } from './place.jsx';
import { PlanView } from './plan.jsx';
import { SearchBox, SearchResults } from './search.jsx';
import './explorer.css';

function parse(hash) {
  const raw = hash.replace(/^#\/?/, '');
  const [path, query = ''] = raw.split('?');
  const [view, ...rest] = path.split('/');
  return { view, id: rest.length ? decodeURIComponent(rest.join('/')) : '', params: new URLSearchParams(query) };
}

function useRoute() {
  const [route, setRoute] = useState(() => parse(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parse(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

function NodeView({ id }) {
  const kind = kindOf(id);
  if (kind === 'plan') return <PlanView id={id} />;
  if (kind === 'goal') return <GoalView id={id} />;
  if (kind === 'place') return <PlaceView id={id} />;
  return <OtherView kind={kind} id={id} />;
}

function Home() {
  return (
    <section className="home">
      <h1 tabIndex={-1}>Plan explorer 规划浏览</h1>
      <p>Search the plans, goals, projects, places, institutions and indicators read from Chinese planning documents,
        and follow them: which projects support a goal and where, what each plan targets, and the sentence behind every fact.</p>
      <p className="muted">Try 试试: <a href="#/search?q=河套">河套</a> · <a href="#/search?q=规划">规划</a> · <a href="#/search?q=生产总值">生产总值</a> · <a href="#/search?q=福田">福田</a></p>
    </section>
  );
}

function App() {
  const route = useRoute();
  const key = window.location.hash;
  useEffect(() => {
    // Move focus to the new page's heading so keyboard and screen-reader users land on it.
    const timer = setTimeout(() => document.querySelector('main h1')?.focus({ preventScroll: route.view === 'doc' }), 50);
    return () => clearTimeout(timer);
  }, [key]);
  let page;
  switch (route.view) {
    case 'search': page = <SearchResults text={route.params.get('q') ?? ''} />; break;
    case 'node': page = <NodeView id={route.id} />; break;
    case 'graph': page = <GraphView id={route.id} />; break;
    case 'doc': page = <DocumentView id={route.id} params={route.params} />; break;
    default: page = <Home />;
  }
  return (
    <>
      <header className="top">
        <a className="brand" href="#/">PlanGraph</a>
        <SearchBox text={route.view === 'search' ? route.params.get('q') : ''} />
        <a className="ide-link" href="/graphql">GraphQL IDE</a>
      </header>
      <main key={key}>{page}</main>
    </>
  );
}

createRoot(document.getElementById('explorer')).render(<App />);
