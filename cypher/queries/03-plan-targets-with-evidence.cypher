// A plan's indicators with their baselines and targets, and where the text states each value.
// @param plan = "福田区“十四五”规划纲要"
MATCH (plan:Plan {name: $plan})-[:SETS]->(t:Target)-[:OF]->(i:Indicator)
OPTIONAL MATCH (e:Evidence {subject: t.id})
WITH i, t, e ORDER BY e.firstLine
WITH i, t, collect(e)[0] AS first
RETURN i.name AS indicator, t.kind AS kind, t.year AS year, t.valueText AS value, coalesce(t.unit, i.unit) AS unit,
       first.quote AS quote, first.firstLine AS line
ORDER BY indicator, kind, year;
