"""RELEASED_ON and ENLISTED as music news gives them: a title set off by commas between its noun, its verb
and its date; a year in an apposition after a title; list and timeline lines; people who "followed" an
enlistment. Names, titles and dates are our own; the real spaCy pipeline runs through the Extractor."""

from __future__ import annotations

from datetime import date

from extracting import kept_facts


def dated(extractor, text: str, published: date | None, relation: str = "RELEASED_ON") -> set[tuple[str, str | None]]:
    return {(f.subject, f.object) for f in kept_facts(extractor, text, published) if f.relation == relation}


def test_title_between_release_noun_and_its_verb(extractor):
    text = ("Lantern Bay are back\n\nThe album's lead single, \"Copper Bell,\" arrived in June with a video. "
            "Saxophonist Joel Varn's first studio album in six years, Quiet Engines, is out today on Delta Recordings.")
    got = dated(extractor, text, date(2023, 8, 28))
    assert ("Copper Bell", "2023-06") in got
    assert ("Quiet Engines", "2023-08-28") in got
    assert not any(subject == "Delta Recordings" for subject, _ in got)


def test_release_verb_before_the_apposed_title(extractor):
    text = ("Harbour news\n\nSeoul-born DJ Mira Tane released her debut album, Glass Orchard, on Friday via Lumen "
            "Records. The remaining members of Pale Kite finished the songs and released Slow Harbor, the band's "
            "final album, in 2019.")
    got = dated(extractor, text, date(2024, 6, 10))
    assert ("Glass Orchard", "2024-06-07") in got
    assert ("Slow Harbor", "2019") in got


def test_relative_clause_on_the_title_or_its_apposition(extractor):
    text = ("Round-up\n\nKira Vale sings on \"Fuego Lento,\" which dates back to 2022. Among the songs is the slow "
            "\"Moth Wings,\" the group's joint single with Dane Holt that came out last October. \"Paper Sun\" is "
            "the band's first single since \"Real Hearts,\" which followed \"Free Birds\" in 1996.")
    got = dated(extractor, text, date(2024, 3, 22))
    assert ("Fuego Lento", "2022") in got
    assert ("Moth Wings", "2023-10") in got
    assert ("Real Hearts", "1996") in got
    assert ("Paper Sun", "1996") not in got and ("Free Birds", "1996") not in got


def test_aside_date_is_not_negated_by_the_main_clause(extractor):
    text = ("Review\n\nIna Berg has never sounded as calm as she does on \"Slow Water,\" the singer's third "
            "album, out Friday.")
    assert ("Slow Water", "2023-11-10") in dated(extractor, text, date(2023, 11, 8))


def test_followed_by_another_release_does_not_date_the_first(extractor):
    text = "Catalogue\n\nTheir debut \"Salt Roads,\" followed in 2019 by \"Iron Tides,\" made them stars."
    assert ("Salt Roads", "2019") not in dated(extractor, text, date(2024, 1, 5))


def test_year_in_an_apposition_after_the_title(extractor):
    text = ("Fans noted that \"Zinn\" is one of the band's softest songs since \"Ohne mich,\" the 2004 ballad from "
            "the album Reise Weit. There is also a cover of \"Modem Heart,\" the 1985 slow jam by Tela Moss. "
            "Lola Mbeki became a global name when \"Dash\" — a 2022 single from her deluxe edition — passed 100 "
            "million streams.")
    got = dated(extractor, text, date(2024, 5, 3))
    assert ("Ohne mich", "2004") in got
    assert ("Reise Weit", "2004") not in got
    assert ("Modem Heart", "1985") in got
    assert ("Dash", "2022") in got


def test_list_lines_with_the_year_in_brackets(extractor):
    text = ("Seven songs that travelled\n\nHere are the songs.\n\n\"Bang-Bang-Born\" — Creepy Owls (2024)\n"
            "The duo wrote it as the opening theme of an anime.\n\n2. Wilo — \"What Is It Called?\" (2004). "
            "The godfather asks the question.")
    got = dated(extractor, text, None)
    assert ("Bang-Bang-Born", "2024") in got
    assert ("What Is It Called?", "2004") in got


def test_timeline_year_heading_dates_release_items_only(extractor):
    text = ("Rav Dhal: a timeline\n\n2020 — \"Pretexts,\" a joint single by Rav Dhal and Guri Sill, becomes a "
            "streaming hit.\n\n2024 — \"Summer Nights\" tops the charts in Canada.\n\n2025 — In February he "
            "releases the single \"New Money,\" with an actor appearing in the video.")
    got = dated(extractor, text, None)
    assert ("Pretexts", "2020") in got
    assert ("New Money", "2025-02") in got
    assert not any(subject == "Summer Nights" for subject, _ in got)


def test_earlier_in_the_month_and_series_opened_by_a_release(extractor):
    text = ("Unit news\n\nThe unit's pre-release track \"Quiet Room\" was unveiled earlier in the month with a "
            "video. The album closes the \"Name Game\" series that began with \"The Name Game: TEMPT\" in January. "
            "The tour began with \"Night Drive\" in March.")
    got = dated(extractor, text, date(2023, 7, 26))
    assert ("Quiet Room", "2023-07") in got
    assert ("The Name Game: TEMPT", "2023-01") in got
    assert not any(subject == "Night Drive" for subject, _ in got)


def test_followers_of_an_enlistment_take_their_dates_in_order(extractor):
    text = ("Service news\n\nA few months after that record, on February 27, 2018, Kwon Ji-ho enlisted for his "
            "mandatory military service; his bandmates Dong Young-bae and Kang Dae-sung followed on March 12 and "
            "March 13 of the same year.")
    got = dated(extractor, text, date(2024, 11, 1), "ENLISTED")
    assert ("Kwon Ji-ho", "2018-02-27") in got
    assert ("Dong Young-bae", "2018-03-12") in got
    assert ("Kang Dae-sung", "2018-03-13") in got
    assert ("Dong Young-bae", "2018-02-27") not in got


def test_navy_service_and_discharge_in_a_service_story(extractor):
    text = ("Members on leave\n\nThe pair will be the second pair of the group to be absent, after leader Taeho, "
            "who began his Navy service in April. Cha is not the first member to serve: Mijin, the group's main "
            "vocalist, was discharged in 2023.")
    got = dated(extractor, text, date(2024, 10, 8), "ENLISTED")
    assert ("Taeho", "2024-04") in got
    assert ("Mijin", None) in got
    assert ("Mijin", "2023") not in got


def test_year_heading_on_its_own_line_dates_the_line_below(extractor):
    text = ("Kestrel Bay: the story so far\n\nFrom a basement label to arenas, here are the moments.\n"
            "2014 — Debut\nIn June, Mara and Tove debut with \"Glass Harbour\". The single shows their voices.\n"
            "2016\n\"Paper Lanterns\" arrives in November, and its dance goes viral.\n"
            "2018 — Seasons\nTheir first title track, \"Cold Stars\", comes out in March.")
    got = dated(extractor, text, None)
    assert ("Glass Harbour", "2014-06") in got
    assert ("Paper Lanterns", "2016-11") in got
    assert ("Cold Stars", "2018-03") in got
    assert not any(value and value.startswith("2014") and subject != "Glass Harbour" for subject, value in got)


def test_that_month_and_same_year_count_from_the_year_given_before(extractor):
    text = ("Rust Orchard story\n\nRust Orchard put out Iron Meadow in 1984 and toured for two years. Bassist "
            "Dale Finch played on their album Copper Psalms, released that March, which returned to the charts later.")
    got = dated(extractor, text, date(2023, 4, 14))
    assert ("Copper Psalms", "1984-03") in got
    assert not any(value == "2023-03" for _, value in got)
    text = ("Service news\n\nNOVA member Jiho enlisted in the army in 2019. Reo followed on March 4, 2019, and "
            "Taeun joined the Marine Corps on April 15 of the same year.")
    assert ("Taeun", "2019-04-15") in dated(extractor, text, date(2021, 5, 31), "ENLISTED")
