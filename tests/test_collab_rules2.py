"""Collaborations implied by credits (second round): a track-list feature on the
album of the artist a story is about, co-credited artists of one title line, list
lines "A, “Title”", and the sentence primary not taken from an apposition. Texts
and names are our own; the real spaCy pipeline runs through the Extractor."""

from __future__ import annotations

from extracting import kept_facts


def facts(extractor, text: str, relation: str) -> set[tuple[str, str]]:
    """(subject, object) of the kept facts of one relation; symmetric ones sorted."""
    return {tuple(sorted((f.subject, f.object))) if relation == "COLLABORATED_WITH" else (f.subject, f.object)
            for f in kept_facts(extractor, text) if f.relation == relation}


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
