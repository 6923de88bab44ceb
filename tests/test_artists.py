"""Artist names: where a name ends (a list's last pair, a joint credit, a performer "of" his
group, a bullet, a surname of the next name) and how it is typed (a band after an opening
phrase, "the duo of", a heading's band described as someone's band, appositions whose band
noun comes after places and genres, explainer lines). Texts and names are our own; the real
spaCy pipeline runs through the Extractor."""

from __future__ import annotations

from extracting import entity_types, relation_pairs

from artistgraph.graph.model import EntityType
from artistgraph.loaders.mentions import ner_and_runs


def facts(extractor, text: str, relation: str) -> set[tuple[str, str]]:
    return relation_pairs(extractor, text, relation)


def test_band_after_an_opening_phrase_takes_a_plural_verb(extractor):
    text = ("Two winters on from a first record that made a prank about a kettle win a Grammy, Tin Pelican have "
            "come back with a second album, which landed in shops last Friday.")
    assert entity_types(extractor, text).get("Tin Pelican") is EntityType.GROUP


def test_duo_of_the_main_clause_takes_up_the_name(extractor):
    text = ("When Glass Orchard released Night Signals in 2014, the Belgian duo of Pieter Vaelen and "
            "Joris Mertens did something odd: they recorded it live.")
    assert entity_types(extractor, text).get("Glass Orchard") is EntityType.GROUP


def test_heading_band_owned_by_a_person(extractor):
    text = ("Ten anime themes you should know\n\n"
            "\"Kaleido\" – Velvet Oni\n"
            "Kenta Marubashi's rock band gave the show this restless theme; singer Aoi Tsuda takes the high notes.\n\n"
            "\"Paper Comet\" – Rina Kato\n"
            "The singer wrote it at nineteen.")
    assert entity_types(extractor, text).get("Velvet Oni") is EntityType.GROUP


def ner_names(extractor, text: str, span: str, label: str = "ORG") -> set[str]:
    """The names ner_and_runs finds when NER has taken ``span`` for one entity (NER's joins
    depend on the exact names, so the test sets the span itself)."""
    doc = extractor.nlp(text)
    start = text.index(span)
    ent = doc.char_span(start, start + len(span), label=label)
    doc.ents = [e for e in doc.ents if e.end <= ent.start or e.start >= ent.end] + [ent]
    return {m.text for m in ner_and_runs(doc)}


def test_last_pair_of_a_member_list_is_two_names(extractor):
    text = "All six members — Daon, Riku, Hael, Soyun, Wonbin and J.K — are credited on the album."
    names = ner_names(extractor, text, "Wonbin and J.K")
    assert {"Wonbin", "J.K"} <= names
    assert "Wonbin and J.K" not in names


def test_joint_credit_of_a_band_and_a_singer_is_split(extractor):
    text = ("Sony bought the catalogue of Velvet Harbor. Velvet Harbor still tour, now as Velvet Harbor + "
            "Dario Lenz, the Canadian vocalist now leading them.")
    names = ner_names(extractor, text, "Velvet Harbor + Dario Lenz")
    assert {"Velvet Harbor", "Dario Lenz"} <= names
    assert "Velvet Harbor + Dario Lenz" not in names


def test_featured_performer_of_his_group_is_two_names(extractor):
    text = "His debut single \"Glass Hour\", featuring Zolvix of Trembos, was released in 2019."
    names = ner_names(extractor, text, "Zolvix of Trembos")
    assert {"Zolvix", "Trembos"} <= names


def test_band_names_with_joiners_stay_whole(extractor):
    text = ("Delphine rested. Delphine + the Lanterns headline on Friday; Harrow & Sons play on Saturday, "
            "and Harrow spoke to us. The lineup also has Blake, Sons of Tamber and Rae.")
    assert "Delphine + the Lanterns" in ner_names(extractor, text, "Delphine + the Lanterns")
    assert "Harrow & Sons" in ner_names(extractor, text, "Harrow & Sons")
    assert "Sons of Tamber" in ner_names(extractor, text, "Sons of Tamber")


def test_person_after_an_opening_phrase_is_not_a_band(extractor):
    text = "After a long tour of Asia, Ava Holt has returned with a new single, which came out on Friday."
    assert entity_types(extractor, text).get("Ava Holt") is not EntityType.GROUP


# ==================================================================================================
# Artist names: appositions whose band noun comes after places and genres, "the former X drummer",
# "a member of A and of B", names ending in "Clan" or "Gang", a person named next to another person,
# explainer lines "Name — ... the band's ...", list bullets and a name already used alone before "A
# and B Surname".
# ==================================================================================================

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
    assert entity_types(extractor, text).get("Pellucid") is EntityType.GROUP


def test_glossary_lines_type_place_named_bands(extractor):
    text = ("Bands named after places\n\nLisbon — Tara Quill built the band's 1979 debut in her garage.\n\n"
            "Oslo — The Danish band's \"Cold Harbour\", released in 1984, still fills arenas.\n\n"
            "Lisbon released \"Fado Lights\" in 1980.")
    got = entity_types(extractor, text)
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
    assert "Dalton Ostrow" not in entity_types(extractor, text)


def test_dash_after_a_group_opening_prose_is_no_lineup(extractor):
    text = ("Dovecote Lane — the band's singer Ada Roe said — will tour in May.")
    got = facts(extractor, text, "MEMBER_OF")
    assert ("Dovecote Lane", "Ada Roe") not in got


def test_one_dateline_dash_types_no_place(extractor):
    text = "London — The band's new single arrives on Friday, singer Ada Roe said."
    assert entity_types(extractor, text).get("London") is not EntityType.GROUP
