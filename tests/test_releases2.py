"""BY_ARTIST, second round: co-primaries a release verb makes "with" someone ("with
whom he made the albums A and B"), duets "between" two singers and joint credits,
and the band a story is about when its frontman is the name it repeats most. Texts
and names are our own; the real spaCy pipeline runs through the Extractor."""

from __future__ import annotations

from extracting import kept_facts


def credits(extractor, text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in kept_facts(extractor, text) if f.relation == "BY_ARTIST"}


def test_with_whom_makes_both_artists_of_the_albums(extractor):
    text = ("Tomas Reyle is touring again with Greta Lindqvist, with whom he made the albums Salt Orchard (2009) "
            "and Iron Meadow (2014).")
    got = credits(extractor, text)
    assert {("Salt Orchard", "Greta Lindqvist"), ("Iron Meadow", "Greta Lindqvist")} <= got


def test_producer_made_with_is_no_partner(extractor):
    text = "Mara Quell released the album Harbour Glass with producer Dov Aster in 2021."
    got = credits(extractor, text)
    assert ("Harbour Glass", "Mara Quell") in got
    assert ("Harbour Glass", "Dov Aster") not in got


def test_duet_between_two_singers_credits_both(extractor):
    text = ("Its biggest song is already \"Paper Beacons\", a duet between Ines Varga and fellow Hungarian "
            "Zsofia Kele that answers both singers' exes.")
    got = credits(extractor, text)
    assert {("Paper Beacons", "Ines Varga"), ("Paper Beacons", "Zsofia Kele")} <= got


def test_credited_jointly_to_two_artists(extractor):
    text = "The catalogue includes \"Night Signal\", the 1984 single credited jointly to Corvid Lane and Ada Birch."
    got = credits(extractor, text)
    assert {("Night Signal", "Corvid Lane"), ("Night Signal", "Ada Birch")} <= got


def test_headline_band_owns_the_releases_over_its_frontman(extractor):
    text = ("Live review: The Tallow Kings, Brixton Academy\n\n"
            "The Tallow Kings are no longer the band who raced through their songs. On Friday Rob Haskett "
            "walked on in a velvet suit and eased into \"Lamplight Parade\", the slow opener of last year's "
            "\"Copper Sky\".\n\n"
            "Haskett was in fine voice. Haskett sang well. Their old single \"Brickdust\" drew the loudest "
            "singalong, with Haskett grinning at the front. Haskett danced. The encore closed with \"Northbound\", "
            "the 2006 song that started it all. Haskett thanked the crowd twice, and Haskett left. Haskett "
            "waved. Haskett will be back in May.")
    got = credits(extractor, text)
    assert any(r == "Northbound" and a.endswith("Tallow Kings") for r, a in got)
    assert not {r for r, a in got if a == "Rob Haskett"}


def test_duet_between_singers_on_a_bands_record_is_no_joint_credit(extractor):
    text = ("Ferrow Vale will reissue their album Lake Lines in May. Ferrow Vale recorded it in 1999. "
            "Ferrow Vale have added bonus tracks. The best bonus track is \"Ice Road\", a duet between singer "
            "Pell Amory and the late folk singer Wyn Castle.")
    got = credits(extractor, text)
    assert ("Ice Road", "Wyn Castle") not in got
