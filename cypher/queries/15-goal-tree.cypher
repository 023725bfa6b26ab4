// A plan's goals with their sub-goals and how many projects support each.
// @param plan = "福田区“十四五”规划纲要"
MATCH (plan:Plan {name: $plan})-[:HAS_GOAL]->(top:Goal)
RETURN top.name AS goal,
       [(sub:Goal)-[:PART_OF*1..]->(top) | sub.name] AS subGoals,
       size([(p:Project)-[:SUPPORTS]->(top) | p]) AS directProjects
ORDER BY goal;
