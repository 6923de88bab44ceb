"""Facts whose two ends sit in different sentences: a release named with no artist
in its sentence, owned through a reference ("the band's", "their", "its B-side")
or by the artist the article is about; and featured artists and collaborators
that only the release's owner ties together. One short text of our own per rule,
with a case that must not produce the fact. The real spaCy pipeline runs; facts
below the default confidence do not count."""

from __future__ import annotations

from extracting import kept_facts


def by_artist(extractor, text: str, published=None) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in kept_facts(extractor, text, published) if f.relation == "BY_ARTIST"}


def facts(extractor, text: str, relation: str) -> set[tuple[str, str]]:
    return {tuple(sorted((f.subject, f.object))) if relation == "COLLABORATED_WITH" else (f.subject, f.object)
            for f in kept_facts(extractor, text) if f.relation == relation}


# -- a release owned through a reference in its own sentence ---------------------

def test_band_possessive_owns_release(extractor):
    text = ("Glasgow band The Pallets have split after twelve years. "
            "An engineer who mixed the band's 2015 breakthrough \"Copper Coil\" confirmed the news.")
    assert ("Copper Coil", "The Pallets") in by_artist(extractor, text)


def test_their_videos_for_titles(extractor):
    text = ("Leeds quartet The Wicker Lanes premiered a new clip on Monday. "
            "Their previous two videos, for \"Slow Tram\" and \"Foxglove,\" were shot by Ana Ruiz.")
    got = by_artist(extractor, text)
    assert {("Slow Tram", "The Wicker Lanes"), ("Foxglove", "The Wicker Lanes")} <= got


def test_ambiguous_possessive_is_not_read(extractor):
    # two bands named just before: "the band's" could be either
    text = ("The festival booked Hollow Pines and a new supergroup, Gull Street, featuring Tern drummer Ed Fry. "
            "The band's first single, \"Kite Season,\" came out in May.")
    assert ("Kite Season", "Hollow Pines") not in by_artist(extractor, text)


# -- a track of an album named only by a reference --------------------------------

def test_its_lead_single_inherits_album_artist(extractor):
    text = ("Rock band Copperline released their third album, \"Tin Sky,\" in March. "
            "Its lead single, \"Ridgeway,\" reached the top ten.")
    assert ("Ridgeway", "Copperline") in by_artist(extractor, text)


def test_the_album_includes_tracks(extractor):
    text = ("Singer Maren Oaks has announced her album \"Lowlands.\" "
            "The album includes the title track \"Lowlands\" and the B-side \"Gray Shore.\"")
    assert ("Gray Shore", "Maren Oaks") in by_artist(extractor, text)


def test_album_of_ambiguous_pronoun_passes_nothing_on(extractor):
    # "his album": the director's or the singer's? Its singles get neither.
    text = ("Director Ron Vale has worked with singer Tam Oyelaran since his 2020 album \"Dry Season,\" "
            "shooting the clips for its singles \"Dust\" and \"Embers.\"")
    got = by_artist(extractor, text)
    assert ("Dust", "Ron Vale") not in got and ("Embers", "Ron Vale") not in got


# -- featured artists the title's sentence names after an aside or a relative clause ----

def test_title_aside_then_features(extractor):
    text = ("Producer Remy Okafor has shared his new single. "
            "Lead single \"Night Bus,\" out now, features Tola Brite and Jem Hart trading verses.")
    got = facts(extractor, text, "FEATURES")
    assert {("Night Bus", "Tola Brite"), ("Night Bus", "Jem Hart")} <= got


def test_title_aside_video_is_not_a_feature(extractor):
    # what a video "features" is a cameo or a cast, not a guest on the song
    text = "Singer Ola Venn shared \"Pale Moon,\" whose video features actor Ben Cray."
    assert ("Pale Moon", "Ben Cray") not in facts(extractor, text, "FEATURES")


def test_on_which_singer_sang_the_hook(extractor):
    text = "Rapper Kel Dunmore dropped \"Gold Teeth,\" on which singer Ana Voss sings the chorus."
    assert ("Gold Teeth", "Ana Voss") in facts(extractor, text, "FEATURES")
    assert ("Ana Voss", "Kel Dunmore") in facts(extractor, text, "COLLABORATED_WITH")


def test_on_which_she_sang_is_not_the_owner(extractor):
    # "she" is the singer named first, not the song's owner named just before the title
    text = "Fans who found Lina Ortega through DJ Pavo's 2020 hit \"Noche Azul,\" on which she sang the hook, cheered."
    got = facts(extractor, text, "FEATURES")
    assert ("Noche Azul", "Lina Ortega") in got and ("Noche Azul", "DJ Pavo") not in got
