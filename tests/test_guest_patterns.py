"""How music news writes guests and partnerships that the older rules missed: credits
written out in prose ("credited as featuring A", "credited to A with B"), listed
subjects of "featured on", "is credited on", "her ballad with B", "had a guest verse",
list entries with a year, records that pair two artists, and singers who harmonise.
Each text is our own, with invented names; the real spaCy pipeline runs."""

from __future__ import annotations

from extracting import kept_facts


def facts(extractor, text: str, relation: str) -> set[tuple[str, str]]:
    """(subject, object) of the kept facts of one relation; COLLABORATED_WITH pairs sorted."""
    return {tuple(sorted((f.subject, f.object))) if relation == "COLLABORATED_WITH" else (f.subject, f.object)
            for f in kept_facts(extractor, text) if f.relation == relation}


# -- credits written out in prose ---------------------------------------------------

def test_credited_as_featuring_names_every_guest(extractor):
    text = ('Mira Solano released her new album Glass Harbor on Friday. The dreamy "Low Tide" is credited '
            'as featuring Tove Lindqvist and Arlo Benn.')
    found = facts(extractor, text, "FEATURES")
    assert {("Low Tide", "Tove Lindqvist"), ("Low Tide", "Arlo Benn")} <= found


def test_credited_to_artist_with_guest(extractor):
    text = ('The favour was returned when Corin Hale sang on a new version of "Perfect Weather," credited to '
            'Eddie Sharn with Corin Hale.')
    assert ("Perfect Weather", "Corin Hale") in facts(extractor, text, "FEATURES")
    assert ("Corin Hale", "Eddie Sharn") in facts(extractor, text, "COLLABORATED_WITH")


def test_credited_as_other_role_is_no_feature(extractor):
    text = 'Producer Lars Vikberg is credited as co-writer on "Paper Moon," the album\'s second single.'
    assert not any(g == "Lars Vikberg" for _, g in facts(extractor, text, "FEATURES"))


def test_not_credited_as_featuring_is_no_feature(extractor):
    text = 'Despite the rumours, "Low Tide" was never credited as featuring Tove Lindqvist.'
    assert ("Low Tide", "Tove Lindqvist") not in facts(extractor, text, "FEATURES")


# -- guests in prose -------------------------------------------------------------------

def test_listed_subjects_are_all_featured(extractor):
    text = ('Mira Solano released her new album Glass Harbor on Friday. Rapper Dex Corvin and singer Ola Marsh '
            'are both featured on "Night Bus," a restless tune.')
    found = facts(extractor, text, "FEATURES")
    assert {("Night Bus", "Dex Corvin"), ("Night Bus", "Ola Marsh")} <= found


def test_artist_credited_on_a_song(extractor):
    text = ('Mira Solano released her new album Glass Harbor on Friday. Kenji Aranda is credited on '
            '"Paper Moon," which dates back to 2021.')
    assert ("Paper Moon", "Kenji Aranda") in facts(extractor, text, "FEATURES")


def test_artist_with_an_aside_is_on_a_song(extractor):
    text = ('Kasper Dune released the album Hot Wire on Friday. Elsewhere, Martin Oduya, his longtime friend, '
            'is on "Smoke Rings."')
    assert ("Smoke Rings", "Martin Oduya") in facts(extractor, text, "FEATURES")


def test_her_song_with_a_guest(extractor):
    text = ('Mira Solano released her new album Glass Harbor on Friday. The record contains "Paper Moon", '
            'her hit with American rapper Kenji Aranda.')
    assert ("Paper Moon", "Kenji Aranda") in facts(extractor, text, "FEATURES")
    assert ("Kenji Aranda", "Mira Solano") in facts(extractor, text, "COLLABORATED_WITH")


def test_on_which_a_guest_had_a_verse(extractor):
    text = ('Pia Stroud reminisced about her chart-topper "Never Again", on which the late rapper Lana Vix '
            'had a guest verse.')
    assert ("Never Again", "Lana Vix") in facts(extractor, text, "FEATURES")


def test_list_entry_with_year_featuring_a_relative(extractor):
    text = 'Skepto Rook — "Not Me" (2014), featuring his brother Jem Rook.'
    assert ("Not Me", "Jem Rook") in facts(extractor, text, "FEATURES")


# -- partnerships ------------------------------------------------------------------------

def test_record_pairs_two_artists(extractor):
    text = ('"Tin Roof" climbs into the Top 10, boosted by the remix that pairs Lulu Fenn with Chicago rapper '
            'Dax Orrin.')
    assert ("Dax Orrin", "Lulu Fenn") in facts(extractor, text, "COLLABORATED_WITH")


def test_band_naming_a_bandmate_is_no_partner(extractor):
    text = ('"Mama Told Me" reunites Sékou Dara with his former Bloc 44 bandmate, who raps the second verse.')
    assert not any("Bloc 44" in pair for pair in facts(extractor, text, "COLLABORATED_WITH"))


def test_singer_harmonises_with_another(extractor):
    text = 'Folk singer Maren Oakes harmonises with Tobias Vane on "Driftwood," the most tender song here.'
    assert ("Maren Oakes", "Tobias Vane") in facts(extractor, text, "COLLABORATED_WITH")


# -- "on which", written credits and joint works -----------------------------------

def test_on_which_joined_by_makes_the_joiner_the_guest(extractor):
    text = ('Singer Rina Vale released her album Low Sun on Friday. Standouts include "Lagoon", on which Vale '
            'is joined by her mentor Kofi Adeyemi.')
    assert ("Lagoon", "Kofi Adeyemi") in facts(extractor, text, "FEATURES")
    assert not any(g == "Rina Vale" for _, g in facts(extractor, text, "FEATURES"))
    assert ("Kofi Adeyemi", "Rina Vale") in facts(extractor, text, "COLLABORATED_WITH")


def test_on_which_joined_by_a_producer_is_no_guest(extractor):
    text = ('Singer Rina Vale released her album Low Sun on Friday. Standouts include "Lagoon", on which Vale '
            'is joined by producer Kofi Adeyemi.')
    assert not any(g == "Kofi Adeyemi" for _, g in facts(extractor, text, "FEATURES"))


def test_ballad_on_which_a_bands_singer_trades_lines(extractor):
    text = ('Singer Rina Vale released her album Low Sun on Friday. "Won\'t Break" is the 2019 ballad on which '
            'Night Owls\'s singer Remy Tan trades lines with Vale.')
    assert ("Won't Break", "Remy Tan") in facts(extractor, text, "FEATURES")


def test_credited_to_artist_featuring_guest_after_a_title(extractor):
    text = ('Natalia Orvieto released Las Flores in May. On that album\'s "Tu sombra", credited to Orvieto '
            'featuring Los Pescadores, the guitars lead.')
    assert ("Tu sombra", "Los Pescadores") in facts(extractor, text, "FEATURES")
    assert ("Tu sombra", "Los Pescadores") not in facts(extractor, text, "BY_ARTIST")


def test_possessive_joint_single_with_partner(extractor):
    text = ('Singer Rina Vale released her album Low Sun on Friday. It is a long way from "Pretty Thing", her '
            '2021 joint single with the Swedish duo Halvsen.')
    assert ("Halvsen", "Rina Vale") in facts(extractor, text, "COLLABORATED_WITH")


def test_joint_single_denied_is_no_collaboration(extractor):
    text = ('Singer Rina Vale released her album Low Sun on Friday. Her 2021 joint single with the Swedish '
            'duo Halvsen was never released.')
    assert ("Halvsen", "Rina Vale") not in facts(extractor, text, "COLLABORATED_WITH")


# -- a featuring credit describing its guest with an article ---------------------------

def test_featuring_an_article_and_a_description(extractor):
    for text, guest in [
            ('Benno Carr broke through with "Dry Season", a 2016 single featuring a then-unknown Lia Fromm, '
             'whose voice carried it.', "Lia Fromm"),
            ('Her debut "Dry Season", featuring the Ghanaian highlife singer Kojo Amankwah, went gold.',
             "Kojo Amankwah"),
            ('Benno Carr scored with "Dry Season" featuring the late Ray Dunmore in 2009.', "Ray Dunmore")]:
        assert ("Dry Season", guest) in facts(extractor, text, "FEATURES"), text


def test_featuring_a_cameo_by_is_no_description(extractor):
    text = 'Benno Carr released "Dry Season", featuring a cameo by Lia Fromm, in the spring.'
    assert ("Dry Season", "Lia Fromm") not in facts(extractor, text, "FEATURES")


# -- remixes ---------------------------------------------------------------------------

def test_remix_guest_is_a_guest_of_the_song(extractor):
    for text in [
            '"Salt Lake" spread online in 2021 before its remix featuring the Irish singer Ferg Daly pushed it '
            'up the chart.',
            'In 1998 the choir released "Salt Lake", whose remix featured Ferg Daly of the duo Tide Mill.',
            'Mona Reyes named the 1995 "Salt Lake" remix with Ferg Daly as her blueprint.',
            'Mona Reyes said the remix of "Salt Lake", her slow-burning hit, now features Ferg Daly.']:
        assert ("Salt Lake", "Ferg Daly") in facts(extractor, text, "FEATURES"), text


def test_remixer_is_no_guest(extractor):
    text = 'A remix of "Salt Lake" by producer Ferg Daly came out last week.'
    assert ("Salt Lake", "Ferg Daly") not in facts(extractor, text, "FEATURES")


# -- a relative clause on the title's apposition ---------------------------------------

def test_apposition_that_features_guests(extractor):
    text = ('Ama Ofori put out her album Gold Coast last week. The centrepiece is "Queen Mode," a rallying cry '
            'that features Brazil\'s Lara Souza and American singer Jada Monroe.')
    found = facts(extractor, text, "FEATURES")
    assert {("Queen Mode", "Lara Souza"), ("Queen Mode", "Jada Monroe")} <= found
    text = 'Ama Ofori shared "Queen Mode", a ballad which featured the singer Jada Monroe, in May.'
    assert ("Queen Mode", "Jada Monroe") in facts(extractor, text, "FEATURES")


# -- guests listed without a verb ------------------------------------------------------

def test_guests_after_with_and_no_verb(extractor):
    text = ('Tomi Reyes made his name on Big Weather, which followed in 2020, with Koffee Rae on "Repeat Me" and '
            'Dana Burns again, this time on "Play Play".')
    found = facts(extractor, text, "FEATURES")
    assert {("Repeat Me", "Koffee Rae"), ("Play Play", "Dana Burns")} <= found


def test_guest_list_lines(extractor):
    text = ('Every guest on Tomi Reyes\' fourth album, ranked.\n\n3. Pia Lund on "Open Road". Loose and quick.\n\n'
            '2. Greg Nash, also on "Open Road". A chant.\n\n1. Josh Holm and Mara Staple on "Pulling Pins". The best.')
    found = facts(extractor, text, "FEATURES")
    assert {("Open Road", "Pia Lund"), ("Open Road", "Greg Nash"), ("Pulling Pins", "Josh Holm"),
            ("Pulling Pins", "Mara Staple")} <= found


def test_lone_artist_on_title_line_is_no_guest(extractor):
    # a heading of an interview, not a list of guests
    text = 'Tara Vance on "Long Way Home".\n\nThe singer explains why she rewrote the song twice.'
    assert ("Long Way Home", "Tara Vance") not in facts(extractor, text, "FEATURES")
