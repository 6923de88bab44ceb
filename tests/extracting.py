"""Helpers for the rule tests: run the real extractor on one short article of
our own and keep what a user would see by default."""

from __future__ import annotations

from datetime import date

from artistgraph.graph.model import DEFAULT_MIN_CONFIDENCE, Article, EntityType, Fact


def kept_facts(extractor, text: str, published: date | None = None, article_id: str = "t") -> list[Fact]:
    """The facts of ``text`` at or above the default confidence threshold.

    >>> # kept_facts(extractor, "Velvet Quay's Rin Sato joined the army.") -> [Fact("Rin Sato", "MEMBER_OF", ...), ...]
    """
    extraction = extractor.extract(Article(article_id, text, published=published))
    return [f for f in extraction.facts if f.evidence.confidence >= DEFAULT_MIN_CONFIDENCE]


def relation_pairs(extractor, text: str, relation: str, published: date | None = None) -> set[tuple[str, str | None]]:
    """(subject, object) of the kept facts of one relation, in the order the fact states them."""
    return {(f.subject, f.object) for f in kept_facts(extractor, text, published) if f.relation == relation}


def entity_types(extractor, text: str) -> dict[str, EntityType | None]:
    """Every name (and alias) of the extraction of ``text`` -> the type of its entity."""
    return {n: e.type for e in extractor.extract(Article("t", text)).entities for n in e.names}
