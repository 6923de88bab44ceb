"""networkx views of any :class:`~artistgraph.graph.store.GraphStore`.

The analyses in :mod:`artistgraph.queries.analysis` and the graph view are
written against these views, so they answer the same on every store. Nodes are
entity keys; everything is inserted in sorted order, so algorithms that depend
on iteration order (BFS tie-breaks, seeded Louvain) give the same answer
whichever store the graph came from.

>>> from artistgraph.graph.sqlite_store import SQLiteStore
>>> to_networkx(SQLiteStore(":memory:")).number_of_nodes()
0
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict

import networkx as nx

from artistgraph.graph.model import ARTIST_TYPES, RELATIONS
from artistgraph.graph.store import GraphStore, StoredEntity, StoredFact

# Relations through which an artist is credited on a release, with the role
# each one gives; FEATURES comes first so a primary credit wins a tie.
CREDIT_ROLES = {"FEATURES": "featured", "BY_ARTIST": "primary"}


def _fact_order(fact: StoredFact) -> tuple[str, str, str]:
    return fact.relation, fact.subject, fact.object or ""


def _add_node(graph: nx.MultiDiGraph, entity: StoredEntity) -> None:
    graph.add_node(entity.key, name=entity.name, type=entity.type,
                   aliases=list(entity.aliases), articles=entity.articles, dates=[])


def _add_facts(graph: nx.MultiDiGraph, facts: Iterable[StoredFact],
               keep: set[str] | None = None) -> None:
    """Add facts as edges (entity objects) or as node ``dates`` (dated objects).

    Facts touching a node outside ``keep`` are skipped when ``keep`` is given.
    """
    for fact in sorted(facts, key=_fact_order):
        relation = RELATIONS[fact.relation]
        evidence = [asdict(e) for e in fact.evidence]
        if keep is not None and (fact.subject not in keep
                                 or (not relation.is_dated and fact.object not in keep)):
            continue
        if fact.subject not in graph:  # a store always returns known subjects; be lenient
            graph.add_node(fact.subject, name=fact.subject_name, type="", aliases=[],
                           articles=0, dates=[])
        if relation.is_dated:
            graph.nodes[fact.subject]["dates"].append({
                "relation": fact.relation, "date": fact.object,
                "confidence": fact.confidence, "articles": fact.articles,
                "evidence": evidence,
            })
            continue
        if fact.object not in graph:
            graph.add_node(fact.object, name=fact.object_name or fact.object, type="",
                           aliases=[], articles=0, dates=[])
        graph.add_edge(fact.subject, fact.object, key=fact.relation, relation=fact.relation,
                       symmetric=relation.symmetric, confidence=fact.confidence,
                       articles=fact.articles, evidence=evidence)


def to_networkx(store: GraphStore, min_confidence: float = 0.0, *,
                with_evidence: bool = True) -> nx.MultiDiGraph:
    """The whole store as a directed multigraph keyed by entity key.

    Node attributes: ``name``, ``type``, ``aliases`` (list), ``articles`` (int)
    and ``dates`` (the node's dated facts: ``[{"relation", "date", "confidence",
    "articles", "evidence"}]``). Each entity-to-entity fact is one edge whose key
    is the relation, with attributes ``relation``, ``symmetric``, ``confidence``,
    ``articles`` and ``evidence`` (a list of dicts with the fields of
    :class:`~artistgraph.graph.model.Evidence`; empty without ``with_evidence``).
    A symmetric fact is one edge, stored direction (subject < object).
    """
    graph = nx.MultiDiGraph()
    for entity in sorted(store.entities(), key=lambda e: e.key):
        _add_node(graph, entity)
    _add_facts(graph, store.facts(None, None, min_confidence, with_evidence))
    return graph


def credits(graph: nx.MultiDiGraph) -> dict[str, dict[str, str]]:
    """``{artist key: {release key: role}}`` from the BY_ARTIST/FEATURES edges,
    role ``"primary"`` or ``"featured"`` (primary wins when both are recorded)."""
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for relation, role in CREDIT_ROLES.items():
        for release, artist, key in graph.edges(keys=True):
            if key == relation:
                out[artist][release] = role
    return out


def collaboration_graph(source: GraphStore | nx.MultiDiGraph,
                        min_confidence: float = 0.0) -> nx.Graph:
    """Artists (Person and Group nodes) linked by COLLABORATED_WITH.

    ``source`` is a store or a graph made by :func:`to_networkx` (then
    ``min_confidence`` was applied when it was built). Every artist is a node,
    with or without links. Edge attributes: ``releases`` (sorted names of the
    releases both artists are credited on), ``confidence``, ``articles``,
    ``evidence``.
    """
    graph = (source if isinstance(source, nx.MultiDiGraph)
             else to_networkx(source, min_confidence, with_evidence=False))
    collab = nx.Graph()
    for key, data in graph.nodes(data=True):
        if data["type"] in ARTIST_TYPES:
            collab.add_node(key, name=data["name"], type=data["type"], aliases=data["aliases"])
    works = credits(graph)
    for a, b, relation, data in sorted(graph.edges(keys=True, data=True)):
        if relation != "COLLABORATED_WITH" or a not in collab or b not in collab or a == b:
            continue
        shared = works[a].keys() & works[b].keys()
        collab.add_edge(a, b, releases=sorted((graph.nodes[r]["name"] for r in shared),
                                              key=lambda n: (n.casefold(), n)),
                        confidence=data["confidence"], articles=data["articles"],
                        evidence=data["evidence"])
    return collab


def neighbourhood(store: GraphStore, key: str, depth: int = 2,
                  min_confidence: float = 0.0) -> nx.MultiDiGraph:
    """The entities within ``depth`` links of ``key`` and every fact among them.

    Same attributes as :func:`to_networkx`, plus ``distance`` on each node (0 for
    ``key``). Links are followed in both directions; dated facts never lead
    anywhere. Only the facts touching the visited nodes are read, so the cost
    follows the size of the neighbourhood, not of the store.
    """
    if depth < 0:
        raise ValueError("depth must be >= 0")
    distance = {key: 0}
    frontier = [key]
    facts: dict[tuple[str, str, str], StoredFact] = {}
    for level in range(depth + 1):
        reached: set[str] = set()
        for node in frontier:
            for fact in store.facts(None, node, min_confidence):
                facts.setdefault(_fact_order(fact), fact)
                if level == depth or RELATIONS[fact.relation].is_dated:
                    continue  # the last ring is read only for the links among its nodes
                other = fact.object if fact.subject == node else fact.subject
                if other is not None and other not in distance:
                    distance[other] = level + 1
                    reached.add(other)
        frontier = sorted(reached)
        if not frontier:
            break
    graph = nx.MultiDiGraph()
    known = {e.key: e for e in store.entities() if e.key in distance}
    for node in sorted(distance):
        if node in known:
            _add_node(graph, known[node])
        else:
            graph.add_node(node, name=node, type="", aliases=[], articles=0, dates=[])
        graph.nodes[node]["distance"] = distance[node]
    _add_facts(graph, facts.values(), keep=set(distance))
    return graph
