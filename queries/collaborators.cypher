// title: Collaborators of an artist
// answers: Who did this artist collaborate with, on which shared releases, backed by how many articles?
// params: $name (name) artist name or any alias
// params: $min_confidence (float = 0.0) ignore collaborations below this confidence
// Same answer as `artistgraph collaborators NAME --neo4j`. The artist is the best
// match for the name: artists before releases, then the most articles.
MATCH (a:Entity)
WHERE $name IN a.norms OR a.name = $name OR $name IN a.aliases
WITH a ORDER BY CASE a.type WHEN 'Release' THEN 1 ELSE 0 END, a.articles DESC, a.key LIMIT 1
MATCH (a)-[c:COLLABORATED_WITH]-(b:Entity)
WHERE c.confidence >= $min_confidence AND a <> b
OPTIONAL MATCH (a)<-[:BY_ARTIST|FEATURES]-(r:Entity)-[:BY_ARTIST|FEATURES]->(b)
WITH a, b, c, r ORDER BY r.name
WITH a, b, c, collect(DISTINCT r.name) AS releases
RETURN a.name AS artist, b.name AS collaborator, b.key AS key, releases,
       c.corroboration AS articles, size(c.ev_articles) AS evidence, c.confidence AS confidence
ORDER BY articles DESC, toLower(collaborator)
