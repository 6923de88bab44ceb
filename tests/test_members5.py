"""MEMBER_OF, fifth round: someone's band "with" others ("X, his side band with A"),
co-founding with a partner, founders listed before "who started the group", "is a
long-time member of" after an apposition, "remain part of", an age set off before
the role, "fronted by", "a new bassist, A", "the duo of producer A", bandmates
owned by a pronoun and set-off line-ups after a duo's "A & B" name. Texts and
names are our own; the real spaCy pipeline runs through the Extractor."""

from __future__ import annotations

from extracting import kept_facts


def members(extractor, text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in kept_facts(extractor, text) if f.relation == "MEMBER_OF"}


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
    assert ("Kenji Arai", "NIGHTGLASS") in members(extractor, text)


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
