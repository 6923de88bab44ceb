"""Release dates and video directors, third round: roundups dated by their intro line,
relative days ("three weeks ago", "at midnight", "on the 28th"), a year that describes
a quoted title, and the credit lines of a video roundup. One short text of our own per
phrasing, run through the real spaCy pipeline; facts below the default confidence do
not count."""

from __future__ import annotations

from datetime import date

from extracting import kept_facts

from artistgraph.loaders.dates import anaphoric_year, resolve_date

PUBLISHED = date(2025, 6, 13)  # a Friday


def dated(extractor, text: str, published: date | None = PUBLISHED) -> set[tuple[str, str]]:
    return {(f.subject, str(f.object)) for f in kept_facts(extractor, text, published) if f.relation == "RELEASED_ON"}


def directed(extractor, text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in kept_facts(extractor, text, PUBLISHED) if f.relation == "DIRECTED_BY"}


# -- date phrases ------------------------------------------------------------------

def test_relative_phrases_resolve_to_a_day():
    assert resolve_date("three weeks ago", PUBLISHED) == "2025-05-23"
    assert resolve_date("two weeks later", PUBLISHED) is None  # counted from some other event
    assert resolve_date("at midnight", PUBLISHED, future=False) == "2025-06-13"
    assert resolve_date("on the 28th", PUBLISHED, future=True) == "2025-06-28"
    assert resolve_date("the 2nd", PUBLISHED, future=True) == "2025-07-02"
    assert resolve_date("on the 20th", PUBLISHED, future=False) == "2025-05-20"
    assert anaphoric_year("that same year") == 0


# -- roundups ----------------------------------------------------------------------

ROUNDUP = """Five Tracks for Your Weekend

Our inbox is full again. All of these tracks came out today unless we say otherwise.

1. Mara Vell – "Copper Orchard"
Mara Vell builds a whole orchestra out of kitchen pans.

2. The Tin Kites – "Rooftop Semaphore"
Jangly and bright. Out since Tuesday, and still on repeat.

3. Dusk Parade – "Lantern Teeth"
A slow burner that isn't out yet: the band played it live for us."""


def test_roundup_intro_dates_each_entry(extractor):
    facts = dated(extractor, ROUNDUP)
    assert ("Copper Orchard", "2025-06-13") in facts
    assert ("Rooftop Semaphore", "2025-06-10") in facts  # its own day
    assert not any(title == "Lantern Teeth" for title, _ in facts)  # not out yet


def test_roundup_without_intro_line_dates_nothing(extractor):
    text = ROUNDUP.replace("All of these tracks came out today unless we say otherwise.", "Enjoy them.")
    facts = dated(extractor, text)
    assert not any(title in {"Copper Orchard", "Rooftop Semaphore"} for title, _ in facts)


# -- relative days -----------------------------------------------------------------

def test_hit_streaming_weeks_ago(extractor):
    text = ('Rapper Dell Quince is in fine form on the lead single "Glass Stairwell," which hit streaming '
            'three weeks ago.')
    assert ("Glass Stairwell", "2025-05-23") in dated(extractor, text)


def test_dropped_at_midnight(extractor):
    text = "The duo Wren Ashby and Cal Mott dropped their third album, Salt Lamp Choir, at midnight."
    assert ("Salt Lamp Choir", "2025-06-13") in dated(extractor, text)


def test_that_same_year_counts_from_the_year_before(extractor):
    text = ("In 2011, Pia Lorn and Ned Skelly met at art school. They called themselves Velvet Kettle, put out one "
            "EP, Harbour Moths, that same year, and split soon after.")
    assert ("Harbour Moths", "2011") in dated(extractor, text)


def test_a_noun_titled_gets_the_clause_date(extractor):
    text = 'To thank his fans, Jiwon will release a fan song titled "Paper Crane Letter" in August.'
    assert ("Paper Crane Letter", "2025-08") in dated(extractor, text)


# -- a year describing a title ---------------------------------------------------------

def test_year_and_genre_words_before_a_quoted_title(extractor):
    text = ('The encore was a cover of the Lemon Arcade\'s 2008 synth-pop staple "Night Bus Halo", '
            'slowed to a crawl.')
    assert ("Night Bus Halo", "2008") in dated(extractor, text)


def test_title_then_the_year_and_one_noun(extractor):
    text = ('Corvo also revisits "Lua Quebrada," the 1971 morna first recorded by Dina Prates, '
            'and makes it her own.')
    assert ("Lua Quebrada", "1971") in dated(extractor, text)


def test_year_of_a_tour_is_no_release_date(extractor):
    text = 'Corvo also revisits "Lua Quebrada," the 2019 tour closer, and makes it her own.'
    assert not any(title == "Lua Quebrada" for title, _ in dated(extractor, text))


# -- directors in roundups ---------------------------------------------------------------

VIDEOS = """The Best Videos of the Week

Harlow Finch – "Tin Can Sermon"
Dir. Oona Klemp. A choir of mannequins in an empty car park.

Junebug Static – "Velvet Alarm"
From director Teodor Vass comes a one-take dance through a closed bowling alley.

Lil Sprocket – "Neon Hopscotch"
The rapper co-directed the clip with Dutch filmmaker Anouk Brenner, and it glows."""


def test_roundup_credit_lines_name_the_entry_director(extractor):
    facts = directed(extractor, VIDEOS)
    assert ("Tin Can Sermon", "Oona Klemp") in facts
    assert ("Velvet Alarm", "Teodor Vass") in facts
    assert ("Neon Hopscotch", "Anouk Brenner") in facts


def test_credit_line_without_heading_names_no_video(extractor):
    text = "We loved the new records this week. Dir. Oona Klemp was on the jury of the film festival."
    assert directed(extractor, text) == set()


def test_listing_line_with_bracketed_director(extractor):
    text = 'New clips\n\n"Marble Choir" – Pell Dorrit (dir. Sanne Hoek)\nA slow zoom through a flooded library.'
    assert ("Marble Choir", "Sanne Hoek") in directed(extractor, text)


# -- an apposition with its own release clause ----------------------------------------

def test_apposed_noun_with_contact_release_clause(extractor):
    text = '"Tin Umbrella," a scratchy B-side the pair released in 2013, took off after a dance clip.'
    assert ("Tin Umbrella", "2013") in dated(extractor, text)


def test_apposed_recording_date_is_no_release_date(extractor):
    text = '"Tin Umbrella," a scratchy B-side the pair recorded in 2013, took off after a dance clip.'
    assert not any(title == "Tin Umbrella" for title, _ in dated(extractor, text))


def test_date_of_a_report_is_no_release_date(extractor):
    text = ("According to agency Bluefern Entertainment on the 9th, girl group LUMEN7 will release its first full "
            "album 'Night Signal' on the 27th.")
    facts = dated(extractor, text)
    assert ("Night Signal", "2025-06-27") in facts
    assert ("Night Signal", "2025-06-09") not in facts


# -- released together with the album ----------------------------------------------------

def test_title_track_released_with_the_album_takes_its_date(extractor):
    text = ("Girl group LUMEN7 will return with their second mini album 'Night Signal' on June 27. "
            "The lead song 'Glass Comet' and its video will drop simultaneously with the album.")
    assert ("Glass Comet", "2025-06-27") in dated(extractor, text)


def test_released_before_the_album_takes_no_album_date(extractor):
    text = ("Girl group LUMEN7 will return with their second mini album 'Night Signal' on June 27. "
            "The title track 'Glass Comet' will be released a week before the album.")
    assert ("Glass Comet", "2025-06-27") not in dated(extractor, text)


# -- a release shared with a video ---------------------------------------------------------

def test_release_shared_alongside_a_video_directed_by(extractor):
    text = ('The duo have shared lead single "Weir Lantern," a slow, fiddle-led murder ballad, alongside an '
            'official video directed by Hester Quayle.')
    assert ("Weir Lantern", "Hester Quayle") in directed(extractor, text)


def test_video_of_another_release_between(extractor):
    text = ('The duo have shared "Weir Lantern," a cousin of their 2019 song "Mill Race," alongside an '
            'official video directed by Hester Quayle.')
    assert ("Weir Lantern", "Hester Quayle") not in directed(extractor, text)
