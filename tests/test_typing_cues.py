"""Entity typing: which names become a Person, a Group or a Release. One short text of
our own per cue of how music news types a name, and a near miss the cue must leave alone.
The real spaCy pipeline runs through the Extractor."""

from __future__ import annotations

from extracting import kept_facts

from artistgraph.graph.model import Article


def types(extractor, text: str) -> dict[str, str]:
    """Name -> type of every entity the extractor keeps for ``text``."""
    extraction = extractor.extract(Article("t", text))
    return {e.name: e.type.value for e in extraction.entities}


def facts(extractor, text: str, relation: str) -> set[tuple[str, str]]:
    return {(f.subject, str(f.object)) for f in kept_facts(extractor, text) if f.relation == relation}


# -- "the" before a plural name ----------------------------------------------------

def test_lower_case_the_before_a_plural_name_is_a_band(extractor):
    got = types(extractor, "Ray Tolliver, whose falsetto carried the Moonbeamers to the top of the charts, "
                           "died on Sunday.")
    assert got.get("Moonbeamers", got.get("The Moonbeamers")) == "Group"


def test_plural_places_and_award_shows_are_not_bands(extractor):
    got = types(extractor, "Singer Nora Vale toured the Netherlands and the Philippines before she won "
                           "two prizes at the Grammys.")
    assert got.get("Netherlands") != "Group" and got.get("Philippines") != "Group"
    assert got.get("Grammys") != "Group"


def test_the_family_name_with_sisters_is_not_a_band(extractor):
    got = types(extractor, "Producer Dan Okafor has worked with the Hollins sisters on their debut.")
    assert got.get("Hollins") != "Group"


# -- a list the parser left unjoined is not one plural subject ---------------------

def test_a_person_heading_a_list_before_a_plural_verb_stays_a_person(extractor):
    got = types(extractor, "Tessa Ruiz, Brightline singer Omar Pell, Lena Sato and Jo Ames of The Wickers "
                           "are among the artists on the charity single.")
    assert got.get("Tessa Ruiz") == "Person"


# -- a role word NER kept inside a band's name ------------------------------------

def test_trailing_role_word_is_cut_from_the_band(extractor):
    text = "The festival booked Cinder Road, featuring former Mossgate guitarist Ailsa Breen."
    assert ("Ailsa Breen", "Mossgate") in facts(extractor, text, "MEMBER_OF")
    assert types(extractor, text).get("Mossgate") == "Group"


# -- relative clauses only people take --------------------------------------------

def test_who_enlisted_makes_a_person(extractor):
    got = types(extractor, "Taemin is the third PRISMA member to enlist, after Joonwoo, who enlisted in June, "
                           "and Seha, who was discharged last month.")
    assert got.get("Joonwoo") == "Person" and got.get("Seha") == "Person"


def test_who_with_a_band_verb_types_nothing(extractor):
    got = types(extractor, "The label thanked Quarry Lights, who toured Europe in 2019.")
    assert got.get("Quarry Lights") != "Person"


# -- forming a named group, sub-units, labelmates ----------------------------------

def test_those_who_form_a_named_duo_are_people(extractor):
    text = "Tolliver has since formed a duo, the Lanterns, with her cousin, singer Abe Crane."
    got = types(extractor, text)
    assert got.get("Tolliver") == "Person"
    assert got.get("Lanterns", got.get("The Lanterns")) == "Group"


def test_a_band_debuting_as_an_unnamed_group_stays_unknown(extractor):
    got = types(extractor, "KORVA debuted as a seven-member group in 2016.")
    assert got.get("KORVA") != "Person"


def test_sub_unit_and_its_members(extractor):
    got = types(extractor, "In 2022 Mirae and Soel debut as the sub-unit HALO Night with the EP \"Paper Comets.\"")
    assert got.get("HALO Night") == "Group"
    assert got.get("Mirae") == "Person" and got.get("Soel") == "Person"


def test_labelmates_are_a_band(extractor):
    got = types(extractor, "She sang on \"Neon Tide,\" the May single of labelmates PRYZM, last spring.")
    assert got.get("PRYZM") == "Group"


# -- apposition and list headings ---------------------------------------------------

def test_apposition_member_types_a_name_ner_calls_a_place(extractor):
    got = types(extractor, "Sora, the band's Japanese member, does not have to do the service.")
    assert got.get("Sora") == "Person"


def test_heading_line_then_description_types_the_artist(extractor):
    text = ('2. "Velvet Static" - KOMET\nThe K-pop quartet\'s second English single is all bass.\n\n'
            '3. "Salt Roads" - Q\nThe masked Lisbon producer, known only as Q, released this in May.\n')
    got = types(extractor, text)
    assert got.get("KOMET") == "Group"
    assert got.get("Q") == "Person"


def test_heading_line_without_description_gives_only_the_credit_guess(extractor):
    # no description: nothing says person or band, so the name keeps the credited artist's
    # default guess (one capitalised word: a band), never the description's type of another line
    got = types(extractor, '4. "Dust Hymn" - Pallor\nA slow, strange record.\n')
    assert got.get("Pallor") == "Group"
    got = types(extractor, '4. "Dust Hymn" - Pallor\nThe Oslo singer-songwriter wrote it alone.\n')
    assert got.get("Pallor") == "Person"


# -- what one has been in -----------------------------------------------------------

def test_been_in_a_band_and_a_parallel_band(extractor):
    text = "He has also been in The Vault with Bo Rennick and The Mile with Ada Strand."
    got = types(extractor, text)
    assert got.get("The Vault") == "Group"


def test_been_in_a_city_is_no_band(extractor):
    got = types(extractor, "Singer Ada Strand has been in Lisbon since June.")
    assert got.get("Lisbon") != "Group"


# -- quotes -------------------------------------------------------------------------

def test_closing_quote_does_not_open_a_title(extractor):
    text = ('"We were blown away by Brass Hollow." Webb believes Brass Hollow could be "the next big thing".')
    got = types(extractor, text)
    assert not any(name.startswith("Webb believes") for name in got)


# -- what only a person does, said of the name as subject --------------------------

def test_subject_of_a_person_only_verb_is_a_person(extractor):
    got = types(extractor, "Marta Quell enlisted on Monday, two weeks after her single Paper Gate came out.")
    assert got.get("Marta Quell") == "Person"


def test_dateline_before_the_subject_is_not_the_one_who_died(extractor):
    got = types(extractor, "LISBON — Dara Voss, whose low voice shaped fado for forty years, died on Tuesday "
                           "at her home in Porto.")
    assert got.get("Dara Voss") == "Person"
    assert got.get("LISBON", got.get("Lisbon")) != "Person"


def test_a_band_that_enlists_a_drummer_stays_a_band(extractor):
    got = types(extractor, "The Velvet Orchard have enlisted a new drummer, Pim Arden, for their spring tour.")
    assert got.get("The Velvet Orchard", got.get("Velvet Orchard")) != "Person"


def test_members_named_after_the_group_enlist_not_the_group(extractor):
    got = types(extractor, "Corvane members Tae-oh and Rimi will enlist on March 4, their agency said.")
    assert got.get("Corvane") != "Person"


# -- "the X Brothers": a family word inside the name ---------------------------------

def test_capitalised_brothers_in_the_name_is_a_band(extractor):
    got = types(extractor, "Her new single is a summer collaboration with the Pellow Brothers, out on Friday.")
    assert got.get("Pellow Brothers", got.get("The Pellow Brothers")) == "Group"


# -- a person's album, on "her" label ----------------------------------------------

def test_her_in_a_clause_about_the_names_album_makes_a_person(extractor):
    got = types(extractor, "KESTRA's long-awaited debut album, released last Friday on her own label, "
                           "enters the chart at Number 3.")
    assert got.get("KESTRA") == "Person"


def test_a_firms_named_service_is_not_owned_like_an_album(extractor):
    got = types(extractor, "Brightwave's Night Channel streams a documentary that follows the singer Aro Lind "
                           "on tour, a film about him rather than one of his releases.")
    assert got.get("Brightwave") != "Person"


# -- "the band's" after "X's Title" ------------------------------------------------

def test_the_band_refers_to_the_owner_not_the_owned_title(extractor):
    got = types(extractor, "Frostmere's Songs of a Long Night, out on Friday, is set to become the band's "
                           "first number one album.")
    assert got.get("Frostmere") == "Group"
    assert got.get("Songs") != "Group"


# -- "the band" after "the new release by X" ------------------------------------------

def test_the_band_refers_to_whom_the_release_is_by(extractor):
    got = types(extractor, "WEEKLY ROUNDUP — Out today: Glass Door, the first new release by Mrs. BLUE ORCHARD "
                           "since the band went on hiatus in 2019.\nThe group now has four members.")
    assert got.get("Mrs. BLUE ORCHARD") == "Group"
    assert got.get("Glass Door") != "Group"


def test_a_platform_name_is_still_no_band(extractor):
    got = types(extractor, "Out today: Glass Door, the new single by Apple Music since the band split.")
    assert got.get("Apple Music") != "Group"


# -- a name modifying what only a band has ----------------------------------------------

def test_a_name_before_reunion_is_a_band(extractor):
    got = types(extractor, "Fans hoping for a Copper Lantern reunion will have to wait, as singer Ivy Marr "
                           "releases her solo single on Friday.")
    assert got.get("Copper Lantern") == "Group"


def test_a_family_reunion_types_no_band(extractor):
    got = types(extractor, "Singer Ivy Marr skipped a Harlow family reunion to finish her album.")
    assert got.get("Harlow") != "Group"


# -- roundup entries "Name (Country) — description" --------------------------------------

ROUNDUP = ("Five contest winners who lasted:\n"
           "Halvard (Norway) — The Oslo rock trio of singer Eir Dahl, bassist Tor Sande and drummer Kai Lund "
           "won in 2019 with \"Frost Line\".\n"
           "Mira Jovan (Serbia) — The only woman to win twice, with \"Glass\" in 2012.\n")


def test_a_parenthesised_country_is_no_alias_and_the_entry_still_types_the_band(extractor):
    got = types(extractor, ROUNDUP)
    assert got.get("Halvard") == "Group"
    assert "Norway" not in {n for n, t in got.items() if t in {"Person", "Group"}}
