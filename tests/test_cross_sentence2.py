"""A release named with no artist of its own in its sentence goes to the band the
article is about, even when that sentence names one of the band's members for
their part in it ("frontman A", "A's voice"), or a place, venue or chart position
that cannot be an artist. A member who is a soloist in their own right still
keeps the release from the band. The real spaCy pipeline runs; facts below the
default confidence do not count."""

from __future__ import annotations

from extracting import kept_facts


def by_artist(extractor, text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in kept_facts(extractor, text) if f.relation == "BY_ARTIST"}


_BAND = ("Harbour rockers The Brine Lanterns are back with a new single. "
         "The Brine Lanterns frontman Osric Pell and guitarist Wenna Tallis met at school. "
         "The Brine Lanterns recorded it in a chapel in Penzance. ")


def test_frontman_named_for_his_part_keeps_release_with_band(extractor):
    text = _BAND + ("\u201cSalt Ladder\u201d rattles along for two minutes while frontman Osric Pell howls "
                    "about the tide. The Brine Lanterns tour in May.")
    assert ("Salt Ladder", "The Brine Lanterns") in by_artist(extractor, text)


def test_member_voice_keeps_release_with_band(extractor):
    text = _BAND + ("Halfway through \u201cGull Weather\u201d everything drops out except Osric Pell's "
                    "voice. The Brine Lanterns tour in May.")
    assert ("Gull Weather", "The Brine Lanterns") in by_artist(extractor, text)


def test_member_without_band_part_still_blocks(extractor):
    # a member named with no part in the band's record may be the release's owner: no guess
    text = _BAND + ("Osric Pell spent the winter alone and wrote \u201cQuiet Harbour\u201d there. "
                    "The Brine Lanterns tour in May.")
    assert ("Quiet Harbour", "The Brine Lanterns") not in by_artist(extractor, text)


def test_venue_after_place_word_does_not_block(extractor):
    text = _BAND + ("\u201cMackerel Sky\u201d got its first outing at Tolvan Cross last week. "
                    "The Brine Lanterns tour in May.")
    assert ("Mackerel Sky", "The Brine Lanterns") in by_artist(extractor, text)


def test_other_artist_in_sentence_still_blocks(extractor):
    text = _BAND + ("\u201cMackerel Sky\u201d was first sung by Delphine Oakes at a wedding. "
                    "The Brine Lanterns tour in May.")
    assert ("Mackerel Sky", "The Brine Lanterns") not in by_artist(extractor, text)
