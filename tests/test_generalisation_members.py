"""MEMBER_OF and BY_ARTIST rules that generalise: one short article of our own
per way music news names (or only seems to name) a band's members and a
release's artist. The real spaCy pipeline runs through the Extractor; facts
below the default confidence do not count."""

from __future__ import annotations

from extracting import kept_facts

from artistgraph.graph.model import Article


def facts(extractor, text: str, relation: str) -> set[tuple[str, str | None]]:
    """(subject, object) of the kept facts of one relation."""
    return {(f.subject, f.object) for f in kept_facts(extractor, text) if f.relation == relation}


def members(extractor, text: str) -> set[tuple[str, str | None]]:
    return facts(extractor, text, "MEMBER_OF")


# -- names set off after "members" ----------------------------------------------

def test_members_listed_after_a_dash_belong_to_the_article_band(extractor):
    text = ("PRISMA will return next month. PRISMA's label posted a photo of the four members – Yuna, Sohee, "
            "Mirae and Dabin – in a greenhouse. PRISMA last released music in spring.")
    got = members(extractor, text)
    assert {("Yuna", "PRISMA"), ("Sohee", "PRISMA"), ("Mirae", "PRISMA"), ("Dabin", "PRISMA")} <= got


def test_members_named_by_their_band_before_the_noun(extractor):
    text = "Meanwhile, the other KESTREL members, Taemin, Rowoon and Jaebin, are preparing a world tour."
    got = members(extractor, text)
    assert {("Taemin", "KESTREL"), ("Rowoon", "KESTREL"), ("Jaebin", "KESTREL")} <= got


def test_family_members_are_not_band_members(extractor):
    text = ("The Lanterns played Cardiff on Friday. The Lanterns sold out the hall. "
            "His family members, Ann Poole and Bob Poole, watched from the balcony.")
    got = members(extractor, text)
    assert not {("Ann Poole", "The Lanterns"), ("Bob Poole", "The Lanterns")} & got


# -- lists that name other bands -------------------------------------------------

def test_trailing_of_band_stays_with_its_name_in_a_list_that_names_another_band(extractor):
    text = ("Nell Avery, Copperline frontman Joe Strand, Mia Dunne and Ruth Kell of The Hollows sang on the "
            "charity single.")
    got = members(extractor, text)
    assert ("Joe Strand", "Copperline") in got
    assert ("Joe Strand", "The Hollows") not in got
    assert ("Mia Dunne", "Copperline") not in got
    assert ("Nell Avery", "Copperline") not in got
    assert ("Joe Strand", "Nell Avery") not in got  # a comma before the band ends a list of people


def test_a_singular_role_names_one_person_not_the_whole_list(extractor):
    text = "The tribute night starred Copperline singer Joe Strand, Mia Dunne and Ruth Kell."
    got = members(extractor, text)
    assert ("Joe Strand", "Copperline") in got
    assert not {("Mia Dunne", "Copperline"), ("Ruth Kell", "Copperline")} & got


def test_a_plural_role_covers_the_whole_list(extractor):
    text = "Copperline members Joe Strand, Mia Dunne and Ruth Kell signed copies after the show."
    got = members(extractor, text)
    assert {("Joe Strand", "Copperline"), ("Mia Dunne", "Copperline"), ("Ruth Kell", "Copperline")} <= got


def test_bands_listed_with_and_share_the_role(extractor):
    text = "Former Rust and Cinder Vale singer Owen Castell will play a solo show in May."
    got = members(extractor, text)
    assert {("Owen Castell", "Rust"), ("Owen Castell", "Cinder Vale")} <= got


# -- names that are neither artists nor releases ----------------------------------

def test_award_categories_are_not_groups_or_releases(extractor):
    text = ("Winners of the 2025 Seoul Pop Awards\n\nBest Rookie Group: Kim Arin – “Folded Kite”\n"
            "Best Dance Performance: CIRCA – “Signal Fire”\n\n"
            "CIRCA debuted in 2023 with “Spark” and took home Best New Artist at that year's show.")
    assert not {o for _, o in members(extractor, text)} & {"Best Rookie Group", "Best Dance Performance"}
    by = facts(extractor, text, "BY_ARTIST")
    assert ("Spark", "CIRCA") in by
    assert not {s for s, _ in by} & {"Best New Artist"}


def test_a_drama_or_concert_the_artist_is_named_in_is_not_their_release(extractor):
    text = ("Singer Lee Dohan will enlist in May, his agency said. Lee Dohan debuted in 2019. "
            "Lee Dohan starred in the drama “Moon Detective” last year. "
            "Lee Dohan will also hold a farewell concert, “Last Light,” on April 9.")
    by = facts(extractor, text, "BY_ARTIST")
    assert not {s for s, _ in by} & {"Moon Detective", "Last Light"}


# -- places and bodies that only look like bands -------------------------------------

def test_a_place_before_a_group_noun_only_qualifies_the_band(extractor):
    text = "The new keyboard player, Ines Kowal, also plays in Glasgow surf band The Riptides."
    got = members(extractor, text)
    assert ("Ines Kowal", "The Riptides") in got
    assert ("Ines Kowal", "Glasgow") not in got


def test_of_a_possessor_is_not_membership(extractor):
    text = "Singer Dara Quinn, one of the Republic's best-loved homegrown artists, will tour in June."
    assert not {o for _, o in members(extractor, text)} & {"Republic", "the Republic"}


def test_a_military_veteran_is_not_a_band_member(extractor):
    text = "Colton Ames, a Navy veteran who enlisted at 19, topped the country chart with his debut single."
    assert not members(extractor, text)


def test_a_spaced_dash_closes_a_name(extractor):
    text = ("The quartet - singer Ola Brandt, guitarist Tom Yee, bassist Ruth Obi and drummer Kim Sato - "
            "start a European tour on May 2. The quartet formed in Oslo.")
    extraction = extractor.extract(Article("t", text))
    names = {e.name for e in extraction.entities}
    assert "Kim Sato" in names
    assert not any(n.startswith("Kim Sato ") for n in names)


# -- membership stated in passing -------------------------------------------------------

def test_as_a_member_of_a_band_places_the_subject_in_it(extractor):
    text = ("Pop singer Ana Ruiz will tour Mexico in May. Ruiz went solo in 2019, having spent five years as a member "
            "of girl trio Coralinas.")
    assert ("Ana Ruiz", "Coralinas") in members(extractor, text)


def test_as_one_of_the_members_of_a_band(extractor):
    text = "Singer Taeri Kim will enlist. Kim became famous as the youngest member of the boy band Moon Ferry."
    assert ("Taeri Kim", "Moon Ferry") in members(extractor, text)


def test_member_before_a_name_is_a_member_of_the_article_band(extractor):
    text = ("Rock band Tidewater are back. Tidewater played Leeds on Friday. Fellow member Jonas Reed will "
            "enlist next month, while member Kai Lund stays.")
    got = members(extractor, text)
    assert {("Jonas Reed", "Tidewater"), ("Kai Lund", "Tidewater")} <= got
    assert not {o for _, o in got} & {"Fellow"}


def test_members_named_after_a_band_described_but_named_once(extractor):
    text = ("A concert film about the band Copper Sky opens in November. It follows the group's "
            "2021 documentary about their first tour of small Scottish pubs and clubs, and it features backstage "
            "interviews with all four members: Ada Brook, Lena Marsh, Tom Pike "
            "and Sam Ortiz.")
    got = members(extractor, text)
    assert {("Ada Brook", "Copper Sky"), ("Sam Ortiz", "Copper Sky")} <= got


# -- releases --------------------------------------------------------------------------

def test_artists_who_team_up_on_a_release_share_it(extractor):
    text = ("Chilean rapper Paco Luna and Spanish pop singer Ana Vidal have joined forces on \"Noche Clara,\" "
            "a song about leaving home.")
    by = facts(extractor, text, "BY_ARTIST")
    assert {("Noche Clara", "Paco Luna"), ("Noche Clara", "Ana Vidal")} <= by


def test_one_artist_teaming_up_with_another_leads_nothing(extractor):
    text = "Paco Luna teamed up with Ana Vidal on \"Noche Clara\" after years of talk."
    by = facts(extractor, text, "BY_ARTIST")
    assert ("Noche Clara", "Ana Vidal") not in by


def test_whose_with_a_hyphenated_descriptor_before_the_release_noun(extractor):
    text = "Boy band NOVEX, whose English-language single \"Glow Street\" arrived at No. 9, will tour in May."
    assert ("Glow Street", "NOVEX") in facts(extractor, text, "BY_ARTIST")


def test_a_band_name_heading_a_plural_verb_is_a_band_not_a_title(extractor):
    text = ("Britpop veterans The Lost Summers are back together, and they plan to put out their first album "
            "since 2004 in April.")
    extraction = extractor.extract(Article("t", text))
    types = {e.name: e.type.value for e in extraction.entities}
    assert types.get("The Lost Summers") == "Group"


def test_members_who_debut_as_a_unit_are_in_it_and_its_release_is_the_units(extractor):
    text = ("On May 2, the agency confirmed that KESTREL members Taemin and Rowoon will debut as the unit KES-T "
            "on June 3 with the single album “Late Shift.”")
    by = facts(extractor, text, "BY_ARTIST")
    assert ("Late Shift", "KES-T") in by
    assert not {("Late Shift", "Taemin"), ("Late Shift", "Rowoon")} & by
    assert {("Taemin", "KES-T"), ("Rowoon", "KES-T")} <= members(extractor, text)


def test_a_release_with_only_a_guest_credited_is_the_focus_artists(extractor):
    text = ("Producer Milo Grant has finished his new album. Milo Grant recorded it in Leeds over two winters. "
            "Lead single \"Static Hum\" features rapper Nia Cole. Milo Grant will tour in May.")
    by = facts(extractor, text, "BY_ARTIST")
    assert ("Static Hum", "Milo Grant") in by
    assert ("Static Hum", "Nia Cole") not in by


def test_who_along_with_others_makes_up_a_collective(extractor):
    text = ("Rapper Jay Moss, who along with rappers Tia Lane and Rob Kaye makes up the collective Eastside Union, "
            "also appears on the closing track.")
    got = members(extractor, text)
    assert {("Jay Moss", "Eastside Union"), ("Tia Lane", "Eastside Union"), ("Rob Kaye", "Eastside Union")} <= got


def test_a_partner_band_in_a_with_phrase_is_not_the_role_holders_band(extractor):
    text = ("Rock band Tidewater are back with a new album. Tidewater recorded it in Wales. Guitarist Ana Pike "
            "wrote the riffs together with the producing duo Glasswing.")
    got = members(extractor, text)
    assert ("Ana Pike", "Glasswing") not in got
    assert ("Ana Pike", "Tidewater") in got


def test_a_surname_used_alone_is_the_untyped_full_name_it_shortens(extractor):
    text = ("Veteran producer Marlo Finch has revealed the guest list for \"Lowlight Tapes\", the follow-up to "
            "his 2019 beat tape \"Lowlight\". Finch, real name Martin Finch-Ogden, produced every track himself. "
            "He says the tape \"changed everything\".")
    got = facts(extractor, text, "BY_ARTIST")
    assert {("Lowlight Tapes", "Marlo Finch"), ("Lowlight", "Marlo Finch")} <= got
    assert not any(artist != "Marlo Finch" for _, artist in got)


def test_a_name_the_text_then_calls_the_group_is_a_group(extractor):
    text = ("Fans have waited a long time for this. This will be KESTREL's first release in a year. "
            "The group debuted in 2021 with \"Paper Wings\" and has toured Europe twice since.")
    got = facts(extractor, text, "BY_ARTIST")
    assert ("Paper Wings", "KESTREL") in got


def test_an_all_caps_name_later_called_the_group_owns_its_album(extractor):
    text = ("VELLA is coming back with new music! On May 2, Sunpath Entertainment revealed that VELLA will "
            "return with its fourth mini album \"Salt Road\" on May 20. The group's leader Mina wrote two songs.")
    got = facts(extractor, text, "BY_ARTIST")
    assert ("Salt Road", "VELLA") in got


def test_a_bands_own_members_do_not_compete_with_it_for_the_articles_focus(extractor):
    text = ("ASTERA will be back this spring. The label revealed that ASTERA will return with \"Glass Garden\" "
            "in April. The four members - Mina, Sora, Yeji and Hana - posed in a greenhouse. Leader Mina said she "
            "wrote her verses at night. ASTERA last released music in autumn. Fans can also hear the pre-release "
            "single \"Tin Moon\" this Friday. ASTERA will hold a showcase, and ASTERA fans are excited.")
    got = facts(extractor, text, "BY_ARTIST")
    assert {("Glass Garden", "ASTERA"), ("Tin Moon", "ASTERA")} <= got


def test_a_member_named_most_keeps_the_focus_off_the_band(extractor):
    text = ("Mina of ASTERA is going solo. Mina will release her first solo single soon, and Mina said she is "
            "nervous. ASTERA members Sora and Yeji cheered her on. Mina shared a clip of \"Tin Moon\" on Friday.")
    got = facts(extractor, text, "BY_ARTIST")
    assert ("Tin Moon", "ASTERA") not in got


def test_a_band_name_of_common_words_is_whole_again_where_it_recurs(extractor):
    text = ("The country band Red Hollow is busy. Red Hollow's next album, \"Far From Home,\" arrives in June, "
            "and the band starts touring in Tulsa.")
    got = facts(extractor, text, "BY_ARTIST")
    assert ("Far From Home", "Red Hollow") in got
