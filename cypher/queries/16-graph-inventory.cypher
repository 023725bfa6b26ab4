// How much of each kind the graph holds (the loader records the kind in n.label).
MATCH (n:Entity)
RETURN n.label AS label, count(*) AS nodes
ORDER BY label;
