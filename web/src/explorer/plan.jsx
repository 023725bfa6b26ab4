// A plan: what it is (period, level, issuer, date, status) and its goal tree, each goal with the number of
// projects supporting it or its sub-goals and its indicators. Sub-goals load when a goal is expanded.
import React, { useState } from 'react';
import { gql, nodeHref } from './api.js';
import { Facts, Header, LinkList, Loading, useQuery } from './common.jsx';

const GOAL_FIELDS = 'id name projectsIncludingSubGoals { totalCount } indicators(first: 50) { nodes { id name } } subGoals { totalCount }';
const PLAN = `query Plan($id: ID!) { node(id: $id) { ... on Plan {
  id name startYear endYear level status date issuer kind docNumber
  describedBy { nodes { id name } }
  alignsWith { nodes { id name } } basedOn { nodes { id name } }
  targets { totalCount }
  goals(first: 500) { nodes { ${GOAL_FIELDS} } }
} } }`;
const SUB_GOALS = `query SubGoals($id: ID!) { node(id: $id) { ... on Goal { subGoals(first: 500) { nodes { ${GOAL_FIELDS} } } } } }`;

export function PlanView({ id }) {
  const state = useQuery(PLAN, { id });
  return <Loading state={state}>{(data) => data.node ? <Plan plan={data.node} /> : <p>No plan with id {id}.</p>}</Loading>;
}

const LEVELS = { national: 'national 国家', provincial: 'provincial 省', city: 'city 市', district: 'district 区' };
const STATUSES = { draft: 'draft 征求意见稿', final: 'final 正式' };

function Plan({ plan }) {
  const period = plan.startYear ? `${plan.startYear}–${plan.endYear ?? ''}` : null;
  return (
    <article className="plan">
      <Header node={plan} kind="Plan 规划" />
      <Facts rows={[
        ['Period 期限', period],
        ['Level 层级', LEVELS[plan.level] ?? plan.level],
        ['Issuer 发布机关', plan.issuer],
        ['Date 日期', plan.date],
        ['Status 状态', STATUSES[plan.status] ?? plan.status],
        ['Document number 文号', plan.docNumber],
        ['Text 文本', plan.describedBy.nodes.length > 0 ? <LinkList nodes={plan.describedBy.nodes} /> : null],
        ['Aligns with 衔接', plan.alignsWith.nodes.length > 0 ? <LinkList nodes={plan.alignsWith.nodes} /> : null],
        ['Based on 依据', plan.basedOn.nodes.length > 0 ? <LinkList nodes={plan.basedOn.nodes} /> : null],
        ['Targets 目标值', plan.targets.totalCount || null],
      ]} />
      <section aria-labelledby="goals-title">
        <h2 id="goals-title">Goals 目标 <span className="muted">{plan.goals.nodes.length}</span></h2>
        {plan.goals.nodes.length === 0 ? <p className="muted">The graph holds no goals of this plan (it may only be cited).</p>
          : <ul className="goal-tree" role="tree">{plan.goals.nodes.map((g) => <GoalItem key={g.id} goal={g} />)}</ul>}
      </section>
    </article>
  );
}

function GoalItem({ goal }) {
  const [open, setOpen] = useState(false);
  const [children, setChildren] = useState(null);
  const [error, setError] = useState(null);
  const hasChildren = goal.subGoals.totalCount > 0;
  const toggle = async () => {
    setOpen(!open);
    if (!children && !open) {
      try {
        const data = await gql(SUB_GOALS, { id: goal.id });
        setChildren(data.node.subGoals.nodes);
      } catch (e) {
        setError(e.message);
      }
    }
  };
  const count = goal.projectsIncludingSubGoals.totalCount;
  return (
    <li role="treeitem" aria-expanded={hasChildren ? open : undefined} data-goal={goal.name}>
      {hasChildren ? <button type="button" className="tree-toggle" onClick={toggle} aria-label={(open ? 'Collapse ' : 'Expand ') + goal.name}>{open ? '▾' : '▸'}</button> : <span className="tree-leaf" />}
      <a href={nodeHref(goal.id)}>{goal.name}</a>
      {' '}<span className={count ? 'count' : 'count zero'} title="Projects supporting this goal or its sub-goals">{count} projects 项目</span>
      {goal.indicators.nodes.length > 0 && <span className="indicator-chips"> {goal.indicators.nodes.map((i) => <a key={i.id} className="chip" href={nodeHref(i.id)}>{i.name}</a>)}</span>}
      {open && error && <p className="error">{error}</p>}
      {open && children && <ul role="group">{children.map((c) => <GoalItem key={c.id} goal={c} />)}</ul>}
    </li>
  );
}
