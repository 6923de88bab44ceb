// title: Facts one article contributed
// answers: What did this article say: each fact with the sentence, span, confidence and rule it came from?
// params: $article (str) the article id
// Every fact an article supports starts at an entity the article mentions.
MATCH (:Article {id: $article})-[:MENTIONS]->(s:Entity)
      -[r:MEMBER_OF|BY_ARTIST|FEATURES|COLLABORATED_WITH|DIRECTED_BY|RELEASED_ON|ENLISTED]->(o)
WHERE $article IN r.articles
UNWIND [i IN range(0, size(r.ev_articles) - 1) WHERE r.ev_articles[i] = $article] AS i
RETURN type(r) AS relation, s.name AS subject,
       CASE WHEN o.iso = 'unknown' THEN '' ELSE coalesce(o.name, o.iso) END AS object,
       r.ev_sentences[i] AS sentence, r.ev_starts[i] AS start, r.ev_ends[i] AS `end`,
       r.ev_confidences[i] AS confidence, r.ev_rules[i] AS rule
ORDER BY start
