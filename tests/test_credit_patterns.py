"""How music news credits releases and films: a review's headline and the tracks it
goes through, list entries with a year, breakthrough wording, a film described by its
director, and the releases of other artists a story names on the way (which stay
theirs). Short texts of our own with invented names; the real spaCy pipeline runs and
facts below the default confidence do not count."""

from __future__ import annotations

from extracting import relation_pairs


def by_artist(extractor, text: str) -> set[tuple[str, str | None]]:
    return relation_pairs(extractor, text, "BY_ARTIST")


def directed(extractor, text: str) -> set[tuple[str, str | None]]:
    return relation_pairs(extractor, text, "DIRECTED_BY")


_REVIEW = (
    "The Salt Pilots: Night Furnace\n\n7.9 — Recommended\n\n"
    "On their third album, the Cork four-piece swap grey realism for something gaudier. It is the best thing "
    "they have done.\n\n"
    "There was a moment, around 2021's Rust Belt Lullabies, when The Salt Pilots seemed set to become the most "
    "dependable band in Ireland. Night Furnace, produced by Tom Ryle in a farmhouse in Kerry, blows that up in "
    "its first minute, and singer Cian Moyles sounds like he means it.\n\n"
    "Then comes \"Glassworks,\" the lead single released in May, a breathless rush built around Moyles's gasping "
    "delivery. \"Quiet Hours\" borrows a grunge dynamic without sounding like pastiche, and \"Shoreline\" gets "
    "lush with strings.\n\n"
    "The middle stretch belongs to guitarists Aidan Keogh and Rory Flynn. \"Kelp Forest\" is a lavish ballad; "
    "\"Tin Roof\" is the closest thing to their old sound. Moyles has never sung better, and Moyles knows it. "
    "Night Furnace makes good on every promise.\n"
)


def test_a_review_headline_gives_the_reviewed_band_the_tracks_it_goes_through(extractor):
    facts = by_artist(extractor, _REVIEW)
    for title in ["Night Furnace", "Glassworks", "Quiet Hours", "Shoreline", "Kelp Forest", "Tin Roof"]:
        assert (title, "The Salt Pilots") in facts
    # the band's players are named as often as the band, but none of them owns a track
    assert not {pair for pair in facts if pair[1] in {"Cian Moyles", "Aidan Keogh", "Rory Flynn"}}


def test_without_the_headline_credit_no_owner_is_guessed(extractor):
    text = _REVIEW.replace("The Salt Pilots: Night Furnace", "A record worth the wait")
    facts = by_artist(extractor, text)
    assert ("Kelp Forest", "The Salt Pilots") not in facts
    assert ("Tin Roof", "The Salt Pilots") not in facts


def test_a_headline_pairing_two_artists_does_not_give_both_every_title(extractor):
    text = ("Mira Solano & Teo Varga Team Up for 'Cinder Moon'\n\n"
            "Mira Solano and Teo Varga have teamed up for “Cinder Moon,” out today. Solano said they had planned it "
            "for a year. The song is the second single from Solano's album Salt Garden, and it follows "
            "“Paper Boats.” Varga released his own album earlier this year, and Solano is touring in May. "
            "Varga called Solano the best singer he knows, and Solano returned the favour.")
    facts = by_artist(extractor, text)
    assert ("Cinder Moon", "Mira Solano") in facts and ("Cinder Moon", "Teo Varga") in facts
    assert ("Paper Boats", "Teo Varga") not in facts


def test_year_end_list_entries_with_years_and_commentary(extractor):
    text = ("Ten records that built the northern scene\n\nThese are the records that did it.\n\n"
            "1. Corvin Ashgrove — Salt Road Sermons (2006). Recorded in a flat above a chip shop, it still sounds "
            "like nothing else; \"Night Market\" was its calling card.\n\n"
            "2. Tamsin Vell — Cold Iron Choir (2011). Harder and darker than anything before it.\n\n"
            "3. Pell Ossary — Lantern Static (2014).\n\n"
            "4. Bexley Ruun — the crew Vell and Ossary founded, whose records are patchy though "
            "\"Harbour Lights\" is loved.\n\n"
            "5. Odile Marsh — Glass Furnace (2019). A veteran's finest hour.\n")
    facts = by_artist(extractor, text)
    assert {("Salt Road Sermons", "Corvin Ashgrove"), ("Cold Iron Choir", "Tamsin Vell"),
            ("Lantern Static", "Pell Ossary"), ("Glass Furnace", "Odile Marsh")} <= facts
    assert ("Night Market", "Corvin Ashgrove") in facts  # the entry's commentary goes on in its line
    # an entry whose credit we cannot read ends the entry above it
    assert ("Harbour Lights", "Pell Ossary") not in facts


def test_title_first_list_lines_with_a_year(extractor):
    text = ("Five city-pop songs that travelled\n\n"
            "“Glass Avenue” — Mirei Okada (2021)\nA slow burner that found its audience online.\n\n"
            "“Paper Comet” — Hoshino Tetsu (2019)\nThe second entry on the list.\n")
    assert by_artist(extractor, text) == {("Glass Avenue", "Mirei Okada"), ("Paper Comet", "Hoshino Tetsu")}


def test_another_artists_song_named_with_its_owner_stays_theirs(extractor):
    text = ("Nightjar Assembly finally deliver debut album 'Paper Tides'\n\n"
            "Nightjar Assembly have released Paper Tides, their first album. Nightjar Assembly wrote it in a year. "
            "The closer “Redglass” reworks the melody of the Cables' “Marianne.” \"Low Sun\" is the "
            "warmest thing on it. Nightjar Assembly tour in May.")
    facts = by_artist(extractor, text)
    assert ("Low Sun", "Nightjar Assembly") in facts
    assert ("Marianne", "Nightjar Assembly") not in facts


def test_breakthrough_wording_credits_the_subject(extractor):
    text = ("Pell Marchetti, born in Lyon in 1985, became a star with \"Danse Lente\" in 2009 and then went "
            "global with 2013's Carré Noir.")
    facts = by_artist(extractor, text)
    assert {("Danse Lente", "Pell Marchetti"), ("Carré Noir", "Pell Marchetti")} <= facts
    assert not by_artist(extractor, "Pell Marchetti became a teacher with \"Danse Lente\" playing on the radio.")


def test_a_described_release_the_text_gives_another_artist_is_not_the_subjects(extractor):
    text = ("Mara Quill spent years writing hits for other people. She co-wrote Dina Vale's \"Seven Keys,\" a "
            "songwriting credit rather than a collaboration, and on Friday she finally released the debut album "
            "that shows what she can do.")
    assert ("Seven Keys", "Mara Quill") not in by_artist(extractor, text)


def test_a_film_described_by_its_director(extractor):
    text = ("Actor Ravi Mehra plays a folk singer in Lanterns Over Ludhiana, the new film from director Sunil "
            "Kaveri, which began streaming on Friday.")
    assert ("Lanterns Over Ludhiana", "Sunil Kaveri") in directed(extractor, text)
    text = "Tomas Reyl shared an award for the score to “The Ivory Court,” Lena Varga's epic of a fallen dynasty."
    assert ("The Ivory Court", "Lena Varga") in directed(extractor, text)
    # an album after a possessive is the artist's, not a film's director's
    text = "Tomas Reyl played on “The Ivory Court,” Lena Varga's fourth album."
    assert not directed(extractor, text)


def test_the_director_behind_works_and_the_man_behind_a_clip(extractor):
    text = "Kaveri, the director behind Rain Letters and Far Shore, said he cast Mehra for his voice."
    assert {("Rain Letters", "Kaveri"), ("Far Shore", "Kaveri")} <= directed(extractor, text)
    text = ("The video, shot in one take, came from Marco Ventresca — the man behind Pale Orchard's \"Glass Teeth\" "
            "clip — and cuts between the singer and a choir.")
    assert ("Glass Teeth", "Marco Ventresca") in directed(extractor, text)
    # the man behind a song wrote or sang it: no director
    text = "Marco Ventresca, the man behind \"Glass Teeth\", plays Leeds in May."
    assert not directed(extractor, text)


def test_directed_by_opening_a_sentence_and_the_video_named_with_its_title(extractor):
    text = ("Dana Quill has followed the success of \"Cinders\" with \"Kettle Song,\" and its music video leans hard "
            "into the gossip.\n\nThe single and its clip arrived on Thursday. Directed by Bram Oduya, the video "
            "stars Joel Haskett as a troublemaker.")
    assert directed(extractor, text) == {("Kettle Song", "Bram Oduya")}


_STORY = (
    "Harbour Owls return with a fourth album\n\n"
    "Harbour Owls have spent three years on the road. The Glasgow band say the new songs came quickly. "
    "Harbour Owls will tour Europe in the spring, and Harbour Owls have added a second night in Leeds.\n\n"
    "The new record follows Dune Motel, released in 2019, and the quartet calls it their loudest yet. "
    "Highlights include “Nacht ohne dich”, a slow waltz, and the ballad “late bus home”.\n"
)


def test_a_story_on_one_band_gives_it_bare_and_lower_case_titles(extractor):
    facts = by_artist(extractor, _STORY)
    # a bare album name its own words call a release, lower-case titles a song noun or "include" introduces
    for title in ["Dune Motel", "Nacht ohne dich", "late bus home"]:
        assert (title, "Harbour Owls") in facts


def test_quoted_speech_in_lower_case_is_no_title(extractor):
    text = _STORY + "The singer said the record is “a letter to our younger selves”.\n"
    facts = by_artist(extractor, text)
    assert not {pair for pair in facts if pair[0].startswith("a letter")}


def test_a_player_named_for_their_part_does_not_block_the_bands_credit(extractor):
    text = _STORY.replace("the ballad “late bus home”.", "the ballad “late bus home”.\n\n"
                          "The slow “Brine” is built around Ivo Penn's bass.")
    facts = by_artist(extractor, text)
    assert ("Brine", "Harbour Owls") in facts
    assert ("Brine", "Ivo Penn") not in facts



_SOLO = (
    "Mira Vance returns, louder than ever\n\n"
    "Mira Vance spent two years writing in a converted chapel. Mira Vance says the new songs came quickly. "
    "Vance produced most of them herself, and Mira Vance plays every guitar part.\n\n"
    "The best songs are the slow “Low Tide” and “Copper Wire”, on which Vance is joined by her old friend "
    "Dex Holloway. Salt Field followed in 2019, with Juno Park guesting on piano on its title song; Park later "
    "moved to Lisbon.\n"
)


def test_guests_named_in_a_sentence_do_not_take_the_focus_artists_songs(extractor):
    facts = by_artist(extractor, _SOLO)
    # (a guest named again in the sentence is still a guest; "from 2019" names no owner)
    for title in ["Low Tide", "Copper Wire", "Salt Field"]:
        assert (title, "Mira Vance") in facts
    assert ("Copper Wire", "Dex Holloway") not in facts


def test_an_artist_named_beside_a_title_without_guest_wording_still_blocks_it(extractor):
    text = _SOLO.replace("with Juno Park guesting on piano on its title song", "the year Juno Park wrote it")
    assert ("Salt Field", "Mira Vance") not in by_artist(extractor, text)
