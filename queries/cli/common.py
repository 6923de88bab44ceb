"""Shared plumbing of the CLI: options, store opening, output and errors."""

from __future__ import annotations

import functools
import inspect
import json
import os
import sys
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, NoReturn, TypeVar

import typer

from artistgraph.graph.model import DEFAULT_MIN_CONFIDENCE
from artistgraph.graph.store import GraphStore, StoreError
from artistgraph.queries.questions import UnknownEntity

T = TypeVar("T")

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


# -- the options every store-reading command shares --------------------------------
@dataclass(frozen=True)
class StoreQuery:
    """What a store-reading command was asked for besides its own arguments:
    which store (``--db``/``--neo4j``), the confidence cut (``--min-confidence``;
    0.0 for a command without it) and the output form (``--json``)."""

    db: Path | None
    neo4j: bool
    min_confidence: float
    as_json: bool

    def run(self, query: Callable[[GraphStore], T],
            errors: tuple[type[Exception], ...] = (UnknownEntity,)) -> T:
        """``query(store)`` on the selected store, closed afterwards. An
        exception of ``errors`` (a name not in the graph) becomes the one
        'error:' line and exit 1; any other passes through."""
        with open_store(self.db, self.neo4j) as store:
            try:
                return query(store)
            except errors as exc:
                fail(str(exc))

    def emit(self, data: Any, render: Callable[[Any], None]) -> None:
        """Print ``data`` as JSON with --json, else through ``render``."""
        emit(data, self.as_json, render)


def store_options(min_confidence: float | None = DEFAULT_MIN_CONFIDENCE):
    """Decorate a command that takes ``opts: StoreQuery`` as its last parameter:
    typer then sees, in its place, ``--db``, ``--neo4j``, ``--min-confidence``
    (with this default; left out when None) and ``--json``, and the command
    gets them back bundled in ``opts``. Put it under ``@app.command()``.

    Returns the decorator.
    """
    shared = [
        inspect.Parameter("db", inspect.Parameter.KEYWORD_ONLY, default=None,
                          annotation=DbOption),
        inspect.Parameter("neo4j", inspect.Parameter.KEYWORD_ONLY, default=False,
                          annotation=Neo4jFlag),
        *([] if min_confidence is None else [inspect.Parameter(
            "min_confidence", inspect.Parameter.KEYWORD_ONLY, default=min_confidence,
            annotation=MinConfidence)]),
        inspect.Parameter("as_json", inspect.Parameter.KEYWORD_ONLY, default=False,
                          annotation=JsonFlag),
    ]

    def decorate(command: Callable[..., None]) -> Callable[..., None]:
        # Resolved annotations: typer reads __signature__ as it is, unevaluated.
        own = list(inspect.signature(command, eval_str=True).parameters.values())
        if not own or own[-1].name != "opts":
            raise TypeError(f"{command.__name__}: the last parameter must be 'opts: StoreQuery'")
        own = [p.replace(kind=inspect.Parameter.POSITIONAL_OR_KEYWORD) for p in own[:-1]]

        @functools.wraps(command)
        def wrapper(**kwargs: Any) -> None:
            opts = StoreQuery(kwargs.pop("db"), kwargs.pop("neo4j"),
                              kwargs.pop("min_confidence", 0.0), kwargs.pop("as_json"))
            command(**kwargs, opts=opts)

        parameters = [*own, *shared]
        wrapper.__signature__ = inspect.Signature(parameters, return_annotation=None)  # type: ignore[attr-defined]
        wrapper.__annotations__ = {p.name: p.annotation for p in parameters}
        return wrapper

    return decorate
