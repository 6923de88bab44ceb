"""Which release a date belongs to: only one in the date's own clause; a date that
qualifies another noun ("the Saturday headline spot") or an act's own debut dates no
release; "his December single" looks back. Our own wording, the real pipeline."""

from __future__ import annotations

from datetime import date

from extracting import kept_facts


def dates(extractor, text: str, published: date) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in kept_facts(extractor, text, published) if f.relation == "RELEASED_ON"}


def test_date_qualifying_another_noun_is_no_release_date(extractor):
    text = "Stormpetrel, whose fourth album Hold Me Loosely was released last month, take the Sunday closing slot."
    assert dates(extractor, text, date(2026, 3, 10)) == {("Hold Me Loosely", "2026-02")}


def test_coordinated_clause_of_another_event(extractor):
    assert not dates(extractor, "NOVA9 debuted in 2018 and won their first prize for “Satellite.”",
                     date(2026, 3, 10))


def test_an_acts_debut_year_goes_to_no_earlier_release(extractor):
    text = ("Seoho released a single of his own, “Note to Nineteen,” on January 20. "
            "KORVA debuted in 2020 and had their big hit with the single “Sunset Lane” in February 2024.")
    found = dates(extractor, text, date(2025, 2, 3))
    assert ("Note to Nineteen", "2020") not in found and ("Sunset Lane", "2020") not in found


def test_month_before_a_release_noun_looks_back(extractor):
    text = "The track comes after “Lagos Daybreak,” his December joint single with singer Ama Boateng."
    assert dates(extractor, text, date(2026, 3, 10)) == {("Lagos Daybreak", "2025-12")}


def test_upcoming_month_single_looks_ahead(extractor):
    text = "Singer Noa Vey will put out her upcoming December single “Snow Globe” with a video."
    assert dates(extractor, text, date(2026, 3, 10)) == {("Snow Globe", "2026-12")}
