// Projects that support a goal, directly or through any of its sub-goals, with the sentence that says so.
// @param goal = "规划建设好河套深港科技创新合作区"
MATCH (g:Goal {name: $goal})<-[:PART_OF*0..]-(sub:Goal)<-[s:SUPPORTS]-(p:Project)
RETURN p.name AS project, sub.name AS viaGoal, s.quote AS evidence
ORDER BY project, viaGoal;
