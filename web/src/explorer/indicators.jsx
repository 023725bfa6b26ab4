// Indicators with their targets per plan and year: a table with one column per plan (differing values
// of one year side by side and marked), and a small SVG chart when there are several years or plans.
import React from 'react';
import { Evidence, NodeLink } from './common.jsx';

export const INDICATOR_FIELDS = `id name unit attribute category
  targets(first: 50) { nodes { id kind year value valueText unit comparator plan { id name } } }`;

const KIND_NAMES = { baseline: 'baseline 基期', target: 'target 目标', actual: 'actual 实际' };

export function IndicatorList({ indicators }) {
  if (indicators.length === 0) return <p className="muted">No indicators. 无指标。</p>;
  return indicators.map((indicator) => <IndicatorBlock key={indicator.id} indicator={indicator} />);
}

export function IndicatorBlock({ indicator, heading = true }) {
  const targets = indicator.targets.nodes;
  const plans = [...new Map(targets.filter((t) => t.plan).map((t) => [t.plan.id, t.plan])).values()];
  const rows = [...new Map(targets.map((t) => [`${t.year ?? ''}|${t.kind}`, { year: t.year, kind: t.kind }])).values()]
    .sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || a.kind.localeCompare(b.kind));
  const cell = (row, plan) => targets.filter((t) => t.year === row.year && t.kind === row.kind && t.plan?.id === plan.id);
  return (
    <section className="indicator" data-indicator={indicator.name}>
      {heading && <h3><NodeLink node={indicator} /> <span className="muted">{[indicator.unit, indicator.attribute].filter(Boolean).join(' · ')}</span> <Evidence of={{ id: indicator.id }} /></h3>}
      {targets.length === 0 ? <p className="muted">No targets. 无目标值。</p> : (
        <div className="indicator-body">
          <table className="targets">
            <thead><tr><th scope="col">year 年份</th>{plans.map((p, i) => <th scope="col" key={p.id}><span className="swatch" style={{ background: SERIES_COLOURS[i % SERIES_COLOURS.length] }} /><NodeLink node={p} /></th>)}</tr></thead>
            <tbody>
              {rows.map((row) => {
                const values = plans.map((p) => cell(row, p));
                const distinct = new Set(values.flat().map((t) => t.value ?? t.valueText));
                const conflict = distinct.size > 1;
                return (
                  <tr key={`${row.year}|${row.kind}`} className={conflict ? 'conflict' : undefined} title={conflict ? 'The plans give different values for this year' : undefined}>
                    <th scope="row">{row.year ?? '—'} <span className="muted">{KIND_NAMES[row.kind] ?? row.kind}</span>{conflict && <span className="badge">differ 不一致</span>}</th>
                    {values.map((list, i) => (
                      <td key={plans[i].id}>{list.map((t) => (
                        <span key={t.id} className="target-value">{t.comparator && t.comparator !== '=' ? t.comparator + ' ' : ''}{t.valueText ?? t.value} {t.unit && !String(t.valueText ?? '').endsWith(t.unit) ? t.unit : ''} <Evidence of={{ id: t.id }} label="" /></span>
                      ))}</td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
          <TargetChart targets={targets} plans={plans} />
        </div>
      )}
    </section>
  );
}

const SERIES_COLOURS = ['#1f5fa8', '#c2571a', '#2e8b57', '#8a3ea8', '#a8324a', '#0f7c8c'];

// A hand-drawn line chart: one series per plan, years across, values up. Only numeric values with a year.
export function TargetChart({ targets, plans }) {
  const points = targets.filter((t) => typeof t.value === 'number' && t.year);
  const years = [...new Set(points.map((t) => t.year))].sort();
  if (points.length < 2 || (years.length < 2 && plans.length < 2)) return null;
  const width = 320, height = 160, pad = { left: 48, right: 12, top: 12, bottom: 28 };
  const minYear = years[0], maxYear = years[years.length - 1];
  const values = points.map((t) => t.value);
  const low = Math.min(0, ...values), high = Math.max(...values) || 1;
  const x = (year) => pad.left + (maxYear === minYear ? (width - pad.left - pad.right) / 2 : ((year - minYear) / (maxYear - minYear)) * (width - pad.left - pad.right));
  const y = (value) => height - pad.bottom - ((value - low) / (high - low || 1)) * (height - pad.top - pad.bottom);
  return (
    <svg className="chart" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label="Targets by year and plan">
      <line x1={pad.left} y1={height - pad.bottom} x2={width - pad.right} y2={height - pad.bottom} stroke="#999" />
      <line x1={pad.left} y1={pad.top} x2={pad.left} y2={height - pad.bottom} stroke="#999" />
      <text x={pad.left - 4} y={y(high) + 4} textAnchor="end" className="axis">{high}</text>
      <text x={pad.left - 4} y={y(low) + 4} textAnchor="end" className="axis">{low}</text>
      {years.map((year) => <text key={year} x={x(year)} y={height - 8} textAnchor="middle" className="axis">{year}</text>)}
      {plans.map((plan, i) => {
        const series = points.filter((t) => t.plan?.id === plan.id).sort((a, b) => a.year - b.year);
        const colour = SERIES_COLOURS[i % SERIES_COLOURS.length];
        return (
          <g key={plan.id}>
            <title>{plan.name}</title>
            <polyline fill="none" stroke={colour} strokeWidth="2" points={series.map((t) => `${x(t.year)},${y(t.value)}`).join(' ')} />
            {series.map((t) => <circle key={t.id} cx={x(t.year)} cy={y(t.value)} r="3.5" fill={colour}><title>{`${plan.name} ${t.year}: ${t.valueText ?? t.value}`}</title></circle>)}
          </g>
        );
      })}
    </svg>
  );
}
