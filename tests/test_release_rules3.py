"""BY_ARTIST: track lists under a heading, and the guards that keep
release rules from reading a quote mark as a possessive, a remix or picture credit
as authorship, or vocals for someone's track as the track. One short text of our
own per rule, each with a text that must not give the fact. The real spaCy
pipeline runs through the Extractor; facts below the default confidence do not count."""

from __future__ import annotations

from extracting import kept_facts


def by_artist(extractor, text: str) -> set[tuple[str, str]]:
    """(release, artist) of the kept BY_ARTIST facts."""
    return {(f.subject, f.object) for f in kept_facts(extractor, text) if f.relation == "BY_ARTIST"}


# -- track lists under a heading -----------------------------------------------------------------------------

TRACKLIST = ("Moth Parade return with second album 'Wick Oil'\n\n"
             "Leeds four-piece Moth Parade have released their second album, Wick Oil, on Friday. "
             "The band recorded it in a church hall over two winters.\n\n"
             "\"It should feel like one room,\" said Moth Parade singer Ada Kerrow.\n\n"
             "Wick Oil tracklist:\n"
             "1. Cinder Path\n"
             "2. Rook Weather (feat. Jory Tallis)\n"
             "3. Wicker Bones\n"
             "4. Shallow Ford\n\n"
             "The band tour the UK in May.")


def test_tracklist_entries_are_by_the_albums_artist(extractor):
    found = by_artist(extractor, TRACKLIST)
    assert ("Wick Oil", "Moth Parade") in found
    for track in ("Cinder Path", "Wicker Bones", "Shallow Ford", "Rook Weather"):
        assert (track, "Moth Parade") in found
    assert ("Rook Weather", "Jory Tallis") not in found  # the guest is featured, not the artist


def test_numbered_lines_without_a_tracklist_heading_are_no_tracks(extractor):
    text = ("Moth Parade have released their second album, Wick Oil. The band recorded it in a church hall. "
            "Moth Parade singer Ada Kerrow wrote most of it.\n\n"
            "Five things we learned:\n"
            "1. Cinder Path\n"
            "2. Wicker Bones\n")
    found = by_artist(extractor, text)
    assert ("Cinder Path", "Moth Parade") not in found


# -- a spaced apostrophe opens a quote -----------------------------------------------------------------------

def test_quote_mark_after_a_headline_name_is_no_possessive(extractor):
    text = "ORLA VANCE RETURNS WITH 'GLASS TIDES', OUT MAY 2\n\nThe singer's fourth album is out in May."
    found = by_artist(extractor, text)
    assert not any(artist.endswith("RETURNS WITH") for _, artist in found)


def test_possessive_apostrophe_still_owns_the_title(extractor):
    assert ("Harbor Candles", "Gullwings") in by_artist(
        extractor, "Gullwings' 'Harbor Candles' was the song of the summer in Brighton.")


# -- remixes, picture credits and vocal parts ------------------------------------------------------------------

def test_remix_of_a_song_by_a_producer_is_not_the_producers_song(extractor):
    text = ("Lune Arden's new EP is out today. Remixes arrive next month, with new versions of "
            "\"Cold Harbour\" by Tavi Brenner and an extended mix by Lune Arden herself.")
    assert ("Cold Harbour", "Tavi Brenner") not in by_artist(extractor, text)


def test_song_by_an_artist_is_still_theirs(extractor):
    text = "The set closed with \"Cold Harbour\" by Tavi Brenner, the song that broke him in 2019."
    assert ("Cold Harbour", "Tavi Brenner") in by_artist(extractor, text)


def test_artwork_credit_is_no_release_credit(extractor):
    text = "Elm Verity's album Field Notes is out now.\n\nArtwork: \"Heron Study No. 2\" by Nadia Pell."
    assert ("Heron Study No. 2", "Nadia Pell") not in by_artist(extractor, text)


def test_recording_vocals_for_a_track_is_not_releasing_it(extractor):
    text = "Insiders say Rosa Kell recorded vocals for \"Tin Crowns\" before leaving the project."
    assert ("Tin Crowns", "Rosa Kell") not in by_artist(extractor, text)


def test_recording_a_song_is_releasing_it(extractor):
    text = "Rosa Kell recorded \"Tin Crowns\" in a barn in Wales last winter."
    assert ("Tin Crowns", "Rosa Kell") in by_artist(extractor, text)


def test_bracketed_translation_is_no_second_release(extractor):
    text = "Fado singer Dara Quist has released Mar Alto (\"High Sea\"), her second album."
    assert ("High Sea", "Dara Quist") not in by_artist(extractor, text)


def test_place_before_a_band_descriptor_is_no_artist(extractor):
    found = by_artist(extractor, "Bristol trio Moss Harbour have put out their third album, Kiln Smoke.")
    assert ("Kiln Smoke", "Moss Harbour") in found
    assert ("Kiln Smoke", "Bristol") not in found


# -- possessives of places and businesses; a band's album in a story on a person ----------------------------

def test_venue_and_imprint_after_a_possessive_are_no_releases(extractor):
    found = by_artist(extractor, "Wren Talbot plays Reading's Main Stage in August. Her EP is due via "
                                 "Talbot's Hollow Oak imprint.")
    assert not any(release in {"Main Stage", "Hollow Oak"} for release, _ in found)


def test_possessive_title_is_still_the_artists(extractor):
    assert ("Hold Me Closer", "Wren Talbot") in by_artist(
        extractor, "Wren Talbot's Hold Me Closer entered the chart at number three.")


def test_band_voice_keeps_a_release_from_the_storys_person(extractor):
    text = ("Newsletter editor Mara Quill picks her week. Mara Quill has been busy: Mara Quill saw six shows. "
            "Their last album, \"Glass Pylons\", came out in 2023.")
    assert ("Glass Pylons", "Mara Quill") not in by_artist(extractor, text)


# -- "X, the Oslo jazz orchestra whose 2011 album Y" ---------------------------------------------------------------

def test_band_apposition_whose_album(extractor):
    found = by_artist(extractor, "Before that she sang with Copper Coils, the noisy indie band whose "
                                 "2016 album Night Harbour became a hit.")
    assert ("Night Harbour", "Copper Coils") in found


def test_whose_member_is_no_release(extractor):
    found = by_artist(extractor, "He joined Copper Coils, the band whose drummer Tom Pike later went solo.")
    assert not any(artist == "Copper Coils" for _, artist in found)
