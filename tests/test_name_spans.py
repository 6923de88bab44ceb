"""Where stage names and release titles start and stop when music writing builds them from
small words, numbers, dots and brackets. Invented names, our own sentences."""

from __future__ import annotations

from artistgraph.graph.model import EntityType
from artistgraph.loaders.extract import resolve_mentions


def mentions(extractor, text: str) -> dict[str, EntityType | None]:
    found, _ = resolve_mentions(extractor.nlp(text))
    return {m.text: m.type for m in found if not m.pronoun}


def test_singer_and_the_backing_band_is_one_name(extractor):
    found = mentions(extractor, "She went on to front Dara Quill and the Lanterns after the split.")
    assert "Dara Quill and the Lanterns" in found and "Lanterns" not in found


def test_two_acts_joined_by_and_the_stay_apart(extractor):
    found = mentions(extractor, "The bill pairs Rosa Imber and The Dial Tones at the Corn Exchange.")
    assert not any(" and The " in n for n in found)


def test_plus_the_band_name(extractor):
    found = mentions(extractor, 'Another track, "Ohio!!!", features Marla + the Engine.')
    assert "Marla + the Engine" in found and "Engine" not in found


def test_number_opens_a_stage_name(extractor):
    found = mentions(extractor, "Metro Vance and 31 Hazard, who released Hazard Mode together in 2020, hinted at more.")
    assert "31 Hazard" in found


def test_count_before_a_plural_is_no_name(extractor):
    found = mentions(extractor, "Tamsin Holm has won 12 Grammys and sold out 3 Arenas this year.")
    assert not any(n[:1].isdigit() for n in found)


def test_date_number_is_no_part_of_a_name(extractor):
    found = mentions(extractor, "On June 21 Corvin played his first show in Leeds.")
    assert "21 Corvin" not in found


def test_dotted_surname_and_two_dot_tail(extractor):
    found = mentions(extractor, "Mars spent 2021 in a duo with Addison .Pike, and Ned again.. joined them on stage.")
    assert "Addison .Pike" in found and "Ned again.." in found


def test_dj_title_before_a_one_word_name_only(extractor):
    found = mentions(extractor, "The trio is Mo Tara, Bo Lap and DJ Provo; producer DJ Sara Holm mixed the record.")
    assert "DJ Provo" in found and "Sara Holm" in found and "DJ Sara Holm" not in found


def test_ampersand_and_n_apostrophe_inside_cued_titles(extractor):
    found = mentions(extractor, "She shared the album Slow n' Steady, and the next year came the album "
                                "Rust Rope & the Anchor.")
    assert found.get("Slow n' Steady") is EntityType.RELEASE
    assert found.get("Rust Rope & the Anchor") is EntityType.RELEASE


def test_appositive_title_runs_over_its_artist_name(extractor):
    found = mentions(extractor, "Their only album, An Evening with Satin Sonic, won four awards.")
    assert found.get("An Evening with Satin Sonic") is EntityType.RELEASE


def test_title_dated_in_brackets(extractor):
    found = mentions(extractor, "The catalogue includes A Night at the Ballet (1977) and its centrepiece \"Rhapsody\".")
    assert found.get("A Night at the Ballet") is EntityType.RELEASE


def test_sentence_preposition_is_no_part_of_a_dated_title(extractor):
    found = mentions(extractor, 'From Glass Harbour Motel & Spa (2019) came "Four Out of Six".')
    assert found.get("Glass Harbour Motel & Spa") is EntityType.RELEASE


def test_person_dated_in_brackets_is_no_title(extractor):
    found = mentions(extractor, "The tribute was led by Tamsin Holm (1988) and her band.")
    assert found.get("Tamsin Holm") is not EntityType.RELEASE


def test_bracket_opening_and_question_mark_stay_in_the_title(extractor):
    found = mentions(extractor, "They shone on (What's the Tale) Evening Glory?, its 1995 album, home to "
                                "\"Wonderwall\".")
    assert found.get("(What's the Tale) Evening Glory?") is EntityType.RELEASE


def test_word_split_by_the_tokenizer_stays_in_the_title(extractor):
    found = mentions(extractor, "The set followed his 2020 full-length Never Gonna Stay Home, and fans noticed.")
    assert "Never Gonna Stay Home" in found and "Never Gon" not in found


def test_word_split_by_the_tokenizer_stays_in_the_person(extractor):
    found = mentions(extractor, 'New in the top 10: "Moonroof" by Micky Youre and Tam Vell, a breezy song.')
    assert "Micky Youre" in found and "Micky You" not in found


def test_elided_letters_keep_the_name_whole(extractor):
    found = mentions(extractor, "Arctic Lions, Fists N' Thorns and Elton Moss top the bill this summer.")
    assert "Fists N' Thorns" in found and "Thorns" not in found
    found = mentions(extractor, "Combs recorded his cover for Gettin' Tired, his March album.")
    assert "Gettin' Tired" in found and "Tired" not in found


def test_plural_possessive_before_a_title_is_no_elision(extractor):
    found = mentions(extractor, "Everyone agrees the Pinewoods' Harbour Lights is their best record.")
    assert not any(n.startswith("Pinewoods'") for n in found)


def test_contraction_inside_a_title_read_back_from_its_description(extractor):
    found = mentions(extractor, "Then came I Do Not Need What I Haven't Lost, the album that made her a star.")
    assert "I Do Not Need What I Haven't Lost" in found and "Lost" not in found


def test_bracket_closed_inside_the_first_word_is_part_of_the_name(extractor):
    found = mentions(extractor, "Girl group (K)A-RIN are back with a new single. Fans love (K)A-RIN.")
    assert "(K)A-RIN" in found and "K)A-RIN" not in found


def test_bracketed_name_keeps_its_brackets_out(extractor):
    found = mentions(extractor, "The trio (Solen Marsh) played first.")
    assert not any(n.startswith("(") for n in found)


def test_artist_possessive_opens_a_title_with_small_words(extractor):
    found = mentions(extractor, "It came between work on Kendra Lamb's To Paint a Sparrow, where he played saxophone.")
    assert found.get("To Paint a Sparrow") is EntityType.RELEASE
    found = mentions(extractor, "She plays a role in Marty Scorz's Hunters of the Cedar Moon, which premiered in May.")
    assert "Hunters of the Cedar Moon" in found


def test_place_possessive_opens_no_title(extractor):
    found = mentions(extractor, "The show moves to London's Hall of the Northern Lights next spring.")
    assert found.get("Hall of the Northern Lights") is not EntityType.RELEASE


def test_album_word_then_a_number_opens_a_title(extractor):
    assert mentions(extractor, "The dancer went solo with the mini album 38 Letters in October.").get(
        "38 Letters") is EntityType.RELEASE
    assert "21 & Restless" in mentions(extractor, "Three years after her debut 21 & Restless came out, she is back.")
    assert mentions(extractor, "They reunited in 2013 for the album 17, produced by Rick Rubin.").get(
        "17") is EntityType.RELEASE


def test_track_number_is_no_title(extractor):
    assert "5" not in mentions(extractor, "Skip to track 5 of the album for the best bit.")


def test_ordinal_inside_a_title(extractor):
    found = mentions(extractor, "Her debut album My 33rd Summer Blues, released last Friday, is great.")
    assert "My 33rd Summer Blues" in found


def test_number_in_a_list_of_dated_titles(extractor):
    found = mentions(extractor, "His mixtapes Wild Road (2021) and 29 (2022) made him famous.")
    assert found.get("29") is EntityType.RELEASE


def test_version_in_brackets_is_part_of_the_title(extractor):
    found = mentions(extractor, "He played Low Tide (Acoustic Version) and Paper Heart last night.")
    assert found.get("Low Tide (Acoustic Version)") is EntityType.RELEASE and "Acoustic Version" not in found


def test_bracket_of_other_words_stays_apart(extractor):
    found = mentions(extractor, "He thanked Ada Lira (Island Records) at the show.")
    assert not any("(" in n for n in found)


def test_singer_and_the_collective_noun_band(extractor):
    found = mentions(extractor, "His group Kira Dunn and the Family scored a hit with a song.")
    assert "Kira Dunn and the Family" in found and "Family" not in found


def test_one_word_act_and_the_plural_named_once(extractor):
    found = mentions(extractor, "Catfish and the Bottlemen, fronted by Van Lamm, will top the bill.")
    assert "Catfish and the Bottlemen" in found


def test_one_word_acts_named_alone_elsewhere_stay_apart(extractor):
    found = mentions(extractor, "Blur and the Pylons played. Blur were great and the Pylons too.")
    assert not any(" and the " in n for n in found)


def test_number_opens_the_backing_band_name(extractor):
    found = mentions(extractor, "Jason Isbell and the 400 Unit weather a storm on their new album.")
    assert "400 Unit" in found and "Unit" not in found


def test_surname_with_a_joined_lower_case_particle(extractor):
    found = mentions(extractor, "Sal Vaden on guitar, Derek deLuca on keyboards and Chad Gamm on drums.")
    assert "Derek deLuca" in found and "Derek" not in found
