// Projects with no known location: candidates for curation.
MATCH (p:Project)
WHERE size([(p)-[:LOCATED_IN]->(:Place) | 1]) = 0
RETURN p.name AS project, p.category AS category, p.sources AS documents
ORDER BY project;
