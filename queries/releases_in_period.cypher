// title: Releases in a year or month
// answers: What was released in this year (or month of the year), by whom?
// params: $year (int) the year, e.g. 2024
// params: $month (int = null) the month 1-12; null for the whole year
// A date known only to the year never matches a month.
MATCH (r:Entity)-[x:RELEASED_ON]->(d:Date)
WHERE d.year = $year AND ($month IS NULL OR d.month = $month)
OPTIONAL MATCH (r)-[:BY_ARTIST]->(a:Entity)
WITH r, x, d, a ORDER BY a.name
RETURN r.name AS release, d.iso AS date, d.precision AS precision,
       collect(DISTINCT a.name) AS artists, x.corroboration AS articles
ORDER BY date, release
