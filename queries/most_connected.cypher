// title: Most-connected artists
// answers: Which artists are linked to the most other entities (groups, releases, collaborators, directors)?
// params: $limit (int = 10) how many artists to list
MATCH (a:Entity)
WHERE a.type IN ['Person', 'Group']
MATCH (a)-[r:MEMBER_OF|BY_ARTIST|FEATURES|COLLABORATED_WITH|DIRECTED_BY]-(b:Entity)
WITH a, count(DISTINCT b) AS neighbours, count(DISTINCT r) AS facts
RETURN a.name AS artist, a.type AS type, neighbours, facts, a.articles AS articles
ORDER BY neighbours DESC, facts DESC, artist
LIMIT $limit
