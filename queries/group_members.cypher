// title: Members of a group
// answers: Who is or was a member of this group, under which other names, according to how many articles?
// params: $name (name) group name or any alias
MATCH (g:Entity)
WHERE $name IN g.norms OR g.name = $name OR $name IN g.aliases
WITH g ORDER BY CASE g.type WHEN 'Group' THEN 0 ELSE 1 END, g.articles DESC, g.key LIMIT 1
MATCH (m:Entity)-[x:MEMBER_OF]->(g)
RETURN g.name AS group_name, m.name AS member, m.aliases AS aliases,
       x.corroboration AS articles, x.confidence AS confidence
ORDER BY member
