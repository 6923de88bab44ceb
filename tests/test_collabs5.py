"""FEATURES and COLLABORATED_WITH, fifth round: "recorded “X” with B" is a co-credit, not a
guest credit; guests listed with the verb left out ("A features on “X”, B on “Y”"); "B is on
“X”"; "“X” by A and B"; a title's noun phrase with "with" ("“X”, a track with B"); and guards
for touring with a band, hearsay, a second title's own subject and the owner of the next title.
Texts and names are our own; the real spaCy pipeline runs through the Extractor."""

from __future__ import annotations

from extracting import kept_facts


def facts(extractor, text: str, relation: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in kept_facts(extractor, text) if f.relation == relation}


def collabs(extractor, text: str) -> set[frozenset[str]]:
    return {frozenset(pair) for pair in facts(extractor, text, "COLLABORATED_WITH")}


def test_recorded_a_title_with_a_partner_is_a_co_credit(extractor):
    text = ("Singer Orla Brennock died on Tuesday. She recorded \"Lantern Row\" with Teodor Vask in 1991, "
            "and it became her best-known song.")
    assert ("Lantern Row", "Teodor Vask") not in facts(extractor, text, "FEATURES")
    assert ("Lantern Row", "Teodor Vask") in facts(extractor, text, "BY_ARTIST")
    assert frozenset({"Orla Brennock", "Teodor Vask"}) in collabs(extractor, text)


def test_recording_as_a_project_with_someone_is_no_feature(extractor):
    text = "Guitarist Benedikt Lorre now records as The Quiet Ferns with Ylva Marsh."
    assert not facts(extractor, text, "FEATURES")


def test_guests_listed_without_their_verb(extractor):
    text = ("Rapper Dario Quell's new album, Salt Circuit, is out today. Mina Ostrova features on \"Copper Sky\", "
            "Jules Farrant on \"Night Ferry\" and Carla Mendes on \"Glass Harbour\".")
    got = facts(extractor, text, "FEATURES")
    assert ("Copper Sky", "Mina Ostrova") in got
    assert ("Night Ferry", "Jules Farrant") in got
    assert ("Glass Harbour", "Carla Mendes") in got


def test_an_artist_on_a_song_is_its_guest(extractor):
    text = "Country singer Wade Harlan's album is out. Corinne Abbott is on \"Gravel Roads\", the lead single."
    assert ("Gravel Roads", "Corinne Abbott") in facts(extractor, text, "FEATURES")


def test_a_title_by_two_artists_is_a_collaboration(extractor):
    text = "\"Paper Comets\" by Sela Varga and Marco Fenn climbed to No. 4 this week."
    got = collabs(extractor, text)
    assert frozenset({"Sela Varga", "Marco Fenn"}) in got
    assert ("Paper Comets", "Marco Fenn") in facts(extractor, text, "BY_ARTIST")


def test_a_track_with_a_guest_named_by_its_noun(extractor):
    text = ("The deluxe edition of Ivo Castel's album adds \"Blue Relay\", a previously unreleased track with "
            "Nadia Okafor.")
    assert ("Blue Relay", "Nadia Okafor") in facts(extractor, text, "FEATURES")


def test_second_title_with_its_own_verb_has_its_own_guests(extractor):
    text = "\"Silver Kite\" features Lune Harper, and \"Broken Again\" features Amos Kettle and Jory Blaine."
    got = facts(extractor, text, "FEATURES")
    assert ("Broken Again", "Amos Kettle") in got
    assert ("Silver Kite", "Amos Kettle") not in got
    assert ("Silver Kite", "Jory Blaine") not in got


def test_guest_list_ends_at_the_owner_of_the_next_title(extractor):
    text = ("Chart watch: Emmet Ray's \"Long Haul\", featuring Sadie Brooke, and Pim Vantongeren's \"Ember\" "
            "are both in the top ten.")
    got = facts(extractor, text, "FEATURES")
    assert ("Long Haul", "Sadie Brooke") in got
    assert ("Long Haul", "Pim Vantongeren") not in got


def test_touring_with_a_band_is_no_collaboration(extractor):
    text = "Drummer Kasper Neale, a session player, has toured with Velvet Ashtray and Hollow Creek."
    got = collabs(extractor, text)
    assert not any("Kasper Neale" in pair for pair in got)


def test_hearsay_collaboration_is_not_kept(extractor):
    text = ("Meanwhile Rico Malvar is said to be working with Lena Soto on a new song; his publicist "
            "would neither confirm nor deny it.")
    assert frozenset({"Rico Malvar", "Lena Soto"}) not in collabs(extractor, text)


def test_a_record_made_with_a_session_player_has_no_partner(extractor):
    text = ("Singer Ada Ferrow released Quiet Hours in 2019, and Open Doors followed in 2024, recorded partly "
            "with drummer Tomas Ekberg.")
    assert not any("Tomas Ekberg" in pair for pair in collabs(extractor, text))


def test_with_a_name_doing_something_is_no_credit(extractor):
    text = ("From the band's second album came \"Velvet Lamp\", with Ivo Brandt playing the villain at a white "
            "piano, and the film has been in cinemas since Easter, with Noor Qasemi playing the young singer.")
    assert not facts(extractor, text, "FEATURES")
