// title: Shortest collaboration path between two artists
// answers: Through which collaborations and shared releases are two artists connected, in the fewest steps?
// params: $from_name (name) first artist (name or alias)
// params: $to_name (name) second artist (name or alias)
MATCH (a:Entity)
WHERE $from_name IN a.norms OR a.name = $from_name OR $from_name IN a.aliases
WITH a ORDER BY CASE a.type WHEN 'Release' THEN 1 ELSE 0 END, a.articles DESC, a.key LIMIT 1
MATCH (b:Entity)
WHERE $to_name IN b.norms OR b.name = $to_name OR $to_name IN b.aliases
WITH a, b ORDER BY CASE b.type WHEN 'Release' THEN 1 ELSE 0 END, b.articles DESC, b.key LIMIT 1
WITH a, b WHERE a <> b
// Path lengths cannot be parameters in Cypher: at most 12 steps.
MATCH p = shortestPath((a)-[:COLLABORATED_WITH|BY_ARTIST|FEATURES*..12]-(b))
RETURN [n IN nodes(p) | n.name] AS path, [r IN relationships(p) | type(r)] AS via,
       length(p) AS hops
