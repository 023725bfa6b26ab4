// Places that host projects supporting a goal (sub-goals included), busiest place first.
// @param goal = "规划建设好河套深港科技创新合作区"
MATCH (g:Goal {name: $goal})<-[:PART_OF*0..]-(:Goal)<-[:SUPPORTS]-(p:Project)-[:LOCATED_IN]->(place:Place)
WITH place, collect(DISTINCT p.name) AS projects
RETURN place.name AS place, size(projects) AS projectCount, projects
ORDER BY projectCount DESC, place;
