"""BY_ARTIST, fifth round: possessive titles the text cuts short or continues ("A's Hit Me Hard
and Soft"), co-primaries after "by" ("“X” by A and B"), "X, which A released", albums that
hold tracks after a year or an apposition ("X, their 1995 follow-up, home to “Y”"), "also from
X", and a focus artist kept out of paragraphs headed by another artist.
Texts and names are our own; the real spaCy pipeline runs through the Extractor."""

from __future__ import annotations

from extracting import kept_facts


def by_artist(extractor, text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in kept_facts(extractor, text) if f.relation == "BY_ARTIST"}


def test_co_primaries_listed_after_by(extractor):
    text = 'On the singles chart, "Paper Tiaras" by Lady Marrow and Bruno Vasquez returns to No. 1 this week.'
    got = by_artist(extractor, text)
    assert ("Paper Tiaras", "Lady Marrow") in got
    assert ("Paper Tiaras", "Bruno Vasquez") in got
    collab = {frozenset((f.subject, f.object)) for f in kept_facts(extractor, text)
              if f.relation == "COLLABORATED_WITH"}
    assert frozenset(("Lady Marrow", "Bruno Vasquez")) in collab


def test_relative_which_artist_released(extractor):
    text = "The band played Tusk Road, which Fleetwood Harbour released in 1979, in full."
    assert ("Tusk Road", "Fleetwood Harbour") in by_artist(extractor, text)


def test_album_home_to_tracks_after_apposition(extractor):
    text = ('Critics prefer The Drowned Larks\' "Copper Nights", their 1995 follow-up, home to "Wonderbox" '
            'and "Tin Anger".')
    got = by_artist(extractor, text)
    assert ("Wonderbox", "The Drowned Larks") in got
    assert ("Tin Anger", "The Drowned Larks") in got


def test_track_also_from_album(extractor):
    text = ('The Velvet Hounds played their album "The Van" in full. A slowed-down "Body Lotion", also from '
            '"The Van", ended the set.')
    assert ("Body Lotion", "Velvet Hounds") in by_artist(extractor, text)


def test_possessive_title_that_goes_on_is_not_cut(extractor):
    text = "Mara Quell's Quick n' Quiet Dreams is steady at No. 4 this week."
    assert not any(owner == "Mara Quell" and title in {"Quick", "Quick n"} for title, owner in
                   by_artist(extractor, text))


def test_group_possessive_pair_of_members_is_no_release(extractor):
    # guard: what must not fire
    text = "Wu-Tang Harbour's GZO and RZO contribute spoken passages to the album."
    assert not {t for t, _ in by_artist(extractor, text)} & {"GZO", "RZO"}


def test_possessive_untyped_title_still_read(extractor):
    # guard: the possessive guard leaves a whole title alone
    text = "Wren Talbot's Hold Me Closer entered the chart at number three."
    assert ("Hold Me Closer", "Wren Talbot") in by_artist(extractor, text)


def test_focus_artist_not_in_paragraph_headed_by_another(extractor):
    # guard: what must not fire
    text = ("Five bands named after places\n\n"
            "Kestrel — The Kestrel have played for fifty years. Kestrel singer Ann Doyle says Kestrel will "
            "tour again. \"Wind Song\", from the 1977 album \"Point Return\", is the band's biggest hit.\n\n"
            "Tokyo — The art-rock band fronted by David Sylph.\n"
            "\"Ghost Lights\" (1982) got them into the top five.\n\n"
            "Kestrel also play Boston next week; Kestrel fans are ready.")
    got = by_artist(extractor, text)
    assert ("Ghost Lights", "Kestrel") not in got
