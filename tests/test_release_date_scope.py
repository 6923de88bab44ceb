"""Which release a date belongs to: only one in the date's own clause; a date that
qualifies another noun ("the Saturday headline spot") or an act's own debut dates no
release; "his December single" looks back. Our own wording, the real pipeline."""

from __future__ import annotations

from datetime import date

from extracting import kept_facts


def dates(extractor, text: str, published: date) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in kept_facts(extractor, text, published) if f.relation == "RELEASED_ON"}


def test_date_qualifying_another_noun_is_no_release_date(extractor):
    text = "Gullwing, whose third album Kiss Me Quick came out last month, get the Saturday headline spot."
    assert dates(extractor, text, date(2026, 3, 10)) == {("Kiss Me Quick", "2026-02")}


def test_coordinated_clause_of_another_event(extractor):
    assert not dates(extractor, "7ARC debuted in 2019 and took home their first award for “Orbital.”",
                     date(2026, 3, 10))


def test_an_acts_debut_year_goes_to_no_earlier_release(extractor):
    text = ("Jin-u put out a solo single, “Letter to Seventeen,” on January 20. "
            "VANTA debuted in 2020 and scored a breakthrough with the single “Afterglow Avenue” in February 2024.")
    found = dates(extractor, text, date(2025, 2, 3))
    assert ("Letter to Seventeen", "2020") not in found and ("Afterglow Avenue", "2020") not in found


def test_month_before_a_release_noun_looks_back(extractor):
    text = "The song follows “Golden Hour Gbedu,” his December joint single with singer Efua Mensah."
    assert dates(extractor, text, date(2026, 3, 10)) == {("Golden Hour Gbedu", "2025-12")}


def test_upcoming_month_single_looks_ahead(extractor):
    text = "Singer Noa Vey will put out her upcoming December single “Snow Globe” with a video."
    assert dates(extractor, text, date(2026, 3, 10)) == {("Snow Globe", "2026-12")}
