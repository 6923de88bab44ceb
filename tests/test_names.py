"""Name detection and typing: one short article of our own per way music news
writes (or hides) a name. The real spaCy pipeline runs through the Extractor;
entity types are read from the extraction, facts only where a name matters for
one."""

from __future__ import annotations

import pytest
from extracting import kept_facts

from artistgraph.graph.model import Article, EntityType

P, G, R = EntityType.PERSON, EntityType.GROUP, EntityType.RELEASE


def types(extractor, text: str) -> dict[str, EntityType]:
    """Name -> type of the entities the extractor keeps."""
    return {e.name: e.type for e in extractor.extract(Article("n", text)).entities}


def facts(extractor, text: str, relation: str | None = None) -> set[tuple[str, str, str | None]]:
    return {(f.subject, f.relation, f.object) for f in kept_facts(extractor, text, article_id="n")
            if relation in {None, f.relation}}


# -- Korean names ------------------------------------------------------------------

def test_korean_given_name_after_a_kept_hyphen(extractor):
    # NER keeps "Jung Hae-" and drops the lower-case syllable after the hyphen
    found = types(extractor, "Actor Jung Hae-in and singer Park Kyung-min released the duet Indigo Hour on Friday.")
    assert found.get("Jung Hae-in") is P
    assert found.get("Park Kyung-min") is P
    assert not any(name.endswith("-") or name == "Jung Hae" for name in found)


def test_korean_family_name_joins_the_given_name_ner_missed(extractor):
    found = types(extractor, "Singer Hwang In-yeop released his first album, Blue Bench, in May.")
    assert found.get("Hwang In-yeop") is P
    assert "In-yeop" not in found and "Hwang" not in found


# -- unquoted titles -----------------------------------------------------------------

def test_title_in_apposition_to_a_determined_release_noun(extractor):
    found = types(extractor, "The record, Hollow Moon, was released by singer Mara Quill in 2019.")
    assert found.get("Hollow Moon") is R


def test_title_in_apposition_after_a_modified_release_noun(extractor):
    text = "Rock band Northline topped the chart with their comeback single, Glass River, in June."
    assert types(extractor, text).get("Glass River") is R


def test_title_after_a_named_cover(extractor):
    text = "The set closed with the 1979 Ada Vance cover, Paper Glider, which the band recorded in 2001."
    assert types(extractor, text).get("Paper Glider") is R


def test_title_with_or_is_one_title(extractor):
    text = "Singer Hwang Min-hyun released his album Truth or Lie on Monday."
    assert ("Truth or Lie", "BY_ARTIST", "Hwang Min-hyun") in facts(extractor, text)


def test_a_name_after_a_leading_phrase_is_no_title(extractor):
    found = types(extractor, "After the album, Mara Quill went on tour with rapper Ben Ruiz.")
    assert found.get("Mara Quill") is not R


# -- group names NER calls places ------------------------------------------------------

def test_place_like_group_with_a_member(extractor):
    text = "Tulsa released their new album Starry Road. Tulsa member Haebin sang on the title track."
    assert types(extractor, text).get("Tulsa") is G
    assert ("Haebin", "MEMBER_OF", "Tulsa") in facts(extractor, text)


def test_singer_of_a_place_like_band(extractor):
    text = "Singer Chester Vale of Hollin Park thanked the fans for the award."
    assert ("Chester Vale", "MEMBER_OF", "Hollin Park") in facts(extractor, text)


def test_person_of_the_band(extractor):
    text = "Tobin and Garry Lusk of The Fell Brothers sang on the charity single."
    assert types(extractor, text).get("The Fell Brothers") is G


def test_role_of_a_band(extractor):
    text = "Dan Holt, the lead singer of Hollin Park, thanked the fans."
    assert types(extractor, text).get("Hollin Park") is G


# -- credits, bylines, link lines ----------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Photo: Mara Quill/Getty Images",
    "By Jane Doe, Staff Writer",
    "By Jane Doe",
    "Singers arrive at the gala. (Photo by Mara Quill/Getty Images)",
])
def test_credit_lines_name_no_artists(extractor, line):
    found = types(extractor, f"{line}\nSinger Ben Ruiz released the single Paper Beacons on Friday.")
    assert "Mara Quill" not in found and "Jane Doe" not in found
    assert found.get("Ben Ruiz") is P


def test_a_sentence_opening_with_by_is_prose(extractor):
    text = "By Mara Quill's own account, the single Paper Beacons was written in a week with Ben Ruiz."
    assert "Mara Quill" in types(extractor, text)


# -- typing over the whole article ---------------------------------------------------------

def test_all_caps_name_with_bound_he_and_his_is_a_person(extractor):
    text = ("J-SOL released his solo album Box of Tricks in July. "
            "J-SOL said he wanted to show a darker side of himself.")
    assert types(extractor, text).get("J-SOL") is P


def test_speaker_with_he_is_a_person(extractor):
    text = "TAREK told reporters he was proud of the record. TAREK released the album Night Tide in May."
    assert types(extractor, text).get("TAREK") is P


def test_their_twice_makes_a_group(extractor):
    text = ("Tulsa released their new album Starry Road on Monday. "
            "Tulsa said they were ready to tour again.")
    assert types(extractor, text).get("Tulsa") is G


def test_singular_they_keeps_a_full_name_a_person(extractor):
    text = "Singer Sam Ortiz released their album Glass Hours. Sam Ortiz said they wrote it at home."
    assert types(extractor, text).get("Sam Ortiz") is P


def test_coordinated_subject_binds_no_pronoun(extractor):
    text = "Mara Quill and KIRA released their duet Gold Rush on Friday."
    assert types(extractor, text).get("KIRA") is not G


def test_one_cue_types_every_mention_with_or_without_the(extractor):
    text = ("Quiet Coast played Leeds on Friday. Quiet Coast sold out the venue. "
            "Fans of the band The Quiet Coast queued all day. Quiet Coast thanked them.")
    found = types(extractor, text)
    assert G in {found.get("The Quiet Coast"), found.get("Quiet Coast")}
    assert P not in {found.get("The Quiet Coast"), found.get("Quiet Coast")}


def test_untyped_name_in_a_list_of_people(extractor):
    text = "Glimmerine is a girl group whose members are Sora, Yuna, Chloé and Dain."
    assert types(extractor, text).get("Chloé") is P


def test_a_pair_does_not_type_its_other_name(extractor):
    text = "The festival bill includes Embergold, Drift and Nevada, plus singer Lorna Vey."
    assert types(extractor, text).get("Nevada") is not P
    assert "Embergold, Drift" not in types(extractor, text)


@pytest.mark.parametrize("dateline", ["SEOUL –", "LONDON (Reuters) -", "LOS ANGELES, Calif. —"])
def test_a_dateline_is_no_name(extractor, dateline):
    text = f"{dateline} Singer Taeo starts his army duty next Wednesday, his agency said."
    found = types(extractor, text)
    assert found.get("Taeo") is P
    assert not any(name.isupper() for name in found)


@pytest.mark.parametrize("dateline", ["Toronto, ON – June 4, 2026 –", "Nashville, Tenn. - Sept. 9, 2025 -"])
def test_a_press_release_dateline_is_no_name(extractor, dateline):
    text = (f"FOR IMMEDIATE RELEASE\n\n{dateline} Electronic duo Lowlight Drift today announce their second "
            "album, Neon Haze. The duo recorded it on a ferry.")
    found = types(extractor, text)
    assert not any(city in found for city in ("Toronto", "Nashville"))
