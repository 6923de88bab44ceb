"""BY_ARTIST phrasings of list pieces, chart news and announcements: one
short text of our own per rule, each with a text that must not give the fact. The
real spaCy pipeline runs through the Extractor; facts below the default confidence
do not count."""

from __future__ import annotations

from extracting import kept_facts


def by_artist(extractor, text: str) -> set[tuple[str, str]]:
    """(release, artist) of the kept BY_ARTIST facts."""
    return {(f.subject, f.object) for f in kept_facts(extractor, text) if f.relation == "BY_ARTIST"}


# -- list lines: "Artist, “Title”" and "N. Artist – Title" ----------------------------------------------

PICKS = ("Tracks of the Week\n\nOur writers chose four songs this week.\n\n"
         "Delia Frost, “Paper Beacons”\nThe singer's first release since her tour is a hushed piano piece.\n\n"
         "Corvin Ashe x Lula Brandt, “Night Ferry”\nA duet sung half in German.\n\n"
         "Marlo Quint, “Static Hearts” (feat. Edda Vane)\nQuint handles the hooks and Vane the bridge.\n")


def test_comma_credit_line_gives_the_artists(extractor):
    found = by_artist(extractor, PICKS)
    assert ("Paper Beacons", "Delia Frost") in found
    assert ("Static Hearts", "Marlo Quint") in found
    assert ("Static Hearts", "Edda Vane") not in found  # a guest, not the artist


def test_comma_in_running_text_is_no_credit_line(extractor):
    text = ("Fans of Delia Frost will know the record well. Last spring, at a festival in Leeds, "
            "Corvin Ashe, “Night Ferry” in hand, walked on stage with no band at all.")
    assert ("Night Ferry", "Corvin Ashe") not in by_artist(extractor, text)


COUNTDOWN = ("Our 4 Favourite Albums of the Year\n\nHere they are, counting down.\n\n"
             "4. Tamsin Reyes – Harbour Weather\nA patient, salty folk record from the Cornish singer.\n\n"
             "3. Ollie Brandvold – Glass Orchard\nThe Norwegian songwriter's best work, and “Driftwood Choir” is "
             "the song of his career.\n\n"
             "2. Nadia Castell – Quiet Engines\nEvery song here sounds like a late train.\n")


def test_numbered_dash_list_gives_the_artists_and_their_paragraph_songs(extractor):
    found = by_artist(extractor, COUNTDOWN)
    assert ("Harbour Weather", "Tamsin Reyes") in found
    assert ("Quiet Engines", "Nadia Castell") in found
    assert ("Driftwood Choir", "Ollie Brandvold") in found  # a song in the entry's paragraph


def test_paragraph_song_with_another_artist_is_not_the_entrys(extractor):
    text = COUNTDOWN.replace("and “Driftwood Choir” is the song of his career",
                             "and its riff borrows from Petra Lund's “Driftwood Choir”")
    assert ("Driftwood Choir", "Ollie Brandvold") not in by_artist(extractor, text)


def test_title_first_award_list_is_not_read_artist_first(extractor):
    text = ("Winners of the 2030 Harbour Awards\n\nAlbum of the Year\nHarbour Weather – Tamsin Reyes\n\n"
            "Song of the Year\n“Driftwood Choir” – Ollie Brandvold\n\n"
            "Best Folk Album\nSalt Roads – Nadia Castell\n")
    found = by_artist(extractor, text)
    assert ("Tamsin Reyes", "Harbour Weather") not in found
    assert ("Nadia Castell", "Salt Roads") not in found


# -- announcements and chart news --------------------------------------------------------------------------

def test_artist_announces_album_with_title(extractor):
    text = "Singer Juno Hale has announced her second album, “Glass Harbour”, out in May via Tern Records."
    assert ("Glass Harbour", "Juno Hale") in by_artist(extractor, text)


def test_announcing_someone_elses_album_is_not_owning_it(extractor):
    text = "Singer Juno Hale announced that Petra Lund's album “Glass Harbour” will arrive in May."
    assert ("Glass Harbour", "Juno Hale") not in by_artist(extractor, text)


def test_went_to_number_one_with_release(extractor):
    text = "Singer Juno Hale shot to No. 1 on the albums chart on Friday with “Glass Harbour”."
    assert ("Glass Harbour", "Juno Hale") in by_artist(extractor, text)


def test_award_that_went_to_an_artist_is_not_the_subjects(extractor):
    text = "Singer Juno Hale watched as the award for album of the year went to Petra Lund for “Glass Harbour”."
    found = by_artist(extractor, text)
    assert ("Glass Harbour", "Juno Hale") not in found


def test_band_will_reissue_album(extractor):
    text = "The Tin Lanterns will reissue “Lake Hours”, their 2001 debut, as a deluxe edition in June."
    assert ("Lake Hours", "Tin Lanterns") in by_artist(extractor, text)
