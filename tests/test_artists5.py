"""Artist names, fifth round: appositions whose band noun
comes after places and genres, "the former X drummer", "a member of A and of B", names
ending in "Clan" or "Gang", a person named next to another person, explainer lines
"Name — ... the band's ...", list bullets and a name already used alone before
"A and B Surname". Texts and names are our own; the real spaCy pipeline runs through the
Extractor."""

from __future__ import annotations

from extracting import kept_facts

from artistgraph.graph.model import Article, EntityType


def types(extractor, text: str) -> dict[str, EntityType | None]:
    return {n: e.type for e in extractor.extract(Article("t", text)).entities for n in e.names}


def facts(extractor, text: str, relation: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in kept_facts(extractor, text) if f.relation == relation}


def test_apposition_noun_after_places_and_genres(extractor):
    text = ("Harrow Lantern, the Akron, Ohio, garage and soul band who fell silent in 2019, will return next year. "
            "The reunion brings together singer Mabel Crest and bassist Ivo Lund.")
    got = facts(extractor, text, "MEMBER_OF")
    assert ("Mabel Crest", "Harrow Lantern") in got


def test_former_one_word_name_before_drummer_is_a_band(extractor):
    text = ("Cal Brenner, the former Marlowe drummer who later founded a label, is back. "
            "Brenner said he was happy.")
    assert ("Cal Brenner", "Marlowe") in facts(extractor, text, "MEMBER_OF")


def test_member_of_one_band_and_of_another(extractor):
    text = "Oskar Veil, a long-time member of The Gravel Saints and of Pellucid, has joined the tour."
    assert types(extractor, text).get("Pellucid") is EntityType.GROUP


def test_glossary_lines_type_place_named_bands(extractor):
    text = ("Bands named after places\n\nLisbon — Tara Quill built the band's 1979 debut in her garage.\n\n"
            "Oslo — The Danish band's \"Cold Harbour\", released in 1984, still fills arenas.\n\n"
            "Lisbon released \"Fado Lights\" in 1980.")
    got = types(extractor, text)
    assert got.get("Lisbon") is EntityType.GROUP
    assert got.get("Oslo") is EntityType.GROUP


def test_bullet_is_no_part_of_the_artist(extractor):
    text = ("The shortlist:\n• Dray Amber – Salt Choir\n• Penn Halloway – Lantern Days\n"
            "• The Quiet Mews – Rooftops\n")
    got = facts(extractor, text, "BY_ARTIST")
    assert ("Salt Choir", "Dray Amber") in got
    assert not any(o.startswith("•") for _, o in got)


def test_name_used_alone_takes_no_surname_of_the_next(extractor):
    text = ("Dalton's catalogue was sold on Monday. It includes \"Glass Tide\", the 1984 single credited "
            "jointly to Dalton and Danny Ostrow. Dalton wrote it.")
    assert "Dalton Ostrow" not in types(extractor, text)


def test_dash_after_a_group_opening_prose_is_no_lineup(extractor):
    text = ("Dovecote Lane — the band's singer Ada Roe said — will tour in May.")
    got = facts(extractor, text, "MEMBER_OF")
    assert ("Dovecote Lane", "Ada Roe") not in got


def test_one_dateline_dash_types_no_place(extractor):
    text = "London — The band's new single arrives on Friday, singer Ada Roe said."
    assert types(extractor, text).get("London") is not EntityType.GROUP
