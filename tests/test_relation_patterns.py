"""BY_ARTIST through an album: the singles that led or preceded it, "From <album> came <single>",
"“X” and “Y”, the former from <album>"; and when the article's main artist may take a
title nobody is credited with. Our own sentences and invented names; real spaCy pipeline."""

from __future__ import annotations

from extracting import kept_facts


def by_artist(extractor, text: str) -> set[tuple[str, str]]:
    """(release, artist) of the kept BY_ARTIST facts."""
    return {(f.subject, f.object) for f in kept_facts(extractor, text) if f.relation == "BY_ARTIST"}


# -- an album and its singles ---------------------------------------------------------------------------------

def test_album_led_by_single(extractor):
    text = "Marla Quint's third album, Paper Comets, arrived in March, led by the single \"Lamplight\"."
    got = by_artist(extractor, text)
    assert ("Paper Comets", "Marla Quint") in got
    assert ("Lamplight", "Marla Quint") in got


def test_from_album_came_single(extractor):
    text = ("Marla Quint released her third album, \"Paper Comets\", in 2019. "
            "From \"Paper Comets\" came the single \"Lamplight\", which reached the top ten.")
    assert ("Lamplight", "Marla Quint") in by_artist(extractor, text)


def test_from_needs_to_open_the_sentence(extractor):
    # "turned away from" an album says nothing about what the album holds
    text = ("Marla Quint released her third album, \"Paper Comets\", in 2019. "
            "Critics who turned away from \"Paper Comets\" came back for the single \"Lamplight\".")
    assert ("Lamplight", "Marla Quint") not in by_artist(extractor, text)


def test_the_former_from_album(extractor):
    text = "Marla Quint played \"Lamplight\" and \"Oxbow\", the former from her 2019 album Paper Comets."
    got = by_artist(extractor, text)
    assert ("Lamplight", "Marla Quint") in got
    assert ("Oxbow", "Marla Quint") not in got


def test_the_latter_from_album(extractor):
    text = "Marla Quint played \"Lamplight\" and \"Oxbow\", the latter from Dune Songs, her 2019 album."
    got = by_artist(extractor, text)
    assert ("Oxbow", "Marla Quint") in got
    assert ("Lamplight", "Marla Quint") not in got


# -- the article's main artist -----------------------------------------------------------------------------------

_ABOUT_TOVA = ("Tova Lind returns to the stage this autumn{album}. Tova Lind told fans she had spent the year "
               "resting at home. {line} Lind will visit six cities in October.")


def test_focus_artist_takes_title_said_of_music(extractor):
    text = _ABOUT_TOVA.format(album="", line="The slow chorus of “Moonlit Letters” still closes every night.")
    assert ("Moonlit Letters", "Tova Lind") in by_artist(extractor, text)


def test_focus_artist_keeps_such_a_title_in_an_article_about_records(extractor):
    text = _ABOUT_TOVA.format(album=" with her album “Tin Harbour”",
                              line="Her fans picked “Moonlit Letters” as the moment of the year.")
    got = by_artist(extractor, text)
    assert ("Tin Harbour", "Tova Lind") in got
    assert ("Moonlit Letters", "Tova Lind") in got


def test_focus_artist_keeps_such_a_title_when_the_artist_is_said_to_have_a_record(extractor):
    text = _ABOUT_TOVA.format(album=" with a new single",
                              line="Her fans picked “Moonlit Letters” as the moment of the year.")
    assert ("Moonlit Letters", "Tova Lind") in by_artist(extractor, text)
