"""Band membership: one short text of our own per rule of how music news states
(or only seems to state) that someone is in a band. The real spaCy pipeline runs
through the Extractor; facts below the default confidence do not count."""

from __future__ import annotations

from extracting import relation_pairs


def members(extractor, text: str) -> set[tuple[str, str]]:
    """(person, band) of the kept MEMBER_OF facts."""
    return relation_pairs(extractor, text, "MEMBER_OF")


def test_band_announces_departure_of_role(extractor):
    text = "Bristol rockers Copperline have confirmed the exit of founding drummer Tess Morrow after ten years."
    assert ("Tess Morrow", "Copperline") in members(extractor, text)


def test_supergroup_featuring_role_named_people(extractor):
    text = ("Organisers have booked Iron Lanterns, the new supergroup featuring Velvet Moth frontman Jonah Pratt "
            "and former Saltmarsh guitarist Carl Dempsey.")
    got = members(extractor, text)
    assert {("Jonah Pratt", "Iron Lanterns"), ("Carl Dempsey", "Iron Lanterns"), ("Jonah Pratt", "Velvet Moth")} <= got


def test_band_featuring_guest_is_no_member(extractor):
    # a band "featuring" a name on a song credits a guest
    text = "The single by Copperline featuring Tess Morrow entered the chart at number nine."
    assert ("Tess Morrow", "Copperline") not in members(extractor, text)


def test_counted_band_noun_then_role_list(extractor):
    text = ("Dream-pop duo SILVER FERN, singer Ona Brisk and producer Tamsin Vey, today share their debut "
            "album.")
    got = members(extractor, text)
    assert {("Ona Brisk", "SILVER FERN"), ("Tamsin Vey", "SILVER FERN")} <= got


def test_counted_noun_must_match_the_list(extractor):
    # a trio cannot be two people: the names are someone else's
    text = "Indie trio The Parlours, singer Ona Brisk and producer Tamsin Vey, all played the festival on Friday."
    got = members(extractor, text)
    assert ("Ona Brisk", "The Parlours") not in got and ("Tamsin Vey", "The Parlours") not in got


def test_nth_member_to_enlist_follows_earlier_members(extractor):
    text = ("Taemin is the third HALCYON member to enlist, after Joon, who enlisted in May 2023, "
            "and Siwoo, who enlisted last month.")
    got = members(extractor, text)
    assert {("Joon", "HALCYON"), ("Siwoo", "HALCYON")} <= got


def test_following_without_member_phrase_says_nothing(extractor):
    text = "HALCYON will tour Japan in May, following Joon's solo concerts in Osaka."
    assert ("Joon", "HALCYON") not in members(extractor, text)


def test_debut_as_named_unit(extractor):
    text = "Dahye and Suah will debut as the duo MOONLARK with the single Paper Boats next month."
    got = members(extractor, text)
    assert {("Dahye", "MOONLARK"), ("Suah", "MOONLARK")} <= got


def test_performing_as_guest_of_a_band_is_no_membership(extractor):
    text = "Lola Brennan performed as a guest of the band Copperline at the Roundhouse."
    assert ("Lola Brennan", "Copperline") not in members(extractor, text)


def test_one_half_of_duo_alongside_partner(extractor):
    text = "Mira Sato, one half of the house duo Sato & Penn alongside Gil Penn, produced the record in Lisbon."
    got = members(extractor, text)
    assert {("Mira Sato", "Sato & Penn"), ("Gil Penn", "Sato & Penn")} <= got


def test_duo_she_formed_with_partner(extractor):
    text = ("Tess Morrow quit the band to focus on Glass Canary, the synth duo she started in 2024 with "
            "producer Arlo Finch.")
    got = members(extractor, text)
    assert {("Tess Morrow", "Glass Canary"), ("Arlo Finch", "Glass Canary")} <= got


def test_group_he_joined_in_a_relative_clause(extractor):
    text = ("Ed Conway's estate includes his share of The Larkspurs, the Glasgow soul group he joined as a "
            "teenage bassist in 1971.")
    assert ("Ed Conway", "The Larkspurs") in members(extractor, text)


def test_singer_listed_with_band_roles(extractor):
    text = ("Copperline are back. Singer Tess Morrow, guitarist Lou Brant and keyboard player Nia Cole recorded "
            "the new album in Wales, Copperline said.")
    got = members(extractor, text)
    assert {("Tess Morrow", "Copperline"), ("Lou Brant", "Copperline"), ("Nia Cole", "Copperline")} <= got


def test_lone_singer_is_not_the_bands(extractor):
    text = ("Copperline are back with a new album. Pop singer Lola Brennan sings on one track, "
            "Copperline said.")
    assert ("Lola Brennan", "Copperline") not in members(extractor, text)


def test_role_stands_in_a_negated_clause(extractor):
    text = ("Saltmarsh have reunited for a tour. Original bassist Ray Dunmore will not be involved, the band said. "
            "Saltmarsh play Leeds on May 2.")
    assert ("Ray Dunmore", "Saltmarsh") in members(extractor, text)


def test_lineup_of_siblings_after_a_dash(extractor):
    text = "The folk band Hollow Reed - siblings Ana Ruiz, Tomas Ruiz and Ines Ruiz - won the award."
    got = members(extractor, text)
    # the first name after a bare dash is the calibrated "group-lineup" rule, which measures 7 of 26
    # right on the development sets and so stays below the default threshold; the list it opens is kept
    assert {("Tomas Ruiz", "Hollow Reed"), ("Ines Ruiz", "Hollow Reed")} <= got


def test_started_out_in_band_with_sibling(extractor):
    text = "Lena Brook started out in the band Paper Gliders Club with her brother Otto Brook before going solo."
    got = members(extractor, text)
    assert {("Lena Brook", "Paper Gliders Club"), ("Otto Brook", "Paper Gliders Club")} <= got


def test_founded_by_a_company_is_no_founder(extractor):
    text = "Formed by a Busan agency, VELOUR is a girl group whose line-up is Han Yuna, Seo Mirae and Bae Jin."
    assert not any(band == "VELOUR" and person == "Busan" for person, band in members(extractor, text))


def test_possessive_list_stops_at_a_name_with_its_own_band(extractor):
    text = ("Copperline frontman Jonah Pratt, Velvet Moth's Nia Cole and Ashgrove drummer Ray Dunmore have "
            "started a new band.")
    assert ("Ray Dunmore", "Velvet Moth") not in members(extractor, text)


# ==================================================================================================
# MEMBER_OF phrasings of music news: set-off line-ups, member guides, sub-units, parts named by a
# reference to the band, "as the keyboardist of", "<band> bandmate X", "fellow members". Each rule
# has a text of our own with invented names, and a near miss that must not give the fact. Facts
# below the default confidence do not count.
# ==================================================================================================

# -- set-off line-ups -------------------------------------------------------------------

def test_band_then_described_people_between_dashes(extractor):
    text = ("Folk duo Harrowgate Lanterns — Leeds schoolfriends Corin Ashby and Tobias Wren — wrote the record "
            "in a rented farmhouse.")
    got = members(extractor, text)
    assert {("Corin Ashby", "Harrowgate Lanterns"), ("Tobias Wren", "Harrowgate Lanterns")} <= got


def test_lineup_noun_then_parts_between_double_dashes(extractor):
    text = ("The Quillfeathers return in May. The band's original lineup -- singer Maren Oakes, guitarist "
            "Felix Dunmore and drummer Ivo Castellan -- reunited for the tour.")
    got = {s for s, o in members(extractor, text) if o.endswith("Quillfeathers")}
    assert {"Maren Oakes", "Felix Dunmore", "Ivo Castellan"} <= got


def test_credit_in_brackets_is_no_lineup(extractor):
    # a title with its two credited artists: "x" joins artists, not a band's members
    text = "Paper Comets (Kestrel Vane x Dorian Flux) tops the streaming chart this week."
    assert not members(extractor, text)


def test_caption_and_track_lines_are_no_lineup(extractor):
    text = "Words: Hattie Brennigan | Photo: Lionel Marsh\n\nGlasswork Choir – Orchard Lamps\n\nThe album is out now."
    assert not members(extractor, text)


def test_one_name_in_brackets_is_no_lineup(extractor):
    text = "The new single by rapper JUNO (Juno Mercer, born 2001) arrives on Friday."
    assert not members(extractor, text)


# -- member guides ----------------------------------------------------------------------

def test_member_guide_lines(extractor):
    text = ("VELORA debuted today with the mini album “First Orbit”. VELORA are signed to Northpeak.\n\n"
            "Meet the members:\n\n"
            "HAJIN (Lee Ha-jin, born 2004) – Leader and main vocalist.\n"
            "TAEO (Kim Tae-o, born 2005) – Main dancer and rapper.\n"
            "MIRU (Choi Mi-ru, born 2006) – Vocalist and maknae.\n")
    got = {s for s, o in members(extractor, text) if o == "VELORA"}
    assert len(got) == 3


def test_one_profile_line_is_no_guide(extractor):
    text = ("Actor HAJIN (Lee Ha-jin, born 1990) – a former vocalist – joins the cast of the drama.\n"
            "VELORA will appear on the show next week. VELORA are signed to Northpeak.")
    assert not {o for s, o in members(extractor, text) if s in {"HAJIN", "Lee Ha-jin"}}


# -- sub-units --------------------------------------------------------------------------

def test_sub_unit_members_are_the_band_members(extractor):
    text = ("LUMORA’s first sub-unit, LUMORA-S, made up of Yerin, Haeun and Japanese member Akane, "
            "will release a single on Friday.")
    got = {s for s, o in members(extractor, text) if o == "LUMORA"}
    assert {"Yerin", "Haeun", "Akane"} <= got


def test_sub_unit_needs_a_list(extractor):
    text = "LUMORA’s first sub-unit, LUMORA-S, will release a single on Friday, said Yerin."
    assert not {o for s, o in members(extractor, text) if s == "Yerin"}


# -- parts named by a reference to the band -----------------------------------------------

def test_people_then_the_groups_members(extractor):
    text = ("Boy group BRISKWAVE will tour Japan in March. Jiho and Dojin, the group’s two youngest members, "
            "will host the fan meeting.")
    got = members(extractor, text)
    assert {("Jiho", "BRISKWAVE"), ("Dojin", "BRISKWAVE")} <= got


def test_a_reference_that_is_no_part_gives_nothing(extractor):
    text = "Boy group BRISKWAVE will tour Japan in March. Minseo, the group’s manager, will host the fan meeting."
    assert ("Minseo", "BRISKWAVE") not in members(extractor, text)


# -- "as the <part> of", shares ------------------------------------------------------------

def test_as_the_keyboardist_of_a_band(extractor):
    text = ("Singer Wren Castellane first made waves as the keyboardist of early-2000s synth-pop group the "
            "Paper Comets before going solo.")
    assert ("Wren Castellane", "The Paper Comets") in members(extractor, text)


def test_as_one_third_of_a_group(extractor):
    text = "Singer Marisol Quintero became known as one-third of the girl trio Las Rosas Frías before going solo."
    assert ("Marisol Quintero", "Las Rosas Frías") in members(extractor, text)


def test_as_a_fan_of_a_band_is_no_membership(extractor):
    text = "Singer Marisol Quintero grew up as a fan of girl group Las Flores Negras."
    assert ("Marisol Quintero", "Las Flores Negras") not in members(extractor, text)


# -- "<band> bandmate X", "fellow members" ------------------------------------------------

def test_band_bandmate_person(extractor):
    text = "The singer declined to comment, and Copperline bandmate Ossie Hartnell posted a laughing emoji."
    assert ("Ossie Hartnell", "Copperline") in members(extractor, text)


def test_band_then_collaborator_is_no_bandmate(extractor):
    text = "The singer declined to comment, and Copperline collaborator Ossie Hartnell posted a laughing emoji."
    assert ("Ossie Hartnell", "Copperline") not in members(extractor, text)


def test_fellow_members_of_the_articles_band(extractor):
    text = ("The boy group NOVARISE confirmed that Taeyul enlists on Monday. NOVARISE thanked fans. "
            "Fellow members Jiwan and Seho are currently serving.")
    got = members(extractor, text)
    assert {("Jiwan", "NOVARISE"), ("Seho", "NOVARISE")} <= got


# ==================================================================================================
# MEMBER_OF: rules that over-fired (a sideman, a genre before a role, a founder taken for the band,
# a place before a band noun) and phrasings missed (replacements, joining alongside someone,
# interviews).
# ==================================================================================================

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


# ==================================================================================================
# MEMBER_OF: line-up changes ("A replaces B", "her replacement is A"), "our drummer" in interviews,
# "leader A, B and maknae C" in a story about one band, joining a band alongside someone, bands
# named after their leader and member guides in blocks of fields.
# ==================================================================================================

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


# ==================================================================================================
# MEMBER_OF: someone's band "with" others ("X, his side band with A"), co-founding with a partner,
# founders listed before "who started the group", "is a long-time member of" after an apposition,
# "remain part of", an age set off before the role, "fronted by", "a new bassist, A", "the duo of
# producer A", bandmates owned by a pronoun and set-off line-ups after a duo's "A & B" name.
# ==================================================================================================

def test_own_band_with_partners(extractor):
    text = ("Nobody knows whether Callum Reeve will revive The Velvet Ferrets, his side band with Ivo Barnes and "
            "Nell Fairley, after the tour.")
    got = members(extractor, text)
    assert {("Ivo Barnes", "The Velvet Ferrets"), ("Nell Fairley", "The Velvet Ferrets"),
            ("Callum Reeve", "The Velvet Ferrets")} <= got


def test_co_founded_with_a_partner(extractor):
    text = "Rosalind Achebe co-founded Gorilla Static with the painter Bram Okoro in 2009."
    got = members(extractor, text)
    assert ("Bram Okoro", "Gorilla Static") in got


def test_co_founding_a_label_is_no_band(extractor):
    text = "Rosalind Achebe co-founded Lantern Records with the producer Bram Okoro in 2009."
    assert not members(extractor, text)


def test_relative_clause_founders_of_a_list(extractor):
    text = ("Glasshouse Ponies are back. Tamsin Greer and Hollis Fenn, who started the band in Margate, say "
            "the new songs are nearly done.")
    got = members(extractor, text)
    assert {("Tamsin Greer", "Glasshouse Ponies"), ("Hollis Fenn", "Glasshouse Ponies")} <= got


def test_copula_member_after_an_apposition(extractor):
    text = ("Dax Morrow, one of the busiest session players in town, has long been a member of The Rust Owls, "
            "and he has toured with everyone.")
    assert ("Dax Morrow", "The Rust Owls") in members(extractor, text)


def test_not_a_member(extractor):
    text = "Dax Morrow, who is not a member of The Rust Owls, played drums on the record."
    assert ("Dax Morrow", "The Rust Owls") not in members(extractor, text)


def test_remain_part_of_a_unit(extractor):
    text = "Mark Denholm and Ben Okafor also remain part of TEAM NOVA, which is preparing a winter release."
    got = members(extractor, text)
    assert {("Mark Denholm", "TEAM NOVA"), ("Ben Okafor", "TEAM NOVA")} <= got


def test_age_before_the_role(extractor):
    text = "Brodie Lane, 34, the former frontman of rock act The Copper Hounds, now works as a carpenter."
    assert ("Brodie Lane", "The Copper Hounds") in members(extractor, text)


def test_fronted_by(extractor):
    text = "Also on the bill are Kestrel Bay; The Paper Moths, fronted by Sarah Mulligan; and Crowhurst."
    got = members(extractor, text)
    assert ("Sarah Mulligan", "The Paper Moths") in got


def test_fronted_by_someones_relative_is_not_them(extractor):
    text = "Support act Copperline, fronted by Varga's brother, played first."
    assert not {p for p, _ in members(extractor, text)} & {"Varga", "Ilse Vargo"}


def test_band_announces_a_new_member(extractor):
    text = "Quarry Wolves have announced a new bassist, Tom Fadel, who starts on the spring tour."
    assert ("Tom Fadel", "Quarry Wolves") in members(extractor, text)


def test_the_duo_of_producer_and_singer(extractor):
    text = ("NIGHTGLASS top the chart again. The duo of producer Kenji Arai and singer Mei Tanaka wrote the "
            "song for a film.")
    got = members(extractor, text)
    assert {("Kenji Arai", "NIGHTGLASS"), ("Mei Tanaka", "NIGHTGLASS")} <= got


def test_pronoun_bandmate_is_in_the_article_band(extractor):
    text = ("VANTA7 leader Dohyun completed his service in 2024, and former bandmate MINHO enlisted last "
            "April.")
    assert ("MINHO", "VANTA7") in members(extractor, text)


def test_set_off_line_up_after_an_ampersand_name(extractor):
    text = "Rook & Fenn - Bristol schoolfriends Ada Rook and Lia Fenn - climbed to No. 3 with \"Tin Cup\"."
    got = members(extractor, text)
    assert {("Ada Rook", "Rook & Fenn"), ("Lia Fenn", "Rook & Fenn")} <= got


def test_hyphenated_nationality_is_no_band(extractor):
    text = "The song features Franco-Chilean singer Alma Ruiz and London rapper Kez."
    assert not members(extractor, text)


def test_role_stands_under_a_hedge_on_the_deed(extractor):
    # the hedge is on what the drummer might do, not on his being the band's drummer
    text = ("The rock band Harrow Lane sold their catalogue this week. Drummer Olly Brackett might leave "
            "after the sale.")
    assert ("Olly Brackett", "Harrow Lane") in members(extractor, text)


def test_role_stands_in_a_sentence_about_talks(extractor):
    text = ("The rock band Harrow Lane sold their catalogue. The talks were slowed by a feud between guitarist "
            "Col Brant and the band's former bassist Ned Shaw.")
    got = members(extractor, text)
    assert {("Col Brant", "Harrow Lane"), ("Ned Shaw", "Harrow Lane")} <= got


def test_set_off_line_up_with_bracketed_parts(extractor):
    text = "Leeds trio Marrowby — Ann Pike (bass), Joe Hale (guitar) and Tim Rudd (drums) — today announce an album."
    got = members(extractor, text)
    assert {("Ann Pike", "Marrowby"), ("Joe Hale", "Marrowby"), ("Tim Rudd", "Marrowby")} <= got


def test_set_off_line_up_by_instrument(extractor):
    text = ("The rock band Marrowby return. The band — Ann Pike on guitar, Joe Hale on bass and Tim Rudd on drums "
            "and percussion — sounds tight.")
    got = members(extractor, text)
    assert {("Ann Pike", "Marrowby"), ("Joe Hale", "Marrowby"), ("Tim Rudd", "Marrowby")} <= got


def test_players_with_instruments_after_a_singer_are_no_line_up(extractor):
    # a singer's backing players are named by instrument too, but no band is set off before them
    text = "Singer Ann Pike toured with Joe Hale on bass and Tim Rudd on drums."
    got = members(extractor, text)
    assert not {p for p, _ in got} & {"Joe Hale", "Tim Rudd"}


def test_band_possessive_with_counted_part_and_comma(extractor):
    text = ("The rock band Harbour Lights wrapped up their tour. Harbour Lights' fifth member, Col Pike, died in "
            "2017.")
    assert ("Col Pike", "Harbour Lights") in members(extractor, text)


def test_band_possessive_plural_part_takes_the_list(extractor):
    text = ("The band Harbour Lights released a song. It is led by two of Harbour Lights' best-known singers, "
            "Ava Holt and Ben Ruiz, whose voices climb.")
    got = members(extractor, text)
    assert {("Ava Holt", "Harbour Lights"), ("Ben Ruiz", "Harbour Lights")} <= got


def test_band_possessive_touring_part_is_no_member(extractor):
    text = "The rock band Harbour Lights is back. Harbour Lights' touring drummer, Ned Lyle, played in May."
    assert ("Ned Lyle", "Harbour Lights") not in members(extractor, text)


def test_band_named_nearby_only_as_a_partner_gives_way_to_the_story_band(extractor):
    # Saltmarsh is the last band named before the line-up, but only as the one he played with
    text = ("The rock band Copperline confirm Ned Lyle as their new drummer. Copperline made the news public on "
            "Monday, and fans of Copperline cheered. Lyle quit the band Saltmarsh in May. He played a club show on "
            "Friday. \"We watched him play with Saltmarsh for years,\" a friend said. \"It fits.\" Bassist Ivo Hart "
            "and singer Ada Moss complete the line-up.")
    got = members(extractor, text)
    assert ("Ivo Hart", "Copperline") in got and ("Ivo Hart", "Saltmarsh") not in got


def test_reference_duo_of_two_people_with_parts(extractor):
    # "The duo" refers back to the band of the list entry's heading; both people are in it
    text = ("\"Tin Cup\" — Harbour Lights (2021)\nThe duo of rapper Ned Ash and turntablist DJ Kord wrote it for a "
            "film, and it became a hit.")
    got = members(extractor, text)
    assert {("Ned Ash", "Harbour Lights"), ("DJ Kord", "Harbour Lights")} <= got
