"""Release titles: how a title is found and where it ends. Apostrophes inside
double quotes, a closing "?" or "!", unquoted titles with small words that run to the clause's
verb or a "(year)", list lines with long, comma or lower-case titles, lower-case quoted titles
where only a song can stand, titles repeated unquoted, a year's work, "from" after a quoted song
and a title described by a release noun after a comma. Texts and names are our own; the real
spaCy pipeline runs through the Extractor."""

from __future__ import annotations

from datetime import date

from extracting import relation_pairs

from artistgraph.graph.model import Article
from artistgraph.loaders.mentions import apposed_titles


def facts(extractor, text: str, relation: str, published: date | None = None) -> set[tuple[str, str]]:
    return relation_pairs(extractor, text, relation, published)


def releases(extractor, text: str) -> set[str]:
    extraction = extractor.extract(Article("t", text))
    return {n for e in extraction.entities if str(e.type) == "Release" for n in e.names}


def test_apostrophe_inside_double_quotes_stays_in_the_title(extractor):
    text = 'Lead single "Rollin\' Down to Tulsa \'Til Dawn" came out in 2019, the debut from Marla Quist.'
    got = facts(extractor, text, "RELEASED_ON")
    assert ("Rollin' Down to Tulsa 'Til Dawn", "2019") in got


def test_closing_question_mark_belongs_to_the_quoted_title(extractor):
    text = 'The Pale Orchards played "Are You Still Awake?" first; the song came out in 2016.'
    assert "Are You Still Awake?" in releases(extractor, text)


def test_unquoted_title_runs_over_small_words_to_the_verb(extractor):
    text = "The band's 1990 album Lost in the Falls with Dreams was their commercial peak."
    assert ("Lost in the Falls with Dreams", "1990") in facts(extractor, text, "RELEASED_ON")


def test_listed_titles_with_years_in_brackets(extractor):
    text = ("The Copper Lanes shifted a great many records, with albums such as Night Ferry (2011) and "
            "Coast Lanterns (2014) and several hits.")
    got = facts(extractor, text, "RELEASED_ON")
    assert ("Coast Lanterns", "2014") in got


def test_list_line_titles_long_comma_and_lower_case(extractor):
    text = ("The 5 best albums of the year\n\n"
            "5. Tessa Varn – Lanterns\n"
            "4. Oskar Belling – Harbour, I Will Sing to You Again\n"
            "3. Mira Coble – Glass Weather\n"
            "2. Denny Orlo – the long goodbye\n"
            "1. Hattie Rook – Copper Coast\n")
    got = releases(extractor, text)
    assert "Harbour, I Will Sing to You Again" in got
    assert "the long goodbye" in got


def test_bulleted_list_line_with_a_lower_case_artist(extractor):
    text = ("The shortlist:\n"
            "• Berit Lund – Salt Harbour\n"
            "• corran ashe – Window Light\n"
            "• Ivo Marsh – Chalk Roads\n"
            "• Tilde Rowe – Long Field\n")
    assert "Window Light" in releases(extractor, text)


def test_lower_case_quoted_title_in_a_chart_move(extractor):
    text = ('Kessa Lyne\'s "Gold Rope" climbs 5-4 on the singles chart, while "sugar tooth" slips to No. 9.')
    assert "sugar tooth" in releases(extractor, text)


def test_lower_case_quoted_titles_in_a_list_and_repeated(extractor):
    text = ('Album review: Ferrow Hill – \'nightlight\'\n'
            'Ferrow Hill have returned with nightlight, which is their best yet. '
            'Best tracks: "Wick Oil", "paper hands", "dune"')
    got = releases(extractor, text)
    assert {"nightlight", "paper hands", "dune"} <= got


def test_a_years_work_and_from_after_a_quoted_song(extractor):
    text = ('Vera Molt opened with "Quiet Engines", the brooding opener of last year\'s The Glass Coast. '
            'A slowed-down "Tin Roof", also from The Glass Coast, closed the night.')
    assert "The Glass Coast" in releases(extractor, text)


def test_title_described_by_a_release_noun_after_it(extractor):
    text = ("The reunion shows will lean on Summer Static, the 1996 debut that made the Harrow Boys famous.")
    assert ("Summer Static", "1996") in facts(extractor, text, "RELEASED_ON")


def test_album_name_before_came_out_is_a_title(extractor):
    text = "Dell Marrow now leads the Orchard Kings, whose latest album Harbor Union came out in 2022."
    assert ("Harbor Union", "2022") in facts(extractor, text, "RELEASED_ON")


def test_quoted_remark_with_an_inner_title_still_finds_the_title(extractor):
    text = "\"I still love 'Marble Stairs' so much,\" said Juno Pell of her 2015 single."
    assert "Marble Stairs" in releases(extractor, text)


def test_scare_quoted_lower_case_word_is_no_title(extractor):
    text = 'Fans said the "hype" rose to fever pitch before Nell Ardo took the stage at No. 1 venue.'
    assert "hype" not in releases(extractor, text)


def test_label_after_for_ends_the_title(extractor):
    text = "Her debut album Sea Salt for Columbia Records came out in 2020."
    got = releases(extractor, text)
    assert "Sea Salt for Columbia Records" not in got


def test_artist_before_a_possessive_release_noun_is_no_apposed_title(extractor):
    doc = extractor.nlp("Wyn Carrow, the album's producer, said the band worked fast. Tam Oake, the album "
                        "producer, agreed.")
    assert not apposed_titles(doc)
