// title: Enlistment timeline
// answers: Who enlisted for military service, and when (optionally only in one year)?
// params: $year (int = null) only enlistments in this year; null for all
// Dates keep their precision; an enlistment reported without a date points to
// (:Date {iso: 'unknown'}) and is listed last (and never matches a year).
MATCH (p:Entity)-[x:ENLISTED]->(d:Date)
WHERE $year IS NULL OR d.year = $year
WITH p, x, CASE d.iso WHEN 'unknown' THEN null ELSE d.iso END AS date, d.precision AS precision
RETURN p.name AS person, date, precision, x.corroboration AS articles,
       x.ev_sentences[0] AS evidence
ORDER BY CASE WHEN date IS NULL THEN 1 ELSE 0 END, date, person
