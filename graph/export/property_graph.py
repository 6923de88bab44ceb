"""Property-graph exports: GraphML (Gephi, yEd, networkx) and the CSV files
``neo4j-admin database import full`` reads.

Nodes are entities; relationships are facts between two entities, with their
confidence, corroborating article count, evidence count and source article
ids. Dated facts (RELEASED_ON, ENLISTED) become node properties named after the
relation (``released_on``, ``enlisted``): the ISO dates at their precision, best
supported first, ``unknown`` for a fact without a date.
"""

from __future__ import annotations

import io
import json
import re
import shlex
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from artistgraph.graph.model import RELATIONS
from artistgraph.graph.store import GraphStore

DATED = [name for name, r in RELATIONS.items() if r.is_dated]
UNKNOWN_DATE = "unknown"


@dataclass
class Node:
    key: str
    name: str
    type: str
    aliases: list[str]
    articles: int
    dates: dict[str, list[str]] = field(default_factory=dict)  # relation -> ISO dates


@dataclass
class Edge:
    start: str
    end: str
    type: str
    confidence: float
    articles: int
    evidence: int
    sources: list[str]


def property_graph(store: GraphStore, min_confidence: float = 0.0) -> tuple[list[Node], list[Edge]]:
    """Nodes sorted by key and edges sorted by (type, start, end)."""
    nodes = {
        e.key: Node(e.key, e.name, e.type, sorted(set(e.aliases)), e.articles)
        for e in store.entities()
    }
    dated: dict[tuple[str, str], list[tuple[float, str]]] = defaultdict(list)
    edges: list[Edge] = []
    for f in store.facts(min_confidence=min_confidence, with_evidence=True):
        if RELATIONS[f.relation].is_dated:
            dated[(f.subject, f.relation)].append((f.confidence, f.object or UNKNOWN_DATE))
            continue
        sources = sorted({ev.article for ev in f.evidence})
        edges.append(Edge(f.subject, str(f.object), f.relation, float(f.confidence),
                          int(f.articles), len(f.evidence), sources))
    for (key, relation), values in dated.items():
        if key in nodes:
            ordered = sorted(values, key=lambda cv: (-cv[0], cv[1]))
            nodes[key].dates[relation] = [v for _, v in ordered]
    edges.sort(key=lambda e: (e.type, e.start, e.end))
    return [nodes[k] for k in sorted(nodes)], edges


# -- GraphML -------------------------------------------------------------------
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _xml_text(value: str) -> str:
    """XML 1.0 cannot carry most control characters: they become U+FFFD."""
    return _XML_ILLEGAL.sub("\ufffd", value)


def write_graphml(store: GraphStore, out: BinaryIO, min_confidence: float = 0.0) -> tuple[int, int]:
    """GraphML with string/number attributes only (lists as JSON arrays).

    Returns (nodes, edges) written.
    """
    import networkx as nx

    nodes, edges = property_graph(store, min_confidence)
    g = nx.MultiDiGraph(name="artistgraph")
    for n in nodes:
        attrs: dict[str, str | int | float] = {
            "label": _xml_text(n.name), "type": n.type, "key": _xml_text(n.key),
            "aliases": _xml_text(json.dumps(n.aliases, ensure_ascii=False)),
            "articles": n.articles,
        }
        for relation in DATED:
            if relation in n.dates:
                attrs[relation.lower()] = json.dumps(n.dates[relation])
        g.add_node(_xml_text(n.key), **attrs)
    for e in edges:
        g.add_edge(_xml_text(e.start), _xml_text(e.end), key=f"{e.type}:{e.start}:{e.end}",
                   label=e.type, type=e.type, confidence=e.confidence,
                   articles=e.articles, evidence=e.evidence,
                   symmetric=RELATIONS[e.type].symmetric,
                   sources=_xml_text(json.dumps(e.sources, ensure_ascii=False)))
    buffer = io.BytesIO()
    nx.write_graphml_xml(g, buffer, encoding="utf-8", prettyprint=True)
    # XML parsers turn a raw carriage return in text into a line feed, so a
    # name with "\r" would come back changed; a character reference survives.
    # The writer itself emits only "\n" line ends, so every "\r" is from a value.
    out.write(buffer.getvalue().replace(b"\r", b"&#13;"))
    return len(nodes), len(edges)


# -- neo4j-admin CSV ---------------------------------------------------------------
ARRAY_DELIMITER = "\x1f"  # U+001F: cannot occur in names, so lists split cleanly
NODES_FILE = "entities.csv"
RELATIONSHIPS_FILE = "relationships.csv"
NODE_LABEL = "Entity"

NODE_HEADER = ["key:ID(Entity)", "name", "type", "aliases:string[]", "articles:int",
               *[f"{r.lower()}:string[]" for r in DATED], ":LABEL"]
RELATIONSHIP_HEADER = [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "confidence:float",
                       "articles:int", "evidence:int", "sources:string[]"]


def _field(value: str | int | float | list[str] | None) -> str:
    """One CSV field: strings always quoted (so spaces and empty strings
    survive), numbers bare, an empty list or None empty (no property)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        if not value:
            return ""
        value = ARRAY_DELIMITER.join(v.replace(ARRAY_DELIMITER, " ") for v in value)
    return '"' + value.replace('"', '""') + '"'


def _row(values: list) -> str:
    return ",".join(_field(v) for v in values) + "\n"


def write_neo4j_csv(store: GraphStore, folder: Path,
                    min_confidence: float = 0.0) -> tuple[int, int, bool]:
    """Write entities.csv and relationships.csv into folder.

    Returns (nodes, relationships, multiline) where multiline says whether some
    value spans lines (the import then needs --multiline-fields=true).
    """
    nodes, edges = property_graph(store, min_confidence)
    multiline = False
    with (folder / NODES_FILE).open("w", encoding="utf-8", newline="") as out:
        out.write(",".join(NODE_HEADER) + "\n")
        for n in nodes:
            line = _row([n.key, n.name, n.type, n.aliases, n.articles,
                         *[n.dates.get(r) for r in DATED], n.type])
            multiline = multiline or line.count("\n") > 1 or "\r" in line
            out.write(line)
    with (folder / RELATIONSHIPS_FILE).open("w", encoding="utf-8", newline="") as out:
        out.write(",".join(RELATIONSHIP_HEADER) + "\n")
        for e in edges:
            line = _row([e.start, e.end, e.type, e.confidence, e.articles, e.evidence, e.sources])
            multiline = multiline or line.count("\n") > 1 or "\r" in line
            out.write(line)
    return len(nodes), len(edges), multiline


def neo4j_import_command(folder: Path, multiline: bool, database: str = "neo4j") -> str:
    """The neo4j-admin command that loads the CSV files into an empty database.

    >>> neo4j_import_command(Path("/data/out"), False)  # doctest: +NORMALIZE_WHITESPACE
    'neo4j-admin database import full --nodes=Entity=/data/out/entities.csv
     --relationships=/data/out/relationships.csv --array-delimiter=U+001F neo4j'
    """
    folder = folder.resolve()
    parts = [
        "neo4j-admin", "database", "import", "full",
        f"--nodes={NODE_LABEL}={folder / NODES_FILE}",
        f"--relationships={folder / RELATIONSHIPS_FILE}",
        f"--array-delimiter=U+{ord(ARRAY_DELIMITER):04X}",
    ]
    if multiline:
        parts.append("--multiline-fields=true")
    parts.append(database)
    return shlex.join(parts)
