// title: Releases with conflicting dates
// answers: Which releases do articles date differently, and which articles say what?
// params: (none)
// Dates at different precisions agree when one is a prefix of the other
// ("2024" and "2024-01-24"); only incompatible dates are conflicts.
MATCH (r:Entity)-[:RELEASED_ON]->(d:Date)
WITH r, collect(d.iso) AS isos
WHERE any(d1 IN isos WHERE any(d2 IN isos WHERE NOT d1 STARTS WITH d2 AND NOT d2 STARTS WITH d1))
MATCH (r)-[x:RELEASED_ON]->(d:Date)
RETURN r.name AS release, d.iso AS date, x.articles AS articles, x.confidence AS confidence
ORDER BY release, date
