"""Where a name starts and stops: format words, spaced dashes, "x" and "feat." credits,
a lone "The", the name of a duty, and nationalities are no artists. Our own wording."""

from __future__ import annotations

import pytest
from extracting import kept_facts

from artistgraph.graph.model import EntityType
from artistgraph.loaders.extract import resolve_mentions


def names(extractor, text: str) -> set[str]:
    mentions, _ = resolve_mentions(extractor.nlp(text))
    return {m.text for m in mentions if not m.pronoun}


def test_format_word_is_no_part_of_the_title(extractor):
    found = names(extractor, "After their 2021 debut LP Underpass Hymns comes a second record in May.")
    assert "Underpass Hymns" in found and "LP Underpass Hymns" not in found


def test_feat_splits_an_all_caps_credit_line(extractor):
    found = names(extractor, "YARELIS FEAT. NICO BRAVA")
    assert {"YARELIS", "NICO BRAVA"} <= found and not any("FEAT" in n for n in found)


def test_x_between_two_credited_names(extractor):
    found = names(extractor, 'Renata Olivar x Los Dos Soles drop "Brasa" on Friday.')
    assert "Renata Olivar" in found and not any(n.endswith(" x") for n in found)


def test_lone_article_after_a_timeline_dash_is_no_artist(extractor):
    facts = kept_facts(extractor, 'October 2022 - The group releases its first album, "Skyline Diary."')
    assert not [f for f in facts if f.relation == "BY_ARTIST" and f.object == "The"]


def test_national_service_is_no_release(extractor):
    facts = kept_facts(extractor, "His bandmate Tomas Lee finished his own National Service in 2023.")
    assert [(f.subject, f.relation) for f in facts] == [("Tomas Lee", "ENLISTED")]


def test_nationality_is_no_featured_artist(extractor):
    facts = kept_facts(extractor, "“Sprinter Girl” features Norwegian singer Ada Lund.")
    assert {f.object for f in facts if f.relation == "FEATURES"} == {"Ada Lund"}


def typed(extractor, text: str) -> dict[str, str | None]:
    mentions, ents = resolve_mentions(extractor.nlp(text))
    return {m.text: (ents[m.entity].type.value if m.entity >= 0 and ents[m.entity].type else None)
            for m in mentions if not m.pronoun}


def test_name_after_a_counted_release_noun_is_no_title(extractor):
    found = typed(extractor, "For three albums Harbour Kid shouted. On Tin Roof, their fourth, they mostly sing.")
    assert "Harbour Kid" in found and found["Harbour Kid"] != "Release"


def test_title_after_an_owned_count_is_still_a_title(extractor):
    found = typed(extractor, "Her two singles Blue Hour and Tin Roof charted in 2021.")
    assert found.get("Blue Hour") == "Release"


def test_verb_inside_an_ner_person_span_splits_two_names(extractor):
    found = names(extractor, "THE BAND IS BACK: Mira Holt rejoins Copper-9 for a new album\n\nThe band said so.")
    assert {"Mira Holt", "Copper-9"} <= found and not any("rejoins" in n for n in found)


def test_comma_and_capitalised_connector_stay_in_one_title(extractor):
    found = names(extractor, "Her debut was warm, while Sinking Slowly, But Singing (2019) included a duet.")
    assert "Sinking Slowly, But Singing" in found


def test_comma_title_after_a_singular_release_noun(extractor):
    found = names(extractor, "The singer's fourth album, Where We Stood, Isn't Where We Stand, followed in May.")
    assert "Where We Stood, Isn't Where We Stand" in found


def test_comma_after_a_title_before_a_speaker_is_no_title(extractor):
    found = names(extractor, "It is the closing track of the album Blue Hour, Tamsin Lee said.")
    assert "Blue Hour" in found and "Tamsin Lee" in found


def test_three_words_with_an_ampersand_make_one_band(extractor):
    found = names(extractor, "Her new single features Sun, Sea & Thunder and a children's choir.")
    assert "Sun, Sea & Thunder" in found


def test_given_name_before_a_one_word_person_mid_sentence(extractor):
    found = names(extractor, 'Tom Banton features on "Party Girls," and Sunny Marlowe, a frequent duet partner, '
                             'is on "Smoke."')
    assert "Sunny Marlowe" in found and "Marlowe" not in found


def test_lower_case_quote_dated_or_described_is_a_title(extractor):
    dated = typed(extractor, 'Mira Holt of Copper Vale — "drift" (2016)\nThe next line.')
    described = typed(extractor, "Kato Reyes gets personal on 'tidewater', a record about leaving home.")
    remark = typed(extractor, "She called it 'brutal', a word she rarely uses.")
    assert dated.get("drift") == "Release" and described.get("tidewater") == "Release" and "brutal" not in remark


# --- band names with small words, plural roles -----------------------------------

@pytest.mark.parametrize("text, name", [
    ('For Sons of the Harbour\'s "Low Tide", she wrote the bridge.', "Sons of the Harbour"),
    ("The Rage Against the Tide singer's verse closes the record.", "Rage Against the Tide"),
    ("He is still best known as the drummer in Queens of the Cold Hour, led by Sam Orrey.", "Queens of the Cold Hour"),
])
def test_band_name_joined_over_small_words_before_an_artist_cue(extractor, text, name):
    assert name in names(extractor, text)


def test_joined_band_name_is_typed_a_group(extractor):
    mentions, _ = resolve_mentions(extractor.nlp("The Rage Against the Tide singer's verse closes the record."))
    assert any(m.text == "Rage Against the Tide" and m.type is EntityType.GROUP for m in mentions)


def test_small_words_are_not_joined_without_an_artist_cue(extractor):
    found = names(extractor, "Dana Velt flew from Lisbon to the Azores in May.")
    assert not any(" to the " in n for n in found)


def test_sentence_opener_is_not_joined_into_the_owner(extractor):
    found = names(extractor, "Meanwhile the Copper Pines' new album is out.")
    assert not any(n.startswith("Meanwhile") for n in found)


@pytest.mark.parametrize("text", [
    "Guitarists Tam Orrin and Beck Lowe joined the tour.",
    "Drummers Ola Brenn and Sami Kettu share the kit on the record.",
])
def test_plural_role_word_is_no_part_of_the_name(extractor, text):
    found = names(extractor, text)
    assert not any(n.split()[0].lower().endswith(("ists", "ers")) for n in found)
