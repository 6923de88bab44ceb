"""A band name that takes "the" on its own keeps it ("The Marsh Hollows"); the article of
a noun after the name ("the Velvin singer") does not join it."""

from __future__ import annotations

from artistgraph.graph.model import Article


def names(extractor, text: str) -> set[str]:
    return {e.name for e in extractor.extract(Article("a", text)).entities}


def test_lower_case_article_before_a_verb_joins_the_name(extractor):
    found = names(extractor, "When the Marsh Hollows went into the studio in Leeds, the band recorded the album "
                             "Quiet Harbour.")
    assert "The Marsh Hollows" in found
    assert "Marsh Hollows" not in found


def test_sentence_initial_article_before_a_possessive_joins_the_name(extractor):
    found = names(extractor, "The Corrigans' Paper Lanterns is their first album in six years. "
                             "The band recorded it in Galway.")
    assert "The Corrigans" in found


def test_article_of_a_following_noun_stays_out(extractor):
    found = names(extractor, "Fans queued for hours to meet the Velvin singer Tomas Greer, who fronts Velvin. "
                             "Velvin released the single Cold Lantern on Friday.")
    assert "Velvin" in found
    assert "The Velvin" not in found


def test_lower_case_article_before_a_possessive_is_left_open(extractor):
    found = names(extractor, "Dana Rook played the Night Owls' new album Ember Road before it was out. "
                             "Night Owls recorded it in Austin.")
    assert "Night Owls" in found
    assert "The Night Owls" not in found


def test_hyphenated_credit_after_the_name_stays_out(extractor):
    found = names(extractor, "The single Paper Moon finally got the Mira Tallis-directed video on Friday.")
    assert "The Mira Tallis" not in found
