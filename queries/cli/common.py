"""Shared plumbing of the CLI: options, store opening, output and errors."""

from __future__ import annotations

import json
import os
import sys
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer

from artistgraph.graph.store import GraphStore, StoreError

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2

DbOption = Annotated[
    Path | None,
    typer.Option("--db", envvar="ARTISTGRAPH_DB", help="Embedded store file [default: ./artistgraph.db]."),
]
Neo4jFlag = Annotated[bool, typer.Option("--neo4j", help="Use the Neo4j store (NEO4J_URI etc.).")]
JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
MinConfidence = Annotated[
    float, typer.Option("--min-confidence", min=0.0, max=1.0, help="Ignore facts below this confidence."),
]


def fail(message: str, code: int = EXIT_FAILURE) -> NoReturn:
    """Print one error line to stderr and exit."""
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def neo4j_settings() -> dict[str, str | None]:
    return {
        "uri": os.environ.get("NEO4J_URI", "bolt://127.0.0.1:7687"),
        "user": os.environ.get("NEO4J_USER", "neo4j"),
        "password": os.environ.get("NEO4J_PASSWORD"),
        "database": os.environ.get("NEO4J_DATABASE") or None,
    }


@contextmanager
def open_store(
    db: Path | None, neo4j: bool = False, *, create: bool = False,
    neo4j_overrides: dict[str, str | None] | None = None,
) -> Iterator[GraphStore]:
    """Open the selected store, turning connection problems into one-line errors.

    ``neo4j_overrides`` (uri, user, database from CLI options) win over the environment."""
    try:
        if neo4j:
            try:
                from artistgraph.graph.neo4j_store import Neo4jStore
            except ImportError:  # pragma: no cover - the module ships with the package
                fail("the Neo4j store is not available in this build")
            settings = neo4j_settings()
            settings.update({k: v for k, v in (neo4j_overrides or {}).items() if v})
            store: GraphStore = Neo4jStore(**settings)
        else:
            from artistgraph.graph.sqlite_store import SQLiteStore, default_db_path

            store = SQLiteStore(db or default_db_path(), create=create)
    except StoreError as exc:
        fail(str(exc))
    try:
        yield store
    except StoreError as exc:
        fail(str(exc))
    finally:
        store.close()


def print_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def print_table(rows: Sequence[Sequence[Any]], headers: Sequence[str]) -> None:
    """A plain aligned table; long cells are cut so rows stay on one line.
    Hangul, CJK and emoji count as two columns, so such names stay aligned."""
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [_width(h) for h in headers]
    for row in cells:
        widths = [max(w, _width(c)) for w, c in zip(widths, row, strict=True)]
    line = "  ".join(_pad(h, w) for h, w in zip(headers, widths, strict=True))
    typer.echo(line.rstrip())
    typer.echo("  ".join("-" * w for w in widths))
    for row in cells:
        typer.echo("  ".join(_pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip())


def _width(text: str) -> int:
    """Terminal columns ``text`` takes: wide (W/F) characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def _cell(value: Any, limit: int = 60) -> str:
    if value is None:
        return "-"
    if isinstance(value, list | tuple):
        value = ", ".join(str(v) for v in value)
    text = str(value).replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def is_interactive() -> bool:
    return sys.stderr.isatty()


def emit(data: Any, as_json: bool, render: Callable[[Any], None]) -> None:
    if as_json:
        print_json(data)
    else:
        render(data)
