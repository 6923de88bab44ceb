// title: All collaborating pairs
// answers: Which artists collaborated with each other, on which shared releases?
// params: $min_confidence (float = 0.0) ignore collaborations below this confidence
// Same answer as `artistgraph collaborations --neo4j`. COLLABORATED_WITH is
// symmetric and stored once per pair, so the directed pattern lists each pair once.
MATCH (a:Entity)-[c:COLLABORATED_WITH]->(b:Entity)
WHERE c.confidence >= $min_confidence
OPTIONAL MATCH (a)<-[:BY_ARTIST|FEATURES]-(r:Entity)-[:BY_ARTIST|FEATURES]->(b)
WITH a, b, c, r ORDER BY r.name
WITH a, b, c, collect(DISTINCT r.name) AS releases
WITH CASE WHEN toLower(a.name) <= toLower(b.name) THEN [a.name, b.name]
          ELSE [b.name, a.name] END AS pair, releases, c
RETURN pair[0] AS a, pair[1] AS b, releases, c.corroboration AS articles,
       c.confidence AS confidence
ORDER BY toLower(a), toLower(b)
