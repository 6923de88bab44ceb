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


# -- headlines ----------------------------------------------------------------------

def test_headline_verb_does_not_run_into_the_names(extractor):
    text = ("Pia Rennick & Dax Morrow Announce Joint Album ‘Salt Lamps’\n\n"
            "Pia Rennick and Dax Morrow have made a record together. ‘Salt Lamps’ is out in June.")
    found = mentions(extractor, text)
    assert "Dax Morrow" in found
    assert not any("Announce" in name for name in found)


def test_review_label_is_no_part_of_the_title(extractor):
    found = mentions(extractor, "The Quill Sisters: Harbour Static Album Review\n\nThe quartet's second album is slow.")
    assert "Harbour Static" in found
    assert "Harbour Static Album Review" not in found


# -- nicknames, articles and small words inside names ---------------------------------

def test_nickname_stays_inside_the_name(extractor):
    # a nickname in quotes stays inside the name, as the article gives it
    text = 'The video for "Glass Kite," directed by Omari "Lensboy" Whitfield, dropped alongside the tape.'
    assert ("Glass Kite", 'Omari "Lensboy" Whitfield') in facts(extractor, text, "DIRECTED_BY")


def test_plural_of_name_is_one_name(extractor):
    found = mentions(extractor, "Last night the choir Bright Hill Keepers of Morning sang at the Rivoli in Hull.")
    assert "Bright Hill Keepers of Morning" in found


def test_single_plural_opening_a_sentence_does_not_join(extractor):
    found = mentions(extractor, "Fans of Delmont Vey were queueing from dawn.")
    assert "Fans of Delmont Vey" not in found


def test_capitalised_the_after_a_demonym_starts_the_band_name(extractor):
    found = mentions(extractor, "The song borrows a riff from fellow Mancunians The Tin Wardens, who split in 2019.")
    assert "The Tin Wardens" in found


def test_line_opening_the_is_part_of_a_listed_band(extractor):
    text = ("Outstanding Contribution\nThe Marrow Bells (collected by founding members Ada Finch and Cal Ruddock)\n\n"
            "The night ended early.")
    assert "The Marrow Bells" in mentions(extractor, text)


def test_sentence_opening_the_is_still_dropped(extractor):
    found = mentions(extractor, "The Marrow Bells played Hull on Friday. Ada Finch sang.")
    assert "Marrow Bells" in found and "The Marrow Bells" not in found


def test_kpop_names_set_tight_around_a_colon(extractor):
    found = mentions(extractor, "The project group NOVA:RISE released one single in 2021 before its members debuted.")
    assert "NOVA:RISE" in found


def test_french_credit_inside_a_quoted_title(extractor):
    text = 'The closing track "Rue Basse (avec Lio-K)" reunites Sami Dore with his old bandmate.'
    found = mentions(extractor, text)
    assert found.get("Rue Basse") is EntityType.RELEASE
    assert "Rue Basse (avec Lio-K)" not in found


def test_stage_prefixes_share_no_surname(extractor):
    text = "DJ Corvid and MC Larkspur met in 2009. DJ Corvid and MC Larkspur released a tape in 2014."
    found = mentions(extractor, text)
    assert "Corvid Larkspur" not in found
