"""Artist typing from how music news writes about bands and soloists: a name NER took for a person
that "the band" takes up, place-named bands told by plural agreement or by who leads them, an
address's state kept apart from the band of that name, and the types relation patterns imply.
All names are invented (some bands borrow place names on purpose); the real spaCy pipeline runs."""

from __future__ import annotations

from collections import Counter
from types import SimpleNamespace

from extracting import kept_facts

from artistgraph.graph.model import Article, EntityType
from artistgraph.loaders.extract import _implied_types
from artistgraph.loaders.mentions import Mention
from artistgraph.loaders.relations import Candidate

P, G = EntityType.PERSON, EntityType.GROUP


def types(extractor, text: str) -> dict[str, str]:
    extraction = extractor.extract(Article("t", text))
    return {e.name: e.type.value for e in extraction.entities}


def facts(extractor, text: str, relation: str) -> set[tuple[str, str]]:
    return {(f.subject, str(f.object)) for f in kept_facts(extractor, text) if f.relation == relation}


# -- a name only NER calls a person, taken up by "the band" ---------------------------------

def test_the_band_takes_up_a_name_only_ner_calls_a_person(extractor):
    text = ("Sony buys Marlowe's catalogue\n\nA label has agreed to buy the catalogue of Marlowe for a record "
            "sum.\n\nThe sale covers the band's recordings from the 1979 debut onwards, and drummer Pat Gilroy "
            "signed the deal.")
    assert types(extractor, text).get("Marlowe") == "Group"
    assert ("Pat Gilroy", "Marlowe") in facts(extractor, text, "MEMBER_OF")


def test_a_full_personal_name_is_not_made_a_band_by_her_backing_band(extractor):
    text = ("Dana Marlowe talks about her new record\n\nDana Marlowe has written most of it at home.\n\n"
            "The band she hired for the sessions played live in one room.")
    assert types(extractor, text).get("Dana Marlowe") == "Person"


def test_what_the_band_signed_to_is_not_the_band(extractor):
    text = ("Halloran released the album on Friday. The band signed to Halloran in 2019 after two records on "
            "a small imprint.")
    assert types(extractor, text).get("Halloran") == "Person"


def test_a_named_band_keeps_the_reference_from_a_soloist(extractor):
    # a band is named in the article: "the group" is that band's, the soloist stays a person
    text = ("Velvet Sirens' Juno goes solo\n\nVelvet Sirens singer Juno releases her first solo single today. "
            "Kayo wrote the song with her.\n\nThe group's agency confirmed the news.")
    assert types(extractor, text).get("Kayo") != "Group"


# -- place-named bands ----------------------------------------------------------------------

def test_a_place_name_with_a_plural_verb_is_a_band(extractor):
    got = types(extractor, "Halifax return to the Corn Exchange next month with their brass section, and "
                           "tickets are nearly gone.")
    assert got.get("Halifax") == "Group"


def test_a_place_name_qualifying_a_noun_is_no_band(extractor):
    got = types(extractor, "Halifax return flights are cheap this month, and the tickets are nearly gone.")
    assert got.get("Halifax") is None


def test_who_with_a_plural_verb_after_a_place_name_on_a_bill(extractor):
    text = ("Further down the bill are Pale Orbit; Lumen Grey; and Halifax, who close Sunday's stage with "
            "\"Glass Harbour\" and the rest of their catalogue.")
    assert types(extractor, text).get("Halifax") == "Group"


def test_who_after_a_town_a_person_grew_up_in_is_no_band(extractor):
    got = types(extractor, "Singer Mira Holt, who grew up in Halifax, closes Sunday's stage.")
    assert got.get("Halifax") is None


def test_led_by_a_guitarist_makes_a_place_name_a_band(extractor):
    text = "Dundee, led as ever by guitarist Rob Kell, have pencilled in a date for the autumn."
    assert types(extractor, text).get("Dundee") == "Group"
    assert ("Rob Kell", "Dundee") in facts(extractor, text, "MEMBER_OF")


def test_the_country_band_led_by_after_a_place_name(extractor):
    text = ("Do not confuse them with Nevada, the country band led by Jo Pratt, whose \"Dust Roads\" turns up "
            "at the same festivals.")
    assert types(extractor, text).get("Nevada") == "Group"
    assert ("Jo Pratt", "Nevada") in facts(extractor, text, "MEMBER_OF")


def test_an_address_state_stays_apart_from_the_band_of_that_name(extractor):
    text = ("The Tin Owls, the Athens, Georgia, soul band who went quiet in 2018, will reunite.\n\n"
            "Not to be confused with Georgia, the country band led by Sam Hale.")
    assert ("Sam Hale", "Georgia") in facts(extractor, text, "MEMBER_OF")
    # the place in the address did not join the band: the band's only name is the later one
    extraction = extractor.extract(Article("t", text))
    georgia = [e for e in extraction.entities if e.name == "Georgia"]
    assert len(georgia) == 1 and georgia[0].type is G


# -- types implied by relation patterns -----------------------------------------------------

def test_a_member_slot_beats_repeated_featuring_guesses(extractor):
    text = ("His debut single \"Glass Road\", featuring Zayo of Lanterns, was released in 2017 and reached "
            "No. 3 in the UK.")
    assert types(extractor, text).get("Zayo") == "Person"
    assert ("Zayo", "Lanterns") in facts(extractor, text, "MEMBER_OF")


def _cand(relation: str, subject: int, obj: int, subject_type=None, object_type=None) -> Candidate:
    return Candidate(relation, subject, obj, 0, 1, None, 0.9, "test", subject_type, object_type)


def test_implied_types_count_a_guess_once_and_prefer_a_one_type_slot():
    ctx = SimpleNamespace(mentions=[])
    cands = [_cand("FEATURES", 0, 1, object_type=G), _cand("FEATURES", 2, 1, object_type=G),
             _cand("FEATURES", 3, 1, object_type=G), _cand("MEMBER_OF", 1, 4, subject_type=P)]
    votes = _implied_types(ctx, cands)
    assert votes[1].most_common(1)[0][0] is P
    assert votes[1][G] == 1  # three guesses, one vote


def test_implied_types_let_a_resolved_she_overrule_a_group_guess():
    she = Mention(5, 6, "she", P, "pronoun", pronoun="person", entity=1)
    ctx = SimpleNamespace(mentions=[she])
    votes = _implied_types(ctx, [_cand("BY_ARTIST", 0, 1, object_type=G)])
    assert votes[1] == Counter({P: 1})
