// Entities that several documents mention: where the plans meet.
// @param minDocuments = 2
MATCH (n:Entity)-[:MENTIONED_IN]->(d:Document)
WITH n, collect(DISTINCT d.title) AS documents
WHERE size(documents) >= $minDocuments
RETURN n.label AS label, n.name AS name, size(documents) AS documentCount, documents
ORDER BY documentCount DESC, label, name;
