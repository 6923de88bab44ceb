"""Featured artists, collaborations and directors: one short text of our own per
rule of how music news states (or only seems to state) these relations. The real
spaCy pipeline runs through the Extractor; facts below the default confidence do
not count."""

from __future__ import annotations

import pytest

from artistgraph.graph.model import DEFAULT_MIN_CONFIDENCE, Article


@pytest.fixture(scope="module")
def extractor():
    from artistgraph.loaders.extract import Extractor

    return Extractor()


def facts(extractor, text: str, relation: str) -> set[tuple[str, str]]:
    """(subject, object) of the kept facts of one relation; symmetric ones sorted."""
    extraction = extractor.extract(Article("t", text))
    out = set()
    for f in extraction.facts:
        if f.relation == relation and f.evidence.confidence >= DEFAULT_MIN_CONFIDENCE:
            out.add(tuple(sorted((f.subject, f.object))) if relation == "COLLABORATED_WITH" else (f.subject, f.object))
    return out


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
    text = ('Nell Varga released "Blue Hour" this week. It comes from Salt Lines, the album she has out in May. '
            'The crew filmed the Rui Costa-directed video in Lisbon.')
    got = directors(extractor, text)
    assert ("Blue Hour", "Rui Costa") in got
    assert ("Salt Lines", "Rui Costa") not in got
