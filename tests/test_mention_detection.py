"""Which spans become names: unquoted titles in appositions after a year or an unlisted
modifier, titles with Spanish/French small words, "tape" and "titled" cues, list lines
"Artist – Title" / "Title – Artist". Our own wording and invented names."""

from __future__ import annotations

import pytest
from extracting import kept_facts, relation_pairs

from artistgraph.graph.model import EntityType
from artistgraph.loaders.mentions import find_mentions


def typed(extractor, text: str) -> dict[str, EntityType | None]:
    """Mention text -> type, for the mentions (not references) of ``text``."""
    return {m.text: m.type for m in find_mentions(extractor.nlp(text)) if not m.pronoun}


def by_artist(extractor, text: str) -> set[tuple[str, str]]:
    return relation_pairs(extractor, text, "BY_ARTIST")


# --- appositions after a release noun ---------------------------------------------------

def test_title_in_apposition_after_a_year(extractor):
    found = typed(extractor, "The singer, whose 2019 debut, Lantern Weather, sold poorly, is touring again.")
    assert found.get("Lantern Weather") is EntityType.RELEASE


def test_title_in_apposition_after_an_unlisted_modifier(extractor):
    found = typed(extractor, "The Marrow Kings are back as their reunion record, Salt Harbour, enters at No. 9.")
    assert found.get("Salt Harbour") is EntityType.RELEASE


def test_person_in_apposition_to_a_role_is_no_title(extractor):
    found = typed(extractor, "The band's 2018 drummer, Tobin Marsh, left in the spring.")
    assert found.get("Tobin Marsh") is not EntityType.RELEASE


def test_title_with_spanish_small_words(extractor):
    found = typed(extractor, "She put out her own album, Luces de Santa Marta, earlier this year.")
    assert found.get("Luces de Santa Marta") is EntityType.RELEASE


# --- "tape" and "titled" ----------------------------------------------------------------

def test_tape_cues_a_title(extractor):
    found = typed(extractor, "They first met on Rook Ellery's 2021 tape Basement Gospel, where she sang two hooks.")
    assert found.get("Basement Gospel") is EntityType.RELEASE


def test_titled_names_a_release_named_a_few_words_back(extractor):
    found = typed(extractor, "A joint album with Denver producer Cass Ruel titled Blue Static is due in June.")
    assert found.get("Blue Static") is EntityType.RELEASE


def test_titled_without_a_release_noun_is_no_title(extractor):
    found = typed(extractor, "The exhibition titled Brass Window opens at the Harlow Gallery.")
    assert found.get("Brass Window") is not EntityType.RELEASE


# --- list lines around a spaced dash ----------------------------------------------------

COUNTDOWN = """Our Five Favourite Records This Year

3. Mirela Osei – Paper Beacons
A quiet triumph from start to finish.

2. Dunmore Choir – Glass Acre
The quartet finally made the record they always promised.

1. Tobias Renfrew – Small Hours Club
Nothing else came close.
"""


def test_countdown_lines_put_the_artist_first(extractor):
    facts = by_artist(extractor, COUNTDOWN)
    assert {("Paper Beacons", "Mirela Osei"), ("Small Hours Club", "Tobias Renfrew")} <= facts
    assert not any(s in {"Mirela Osei", "Tobias Renfrew"} for s, _ in facts)


WINNERS = """Winners at the Harbour Music Prize

Best Single
“Paper Comet” – Ines Valtor

Best Album
Copper Orchard – Dellan Pryce

Best Group Album
Night Ferry – The Lowfields
"""


def test_quoted_winner_lines_put_the_title_first(extractor):
    facts = by_artist(extractor, WINNERS)
    assert ("Copper Orchard", "Dellan Pryce") in facts
    assert not any(s == "Dellan Pryce" for s, _ in facts)


def test_review_heading_with_a_label(extractor):
    found = typed(extractor, "RECORD REVIEW: Harrowgate – Tin Cathedral ★★★\n\nThe Leeds band return with a bang.")
    assert found.get("Tin Cathedral") is EntityType.RELEASE


def test_tour_dates_and_schedules_are_no_titles(extractor):
    text = ("Oct 3 – Leeds, UK – Brudenell Hall\nOct 5 – Glasgow, UK – Garnet Rooms\n\n"
            "Nov 2 – Concept Film\nNov 9 – Album Release\n")
    found = typed(extractor, text)
    assert not [n for n, t in found.items() if t is EntityType.RELEASE]


def test_a_lone_dash_line_without_number_or_label_is_left_alone(extractor):
    found = typed(extractor, "Pale Gantry – Northern Lights\n\nThe band played a long set on Friday.")
    assert found.get("Northern Lights") is not EntityType.RELEASE


# --- where a name ends ------------------------------------------------------------------

def test_sequel_number_ends_a_title(extractor):
    found = typed(extractor, "The mixtape Porch Light Season 2 arrives Friday, after last year's Porch Light Season.")
    assert found.get("Porch Light Season 2") is EntityType.RELEASE


def test_number_counting_a_noun_is_no_part_of_the_title(extractor):
    found = typed(extractor, "The single Wide Awake 3 times topped the chart.")
    assert "Wide Awake 3" not in found


def test_spaced_dash_closes_a_name_before_a_capitalised_word(extractor):
    found = typed(extractor, 'Wren & Oakes - Leeds schoolfriends Ada Wren and Lia Oakes - reached No. 2 with '
                             '"Tin Roof".')
    assert not any("-" in n for n in found)


def test_schedule_event_word_is_no_title(extractor):
    found = typed(extractor, "Mar 3 – Concept Film\nMar 10 – Album & MV Release\n")
    assert found.get("Release") is not EntityType.RELEASE


# --- names on list lines and in capitals --------------------------------------------------

VIDEO_LIST = """The Best Videos of the Month

Ansel Brook & Mira Toft – “Three Rivers Wide”
The country duet shot it in one take.

Obi Lanrewaju – “Harbour Light”
A sunlit portrait of his home town.
"""


def test_quoted_list_line_credits_its_names_not_a_headline(extractor):
    facts = {(f.subject, f.relation, f.object) for f in kept_facts(extractor, VIDEO_LIST)}
    assert {("Three Rivers Wide", "BY_ARTIST", "Ansel Brook"), ("Three Rivers Wide", "BY_ARTIST", "Mira Toft"),
            ("Harbour Light", "BY_ARTIST", "Obi Lanrewaju")} <= facts


def test_capitals_side_by_side_are_one_name(extractor):
    found = typed(extractor, "GRAVEL SAINTS Split With Singer\n\nThe Bergen band GRAVEL SAINTS said goodbye on Monday.")
    assert "GRAVEL SAINTS" in found and "GRAVEL" not in found


def test_group_then_member_in_capitals_stay_two_names(extractor):
    found = typed(extractor, "ORBIT7 JUNO Attends Gala\n\nORBIT7 will tour in May while JUNO films a drama.")
    assert "ORBIT7 JUNO" not in found


# ==================================================================================================
# Mention detection, : where names start and end in list blocks, headlines and nicknames. Short
# texts of our own with invented names, through the real spaCy pipeline.
# ==================================================================================================

def mentions(extractor, text: str) -> dict[str, EntityType | None]:
    """Mention text -> type, for the names (not pronouns) ``find_mentions`` finds."""
    doc = extractor.nlp(text)
    return {m.text: m.type for m in find_mentions(doc, {}) if not m.pronoun}


# -- track lists ------------------------------------------------------------------

TRACKS = """Wren Aldous has shared the tracklist for her third album, Copper Lantern.

Copper Lantern tracklist:
1. Intro (Low Tide)
2. Ferry Bells (feat. Oskar Vale)
3. The Hollow Quay
4. Songs for the Drowned
5. Slipway Pt. 2
...
11. Lamplighter
12. Quay Street (Wren Aldous x Oskar Vale) [bonus track]

Copper Lantern is out in May."""


def test_track_list_lines_are_whole_titles(extractor):
    found = mentions(extractor, TRACKS)
    for title in ("Intro (Low Tide)", "Ferry Bells", "The Hollow Quay", "Songs for the Drowned", "Slipway Pt. 2",
                  "Lamplighter", "Quay Street"):
        assert found.get(title) is EntityType.RELEASE, title


def test_numbered_lines_without_a_track_heading_are_not_titles(extractor):
    text = ("The five acts of the night, in order:\n1. Wren Aldous\n2. Oskar Vale\n3. The Hollow Quay\n\n"
            "Wren Aldous closed the show.")
    found = mentions(extractor, text)
    assert found.get("Wren Aldous") is not EntityType.RELEASE
    assert found.get("Oskar Vale") is not EntityType.RELEASE


# -- headlines ----------------------------------------------------------------------

def test_headline_verb_does_not_run_into_the_names(extractor):
    text = ("Pia Rennick & Dax Morrow Announce Joint Album ‘Salt Lamps’\n\n"
            "Pia Rennick and Dax Morrow have made a record together. ‘Salt Lamps’ is out in June.")
    found = mentions(extractor, text)
    assert "Dax Morrow" in found
    assert not any("Announce" in name for name in found)


def test_review_label_is_no_part_of_the_title(extractor):
    found = mentions(extractor, "The Quill Sisters: Harbour Static Album Review\n\nThe quartet's second album is slow.")
    assert "Harbour Static" in found
    assert "Harbour Static Album Review" not in found


# -- nicknames, articles and small words inside names ---------------------------------

def test_nickname_stays_inside_the_name(extractor):
    # a nickname in quotes stays inside the name, as the article gives it
    text = 'The video for "Glass Kite," directed by Omari "Lensboy" Whitfield, dropped alongside the tape.'
    assert ("Glass Kite", 'Omari "Lensboy" Whitfield') in relation_pairs(extractor, text, "DIRECTED_BY")


def test_plural_of_name_is_one_name(extractor):
    found = mentions(extractor, "Last night the choir Bright Hill Keepers of Morning sang at the Rivoli in Hull.")
    assert "Bright Hill Keepers of Morning" in found


def test_single_plural_opening_a_sentence_does_not_join(extractor):
    found = mentions(extractor, "Fans of Delmont Vey were queueing from dawn.")
    assert "Fans of Delmont Vey" not in found


def test_capitalised_the_after_a_demonym_starts_the_band_name(extractor):
    found = mentions(extractor, "The song borrows a riff from fellow Mancunians The Tin Wardens, who split in 2019.")
    assert "The Tin Wardens" in found


def test_line_opening_the_is_part_of_a_listed_band(extractor):
    text = ("Outstanding Contribution\nThe Marrow Bells (collected by founding members Ada Finch and Cal Ruddock)\n\n"
            "The night ended early.")
    assert "The Marrow Bells" in mentions(extractor, text)


def test_sentence_opening_the_is_still_dropped(extractor):
    found = mentions(extractor, "The Marrow Bells played Hull on Friday. Ada Finch sang.")
    assert "Marrow Bells" in found and "The Marrow Bells" not in found


def test_kpop_names_set_tight_around_a_colon(extractor):
    found = mentions(extractor, "The project group NOVA:RISE released one single in 2021 before its members debuted.")
    assert "NOVA:RISE" in found


def test_french_credit_inside_a_quoted_title(extractor):
    text = 'The closing track "Rue Basse (avec Lio-K)" reunites Sami Dore with his old bandmate.'
    found = mentions(extractor, text)
    assert found.get("Rue Basse") is EntityType.RELEASE
    assert "Rue Basse (avec Lio-K)" not in found


def test_stage_prefixes_share_no_surname(extractor):
    text = "DJ Corvid and MC Larkspur met in 2009. DJ Corvid and MC Larkspur released a tape in 2014."
    found = mentions(extractor, text)
    assert "Corvid Larkspur" not in found


# --- names written in lower case by their owners ------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("zurbix has returned with a new album called Pale Engines.", "zurbix"),
    ("On Friday zurbix released a single about leaving the city.", "zurbix"),
    ('The rapper pairs Tomo Vale with kestrafy on "Low Sun".', "kestrafy"),
    ('Her next song is a duet with vonnelark, recorded in March.', "vonnelark"),
    ('The chart climber "Night Gate" is by Mira Tallon and kestrafy.', "kestrafy"),
    ("kestrafy's new single arrives on Friday.", "kestrafy"),
])
def test_lower_case_name_in_a_name_slot(extractor, text, name):
    assert name in typed(extractor, text)


def test_lower_case_name_found_once_is_found_everywhere(extractor):
    text = "zurbix has returned with a new album.\nFans of zurbix waited three years for it."
    mentions = [m for m in find_mentions(extractor.nlp(text)) if m.text == "zurbix"]
    assert len(mentions) == 2


def test_lower_case_partner_of_a_person_is_a_person(extractor):
    found = typed(extractor, 'The chart climber "Night Gate" is by Mira Tallon and kestrafy.')
    assert found.get("kestrafy") is EntityType.PERSON


@pytest.mark.parametrize("text", [
    "He said the amapiano scene and the gqom nights were full every weekend.",
    "The track runs a dembow riddim under a slow piano line.",
    "Puerto Rican hitmaker Tito Vela joined the tour.",
    "It is louder, lustier and stranger than the last one.",
    "u/mothwingfan posted the tracklist an hour early.",
])
def test_lower_case_common_or_foreign_words_are_no_names(extractor, text):
    found = typed(extractor, text)
    assert not [n for n in found if n.islower()]
