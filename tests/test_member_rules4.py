"""MEMBER_OF, fourth round: line-up changes ("A replaces B", "her replacement is A"),
"our drummer" in interviews, "leader A, B and maknae C" in a story about one band,
joining a band alongside someone, bands named after their leader and member guides
in blocks of fields. Texts and names are our own; the real spaCy pipeline runs
through the Extractor."""

from __future__ import annotations

from extracting import kept_facts


def members(extractor, text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in kept_facts(extractor, text) if f.relation == "MEMBER_OF"}


def test_replacement_joins_the_band_of_the_one_replaced(extractor):
    text = ("Marsh Hollow have lost their bassist. Marsh Hollow announced on Monday that bassist Tilda Crane "
            "has left the band after six years. Her replacement is Oren Pask, formerly of Cardiff noise act "
            "Glass Pylons.")
    got = members(extractor, text)
    assert ("Oren Pask", "Marsh Hollow") in got
    assert ("Oren Pask", "Glass Pylons") in got


def test_newcomer_takes_the_place_of_a_member(extractor):
    text = ("Folk band The Larkfields have announced that fiddler Ronan Bly has left the group, and that former "
            "Copper Tides guitarist Esme Varo will take his place.")
    got = members(extractor, text)
    assert ("Esme Varo", "The Larkfields") in got
    assert ("Esme Varo", "Copper Tides") in got


def test_replacing_a_host_is_no_membership(extractor):
    text = ("The Sunday Session returns this week. Radio host Jem Ardley replaced Paula Finch as presenter "
            "of the show last year.")
    assert not {p for p, _ in members(extractor, text)} & {"Jem Ardley", "Paula Finch"}


def test_our_drummer_in_an_interview_is_the_bands(extractor):
    text = ("Interview: Wrenfield's Ada Moss on the new record. Wrenfield have been a band for ten years. "
            "\"Colm Reid, our drummer, built half the studio himself,\" Moss says. \"Wrenfield only works "
            "because we argue.\"")
    assert ("Colm Reid", "Wrenfield") in members(extractor, text)


def test_our_friend_is_not_a_member(extractor):
    text = ("Interview: Wrenfield's Ada Moss on the new record. Wrenfield have been a band for ten years. "
            "\"Colm Reid, our old landlord, lent us the van,\" Moss says. \"Wrenfield only works because we argue.\"")
    assert ("Colm Reid", "Wrenfield") not in members(extractor, text)


def test_leader_and_maknae_of_the_band_the_story_is_about(extractor):
    text = ("VELORA is coming back next month! VELORA will release its third mini album on June 3. "
            "VELORA's agency shared a first teaser on Monday. The album has six tracks. "
            "Fans have waited a long time for it. The teaser shows a night drive. "
            "Leader Sorim, Hajin and maknae Yebin wrote two of the songs.")
    got = members(extractor, text)
    assert {("Sorim", "VELORA"), ("Yebin", "VELORA")} <= got


def test_joined_alongside(extractor):
    text = "Born in Macon in 1950, Earl Dupree joined the Satintones at 15 alongside his brother Ray Dupree."
    got = members(extractor, text)
    assert ("Ray Dupree", "Satintones") in got or ("Ray Dupree", "The Satintones") in got


def test_band_named_after_its_leader(extractor):
    text = ("Danish trumpeter Signe Holmgaard will release a new album with The Signe Holmgaard Sextet in May. "
            "The Signe Holmgaard Sextet recorded it in Aarhus.")
    assert ("Signe Holmgaard", "The Signe Holmgaard Sextet") in members(extractor, text)


def test_a_namesake_ensemble_needs_the_full_name(extractor):
    text = "Pianist Lena Ward played with the Ward Family Band in Ohio last week."
    assert ("Lena Ward", "Ward Family Band") not in members(extractor, text)


def test_member_profile_blocks(extractor):
    text = ("Meet NOVALINE: a guide to the five-member girl group.\n\nNOVALINE debuted in 2024. "
            "NOVALINE's fandom is called LINER. NOVALINE are managed by Brightway Entertainment.\n\n"
            "HARIN\nBirth name: Oh Ha-rin\nPosition: Leader, main vocalist\n\n"
            "YUNA\nBirth name: Seo Yu-na\nPosition: Main dancer\n\n"
            "MIKA\nBirth name: Mika Tanaka\nPosition: Rapper\n")
    got = members(extractor, text)
    # the stage name and the birth name under it are one person: either may name the fact
    assert got & {("HARIN", "NOVALINE"), ("Oh Ha-rin", "NOVALINE")}
    assert got & {("YUNA", "NOVALINE"), ("Seo Yu-na", "NOVALINE")}


def test_a_single_name_line_is_no_profile_guide(extractor):
    text = ("NOVALINE debuted in 2024. NOVALINE's fandom is called LINER. NOVALINE are managed by Brightway.\n\n"
            "CREDITS\nProducer: Dana Kline\n")
    assert not {o for _, o in members(extractor, text)}


def test_bracketed_member_list_after_a_group_with_a_missed_first_name(extractor):
    text = "NOVARAE (Ha-eun, Miso, Jiwon, Lin Qiao) debuted in 2023 with the single 'Paper Glider'."
    found = {s for s, o in members(extractor, text) if o == "NOVARAE"}
    assert {"Miso", "Jiwon", "Lin Qiao"} <= found


def test_bracketed_line_up_with_parts_after_dashes(extractor):
    text = "Garage band The Lamplights (Ora Kemp — bass; Tobias Lund — drums; Yvette Marr — organ) played it live."
    found = {s for s, o in members(extractor, text) if o == "The Lamplights"}
    assert found == {"Ora Kemp", "Tobias Lund", "Yvette Marr"}


def test_bracketed_places_after_a_person_are_no_members(extractor):
    text = "Singer Ana Ruiz (Lisbon, Portugal) met producer Tom Hale in Madrid."
    assert not members(extractor, text)
