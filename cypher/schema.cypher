// The PlanGraph schema for Neo4j 5 — the same statements `plangraph load` runs through the Neo4j 5 dialect
// (src/PlanGraph.Neo4j/Loading/LoaderSchema.cs; a test keeps the two equal). Neo4j 3.x gets the 3.x syntax
// from the 3.x dialect instead, and has no full-text index (search falls back to CONTAINS there).
// The full-text index reads searchText (name and aliases, one per line, written by the loader) with the
// 'cjk' analyzer, whose bigrams let the API search Chinese names (docs/api.md, "Search").
// Every node that stands for something in the documents carries the label Entity next to its own label,
// so one uniqueness constraint on Entity.id serves every lookup by id.
// Evidence nodes carry orderKey (document id, span start as ten digits, rule; docs/ontology.md, "Evidence"):
// read per evidence to order it, never looked up, so it has no index. After these statements each load gives
// evidence an older loader wrote its key (`plangraph schema` does the same without loading).
CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT evidence_id_unique IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT loadrun_id_unique IF NOT EXISTS FOR (n:LoadRun) REQUIRE n.id IS UNIQUE;
CREATE INDEX evidence_subject_index IF NOT EXISTS FOR (n:Evidence) ON (n.subject);
CREATE INDEX evidence_document_index IF NOT EXISTS FOR (n:Evidence) ON (n.document);
CREATE INDEX document_name_index IF NOT EXISTS FOR (n:Document) ON (n.name);
CREATE INDEX plan_name_index IF NOT EXISTS FOR (n:Plan) ON (n.name);
CREATE INDEX goal_name_index IF NOT EXISTS FOR (n:Goal) ON (n.name);
CREATE INDEX indicator_name_index IF NOT EXISTS FOR (n:Indicator) ON (n.name);
CREATE INDEX target_name_index IF NOT EXISTS FOR (n:Target) ON (n.name);
CREATE INDEX project_name_index IF NOT EXISTS FOR (n:Project) ON (n.name);
CREATE INDEX institution_name_index IF NOT EXISTS FOR (n:Institution) ON (n.name);
CREATE INDEX place_name_index IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE FULLTEXT INDEX entitySearch IF NOT EXISTS FOR (n:Document|Plan|Goal|Indicator|Target|Project|Institution|Place) ON EACH [n.searchText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
