"""The analyst's questions: path, central, communities, timeline, conflicts.

Written once over the :class:`~artistgraph.graph.store.GraphStore` protocol and
the networkx views of :mod:`artistgraph.graph.views`, so the embedded store and
Neo4j give the same answers. Every function returns plain data ready for JSON.

Decisions worth knowing:

- The collaboration network is the COLLABORATED_WITH facts between artists
  (Person and Group); the releases behind a link are those both artists are
  credited on (BY_ARTIST or FEATURES).
- ``communities`` uses Louvain modularity with a fixed seed on that network, so
  the same graph always gives the same clusters; artists without any link are
  counted, not listed.
- Dates keep their precision ("2024", "2024-01", "2024-01-24"). Two dates of the
  same fact *conflict* when they differ at the coarser of their two precisions:
  2024-01-24 vs 2024-01-25 and 2023 vs 2024-01-24 conflict, while 2024 vs
  2024-01-24 only says the same thing less precisely and does not.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import islice, pairwise

import networkx as nx

from artistgraph.graph.model import ARTIST_TYPES, RELATIONS, date_precision
from artistgraph.graph.store import GraphStore, StoredEntity, StoredFact
from artistgraph.graph.views import CREDIT_ROLES, collaboration_graph
from artistgraph.queries.questions import find_entity

COMMUNITY_SEED = 42
# Equally short chains are ranked by corroboration; only this many are compared.
MAX_TIED_PATHS = 1000
# Exact betweenness is O(artists x links) in pure Python (~30 s for 2000 linked
# artists with 5000 links here); past EXACT_BETWEENNESS_LIMIT linked artists it
# is estimated from BETWEENNESS_SAMPLES seeded sources (~4 s there): the same
# answer every run, but artists with close scores may swap ranks.
EXACT_BETWEENNESS_LIMIT = 1000
BETWEENNESS_SAMPLES = 250


class NotAnArtist(LookupError):
    """The name resolved to an entity that is not a Person or Group."""


class NoPath(LookupError):
    """No chain of collaborations links the two artists (``a`` and ``b``: their names)."""

    def __init__(self, a: str, b: str):
        self.a, self.b = a, b
        super().__init__(f"no chain of collaborations links {a!r} and {b!r}")


def _artist(store: GraphStore, name: str) -> StoredEntity:
    entity = find_entity(store, name, prefer_artist=True)
    if entity.type not in ARTIST_TYPES:
        raise NotAnArtist(f"{entity.name!r} is a {entity.type}, not an artist")
    return entity


def _round(x: float) -> float:
    return round(x, 4)


def path(store: GraphStore, a: str, b: str, min_confidence: float = 0.0) -> dict:
    """The shortest chain of collaborations from artist ``a`` to artist ``b``.

    Among equally short chains the best corroborated wins (most articles over
    its links, then highest confidence, then names in alphabetical order).
    Returns ``{"from", "to", "length", "artists": [names], "steps": [{"a", "b",
    "releases", "articles", "confidence"}]}``; ``length`` is the number of links.
    Raises :class:`NoPath` when the artists are not connected, and
    :class:`~artistgraph.queries.questions.UnknownEntity` for unknown names.
    """
    start, end = _artist(store, a), _artist(store, b)
    graph = collaboration_graph(store, min_confidence)
    try:
        candidates = list(islice(nx.all_shortest_paths(graph, start.key, end.key), MAX_TIED_PATHS))
    except (nx.NetworkXNoPath, nx.NodeNotFound) as exc:
        raise NoPath(start.name, end.name) from exc

    def strength(keys: list[str]) -> tuple:
        links = [graph.edges[u, v] for u, v in pairwise(keys)]
        names = [graph.nodes[k]["name"].casefold() for k in keys]
        return (-sum(x["articles"] for x in links), -sum(x["confidence"] for x in links), names)

    keys = min(candidates, key=strength)
    steps = []
    for u, v in pairwise(keys):
        link = graph.edges[u, v]
        steps.append({"a": graph.nodes[u]["name"], "b": graph.nodes[v]["name"],
                      "releases": link["releases"], "articles": link["articles"],
                      "confidence": _round(link["confidence"])})
    return {"from": start.name, "to": end.name, "length": len(steps),
            "artists": [graph.nodes[k]["name"] for k in keys], "steps": steps}


def central(store: GraphStore, top: int = 10, min_confidence: float = 0.0,
            by: str = "degree") -> list[dict]:
    """The most connected artists of the collaboration network.

    ``degree`` counts distinct collaborators; ``betweenness`` is the normalised
    share of shortest chains passing through the artist (brokers between
    scenes). Ranked by ``by`` ("degree" or "betweenness"), then the other, then
    name. Artists without any collaboration are left out. Past
    ``EXACT_BETWEENNESS_LIMIT`` linked artists betweenness is a seeded estimate.
    Returns ``[{"rank", "name", "type", "degree", "betweenness", "releases"}]``
    where ``releases`` counts the distinct releases behind the artist's links.
    """
    if by not in {"degree", "betweenness"}:
        raise ValueError(f"by must be 'degree' or 'betweenness', got {by!r}")
    graph = collaboration_graph(store, min_confidence)
    graph.remove_nodes_from([n for n in list(graph) if graph.degree(n) == 0])
    if graph.number_of_nodes() > EXACT_BETWEENNESS_LIMIT:
        between = nx.betweenness_centrality(graph, k=BETWEENNESS_SAMPLES, seed=0)
    else:
        between = nx.betweenness_centrality(graph)
    rows = []
    for key, data in graph.nodes(data=True):
        releases = {r for _, _, rel in graph.edges(key, data="releases") for r in rel}
        rows.append({"name": data["name"], "type": data["type"], "degree": graph.degree(key),
                     "betweenness": _round(between[key]), "releases": len(releases)})
    other = "betweenness" if by == "degree" else "degree"
    rows.sort(key=lambda r: (-r[by], -r[other], r["name"].casefold(), r["name"]))
    for rank, row in enumerate(rows[:top], 1):
        row["rank"] = rank
    return [{"rank": r["rank"], **{k: v for k, v in r.items() if k != "rank"}}
            for r in rows[:top]]


def communities(store: GraphStore, min_confidence: float = 0.0,
                seed: int = COMMUNITY_SEED) -> dict:
    """Clusters of artists who collaborate more among themselves than outside.

    Returns ``{"communities": [{"id", "size", "hub", "members", "links"}],
    "isolated": n}``: clusters largest first, members sorted by name, ``hub``
    the member with most collaborators inside the cluster, ``links`` the
    collaborations inside it; ``isolated`` counts artists with no link.
    """
    graph = collaboration_graph(store, min_confidence)
    isolated = [n for n in graph if graph.degree(n) == 0]
    graph.remove_nodes_from(isolated)
    found = nx.community.louvain_communities(graph, seed=seed) if graph.number_of_edges() else []
    clusters = []
    for members in found:
        sub = graph.subgraph(members)
        name = lambda k: graph.nodes[k]["name"]  # noqa: E731
        hub = min(members, key=lambda k: (-sub.degree(k), name(k).casefold(), name(k)))
        clusters.append({
            "size": len(members), "hub": name(hub),
            "members": sorted((name(k) for k in members), key=lambda n: (n.casefold(), n)),
            "links": sub.number_of_edges(),
        })
    clusters.sort(key=lambda c: (-c["size"], c["members"][0].casefold()))
    return {"communities": [{"id": i, **c} for i, c in enumerate(clusters, 1)],
            "isolated": len(isolated)}


def _event(fact: StoredFact, event: str, role: str | None) -> dict:
    return {
        "date": fact.object, "precision": date_precision(fact.object), "event": event,
        "subject": fact.subject_name, "role": role,
        "confidence": _round(fact.confidence), "articles": fact.articles,
        "sources": sorted({e.article for e in fact.evidence}),
    }


def timeline(store: GraphStore, name: str | None = None, min_confidence: float = 0.0) -> dict:
    """Dated facts (releases and enlistments) in date order.

    Without ``name``: every dated fact of the graph. With an artist: the
    releases they are credited on (role "primary" or "featured"), their own
    enlistment and, for a group, its members' enlistments (role "member of
    GROUP"). With a release: its release dates.
    ISO strings sort so that a coarser date comes before the finer dates it
    contains ("2024" < "2024-01" < "2024-01-24").
    Returns ``{"entity": name or None, "events": [{"date", "precision", "event",
    "subject", "role", "confidence", "articles", "sources"}]}``.
    """
    released = store.facts("RELEASED_ON", None, min_confidence)
    enlisted = store.facts("ENLISTED", None, min_confidence)
    events: list[dict] = []
    entity = find_entity(store, name, prefer_artist=True) if name is not None else None
    if entity is None:
        events += [_event(f, "released", None) for f in released]
        events += [_event(f, "enlisted", None) for f in enlisted]
    elif entity.type not in ARTIST_TYPES:
        events += [_event(f, "released", None) for f in released if f.subject == entity.key]
    else:
        roles: dict[str, str] = {}
        for relation, role in CREDIT_ROLES.items():  # primary is written last and wins
            for f in store.facts(relation, entity.key, min_confidence, with_evidence=False):
                if f.object == entity.key:
                    roles[f.subject] = role
        events += [_event(f, "released", roles[f.subject]) for f in released
                   if f.subject in roles]
        members = {f.subject: None for f in store.facts("MEMBER_OF", entity.key, min_confidence,
                                                        with_evidence=False)
                   if f.object == entity.key}
        for f in enlisted:
            if f.subject == entity.key:
                events.append(_event(f, "enlisted", None))
            elif f.subject in members:
                events.append(_event(f, "enlisted", f"member of {entity.name}"))
    events = [e for e in events if e["date"]]
    events.sort(key=lambda e: (e["date"], e["event"], e["subject"].casefold(), e["subject"]))
    return {"entity": entity.name if entity else None, "events": events}


def dates_conflict(a: str, b: str) -> bool:
    """True when two ISO dates (any precision) cannot both be right.

    >>> dates_conflict("2024-01-24", "2024-01-25"), dates_conflict("2024", "2024-01-24")
    (True, False)
    """
    shared = min(len(a), len(b))
    return a[:shared] != b[:shared]


def conflicts(store: GraphStore, min_confidence: float = 0.0) -> list[dict]:
    """Dated facts whose dates disagree: a release with two release dates, a
    person with two enlistment dates (see the module doc for what disagrees).

    Returns ``[{"relation", "subject", "dates": [{"date", "precision",
    "confidence", "articles", "sources": [{"article", "sentence"}]}]}]``, one
    entry per subject with every date recorded for it (compatible ones too, so
    the whole story is visible), sorted by relation and subject name.
    """
    out = []
    for relation in (r.name for r in RELATIONS.values() if r.is_dated):
        by_subject: dict[str, list[StoredFact]] = defaultdict(list)
        for fact in store.facts(relation, None, min_confidence):
            if fact.object:
                by_subject[fact.subject].append(fact)
        for facts in by_subject.values():
            dates = [f.object or "" for f in facts]
            if not any(dates_conflict(x, y) for i, x in enumerate(dates) for y in dates[i + 1:]):
                continue
            facts.sort(key=lambda f: f.object or "")
            out.append({
                "relation": relation, "subject": facts[0].subject_name,
                "dates": [{
                    "date": f.object, "precision": date_precision(f.object),
                    "confidence": _round(f.confidence), "articles": f.articles,
                    "sources": [{"article": e.article, "sentence": e.sentence}
                                for e in f.evidence],
                } for f in facts],
            })
    out.sort(key=lambda c: (c["relation"], c["subject"].casefold(), c["subject"]))
    return out

