"""Release dates read from phrasings found in whole articles: a record that "appeared"
in a year, a title set off after its noun however the parser read it, "this year's X",
and a title whose own words look like a negation ("Do Not Disturb")."""

from __future__ import annotations

from datetime import date

from extracting import kept_facts

PUBLISHED = date(2026, 3, 1)


def dates(extractor, text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in kept_facts(extractor, text, published=PUBLISHED)
            if f.relation == "RELEASED_ON"}


def test_a_record_that_appeared_in_a_year_was_released_then(extractor):
    text = "Before going solo she sang with Fado Clandestino, whose lone album, Lua de Alfama, appeared in 2019."
    assert ("Lua de Alfama", "2019") in dates(extractor, text)


def test_appearing_on_a_chart_or_in_a_film_is_no_release(extractor):
    text = "Her song “Blue Fog” appeared on the chart in 2019, and “Red Sky” appeared in the film in 2021."
    assert dates(extractor, text) == set()


def test_a_title_set_off_after_its_noun_takes_the_date_of_the_noun(extractor):
    text = "The choir's last album, Still Standing on the Promise, was released in 2019 and earned a nomination."
    assert ("Still Standing on the Promise", "2019") in dates(extractor, text)


def test_this_years_title_is_dated_to_the_publication_year(extractor):
    text = "The set leans heavily on this year's Honey Trap Theory, her second album."
    assert ("Honey Trap Theory", "2026") in dates(extractor, text)


def test_a_negation_inside_a_title_does_not_negate_the_sentence(extractor):
    text = "The second album, Do Not Disturb, was recorded during lockdown and released in October 2020."
    assert ("Do Not Disturb", "2020-10") in dates(extractor, text)


def test_a_real_negation_still_counts(extractor):
    text = "The second album, Quiet Hours, was not released in October 2020 after all."
    assert ("Quiet Hours", "2020-10") not in dates(extractor, text)
