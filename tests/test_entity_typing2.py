"""Entity typing, round three: ensemble names, plural verbs after a name, list entries whose next
line describes a band, appositions that open a new clause, and "the band" for the article's band.
Our own short texts; the real spaCy pipeline runs through the Extractor."""

from __future__ import annotations

from extracting import kept_facts

from artistgraph.graph.model import Article


def types(extractor, text: str) -> dict[str, str]:
    """Name -> type of every entity the extractor keeps for ``text``."""
    extraction = extractor.extract(Article("t", text))
    return {e.name: e.type.value for e in extraction.entities if e.type is not None}


def facts(extractor, text: str, relation: str) -> set[tuple[str, str]]:
    return {(f.subject, str(f.object)) for f in kept_facts(extractor, text) if f.relation == relation}


# -- a name that ends in an ensemble noun ------------------------------------------

def test_name_ending_in_an_ensemble_noun_is_a_group(extractor):
    got = types(extractor, "Trumpeter Halvard Moe will tour with The Halvard Moe Sextet in May. "
                           "The record features pianist Ida Strand.")
    assert got.get("The Halvard Moe Sextet", got.get("Halvard Moe Sextet")) == "Group"


def test_title_case_headline_noun_is_not_a_band_name(extractor):
    got = types(extractor, "Ava Lindqvist Joins New Band\n\nSinger Ava Lindqvist has joined a band.")
    assert got.get("Ava Lindqvist") == "Person"


# -- a plural verb right after a name ----------------------------------------------

def test_plural_verb_after_a_name_types_a_band(extractor):
    got = types(extractor, "Mothcastle share blistering new single 'Pylon Song' – listen\n\n"
                           "Mothcastle have shared a blistering new single, 'Pylon Song'.")
    assert got.get("Mothcastle") == "Group"


def test_singular_verb_and_sentence_openers_are_left_alone(extractor):
    got = types(extractor, "Ravi Okonkwo shares new single 'Tin Roof'.\n\nTickets go on sale on Friday.")
    assert got.get("Ravi Okonkwo") == "Person"
    assert "Tickets" not in got


# -- a list entry whose next line describes a band ---------------------------------

def test_entry_line_describing_a_band_types_its_artist(extractor):
    text = ("Our picks this week.\n\nSaltmarsh Radio, “Cold Lamps”\n"
            "Singer Pia Lund croons on the Bergen band’s comeback.\n\n"
            "3. Velvet Masts – “Rent Day”\nFrontwoman Tess Marr yells about landlords.")
    got = types(extractor, text)
    assert got.get("Saltmarsh Radio") == "Group"
    assert got.get("Velvet Masts") == "Group"
    assert ("Pia Lund", "Saltmarsh Radio") not in facts(extractor, text, "COLLABORATED_WITH")


def test_entry_line_about_a_person_does_not_type_a_band(extractor):
    got = types(extractor, "Our picks this week.\n\nMira Kovac, “Cold Lamps”\n"
                           "Kovac croons over a drum machine.")
    assert got.get("Mira Kovac") != "Group"


# -- appositions that are no appositions -------------------------------------------

def test_group_noun_opening_a_new_clause_does_not_type_the_name(extractor):
    got = types(extractor, "Formed in 2011 by singer Tom Ashby and guitarist Lena Farrow, the band was "
                           "completed by drummer Ike Bell.")
    assert got.get("Lena Farrow") == "Person"


def test_label_after_a_verb_does_not_type_a_company(extractor):
    got = types(extractor, "The Ferrymen, the Ohio trio made up of Joe Reyes and drummer Sam Tull, "
                           "become the label's first signing.")
    assert got.get("Sam Tull") == "Person"


def test_label_apposition_still_types_a_company(extractor):
    got = types(extractor, "Brightwave Music, Luna Park's label, confirmed the news.")
    assert got.get("Brightwave Music") == "Organization"


# -- "the band" is the article's band ----------------------------------------------

def test_the_band_after_a_band_named_in_passing_is_the_story_band(extractor):
    text = ("Quarry Lane have announced a new bassist. Quarry Lane said Ria Holt will join in May. "
            "Her replacement is Tom Gale, formerly of Hull noise outfit Slag Choir. "
            "Quarry Lane play Leeds in June. Fans were delighted. The tickets sold out. "
            "Guitarist Dan Iver, who co-founded the band at school, said it would be loud.")
    assert ("Dan Iver", "Quarry Lane") in facts(extractor, text, "MEMBER_OF")
    assert ("Dan Iver", "Slag Choir") not in facts(extractor, text, "MEMBER_OF")
