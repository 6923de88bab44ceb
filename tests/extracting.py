"""Helpers for the rule tests: run the real extractor on one short article of
our own and keep what a user would see by default."""

from __future__ import annotations

from datetime import date

from artistgraph.graph.model import DEFAULT_MIN_CONFIDENCE, Article, Fact


def kept_facts(extractor, text: str, published: date | None = None, article_id: str = "t") -> list[Fact]:
    """The facts of ``text`` at or above the default confidence threshold.

    >>> # kept_facts(extractor, "BTS' V joined the army.") -> [Fact("V", "MEMBER_OF", "BTS", ...), ...]
    """
    extraction = extractor.extract(Article(article_id, text, published=published))
    return [f for f in extraction.facts if f.evidence.confidence >= DEFAULT_MIN_CONFIDENCE]
