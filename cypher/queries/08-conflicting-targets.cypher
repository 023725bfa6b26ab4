// Indicators whose target for the same year differs between plans (both values are kept, each with its source).
MATCH (plan:Plan)-[:SETS]->(t:Target)-[:OF]->(i:Indicator)
WHERE t.kind = 'target'
WITH i, t.year AS year, collect(DISTINCT t.valueText) AS values, collect(plan.name + ': ' + t.valueText) AS byPlan
WHERE size(values) > 1
RETURN i.name AS indicator, year, byPlan
ORDER BY indicator, year;
