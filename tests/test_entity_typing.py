"""Entity typing (Person / Group / Release): one short text of our own per typing cue of how
music news is written, and a case where the cue must not fire. The real spaCy pipeline runs
through the Extractor; types are read from the extraction's entities (after the whole-article
vote), facts from what a user would see by default."""

from __future__ import annotations

from extracting import kept_facts

from artistgraph.graph.model import Article, EntityType

P, G, R = EntityType.PERSON, EntityType.GROUP, EntityType.RELEASE


def types(extractor, text: str) -> dict[str, EntityType]:
    """Entity name -> its type in the extraction of ``text``."""
    extraction = extractor.extract(Article("t", text))
    return {e.name: e.type for e in extraction.entities}


def facts(extractor, text: str, relation: str) -> set[tuple[str, str]]:
    return {(f.subject, str(f.object)) for f in kept_facts(extractor, text) if f.relation == relation}


def type_names(extractor, text: str) -> dict[str, str]:
    """Name -> type of every entity the extractor keeps for ``text``."""
    extraction = extractor.extract(Article("t", text))
    return {e.name: e.type.value for e in extraction.entities if e.type is not None}


def by_artist(extractor, text: str) -> set[tuple[str, str]]:
    return {(f.subject, str(f.object)) for f in kept_facts(extractor, text) if f.relation == "BY_ARTIST"}


# -- list lines ----------------------------------------------------------------------

def test_numbered_track_list_items_are_releases(extractor):
    text = ("Marla Quist announced her album Harbor Candles on Monday.\n\n"
            "Harbor Candles tracklist:\n1. Copper Morning\n2. Danny Boyle Street\n"
            "3. Foxglove Avenue (feat. Ivo Stern)\n"
            "4. Ember Hollow\n")
    got = types(extractor, text)
    assert got.get("Danny Boyle Street") is R
    assert got.get("Foxglove Avenue") is R
    assert got.get("Ivo Stern") is not R  # the guest credited on the line stays an artist


def test_numbered_lines_without_a_track_heading_are_not_titles(extractor):
    text = ("Three singers to watch this year:\n1. Danny Boyle\n2. Corin Vale\n")
    got = types(extractor, text)
    assert got.get("Danny Boyle") is not R and got.get("Corin Vale") is not R


def test_best_tracks_line(extractor):
    text = "The Saltmarsh Ghosts return with a fine record.\n\nBest tracks: Orla Finch, Tin Lantern, Gravel Saints\n"
    got = types(extractor, text)
    assert got.get("Orla Finch") is R and got.get("Tin Lantern") is R


def test_countdown_lines_read_artist_then_title(extractor):
    text = ("Our ten favourite albums of the year, counting down.\n\n"
            "3. Corin Vale – Marrow Lane\nA slow-burning record about leaving home.\n\n"
            "2. Jessa Brandt – Tilly Morgan\nThe Ohio singer at her most playful.\n")
    got = types(extractor, text)
    assert got.get("Marrow Lane") is R and got.get("Tilly Morgan") is R
    assert got.get("Corin Vale") is not R and got.get("Jessa Brandt") is not R
    assert ("Marrow Lane", "Corin Vale") in facts(extractor, text, "BY_ARTIST")


def test_winners_list_takes_its_order_from_the_quoted_lines(extractor):
    text = ("The Harbour Prize winners were announced on Sunday.\n\n"
            "Song of the Year\n“Paper Boats” – Mina Clarke\n\n"
            "Best Video\n“Lamplight” – Gerry Oduya\n\n"
            "Album of the Year\nJasper Lowe – Tamsin Reed\n")
    got = types(extractor, text)
    assert got.get("Jasper Lowe") is R
    assert got.get("Tamsin Reed") is not R


def test_unquoted_name_set_against_a_quoted_title_is_the_artist(extractor):
    text = ("The best videos of the month.\n\n"
            "The Tidal Ferns – “Wednesday’s Ghost”\n"
            "The Hull band cast a real ghost hunter as themselves.\n")
    got = types(extractor, text)
    assert got.get("The Tidal Ferns") is G or got.get("Tidal Ferns") is G
    assert got.get("Hull") is not G


# -- apposition and relative clauses -------------------------------------------------

def test_release_noun_apposition_before_the_name(extractor):
    text = "His 1969 album, Copper Thunder, is regarded as a lost classic of Texas soul."
    assert types(extractor, text).get("Copper Thunder") is R


def test_comma_after_a_release_noun_opening_a_clause(extractor):
    text = "On the new single, Mara Quist sings about her grandmother."
    assert types(extractor, text).get("Mara Quist") is P


def test_which_the_artist_released(extractor):
    text = "The tour supports Velvet Meridian, which Holm released in August."
    assert types(extractor, text).get("Velvet Meridian") is R


def test_credit_list_before_the_track_is_not_a_title(extractor):
    text = "Credited as Rina Osei x Tomas Vidal, the song has the two swapping verses over a guitar loop."
    got = types(extractor, text)
    assert got.get("Tomas Vidal") is P


def test_dash_apposition_names_the_kind(extractor):
    text = "Sarmiento spent the summer opening shows for Las Cinco Velas — the same trio that joined him in 2022."
    assert types(extractor, text).get("Las Cinco Velas") is G


def test_hyphenated_member_count_does_not_make_a_person(extractor):
    text = "Here is every major release by NOVA//LINE, the five-member girl group from Seoul."
    assert types(extractor, text).get("NOVA//LINE") is G


def test_bands_possessive_role_is_a_person(extractor):
    text = "Plaintiffs Reggie Marchand, the band’s trombonist, and Ava Holt filed the suit."
    assert types(extractor, text).get("Reggie Marchand") is P


def test_group_noun_apposition_after_forming(extractor):
    text = ("Singer Tom Hale and drummer Ivo Stern have started a new band, The Night Lamps, "
            "and their debut single is out in May.")
    assert types(extractor, text).get("The Night Lamps") is G


def test_group_noun_then_a_speaker_is_not_the_band(extractor):
    text = "She quit the band, Ava Holt said."
    assert types(extractor, text).get("Ava Holt") is P


# -- scene plurals, verbs and infinitives ---------------------------------------------

def test_scene_plural_before_a_name(extractor):
    text = "Pryce left last year to join Margate shoegazers Velvet Hum, with no hard feelings."
    assert types(extractor, text).get("Velvet Hum") is G


def test_scene_plural_before_a_list_of_people(extractor):
    text = "The label signed Nashville songwriters Ava Holt and Ben Ruiz last week."
    got = types(extractor, text)
    assert got.get("Ava Holt") is P and got.get("Ben Ruiz") is P


def test_bare_infinitive_after_see_is_not_a_plural_verb(extractor):
    text = "The album also sees guitar virtuoso Torvald Nyberg guest on the nine-minute closer."
    assert types(extractor, text).get("Torvald Nyberg") is not G


def test_place_before_a_group_noun_is_not_a_band(extractor):
    text = ("The Tidal Ferns – “Wednesday’s Ghost”\n"
            "The Leeds band cast actor Marcus Obi as a lonely office ghost.")
    assert types(extractor, text).get("Leeds") is not G


# -- nicknames -------------------------------------------------------------------------

def test_quoted_nickname_inside_a_name_is_not_a_release(extractor):
    text = "Soul singer Clarence ‘Biscuit’ Mabery, the velvet-voiced star of Memphis, has died aged 81."
    assert types(extractor, text).get("Biscuit") is not R


def test_quoted_title_after_a_possessive_stays_a_release(extractor):
    text = "Ava Holt covered Ben Ruiz’s “Blue Harbour” on Tuesday."
    assert types(extractor, text).get("Blue Harbour") is R


# ==================================================================================================
# Entity typing: ensemble names, plural verbs after a name, list entries whose next
# line describes a band, appositions that open a new clause, and "the band" for the article's band.
# ==================================================================================================

# -- a name that ends in an ensemble noun ------------------------------------------

def test_name_ending_in_an_ensemble_noun_is_a_group(extractor):
    got = type_names(extractor, "Trumpeter Halvard Moe will tour with The Halvard Moe Sextet in May. "
                     "The record features pianist Ida Strand.")
    assert got.get("The Halvard Moe Sextet", got.get("Halvard Moe Sextet")) == "Group"


def test_title_case_headline_noun_is_not_a_band_name(extractor):
    got = type_names(extractor, "Ava Lindqvist Joins New Band\n\nSinger Ava Lindqvist has joined a band.")
    assert got.get("Ava Lindqvist") == "Person"


# -- a plural verb right after a name ----------------------------------------------

def test_plural_verb_after_a_name_types_a_band(extractor):
    got = type_names(extractor, "Mothcastle share blistering new single 'Pylon Song' – listen\n\n"
                     "Mothcastle have shared a blistering new single, 'Pylon Song'.")
    assert got.get("Mothcastle") == "Group"


def test_singular_verb_and_sentence_openers_are_left_alone(extractor):
    got = type_names(extractor, "Ravi Okonkwo shares new single 'Tin Roof'.\n\nTickets go on sale on Friday.")
    assert got.get("Ravi Okonkwo") == "Person"
    assert "Tickets" not in got


# -- a list entry whose next line describes a band ---------------------------------

def test_entry_line_describing_a_band_types_its_artist(extractor):
    text = ("Our picks this week.\n\nSaltmarsh Radio, “Cold Lamps”\n"
            "Singer Pia Lund croons on the Bergen band’s comeback.\n\n"
            "3. Velvet Masts – “Rent Day”\nFrontwoman Tess Marr yells about landlords.")
    got = type_names(extractor, text)
    assert got.get("Saltmarsh Radio") == "Group"
    assert got.get("Velvet Masts") == "Group"
    assert ("Pia Lund", "Saltmarsh Radio") not in facts(extractor, text, "COLLABORATED_WITH")


def test_entry_line_about_a_person_does_not_type_a_band(extractor):
    got = type_names(extractor, "Our picks this week.\n\nMira Kovac, “Cold Lamps”\n"
                     "Kovac croons over a drum machine.")
    assert got.get("Mira Kovac") != "Group"


# -- appositions that are no appositions -------------------------------------------

def test_group_noun_opening_a_new_clause_does_not_type_the_name(extractor):
    got = type_names(extractor, "Formed in 2011 by singer Tom Ashby and guitarist Lena Farrow, the band was "
                     "completed by drummer Ike Bell.")
    assert got.get("Lena Farrow") == "Person"


def test_label_after_a_verb_does_not_type_a_company(extractor):
    got = type_names(extractor, "The Ferrymen, the Ohio trio made up of Joe Reyes and drummer Sam Tull, "
                     "become the label's first signing.")
    assert got.get("Sam Tull") == "Person"


def test_label_apposition_still_types_a_company(extractor):
    got = type_names(extractor, "Brightwave Music, Luna Park's label, confirmed the news.")
    assert got.get("Brightwave Music") == "Organization"


# -- "the band" is the article's band ----------------------------------------------

def test_the_band_after_a_band_named_in_passing_is_the_story_band(extractor):
    text = ("Quarry Lane have announced a new bassist. Quarry Lane said Ria Holt will join in May. "
            "Her replacement is Tom Gale, formerly of Hull noise outfit Slag Choir. "
            "Quarry Lane play Leeds in June. Fans were delighted. The tickets sold out. "
            "Guitarist Dan Iver, who co-founded the band at school, said it would be loud.")
    assert ("Dan Iver", "Quarry Lane") in facts(extractor, text, "MEMBER_OF")
    assert ("Dan Iver", "Slag Choir") not in facts(extractor, text, "MEMBER_OF")


# ==================================================================================================
# Entity typing: a name NER takes for a place, a people or a company is an artist when
# it does what only artists do with a record or a show, or when an album is "from" it.
# ==================================================================================================

def test_place_named_band_releasing_an_album_is_its_artist(extractor):
    text = "Nevada released a new album, Desert Radio Hymns, on Friday."
    assert type_names(extractor, text).get("Nevada") == "Group"
    assert ("Desert Radio Hymns", "Nevada") in by_artist(extractor, text)


def test_band_sharing_a_single_named_after_a_people(extractor):
    text = "Kasabian shared the single Mercury Lanes last week."
    assert ("Mercury Lanes", "Kasabian") in by_artist(extractor, text)


def test_a_residency_is_announced_by_a_band(extractor):
    got = type_names(extractor, "Crimson 7 announced a Las Vegas residency for the spring.")
    assert got.get("Crimson 7") == "Group"
    assert "Las Vegas" not in got


def test_her_single_makes_the_artist_a_person(extractor):
    got = type_names(extractor, "Tamsin Vale's friend Oslo released her debut single, Paper Ferry, in June.")
    assert got.get("Oslo") != "Group"


def test_places_doing_other_things_stay_untyped(extractor):
    got = type_names(extractor, "Texas released the drought figures on Monday. Seoul announced new rules for taxis.")
    assert "Texas" not in got and "Seoul" not in got


def test_a_label_releasing_a_record_is_no_artist(extractor):
    text = ("Interscope released the album on Friday. The band signed to Interscope in 2019 "
            "after two records on a small imprint.")
    assert type_names(extractor, text).get("Interscope") != "Group"


def test_album_from_a_band_then_its_title(extractor):
    text = "The new album from Larkwood Mac, Harbor Candles Live, arrives next month."
    assert ("Harbor Candles Live", "Larkwood Mac") in by_artist(extractor, text)


def test_a_single_from_an_album_is_not_the_albums_work(extractor):
    text = ("The band's seventh album, Carrion Psalms, is due in June. The first single from Carrion Psalms, "
            "“Tongues of Salt,” premieres next Tuesday.")
    assert ("Tongues of Salt", "Carrion Psalms") not in by_artist(extractor, text)
