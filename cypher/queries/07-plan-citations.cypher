// How plans refer to each other: citations, the plans they are based on, plans they align with.
MATCH (a:Plan)-[r:CITES|BASED_ON|ALIGNS_WITH]->(b:Plan)
RETURN a.name AS plan, type(r) AS relation, b.name AS refersTo, r.quote AS evidence
ORDER BY plan, relation, refersTo;
