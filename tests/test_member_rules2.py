"""MEMBER_OF phrasings of music news (second round): set-off line-ups, member guides,
sub-units, parts named by a reference to the band, "as the keyboardist of",
"<band> bandmate X", "fellow members". Each rule has a text of our own with invented
names, and a near miss that must not give the fact. Facts below the default
confidence do not count."""

from __future__ import annotations

from extracting import kept_facts


def members(extractor, text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in kept_facts(extractor, text) if f.relation == "MEMBER_OF"}


# -- set-off line-ups -------------------------------------------------------------------

def test_band_then_described_people_between_dashes(extractor):
    text = ("Folk duo Harrowgate Lanterns — Leeds schoolfriends Corin Ashby and Tobias Wren — wrote the record "
            "in a rented farmhouse.")
    got = members(extractor, text)
    assert {("Corin Ashby", "Harrowgate Lanterns"), ("Tobias Wren", "Harrowgate Lanterns")} <= got


def test_lineup_noun_then_parts_between_double_dashes(extractor):
    text = ("The Quillfeathers return in May. The band's original lineup -- singer Maren Oakes, guitarist "
            "Felix Dunmore and drummer Ivo Castellan -- reunited for the tour.")
    got = {s for s, o in members(extractor, text) if o.endswith("Quillfeathers")}
    assert {"Maren Oakes", "Felix Dunmore", "Ivo Castellan"} <= got


def test_credit_in_brackets_is_no_lineup(extractor):
    # a title with its two credited artists: "x" joins artists, not a band's members
    text = "Paper Comets (Kestrel Vane x Dorian Flux) tops the streaming chart this week."
    assert not members(extractor, text)


def test_caption_and_track_lines_are_no_lineup(extractor):
    text = "Words: Hattie Brennigan | Photo: Lionel Marsh\n\nGlasswork Choir – Orchard Lamps\n\nThe album is out now."
    assert not members(extractor, text)


def test_one_name_in_brackets_is_no_lineup(extractor):
    text = "The new single by rapper JUNO (Juno Mercer, born 2001) arrives on Friday."
    assert not members(extractor, text)


# -- member guides ----------------------------------------------------------------------

def test_member_guide_lines(extractor):
    text = ("VELORA debuted today with the mini album “First Orbit”. VELORA are signed to Northpeak.\n\n"
            "Meet the members:\n\n"
            "HAJIN (Lee Ha-jin, born 2004) – Leader and main vocalist.\n"
            "TAEO (Kim Tae-o, born 2005) – Main dancer and rapper.\n"
            "MIRU (Choi Mi-ru, born 2006) – Vocalist and maknae.\n")
    got = {s for s, o in members(extractor, text) if o == "VELORA"}
    assert len(got) == 3


def test_one_profile_line_is_no_guide(extractor):
    text = ("Actor HAJIN (Lee Ha-jin, born 1990) – a former vocalist – joins the cast of the drama.\n"
            "VELORA will appear on the show next week. VELORA are signed to Northpeak.")
    assert not {o for s, o in members(extractor, text) if s in {"HAJIN", "Lee Ha-jin"}}


# -- sub-units --------------------------------------------------------------------------

def test_sub_unit_members_are_the_band_members(extractor):
    text = ("LUMORA’s first sub-unit, LUMORA-S, made up of Yerin, Haeun and Japanese member Akane, "
            "will release a single on Friday.")
    got = {s for s, o in members(extractor, text) if o == "LUMORA"}
    assert {"Yerin", "Haeun", "Akane"} <= got


def test_sub_unit_needs_a_list(extractor):
    text = "LUMORA’s first sub-unit, LUMORA-S, will release a single on Friday, said Yerin."
    assert not {o for s, o in members(extractor, text) if s == "Yerin"}


# -- parts named by a reference to the band -----------------------------------------------

def test_people_then_the_groups_members(extractor):
    text = ("Boy group BRISKWAVE will tour Japan in March. Jiho and Dojin, the group’s two youngest members, "
            "will host the fan meeting.")
    got = members(extractor, text)
    assert {("Jiho", "BRISKWAVE"), ("Dojin", "BRISKWAVE")} <= got


def test_a_reference_that_is_no_part_gives_nothing(extractor):
    text = "Boy group BRISKWAVE will tour Japan in March. Minseo, the group’s manager, will host the fan meeting."
    assert ("Minseo", "BRISKWAVE") not in members(extractor, text)


# -- "as the <part> of", shares ------------------------------------------------------------

def test_as_the_keyboardist_of_a_band(extractor):
    text = ("Singer Wren Castellane first made waves as the keyboardist of early-2000s synth-pop group the "
            "Paper Comets before going solo.")
    assert ("Wren Castellane", "Paper Comets") in members(extractor, text) or (
        "Wren Castellane", "the Paper Comets") in members(extractor, text)


def test_as_one_third_of_a_group(extractor):
    text = "Singer Marisol Quintero became known as one-third of the girl trio Las Rosas Frías before going solo."
    assert ("Marisol Quintero", "Las Rosas Frías") in members(extractor, text)


def test_as_a_fan_of_a_band_is_no_membership(extractor):
    text = "Singer Marisol Quintero grew up as a fan of girl group Las Flores Negras."
    assert ("Marisol Quintero", "Las Flores Negras") not in members(extractor, text)


# -- "<band> bandmate X", "fellow members" ------------------------------------------------

def test_band_bandmate_person(extractor):
    text = "The singer declined to comment, and Copperline bandmate Ossie Hartnell posted a laughing emoji."
    assert ("Ossie Hartnell", "Copperline") in members(extractor, text)


def test_band_then_collaborator_is_no_bandmate(extractor):
    text = "The singer declined to comment, and Copperline collaborator Ossie Hartnell posted a laughing emoji."
    assert ("Ossie Hartnell", "Copperline") not in members(extractor, text)


def test_fellow_members_of_the_articles_band(extractor):
    text = ("The boy group NOVARISE confirmed that Taeyul enlists on Monday. NOVARISE thanked fans. "
            "Fellow members Jiwan and Seho are currently serving.")
    got = members(extractor, text)
    assert {("Jiwan", "NOVARISE"), ("Seho", "NOVARISE")} <= got
