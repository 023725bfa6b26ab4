// The last loads: when, which documents were loaded, skipped as unchanged or unloaded, and how much was written.
MATCH (run:LoadRun)
RETURN run.id AS run, run.startedAt AS startedAt, run.rulesVersion AS rules, run.documents AS loaded,
       run.skipped AS unchanged, run.unloaded AS unloaded, run.nodes AS nodes, run.relationships AS relationships
ORDER BY startedAt DESC
LIMIT 10;
