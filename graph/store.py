"""The interface every graph store implements, and the records it returns.

Stores hold entities merged across articles and facts with all their evidence.
The questions in :mod:`artistgraph.queries.questions` are written once against
this interface, so every store answers them the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from artistgraph.graph.model import Evidence, Extraction


@dataclass(frozen=True)
class StoredEntity:
    key: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    articles: int = 0


@dataclass
class StoredFact:
    """One fact of the graph with everything that supports it.

    ``object`` is an entity key, or for dated relations an ISO date (or None).
    ``articles`` counts the distinct articles that corroborate it.
    """

    relation: str
    subject: str
    subject_name: str
    object: str | None
    object_name: str | None
    confidence: float
    articles: int
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class LoadResult:
    """What loading one article changed."""

    article: str
    status: str  # "new", "replaced" or "unchanged"
    new_entities: int = 0
    new_facts: int = 0


class StoreError(RuntimeError):
    """A store cannot do what was asked (unreachable, refused, corrupt)."""


class GraphStore(Protocol):
    """Where facts live. Implemented by SQLiteStore and Neo4jStore."""

    def load(self, extraction: Extraction) -> LoadResult:
        """Store one article's extraction in one transaction.

        Loading the same article again changes nothing; an article with a
        known id but new content replaces the facts that came from it."""
        ...

    def load_many(self, extractions: Iterable[Extraction]) -> list[LoadResult]: ...

    def article_hash(self, article_id: str) -> str | None: ...

    def lookup(self, norms: Iterable[str]) -> dict[str, list[StoredEntity]]:
        """Entities whose name or an alias folds to each normalized name."""
        ...

    def entities(self) -> list[StoredEntity]: ...

    def facts(
        self,
        relation: str | None = None,
        entity: str | None = None,
        min_confidence: float = 0.0,
        with_evidence: bool = True,
    ) -> list[StoredFact]:
        """Facts, optionally of one relation and/or touching one entity key."""
        ...

    def articles(self) -> list[dict]: ...

    def article_facts(self, article_id: str) -> list[dict]:
        """The facts one article contributed, with their evidence."""
        ...

    def stats(self) -> dict:
        """Counts: articles, entities, facts, evidence, by type and relation."""
        ...

    def close(self) -> None: ...
