// Everything one document mentions, by kind, with examples.
// @param fileName = "futian-14th-five-year-plan-outline.txt"
MATCH (d:Document {fileName: $fileName})<-[:MENTIONED_IN]-(n:Entity)
WITH n.label AS label, collect(n.name) AS names
RETURN label, size(names) AS mentioned, names[..10] AS examples
ORDER BY label;
