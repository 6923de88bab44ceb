"""Featured artists (FEATURES), collaborations (COLLABORATED_WITH) and directors: one short text of our own per
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


def collab_sets(extractor, text: str) -> set[frozenset[str]]:
    return {frozenset(p) for p in facts(extractor, text, "COLLABORATED_WITH")}


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
    assert ("Kito Banks", "The Pale Birds") in collabs(extractor, text)


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


# ==================================================================================================
# Collaborations implied by credits: a track-list feature on the album of the artist a story is
# about, co-credited artists of one title line, list lines "A, “Title”", and the sentence primary
# not taken from an apposition.
# ==================================================================================================

TRACKLIST = ("Singer Nadia Kessel announced her fourth album, Tin Orchard, on Monday. "
             "Kessel wrote most of it on a night train.\n"
             "\"This one is the loudest thing I have made,\" Kessel said. The album arrives May 9.\n\n"
             "Tin Orchard tracklist:\n1. Rust Bloom\n2. Paper Comets (feat. Halden Roux)\n3. Sleeper Car\n")


def test_tracklist_feature_collaborates_with_the_story_artist(extractor):
    assert ("Halden Roux", "Nadia Kessel") in facts(extractor, TRACKLIST, "COLLABORATED_WITH")
    assert ("Paper Comets", "Nadia Kessel") in facts(extractor, TRACKLIST, "BY_ARTIST")


def test_feature_in_a_story_with_no_clear_artist_gets_no_primary(extractor):
    # two artists named equally often: whose song it is stays open
    text = ("Corvina Blaise and Mott Arden played Leeds. Corvina Blaise sang first; Mott Arden closed.\n\n"
            "Setlist:\n1. Paper Comets (feat. Halden Roux)\n2. Sleeper Car\n")
    got = facts(extractor, text, "COLLABORATED_WITH")
    assert ("Corvina Blaise", "Halden Roux") not in got and ("Halden Roux", "Mott Arden") not in got


def test_feature_primary_is_not_a_director_named_often(extractor):
    text = ("Pilar Venn shot the video in Oslo. Pilar Venn also directed the band's first clip, and "
            "director Pilar Venn says she loves the song.\nTracklist:\n1. Glass Harbor (feat. Teo Amsel)\n")
    assert not any("Pilar Venn" in pair for pair in facts(extractor, text, "COLLABORATED_WITH"))


def test_title_first_award_line_pairs_co_credited_artists(extractor):
    text = ("The winners were named on Sunday.\n\nBest Duo Performance\n"
            "“Copper Kites” – Ansel Varga & Mirelle Dunn\n")
    assert ("Ansel Varga", "Mirelle Dunn") in facts(extractor, text, "COLLABORATED_WITH")


def test_single_artist_award_line_pairs_nobody(extractor):
    text = "The winners were named on Sunday.\n\nBest Song\n“Copper Kites” – Ansel Varga\n"
    assert facts(extractor, text, "COLLABORATED_WITH") == set()


def test_list_line_artist_comma_title_credits_the_artist(extractor):
    text = ("Our picks this week.\n\nTobin Reyes, “Salt Lungs” (feat. Ama Quist)\n"
            "Reyes carries most of the choruses.\n")
    assert ("Salt Lungs", "Tobin Reyes") in facts(extractor, text, "BY_ARTIST")
    assert ("Ama Quist", "Tobin Reyes") in facts(extractor, text, "COLLABORATED_WITH")


def test_artist_comma_title_in_prose_is_no_credit_line(extractor):
    text = "Tobin Reyes, “Salt Lungs” is the song of the summer, says our critic Wen Hollis.\n"
    assert facts(extractor, text, "COLLABORATED_WITH") == set()


def test_apposition_on_the_subject_is_not_the_primary(extractor):
    text = ("The 22-year-old, once part of rap crew Dock Street Six, broke out last year with "
            "the single “Low Tide Money,” featuring Nia Okafor.")
    got = facts(extractor, text, "COLLABORATED_WITH")
    assert ("Dock Street Six", "Nia Okafor") not in got


# ==================================================================================================
# Featured artists and collaborations: one short text of our own per phrasing (and a look-alike that
# must not give the fact).
# ==================================================================================================

# -- featuring in prose -------------------------------------------------------------

def test_which_features_on_a_described_song(extractor):
    text = ("Rapper Dane Kollar released “Tin Halo” in May. The track, which features soul singer Lyra Voss "
            "on the chorus, reached the top ten.")
    assert ("Tin Halo", "Lyra Voss") in features(extractor, text)
    assert ("Dane Kollar", "Lyra Voss") in collabs(extractor, text)


def test_second_verb_features(extractor):
    text = "Pia Marlowe's new single “Copper Sky” is out now and features rapper Jem Otieno."
    assert ("Copper Sky", "Jem Otieno") in features(extractor, text)


def test_video_features_is_no_feature(extractor):
    text = "Pia Marlowe's new single “Copper Sky” is out now; its video, which features dancer Jem Otieno, follows."
    assert ("Copper Sky", "Jem Otieno") not in features(extractor, text)


def test_featured_on_someone_elses_single(extractor):
    text = ("Nadia Fenn has kept busy. In March Nadia Fenn featured on label mate Orrin Vale's single "
            "“Glass Mile,” singing the chorus.")
    assert ("Glass Mile", "Nadia Fenn") in features(extractor, text)
    assert ("Nadia Fenn", "Orrin Vale") in collabs(extractor, text)


def test_featured_clause_survives_a_negated_main_clause(extractor):
    text = ("Singer Colm Aster released “Night Bus” last year. Tilda Rusk, who is featured on “Night Bus,” "
            "is not part of the dispute.")
    assert ("Night Bus", "Tilda Rusk") in features(extractor, text)


def test_negated_featuring_clause(extractor):
    text = ("Singer Colm Aster released “Night Bus” last year. Tilda Rusk, who is not featured on “Night Bus,” "
            "still sang it live.")
    assert ("Night Bus", "Tilda Rusk") not in features(extractor, text)


def test_possessive_guest_verse_on_title(extractor):
    text = ("Singer Hal Brenner returns with “Low Orchard”. He explains why rapper Ossie Crane's guest verse on "
            "“Low Orchard” almost didn't happen.")
    assert ("Low Orchard", "Ossie Crane") in features(extractor, text)


def test_title_with_possessive_chorus(extractor):
    text = "Rapper Dane Kollar's “Tin Halo,” with Lyra Voss's haunting chorus, still sounds huge."
    assert ("Tin Halo", "Lyra Voss") in features(extractor, text)


def test_title_with_possessive_video_cameo_is_no_feature(extractor):
    text = "Rapper Dane Kollar's “Tin Halo,” with Lyra Voss's cameo in the video, still sounds huge."
    assert ("Tin Halo", "Lyra Voss") not in features(extractor, text)


def test_her_feature_noun_is_not_the_owner(extractor):
    text = "Kiki Moran has had a big year. Her feature on Bram Tully's “Fuse Box” is her best verse yet."
    assert ("Fuse Box", "Bram Tully") not in features(extractor, text)


def test_with_vocals_from(extractor):
    text = ("Producers Ansel Kwan and Mio Farrow have released “Slow Static”, a nine-minute house track credited "
            "to both, with vocals from Welsh singer Bethan Rhys.")
    assert ("Slow Static", "Bethan Rhys") in features(extractor, text)


def test_credits_block_vocals_lines(extractor):
    text = ("Tessa Kember's third album, Pale Harbor, is out today.\n\nTRACKLIST\n1. Driftwood\n2. Tallow\n\n"
            "CREDITS\nTessa Kember — vocals, piano\nJory Vance — additional vocals on “Driftwood” and “Tallow”\n"
            "Additional vocals on “Tallow”: Wren Okafor\nStrings on “Driftwood”: The Ashcombe Quartet\n")
    found = features(extractor, text)
    assert {("Driftwood", "Jory Vance"), ("Tallow", "Jory Vance"), ("Tallow", "Wren Okafor")} <= found
    assert ("Driftwood", "The Ashcombe Quartet") not in found


# -- collaborations -------------------------------------------------------------------

def test_joint_single_with_pronoun_owner(extractor):
    text = "Singer Kemi Adeyola is back. The song follows “Bright Water,” her joint single with rapper Tobi Ekwe."
    assert ("Kemi Adeyola", "Tobi Ekwe") in collabs(extractor, text)


def test_pair_announce_joint_album_with_roles(extractor):
    text = "Cellist Irena Valk and tenor Paolo Sarti have announced a joint crossover album, Night Psalms."
    assert ("Irena Valk", "Paolo Sarti") in collabs(extractor, text)


def test_pair_recorded_their_duet(extractor):
    text = "Singer Rhea Doyle talks to us. She explains how she and Amos Kerr recorded their duet “Two Lamps” at home."
    assert ("Amos Kerr", "Rhea Doyle") in collabs(extractor, text)


def test_duet_on_the_focus_artists_album(extractor):
    text = ("Mabel Crane has released her fourth album, Salt Roads. Crane wrote it on tour. "
            "The album includes “Hollow Bells,” a duet with country veteran Ross Tiller. "
            "Crane will tour in May, and Crane says the record is her best.")
    assert ("Mabel Crane", "Ross Tiller") in collabs(extractor, text)


def test_question_headline_is_no_collaboration(extractor):
    text = "Are pop singer Tala Reyes and rocker Jon Marsh secretly recording together?"
    assert not collabs(extractor, text)


def test_tour_with_support_is_no_collaboration(extractor):
    text = "Singer Ada Quist will play the album live on her autumn tour with Leeds band The Hollins in support."
    assert not collabs(extractor, text)


def test_composer_on_a_directors_film_is_no_collaboration(extractor):
    text = "The score is by composer Lars Engvik, who previously worked with Maja Holt on her debut feature."
    assert not collabs(extractor, text)


def test_possessive_collaborator_parsed_on_the_name(extractor):
    text = ("Rapper Lil Saffo is back. Production comes mostly from Lil Saffo's longtime collaborator "
            "Tundra Keys, with additional work from Mace Grant.")
    found = collabs(extractor, text)
    assert ("Lil Saffo", "Tundra Keys") in found
    assert ("Lil Saffo", "Mace Grant") not in found


def test_singer_delivers_the_songs_bridge(extractor):
    text = ("“Baile Azul,” the new track from MC Pipa and DJ Tralho, is everywhere. Rising singer MC Lua Nova "
            "delivers the song's melodic bridge.")
    assert ("Baile Azul", "MC Lua Nova") in features(extractor, text)


def test_delivers_a_speech_is_no_feature(extractor):
    text = "“Baile Azul,” the new track from MC Pipa and DJ Tralho, is everywhere. MC Lua Nova delivered a speech."
    assert ("Baile Azul", "MC Lua Nova") not in features(extractor, text)


def test_f_slash_credit_in_a_tracklist(extractor):
    text = ("DJ Hollowmark and MC Gosling dropped their tape.\n\nTRACKLIST\n1. Stairwell Psalms\n"
            "2. Coin Booth (f/ Lil Kobi Ransome)\n")
    assert ("Coin Booth", "Lil Kobi Ransome") in features(extractor, text)


def test_title_aside_features_a_group_members_name(extractor):
    text = "His farewell single “Letters Home,” released today, features girl group VANTA's Chae-rin."
    found = features(extractor, text)
    assert ("Letters Home", "Chae-rin") in found
    assert ("Letters Home", "VANTA") not in found


def test_title_track_features(extractor):
    text = ("Producer DJ Corvel is back with a new EP, Salt Engine, due in June. "
            "The title track features singer Ama Reyes.")
    assert ("Salt Engine", "Ama Reyes") in features(extractor, text)


def test_guests_on_two_named_tracks(extractor):
    text = ("Trumpeter Lucien Mbarte guests on two tracks, the slow “Empty Chairs” and the brisk "
            "“Lisbon Drizzle,” and his playing lifts both.")
    found = features(extractor, text)
    assert {("Empty Chairs", "Lucien Mbarte"), ("Lisbon Drizzle", "Lucien Mbarte")} <= found


def test_guested_on_a_show_is_no_feature(extractor):
    text = "Singer Lia Mossop guested on a radio show to sing “Blue Daybreak”."
    assert not features(extractor, text)


def test_on_which_after_an_aside(extractor):
    text = ("Afropop star Emeka Voltaire has released his album Lagos Orbit. Its peak is “Ile Wa,” a song "
            "for Voltaire's grandmother, on which gospel singer Folake Amadi sings the last chorus.")
    assert ("Ile Wa", "Folake Amadi") in features(extractor, text)


# ==================================================================================================
# Collaborations: one short text of our own per phrasing (and a look-alike that must not give the
# fact).
# ==================================================================================================

# -- "X held at No. 2 with “T”, a collaboration with Y": the subject hangs on the verb, not the noun --

def test_collaboration_apposition_on_a_chart_release(extractor):
    text = ("Leeds band Copperfield held at No. 4 with \"Salt Road\", a collaboration with Welsh singer "
            "Mair Tudor, who sings the bridge.")
    assert ("Copperfield", "Mair Tudor") in collabs(extractor, text)


def test_chart_release_without_collaboration_word_pairs_nobody(extractor):
    text = "Leeds band Copperfield held at No. 4 with \"Salt Road\", just ahead of Welsh singer Mair Tudor."
    assert ("Copperfield", "Mair Tudor") not in collabs(extractor, text)


# -- "a co-headlining run/tour/dates with Y" ------------------------------------------

def test_co_headlining_dates_with_a_named_subject(extractor):
    text = ("Country singer Wade Orrin will stay on the road all winter, with a stretch of "
            "co-headlining dates alongside his longtime pal Lacey Brand.")
    assert ("Lacey Brand", "Wade Orrin") in collabs(extractor, text)


def test_co_headlining_tour_owned_by_an_earlier_subject(extractor):
    text = ("Pop group STARLINE have confirmed a reunion arena tour for the spring. "
            "The 12-date tour is a co-headlining run with fellow pop band Ninth Street.")
    assert ("Ninth Street", "STARLINE") in collabs(extractor, text)


def test_support_slot_on_a_tour_is_no_collaboration(extractor):
    text = ("Pop group STARLINE have confirmed a reunion arena tour for the spring. "
            "The 12-date tour will feature pop band Ninth Street as the opening act.")
    assert ("Ninth Street", "STARLINE") not in collabs(extractor, text)


# -- "a joint track credited to A and B" --------------------------------------------

def test_joint_track_credited_to_two_artists(extractor):
    text = ("The album closes with \"Tin Lantern,\" a joint track credited to Emeka Stone and Ada Kwarteng, "
            "their first recording together in years.")
    assert ("Ada Kwarteng", "Emeka Stone") in collabs(extractor, text)


# -- "A and B released the joint single “T”" (two subjects of one release verb) --------

def test_two_subjects_of_a_release_verb_worked_together(extractor):
    text = ("Last year, Rennick and Bristol rapper Tayo Lanre released the joint single 'Canal Path', "
            "and fans have been asking for more ever since.")
    assert ("Rennick", "Tayo Lanre") in collabs(extractor, text)


def test_two_artists_releasing_their_own_songs_are_not_paired(extractor):
    text = "Mara Lind released 'Copper Bell' on Friday, and Tom Fosse released 'Iron Gate' a week later."
    assert ("Mara Lind", "Tom Fosse") not in collabs(extractor, text)


# ==================================================================================================
# COLLABORATED_WITH and FEATURES: trading parts on a record ("the single on which A traded insults
# and tenderness with B", "A guests on “X”, trading solos with B"), "B, with whom A had released X",
# a title-first dash credit whose title ends in a full stop ("“Us.” — A featuring B"), a guest who
# duets with the focus band's singer, and guards for a duet credited to both singers, bandmates
# trading lines and a list's spread credit.
# ==================================================================================================

def test_single_on_which_a_traded_parts_with_b(extractor):
    text = ("Dorran Vey, the Harbour Lamps singer, has died. His best-loved song is \"Winter Quay\", the 1989 "
            "single on which Maddie Orrin traded jokes and heartbreak with Vey over an out-of-tune piano.")
    assert frozenset({"Maddie Orrin", "Dorran Vey"}) in collab_sets(extractor, text)
    assert ("Winter Quay", "Maddie Orrin") in facts(extractor, text, "FEATURES")


def test_guest_trading_solos_with_a_player(extractor):
    text = ("The record also sees guitar hero Tobin Lasse guest on the ten-minute \"Iron Fjord,\" trading "
            "solos with guitarist Marten Holm.")
    assert frozenset({"Tobin Lasse", "Marten Holm"}) in collab_sets(extractor, text)


def test_bandmates_trading_lines_are_no_collaboration(extractor):
    text = ("Wet Pavement's second album is out. Bassist Jo Arden, still the quiet one, steps forward on "
            "\"Brine\", trading lines with singer Cass Mellor over a borrowed bassline.")
    assert frozenset({"Jo Arden", "Cass Mellor"}) not in collab_sets(extractor, text)


def test_trading_insults_without_a_record_is_a_feud(extractor):
    text = "Rapper Kilo Vance traded insults with Dex Marlowe on social media all spring."
    assert frozenset({"Kilo Vance", "Dex Marlowe"}) not in collab_sets(extractor, text)


def test_with_whom_she_released_an_album(extractor):
    text = ("Mara Quill joined the band in 1979 with her then-partner Teo Halden, with whom she had already "
            "released the album Quiet Harbours as a duo.")
    assert frozenset({"Mara Quill", "Teo Halden"}) in collab_sets(extractor, text)
    assert ("Quiet Harbours", "Teo Halden") in facts(extractor, text, "BY_ARTIST")


def test_title_first_dash_credit_with_a_full_stop(extractor):
    text = ("Song of the Year nominees\n\n"
            "\"Me.\" — Rilla Kane featuring Joss Amberly\n"
            "\"Lanterns\" — Ode Hartley\n")
    assert ("Me.", "Joss Amberly") in facts(extractor, text, "FEATURES") or (
        "Me", "Joss Amberly") in facts(extractor, text, "FEATURES")
    assert frozenset({"Rilla Kane", "Joss Amberly"}) in collab_sets(extractor, text)


def test_guest_duets_with_the_focus_bands_singer(extractor):
    text = ("Post-punk band Tallow have confirmed their third album, 'Ash Chapel', due in May. Tallow recorded "
            "it in a barn over two winters, and frontman Remy Ostler said Tallow have never sounded calmer. "
            "Lead single 'Kiln' is out now. Elsewhere on the album, folk singer Nia Brook duets with Ostler "
            "on the slow-burning 'Undertow'. Tallow tour in June.")
    got = collab_sets(extractor, text)
    assert frozenset({"Nia Brook", "Remy Ostler"}) in got
    assert frozenset({"Nia Brook", "Tallow"}) in got


def test_duet_naming_both_singers_is_not_the_focus_bands(extractor):
    text = ("Halden Crowe, the Grey Pilots singer, has died aged 66. The Grey Pilots made four albums. "
            "The Grey Pilots split in 1996. Crowe recorded a solo album in 1998, and his 1999 duet with Ana Ruell, "
            "\"Low Tide\", was a hit in Ireland. The Grey Pilots reunited in 2010.")
    got = collab_sets(extractor, text)
    assert frozenset({"Halden Crowe", "Ana Ruell"}) in got
    assert frozenset({"The Grey Pilots", "Ana Ruell"}) not in got


def test_featured_artist_pairs_with_the_titles_own_credit_not_a_list(extractor):
    text = ("The year's biggest songs included Lorn Baxley's \"Dust Road\" and \"Hold Me Up\" by Tey Marlo "
            "featuring Ash Varney, which came out in May.")
    got = collab_sets(extractor, text)
    assert frozenset({"Tey Marlo", "Ash Varney"}) in got
    assert frozenset({"Lorn Baxley", "Ash Varney"}) not in got


# ==================================================================================================
# FEATURES and COLLABORATED_WITH: "recorded “X” with B" is a co-credit, not a guest credit; guests
# listed with the verb left out ("A features on “X”, B on “Y”"); "B is on “X”"; "“X” by A and B"; a
# title's noun phrase with "with" ("“X”, a track with B"); and guards for touring with a band,
# hearsay, a second title's own subject and the owner of the next title.
# ==================================================================================================

def test_recorded_a_title_with_a_partner_is_a_co_credit(extractor):
    text = ("Singer Orla Brennock died on Tuesday. She recorded \"Lantern Row\" with Teodor Vask in 1991, "
            "and it became her best-known song.")
    assert ("Lantern Row", "Teodor Vask") not in facts(extractor, text, "FEATURES")
    assert ("Lantern Row", "Teodor Vask") in facts(extractor, text, "BY_ARTIST")
    assert frozenset({"Orla Brennock", "Teodor Vask"}) in collab_sets(extractor, text)


def test_recording_as_a_project_with_someone_is_no_feature(extractor):
    text = "Guitarist Benedikt Lorre now records as The Quiet Ferns with Ylva Marsh."
    assert not facts(extractor, text, "FEATURES")


def test_guests_listed_without_their_verb(extractor):
    text = ("Rapper Dario Quell's new album, Salt Circuit, is out today. Mina Ostrova features on \"Copper Sky\", "
            "Jules Farrant on \"Night Ferry\" and Carla Mendes on \"Glass Harbour\".")
    got = facts(extractor, text, "FEATURES")
    assert ("Copper Sky", "Mina Ostrova") in got
    assert ("Night Ferry", "Jules Farrant") in got
    assert ("Glass Harbour", "Carla Mendes") in got


def test_an_artist_on_a_song_is_its_guest(extractor):
    text = "Country singer Wade Harlan's album is out. Corinne Abbott is on \"Gravel Roads\", the lead single."
    assert ("Gravel Roads", "Corinne Abbott") in facts(extractor, text, "FEATURES")


def test_a_title_by_two_artists_is_a_collaboration(extractor):
    text = "\"Paper Comets\" by Sela Varga and Marco Fenn climbed to No. 4 this week."
    got = collab_sets(extractor, text)
    assert frozenset({"Sela Varga", "Marco Fenn"}) in got
    assert ("Paper Comets", "Marco Fenn") in facts(extractor, text, "BY_ARTIST")


def test_a_track_with_a_guest_named_by_its_noun(extractor):
    text = ("The deluxe edition of Ivo Castel's album adds \"Blue Relay\", a previously unreleased track with "
            "Nadia Okafor.")
    assert ("Blue Relay", "Nadia Okafor") in facts(extractor, text, "FEATURES")


def test_second_title_with_its_own_verb_has_its_own_guests(extractor):
    text = "\"Silver Kite\" features Lune Harper, and \"Broken Again\" features Amos Kettle and Jory Blaine."
    got = facts(extractor, text, "FEATURES")
    assert ("Broken Again", "Amos Kettle") in got
    assert ("Silver Kite", "Amos Kettle") not in got
    assert ("Silver Kite", "Jory Blaine") not in got


def test_guest_list_ends_at_the_owner_of_the_next_title(extractor):
    text = ("Chart watch: Emmet Ray's \"Long Haul\", featuring Sadie Brooke, and Pim Vantongeren's \"Ember\" "
            "are both in the top ten.")
    got = facts(extractor, text, "FEATURES")
    assert ("Long Haul", "Sadie Brooke") in got
    assert ("Long Haul", "Pim Vantongeren") not in got


def test_touring_with_a_band_is_no_collaboration(extractor):
    text = "Drummer Kasper Neale, a session player, has toured with Velvet Ashtray and Hollow Creek."
    got = collab_sets(extractor, text)
    assert not any("Kasper Neale" in pair for pair in got)


def test_hearsay_collaboration_is_not_kept(extractor):
    text = ("Meanwhile Rico Malvar is said to be working with Lena Soto on a new song; his publicist "
            "would neither confirm nor deny it.")
    assert frozenset({"Rico Malvar", "Lena Soto"}) not in collab_sets(extractor, text)


def test_a_record_made_with_a_session_player_has_no_partner(extractor):
    text = ("Singer Ada Ferrow released Quiet Hours in 2019, and Open Doors followed in 2024, recorded partly "
            "with drummer Tomas Ekberg.")
    assert not any("Tomas Ekberg" in pair for pair in collab_sets(extractor, text))


def test_with_a_name_doing_something_is_no_credit(extractor):
    text = ("From the band's second album came \"Velvet Lamp\", with Ivo Brandt playing the villain at a white "
            "piano, and the film has been in cinemas since Easter, with Noor Qasemi playing the young singer.")
    assert not facts(extractor, text, "FEATURES")


# -- a digest's items are each about their own act ---------------------------------

_DIGEST = ("THE SUNDAY STACK - issue 9\n"
           "Four records for your week.\n"
           "▸ NEW ONES. Welsh rockers Copper Vane released Rust Parade on Friday, their third album. Copper Vane "
           "wrote it in a barn; Copper Vane's singer has called it their loudest yet. Copper Vane tour in May.\n"
           "▸ STILL SPINNING. Marrow Lane's album Tidewater came out in March. Ivy Tamsin sings on \"Salt Hymn\", "
           "and we keep it on repeat.\n")


def test_digest_guest_pairs_with_the_items_own_act(extractor):
    found = collabs(extractor, _DIGEST)
    assert ("Ivy Tamsin", "Marrow Lane") in found
    assert ("Copper Vane", "Ivy Tamsin") not in found


def test_guest_pairs_with_focus_when_the_line_names_it(extractor):
    text = ("Singer Dara Wynn released her album Rust Parade on Friday. Dara Wynn wrote it in a barn, and "
            "Dara Wynn produced it too.\nDara Wynn grew up on Marrow Lane's album Tidewater. On the new record, "
            "\"Salt Hymn\" features rapper Ivo Brandt.\n")
    found = collabs(extractor, text)
    assert ("Dara Wynn", "Ivo Brandt") in found
    assert ("Ivo Brandt", "Marrow Lane") not in found


def test_title_owned_by_two_listed_artists(extractor):
    for text, pair in [
            ('Elsewhere in the top ten, Kara Gil and Sofia Reyes\'s "TQG" holds steady.', ("Kara Gil", "Sofia Reyes")),
            ('Lia Moon and Pedro Pluma\'s 1996 duet "Ella Baila" is still the song everyone asks about.',
             ("Lia Moon", "Pedro Pluma")),
            ('At three, Oli Tree and Robin Schulte\'s "Miss You Now" climbs one place.',
             ("Oli Tree", "Robin Schulte"))]:
        found = {tuple(sorted((f.subject, f.object))) for f in kept_facts(extractor, text)
                 if f.relation == "COLLABORATED_WITH"}
        assert tuple(sorted(pair)) in found, text


def test_two_owned_titles_in_a_list_are_no_collaboration(extractor):
    text = ('Zack Brine\'s "I Remember", featuring Kacy Moore, and Shaboozey Tate\'s "A Bar Song" were both '
            'fixtures in the top ten.')
    found = {tuple(sorted((f.subject, f.object))) for f in kept_facts(extractor, text)
             if f.relation == "COLLABORATED_WITH"}
    assert ("Kacy Moore", "Shaboozey Tate") not in found
