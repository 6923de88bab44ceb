"""BY_ARTIST: release headlines, chart lines ("holds at No. 2 with X",
"earns its first top 10 as X debuts at No. 5") and "performed/first recorded by".
One short text of our own per rule, each with a text that must not give the fact.
The real spaCy pipeline runs through the Extractor; facts below the default confidence do not count."""

from __future__ import annotations

from extracting import kept_facts


def by_artist(extractor, text: str) -> set[tuple[str, str]]:
    """(release, artist) of the kept BY_ARTIST facts."""
    return {(f.subject, f.object) for f in kept_facts(extractor, text) if f.relation == "BY_ARTIST"}


# -- headlines ------------------------------------------------------------------------------------------------

def test_headline_artists_reunite_for_title(extractor):
    text = ("Pim Calloway and Odessa Brandt reunite for 'Harbor Candles Vol. 2'\n\n"
            "The two singers first worked together a decade ago.")
    got = by_artist(extractor, text)
    assert ("Harbor Candles Vol. 2", "Pim Calloway") in got
    assert ("Harbor Candles Vol. 2", "Odessa Brandt") in got


def test_headline_metaphor_verb_on_title(extractor):
    text = ("Quillon Marsh set sail on 'Ferry to Tromsø'\n\n"
            "The Oslo saxophonist recorded the set in a week.")
    assert ("Ferry to Tromsø", "Quillon Marsh") in by_artist(extractor, text)


def test_headline_title_before_other_noun_is_not_a_release_headline(extractor):
    text = ("Quillon Marsh Slams 'Ferry to Tromsø' Hearsay\n\n"
            "The Oslo saxophonist said the story was invented.")
    assert ("Ferry to Tromsø", "Quillon Marsh") not in by_artist(extractor, text)


def test_review_headline(extractor):
    text = ("Marlow Vance: Copper Weather Album Review\n\n"
            "The Swansea songwriter's second record is quieter than her first.")
    assert ("Copper Weather", "Marlow Vance") in by_artist(extractor, text)


# -- chart lines ----------------------------------------------------------------------------------------------

def test_holds_at_chart_place_with_title(extractor):
    text = "Marisol Dane holds at No. 3 with \"Paper Comets,\" while a country staple climbs back to No. 7."
    assert ("Paper Comets", "Marisol Dane") in by_artist(extractor, text)


def test_scored_first_number_one_is_not_negated(extractor):
    text = "Boy band KOVALINE scored their first No. 1 with \"Glitter Radio\" in 2003."
    assert ("Glitter Radio", "KOVALINE") in by_artist(extractor, text)


def test_chart_as_clause(extractor):
    text = "Trio Velvet Quarry earns its second top 10 as the EP Sodium Lanes debuts at No. 6 on the chart."
    assert ("Sodium Lanes", "Velvet Quarry") in by_artist(extractor, text)


def test_chart_as_clause_with_other_artist_between(extractor):
    text = ("Trio Velvet Quarry earns its second top 10 after touring with Ronan Hale as \"Sodium Lanes\" "
            "debuts at No. 6.")
    assert ("Sodium Lanes", "Velvet Quarry") not in by_artist(extractor, text)


# -- performed / first recorded by ----------------------------------------------------------------------------

def test_first_recorded_by(extractor):
    text = "Dela Soares also revisits \"Sal da Tarde,\" the 1971 fado first recorded by Amália Reis."
    assert ("Sal da Tarde", "Amália Reis") in by_artist(extractor, text)


def test_sung_by_groups_member_is_not_the_group(extractor):
    text = "Part 1, \"Winter Postcard,\" was sung by LUMENIA's Harin, a newcomer to the soundtrack."
    got = by_artist(extractor, text)
    assert ("Winter Postcard", "LUMENIA") not in got
