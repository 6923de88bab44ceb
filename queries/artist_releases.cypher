// title: An artist's releases
// answers: Which releases is this artist credited on, as primary or featured artist, and when did they come out?
// params: $name (name) artist name or any alias
// A release credited both ways counts as primary. Dates keep their precision
// (2024, 2024-01 or 2024-01-24); several dates mean the articles disagree.
MATCH (a:Entity)
WHERE $name IN a.norms OR a.name = $name OR $name IN a.aliases
WITH a ORDER BY CASE a.type WHEN 'Release' THEN 1 ELSE 0 END, a.articles DESC, a.key LIMIT 1
MATCH (r:Entity)-[c:BY_ARTIST|FEATURES]->(a)
WITH a, r, collect(DISTINCT type(c)) AS credits, max(c.corroboration) AS articles
OPTIONAL MATCH (r)-[:RELEASED_ON]->(d:Date)
WITH a, r, credits, articles, d ORDER BY d.iso
WITH a, r, credits, articles, collect(DISTINCT d.iso) AS dates
RETURN a.name AS artist, r.name AS release,
       CASE WHEN 'BY_ARTIST' IN credits THEN 'primary' ELSE 'featured' END AS role,
       dates, articles
ORDER BY CASE WHEN size(dates) = 0 THEN 1 ELSE 0 END, dates[0], release
