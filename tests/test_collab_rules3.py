"""Featured artists and collaborations, third round: one short text of our own per
phrasing (and a look-alike that must not give the fact). The real spaCy pipeline
runs through the Extractor; facts below the default confidence do not count."""

from __future__ import annotations

from extracting import kept_facts


def facts(extractor, text: str, relation: str) -> set[tuple[str, str]]:
    """(subject, object) of the kept facts of one relation; symmetric ones sorted."""
    return {tuple(sorted((f.subject, f.object))) if relation == "COLLABORATED_WITH" else (f.subject, f.object)
            for f in kept_facts(extractor, text) if f.relation == relation}


def collabs(extractor, text: str) -> set[tuple[str, str]]:
    return facts(extractor, text, "COLLABORATED_WITH")


def features(extractor, text: str) -> set[tuple[str, str]]:
    return facts(extractor, text, "FEATURES")


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
