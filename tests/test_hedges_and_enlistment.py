"""Hedged claims and enlistment phrasings: an anonymous source or a withheld
confirmation keeps a claim below the default threshold, a denial in the next
sentence drops it; exemptions are not enlistments; "currently serving" and names
listed after "after A, who enlisted ..." are. Our own wording, the real pipeline."""

from __future__ import annotations

from datetime import date

from extracting import kept_facts

PUBLISHED = date(2025, 4, 2)


def enlisted(extractor, text: str) -> set[tuple[str, str | None]]:
    return {(f.subject, f.object) for f in kept_facts(extractor, text, PUBLISHED) if f.relation == "ENLISTED"}


def test_plain_announcement_is_kept(extractor):
    assert enlisted(extractor, "Kang Minho will enlist in May. Messages from fans poured in online.") == {
        ("Kang Minho", "2025-05")}


def test_anonymous_source_with_withheld_confirmation_is_not_kept(extractor):
    text = ("Kang Minho will enlist in May, according to an insider, "
            "but his label says nothing is decided.")
    assert not enlisted(extractor, text)


def test_denial_in_the_next_sentence_drops_the_claim(extractor):
    text = "Kang Minho will enlist in May, someone close to him claimed. His label dismissed the claim."
    assert not enlisted(extractor, text)


def test_next_sentence_with_its_own_denied_claim_leaves_the_fact(extractor):
    text = "Kang Minho will enlist in May. His label rejected rumours that he is seeing a model."
    assert enlisted(extractor, text) == {("Kang Minho", "2025-05")}


def test_exemption_in_another_clause_is_no_enlistment(extractor):
    text = ("Member Jaeho was discharged in May at the end of his service, and Rio, "
            "who holds a Japanese passport, is exempt from mandatory service.")
    assert enlisted(extractor, text) == {("Jaeho", None)}


def test_completed_own_national_service(extractor):
    assert ("Tomas Lee", None) in enlisted(extractor, "Singer Tomas Lee finished his own national service in 2024.")


def test_currently_serving_as_a_soldier(extractor):
    text = "Singer Han Taemin is currently serving as an active-duty soldier at a base near Paju."
    assert enlisted(extractor, text) == {("Han Taemin", None)}


def test_second_name_after_who_enlisted(extractor):
    text = ("Singer Park Jaeyun becomes NOVA's third member to enlist, after Lee Woojin, who enlisted in March 2024, "
            "and Dohyun, who enlisted last month.")
    assert {("Lee Woojin", "2024-03"), ("Dohyun", "2025-03")} <= enlisted(extractor, text)


def test_a_denial_of_the_next_sentences_own_report_leaves_this_one_alone(extractor):
    text = ('Their first single, "Gnat Summer," was released on Friday. Ray Dunne is reportedly working on a solo '
            "record, but his label would not comment on the rumour.")
    found = {(f.subject, f.object) for f in kept_facts(extractor, text, published=date(2025, 12, 1))
             if f.relation == "RELEASED_ON"}
    assert ("Gnat Summer", "2025-11-28") in found


def released(extractor, text: str) -> set[tuple[str, str | None]]:
    return {(f.subject, f.object) for f in kept_facts(extractor, text, PUBLISHED) if f.relation == "RELEASED_ON"}


def test_a_negation_inside_a_title_does_not_negate_its_sentence(extractor):
    text = "Lumen Drift's single “Do not wait” was released on March 14, and the band toured it all spring."
    assert ("Do not wait", "2025-03-14") in released(extractor, text)


def test_a_negation_outside_the_title_still_counts(extractor):
    text = "Lumen Drift's single “Slow Tide” was not released on March 14, and the band is still mixing it."
    assert ("Slow Tide", "2025-03-14") not in released(extractor, text)


def _facts(extractor, text: str) -> set[tuple[str, str, str | None]]:
    return {(f.relation, f.subject, f.object) for f in kept_facts(extractor, text, PUBLISHED)}


def test_correction_notice_withdraws_the_claim_it_repeats(extractor):
    plain = 'The video for "Salt Lines" by Mira Vance was directed by Oskar Lind.'
    withdrawn = ('Mira Vance shared "Salt Lines" on Friday.\n\nCorrection, April 3: An earlier version of this story '
                 'said the "Salt Lines" video was directed by Oskar Lind.')
    assert ("DIRECTED_BY", "Salt Lines", "Oskar Lind") in _facts(extractor, plain)
    assert ("DIRECTED_BY", "Salt Lines", "Oskar Lind") not in _facts(extractor, withdrawn)


def test_we_wrongly_reported_withdraws_the_claim(extractor):
    text = 'Update: we wrongly reported that Tess Rowan sings on "Cold Harbour" by the Low Pines.'
    assert not any(rel == "FEATURES" for rel, _, _ in _facts(extractor, text))


def test_a_second_clause_that_enlists_others_dates_them_too(extractor):
    text = ("Velvet Quay is on hiatus. Leader Haneul began his service in March last year, and bassist Rin Sato "
            "and drummer Kang Minho enlisted last December.")
    got = enlisted(extractor, text)
    assert ("Haneul", "2024-03") in got
    assert ("Rin Sato", "2024-12") in got and ("Kang Minho", "2024-12") in got


def test_a_second_clause_about_something_else_adds_no_enlistee(extractor):
    text = "Leader Haneul began his service in March, and bassist Rin Sato released a solo album in December."
    got = enlisted(extractor, text)
    assert ("Haneul", "2025-03") in got
    assert not any(subject == "Rin Sato" for subject, _ in got)
