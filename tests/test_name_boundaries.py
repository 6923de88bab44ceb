"""Where a name starts and stops: format words, spaced dashes, "x" and "feat." credits,
a lone "The", the name of a duty, and nationalities are no artists. Our own wording."""

from __future__ import annotations

from extracting import kept_facts

from artistgraph.loaders.extract import resolve_mentions


def names(extractor, text: str) -> set[str]:
    mentions, _ = resolve_mentions(extractor.nlp(text))
    return {m.text for m in mentions if not m.pronoun}


def test_format_word_is_no_part_of_the_title(extractor):
    found = names(extractor, "After their 2021 debut LP Underpass Hymns comes a second record in May.")
    assert "Underpass Hymns" in found and "LP Underpass Hymns" not in found


def test_feat_splits_an_all_caps_credit_line(extractor):
    found = names(extractor, "YARELIS FEAT. NICO BRAVA")
    assert {"YARELIS", "NICO BRAVA"} <= found and not any("FEAT" in n for n in found)


def test_x_between_two_credited_names(extractor):
    found = names(extractor, 'Renata Olivar x Los Dos Soles drop "Brasa" on Friday.')
    assert "Renata Olivar" in found and not any(n.endswith(" x") for n in found)


def test_lone_article_after_a_timeline_dash_is_no_artist(extractor):
    facts = kept_facts(extractor, 'October 2022 - The group releases its first album, "Skyline Diary."')
    assert not [f for f in facts if f.relation == "BY_ARTIST" and f.object == "The"]


def test_national_service_is_no_release(extractor):
    facts = kept_facts(extractor, "His bandmate Tomas Lee finished his own National Service in 2023.")
    assert [(f.subject, f.relation) for f in facts] == [("Tomas Lee", "ENLISTED")]


def test_nationality_is_no_featured_artist(extractor):
    facts = kept_facts(extractor, "“Sprinter Girl” features Norwegian singer Ada Lund.")
    assert {f.object for f in facts if f.relation == "FEATURES"} == {"Ada Lund"}
