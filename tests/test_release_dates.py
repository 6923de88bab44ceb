"""Release dates read from phrasings found in whole articles: a record that "appeared"
in a year, a title set off after its noun however the parser read it, "this year's X",
and a title whose own words look like a negation ("Do Not Wait Up")."""

from __future__ import annotations

from datetime import date

from extracting import kept_facts

PUBLISHED = date(2026, 3, 1)


def dates(extractor, text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in kept_facts(extractor, text, published=PUBLISHED)
            if f.relation == "RELEASED_ON"}


def test_a_record_that_appeared_in_a_year_was_released_then(extractor):
    text = "Earlier she fronted Trio Saudade, whose only album, Noites de Brasa, appeared in 2019."
    assert ("Noites de Brasa", "2019") in dates(extractor, text)


def test_appearing_on_a_chart_or_in_a_film_is_no_release(extractor):
    text = "Her song “Blue Fog” appeared on the chart in 2019, and “Red Sky” appeared in the film in 2021."
    assert dates(extractor, text) == set()


def test_a_title_set_off_after_its_noun_takes_the_date_of_the_noun(extractor):
    text = "The ensemble's final album, Walking Home by the River, was released in 2019 and won them an award."
    assert ("Walking Home by the River", "2019") in dates(extractor, text)


def test_this_years_title_is_dated_to_the_publication_year(extractor):
    text = "Most of the show came from this year's Crooked Mirror Waltz, her second album."
    assert ("Crooked Mirror Waltz", "2026") in dates(extractor, text)


def test_a_negation_inside_a_title_does_not_negate_the_sentence(extractor):
    text = "Their second album, Do Not Wait Up, was made in a barn and released in October 2020."
    assert ("Do Not Wait Up", "2020-10") in dates(extractor, text)


def test_a_real_negation_still_counts(extractor):
    text = "The second album, Quiet Hours, was not released in October 2020 after all."
    assert ("Quiet Hours", "2020-10") not in dates(extractor, text)


def test_an_indefinite_apposition_from_a_year_dates_the_title_before_it(extractor):
    text = ("Rust Orchard news\n\nFans still love \"Things a Girl Should Know\", a slow-building single from 2020. "
            "Her breakthrough came with \"Lantern Ways\", a single from 2019.")
    got = dates(extractor, text)
    assert ("Things a Girl Should Know", "2020") in got
    assert ("Lantern Ways", "2019") in got


def test_a_gapped_second_clause_shares_the_release_verb(extractor):
    text = ("Rust Orchard news\n\n\"Iron Rain\" followed in January and \"If Silence Had a Voice\" in February. "
            "\"Tin Star\" topped the chart in May and \"Paper Crowns\" in July.")
    got = dates(extractor, text)
    assert ("If Silence Had a Voice", "2026-02") in got
    assert not any(subject == "Paper Crowns" for subject, _ in got)


def test_a_label_that_has_scheduled_a_date_points_ahead(extractor):
    text = ("Two new songs will appear on the singer's sixth album, Salt and Honey, which Ember Records has "
            "scheduled for August 23.")
    assert ("Salt and Honey", "2026-08-23") in dates(extractor, text)


# --- a title followed right away by its date ---

def _title_dates(extractor, text: str, published: date = PUBLISHED) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in kept_facts(extractor, text, published=published)
            if f.relation == "RELEASED_ON"}


def test_a_title_followed_by_in_a_year_is_dated_that_year(extractor):
    cases = [
        ("Her solo career began with “Paper Lanes” in 2013, and the tours grew.", ("Paper Lanes", "2013")),
        ("Teo Marr guested on the duo's single “Slow Tide” in 2021 and has since acted.", ("Slow Tide", "2021")),
        ("In the meantime he made two solo records, beginning with the album Harbor Glass in 2019.",
         ("Harbor Glass", "2019")),
        ("Lena Ruiz directed the band's “Cold Engine” in 1998 and came back for more.", ("Cold Engine", "1998")),
    ]
    for text, expected in cases:
        assert expected in _title_dates(extractor, text), text


def test_since_a_title_in_a_month_looks_back(extractor):
    got = _title_dates(extractor, "It will be the quartet's first new music since their EP 'Midnight Coil' in April.",
                       date(2024, 7, 1))
    assert ("Midnight Coil", "2024-04") in got


def test_a_title_set_off_with_from_a_year(extractor):
    got = _title_dates(extractor, "Ordinary Lanterns, from 2020, included a duet with Elton John.")
    assert ("Ordinary Lanterns", "2020") in got


def test_a_show_a_chart_run_or_a_cover_is_not_the_titles_date(extractor):
    texts = [
        "Mara Quill reached number one in Britain with her debut hit Tin Lantern in October 2009.",
        "The band performed “Glass Coat” in 2019 at a festival in Lisbon.",
        "Their cover of “Blue Shade” in 2019 was a hit on the radio.",
        "“Still Water” is the first single since “Cinder Bell,” which followed “Ash Rain” in 1996.",
    ]
    for text in texts:
        got = _title_dates(extractor, text)
        assert not any(s in {"Tin Lantern", "Glass Coat", "Blue Shade", "Ash Rain"} for s, _ in got), (text, got)


# --- a year in a description of the title ---

def test_a_year_in_an_apposition_with_words_before_it_dates_the_title(extractor):
    cases = [
        ("Fans went wild for \"Kite String\", a cheeky 2022 single whose video was shot in Lagos.",
         ("Kite String", "2022")),
        ("The new record is heavier than Blue Vigil, the Canadian band's 2021 debut.", ("Blue Vigil", "2021")),
        ("Glass Orchard II, the sequel to her 2020 project Glass Orchard, is a sleek record.",
         ("Glass Orchard", "2020")),
        ("\"Hasta la Orilla\" became a 2016 hit for the singer.", ("Hasta la Orilla", "2016")),
    ]
    for text, expected in cases:
        assert expected in _title_dates(extractor, text), text


def test_a_year_hit_does_not_date_the_album_named_after_a_comma(extractor):
    got = _title_dates(extractor, "\"Hasta la Orilla\" became a 2016 hit, his album Fenix Rojo arrived in 2017.")
    assert ("Fenix Rojo", "2016") not in got
    assert ("Fenix Rojo", "2017") in got


def test_a_negated_clause_does_not_undo_a_year_that_describes_the_title(extractor):
    got = _title_dates(extractor, "Some fans were surprised that 2023's \"Paper Swan\", which flips an old hit, "
                                  "didn't make the cut.")
    assert ("Paper Swan", "2023") in got


# --- a debut with a release, a director's year, a month NER ran into the next phrase ---

def test_debuting_with_a_release_dates_it(extractor):
    cases = [
        ("The group debuted in July 2023 with the lead single “Hush Hour” and toured Asia.", ("Hush Hour", "2023-07")),
        ("Lumen Six debuted with the single “Paper Sun” in March 2021.", ("Paper Sun", "2021-03")),
        ("Dal Yoon debuted in 2017 with the EP “Night Harbor” and is loved for ballads.", ("Night Harbor", "2017")),
    ]
    for text, expected in cases:
        assert expected in _title_dates(extractor, text), text


def test_an_act_debuting_alone_dates_nothing(extractor):
    text = "Velvet Arcade debuted in 2019, and later their single “Iron Gate” topped the chart."
    assert _title_dates(extractor, text) == set()


def test_directing_a_video_in_a_year_dates_the_release(extractor):
    cases = [
        ("In 2014 he directed Flying Lotus's “Never Catch You”, featuring Kendrick Lamar.",
         ("Never Catch You", "2014")),
        ("He also directed the video for “Sapokan” by the harpist Joanna Newsom in 2015, a film shot in New York.",
         ("Sapokan", "2015")),
        ("The video for “Glass Hour” was directed by Ana Lind in 2019.", ("Glass Hour", "2019")),
    ]
    for text, expected in cases:
        assert expected in _title_dates(extractor, text), text


def test_filming_something_else_in_a_year_dates_no_release(extractor):
    got = _title_dates(extractor, "In 2019 she filmed a documentary in Lagos, and her single “Rain Gate” did well.")
    assert not any(obj == "2019" for _, obj in got)


def test_a_month_ran_into_the_next_phrase_keeps_its_heading_year(extractor):
    text = ("Quill Harbor: a timeline\n\n2016 — Iron Radio, released in October, returns to a leaner sound.\n\n"
            "2024 — Saviours Lane, the band's 14th studio album, arrives in January, 30 years after their debut.")
    got = _title_dates(extractor, text, None)
    assert ("Saviours Lane", "2024-01") in got


def test_an_apposition_then_which_came_out_dates_the_title(extractor):
    text = ("Lio Marsh holds at number two with “Lamp Post”, his first new single in three years, "
            "which came out earlier this month.")
    got = _title_dates(extractor, text, date(2022, 9, 30))
    assert ("Lamp Post", "2022-09") in got


def test_out_everywhere_in_an_apposition_dates_the_title(extractor):
    for adverb in ("everywhere", "worldwide"):
        text = (f"The label is thrilled to announce Hyperdream Lane, the fourth album from Kite Jury, out {adverb} "
                "on April 26, 2024.")
        assert ("Hyperdream Lane", "2024-04-26") in _title_dates(extractor, text, date(2024, 1, 24)), adverb
