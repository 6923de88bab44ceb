"""Release dates and directors, second round: one short text of our own per rule
(untyped titles after "YEAR album,", timeline lines, "out now", appositions
released today, festival premieres; "its video", a roundup's section heading,
"the film", "a short by director X"). The real spaCy pipeline runs through the
Extractor; facts below the default confidence do not count."""

from __future__ import annotations

from datetime import date

from extracting import kept_facts


def dates(extractor, text: str, published: date | None = None) -> set[tuple[str, str | None]]:
    return {(f.subject, f.object) for f in kept_facts(extractor, text, published) if f.relation == "RELEASED_ON"}


def directors(extractor, text: str, published: date | None = None) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in kept_facts(extractor, text, published) if f.relation == "DIRECTED_BY"}


# -- release dates ------------------------------------------------------------------

def test_year_album_apposition_types_an_untyped_title(extractor):
    text = "Her 2017 album, Marrow Weather, sold poorly but found a cult audience in Leeds."
    assert ("Marrow Weather", "2017") in dates(extractor, text)


def test_year_without_release_noun_dates_nothing(extractor):
    text = "Her 2017 tour, Marrow Weather, sold out in a week."
    assert not {d for d in dates(extractor, text) if d[1] == "2017"}


def test_timeline_line_dates_the_release_on_it(extractor):
    text = ("QUILLFOX: every release so far\n"
            "May 2022 – First EP “Paper Gliders.”\n"
            "September 9, 2023 – Second single “Gravel Moon.”\n")
    got = dates(extractor, text)
    assert ("Paper Gliders", "2022-05") in got
    assert ("Gravel Moon", "2023-09-09") in got


def test_timeline_line_of_a_teaser_or_tour_dates_nothing(extractor):
    text = ("QUILLFOX schedule\n"
            "May 3, 2024 – “Gravel Moon” MV teaser\n"
            "June 2024 – World tour “Lantern Road” opens in Lisbon.\n")
    assert dates(extractor, text) == set()


def test_out_now_is_the_publication_day(extractor):
    text = "Lead single “Tin Harbour” is out now, and the album follows in the spring."
    assert ("Tin Harbour", "2025-03-14") in dates(extractor, text, date(2025, 3, 14))


def test_out_now_without_publication_date_dates_nothing(extractor):
    text = "Lead single “Tin Harbour” is out now, and the album follows in the spring."
    assert dates(extractor, text) == set()


def test_apposition_released_today(extractor):
    text = "Singer Noor Fasel has shared “Salt Garden,” a breezy synth-pop number released today via Kite Records."
    assert ("Salt Garden", "2025-05-02") in dates(extractor, text, date(2025, 5, 2))


def test_festival_premiere_is_no_release_date(extractor):
    text = ("The band's documentary, “Night Ferry,” will be first screened at the Harbourside Film "
            "Festival next month.")
    assert dates(extractor, text, date(2025, 5, 2)) == set()


# -- directors ------------------------------------------------------------------------

def test_its_video_is_the_release_named_before(extractor):
    text = ("The title track “Tidewater” has a verse from rapper Kenzo Ray, and its music video was shot by "
            "director Mirela Dusk.")
    assert ("Tidewater", "Mirela Dusk") in directors(extractor, text)


def test_roundup_heading_names_the_video(extractor):
    text = ("Clips of the week\n\n"
            "Harlow Pike – “Cinder Bloom”\n"
            "The singer's moody comeback video, helmed by Ossian Vale, is all candlelight and smoke.\n\n"
            "Gretel Moss – “Pebble Road”\n"
            "A lovely, simple performance piece shot in one take.\n")
    got = directors(extractor, text)
    assert ("Cinder Bloom", "Ossian Vale") in got
    assert ("Pebble Road", "Ossian Vale") not in got


def test_the_film_is_the_documentary_named_before(extractor):
    text = ("The band’s long-awaited documentary, “Cold Static Summer,” opens in cinemas on June 6. "
            "Directed by Halla Brenner, who followed the group for a decade, the 90-minute film mixes tour "
            "footage with interviews.")
    assert ("Cold Static Summer", "Halla Brenner") in directors(extractor, text, date(2025, 5, 2))


def test_short_by_director_under_a_heading(extractor):
    text = ("Best videos this week\n\n"
            "The Paper Moths – “Lint”\n"
            "The band cast a puppeteer as a lonely launderette owner in this wry short by director Ines Torv.\n")
    assert ("Lint", "Ines Torv") in directors(extractor, text)


def test_short_by_director_without_a_video_in_sight(extractor):
    text = "Ines Torv talked about her career. A short by director Ines Torv won a prize in Oslo."
    assert directors(extractor, text) == set()


def test_directed_this_one_himself_under_a_heading(extractor):
    text = ("New clips\n\n"
            "Rafa Quintero feat. Lola Brisa – “Gato Negro”\n"
            "Quintero directed this one himself, on a borrowed camera in his aunt's kitchen.\n")
    assert ("Gato Negro", "Rafa Quintero") in directors(extractor, text)


# -- enlistment ------------------------------------------------------------------------

def enlisted(extractor, text: str, published: date | None = None) -> set[tuple[str, str | None]]:
    return {(f.subject, f.object) for f in kept_facts(extractor, text, published) if f.relation == "ENLISTED"}


def test_speaker_who_says_he_plans_to_enlist(extractor):
    text = ("VERTEX member Dohwan will enlist on March 4. Jisung told a radio host he plans "
            "to enlist once the group's arena tour wraps up this autumn.")
    got = enlisted(extractor, text, date(2026, 2, 1))
    assert ("Jisung", None) in got
    assert ("Dohwan", "2026-03-04") in got


def test_currently_serving_members(extractor):
    text = ("Minseo is the first member of VERTEX to be discharged from the military. Fellow members Hyunjae "
            "and Taeyul are currently serving, and the rest of the group should enlist next year.")
    got = enlisted(extractor, text, date(2026, 2, 1))
    assert ("Hyunjae", None) in got and ("Taeyul", None) in got
    assert not {fact for fact in got if fact[1] == "2027"}  # "the remaining members" names nobody


def test_currently_serving_outside_the_military(extractor):
    text = "Former VERTEX manager Hyunjae is currently serving as a judge on a talent show."
    assert enlisted(extractor, text, date(2026, 2, 1)) == set()


def test_title_lands_on_date_whatever_the_parse(extractor):
    text = ("Singer Ada Kell and drummer Rob Tey have formed a new band, The Lamplighters, and their debut "
            "single 'Brass Kite' lands on January 9.")
    got = dates(extractor, text, date(2025, 12, 30))
    assert ("Brass Kite", "2026-01-09") in got
    assert not {fact for fact in got if fact[1] == "2025-01-09"}


def test_title_dropped_friday_looks_back(extractor):
    text = "Her new single “Copper Bell” dropped Friday, and fans loved it."
    assert ("Copper Bell", "2025-12-26") in dates(extractor, text, date(2025, 12, 30))


def test_title_topped_the_chart_on_a_date_is_no_release(extractor):
    text = "Her single “Copper Bell” topped the chart on Friday."
    assert dates(extractor, text, date(2025, 12, 30)) == set()


def test_title_then_the_bands_year_single(extractor):
    text = "The set list included ‘Morning Wire’, the band’s 2011 debut single, and two new songs."
    assert ("Morning Wire", "2011") in dates(extractor, text)


def test_solo_debut_with_a_release_on_a_date(extractor):
    text = "The agency confirmed that Jaeon will make his solo debut with the mini album “Neon Ferry” on May 20."
    assert ("Neon Ferry", "2026-05-20") in dates(extractor, text, date(2026, 5, 2))


def test_debut_with_a_band_dates_nothing(extractor):
    text = "She made her debut with the band Copper Coils in 2019."
    assert dates(extractor, text) == set()
