// A place in context: what contains it, what it contains, and the projects and institutions there.
// @param place = "河套深港科技创新合作区"
MATCH (place:Place {name: $place})
RETURN place.name AS place,
       [(place)-[:PART_OF*1..]->(parent:Place) | parent.name] AS within,
       [(child:Place)-[:PART_OF*1..]->(place) | child.name] AS contains,
       [(p:Project)-[:LOCATED_IN]->(place) | p.name] AS projects,
       [(i:Institution)<-[:INVOLVES]-(:Project)-[:LOCATED_IN]->(place) | i.name] AS institutions;
