// A goal: its plan and place in the goal tree, the projects supporting it or any of its sub-goals (with
// which sub-goal, their places and institutions with roles), and its indicators with targets.
import React from 'react';
import { Evidence, Header, LinkList, Loading, NodeLink, useQuery } from './common.jsx';
import { INDICATOR_FIELDS, IndicatorList } from './indicators.jsx';

const SUB = 'subGoals(first: 40) { nodes { id name';
const GOAL = `query Goal($id: ID!) { node(id: $id) { ... on Goal {
  id name sectionPath
  plan { id name }
  parentGoals { nodes { id name } }
  ${SUB} ${SUB} ${SUB} } } } } } }
  indicators(first: 50) { nodes { ${INDICATOR_FIELDS} } }
  projectsIncludingSubGoals(first: 500) { totalCount edges { node {
    id name category
    goals(first: 20) { nodes { id name } }
    places(first: 20) { nodes { id name type } }
    institutions(first: 20) { edges { role node { id name type } } }
  } } }
} } }`;

function subtree(goal, into = new Map()) {
  for (const sub of goal.subGoals?.nodes ?? []) {
    into.set(sub.id, sub);
    subtree(sub, into);
  }
  return into;
}

export function GoalView({ id }) {
  const state = useQuery(GOAL, { id });
  return <Loading state={state}>{(data) => data.node ? <Goal goal={data.node} /> : <p>No goal with id {id}.</p>}</Loading>;
}

function Goal({ goal }) {
  const below = subtree(goal);
  const projects = goal.projectsIncludingSubGoals.edges;
  return (
    <article className="goal">
      <Header node={goal} kind="Goal 目标">
        {goal.plan && <>in <NodeLink node={goal.plan} /> · </>}
      </Header>
      <p className="muted">{goal.sectionPath}</p>
      {goal.parentGoals.nodes.length > 0 && <p>Part of 上级目标: <LinkList nodes={goal.parentGoals.nodes} /></p>}
      {goal.subGoals.nodes.length > 0 && <p>Sub-goals 子目标: <LinkList nodes={goal.subGoals.nodes} /></p>}
      <section aria-labelledby="projects-title">
        <h2 id="projects-title">Projects 支撑项目 <span className="muted">{goal.projectsIncludingSubGoals.totalCount}</span></h2>
        {projects.length === 0 ? <p className="muted">No projects support this goal or its sub-goals.</p> : (
          <table className="projects">
            <thead><tr><th scope="col">Project 项目</th><th scope="col">Through 所属子目标</th><th scope="col">Places 地点</th><th scope="col">Institutions 机构</th></tr></thead>
            <tbody>
              {projects.map(({ node: project }) => {
                const via = project.goals.nodes.filter((g) => below.has(g.id));
                return (
                  <tr key={project.id} data-project={project.name}>
                    <td><NodeLink node={project} /> <span className="muted">{project.category}</span> <Evidence of={{ id: project.id, field: 'goals', target: via[0]?.id ?? goal.id }} /></td>
                    <td>{via.length > 0 ? <LinkList nodes={via} /> : <span className="muted">directly 直接</span>}</td>
                    <td className="places">{project.places.nodes.length === 0 ? <span className="muted">—</span> : project.places.nodes.map((place, i) => (
                      <span key={place.id}>{i > 0 && '、'}<NodeLink node={place} /> <Evidence of={{ id: project.id, field: 'places', target: place.id }} label="" /></span>
                    ))}</td>
                    <td>{project.institutions.edges.length === 0 ? <span className="muted">—</span> : project.institutions.edges.map((e, i) => (
                      <span key={e.node.id}>{i > 0 && '、'}<NodeLink node={e.node} />{e.role && <span className="role"> ({e.role})</span>} <Evidence of={{ id: project.id, field: 'institutions', target: e.node.id }} label="" /></span>
                    ))}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="indicators-title">
        <h2 id="indicators-title">Indicators 指标</h2>
        <IndicatorList indicators={goal.indicators.nodes} />
      </section>
    </article>
  );
}
