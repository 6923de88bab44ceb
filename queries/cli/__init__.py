"""The artistgraph command line: a thin layer over the library.

Each command module registers its commands on :data:`app`.
"""

from __future__ import annotations

import typer

app = typer.Typer(
    name="artistgraph",
    help="Turn music news into a knowledge graph of artists and releases, and ask it questions.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

# Command modules register themselves on import; the order is the order in --help.
from artistgraph.queries.cli import core  # noqa: E402,F401

for _optional in ("neo4j_cmds", "export_cmds", "analysis_cmds"):
    try:
        __import__(f"artistgraph.queries.cli.{_optional}")
    except ModuleNotFoundError as _exc:  # a module still being written is simply absent
        if _exc.name != f"artistgraph.queries.cli.{_optional}":
            raise


def main() -> None:
    app()
