"""COLLABORATED_WITH and FEATURES, second round: trading parts on a record ("the single on
which A traded insults and tenderness with B", "A guests on “X”, trading solos with B"),
"B, with whom A had released X", a title-first dash credit whose title ends in a full stop
("“Us.” — A featuring B"), a guest who duets with the focus band's singer, and guards for
a duet credited to both singers, bandmates trading lines and a list's spread credit.
Texts and names are our own; the real spaCy pipeline runs through the Extractor."""

from __future__ import annotations

from extracting import kept_facts


def facts(extractor, text: str, relation: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in kept_facts(extractor, text) if f.relation == relation}


def collabs(extractor, text: str) -> set[frozenset[str]]:
    return {frozenset(p) for p in facts(extractor, text, "COLLABORATED_WITH")}


def test_single_on_which_a_traded_parts_with_b(extractor):
    text = ("Dorran Vey, the Harbour Lamps singer, has died. His best-loved song is \"Winter Quay\", the 1989 "
            "single on which Maddie Orrin traded jokes and heartbreak with Vey over an out-of-tune piano.")
    assert frozenset({"Maddie Orrin", "Dorran Vey"}) in collabs(extractor, text)
    assert ("Winter Quay", "Maddie Orrin") in facts(extractor, text, "FEATURES")


def test_guest_trading_solos_with_a_player(extractor):
    text = ("The record also sees guitar hero Tobin Lasse guest on the ten-minute \"Iron Fjord,\" trading "
            "solos with guitarist Marten Holm.")
    assert frozenset({"Tobin Lasse", "Marten Holm"}) in collabs(extractor, text)


def test_bandmates_trading_lines_are_no_collaboration(extractor):
    text = ("Wet Pavement's second album is out. Bassist Jo Arden, still the quiet one, steps forward on "
            "\"Brine\", trading lines with singer Cass Mellor over a borrowed bassline.")
    assert frozenset({"Jo Arden", "Cass Mellor"}) not in collabs(extractor, text)


def test_trading_insults_without_a_record_is_a_feud(extractor):
    text = "Rapper Kilo Vance traded insults with Dex Marlowe on social media all spring."
    assert frozenset({"Kilo Vance", "Dex Marlowe"}) not in collabs(extractor, text)


def test_with_whom_she_released_an_album(extractor):
    text = ("Mara Quill joined the band in 1979 with her then-partner Teo Halden, with whom she had already "
            "released the album Quiet Harbours as a duo.")
    assert frozenset({"Mara Quill", "Teo Halden"}) in collabs(extractor, text)
    assert ("Quiet Harbours", "Teo Halden") in facts(extractor, text, "BY_ARTIST")


def test_title_first_dash_credit_with_a_full_stop(extractor):
    text = ("Song of the Year nominees\n\n"
            "\"Me.\" — Rilla Kane featuring Joss Amberly\n"
            "\"Lanterns\" — Ode Hartley\n")
    assert ("Me.", "Joss Amberly") in facts(extractor, text, "FEATURES") or (
        "Me", "Joss Amberly") in facts(extractor, text, "FEATURES")
    assert frozenset({"Rilla Kane", "Joss Amberly"}) in collabs(extractor, text)


def test_guest_duets_with_the_focus_bands_singer(extractor):
    text = ("Post-punk band Tallow have confirmed their third album, 'Ash Chapel', due in May. Tallow recorded "
            "it in a barn over two winters, and frontman Remy Ostler said Tallow have never sounded calmer. "
            "Lead single 'Kiln' is out now. Elsewhere on the album, folk singer Nia Brook duets with Ostler "
            "on the slow-burning 'Undertow'. Tallow tour in June.")
    got = collabs(extractor, text)
    assert frozenset({"Nia Brook", "Remy Ostler"}) in got
    assert frozenset({"Nia Brook", "Tallow"}) in got


def test_duet_naming_both_singers_is_not_the_focus_bands(extractor):
    text = ("Halden Crowe, the Grey Pilots singer, has died aged 66. The Grey Pilots made four albums. "
            "The Grey Pilots split in 1996. Crowe recorded a solo album in 1998, and his 1999 duet with Ana Ruell, "
            "\"Low Tide\", was a hit in Ireland. The Grey Pilots reunited in 2010.")
    got = collabs(extractor, text)
    assert frozenset({"Halden Crowe", "Ana Ruell"}) in got
    assert frozenset({"The Grey Pilots", "Ana Ruell"}) not in got


def test_featured_artist_pairs_with_the_titles_own_credit_not_a_list(extractor):
    text = ("The year's biggest songs included Lorn Baxley's \"Dust Road\" and \"Hold Me Up\" by Tey Marlo "
            "featuring Ash Varney, which came out in May.")
    got = collabs(extractor, text)
    assert frozenset({"Tey Marlo", "Ash Varney"}) in got
    assert frozenset({"Lorn Baxley", "Ash Varney"}) not in got
