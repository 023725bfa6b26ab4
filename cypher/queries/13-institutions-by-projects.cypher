// Institutions ranked by the number of projects they take part in, with their roles.
MATCH (i:Institution)<-[r:INVOLVES]-(p:Project)
WITH i, collect(DISTINCT p.name) AS projects, collect(DISTINCT r.role) AS roles
RETURN i.name AS institution, size(projects) AS projectCount, roles, projects
ORDER BY projectCount DESC, institution
LIMIT 25;
