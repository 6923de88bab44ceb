"""Mention detection, round 3: where names start and end in list blocks, headlines and
nicknames. Short texts of our own with invented names, through the real spaCy pipeline."""

from __future__ import annotations

from extracting import kept_facts

from artistgraph.graph.model import EntityType
from artistgraph.loaders.mentions import find_mentions


def mentions(extractor, text: str) -> dict[str, EntityType | None]:
    """Mention text -> type, for the names (not pronouns) ``find_mentions`` finds."""
    doc = extractor.nlp(text)
    return {m.text: m.type for m in find_mentions(doc, {}) if not m.pronoun}


def facts(extractor, text: str, relation: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in kept_facts(extractor, text) if f.relation == relation}


# -- track lists ------------------------------------------------------------------

TRACKS = """Wren Aldous has shared the tracklist for her third album, Copper Lantern.

Copper Lantern tracklist:
1. Intro (Low Tide)
2. Ferry Bells (feat. Oskar Vale)
3. The Hollow Quay
4. Songs for the Drowned
5. Slipway Pt. 2
...
11. Lamplighter
12. Quay Street (Wren Aldous x Oskar Vale) [bonus track]

Copper Lantern is out in May."""


def test_track_list_lines_are_whole_titles(extractor):
    found = mentions(extractor, TRACKS)
    for title in ("Intro (Low Tide)", "Ferry Bells", "The Hollow Quay", "Songs for the Drowned", "Slipway Pt. 2",
                  "Lamplighter", "Quay Street"):
        assert found.get(title) is EntityType.RELEASE, title


def test_numbered_lines_without_a_track_heading_are_not_titles(extractor):
    text = ("The five acts of the night, in order:\n1. Wren Aldous\n2. Oskar Vale\n3. The Hollow Quay\n\n"
            "Wren Aldous closed the show.")
    found = mentions(extractor, text)
    assert found.get("Wren Aldous") is not EntityType.RELEASE
    assert found.get("Oskar Vale") is not EntityType.RELEASE
