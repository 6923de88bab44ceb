"""MEMBER_OF, third round: rules that over-fired (a sideman, a genre before a role,
a founder taken for the band, a place before a band noun) and phrasings missed
(replacements, joining alongside someone, interviews). Texts and names are our own;
the real spaCy pipeline runs through the Extractor."""

from __future__ import annotations

from extracting import kept_facts


def members(extractor, text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in kept_facts(extractor, text) if f.relation == "MEMBER_OF"}


# -- precision ------------------------------------------------------------------------------------------

def test_founders_are_not_the_band(extractor):
    text = ("Corvid Lane played their last show on Friday. Corvid Lane thanked the fans. "
            "Formed in 2009 by singer Aldo Brisk and guitarist Nell Varga, the band was completed by "
            "bassist Tom Rusk.")
    got = members(extractor, text)
    assert not {o for _, o in got} & {"Nell Varga", "Aldo Brisk"}


def test_someones_longtime_guitarist_is_a_sideman(extractor):
    text = ("Mara Solis toured with Velvet Orchard last spring. Velvet Orchard opened every night. "
            "Her new album was cut with her guitarist of many years, Pedro Calvo, who also co-produced it.")
    assert ("Pedro Calvo", "Velvet Orchard") not in members(extractor, text)


def test_band_in_a_relative_clause_is_the_other_persons(extractor):
    text = ("Harbor Candles return with a new single. Harbor Candles recorded it in Leeds. "
            "New drummer Jo Tarrant replaces Ben Cole, who left last year to join Bristol rockers Tin Owls.")
    got = members(extractor, text)
    assert ("Jo Tarrant", "Tin Owls") not in got


def test_adjective_or_genre_before_a_role_is_no_band(extractor):
    assert not members(extractor, "Rising singer Tuli Maro delivers the bridge.")
    assert not members(extractor, "Synthpop star Remy Aldous has released his third album.")


def test_a_band_before_a_role_still_counts(extractor):
    assert ("Dara Quill", "Ferncastle") in members(extractor, "Ferncastle singer Dara Quill has released a solo album.")


def test_copula_is_no_role_modifier(extractor):
    got = members(extractor, "Bo is guitarist Bodhi Marr; Lu is bassist Luana Pratt.")
    assert ("Bodhi Marr", "Bo") not in got


def test_place_before_band_noun_is_not_the_band(extractor):
    got = members(extractor, "Her replacement is Cal Dunmore, formerly of Sheffield noise mob Grey Lanterns, "
                             "who split in May.")
    assert ("Cal Dunmore", "Sheffield") not in got
    assert ("Cal Dunmore", "Grey Lanterns") in got


# -- recall -----------------------------------------------------------------------------------------------

def test_band_is_the_duo_of(extractor):
    got = members(extractor, "Wren & Ash is the duo of singer and fiddle player Lottie Wren and guitarist Sol Ash.")
    assert {("Lottie Wren", "Wren & Ash"), ("Sol Ash", "Wren & Ash")} <= got


def test_trio_made_up_of_sisters(extractor):
    got = members(extractor, "Marrow Hill, the Ohio trio made up of sisters Jess and Kay Marrow and drummer "
                             "Owen Lusk, signed to the label.")
    assert {("Jess Marrow", "Marrow Hill"), ("Kay Marrow", "Marrow Hill")} <= got


def test_supergroup_brings_together(extractor):
    text = ("NIGHTJAR brings together Ashgrove vocalist Pell Danner, Coldharbour guitarist Ruth Imber "
            "and former Ashgrove drummer Kip Stroud.")
    got = members(extractor, text)
    assert {("Pell Danner", "NIGHTJAR"), ("Ruth Imber", "NIGHTJAR"), ("Kip Stroud", "NIGHTJAR"),
            ("Pell Danner", "Ashgrove"), ("Ruth Imber", "Coldharbour")} <= got
    # the verb alone does not make a band: a festival bringing together acts has no members
    assert not members(extractor, "The festival brings together singer Pell Danner and rapper Ruth Imber.")


def test_as_part_of_the_collective(extractor):
    text = "Ines Sorel spent her twenties singing as part of the collective Maré Alta, whose album came out in 2018."
    assert ("Ines Sorel", "Maré Alta") in members(extractor, text)
    assert not members(extractor, "The Tin Owls played as part of the festival Greenbelt.")
