"""Featured artists, collaborations and directors: one short text of our own per
rule of how music news states (or only seems to state) these relations. The real
spaCy pipeline runs through the Extractor; facts below the default confidence do
not count."""

from __future__ import annotations

import pytest
from extracting import kept_facts


def facts(extractor, text: str, relation: str) -> set[tuple[str, str]]:
    """(subject, object) of the kept facts of one relation; symmetric ones sorted."""
    return {tuple(sorted((f.subject, f.object))) if relation == "COLLABORATED_WITH" else (f.subject, f.object)
            for f in kept_facts(extractor, text) if f.relation == relation}


def collabs(extractor, text: str) -> set[tuple[str, str]]:
    return facts(extractor, text, "COLLABORATED_WITH")


def features(extractor, text: str) -> set[tuple[str, str]]:
    return facts(extractor, text, "FEATURES")


def directors(extractor, text: str) -> set[tuple[str, str]]:
    return facts(extractor, text, "DIRECTED_BY")


# -- collaborations ---------------------------------------------------------------

def test_duet_in_a_relative_clause(extractor):
    text = "Singer Tom Hale, who performed a duet with Rosa Vint, won the night's top prize."
    assert ("Rosa Vint", "Tom Hale") in collabs(extractor, text)


def test_possessive_collaborator(extractor):
    text = "Most of the record was produced by Ivy Marsh, Leon Pike's former collaborator, in Berlin."
    assert ("Ivy Marsh", "Leon Pike") in collabs(extractor, text)


def test_joint_tour_is_a_collaboration(extractor):
    text = "Garnet Hill are to go on tour next spring with singer Dara Fenn."
    assert ("Dara Fenn", "Garnet Hill") in collabs(extractor, text)


def test_support_act_is_not_a_collaboration(extractor):
    text = "Dara Fenn will tour with Garnet Hill in March as their support act."
    assert not collabs(extractor, text)


def test_song_made_together_with(extractor):
    text = 'The Pale Birds have released "Winter Arc", the song they made together with rapper Kito Banks.'
    assert ("Kito Banks", "Pale Birds") in collabs(extractor, text)


def test_group_that_only_names_the_member_is_not_a_partner(extractor):
    text = "Rapper Kito Banks is teaming up with NOVA VERA's Seo-yun for a new single."
    got = collabs(extractor, text)
    assert ("Kito Banks", "Seo-yun") in got
    assert not any("NOVA VERA" in pair for pair in got)


def test_name_inside_a_clause_after_with_is_not_a_partner(extractor):
    text = "Rapper Kito Banks is teaming up with singer Dara Fenn, who replaced Rob Keane in the band."
    got = collabs(extractor, text)
    assert ("Dara Fenn", "Kito Banks") in got
    assert not any("Rob Keane" in pair for pair in got)


def test_feature_implies_collaboration_with_the_sentence_primary(extractor):
    text = 'Tia Rowe\'s biggest wins of the night were for best dance recording for "Lanterns", featuring Obi Hart.'
    assert ("Lanterns", "Obi Hart") in features(extractor, text)
    assert ("Obi Hart", "Tia Rowe") in collabs(extractor, text)


# -- featured artists in prose ------------------------------------------------------

def test_the_track_features_singer(extractor):
    text = 'Milo Fenn released "Rust Belt Hymn" on April 5. The track features singer Carys Bell on the chorus.'
    assert ("Rust Belt Hymn", "Carys Bell") in features(extractor, text)
    assert ("Carys Bell", "Milo Fenn") in collabs(extractor, text)


def test_title_features_role_and_name(extractor):
    text = 'Rapper Kato Reyes is back. His new single, "Heat Index", features singer Ahn Mi-rae.'
    assert ("Heat Index", "Ahn Mi-rae") in features(extractor, text)


def test_guests_on_another_artists_song(extractor):
    text = 'Rapper Nico Vega guests on singer Hollis Bay\'s song "Open Water".'
    assert ("Open Water", "Nico Vega") in features(extractor, text)
    assert ("Hollis Bay", "Nico Vega") in collabs(extractor, text)


def test_guest_verse_from(extractor):
    text = 'Pia Hart\'s "Low Sun" arrives Friday with a guest verse from rapper Dex Moon.'
    assert ("Low Sun", "Dex Moon") in features(extractor, text)


def test_actor_in_the_video_is_not_featured(extractor):
    text = 'Actor Tom Reyes appears in the video for "Satellite Love".'
    assert not features(extractor, text)


def test_singing_on_a_track_with_no_other_artist_is_not_a_feature(extractor):
    text = 'Nora Lind wrote "Glass Age" in a week, and Nora Lind sings on the track with a choir.'
    assert not features(extractor, text)


def test_featuring_on_a_tv_show_is_not_a_release(extractor):
    text = 'Singer Ola Brandt released "Pale Fire" on Monday. Next week she will feature on the programme once more.'
    assert not features(extractor, text)


def test_producer_credit_is_not_a_feature(extractor):
    text = 'Singer Ola Brandt released "Pale Fire", produced by Dex Moon, on Monday.'
    assert not features(extractor, text)


# -- directors ----------------------------------------------------------------------

def test_self_directed_video(extractor):
    text = 'Singer Tess Vale released "Halo Line" on Friday. She directed the video herself.'
    assert ("Halo Line", "Tess Vale") in directors(extractor, text)


def test_photographer_is_not_a_director(extractor):
    text = 'The cover of "Night Swim" was shot by photographer Ana Lima.'
    assert not directors(extractor, text)


def test_film_named_after_its_director(extractor):
    text = "The band's story was told in the Sam Ortega film Broken Amps, in which the singer was played by an actor."
    assert ("Broken Amps", "Sam Ortega") in directors(extractor, text)


def test_video_of_a_song_not_of_the_album(extractor):
    text = ('Nell Varga released "Indigo Hour" this week. It comes from Salt Paths, the album she has out in May. '
            'The crew filmed the Rui Costa-directed video in Lisbon.')
    got = directors(extractor, text)
    assert ("Indigo Hour", "Rui Costa") in got
    assert ("Salt Paths", "Rui Costa") not in got


# -- round 2: phrasings of unseen news -----------------------------------------------

def test_recruited_artist_for_a_single(extractor):
    text = 'Country star Wade Hollins tapped pop singer Tessa Lane for "Dust Road", a duet from his upcoming album.'
    assert ("Tessa Lane", "Wade Hollins") in collabs(extractor, text)
    assert ("Dust Road", "Tessa Lane") in features(extractor, text)


def test_recruited_list_for_a_remix(extractor):
    text = 'Carla Reyes called on Marcus Webb and Dana Price for the remix of "Wildfire".'
    assert {("Carla Reyes", "Marcus Webb"), ("Carla Reyes", "Dana Price")} <= collabs(extractor, text)
    assert ("Dana Price", "Marcus Webb") not in collabs(extractor, text)
    assert {("Wildfire", "Marcus Webb"), ("Wildfire", "Dana Price")} <= features(extractor, text)


def test_recruited_producer_is_no_feature(extractor):
    text = 'Carla Reyes tapped producer Max Feld for her new single "Wildfire".'
    assert not features(extractor, text)
    assert not collabs(extractor, text)


def test_recruited_for_the_video_is_no_feature(extractor):
    text = 'Carla Reyes recruited actor Tom Reyes for the "Wildfire" video.'
    assert not features(extractor, text)


def test_pair_reunites_and_joins_forces(extractor):
    assert ("Ella Kray", "Tomas Reid") in collabs(
        extractor, 'Ella Kray and Tomas Reid reunite on "Paper Comets", their first song together in years.')
    assert ("Carla Reyes", "Marcus Webb") in collabs(
        extractor, 'Carla Reyes and Marcus Webb join forces on the new single "Wildfire".')


def test_teams_with_and_trades_verses(extractor):
    assert ("Ava Stone", "Quell") in collabs(extractor, 'Singer Ava Stone teams with rapper Quell on "Night Drive".')
    assert ("Carla Reyes", "Marcus Webb") in collabs(
        extractor, 'On "Wildfire", Carla Reyes trades verses with rapper Marcus Webb.')


def test_collaboration_between_and_joint_single(extractor):
    assert ("Drey Marks", "Nina Sol") in collabs(
        extractor, 'The collaboration between Nina Sol and Drey Marks, titled "Overpass", arrives next week.')
    assert ("Ella Kray", "Tomas Reid") in collabs(
        extractor, "Ella Kray and Tomas Reid have released a joint single on Friday.")


def test_joined_by_on_a_release(extractor):
    text = 'Carla Reyes is joined by Marcus Webb on "Wildfire".'
    assert ("Wildfire", "Marcus Webb") in features(extractor, text)
    assert ("Carla Reyes", "Marcus Webb") in collabs(extractor, text)


def test_joined_on_stage_is_not_a_collaboration(extractor):
    assert not collabs(extractor, "Carla Reyes was joined by Marcus Webb on stage at the Apollo.")


def test_dash_credit_line(extractor):
    text = 'Sora Lee, Jin Woo & Mia Chan – "Drifting Leaves" topped the chart this week.'
    got = collabs(extractor, text)
    assert {("Jin Woo", "Sora Lee"), ("Mia Chan", "Sora Lee"), ("Jin Woo", "Mia Chan")} <= got
    text = 'Carla Reyes feat. Marcus Webb – "Wildfire" (Official Video)'
    assert ("Wildfire", "Marcus Webb") in features(extractor, text)
    assert ("Carla Reyes", "Marcus Webb") in collabs(extractor, text)


def test_guest_appearances_list(extractor):
    text = ('Carla Reyes released "Wildfire" on Friday. The album includes guest appearances from Marcus Webb, '
            'Dana Price and singer Rae Dunn.')
    got = features(extractor, text)
    assert {("Wildfire", "Marcus Webb"), ("Wildfire", "Dana Price"), ("Wildfire", "Rae Dunn")} <= got
    assert ("Dana Price", "Marcus Webb") not in collabs(extractor, text)


def test_shared_bills_and_covers_are_not_collaborations(extractor):
    for text in ["Carla Reyes and The Hollow Pines are both on the bill at Riverside Festival in July.",
                 "Carla Reyes and Dex Monroe are nominated for best female and best male artist.",
                 "Carla Reyes will open for Dex Monroe on his North American tour.",
                 'Carla Reyes covered Ben Ortega\'s "Silver Line" during her set on Saturday.',
                 'The track samples Ben Ortega\'s 1998 hit "Silver Line".',
                 "Carla Reyes shared the stage with Dex Monroe at Madison Square Garden.",
                 "The single was written by Carla Reyes and Ben Ortega and produced by Max Feld."]:
        assert not collabs(extractor, text), text


# -- round 2: directors -------------------------------------------------------------

def test_which_directed(extractor):
    text = 'Dion Carter\'s video for "Heatwave", which Sasha Levin directed, premiered on Tuesday.'
    assert ("Heatwave", "Sasha Levin") in directors(extractor, text)


def test_director_relative_clause_and_main_verb(extractor):
    text = ('Director Sasha Levin, who previously directed Dion Carter\'s "Ember" video, helmed the '
            '"Heatwave" clip.')
    assert {("Ember", "Sasha Levin"), ("Heatwave", "Sasha Levin")} <= directors(extractor, text)


def test_director_behind_and_dir_credit(extractor):
    assert ("Heatwave", "Sasha Levin") in directors(
        extractor, 'Sasha Levin, the director behind Dion Carter\'s "Heatwave" video, spoke to us this week.')
    assert ("Heatwave", "Sasha Levin") in directors(
        extractor, 'The "Heatwave" music video (dir. Sasha Levin) premiered on YouTube.')
    assert ("Heatwave", "Sasha Levin") in directors(
        extractor, 'Dion Carter\'s new single "Heatwave" arrived with a video by director Sasha Levin.')


def test_director_named_for_the_video(extractor):
    text = 'Dion Carter teamed up with director Sasha Levin for the "Heatwave" video.'
    assert ("Heatwave", "Sasha Levin") in directors(extractor, text)
    assert not collabs(extractor, text)


def test_directed_it_after_the_video(extractor):
    text = 'Dion Carter released the music video for "Heatwave" on Monday. Sasha Levin directed it.'
    assert ("Heatwave", "Sasha Levin") in directors(extractor, text)


def test_fronted_directed_by_before_the_clip(extractor):
    text = 'Directed by Sasha Levin, the video for "Heatwave" was filmed in Seoul.'
    assert ("Heatwave", "Sasha Levin") in directors(extractor, text)


def test_director_of_an_album_cover_is_not_a_director(extractor):
    text = 'Sasha Levin, the photographer behind the cover of "Heatwave", spoke to us this week.'
    assert not directors(extractor, text)


@pytest.mark.parametrize("text,expected", [
    ('"Paper Boats" by rapper Tom Vale featuring singer Ana Ruiz rose to No. 5 this week.',
     {("Paper Boats", "Ana Ruiz")}),
    ('The label opens with "Low Tide," a bilingual single featuring Austin singer Kito Banks, due in May.',
     {("Low Tide", "Kito Banks")}),
    ('Fans first heard them on "Salt Road," Ruiz\'s 2019 single featuring Kito Banks and Dara Fenn.',
     {("Salt Road", "Kito Banks"), ("Salt Road", "Dara Fenn")}),
])
def test_featuring_after_the_titles_artist_or_description(extractor, text, expected):
    assert expected <= features(extractor, text)


def test_featuring_after_another_clause_is_no_credit(extractor):
    text = 'Jo Dunne played "Red Sky", and Tom Vale featuring Ana Ruiz closed the night.'
    assert ("Red Sky", "Ana Ruiz") not in features(extractor, text)


def test_featuring_list_stops_at_a_date(extractor):
    text = 'The first release is "Low Tide," a single featuring singer Kito Banks, due Oct. 18.'
    assert features(extractor, text) == {("Low Tide", "Kito Banks")}


@pytest.mark.parametrize("text", [
    'Pale Harbor put out two singles in 2023. The band\'s earlier clips, for "Copper Tide" and "Low Lanterns," '
    'were both directed by Ruth Okafor.',
    'Ruth Okafor has worked with Pale Harbor since 2019, directing the clips for its singles "Copper Tide" '
    'and "Low Lanterns."',
])
def test_one_director_for_several_listed_videos(extractor, text):
    assert {("Copper Tide", "Ruth Okafor"), ("Low Lanterns", "Ruth Okafor")} <= directors(extractor, text)


def test_a_director_who_worked_with_an_artist_is_no_collaborator(extractor):
    text = ('The single arrives with a video directed by Gabriel Molina. Medina has worked with Tito Vera '
            'since 2021.')
    assert collabs(extractor, text) == set()


def test_title_with_an_artist_on_a_part_is_a_feature(extractor):
    text = ('Mara Quill released her album "Tin Crown" in May. The record\'s high point is "Glass Hour," '
            'with Teo Brandt on the second verse.')
    assert ("Glass Hour", "Teo Brandt") in features(extractor, text)


def test_title_with_a_bare_singer_after_a_comma_is_no_feature(extractor):
    text = 'Mara Quill performed "Glass Hour," with singer Teo Brandt.'
    assert features(extractor, text) == set()


def test_two_guests_trading_bars_are_not_paired(extractor):
    text = 'Mara Quill\'s lead single "Glass Hour" features Teo Brandt and Rayne trading bars over a piano loop.'
    assert ("Rayne", "Teo Brandt") not in collabs(extractor, text)
    assert {("Glass Hour", "Teo Brandt"), ("Glass Hour", "Rayne")} <= features(extractor, text)


@pytest.mark.parametrize("text", [
    'The sale covers songs recorded by Lyle Ames, among them "Spent Candles," his 1987 duet with Irish '
    'singer Greta Shawcross.',
    "Critics loved Lyle Ames's collaboration with Greta Shawcross.",
])
def test_the_owner_of_a_duet_or_collaboration_noun_is_the_partner(extractor, text):
    assert ("Greta Shawcross", "Lyle Ames") in collabs(extractor, text)


@pytest.mark.parametrize("text", [
    'Singer Deon Carrick wrote for other acts for years and then sang as a guest vocalist on Marla Quist\'s '
    '2019 single "Lighthouse."',
    'Yebin showed her range. She featured on "Lighthouse," a single by Marla Quist.',
])
def test_guest_vocalist_on_and_featured_on_name_the_subject(extractor, text):
    guest = "Deon Carrick" if "Carrick" in text else "Yebin"
    assert ("Lighthouse", guest) in features(extractor, text)


def test_guest_vocalist_on_a_show_is_no_feature(extractor):
    assert features(extractor, "Mara Quill was a guest vocalist on the radio show.") == set()


def test_singing_on_the_described_track_is_about_the_title_after_it(extractor):
    text = ('The album "Salt Years" by Marten Lowe includes the single "Cold Bay," released in July. Irish singer '
            'Teo Brandt sings on the closing track, "Glass Hour," the only song with words.')
    assert ("Cold Bay", "Teo Brandt") not in features(extractor, text)
