"""Collaborations, fourth round: one short text of our own per phrasing (and a
look-alike that must not give the fact). The real spaCy pipeline runs through the
Extractor; facts below the default confidence do not count."""

from __future__ import annotations

from extracting import kept_facts


def collabs(extractor, text: str) -> set[tuple[str, str]]:
    """Sorted pairs of the kept COLLABORATED_WITH facts of ``text``."""
    return {tuple(sorted((f.subject, f.object))) for f in kept_facts(extractor, text)
            if f.relation == "COLLABORATED_WITH"}


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
