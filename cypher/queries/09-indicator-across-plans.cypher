// One indicator across every plan that sets a value for it.
// @param indicator = "全社会研发投入"
MATCH (plan:Plan)-[:SETS]->(t:Target)-[:OF]->(i:Indicator {name: $indicator})
RETURN plan.name AS plan, t.kind AS kind, t.year AS year, t.valueText AS value, t.value AS number, coalesce(t.unit, i.unit) AS unit
ORDER BY year, plan, kind;
