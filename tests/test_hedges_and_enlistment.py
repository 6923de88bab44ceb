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
    assert enlisted(extractor, "Kang Minho will enlist in May. Fans flooded social media with messages.") == {
        ("Kang Minho", "2025-05")}


def test_anonymous_source_with_withheld_confirmation_is_not_kept(extractor):
    text = ("A source told the outlet that Kang Minho will enlist in May, "
            "but his agency said nothing has been confirmed.")
    assert not enlisted(extractor, text)


def test_denial_in_the_next_sentence_drops_the_claim(extractor):
    assert not enlisted(extractor, "Kang Minho will enlist in May, an insider said. His agency denied the report.")


def test_next_sentence_with_its_own_denied_claim_leaves_the_fact(extractor):
    text = "Kang Minho will enlist in May. His agency denied reports that he is dating an actress."
    assert enlisted(extractor, text) == {("Kang Minho", "2025-05")}


def test_exemption_in_another_clause_is_no_enlistment(extractor):
    text = ("Member Jaeho was discharged in May after completing his service, and Rio, "
            "a Japanese national, is not subject to mandatory service.")
    assert enlisted(extractor, text) == {("Jaeho", None)}


def test_completed_own_national_service(extractor):
    assert ("Tomas Lee", None) in enlisted(extractor, "Singer Tomas Lee completed his own national service last year.")


def test_currently_serving_as_a_soldier(extractor):
    assert enlisted(extractor, "Singer Han Taemin is currently serving as an active-duty soldier.") == {
        ("Han Taemin", None)}


def test_second_name_after_who_enlisted(extractor):
    text = ("Singer Park Jaeyun is the third NOVA member to enlist, after Lee Minjae, who enlisted in March 2024, "
            "and Dohyun, who enlisted last month.")
    assert {("Lee Minjae", "2024-03"), ("Dohyun", "2025-03")} <= enlisted(extractor, text)


def test_a_denial_of_the_next_sentences_own_report_leaves_this_one_alone(extractor):
    text = ('Their first single, "Gnat Summer," was released on Friday. Ray Dunne is reportedly working on a solo '
            "record, but his label would not comment on the rumour.")
    found = {(f.subject, f.object) for f in kept_facts(extractor, text, published=date(2025, 12, 1))
             if f.relation == "RELEASED_ON"}
    assert ("Gnat Summer", "2025-11-28") in found
