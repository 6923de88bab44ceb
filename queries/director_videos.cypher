// title: A director's music videos
// answers: Which releases (music videos) did this person direct, for which artists, and when?
// params: $name (name) director name or any alias
MATCH (p:Entity)
WHERE $name IN p.norms OR p.name = $name OR $name IN p.aliases
WITH p ORDER BY CASE p.type WHEN 'Person' THEN 0 ELSE 1 END, p.articles DESC, p.key LIMIT 1
MATCH (r:Entity)-[x:DIRECTED_BY]->(p)
OPTIONAL MATCH (r)-[:BY_ARTIST]->(artist:Entity)
OPTIONAL MATCH (r)-[:RELEASED_ON]->(d:Date)
WITH p, r, x, collect(DISTINCT artist.name) AS artists, collect(DISTINCT d.iso) AS dates
RETURN p.name AS director, r.name AS release, artists, dates, x.corroboration AS articles
ORDER BY release
