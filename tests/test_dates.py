"""Release and enlistment dates, and the video directors the same articles name: one
short article of our own per rule of how music news states (or only seems to state) a
date or a director. The real spaCy pipeline runs through the Extractor; facts below the
default confidence do not count."""

from __future__ import annotations

from datetime import date

import pytest
from extracting import relation_pairs

from artistgraph.loaders.dates import anaphoric_year, resolve_date


def dated(extractor, text: str, relation: str, published: date | None = None) -> set[tuple[str, str | None]]:
    """(subject, date) of the kept facts of one relation."""
    return relation_pairs(extractor, text, relation, published)


def released(extractor, text: str, published: date | None = None) -> set[tuple[str, str | None]]:
    return dated(extractor, text, "RELEASED_ON", published)


def enlisted(extractor, text: str, published: date | None = None) -> set[tuple[str, str | None]]:
    return dated(extractor, text, "ENLISTED", published)


def directors(extractor, text: str, published: date | None = None) -> set[tuple[str, str]]:
    return relation_pairs(extractor, text, "DIRECTED_BY", published)


# -- what happened on the date --------------------------------------------------

def test_chart_date_is_not_a_release_date(extractor):
    text = "Singer Mara Quill reached number one in Britain with her debut hit Tin Crown in October 2009."
    assert not {d for s, d in released(extractor, text) if s == "Tin Crown"}


def test_statement_date_is_not_a_release_date(extractor):
    text = ("Big Lantern Music said “Harbour Song” arrives on Friday. In a statement issued on Monday, "
            "the label called the song a love letter to the sea.")
    got = released(extractor, text, date(2024, 6, 12))
    assert ("Harbour Song", "2024-06-14") in got
    assert ("Harbour Song", "2024-06-10") not in got


def test_appearance_after_due_to_is_not_a_release(extractor):
    text = ("Singer Nell Varga released “Lantern Hymn” on Monday. On Friday, Nell Varga is due to appear "
            "on the talk show “Night Owls Live” as its guest, where she will sing “Lantern Hymn”.")
    got = released(extractor, text, date(2024, 6, 12))
    assert not {s for s, _ in got if s != "Lantern Hymn"}


def test_re_release_year_is_not_a_release_date(extractor):
    text = "The band's first album, Cold Meridian, was re-released in 2012 with two bonus tracks."
    assert ("Cold Meridian", "2012") not in released(extractor, text)


# -- years written around the title ---------------------------------------------

def test_possessive_year_dates_the_title(extractor):
    text = "Their breakthrough in Britain was 2014's Salt Paths, which reached number nine."
    assert ("Salt Paths", "2014") in released(extractor, text)


def test_same_year_counts_from_the_year_the_text_gave():
    assert anaphoric_year("the same year") == 0
    assert anaphoric_year("The following year") == 1
    assert anaphoric_year("a year earlier") == -1
    assert anaphoric_year("next year") is None  # counts from the publication date instead


def test_same_year_after_an_earlier_year(extractor):
    text = ("The trio scored a hit with 2011's Harbor Candles, while their album Northern Static, "
            "released in the same year, went gold.")
    got = released(extractor, text, date(2024, 5, 1))
    assert ("Northern Static", "2011") in got
    assert ("Northern Static", "2024") not in got


def test_bare_year_after_in(extractor):
    text = "Singer Rosa Vell put out Tidewater, her third album, in 2018, and she has been touring since."
    assert ("Tidewater", "2018") in released(extractor, text)


def test_release_noun_from_year(extractor):
    text = ("The duo Pale Static won a case over a sample in their song Fever Line. "
            "They used four bars of a jazz record in their track from 1994.")
    assert ("Fever Line", "1994") in released(extractor, text)


# -- descriptions and clauses that carry the date --------------------------------

def test_the_album_is_the_release_called_an_album(extractor):
    text = ("Kim Daeho, a singer in NOVA, has put out Daybreak, his first solo album, and the Paper Wings "
            "music video arrived with it. The singer's album came out today, while its lead track had "
            "been out since May 2.")
    assert ("Daybreak", "2024-05-10") in released(extractor, text, date(2024, 5, 10))


def test_the_video_is_of_the_main_release(extractor):
    text = ("By now everyone has heard Rill Tate's “Copper Sky”; nobody has missed the track. "
            "The long-awaited visuals finally arrive today.")
    assert ("Copper Sky", "2019-05-17") in released(extractor, text, date(2019, 5, 17))


def test_relative_clause_dates_its_antecedent(extractor):
    text = ("“Glass Garden” comes from “Evening Tide,” the band's upcoming album, which lands on June 14.")
    got = released(extractor, text, date(2024, 5, 1))
    assert ("Evening Tide", "2024-06-14") in got
    assert ("Glass Garden", "2024-06-14") not in got


def test_single_from_an_album_keeps_the_album_undated(extractor):
    text = ("Singer Ada Lowe said “Paper Comet” will be released on Friday as the lead single from "
            "“Open Roads,” the album she has on the way.")
    got = released(extractor, text, date(2024, 5, 1))
    assert ("Open Roads", "2024-05-03") not in got


# -- enlistment -------------------------------------------------------------------

def test_month_may_is_not_a_hedge(extractor):
    text = "The agency confirmed that singer Lee Dohyun entered the army on May 6, 2021."
    assert ("Lee Dohyun", "2021-05-06") in enlisted(extractor, text)


def test_earlier_enlistee_after_following(extractor):
    text = ("Today, JAEHA of the boy band LUMEN starts his military service; he is the second LUMEN "
            "member to begin mandatory duty, following singer MINSEO last December.")
    got = enlisted(extractor, text, date(2023, 4, 18))
    assert ("MINSEO", "2022-12") in got
    assert ("MINSEO", "2023-04-18") not in got


def test_headline_fragment_is_not_an_enlistee(extractor):
    text = ("Five Idols Who Joined the Military in 2021\n\n"
            "Singer Lee Dohyun enlisted in the army on July 22, 2021.")
    got = enlisted(extractor, text)
    assert ("Lee Dohyun", "2021-07-22") in got
    assert {s for s, _ in got} == {"Lee Dohyun"}


# -- tense of the dated clause ------------------------------------------------------

def test_past_tense_clause_keeps_the_date_in_the_past(extractor):
    # the future words belong to the other clause: July 15 was five days before publication
    text = ("Singer Nora Vale's new single “Paper Boats” was released on July 15, and her album "
            "will follow in the autumn.")
    got = released(extractor, text, date(2024, 7, 20))
    assert ("Paper Boats", "2024-07-15") in got
    assert ("Paper Boats", "2025-07-15") not in got


def test_unknown_tense_takes_the_nearest_year():
    from artistgraph.loaders.dates import resolve_date

    assert resolve_date("December 1", date(2024, 1, 10)) == "2023-12-01"
    assert resolve_date("February 2", date(2024, 1, 10)) == "2024-02-02"


def test_date_inside_another_noun_phrase_is_not_the_title(extractor):
    text = "“Paper Boats” was released on July 15, ahead of the album due next month."
    got = released(extractor, text, date(2024, 7, 20))
    assert ("Paper Boats", "2024-07-15") in got
    assert ("Paper Boats", "2024-08") not in got


# -- several titles, asides ---------------------------------------------------------

def test_titles_and_dates_pair_in_order(extractor):
    text = "Rapper Jay Corso released “Hollow” on May 2 and “Kingdom” on June 9."
    got = released(extractor, text, date(2024, 7, 1))
    assert got >= {("Hollow", "2024-05-02"), ("Kingdom", "2024-06-09")}
    assert ("Hollow", "2024-06-09") not in got


def test_followed_it_with_dates_the_new_title(extractor):
    text = "The quartet dropped “Hollow” in May 2021 and followed it with “Kingdom” in June 2022."
    got = released(extractor, text)
    assert got >= {("Hollow", "2021-05"), ("Kingdom", "2022-06")}
    assert ("Hollow", "2022-06") not in got


def test_title_follows_on_a_date(extractor):
    text = ("Nora Vale is back. “Glass Bells” follows on March 3, two weeks after her comeback "
            "single “Red Flag.”")
    got = released(extractor, text, date(2024, 2, 12))
    assert ("Glass Bells", "2024-03-03") in got
    assert ("Red Flag", "2024-03-03") not in got


def test_out_friday_aside_dates_the_title_before_it(extractor):
    # present-tense "out Friday" announces the coming Friday, not the one before
    text = "Nora Vale's new album “Hollow Moon” (out Friday via Blue Records) features twelve songs."
    assert ("Hollow Moon", "2024-02-16") in released(extractor, text, date(2024, 2, 12))


def test_album_apposition_with_a_year(extractor):
    text = ("Singer Rosa Vell put out “Tidewater”, her third album, in 2018, whereas her sister has "
            "still to put out a record of her own.")
    assert ("Tidewater", "2018") in released(extractor, text, date(2024, 8, 1))


# -- enlistment: which date, whose, and wording that implies it ---------------------

def test_completed_service_implies_enlistment_without_its_date(extractor):
    text = ("Singer Kim Doyun completed his military service on March 2, 2024, and returned to the "
            "stage with “Echo.”")
    assert enlisted(extractor, text, date(2024, 3, 10)) == {("Kim Doyun", None)}


def test_community_service_is_not_military(extractor):
    text = "Singer Kim Doyun was ordered to complete his community service before the tour."
    assert not enlisted(extractor, text, date(2024, 3, 10))


def test_discharge_date_is_not_the_enlistment_date(extractor):
    text = "Kim Doyun was discharged on June 12, 2024, having enlisted on December 13, 2022."
    assert enlisted(extractor, text, date(2024, 6, 20)) == {("Kim Doyun", "2022-12-13")}


def test_discharge_with_the_army_elsewhere_in_the_sentence(extractor):
    text = "Singer Kim Doyun was discharged on March 2 after 18 months in the army."
    assert enlisted(extractor, text, date(2024, 3, 10)) == {("Kim Doyun", None)}


def test_hospital_discharge_is_not_military(extractor):
    text = "Singer Kim Doyun was discharged from hospital on March 2 after a minor operation."
    assert not enlisted(extractor, text, date(2024, 3, 10))


def test_single_date_in_another_clause_is_not_the_enlistment_date(extractor):
    text = "Singer Kim Doyun released his single “Echo” on May 2, a week before he enlisted."
    assert enlisted(extractor, text, date(2024, 6, 1)) == {("Kim Doyun", None)}


def test_other_event_before_the_trigger_keeps_its_own_date(extractor):
    text = "Park Seojun and Lee Hana debuted in 2019; Park enlisted on June 5, 2023."
    assert ("Park Seojun", "2023-06-05") in enlisted(extractor, text)


def test_possessor_of_the_enlistment_is_the_enlistee(extractor):
    text = "Rapper Lee Hana attended singer Kim Doyun's enlistment ceremony on December 13."
    got = enlisted(extractor, text, date(2024, 12, 20))
    assert ("Kim Doyun", "2024-12-13") in got
    assert not {s for s, _ in got if s == "Lee Hana"}


@pytest.mark.parametrize("text, expected", [
    ("Dwayne Presford was drafted into the Army in March 1958.", ("Dwayne Presford", "1958-03")),
    ("Singer Ray Dorn reported for basic training on January 8, 2024.", ("Ray Dorn", "2024-01-08")),
    ("Singer Kim Doyun began his alternative service as a social service agent on March 26, 2023.",
     ("Kim Doyun", "2023-03-26")),
    ("While singer Kim Doyun serves in the army, bandmate Lee Hana released “Sunday” in May.", ("Kim Doyun", None)),
])


def test_draft_and_alternative_service_wording(extractor, text, expected):
    got = enlisted(extractor, text, date(2024, 6, 1))
    assert expected in got
    assert "Lee Hana" not in {s for s, _ in got}


def test_generic_duty_statement_names_no_enlistee(extractor):
    text = "In South Korea, all able-bodied men must serve in the military for about 18 months."
    assert not enlisted(extractor, text, date(2024, 7, 20))


def test_shared_a_song_on_a_day_releases_it(extractor):
    text = "On Friday, Nora Vale shared “Glass Bells,” the first single from her upcoming album."
    assert ("Glass Bells", "2024-02-09") in released(extractor, text, date(2024, 2, 12))


def test_due_aside_points_forward_after_a_past_verb(extractor):
    text = "Nora Vale shared “Glass Bells” on Friday, the first single from “Hollow Moon,” due May 3."
    got = released(extractor, text, date(2024, 2, 12))
    assert ("Hollow Moon", "2024-05-03") in got
    assert ("Hollow Moon", "2023-05-03") not in got


def test_date_describing_the_subject_noun_is_not_the_object(extractor):
    text = "The album, due May 3, includes “Glass Bells.”"
    assert ("Glass Bells", "2024-05-03") not in released(extractor, text, date(2024, 2, 12))


def test_bracketed_year_after_a_title(extractor):
    text = "Nora Vale's “Hollow Moon” (2019) remains her best-selling album."
    assert ("Hollow Moon", "2019") in released(extractor, text, date(2024, 2, 12))


@pytest.mark.parametrize("text,expected", [
    ('The two first met on Dara Fenn\'s 2017 mixtape "Low Roads."', ("Low Roads", "2017")),
    ('The engineer, who also worked on the band\'s 2015 breakthrough "Tin Roof," mixed the record.',
     ("Tin Roof", "2015")),
    ('The deal includes the 2012 album "Salt Flats," which still sells well.', ("Salt Flats", "2012")),
    ('Their story was told in "Pier Lights," a 2009 film directed by Ana Holt.', ("Pier Lights", "2009")),
])


def test_bare_year_before_a_release_noun(extractor, text, expected):
    assert expected in released(extractor, text)


def test_bare_year_before_a_non_release_noun_is_no_date(extractor):
    text = 'Tom Vale sang "Red Sky" during his 2019 tour of Japan.'
    assert released(extractor, text) == set()


def test_year_in_a_description_after_the_title(extractor):
    text = 'Crowds sang along to "Tin Roof," Ana Holt\'s 2016 single, all night.'
    assert ("Tin Roof", "2016") in released(extractor, text)


def test_enlistment_that_only_times_another_event_gives_that_event_no_date(extractor):
    text = "Before his enlistment, KAI of NOVA will meet fans one last time at a fan event on August 3."
    assert enlisted(extractor, text, date(2024, 7, 1)) == {("KAI", None)}


def test_entering_recruit_training_is_enlisting(extractor):
    text = "On March 4, Ryu Jin-ho entered the recruit training centre in Nonsan."
    assert ("Ryu Jin-ho", "2025-03-04") in enlisted(extractor, text, date(2025, 3, 5))


@pytest.mark.parametrize("text,expected", [
    ('Their 1971 single "Harbor Lights" sold well, and "Paper Gliders" followed in 1973.', ("Paper Gliders", "1973")),
    ('He had a comeback in 1988 with "Slow Summer," a duet with the singer Ada Marsh.', ("Slow Summer", "1988")),
    ('In 1991 she scored a hit with a cover of the Velvets\' "Blue Tuesday."', ("Blue Tuesday", "1991")),
])


def test_year_of_a_success_or_follow_up_with_a_release(extractor, text, expected):
    assert expected in released(extractor, text)


def test_return_with_a_release_on_a_date(extractor):
    text = 'On April 2, the agency said that the group VELA will return with its second EP "Night Arcade" on April 21.'
    assert ("Night Arcade", "2025-04-21") in released(extractor, text, date(2025, 4, 2))


def test_time_word_inside_a_title_is_no_date(extractor):
    text = 'His career picked up again in 1983 with "Me and You, Tonight," a duet with the singer Ada Marsh.'
    assert released(extractor, text, date(2022, 9, 14)) == {("Me and You, Tonight", "1983")}


def test_touring_with_a_release_in_a_year_is_no_release_date(extractor):
    assert released(extractor, 'She toured with "Slow Summer" in 1995.') == set()


def test_entering_a_camp_to_begin_service_dates_the_enlistment(extractor):
    text = ('KORVIN waved to the crowd outside as his enlistment began. On June 3, KORVIN entered an army training '
            'centre in Nonsan to begin his mandatory military service.')
    assert enlisted(extractor, text, date(2025, 6, 3)) == {("KORVIN", "2025-06-03")}


def test_entering_a_hotel_to_begin_promotion_is_no_enlistment(extractor):
    text = 'VANTA entered a hotel in Seoul on June 3 to begin his new album promotion.'
    assert enlisted(extractor, text, date(2025, 6, 3)) == set()


def test_earlier_enlistee_dated_in_a_who_clause(extractor):
    text = 'VANTA is the third NEXA member to enlist, after Joon, who enlisted in May 2023.'
    assert ("Joon", "2023-05") in enlisted(extractor, text, date(2025, 6, 3))


def test_out_friday_after_a_title_and_its_description(extractor):
    text = ('Mara Quill has never sounded as calm as she does on "Tin Crown," the Irish singer\'s second album, '
            'out Friday.')
    assert ("Tin Crown", "2023-11-10") in released(extractor, text, date(2023, 11, 8))


# ==================================================================================================
# RELEASED_ON and ENLISTED: wire datelines, titles that hold a release noun, "to be released on",
# list entries headed "Artist – Title", an act's possessive release in such a list, months told from
# the year the sentence gave, "in March this year", holidays, the start of a service in a relative
# clause and names joined to an enlisting member.
# ==================================================================================================

def test_dateline_and_title_noun_do_not_date_the_release(extractor):
    text = ("Velvet Harbour return with 'The Anthem Years'\n\n"
            "PARIS, 3 March 2024 — Velvet Harbour today announce The Anthem Years, their third album, to be "
            "released on 21 June 2024 via Orbit Records.")
    got = released(extractor, text, date(2024, 3, 3))
    assert ("The Anthem Years", "2024-06-21") in got
    assert ("The Anthem Years", "2024-03-03") not in got


def test_list_entry_dates_its_heading_title(extractor):
    text = ("The five best albums of 2023\n\nHere are the records we loved.\n\n"
            "2. Harbor Lights – Paper Comets\nA gentle, patient record about leaving home. Released in April.\n\n"
            "1. Maren Doyle – Copper Weather\nIt came out on Valentine's Day and is full of bagpipes and strings.")
    got = released(extractor, text, date(2023, 12, 12))
    assert ("Paper Comets", "2023-04") in got
    assert ("Copper Weather", "2023-02-14") in got


def test_acts_possessive_release_is_the_one_the_list_gives_it(extractor):
    text = ("Tidewater Prize shortlist announced\n\nThe shortlist:\n"
            "• Grey Orchard – Winter Maps\n• Lumen Vale – Quiet Engines\n\n"
            "Grey Orchard's debut, led by singer Ana Pell, was released in April. Lumen Vale's album came out in "
            "February.")
    got = released(extractor, text, date(2024, 7, 24))
    assert ("Winter Maps", "2024-04") in got
    assert ("Quiet Engines", "2024-02") in got
    assert ("Quiet Engines", "2024-04") not in got


def test_month_with_this_year_and_a_bare_participle(extractor):
    text = ("Solo round-up\n\nKestrel released the single \"Lantern Hymn\" in March this year. The most-played "
            "song was Dara Vey's \"Cinder Road\", released in April, ahead of \"Pale Harbour\" by Tomas Reyne.")
    got = released(extractor, text, date(2024, 12, 5))
    assert ("Lantern Hymn", "2024-03") in got
    assert ("Cinder Road", "2024-04") in got


def test_writing_and_fan_meeting_dates_are_not_release_dates(extractor):
    text = ("Orchid Lane wrote \"Velvet Mile\" in 1971; the band released it in January 1972. "
            "Singer Yerin Cho put out \"Azure Clock\", her first single in Japan, on Friday, before a pair of fan "
            "meetings at the Kobe Arena on June 26 and 27.")
    got = released(extractor, text, date(2024, 6, 24))
    assert ("Velvet Mile", "1971") not in got
    assert ("Velvet Mile", "1972-01") in got
    assert not {d for t, d in got if t == "Azure Clock" and d.endswith("-26")}


def test_joined_member_and_one_date_per_person(extractor):
    text = ("Label says RIVERS' Haneul and Sunwoo will go into the army side by side\n\n"
            "SEOUL, Oct. 14 — RIVERS members Haneul and Sunwoo will enlist on November 4, then play in an army "
            "ensemble, their label said.")
    got = enlisted(extractor, text, date(2024, 10, 14))
    assert ("Haneul", "2024-11-04") in got
    assert ("Sunwoo", "2024-11-04") in got
    assert ("Haneul", "2024-11") not in got
    assert ("Haneul", "2024-10-14") not in got


def test_service_begun_in_a_relative_clause(extractor):
    text = ("RIVERS news\n\nBoth singers auditioned in the spring. They follow their leader "
            "Minho Kang, who began his service in the army in April; he now plays for a Navy ensemble. "
            "Jaeon Lim made the album during his compulsory service, which he began "
            "last December.")
    got = enlisted(extractor, text, date(2024, 10, 14))
    assert ("Minho Kang", "2024-04") in got
    assert ("Jaeon Lim", "2023-12") in got


def test_month_told_from_the_year_of_the_sentence(extractor):
    text = ("Dongwoo Seo's \"Ember Line\" came out in July 2023, several months before he and Taeil Moon "
            "began their service together in December.")
    got = enlisted(extractor, text, date(2025, 6, 23))
    assert ("Taeil Moon", "2023-12") in got
    assert ("Taeil Moon", "2024-12") not in got


def test_company_enlisting_a_producer_is_no_enlistment(extractor):
    text = ("Mira Solen has enlisted producer Cal Rook for her next album, which she began last December.")
    assert not enlisted(extractor, text, date(2024, 5, 2))


def test_list_entry_tour_date_is_not_the_titles(extractor):
    text = ("Five records for spring\n\n"
            "3. Harbor Lights – Paper Comets\nA gentle record about leaving home. Their tour begins in May.")
    got = released(extractor, text, date(2024, 3, 12))
    assert not {d for t, d in got if t == "Paper Comets"}


# ==================================================================================================
# Release dates and directors: one short text of our own per rule (untyped titles after "YEAR
# album,", timeline lines, "out now", appositions released today, festival premieres; "its video", a
# roundup's section heading, "the film", "a short by director X").
# ==================================================================================================

# -- release dates ------------------------------------------------------------------

def test_year_album_apposition_types_an_untyped_title(extractor):
    text = "Her 2017 album, Marrow Weather, sold poorly but found a cult audience in Leeds."
    assert ("Marrow Weather", "2017") in released(extractor, text)


def test_year_without_release_noun_dates_nothing(extractor):
    text = "Her 2017 tour, Marrow Weather, sold out in a week."
    assert not {d for d in released(extractor, text) if d[1] == "2017"}


def test_timeline_line_dates_the_release_on_it(extractor):
    text = ("QUILLFOX: every release so far\n"
            "May 2022 – First EP “Paper Gliders.”\n"
            "September 9, 2023 – Second single “Gravel Moon.”\n")
    got = released(extractor, text)
    assert ("Paper Gliders", "2022-05") in got
    assert ("Gravel Moon", "2023-09-09") in got


def test_timeline_line_of_a_teaser_or_tour_dates_nothing(extractor):
    text = ("QUILLFOX schedule\n"
            "May 3, 2024 – “Gravel Moon” MV teaser\n"
            "June 2024 – World tour “Lantern Road” opens in Lisbon.\n")
    assert released(extractor, text) == set()


def test_out_now_is_the_publication_day(extractor):
    text = "Lead single “Tin Harbour” is out now, and the album follows in the spring."
    assert ("Tin Harbour", "2025-03-14") in released(extractor, text, date(2025, 3, 14))


def test_out_now_without_publication_date_dates_nothing(extractor):
    text = "Lead single “Tin Harbour” is out now, and the album follows in the spring."
    assert released(extractor, text) == set()


def test_apposition_released_today(extractor):
    text = "Singer Noor Fasel has shared “Salt Garden,” a breezy synth-pop number released today via Kite Records."
    assert ("Salt Garden", "2025-05-02") in released(extractor, text, date(2025, 5, 2))


def test_festival_premiere_is_no_release_date(extractor):
    text = ("The band's documentary, “Night Ferry,” will be first screened at the Harbourside Film "
            "Festival next month.")
    assert released(extractor, text, date(2025, 5, 2)) == set()


# -- directors ------------------------------------------------------------------------

def test_its_video_is_the_release_named_before(extractor):
    text = ("The title track “Tidewater” has a verse from rapper Kenzo Ray, and its music video was shot by "
            "director Mirela Dusk.")
    assert ("Tidewater", "Mirela Dusk") in directors(extractor, text)


def test_roundup_heading_names_the_video(extractor):
    text = ("Clips of the week\n\n"
            "Harlow Pike – “Cinder Bloom”\n"
            "The singer's moody comeback video, helmed by Ossian Vale, is all candlelight and smoke.\n\n"
            "Gretel Moss – “Pebble Road”\n"
            "A lovely, simple performance piece shot in one take.\n")
    got = directors(extractor, text)
    assert ("Cinder Bloom", "Ossian Vale") in got
    assert ("Pebble Road", "Ossian Vale") not in got


def test_the_film_is_the_documentary_named_before(extractor):
    text = ("The band’s long-awaited documentary, “Cold Static Summer,” opens in cinemas on June 6. "
            "Directed by Halla Brenner, who followed the group for a decade, the 90-minute film mixes tour "
            "footage with interviews.")
    assert ("Cold Static Summer", "Halla Brenner") in directors(extractor, text, date(2025, 5, 2))


def test_short_by_director_under_a_heading(extractor):
    text = ("Best videos this week\n\n"
            "The Paper Moths – “Lint”\n"
            "The band cast a puppeteer as a lonely launderette owner in this wry short by director Ines Torv.\n")
    assert ("Lint", "Ines Torv") in directors(extractor, text)


def test_short_by_director_without_a_video_in_sight(extractor):
    text = "Ines Torv talked about her career. A short by director Ines Torv won a prize in Oslo."
    assert directors(extractor, text) == set()


def test_directed_this_one_himself_under_a_heading(extractor):
    text = ("New clips\n\n"
            "Rafa Quintero feat. Lola Brisa – “Gato Negro”\n"
            "Quintero directed this one himself, on a borrowed camera in his aunt's kitchen.\n")
    assert ("Gato Negro", "Rafa Quintero") in directors(extractor, text)


# -- enlistment ------------------------------------------------------------------------


def test_speaker_who_says_he_plans_to_enlist(extractor):
    text = ("VERTEX member Dohwan will enlist on March 4. Jisung told a radio host he plans "
            "to enlist once the group's arena tour wraps up this autumn.")
    got = enlisted(extractor, text, date(2026, 2, 1))
    assert ("Jisung", None) in got
    assert ("Dohwan", "2026-03-04") in got


def test_currently_serving_members(extractor):
    text = ("Minseo is the first member of VERTEX to be discharged from the military. Fellow members Hyunjae "
            "and Taeyul are currently serving, and the rest of the group should enlist next year.")
    got = enlisted(extractor, text, date(2026, 2, 1))
    assert ("Hyunjae", None) in got and ("Taeyul", None) in got
    assert not {fact for fact in got if fact[1] == "2027"}  # "the remaining members" names nobody


def test_currently_serving_outside_the_military(extractor):
    text = "Former VERTEX manager Hyunjae is currently serving as a judge on a talent show."
    assert enlisted(extractor, text, date(2026, 2, 1)) == set()


def test_title_lands_on_date_whatever_the_parse(extractor):
    text = ("Singer Ada Kell and drummer Rob Tey have formed a new band, The Lamplighters, and their debut "
            "single 'Brass Kite' lands on January 9.")
    got = released(extractor, text, date(2025, 12, 30))
    assert ("Brass Kite", "2026-01-09") in got
    assert not {fact for fact in got if fact[1] == "2025-01-09"}


def test_title_dropped_friday_looks_back(extractor):
    text = "Her new single “Copper Bell” dropped Friday, and fans loved it."
    assert ("Copper Bell", "2025-12-26") in released(extractor, text, date(2025, 12, 30))


def test_title_topped_the_chart_on_a_date_is_no_release(extractor):
    text = "Her single “Copper Bell” topped the chart on Friday."
    assert released(extractor, text, date(2025, 12, 30)) == set()


def test_title_then_the_bands_year_single(extractor):
    text = "The set list included ‘Morning Wire’, the band’s 2011 debut single, and two new songs."
    assert ("Morning Wire", "2011") in released(extractor, text)


def test_solo_debut_with_a_release_on_a_date(extractor):
    text = "The agency confirmed that Jaeon will make his solo debut with the mini album “Neon Ferry” on May 20."
    assert ("Neon Ferry", "2026-05-20") in released(extractor, text, date(2026, 5, 2))


def test_debut_with_a_band_dates_nothing(extractor):
    text = "She made her debut with the band Copper Coils in 2019."
    assert released(extractor, text) == set()


# ==================================================================================================
# Release dates and video directors: roundups dated by their intro line, relative days ("three weeks
# ago", "at midnight", "on the 28th"), a year that describes a quoted title, and the credit lines of
# a video roundup.
# ==================================================================================================

PUBLISHED = date(2025, 6, 13)  # a Friday


# -- date phrases ------------------------------------------------------------------

def test_relative_phrases_resolve_to_a_day():
    assert resolve_date("three weeks ago", PUBLISHED) == "2025-05-23"
    assert resolve_date("two weeks later", PUBLISHED) is None  # counted from some other event
    assert resolve_date("at midnight", PUBLISHED, future=False) == "2025-06-13"
    assert resolve_date("on the 28th", PUBLISHED, future=True) == "2025-06-28"
    assert resolve_date("the 2nd", PUBLISHED, future=True) == "2025-07-02"
    assert resolve_date("on the 20th", PUBLISHED, future=False) == "2025-05-20"
    assert anaphoric_year("that same year") == 0


# -- roundups ----------------------------------------------------------------------

ROUNDUP = """Five Tracks for Your Weekend

Our inbox is full again. All of these tracks came out today unless we say otherwise.

1. Mara Vell – "Copper Orchard"
Mara Vell builds a whole orchestra out of kitchen pans.

2. The Tin Kites – "Rooftop Semaphore"
Jangly and bright. Out since Tuesday, and still on repeat.

3. Dusk Parade – "Lantern Teeth"
A slow burner that isn't out yet: the band played it live for us."""


def test_roundup_intro_dates_each_entry(extractor):
    facts = released(extractor, ROUNDUP, PUBLISHED)
    assert ("Copper Orchard", "2025-06-13") in facts
    assert ("Rooftop Semaphore", "2025-06-10") in facts  # its own day
    assert not any(title == "Lantern Teeth" for title, _ in facts)  # not out yet


def test_roundup_without_intro_line_dates_nothing(extractor):
    text = ROUNDUP.replace("All of these tracks came out today unless we say otherwise.", "Enjoy them.")
    facts = released(extractor, text, PUBLISHED)
    assert not any(title in {"Copper Orchard", "Rooftop Semaphore"} for title, _ in facts)


# -- relative days -----------------------------------------------------------------

def test_hit_streaming_weeks_ago(extractor):
    text = ('Rapper Dell Quince is in fine form on the lead single "Glass Stairwell," which hit streaming '
            'three weeks ago.')
    assert ("Glass Stairwell", "2025-05-23") in released(extractor, text, PUBLISHED)


def test_dropped_at_midnight(extractor):
    text = "The duo Wren Ashby and Cal Mott dropped their third album, Salt Lamp Choir, at midnight."
    assert ("Salt Lamp Choir", "2025-06-13") in released(extractor, text, PUBLISHED)


def test_that_same_year_counts_from_the_year_before(extractor):
    text = ("In 2011, Pia Lorn and Ned Skelly met at art school. They called themselves Velvet Kettle, put out one "
            "EP, Harbour Moths, that same year, and split soon after.")
    assert ("Harbour Moths", "2011") in released(extractor, text, PUBLISHED)


def test_a_noun_titled_gets_the_clause_date(extractor):
    text = 'To thank his fans, Jiwon will release a fan song titled "Paper Crane Letter" in August.'
    assert ("Paper Crane Letter", "2025-08") in released(extractor, text, PUBLISHED)


# -- a year describing a title ---------------------------------------------------------

def test_year_and_genre_words_before_a_quoted_title(extractor):
    text = ('The encore was a cover of the Lemon Arcade\'s 2008 synth-pop staple "Night Bus Halo", '
            'slowed to a crawl.')
    assert ("Night Bus Halo", "2008") in released(extractor, text, PUBLISHED)


def test_title_then_the_year_and_one_noun(extractor):
    text = ('Corvo also revisits "Lua Quebrada," the 1971 morna first recorded by Dina Prates, '
            'and makes it her own.')
    assert ("Lua Quebrada", "1971") in released(extractor, text, PUBLISHED)


def test_year_of_a_tour_is_no_release_date(extractor):
    text = 'Corvo also revisits "Lua Quebrada," the 2019 tour closer, and makes it her own.'
    assert not any(title == "Lua Quebrada" for title, _ in released(extractor, text, PUBLISHED))


# -- directors in roundups ---------------------------------------------------------------

VIDEOS = """The Best Videos of the Week

Harlow Finch – "Tin Can Sermon"
Dir. Oona Klemp. A choir of mannequins in an empty car park.

Junebug Static – "Velvet Alarm"
From director Teodor Vass comes a one-take dance through a closed bowling alley.

Lil Sprocket – "Neon Hopscotch"
The rapper co-directed the clip with Dutch filmmaker Anouk Brenner, and it glows."""


def test_roundup_credit_lines_name_the_entry_director(extractor):
    facts = directors(extractor, VIDEOS, PUBLISHED)
    assert ("Tin Can Sermon", "Oona Klemp") in facts
    assert ("Velvet Alarm", "Teodor Vass") in facts
    assert ("Neon Hopscotch", "Anouk Brenner") in facts


def test_credit_line_without_heading_names_no_video(extractor):
    text = "We loved the new records this week. Dir. Oona Klemp was on the jury of the film festival."
    assert directors(extractor, text, PUBLISHED) == set()


def test_listing_line_with_bracketed_director(extractor):
    text = 'New clips\n\n"Marble Choir" – Pell Dorrit (dir. Sanne Hoek)\nA slow zoom through a flooded library.'
    assert ("Marble Choir", "Sanne Hoek") in directors(extractor, text, PUBLISHED)


# -- an apposition with its own release clause ----------------------------------------

def test_apposed_noun_with_contact_release_clause(extractor):
    text = '"Tin Umbrella," a scratchy B-side the pair released in 2013, took off after a dance clip.'
    assert ("Tin Umbrella", "2013") in released(extractor, text, PUBLISHED)


def test_apposed_recording_date_is_no_release_date(extractor):
    text = '"Tin Umbrella," a scratchy B-side the pair recorded in 2013, took off after a dance clip.'
    assert not any(title == "Tin Umbrella" for title, _ in released(extractor, text, PUBLISHED))


def test_date_of_a_report_is_no_release_date(extractor):
    text = ("According to agency Bluefern Entertainment on the 9th, girl group LUMEN7 will release its first full "
            "album 'Night Signal' on the 27th.")
    facts = released(extractor, text, PUBLISHED)
    assert ("Night Signal", "2025-06-27") in facts
    assert ("Night Signal", "2025-06-09") not in facts


# -- released together with the album ----------------------------------------------------

def test_title_track_released_with_the_album_takes_its_date(extractor):
    text = ("Girl group LUMEN7 will return with their second mini album 'Night Signal' on June 27. "
            "The lead song 'Glass Comet' and its video will drop simultaneously with the album.")
    assert ("Glass Comet", "2025-06-27") in released(extractor, text, PUBLISHED)


def test_released_before_the_album_takes_no_album_date(extractor):
    text = ("Girl group LUMEN7 will return with their second mini album 'Night Signal' on June 27. "
            "The title track 'Glass Comet' will be released a week before the album.")
    assert ("Glass Comet", "2025-06-27") not in released(extractor, text, PUBLISHED)


# -- a release shared with a video ---------------------------------------------------------

def test_release_shared_alongside_a_video_directed_by(extractor):
    text = ('The duo have shared lead single "Weir Lantern," a slow, fiddle-led murder ballad, alongside an '
            'official video directed by Hester Quayle.')
    assert ("Weir Lantern", "Hester Quayle") in directors(extractor, text, PUBLISHED)


def test_video_of_another_release_between(extractor):
    text = ('The duo have shared "Weir Lantern," a cousin of their 2019 song "Mill Race," alongside an '
            'official video directed by Hester Quayle.')
    assert ("Weir Lantern", "Hester Quayle") not in directors(extractor, text, PUBLISHED)


# --- years counted from the text's own last year, anniversaries, a day NER read as a time ---

def test_years_later_count_from_the_year_the_text_told_last():
    assert anaphoric_year("two years later") == 2
    assert anaphoric_year("Three years after that") == 3
    assert anaphoric_year("a decade later") == 10
    assert anaphoric_year("four years earlier") == -4
    assert anaphoric_year("later the same year") == 0
    assert anaphoric_year("earlier that year") == 0
    assert anaphoric_year("two years ago") is None  # counted from publication instead


def test_years_ago_today_is_the_same_day_years_back():
    assert resolve_date("Five years ago today", date(2025, 6, 3)) == "2020-06-03"
    assert resolve_date("a year ago today", date(2024, 2, 29)) == "2023-02-28"
    assert resolve_date("today", date(2025, 6, 3)) == "2025-06-03"


@pytest.mark.parametrize("text, expected", [
    ("Corvid Lane put out “Salt Hours” in 2016. Two years later came “Iron Bloom”, their loudest single.",
     ("Iron Bloom", "2018")),
    ("The trio's first album, Dust Map, came out in 2011. Their second EP, Hollow Reed, arrived later the same year.",
     ("Hollow Reed", "2011")),
    ("Mina Vale released “Paper Owl” in 2003, and she returned three years later with the album Quiet Engine.",
     ("Quiet Engine", "2006")),
])
def test_years_later_dates_a_release_from_the_earlier_year(extractor, text, expected):
    assert expected in released(extractor, text, date(2025, 5, 1))


def test_years_later_without_an_earlier_year_gives_no_date(extractor):
    got = released(extractor, "Two years later came “Iron Bloom”, their loudest single.", date(2025, 5, 1))
    assert not any(subject == "Iron Bloom" for subject, _ in got)


@pytest.mark.parametrize("text", [
    "Velvet Arcade released their summer single 'Sun Tan Lines' today at 6 PM KST, along with its video.",
    "The quartet dropped their album, Hours of Glass, today at 6 p.m. local time.",
])
def test_today_before_a_clock_time_is_the_publication_day(extractor, text):
    got = released(extractor, text, date(2024, 7, 1))
    assert any(obj == "2024-07-01" for _, obj in got), got
    assert not any(obj == "2024-07" for _, obj in got)
