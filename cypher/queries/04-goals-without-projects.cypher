// Goals that no project supports, neither directly nor through a sub-goal.
MATCH (g:Goal)
WHERE size([(g)<-[:SUPPORTS]-(:Project) | 1]) = 0
  AND size([(g)<-[:PART_OF*1..]-(:Goal)<-[:SUPPORTS]-(:Project) | 1]) = 0
OPTIONAL MATCH (plan:Plan)-[:HAS_GOAL]->(g)
RETURN plan.name AS plan, g.name AS goal
ORDER BY plan, goal;
