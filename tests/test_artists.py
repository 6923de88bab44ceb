"""Artist names, second round: where a name ends (a list's last pair, a joint credit, a
performer "of" his group) and how it is typed (a band after an opening phrase, a band
taken up by "the duo of" in the main clause, a heading's band described as someone's band).
Texts and names are our own; the real spaCy pipeline runs through the Extractor."""

from __future__ import annotations

from artistgraph.graph.model import Article, EntityType
from artistgraph.loaders.mentions import ner_and_runs


def types(extractor, text: str) -> dict[str, EntityType | None]:
    extraction = extractor.extract(Article("t", text))
    return {n: e.type for e in extraction.entities for n in e.names}


def test_band_after_an_opening_phrase_takes_a_plural_verb(extractor):
    text = ("Two winters on from a first record that made a prank about a kettle win a Grammy, Tin Pelican have "
            "come back with a second album, which landed in shops last Friday.")
    assert types(extractor, text).get("Tin Pelican") is EntityType.GROUP


def test_duo_of_the_main_clause_takes_up_the_name(extractor):
    text = ("When Glass Orchard released Night Signals in 2014, the Belgian duo of Pieter Vaelen and "
            "Joris Mertens did something odd: they recorded it live.")
    assert types(extractor, text).get("Glass Orchard") is EntityType.GROUP


def test_heading_band_owned_by_a_person(extractor):
    text = ("Ten anime themes you should know\n\n"
            "\"Kaleido\" – Velvet Oni\n"
            "Kenta Marubashi's rock band gave the show this restless theme; singer Aoi Tsuda takes the high notes.\n\n"
            "\"Paper Comet\" – Rina Kato\n"
            "The singer wrote it at nineteen.")
    assert types(extractor, text).get("Velvet Oni") is EntityType.GROUP


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
    assert types(extractor, text).get("Ava Holt") is not EntityType.GROUP
