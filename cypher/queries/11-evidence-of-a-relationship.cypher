// Where the documents state a relationship between two named things: document, lines, section, sentence, rule.
// @param from = "湾区数字经济算力中心"
// @param to = "河套深港科技创新合作区深圳园区"
MATCH (a:Entity {name: $from})-[r]->(b:Entity {name: $to})
MATCH (e:Evidence {subject: r.id})
MATCH (d:Document {id: e.document})
RETURN type(r) AS relation, d.title AS document, e.firstLine AS firstLine, e.lastLine AS lastLine,
       e.sectionPath AS section, e.quote AS quote, e.rule AS rule
ORDER BY relation, document, firstLine;
