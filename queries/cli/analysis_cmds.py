"""Analyst commands: path, central, communities, timeline, conflicts, view."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from artistgraph.queries import analysis, questions
from artistgraph.queries.cli import app
from artistgraph.queries.cli.common import (
    EXIT_FAILURE,
    EXIT_USAGE,
    StoreQuery,
    fail,
    print_json,
    print_table,
    store_options,
)

ArtistA = Annotated[str, typer.Argument(
    metavar="A", help="An artist's name or any alias.", show_default=False)]
ArtistB = Annotated[str, typer.Argument(
    metavar="B", help="Another artist's name or alias.", show_default=False)]


@app.command()
@store_options()
def path(a: ArtistA, b: ArtistB, opts: StoreQuery) -> None:
    """The shortest chain of collaborations from artist A to artist B, with the
    releases behind each link. Exits 1 when no chain exists.

    Example: artistgraph path "ONA" "Sunho"
    """
    try:
        answer = opts.run(lambda store: analysis.path(store, a, b, opts.min_confidence),
                          errors=(questions.UnknownEntity, analysis.NotAnArtist))
    except analysis.NoPath as exc:
        if opts.as_json:
            print_json({"from": exc.a, "to": exc.b, "length": None, "artists": [], "steps": []})
        fail(str(exc))

    def render(data: dict) -> None:
        typer.echo(" -> ".join(data["artists"])
                   + f"  ({data['length']} link{'s' if data['length'] != 1 else ''})")
        if data["steps"]:
            print_table([(s["a"], s["b"], s["releases"] or None, s["articles"])
                         for s in data["steps"]],
                        ["artist", "collaborator", "releases", "articles"])

    opts.emit(answer, render)


ByOption = Annotated[
    str, typer.Option("--by", help="Rank by 'degree' (collaborators) or 'betweenness' (brokers)."),
]


@app.command()
@store_options()
def central(
    top: Annotated[int, typer.Option("--top", "-n", min=1, help="How many artists to list.")] = 10,
    by: ByOption = "degree",
    *,
    opts: StoreQuery,
) -> None:
    """The most connected artists: number of collaborators (degree) and share
    of shortest collaboration chains through them (betweenness; estimated from
    a fixed sample past 1000 linked artists).

    Example: artistgraph central --top 5 --by betweenness
    """
    if by not in {"degree", "betweenness"}:
        fail(f"--by must be degree or betweenness, got {by!r}", EXIT_USAGE)
    rows = opts.run(lambda store: analysis.central(store, top, opts.min_confidence, by))

    def render(data: list[dict]) -> None:
        if not data:
            typer.echo("no collaborations recorded")
            return
        print_table([(r["rank"], r["name"], r["type"], r["degree"], f"{r['betweenness']:.4f}",
                      r["releases"]) for r in data],
                    ["rank", "artist", "type", "collaborators", "betweenness", "releases"])

    opts.emit(rows, render)


@app.command()
@store_options()
def communities(opts: StoreQuery) -> None:
    """Clusters of artists who collaborate mostly with each other (Louvain
    modularity, fixed seed: the same graph always gives the same clusters).

    Example: artistgraph communities --json
    """
    answer = opts.run(lambda store: analysis.communities(store, opts.min_confidence))

    def render(data: dict) -> None:
        if not data["communities"]:
            typer.echo("no collaborations recorded")
        else:
            print_table([(c["id"], c["size"], c["links"], c["hub"], c["members"])
                         for c in data["communities"]],
                        ["id", "size", "links", "hub", "members"])
        if data["isolated"]:
            typer.echo(f"{data['isolated']} artist(s) without collaborations not shown")

    opts.emit(answer, render)


@app.command()
@store_options()
def timeline(
    name: Annotated[str | None, typer.Argument(
        metavar="NAME", help="An artist or release; omit for the whole graph.",
        show_default=False)] = None,
    *,
    opts: StoreQuery,
) -> None:
    """Releases and enlistments in date order, for one artist (their releases,
    their enlistment, a group's members' enlistments) or for everything.

    Example: artistgraph timeline VORS
    """
    answer = opts.run(lambda store: analysis.timeline(store, name, opts.min_confidence))

    def render(data: dict) -> None:
        if not data["events"]:
            typer.echo(f"{data['entity'] or 'the graph'}: no dated facts recorded")
            return
        print_table([(e["date"], e["event"], e["subject"], e["role"], e["sources"])
                     for e in data["events"]],
                    ["date", "event", "subject", "role", "articles"])

    opts.emit(answer, render)


@app.command()
@store_options()
def conflicts(opts: StoreQuery) -> None:
    """Facts the articles disagree on: a release with two release dates, a person
    with two enlistment dates. "2024" vs "2024-01-24" is only less precise and
    is not reported; "2024-01-24" vs "2024-01-25" is.

    Example: artistgraph conflicts --json
    """
    rows = opts.run(lambda store: analysis.conflicts(store, opts.min_confidence))

    def render(data: list[dict]) -> None:
        if not data:
            typer.echo("no conflicting facts")
            return
        for c in data:
            typer.echo(f"{c['subject']}  {c['relation']}")
            for d in c["dates"]:
                for s in d["sources"]:
                    typer.echo(f"  {d['date']:<10}  [{s['article']}] {s['sentence'][:100]}")

    opts.emit(rows, render)


@app.command()
@store_options()
def view(
    name: Annotated[str, typer.Argument(
        metavar="NAME", help="The artist (or any entity) at the centre.", show_default=False)],
    depth: Annotated[int, typer.Option("--depth", "-d", min=1, max=4,
                                       help="How many links away to show.")] = 2,
    output: Annotated[str, typer.Option(
        "--output", "-o", help="File to write (.html or .png); - for stdout.")] = "-",
    png: Annotated[bool, typer.Option(
        "--png", help="Write a static PNG image instead of HTML.")] = False,
    *,
    opts: StoreQuery,
) -> None:
    """Draw NAME's neighbourhood: an interactive, self-contained HTML page (works
    offline; hover a node or link for its evidence) or a static PNG.

    Example: artistgraph view "Kim Taehyung" --depth 2 -o v.html
    """
    from artistgraph.queries import view as graph_view

    png = png or output.lower().endswith(".png")
    if output == "-" and opts.as_json:
        fail("--json prints a summary; give the page a file with -o", EXIT_USAGE)
    if output == "-" and png and sys.stdout.isatty():
        fail("refusing to write a PNG to a terminal; use -o FILE.png", EXIT_USAGE)
    data = opts.run(lambda store: graph_view.view_data(store, name, depth, opts.min_confidence))
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
    opts.emit(summary, lambda s: typer.echo(
        f"wrote {s['output']}: {s['nodes']} nodes, {s['edges']} links around {s['center']}"))
