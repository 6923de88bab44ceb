"""Analyst commands: path, central, communities, timeline, conflicts, view."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from artistgraph.graph.model import DEFAULT_MIN_CONFIDENCE
from artistgraph.queries import analysis, questions
from artistgraph.queries.cli import app
from artistgraph.queries.cli.common import (
    EXIT_FAILURE,
    EXIT_USAGE,
    DbOption,
    JsonFlag,
    MinConfidence,
    Neo4jFlag,
    emit,
    fail,
    open_store,
    print_json,
    print_table,
)

ArtistA = Annotated[str, typer.Argument(
    metavar="A", help="An artist's name or any alias.", show_default=False)]
ArtistB = Annotated[str, typer.Argument(
    metavar="B", help="Another artist's name or alias.", show_default=False)]


@app.command()
def path(
    a: ArtistA,
    b: ArtistB,
    db: DbOption = None,
    neo4j: Neo4jFlag = False,
    min_confidence: MinConfidence = DEFAULT_MIN_CONFIDENCE,
    as_json: JsonFlag = False,
) -> None:
    """The shortest chain of collaborations from artist A to artist B, with the
    releases behind each link. Exits 1 when no chain exists.

    Example: artistgraph path "IU" "Jungkook"
    """
    with open_store(db, neo4j) as store:
        try:
            answer = analysis.path(store, a, b, min_confidence)
        except (questions.UnknownEntity, analysis.NotAnArtist) as exc:
            fail(str(exc))
        except analysis.NoPath as exc:
            if as_json:
                print_json({"from": exc.a, "to": exc.b, "length": None, "artists": [], "steps": []})
            fail(str(exc))

    def render(data: dict) -> None:
        typer.echo(" -> ".join(data["artists"])
                   + f"  ({data['length']} link{'s' if data['length'] != 1 else ''})")
        if data["steps"]:
            print_table([(s["a"], s["b"], s["releases"] or None, s["articles"])
                         for s in data["steps"]],
                        ["artist", "collaborator", "releases", "articles"])

    emit(answer, as_json, render)


ByOption = Annotated[
    str, typer.Option("--by", help="Rank by 'degree' (collaborators) or 'betweenness' (brokers)."),
]


@app.command()
def central(
    top: Annotated[int, typer.Option("--top", "-n", min=1, help="How many artists to list.")] = 10,
    by: ByOption = "degree",
    db: DbOption = None,
    neo4j: Neo4jFlag = False,
    min_confidence: MinConfidence = DEFAULT_MIN_CONFIDENCE,
    as_json: JsonFlag = False,
) -> None:
    """The most connected artists: number of collaborators (degree) and share
    of shortest collaboration chains through them (betweenness; estimated from
    a fixed sample past 1000 linked artists).

    Example: artistgraph central --top 5 --by betweenness
    """
    if by not in {"degree", "betweenness"}:
        fail(f"--by must be degree or betweenness, got {by!r}", EXIT_USAGE)
    with open_store(db, neo4j) as store:
        rows = analysis.central(store, top, min_confidence, by)

    def render(data: list[dict]) -> None:
        if not data:
            typer.echo("no collaborations recorded")
            return
        print_table([(r["rank"], r["name"], r["type"], r["degree"], f"{r['betweenness']:.4f}",
                      r["releases"]) for r in data],
                    ["rank", "artist", "type", "collaborators", "betweenness", "releases"])

    emit(rows, as_json, render)


@app.command()
def communities(
    db: DbOption = None,
    neo4j: Neo4jFlag = False,
    min_confidence: MinConfidence = DEFAULT_MIN_CONFIDENCE,
    as_json: JsonFlag = False,
) -> None:
    """Clusters of artists who collaborate mostly with each other (Louvain
    modularity, fixed seed: the same graph always gives the same clusters).

    Example: artistgraph communities --json
    """
    with open_store(db, neo4j) as store:
        answer = analysis.communities(store, min_confidence)

    def render(data: dict) -> None:
        if not data["communities"]:
            typer.echo("no collaborations recorded")
        else:
            print_table([(c["id"], c["size"], c["links"], c["hub"], c["members"])
                         for c in data["communities"]],
                        ["id", "size", "links", "hub", "members"])
        if data["isolated"]:
            typer.echo(f"{data['isolated']} artist(s) without collaborations not shown")

    emit(answer, as_json, render)


@app.command()
def timeline(
    name: Annotated[str | None, typer.Argument(
        metavar="NAME", help="An artist or release; omit for the whole graph.",
        show_default=False)] = None,
    db: DbOption = None,
    neo4j: Neo4jFlag = False,
    min_confidence: MinConfidence = DEFAULT_MIN_CONFIDENCE,
    as_json: JsonFlag = False,
) -> None:
    """Releases and enlistments in date order, for one artist (their releases,
    their enlistment, a group's members' enlistments) or for everything.

    Example: artistgraph timeline BTS
    """
    with open_store(db, neo4j) as store:
        try:
            answer = analysis.timeline(store, name, min_confidence)
        except questions.UnknownEntity as exc:
            fail(str(exc))

    def render(data: dict) -> None:
        if not data["events"]:
            typer.echo(f"{data['entity'] or 'the graph'}: no dated facts recorded")
            return
        print_table([(e["date"], e["event"], e["subject"], e["role"], e["sources"])
                     for e in data["events"]],
                    ["date", "event", "subject", "role", "articles"])

    emit(answer, as_json, render)


@app.command()
def conflicts(
    db: DbOption = None,
    neo4j: Neo4jFlag = False,
    min_confidence: MinConfidence = DEFAULT_MIN_CONFIDENCE,
    as_json: JsonFlag = False,
) -> None:
    """Facts the articles disagree on: a release with two release dates, a person
    with two enlistment dates. "2024" vs "2024-01-24" is only less precise and
    is not reported; "2024-01-24" vs "2024-01-25" is.

    Example: artistgraph conflicts --json
    """
    with open_store(db, neo4j) as store:
        rows = analysis.conflicts(store, min_confidence)

    def render(data: list[dict]) -> None:
        if not data:
            typer.echo("no conflicting facts")
            return
        for c in data:
            typer.echo(f"{c['subject']}  {c['relation']}")
            for d in c["dates"]:
                for s in d["sources"]:
                    typer.echo(f"  {d['date']:<10}  [{s['article']}] {s['sentence'][:100]}")

    emit(rows, as_json, render)


@app.command()
def view(
    name: Annotated[str, typer.Argument(
        metavar="NAME", help="The artist (or any entity) at the centre.", show_default=False)],
    depth: Annotated[int, typer.Option("--depth", "-d", min=1, max=4,
                                       help="How many links away to show.")] = 2,
    output: Annotated[str, typer.Option(
        "--output", "-o", help="File to write (.html or .png); - for stdout.")] = "-",
    png: Annotated[bool, typer.Option(
        "--png", help="Write a static PNG image instead of HTML.")] = False,
    db: DbOption = None,
    neo4j: Neo4jFlag = False,
    min_confidence: MinConfidence = DEFAULT_MIN_CONFIDENCE,
    as_json: JsonFlag = False,
) -> None:
    """Draw NAME's neighbourhood: an interactive, self-contained HTML page (works
    offline; hover a node or link for its evidence) or a static PNG.

    Example: artistgraph view "Kim Taehyung" --depth 2 -o v.html
    """
    from artistgraph.queries import view as graph_view

    png = png or output.lower().endswith(".png")
    if output == "-" and as_json:
        fail("--json prints a summary; give the page a file with -o", EXIT_USAGE)
    if output == "-" and png and sys.stdout.isatty():
        fail("refusing to write a PNG to a terminal; use -o FILE.png", EXIT_USAGE)
    with open_store(db, neo4j) as store:
        try:
            data = graph_view.view_data(store, name, depth, min_confidence)
        except questions.UnknownEntity as exc:
            fail(str(exc))
    try:
        if output == "-":
            if png:
                sys.stdout.buffer.write(graph_view.render_png(data))
            else:
                sys.stdout.write(graph_view.render_html(data))
            sys.stdout.flush()
            return
        graph_view.write_view(data, Path(output), png=png)
    except OSError as exc:
        fail(f"{output}: {exc.strerror or exc}", EXIT_FAILURE)
    summary = {"output": output, "format": "png" if png else "html", "center": data["name"],
               "depth": depth, "nodes": len(data["nodes"]), "edges": len(data["edges"])}
    emit(summary, as_json, lambda s: typer.echo(
        f"wrote {s['output']}: {s['nodes']} nodes, {s['edges']} links around {s['center']}"))
