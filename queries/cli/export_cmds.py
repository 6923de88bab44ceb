"""The export command: the graph as RDF, GraphML or neo4j-admin CSV files."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, BinaryIO

import typer

from artistgraph.graph.export import FORMATS, RDF_FORMATS, ExportError
from artistgraph.graph.model import DEFAULT_MIN_CONFIDENCE
from artistgraph.queries.cli import app
from artistgraph.queries.cli.common import (
    EXIT_USAGE,
    DbOption,
    MinConfidence,
    Neo4jFlag,
    fail,
    open_store,
)


@contextmanager
def _atomic_file(target: Path | None):
    """Yield a temporary binary file; on success it replaces ``target`` (or is
    copied to stdout when target is None). Nothing is left behind on failure."""
    folder = target.parent if target is not None else None
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=".artistgraph-export-", dir=folder)
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield tmp, handle
        if target is not None:
            os.replace(tmp, target)
        else:
            sys.stdout.flush()
            with tmp.open("rb") as src:
                shutil.copyfileobj(src, sys.stdout.buffer)
            sys.stdout.buffer.flush()
    finally:
        tmp.unlink(missing_ok=True)


def _validate_file(path: Path, fmt: str) -> None:
    from artistgraph.graph.export.shapes import read_export, validate

    conforms, findings = validate(read_export(path, fmt))
    for finding in findings:
        typer.echo(f"  {finding}", err=True)
    if not conforms:
        violations = sum(1 for f in findings if f.severity == "Violation")
        fail(f"the export does not conform to shapes.ttl ({violations} violation(s) listed "
             "above); nothing was written")


@app.command()
def export(
    fmt: Annotated[str, typer.Option(
        "--format", "-f", help=f"One of: {', '.join(FORMATS)}.")] = "turtle",
    output: Annotated[Path | None, typer.Option(
        "--output", "-o",
        help="File to write (a folder for neo4j-csv); stdout when not given.")] = None,
    base: Annotated[str | None, typer.Option(
        "--base", help="Base IRI of exported entities, articles and facts "
        "(default: https://artistgraph.example/id/).")] = None,
    min_confidence: MinConfidence = DEFAULT_MIN_CONFIDENCE,
    links: Annotated[Path | None, typer.Option(
        "--links", help="CSV of verified matches (name,wikidata,musicbrainz) to add as owl:sameAs.",
    )] = None,
    validate: Annotated[bool, typer.Option(
        "--validate", help="Check the RDF against the SHACL shapes; fail if it does not conform.",
    )] = False,
    db: DbOption = None,
    neo4j: Neo4jFlag = False,
) -> None:
    """Export the graph for other knowledge bases: RDF with provenance, GraphML, or neo4j CSV.

    Example: artistgraph export --format trig -o graph.trig --validate
    """
    from artistgraph.graph.export.rdf import DEFAULT_BASE, RdfOptions, check_base

    if fmt not in FORMATS:
        fail(f"--format must be one of {', '.join(FORMATS)}, got {fmt!r}", EXIT_USAGE)
    if fmt == "neo4j-csv" and output is None:
        fail("--format neo4j-csv writes a folder of CSV files: give it with -o DIR", EXIT_USAGE)
    if validate and fmt not in RDF_FORMATS:
        fail(f"--validate checks RDF exports only, not {fmt}", EXIT_USAGE)
    if fmt not in RDF_FORMATS and (base or links):
        fail(f"--base and --links apply to RDF exports only, not {fmt}", EXIT_USAGE)
    try:
        base_iri = check_base(base or DEFAULT_BASE)
    except ExportError as exc:
        fail(str(exc), EXIT_USAGE)
    rows = []
    if links is not None:
        from artistgraph.graph.export.links import read_links

        try:
            rows = read_links(links)
        except ExportError as exc:
            fail(str(exc))

    with open_store(db, neo4j) as store:
        if fmt == "neo4j-csv":
            assert output is not None
            _export_neo4j_csv(store, output, min_confidence)
            return
        if fmt == "graphml":
            from artistgraph.graph.export.property_graph import write_graphml

            with _atomic_file(output) as (_, handle):
                n_nodes, n_edges = write_graphml(store, handle, min_confidence)
            if output is not None:
                typer.echo(f"wrote {n_nodes} nodes and {n_edges} edges to {output}", err=True)
            return

        from artistgraph.graph.export.links import resolve_links
        from artistgraph.graph.export.rdf import write_rdf

        same_as: dict[str, tuple[str, ...]] = {}
        if links is not None:
            try:
                same_as, warnings = resolve_links(rows, store.entities(), links)
            except ExportError as exc:
                fail(str(exc))
            for warning in warnings:
                typer.echo(f"warning: {warning}", err=True)
        options = RdfOptions(base=base_iri, min_confidence=min_confidence, links=same_as)
        if output is None and not validate:
            sys.stdout.flush()
            out: BinaryIO = sys.stdout.buffer
            write_rdf(store, fmt, out, options)
            out.flush()
            return
        with _atomic_file(output) as (tmp, handle):
            count = write_rdf(store, fmt, handle, options)
            handle.close()
            if validate:
                _validate_file(tmp, fmt)
        unit = "quads" if fmt in ("trig", "nquads") else "triples"
        if output is not None:
            checked = " (conforms to shapes.ttl)" if validate else ""
            typer.echo(f"wrote {count} {unit} to {output}{checked}", err=True)


def _export_neo4j_csv(store, folder: Path, min_confidence: float) -> None:
    from artistgraph.graph.export.property_graph import (
        NODES_FILE,
        RELATIONSHIPS_FILE,
        neo4j_import_command,
        write_neo4j_csv,
    )

    if folder.exists() and not folder.is_dir():
        fail(f"{folder}: not a folder (neo4j-csv writes {NODES_FILE} and {RELATIONSHIPS_FILE})")
    folder.mkdir(parents=True, exist_ok=True)
    # Write both files beside their targets first, so a failure leaves the
    # folder as it was.
    staging = Path(tempfile.mkdtemp(prefix=".artistgraph-export-", dir=folder))
    try:
        n_nodes, n_rels, multiline = write_neo4j_csv(store, staging, min_confidence)
        for name in (NODES_FILE, RELATIONSHIPS_FILE):
            os.replace(staging / name, folder / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    typer.echo(f"wrote {n_nodes} nodes and {n_rels} relationships to {folder}; "
               "load them into an empty database with:", err=True)
    typer.echo(neo4j_import_command(folder, multiline))
