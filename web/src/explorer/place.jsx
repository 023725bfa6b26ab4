// A place: what it contains and is part of, and the projects located there grouped by the goals they support.
import React from 'react';
import { Evidence, Facts, Header, LinkList, Loading, NodeLink, useQuery } from './common.jsx';

const PLACE = `query Place($id: ID!) { node(id: $id) { ... on Place {
  id name type code
  parentPlaces { nodes { id name type } }
  subPlaces(first: 500) { nodes { id name type } }
  projects(first: 1000) { totalCount edges { node { id name category goals(first: 20) { nodes { id name plan { id name } } } } } }
} } }`;

export function PlaceView({ id }) {
  const state = useQuery(PLACE, { id });
  return <Loading state={state}>{(data) => data.node ? <Place place={data.node} /> : <p>No place with id {id}.</p>}</Loading>;
}

function Place({ place }) {
  const groups = new Map();
  for (const edge of place.projects.edges) {
    const goals = edge.node.goals.nodes.length > 0 ? edge.node.goals.nodes : [null];
    for (const goal of goals) {
      const key = goal?.id ?? '';
      if (!groups.has(key)) groups.set(key, { goal, projects: [] });
      groups.get(key).projects.push(edge);
    }
  }
  const ordered = [...groups.values()].sort((a, b) => (a.goal ? 0 : 1) - (b.goal ? 0 : 1) || b.projects.length - a.projects.length);
  return (
    <article className="place">
      <Header node={place} kind="Place 地点" />
      <Facts rows={[
        ['Type 类型', place.type],
        ['Code 代码', place.code],
        ['Part of 隶属', place.parentPlaces.nodes.length > 0 ? place.parentPlaces.nodes.map((p, i) => <span key={p.id}>{i > 0 && '、'}<NodeLink node={p} /> <Evidence of={{ id: place.id, field: 'parentPlaces', target: p.id }} label="" /></span>) : null],
        ['Contains 包含', place.subPlaces.nodes.length > 0 ? <LinkList nodes={place.subPlaces.nodes} /> : null],
      ]} />
      <section aria-labelledby="place-projects-title">
        <h2 id="place-projects-title">Projects located here 位于此地的项目 <span className="muted">{place.projects.totalCount}</span></h2>
        {ordered.length === 0 ? <p className="muted">No projects are located here.</p> : ordered.map(({ goal, projects }) => (
          <section key={goal?.id ?? 'none'} className="goal-group">
            <h3>{goal ? <><NodeLink node={goal} />{goal.plan && <span className="muted"> · {goal.plan.name}</span>}</> : <span className="muted">No goal 未关联目标</span>}</h3>
            <ul className="place-projects">
              {projects.map((e) => <li key={e.node.id}><NodeLink node={e.node} /> <span className="muted">{e.node.category}</span> <Evidence of={{ id: place.id, field: 'projects', target: e.node.id }} /></li>)}
            </ul>
          </section>
        ))}
      </section>
    </article>
  );
}
