// Projects, institutions, indicators, targets and documents: their facts and links, each with evidence.
import React from 'react';
import { Evidence, Facts, Header, Loading, NodeLink, useQuery } from './common.jsx';
import { INDICATOR_FIELDS, IndicatorBlock } from './indicators.jsx';

const QUERIES = {
  project: `query Project($id: ID!) { node(id: $id) { ... on Project { id name category
    goals { edges { node { id name plan { id name } } } }
    places { edges { node { id name type } } }
    institutions { edges { role node { id name type } } } } } }`,
  institution: `query Institution($id: ID!) { node(id: $id) { ... on Institution { id name type
    projects(first: 1000) { edges { role node { id name category } } } } } }`,
  indicator: `query Indicator($id: ID!) { node(id: $id) { ... on Indicator { ${INDICATOR_FIELDS}
    goals { edges { node { id name plan { id name } } } } } } }`,
  target: `query Target($id: ID!) { node(id: $id) { ... on Target { id name kind year valueText unit comparator note
    plan { id name } indicator { id name } } } }`,
  document: `query Document($id: ID!) { node(id: $id) { ... on Document { id name title fileName kind issuer date docNumber
    describes { nodes { id name } } cites { nodes { id name } } mentions { totalCount } } } }`,
};

export function OtherView({ kind, id }) {
  const state = useQuery(QUERIES[kind], { id });
  return <Loading state={state}>{(data) => data.node ? <Other kind={kind} node={data.node} /> : <p>Nothing with id {id}.</p>}</Loading>;
}

function Edges({ title, owner, field, edges, role }) {
  return (
    <section>
      <h2>{title} <span className="muted">{edges.length}</span></h2>
      {edges.length === 0 ? <p className="muted">—</p> : (
        <ul>
          {edges.map((e) => (
            <li key={e.node.id}><NodeLink node={e.node} />{role && e.role && <span className="role"> ({e.role})</span>}
              {e.node.plan && <span className="muted"> · {e.node.plan.name}</span>} <Evidence of={{ id: owner, field, target: e.node.id }} /></li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Other({ kind, node }) {
  switch (kind) {
    case 'project':
      return (<article><Header node={node} kind="Project 项目" /><Facts rows={[['Category 类别', node.category]]} />
        <Edges title="Supports goals 支撑目标" owner={node.id} field="goals" edges={node.goals.edges} />
        <Edges title="Places 地点" owner={node.id} field="places" edges={node.places.edges} />
        <Edges title="Institutions 机构" owner={node.id} field="institutions" edges={node.institutions.edges} role /></article>);
    case 'institution':
      return (<article><Header node={node} kind="Institution 机构" /><Facts rows={[['Type 类型', node.type]]} />
        <Edges title="Projects 项目" owner={node.id} field="projects" edges={node.projects.edges} role /></article>);
    case 'indicator':
      return (<article><Header node={node} kind="Indicator 指标" />
        <Facts rows={[['Unit 单位', node.unit], ['Attribute 属性', node.attribute], ['Category 类别', node.category]]} />
        <section><h2>Targets 目标值</h2><IndicatorBlock indicator={node} heading={false} /></section>
        <Edges title="Measures goals 衡量目标" owner={node.id} field="goals" edges={node.goals.edges} /></article>);
    case 'target':
      return (<article><Header node={node} kind="Target 目标值" />
        <Facts rows={[['Indicator 指标', node.indicator && <NodeLink node={node.indicator} />], ['Plan 规划', node.plan && <NodeLink node={node.plan} />],
          ['Kind 类型', node.kind], ['Year 年份', node.year], ['Value 数值', `${node.comparator && node.comparator !== '=' ? node.comparator + ' ' : ''}${node.valueText ?? ''} ${node.unit ?? ''}`], ['Note 注', node.note]]} /></article>);
    case 'document':
      return (<article><Header node={node} kind="Document 文档" />
        <Facts rows={[['File 文件', node.fileName], ['Kind 类型', node.kind], ['Issuer 发布机关', node.issuer], ['Date 日期', node.date], ['Document number 文号', node.docNumber],
          ['Describes 规划', node.describes.nodes.length ? node.describes.nodes.map((p) => <NodeLink key={p.id} node={p} />) : null],
          ['Cites 引用', node.cites.nodes.length ? node.cites.nodes.map((p, i) => <span key={p.id}>{i > 0 && '、'}<NodeLink node={p} /></span>) : null],
          ['Mentions 提及', node.mentions.totalCount]]} />
        <p><a href={`#/doc/${encodeURIComponent(node.id)}`}>Read the text 阅读原文</a></p></article>);
    default:
      return <p>Unknown kind {kind}.</p>;
  }
}
