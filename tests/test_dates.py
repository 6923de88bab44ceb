"""Release and enlistment dates: one short article of our own per rule of how
music news states (or only seems to state) a date. The real spaCy pipeline runs
through the Extractor; facts below the default confidence do not count."""

from __future__ import annotations

from datetime import date

import pytest
from extracting import kept_facts

from artistgraph.loaders.dates import anaphoric_year


def dated(extractor, text: str, relation: str, published: date | None = None) -> set[tuple[str, str | None]]:
    """(subject, date) of the kept facts of one relation."""
    return {(f.subject, f.object) for f in kept_facts(extractor, text, published) if f.relation == relation}


def released(extractor, text: str, published: date | None = None) -> set[tuple[str, str | None]]:
    return dated(extractor, text, "RELEASED_ON", published)


def enlisted(extractor, text: str, published: date | None = None) -> set[tuple[str, str | None]]:
    return dated(extractor, text, "ENLISTED", published)


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
