"""Entity typing, round four: a name NER takes for a place, a people or a company is an artist
when it does what only artists do with a record or a show, or when an album is "from" it.
Our own short texts; the real spaCy pipeline runs through the Extractor."""

from __future__ import annotations

from extracting import kept_facts

from artistgraph.graph.model import Article


def types(extractor, text: str) -> dict[str, str]:
    """Name -> type of every entity the extractor keeps for ``text``."""
    extraction = extractor.extract(Article("t", text))
    return {e.name: e.type.value for e in extraction.entities if e.type is not None}


def by_artist(extractor, text: str) -> set[tuple[str, str]]:
    return {(f.subject, str(f.object)) for f in kept_facts(extractor, text) if f.relation == "BY_ARTIST"}


def test_place_named_band_releasing_an_album_is_its_artist(extractor):
    text = "Nevada released a new album, Desert Radio Hymns, on Friday."
    assert types(extractor, text).get("Nevada") == "Group"
    assert ("Desert Radio Hymns", "Nevada") in by_artist(extractor, text)


def test_band_sharing_a_single_named_after_a_people(extractor):
    text = "Kasabian shared the single Mercury Lanes last week."
    assert ("Mercury Lanes", "Kasabian") in by_artist(extractor, text)


def test_a_residency_is_announced_by_a_band(extractor):
    got = types(extractor, "Crimson 7 announced a Las Vegas residency for the spring.")
    assert got.get("Crimson 7") == "Group"
    assert "Las Vegas" not in got


def test_her_single_makes_the_artist_a_person(extractor):
    got = types(extractor, "Tamsin Vale's friend Oslo released her debut single, Paper Ferry, in June.")
    assert got.get("Oslo") != "Group"


def test_places_doing_other_things_stay_untyped(extractor):
    got = types(extractor, "Texas released the drought figures on Monday. Seoul announced new rules for taxis.")
    assert "Texas" not in got and "Seoul" not in got


def test_a_label_releasing_a_record_is_no_artist(extractor):
    text = ("Interscope released the album on Friday. The band signed to Interscope in 2019 "
            "after two records on a small imprint.")
    assert types(extractor, text).get("Interscope") != "Group"


def test_album_from_a_band_then_its_title(extractor):
    text = "The new album from Larkwood Mac, Harbor Candles Live, arrives next month."
    assert ("Harbor Candles Live", "Larkwood Mac") in by_artist(extractor, text)


def test_a_single_from_an_album_is_not_the_albums_work(extractor):
    text = ("The band's seventh album, Carrion Psalms, is due in June. The first single from Carrion Psalms, "
            "“Tongues of Salt,” premieres next Tuesday.")
    assert ("Tongues of Salt", "Carrion Psalms") not in by_artist(extractor, text)
