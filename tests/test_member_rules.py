"""Band membership: one short text of our own per rule of how music news states
(or only seems to state) that someone is in a band. The real spaCy pipeline runs
through the Extractor; facts below the default confidence do not count."""

from __future__ import annotations

from extracting import kept_facts


def members(extractor, text: str) -> set[tuple[str, str]]:
    """(person, band) of the kept MEMBER_OF facts."""
    return {(f.subject, f.object) for f in kept_facts(extractor, text) if f.relation == "MEMBER_OF"}


def test_band_announces_departure_of_role(extractor):
    text = "Bristol rockers Copperline have confirmed the exit of founding drummer Tess Morrow after ten years."
    assert ("Tess Morrow", "Copperline") in members(extractor, text)


def test_supergroup_featuring_role_named_people(extractor):
    text = ("Organisers have booked Iron Lanterns, the new supergroup featuring Velvet Moth frontman Jonah Pratt "
            "and former Saltmarsh guitarist Carl Dempsey.")
    got = members(extractor, text)
    assert {("Jonah Pratt", "Iron Lanterns"), ("Carl Dempsey", "Iron Lanterns"), ("Jonah Pratt", "Velvet Moth")} <= got


def test_band_featuring_guest_is_no_member(extractor):
    # a band "featuring" a name on a song credits a guest
    text = "The single by Copperline featuring Tess Morrow entered the chart at number nine."
    assert ("Tess Morrow", "Copperline") not in members(extractor, text)


def test_counted_band_noun_then_role_list(extractor):
    text = ("Dream-pop duo SILVER FERN, singer Ona Brisk and producer Tamsin Vey, today share their debut "
            "album.")
    got = members(extractor, text)
    assert {("Ona Brisk", "SILVER FERN"), ("Tamsin Vey", "SILVER FERN")} <= got


def test_counted_noun_must_match_the_list(extractor):
    # a trio cannot be two people: the names are someone else's
    text = "Indie trio The Parlours, singer Ona Brisk and producer Tamsin Vey, all played the festival on Friday."
    got = members(extractor, text)
    assert ("Ona Brisk", "The Parlours") not in got and ("Tamsin Vey", "The Parlours") not in got


def test_nth_member_to_enlist_follows_earlier_members(extractor):
    text = ("Taemin is the third HALCYON member to enlist, after Joon, who enlisted in May 2023, "
            "and Siwoo, who enlisted last month.")
    got = members(extractor, text)
    assert {("Joon", "HALCYON"), ("Siwoo", "HALCYON")} <= got


def test_following_without_member_phrase_says_nothing(extractor):
    text = "HALCYON will tour Japan in May, following Joon's solo concerts in Osaka."
    assert ("Joon", "HALCYON") not in members(extractor, text)


def test_debut_as_named_unit(extractor):
    text = "Dahye and Suah will debut as the duo MOONLARK with the single Paper Boats next month."
    got = members(extractor, text)
    assert {("Dahye", "MOONLARK"), ("Suah", "MOONLARK")} <= got


def test_performing_as_guest_of_a_band_is_no_membership(extractor):
    text = "Lola Brennan performed as a guest of the band Copperline at the Roundhouse."
    assert ("Lola Brennan", "Copperline") not in members(extractor, text)


def test_one_half_of_duo_alongside_partner(extractor):
    text = "Mira Sato, one half of the house duo Sato & Penn alongside Gil Penn, produced the record in Lisbon."
    got = members(extractor, text)
    assert {("Mira Sato", "Sato & Penn"), ("Gil Penn", "Sato & Penn")} <= got


def test_duo_she_formed_with_partner(extractor):
    text = ("Tess Morrow quit the band to focus on Glass Canary, the synth duo she started in 2024 with "
            "producer Arlo Finch.")
    got = members(extractor, text)
    assert {("Tess Morrow", "Glass Canary"), ("Arlo Finch", "Glass Canary")} <= got


def test_group_he_joined_in_a_relative_clause(extractor):
    text = ("Ed Conway's estate includes his share of The Larkspurs, the Glasgow soul group he joined as a "
            "teenage bassist in 1971.")
    assert ("Ed Conway", "The Larkspurs") in members(extractor, text)


def test_singer_listed_with_band_roles(extractor):
    text = ("Copperline are back. Singer Tess Morrow, guitarist Lou Brant and keyboard player Nia Cole recorded "
            "the new album in Wales, Copperline said.")
    got = members(extractor, text)
    assert {("Tess Morrow", "Copperline"), ("Lou Brant", "Copperline"), ("Nia Cole", "Copperline")} <= got


def test_lone_singer_is_not_the_bands(extractor):
    text = ("Copperline are back with a new album. Pop singer Lola Brennan sings on one track, "
            "Copperline said.")
    assert ("Lola Brennan", "Copperline") not in members(extractor, text)


def test_role_stands_in_a_negated_clause(extractor):
    text = ("Saltmarsh have reunited for a tour. Original bassist Ray Dunmore will not be involved, the band said. "
            "Saltmarsh play Leeds on May 2.")
    assert ("Ray Dunmore", "Saltmarsh") in members(extractor, text)


def test_lineup_of_siblings_after_a_dash(extractor):
    text = "The folk band Hollow Reed - siblings Ana Ruiz, Tomas Ruiz and Ines Ruiz - won the award."
    got = members(extractor, text)
    # the first name after a bare dash is the calibrated "group-lineup" rule, which measures 7 of 26
    # right on the development sets and so stays below the default threshold; the list it opens is kept
    assert {("Tomas Ruiz", "Hollow Reed"), ("Ines Ruiz", "Hollow Reed")} <= got


def test_started_out_in_band_with_sibling(extractor):
    text = "Lena Brook started out in the band Paper Gliders Club with her brother Otto Brook before going solo."
    got = members(extractor, text)
    assert {("Lena Brook", "Paper Gliders Club"), ("Otto Brook", "Paper Gliders Club")} <= got


def test_founded_by_a_company_is_no_founder(extractor):
    text = "Formed by a Busan agency, VELOUR is a girl group whose line-up is Han Yuna, Seo Mirae and Bae Jin."
    assert not any(band == "VELOUR" and person == "Busan" for person, band in members(extractor, text))


def test_possessive_list_stops_at_a_name_with_its_own_band(extractor):
    text = ("Copperline frontman Jonah Pratt, Velvet Moth's Nia Cole and Ashgrove drummer Ray Dunmore have "
            "started a new band.")
    assert ("Ray Dunmore", "Velvet Moth") not in members(extractor, text)
