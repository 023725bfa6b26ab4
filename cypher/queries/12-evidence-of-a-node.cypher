// Every sentence that supports one entity, in document order.
// @param name = "鹏城实验室"
MATCH (n:Entity {name: $name})<-[:EVIDENCE_FOR]-(e:Evidence)
MATCH (d:Document {id: e.document})
RETURN n.label AS label, d.title AS document, e.firstLine AS line, e.sectionPath AS section, e.quote AS quote, e.rule AS rule
ORDER BY document, line;
