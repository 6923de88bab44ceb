"""The schema of artistgraph: entity types, the seven relations, facts and evidence.

Every other part of the project refers to a relation through :data:`RELATIONS`;
this module is the only place a relation is defined.

>>> RELATIONS["COLLABORATED_WITH"].symmetric
True
>>> entity_key("Release", "Love Wins All")
'release:lovewinsall'
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class EntityType(StrEnum):
    PERSON = "Person"
    GROUP = "Group"
    RELEASE = "Release"
    ORGANIZATION = "Organization"


ARTIST_TYPES = frozenset({EntityType.PERSON, EntityType.GROUP})
AGENT_TYPES = frozenset({EntityType.PERSON, EntityType.GROUP, EntityType.ORGANIZATION})


@dataclass(frozen=True)
class Relation:
    """One relation of the graph, with the types it links and its alignments."""

    name: str
    subject_types: frozenset[EntityType]
    object_types: frozenset[EntityType]  # empty: the object is an ISO date (or null)
    symmetric: bool
    label: str
    comment: str
    wikidata: str
    schema_org: str | None = None

    @property
    def is_dated(self) -> bool:
        """True when the object is a date, not an entity."""
        return not self.object_types


RELATIONS: dict[str, Relation] = {
    r.name: r
    for r in (
        Relation(
            "MEMBER_OF",
            frozenset({EntityType.PERSON}),
            frozenset({EntityType.GROUP}),
            False,
            "member of",
            "The person is or was a member of the group.",
            "P463",
            "memberOf",
        ),
        Relation(
            "BY_ARTIST",
            frozenset({EntityType.RELEASE}),
            ARTIST_TYPES,
            False,
            "by artist",
            "A primary credited artist of the release.",
            "P175",
            "byArtist",
        ),
        Relation(
            "FEATURES",
            frozenset({EntityType.RELEASE}),
            ARTIST_TYPES,
            False,
            "features",
            "A featured or guest artist of the release.",
            "P175+P3831",
        ),
        Relation(
            "COLLABORATED_WITH",
            ARTIST_TYPES,
            ARTIST_TYPES,
            True,
            "collaborated with",
            "The two artists worked together on a release or project.",
            "",
        ),
        Relation(
            "DIRECTED_BY",
            frozenset({EntityType.RELEASE}),
            frozenset({EntityType.PERSON}),
            False,
            "directed by",
            "The release or its music video was directed by this person.",
            "P57",
            "director",
        ),
        Relation(
            "RELEASED_ON",
            frozenset({EntityType.RELEASE}),
            frozenset(),
            False,
            "released on",
            "The release came out on this date (ISO, at the precision stated).",
            "P577",
            "datePublished",
        ),
        Relation(
            "ENLISTED",
            frozenset({EntityType.PERSON}),
            frozenset(),
            False,
            "enlisted",
            "The person enlisted in or began military service, on the date when known.",
            "P241+P580",
        ),
    )
}

_FOLD = re.compile(r"[\s\-_'’‘\"“”.·]+")


def normalize_name(name: str) -> str:
    """Fold a name for matching: NFKC, case, spaces, hyphens, quotes and dots.

    >>> normalize_name("K-Dawn") == normalize_name("k dawn")
    True
    """
    folded = _FOLD.sub("", unicodedata.normalize("NFKC", name).casefold())
    # A name made only of folded characters ("...") stays itself, or every such
    # name would share the norm '' and merge.
    return folded or name.strip()


def entity_family(entity_type: EntityType | str) -> str:
    """Releases and agents live in separate name spaces: a group and its
    self-titled album are two nodes."""
    return "release" if EntityType(entity_type) is EntityType.RELEASE else "agent"


def entity_key(entity_type: EntityType | str, name: str) -> str:
    """The deterministic key of an entity first seen under ``name``."""
    folded = normalize_name(name) or name.strip()
    return f"{entity_family(entity_type)}:{folded}"


def date_precision(iso: str | None) -> str | None:
    """'day', 'month' or 'year' for an ISO date string at that precision.

    >>> date_precision("2024-01"), date_precision(None)
    ('month', None)
    """
    if iso is None:
        return None
    return {10: "day", 7: "month", 4: "year"}.get(len(iso))


@dataclass(frozen=True)
class Article:
    """One news article as read by a loader."""

    id: str
    text: str
    title: str = ""
    published: date | None = None
    source: str = ""
    origin: str = ""  # "path:line" it was read from, for error messages

    @property
    def content_hash(self) -> str:
        import hashlib

        payload = "\x1f".join(
            [self.title, self.text, self.published.isoformat() if self.published else ""]
        )
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the article, the sentence and the character span
    of the evidence in the article text."""

    article: str
    sentence: str
    start: int
    end: int
    confidence: float
    rule: str


@dataclass
class ExtractedEntity:
    """An entity as one article names it: its preferred name, type and aliases."""

    name: str
    type: EntityType
    aliases: set[str] = field(default_factory=set)

    @property
    def names(self) -> set[str]:
        return {self.name, *self.aliases}


@dataclass(frozen=True)
class Fact:
    """A fact read from one article. ``subject`` and ``object`` are entity names
    (as in :class:`ExtractedEntity`), except for dated relations, whose object is
    an ISO date string or None."""

    subject: str
    relation: str
    object: str | None
    evidence: Evidence
    flags: tuple[str, ...] = ()

    def as_record(self) -> dict:
        """The JSON record `artistgraph extract --format jsonl` prints."""
        return {
            "subject": self.subject,
            "relation": self.relation,
            "object": self.object,
            "article": self.evidence.article,
            "sentence": self.evidence.sentence,
            "start": self.evidence.start,
            "end": self.evidence.end,
            "confidence": round(self.evidence.confidence, 3),
            "rule": self.evidence.rule,
            **({"flags": list(self.flags)} if self.flags else {}),
        }


@dataclass
class Extraction:
    """Everything one article yields: its entities and its facts."""

    article: Article
    entities: list[ExtractedEntity]
    facts: list[Fact]

    def entity(self, name: str) -> ExtractedEntity | None:
        for e in self.entities:
            if e.name == name:
                return e
        return None


DEFAULT_MIN_CONFIDENCE = 0.5
