"""The questions artistgraph answers, written once over the store interface.

Every function takes any :class:`~artistgraph.graph.store.GraphStore` and
returns plain data (lists and dicts ready for JSON), so the CLI, the tests and
library users share one implementation for the embedded store and Neo4j.
"""

from __future__ import annotations

import difflib
from collections import defaultdict

from artistgraph.graph.model import RELATIONS, normalize_name
from artistgraph.graph.store import GraphStore, StoredEntity, StoredFact


class UnknownEntity(LookupError):
    """No entity carries the name; ``suggestions`` holds close names."""

    def __init__(self, name: str, suggestions: list[str]):
        self.name = name
        self.suggestions = suggestions
        hint = f"; did you mean {', '.join(repr(s) for s in suggestions)}?" if suggestions else ""
        super().__init__(f"no entity named {name!r}{hint}")


def find_entity(store: GraphStore, name: str, prefer_artist: bool = False) -> StoredEntity:
    """The stored entity a name (or any alias) refers to.

    Raises :class:`UnknownEntity` with close matches when nothing matches.
    When several entities share the name, the one with most articles wins
    (an artist before a release when ``prefer_artist``).
    """
    norm = normalize_name(name)
    matches = store.lookup([norm]).get(norm, [])
    if matches:
        by_key = {e.key: e for e in store.entities() if e.key in {m.key for m in matches}}
        ranked = sorted(
            by_key.values(),
            key=lambda e: (prefer_artist and e.type == "Release", -e.articles, e.key))
        return ranked[0]
    names: dict[str, str] = {}
    for entity in store.entities():
        for n in (entity.name, *entity.aliases):
            names.setdefault(n.casefold(), n)
    close = difflib.get_close_matches(name.casefold(), list(names), n=3, cutoff=0.6)
    raise UnknownEntity(name, [names[c] for c in close])


def _releases_by_artist(store: GraphStore) -> dict[str, dict[str, tuple[str, str]]]:
    """``{artist key: {release key: (release name, role)}}``, role primary/featured."""
    out: dict[str, dict[str, tuple[str, str]]] = defaultdict(dict)
    for relation, role in (("FEATURES", "featured"), ("BY_ARTIST", "primary")):
        for f in store.facts(relation=relation, with_evidence=False):
            out[f.object][f.subject] = (f.subject_name, role)
    return out


def _other(fact: StoredFact, key: str) -> tuple[str, str]:
    if fact.subject == key:
        return fact.object or "", fact.object_name or ""
    return fact.subject, fact.subject_name


def collaborators(store: GraphStore, name: str, min_confidence: float = 0.0) -> dict:
    """Who ``name`` collaborated with, on which releases, with evidence counts.

    Returns ``{"artist": ..., "collaborators": [{"name", "releases", "articles",
    "evidence", "confidence"}]}`` sorted by articles then name.
    """
    entity = find_entity(store, name, prefer_artist=True)
    works = _releases_by_artist(store)
    rows = []
    for fact in store.facts("COLLABORATED_WITH", entity.key, min_confidence):
        other_key, other_name = _other(fact, entity.key)
        shared = sorted(
            works[entity.key][r][0] for r in works[entity.key].keys() & works[other_key].keys())
        rows.append({
            "name": other_name, "key": other_key, "releases": shared,
            "articles": fact.articles, "evidence": len(fact.evidence),
            "confidence": round(fact.confidence, 3),
        })
    rows.sort(key=lambda r: (-r["articles"], r["name"].casefold()))
    return {"artist": entity.name, "key": entity.key, "collaborators": rows}


def collaborations(store: GraphStore, min_confidence: float = 0.0) -> list[dict]:
    """Every collaborating pair, each once: ``[{"a", "b", "releases", "articles"}]``."""
    works = _releases_by_artist(store)
    rows = []
    for fact in store.facts("COLLABORATED_WITH", None, min_confidence, with_evidence=False):
        a, b = fact.subject, fact.object or ""
        shared = sorted(works[a][r][0] for r in works[a].keys() & works[b].keys())
        pair = sorted([fact.subject_name, fact.object_name or ""], key=str.casefold)
        rows.append({"a": pair[0], "b": pair[1], "releases": shared, "articles": fact.articles,
                     "confidence": round(fact.confidence, 3)})
    rows.sort(key=lambda r: (r["a"].casefold(), r["b"].casefold()))
    return rows


def show(store: GraphStore, name: str, min_confidence: float = 0.0) -> dict:
    """Everything known about one entity: names, type and every fact with sources."""
    entity = find_entity(store, name)
    facts = []
    for fact in store.facts(None, entity.key, min_confidence):
        relation = RELATIONS[fact.relation]
        if relation.is_dated:
            direction, other = "out", fact.object
        elif fact.subject == entity.key:
            direction, other = "out", fact.object_name
        else:
            direction, other = ("out" if relation.symmetric else "in"), fact.subject_name
        facts.append({
            "relation": fact.relation, "direction": direction, "other": other,
            "confidence": round(fact.confidence, 3), "articles": fact.articles,
            "sources": [
                {"article": e.article, "sentence": e.sentence, "start": e.start, "end": e.end,
                 "confidence": round(e.confidence, 3), "rule": e.rule}
                for e in fact.evidence
            ],
        })
    return {"name": entity.name, "key": entity.key, "type": entity.type,
            "aliases": list(entity.aliases), "articles": entity.articles, "facts": facts}


def stats(store: GraphStore) -> dict:
    """Counts of articles, entities and facts, by type and relation."""
    return store.stats()
