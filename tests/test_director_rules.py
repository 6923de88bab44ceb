"""Directors named away from their video: "Directed by A, the MV ...", "Its video,
directed by A", "A directed this one herself" in a list of videos. One short text of
our own per phrasing, each with a case that must not give the fact. The real spaCy
pipeline runs; facts below the default confidence do not count."""

from __future__ import annotations

import pytest
from extracting import kept_facts


def directors(extractor, text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in kept_facts(extractor, text) if f.relation == "DIRECTED_BY"}


def test_the_mv_is_the_release_the_text_tied_to_a_video(extractor):
    text = ("Singer Lune put out her second EP “Tidepool” and, with it, the music video of its lead single "
            "“Salt Kiss.” Directed by Tessa Lomb, the colourful MV shows Lune dancing on a frozen lake.")
    assert directors(extractor, text) == {("Salt Kiss", "Tessa Lomb")}


def test_the_mv_with_two_releases_and_no_video_named_stays_unsure(extractor):
    text = ("Singer Lune put out her second EP “Tidepool” and its lead single “Salt Kiss.” "
            "Directed by Tessa Lomb, the colourful MV shows Lune dancing on a frozen lake.")
    assert not directors(extractor, text)


def test_its_video_is_the_video_of_the_release_its_stands_for(extractor):
    text = ('Rowan Pike is back with "Paper Crown." The song will be out on Friday. '
            "Its video, directed by Tessa Lomb, was filmed in a car park in Leeds.")
    assert directors(extractor, text) == {("Paper Crown", "Tessa Lomb")}


def test_directed_this_one_in_a_video_round_up(extractor):
    text = ('Here are the best music videos of the week.\n\nSkye Dane - "Glitter Bill"\n'
            "Dane directed this one herself, and you can tell: each shot is stuffed with gags.")
    assert directors(extractor, text) == {("Glitter Bill", "Skye Dane")}


def test_directed_it_needs_a_video_in_the_passage(extractor):
    text = 'Skye Dane is back with "Glitter Bill" and she directed it herself.'
    assert not directors(extractor, text)


def test_he_for_a_named_director_directs_other_peoples_videos(extractor):
    text = ("Noor Vale, music-video director, has a new film out.\n\n"
            "Vale started with short films. He also directed the video for “Tin Heart” by the singer Ada Quill "
            "in 2016.")
    assert ("Tin Heart", "Noor Vale") in directors(extractor, text)


def test_he_for_a_singer_does_not_direct_a_video_named_with_him(extractor):
    text = ("Ada Quill has a new album out.\n\n"
            "Quill started in a choir. He also directed the video for “Tin Heart” by the band Low Pines in 2016.")
    assert ("Tin Heart", "Ada Quill") not in directors(extractor, text)


_DIRECTOR_STORY = (
    "Paul Vane, music-video director\n\n"
    "The film director Paul Vane has made dozens of clips. The Lark sisters first worked with Vane on the video "
    "for “Summer Rain” in 2019. Vane later made a feature film.\n"
)


def test_worked_with_a_named_director_on_a_video(extractor):
    assert ("Summer Rain", "Paul Vane") in directors(extractor, _DIRECTOR_STORY)


def test_worked_with_a_producer_on_a_song_is_no_directing(extractor):
    text = _DIRECTOR_STORY + "The sisters also worked with producer Dan Oak on the video for “Blue Hour”.\n"
    facts = directors(extractor, text)
    assert ("Blue Hour", "Dan Oak") not in facts
    assert ("Summer Rain", "Paul Vane") in facts


# -- a film named as its director's ---------------------------------------------------------

def test_directors_possessive_with_a_film_noun(extractor):
    text = ("Halvard Ness's new animated feature, Kestrel, opened in cinemas across Norway on Friday, and "
            "its soundtrack is by the Bergen band Ice Ferns.")
    assert ("Kestrel", "Halvard Ness") in directors(extractor, text)


def test_a_role_in_the_directors_film(extractor):
    text = ("Wade Corran is also an actor: he had a small role in Simon Ardley's Killing the Lantern Keeper, "
            "which reached cinemas in October.")
    assert ("Killing the Lantern Keeper", "Simon Ardley") in directors(extractor, text)


@pytest.mark.parametrize("text", [
    "Wade Corran is also an actor: he had a small role in Simon Ardley's Killing the Lantern Keeper, "
    "which reached cinemas in October.",
    "Halvard Ness's new animated feature, Kestrel, opened in cinemas across Norway on Friday.",
])
def test_the_films_director_is_not_its_artist(extractor, text):
    credited = {(f.relation, f.object) for f in kept_facts(extractor, text)}
    assert ("DIRECTED_BY", "Simon Ardley") in credited or ("DIRECTED_BY", "Halvard Ness") in credited
    assert not {("BY_ARTIST", "Simon Ardley"), ("BY_ARTIST", "Halvard Ness")} & credited


def test_a_musicians_possessive_record_is_no_film(extractor):
    text = ("Wade Corran played two songs from Simon Ardley's Killing the Lantern Keeper, the folk album "
            "that made his name, at the wake.")
    assert not directors(extractor, text)


def test_a_musicians_concert_film_is_no_directing_credit(extractor):
    text = "Tamsin Roe's concert film “Lowland Nights” will premiere at a festival in Leeds next month."
    assert not directors(extractor, text)



# --- a profile of a director: "he directed B's “X”", "he shot B's “Y”" ---

_PROFILE = ("Mara Osk: the restless director behind a decade of strange clips\n\n"
            "Mara Osk grew up in Bergen and studied painting. In 2015 she directed Tom Fell's “Low Tide”, "
            "a single take on a ferry. The next year she shot Ivy Carr's “Glass Town” in an empty mall.")


def test_a_director_heading_lets_her_pronoun_direct_other_peoples_titles(extractor):
    found = directors(extractor, _PROFILE)
    assert ("Low Tide", "Mara Osk") in found and ("Glass Town", "Mara Osk") in found


def test_sought_after_directors_comma_presents_the_name(extractor):
    text = ("Before he became one of rock's busiest directors, Ulf Brann played bass in a punk band. "
            "In 2009 he made Nina Kell's “Red Alarm”, a clip set in a car wash.")
    assert ("Red Alarm", "Ulf Brann") in directors(extractor, text)


def test_a_creative_director_who_shot_a_title_is_no_video_director(extractor):
    text = ("Mara Osk, the label's creative director, grew up in Bergen. "
            "In 2015 she shot Tom Fell's “Low Tide” cover on a ferry.")
    assert not directors(extractor, text)


def test_a_photographer_who_shot_a_title_is_no_video_director(extractor):
    text = ("Mara Osk, a Bergen photographer, has worked with many bands. "
            "In 2015 she shot Tom Fell's “Low Tide” for a magazine.")
    assert not directors(extractor, text)


def test_a_musician_who_made_his_own_record_directs_nothing(extractor):
    text = ("Ulf Brann played bass in a punk band for years. "
            "In 2009 he made “Red Alarm”, his first solo album.")
    assert not directors(extractor, text)


def test_a_company_director_does_not_direct_a_title(extractor):
    text = ("Ulf Brann, the managing director of Fjord Records, signed the band in 2019. "
            "That year he made Nina Kell's “Red Alarm” a priority.")
    assert not directors(extractor, text)


def test_directed_several_including_a_title(extractor):
    text = ("Noor Vale, music-video director, has a new film out.\n\n"
            "The Lark sisters put out their single “Paper Boats” in 2020. Vale first worked with them in 2019. "
            "He directed a few more for the sisters, including “Paper Boats”, before he cast one of them in a feature.")
    assert ("Paper Boats", "Noor Vale") in directors(extractor, text)


def test_directed_videos_for_bands_including_a_band_names_no_title(extractor):
    text = ("Noor Vale, music-video director, has a new film out.\n\n"
            "He directed clips for many bands, including Low Pines, before his first feature.")
    assert not directors(extractor, text)


# --- "Directed by A, the film follows ...": the film the sentences before name ---

def test_opening_credit_names_the_film_of_the_sentence_before(extractor):
    text = ("Fans queued all night for a restoration of “Night Ferry”, which had a gala screening on Monday.\n\n"
            "Directed by Lena Moor and first released in 1991, the band's concert film follows them over two nights.")
    assert directors(extractor, text) == {("Night Ferry", "Lena Moor")}


def test_opening_credit_with_a_relative_clause_and_two_directors(extractor):
    text = ("“Paper Sun”, the first documentary made with the group, opens in cinemas on Friday.\n\n"
            "Directed by Lena Moor, who also wrote the script with Ivo Tal, the film follows the "
            "group from school to their first tour.")
    found = directors(extractor, text)
    assert ("Paper Sun", "Lena Moor") in found
    assert ("Paper Sun", "Ivo Tal") not in found  # a co-writer named in the relative clause


def test_opening_credit_with_a_channel_before_the_film_noun(extractor):
    text = ("In 2021 the singer Ada Quill was the subject of Lowlands, a documentary about her early years.\n\n"
            "Directed by Lena Moor, the HBO documentary follows Quill on tour.")
    found = directors(extractor, text)
    assert ("Lowlands", "Lena Moor") in found
    assert not any(person in {"HBO", "Ada Quill"} for _, person in found)


def test_opening_credit_after_two_films_is_left_alone(extractor):
    text = ("The festival showed the film “Night Ferry” and the film “Salt Roads” on Monday.\n\n"
            "Directed by Lena Moor, the film follows a band over two nights.")
    assert not directors(extractor, text)


def test_produced_by_is_no_directing_credit(extractor):
    text = ("Fans queued all night for a restoration of “Night Ferry”, which had a gala screening on Monday.\n\n"
            "Produced by Lena Moor, the band's concert film follows them over two nights.")
    assert not directors(extractor, text)
