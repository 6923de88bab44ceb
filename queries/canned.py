"""Canned Cypher queries: the ``queries/*.cypher`` files, their headers, and a runner.

Each file is plain Cypher that can be pasted into Neo4j Browser, starting with a
comment header::

    // title: Collaborators of an artist
    // answers: Who did this artist collaborate with, ...?
    // params: $name (name) artist name or any alias
    // params: $min_confidence (float = 0.0) ignore collaborations below this confidence

A parameter's kind is ``name`` (normalized with
:func:`~artistgraph.graph.model.normalize_name` before the query runs, so any
alias or spelling matches ``e.norms``), ``str``, ``int`` or ``float``; ``= value``
gives a default (``null`` for none), otherwise the parameter is required. In
Browser, set parameters with ``:param name => 'Kim Taehyung'`` (the queries also
match an exact name or alias). An optional ``// neo4j-only: reason`` line marks
a query that only real Neo4j can run.

>>> query = get_query("collaborators")
>>> query.title, [p.name for p in query.params]
('Collaborators of an artist', ['name', 'min_confidence'])
>>> query.bind({"name": "Kim Taehyung"})
{'name': 'kimtaehyung', 'min_confidence': 0.0}
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from artistgraph.graph.model import normalize_name

QUERY_DIR = Path(__file__).resolve().parent
KINDS = ("name", "str", "int", "float")

_HEADER = re.compile(r"^//\s*([a-z][a-z0-9-]*)\s*:\s*(.*)$")
_PARAM = re.compile(r"^\$(\w+)\s+\((\w+)(?:\s*=\s*([^)]*?))?\)\s*(.*)$")


class QueryError(ValueError):
    """A canned query is unknown, malformed, or given bad parameters."""


@dataclass(frozen=True)
class Param:
    name: str
    kind: str
    required: bool
    default: Any
    help: str

    def convert(self, value: Any) -> Any:
        """The value as the query expects it (names normalized).

        >>> Param("year", "int", True, None, "").convert("2023")
        2023
        """
        if value is None:
            return None
        try:
            if self.kind == "int":
                return int(value)
            if self.kind == "float":
                return float(value)
        except (TypeError, ValueError):
            raise QueryError(f"parameter {self.name} must be {self.kind}, got {value!r}") from None
        text = str(value)
        if self.kind == "name":
            return normalize_name(text) or text.strip()
        return text


@dataclass(frozen=True)
class CannedQuery:
    name: str
    title: str
    answers: str
    params: tuple[Param, ...]
    text: str
    neo4j_only: str | None = None

    def bind(self, given: dict[str, Any]) -> dict[str, Any]:
        """The parameters for a run: converted, with defaults; unknown or missing
        parameters raise :class:`QueryError`."""
        known = {p.name: p for p in self.params}
        unknown = sorted(set(given) - set(known))
        if unknown:
            raise QueryError(f"query {self.name!r} has no parameter {unknown[0]!r} "
                             f"(it takes: {', '.join(known) or 'none'})")
        out: dict[str, Any] = {}
        for param in self.params:
            if param.name in given:
                out[param.name] = param.convert(given[param.name])
            elif param.required:
                raise QueryError(f"query {self.name!r} needs --param {param.name}=... "
                                 f"({param.help or param.kind})")
            else:
                out[param.name] = param.default
        return out

    def signature(self) -> str:
        """``$name, [$min_confidence=0.0]`` for listings."""
        parts = [f"${p.name}" if p.required else
                 f"[${p.name}={'null' if p.default is None else p.default}]" for p in self.params]
        return ", ".join(parts)


def parse_query(text: str, name: str) -> CannedQuery:
    """Parse one query file's text; raise :class:`QueryError` on a bad header."""
    fields: dict[str, str] = {}
    params: list[Param] = []
    for line in text.splitlines():
        line = line.strip()
        if not line.startswith("//"):
            break
        match = _HEADER.match(line)
        if not match:
            continue
        key, value = match.group(1), match.group(2).strip()
        if key == "params":
            if value.lower() in {"(none)", "none", ""}:
                continue
            params.append(_parse_param(value, name))
        else:
            fields.setdefault(key, value)
    for required in ("title", "answers"):
        if not fields.get(required):
            raise QueryError(f"{name}.cypher: the header has no '// {required}:' line")
    return CannedQuery(name, fields["title"], fields["answers"], tuple(params), text,
                       fields.get("neo4j-only"))


def _parse_param(spec: str, query: str) -> Param:
    match = _PARAM.match(spec)
    if not match:
        raise QueryError(f"{query}.cypher: bad params line {spec!r} "
                         "(expected '$name (kind[ = default]) help')")
    pname, kind, default, help_text = match.groups()
    if kind not in KINDS:
        raise QueryError(f"{query}.cypher: parameter ${pname} has unknown kind {kind!r}")
    param = Param(pname, kind, default is None, None, help_text.strip())
    if default is not None and default.strip().lower() != "null":
        param = Param(pname, kind, False, param.convert(default.strip().strip("'\"")),
                      help_text.strip())
    return param


def list_queries(directory: Path = QUERY_DIR) -> list[CannedQuery]:
    """Every canned query, sorted by name."""
    return [parse_query(path.read_text(encoding="utf-8"), path.stem)
            for path in sorted(directory.glob("*.cypher"))]


def get_query(name: str, directory: Path = QUERY_DIR) -> CannedQuery:
    """One canned query by file name (without ``.cypher``)."""
    path = directory / f"{name}.cypher"
    if not re.fullmatch(r"[A-Za-z0-9_-]+", name) or not path.is_file():
        names = [p.stem for p in directory.glob("*.cypher")]
        close = difflib.get_close_matches(name, names, n=3, cutoff=0.5)
        hint = (f"; did you mean {', '.join(close)}?" if close
                else "; see 'artistgraph query --list'")
        raise QueryError(f"no canned query named {name!r}{hint}")
    return parse_query(path.read_text(encoding="utf-8"), name)


def run_query(store: Any, query: CannedQuery | str, params: dict[str, Any] | None = None
              ) -> list[dict[str, Any]]:
    """Run a canned query on a :class:`~artistgraph.graph.neo4j_store.Neo4jStore`
    in a read transaction; return its rows as plain dicts (JSON-ready).

    ``params`` are raw values (strings from the command line are fine): they are
    converted and names normalized by :meth:`CannedQuery.bind`.
    """
    if isinstance(query, str):
        query = get_query(query)
    keys, records = store.run_read(query.text, query.bind(params or {}))
    return [{k: to_plain(record[k]) for k in keys} for record in records]


def to_plain(value: Any) -> Any:
    """A driver value as plain JSON-ready data: nodes and relationships become
    dicts of their properties (with ``_labels`` / ``_type``), paths lists of nodes,
    temporal values ISO strings."""
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node):
        return {"_labels": sorted(value.labels), **{k: to_plain(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        return {"_type": value.type, **{k: to_plain(v) for k, v in value.items()}}
    if isinstance(value, Path):
        return [to_plain(n) for n in value.nodes]
    if isinstance(value, list | tuple):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value
