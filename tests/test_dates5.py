"""RELEASED_ON and ENLISTED, fifth round: wire datelines, titles that hold a release noun,
"to be released on", list entries headed "Artist – Title", an act's possessive release in such a
list, months told from the year the sentence gave, "in March this year", holidays, the start
of a service in a relative clause and names joined to an enlisting member. Texts and names are
our own; the real spaCy pipeline runs through the Extractor."""

from __future__ import annotations

from datetime import date

from extracting import kept_facts


def dated(extractor, text: str, published: date | None, relation: str = "RELEASED_ON") -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in kept_facts(extractor, text, published) if f.relation == relation}


def test_dateline_and_title_noun_do_not_date_the_release(extractor):
    text = ("Velvet Harbour return with 'The Anthem Years'\n\n"
            "PARIS, 3 March 2024 — Velvet Harbour today announce The Anthem Years, their third album, to be "
            "released on 21 June 2024 via Orbit Records.")
    got = dated(extractor, text, date(2024, 3, 3))
    assert ("The Anthem Years", "2024-06-21") in got
    assert ("The Anthem Years", "2024-03-03") not in got


def test_list_entry_dates_its_heading_title(extractor):
    text = ("The five best albums of 2023\n\nHere are the records we loved.\n\n"
            "2. Harbor Lights – Paper Comets\nA gentle, patient record about leaving home. Released in April.\n\n"
            "1. Maren Doyle – Copper Weather\nIt came out on Valentine's Day and is full of bagpipes and strings.")
    got = dated(extractor, text, date(2023, 12, 12))
    assert ("Paper Comets", "2023-04") in got
    assert ("Copper Weather", "2023-02-14") in got


def test_acts_possessive_release_is_the_one_the_list_gives_it(extractor):
    text = ("Tidewater Prize shortlist announced\n\nThe shortlist:\n"
            "• Grey Orchard – Winter Maps\n• Lumen Vale – Quiet Engines\n\n"
            "Grey Orchard's debut, led by singer Ana Pell, was released in April. Lumen Vale's album came out in "
            "February.")
    got = dated(extractor, text, date(2024, 7, 24))
    assert ("Winter Maps", "2024-04") in got
    assert ("Quiet Engines", "2024-02") in got
    assert ("Quiet Engines", "2024-04") not in got


def test_month_with_this_year_and_a_bare_participle(extractor):
    text = ("Solo round-up\n\nKestrel released the single \"Lantern Hymn\" in March this year. The most-played "
            "song was Dara Vey's \"Cinder Road\", released in April, ahead of \"Pale Harbour\" by Tomas Reyne.")
    got = dated(extractor, text, date(2024, 12, 5))
    assert ("Lantern Hymn", "2024-03") in got
    assert ("Cinder Road", "2024-04") in got


def test_writing_and_fan_meeting_dates_are_not_release_dates(extractor):
    text = ("Orchid Lane wrote \"Velvet Mile\" in 1971; the band released it in January 1972. "
            "Singer Yerin Cho put out \"Azure Clock\", her first single in Japan, on Friday, before a pair of fan "
            "meetings at the Kobe Arena on June 26 and 27.")
    got = dated(extractor, text, date(2024, 6, 24))
    assert ("Velvet Mile", "1971") not in got
    assert ("Velvet Mile", "1972-01") in got
    assert not {d for t, d in got if t == "Azure Clock" and d.endswith("-26")}


def test_joined_member_and_one_date_per_person(extractor):
    text = ("Label says RIVERS' Haneul and Sunwoo will go into the army side by side\n\n"
            "SEOUL, Oct. 14 — RIVERS members Haneul and Sunwoo will enlist on November 4, then play in an army "
            "ensemble, their label said.")
    got = dated(extractor, text, date(2024, 10, 14), "ENLISTED")
    assert ("Haneul", "2024-11-04") in got
    assert ("Sunwoo", "2024-11-04") in got
    assert ("Haneul", "2024-11") not in got
    assert ("Haneul", "2024-10-14") not in got


def test_service_begun_in_a_relative_clause(extractor):
    text = ("RIVERS news\n\nBoth singers auditioned in the spring. They follow their leader "
            "Minho Kang, who began his service in the army in April; he now plays for a Navy ensemble. "
            "Jaeon Lim made the album during his compulsory service, which he began "
            "last December.")
    got = dated(extractor, text, date(2024, 10, 14), "ENLISTED")
    assert ("Minho Kang", "2024-04") in got
    assert ("Jaeon Lim", "2023-12") in got


def test_month_told_from_the_year_of_the_sentence(extractor):
    text = ("Dongwoo Seo's \"Ember Line\" came out in July 2023, several months before he and Taeil Moon "
            "began their service together in December.")
    got = dated(extractor, text, date(2025, 6, 23), "ENLISTED")
    assert ("Taeil Moon", "2023-12") in got
    assert ("Taeil Moon", "2024-12") not in got


def test_company_enlisting_a_producer_is_no_enlistment(extractor):
    text = ("Mira Solen has enlisted producer Cal Rook for her next album, which she began last December.")
    assert not dated(extractor, text, date(2024, 5, 2), "ENLISTED")


def test_list_entry_tour_date_is_not_the_titles(extractor):
    text = ("Five records for spring\n\n"
            "3. Harbor Lights – Paper Comets\nA gentle record about leaving home. Their tour begins in May.")
    got = dated(extractor, text, date(2024, 3, 12))
    assert not {d for t, d in got if t == "Paper Comets"}
