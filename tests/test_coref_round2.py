"""Reference resolution, second round: an object "her" is someone other than the
clause's subject, a subject pronoun follows its sentence's subject (or that
subject's owner), "the band" right after an untyped name that stands as a subject,
and band descriptions with a place in them ("the Dublin band"). Texts and names
are our own; the real spaCy pipeline runs through the Extractor."""

from __future__ import annotations

from extracting import kept_facts

from artistgraph.loaders.extract import resolve_mentions


def ref(extractor, text: str, word: str, nth: int = 0) -> str | None:
    """What the ``nth`` reference spelled ``word`` resolved to (None: unresolved)."""
    everything, entities = resolve_mentions(extractor.nlp(text))
    hits = [entities[r.entity].name if r.entity >= 0 else None for r in everything
            if r.pronoun and r.text.lower() == word.lower()]
    return hits[nth]


def facts(extractor, text: str, relation: str) -> set[tuple[str, str | None]]:
    return {(f.subject, f.object) for f in kept_facts(extractor, text) if f.relation == relation}


def test_object_her_is_not_the_subject_of_her_clause(extractor):
    text = 'Singer Lana Vey released her album Indigo Hour in May. Jon Ardent sings alongside her on "Paper Comet".'
    assert ref(extractor, text, "her", 1) == "Lana Vey"


def test_object_her_is_none_of_a_coordinated_subject(extractor):
    text = ("Singer Nell Odum won best female at the awards. Tara Quist, Mira Dole and Ava Lind had been "
            "nominated alongside her in that category.")
    assert ref(extractor, text, "her") == "Nell Odum"


def test_subject_pronoun_follows_the_owner_of_the_sentence_subject(extractor):
    text = ("Dax Holt released his album in May. Singer Rook Marra's single \"Ember\", featuring Tala Vine, "
            "came out in July, a few months before he enlisted.")
    assert ref(extractor, text, "he") == "Rook Marra"


def test_subject_pronoun_inside_a_quote_is_not_the_speaker(extractor):
    text = ("Soul singer Ray Dunmore died in June, and his family said he was at peace. His duet with Nora "
            "Jessup won record of the year. Jessup said: \"It warms me that he is at last being celebrated, "
            "for everything he is.\"")
    assert ref(extractor, text, "he", 1) == "Ray Dunmore"


def test_place_in_a_band_description_is_its_modifier(extractor):
    text = ("Ferrous Bloom will close the main stage on Friday. That makes it the Dublin band's one Irish date "
            "this year. Their fourth album, Glasshouse, came out last August.")
    assert ref(extractor, text, "the Dublin band") == "Ferrous Bloom"


def test_the_band_after_an_untyped_subject_names_it_a_band(extractor):
    text = ("Hearsay, which Copperline released in 1977, has sold for decades. \"Dreams\" was the band's only "
            "No. 1, and singer Ada Rook joined the band in 1974.")
    assert ("Ada Rook", "Copperline") in facts(extractor, text, "MEMBER_OF")


def test_the_band_after_a_headline_takes_the_untyped_band_named_just_before(extractor):
    text = ("Copperline, Texas and Wet Sand top the bill\n\nThe weekender has unveiled its acts, with Ferrous "
            "Bloom confirmed to close the main stage. That makes it the Dublin band's one show. Their fourth "
            "album, Glasshouse, came out last August.")
    assert ref(extractor, text, "their") == "Ferrous Bloom"


def test_the_band_does_not_take_the_subject_of_its_own_clause(extractor):
    text = "Nobody expected a sequel. HEAVY SLATE follows the duo's 2022 debut, SOFT IRON."
    assert ref(extractor, text, "the duo") != "HEAVY SLATE"


def test_a_band_named_nearby_keeps_the_reference(extractor):
    text = ("The rock band Kestrels played Leeds. Saltfleet opened the night. The band closed with "
            "their hit \"Low Tide\".")
    assert ref(extractor, text, "the band") != "Saltfleet"


def test_a_place_before_a_band_role_stays_the_band(extractor):
    text = "The album was produced by Mick Joss, the former Clash guitarist."
    assert ("Mick Joss", "Clash") in facts(extractor, text, "MEMBER_OF")


def test_a_description_that_gives_its_name_refers_to_no_earlier_band(extractor):
    text = ("The rock band Kestrels reissue their debut. The band formerly known as Glass Ponies played its "
            "new song in Seoul.")
    everything, _ = resolve_mentions(extractor.nlp(text))
    assert not [r for r in everything if r.pronoun and r.text.lower() == "the band" and r.entity >= 0]


def test_the_singer_called_it_is_still_a_reference(extractor):
    text = "Singer Ama Reyes released Gold Hour in May. The singer called it a gift to her fans."
    assert ref(extractor, text, "the singer") == "Ama Reyes"
