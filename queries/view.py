"""Pictures of an entity's neighbourhood: an interactive HTML page or a PNG.

The HTML page is one self-contained file: the data sits in a
``<script type="application/json">`` block (with ``<``, ``>`` and ``&``
escaped, so no name can close the script), the layout and interaction code is
``view.js`` next to this module, inlined, and a Content-Security-Policy forbids
every network fetch, so the page works offline and leaks nothing.
"""

from __future__ import annotations

import html
import io
import json
import os
import tempfile
import warnings
from importlib import resources
from pathlib import Path

import networkx as nx

from artistgraph.graph.model import RELATIONS
from artistgraph.graph.store import GraphStore
from artistgraph.graph.views import neighbourhood
from artistgraph.queries.questions import find_entity

TYPE_COLOURS = {
    "Person": "#4e79a7",
    "Group": "#e15759",
    "Release": "#59a14f",
    "Organization": "#b07aa1",
}
OTHER_COLOUR = "#8c8c8c"

CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
       "img-src data:; base-uri 'none'; form-action 'none'")


def view_data(store: GraphStore, name: str, depth: int = 2, min_confidence: float = 0.0) -> dict:
    """The neighbourhood of ``name`` as JSON-ready data for the page and the PNG.

    Returns ``{"center", "name", "depth", "nodes": [{"id", "name", "type",
    "aliases", "distance", "articles", "dates"}], "edges": [{"source", "target",
    "relation", "label", "symmetric", "confidence", "articles", "evidence":
    [{"article", "sentence"}]}], "articles": {id: {"title", "source",
    "published"}}, "colours": {type: colour}}``.
    Raises :class:`~artistgraph.queries.questions.UnknownEntity` for unknown names.
    """
    entity = find_entity(store, name, prefer_artist=True)
    graph = neighbourhood(store, entity.key, depth, min_confidence)
    cited: set[str] = set()

    def evidence(items: list[dict]) -> list[dict]:
        cited.update(e["article"] for e in items)
        return [{"article": e["article"], "sentence": e["sentence"]} for e in items]

    nodes = []
    for key, d in graph.nodes(data=True):
        nodes.append({
            "id": key, "name": d["name"], "type": d["type"], "aliases": d["aliases"],
            "distance": d["distance"], "articles": d["articles"],
            "dates": [{"relation": x["relation"], "label": RELATIONS[x["relation"]].label,
                       "date": x["date"], "confidence": round(x["confidence"], 3),
                       "evidence": evidence(x["evidence"])} for x in d["dates"] if x["date"]],
        })
    nodes.sort(key=lambda n: (n["distance"], n["name"].casefold(), n["id"]))
    edges = []
    for source, target, relation, d in graph.edges(keys=True, data=True):
        edges.append({
            "source": source, "target": target, "relation": relation,
            "label": RELATIONS[relation].label, "symmetric": d["symmetric"],
            "confidence": round(d["confidence"], 3), "articles": d["articles"],
            "evidence": evidence(d["evidence"]),
        })
    articles = {a["id"]: {"title": a.get("title") or "", "source": a.get("source") or "",
                          "published": a.get("published")}
                for a in store.articles() if a["id"] in cited}
    return {"center": entity.key, "name": entity.name, "depth": depth, "nodes": nodes,
            "edges": edges, "articles": articles,
            "colours": {**TYPE_COLOURS, "other": OTHER_COLOUR}}


def embed_json(data: object) -> str:
    """JSON safe inside ``<script type="application/json">``: ``<``, ``>`` and
    ``&`` are escaped, so ``</script>`` or ``<!--`` in a name cannot end the block.

    >>> embed_json({"n": "</script>"})
    '{"n": "\\\\u003c/script\\\\u003e"}'
    """
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _asset(name: str) -> str:
    return resources.files("artistgraph.queries").joinpath(name).read_text(encoding="utf-8")


def render_html(data: dict) -> str:
    """One self-contained HTML page drawing ``data`` (from :func:`view_data`)."""
    script = _asset("view.js")
    if "</script" in script.lower():  # our own code must never close its block
        raise RuntimeError("view.js contains '</script'")
    title = f"{data['name']} — artistgraph"
    types = sorted({n["type"] for n in data["nodes"]})
    legend = "".join(
        f'<span class="key"><i style="background:{TYPE_COLOURS.get(t, OTHER_COLOUR)}"></i>'
        f"{html.escape(t or 'other')}</span>" for t in types)
    summary = (f"depth {data['depth']} · {len(data['nodes'])} nodes · "
               f"{len(data['edges'])} links")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="artistgraph">
<title>{html.escape(title)}</title>
<style>
html, body {{ margin: 0; height: 100%; font: 14px/1.4 system-ui, sans-serif; color: #222;
  background: #fafafa; }}
body {{ display: flex; flex-direction: column; }}
header {{ padding: 8px 14px; border-bottom: 1px solid #ddd; background: #fff;
  display: flex; gap: 18px; align-items: baseline; flex-wrap: wrap; }}
header h1 {{ font-size: 17px; margin: 0; }}
header .meta, header .hint {{ color: #666; font-size: 12px; }}
.key {{ margin-right: 10px; font-size: 12px; white-space: nowrap; }}
.key i {{ display: inline-block; width: 10px; height: 10px; border-radius: 50%;
  margin-right: 4px; vertical-align: -1px; }}
main {{ flex: 1; display: flex; min-height: 0; }}
#graph {{ flex: 1; width: 100%; height: 100%; cursor: grab; touch-action: none; }}
#graph.panning {{ cursor: grabbing; }}
#details {{ width: 300px; overflow: auto; border-left: 1px solid #ddd; background: #fff;
  padding: 10px 12px; font-size: 13px; }}
#details:empty {{ display: none; }}
.node circle {{ stroke: #fff; stroke-width: 2px; cursor: pointer; }}
.node.center circle {{ stroke: #222; stroke-width: 3px; }}
.node text {{ font-size: 12px; paint-order: stroke; stroke: #fafafa; stroke-width: 3px;
  pointer-events: none; }}
.edge {{ fill: none; stroke: #9aa; stroke-width: 1.5px; }}
.edge.hot, .edge-hit:hover + .edge {{ stroke: #333; stroke-width: 2.5px; }}
.edge-hit {{ fill: none; stroke: transparent; stroke-width: 12px; cursor: pointer; }}
.edge-label {{ font-size: 10px; fill: #667; pointer-events: none; paint-order: stroke;
  stroke: #fafafa; stroke-width: 3px; }}
#tip {{ position: fixed; max-width: 360px; background: #fff; border: 1px solid #bbb;
  border-radius: 4px; padding: 6px 9px; font-size: 12px; box-shadow: 0 2px 8px #0002;
  pointer-events: none; display: none; z-index: 2; }}
.card h2 {{ font-size: 14px; margin: 0 0 4px; }}
.card p {{ margin: 3px 0; }}
.card blockquote {{ margin: 4px 0; padding-left: 8px; border-left: 3px solid #ccd;
  font-style: italic; }}
.card .src {{ color: #555; font-size: 11px; }}
</style>
</head>
<body>
<header>
<h1>{html.escape(data['name'])}</h1>
<span class="meta">{html.escape(summary)}</span>
<span class="legend">{legend}</span>
<span class="hint">hover for evidence · click to pin · drag nodes · scroll to zoom · drag the
background to pan</span>
</header>
<main>
<svg id="graph" xmlns="http://www.w3.org/2000/svg" role="img"
 aria-label="{html.escape(title, quote=True)}"></svg>
<aside id="details"></aside>
</main>
<div id="tip"></div>
<noscript><p>This page draws the graph with JavaScript; the data is in the
graph-data block of its source.</p></noscript>
<script type="application/json" id="graph-data">{embed_json(data)}</script>
<script>
{script}
</script>
</body>
</html>
"""


def _font_family() -> list[str]:
    """Installed fonts in fallback order, so Hangul and emoji draw when a font
    for them exists (matplotlib >= 3.6 falls back glyph by glyph)."""
    from matplotlib import font_manager

    wanted = ["DejaVu Sans", "Noto Sans CJK KR", "Noto Sans CJK JP", "Noto Sans KR",
              "NanumGothic", "Noto Color Emoji", "Noto Emoji", "Symbola"]
    have = {f.name for f in font_manager.fontManager.ttflist}
    return [f for f in wanted if f in have] or ["sans-serif"]


def render_png(data: dict, size: tuple[float, float] = (10, 8), dpi: int = 100) -> bytes:
    """A static PNG of ``data`` (from :func:`view_data`), drawn with matplotlib's
    Agg canvas (no display needed) and a seeded spring layout."""
    import matplotlib
    from matplotlib.figure import Figure

    graph = nx.Graph()
    for n in data["nodes"]:
        graph.add_node(n["id"], **n)
    labels: dict[tuple[str, str], list[str]] = {}
    for e in data["edges"]:
        graph.add_edge(e["source"], e["target"])
        pair = (min(e["source"], e["target"]), max(e["source"], e["target"]))
        labels.setdefault(pair, []).append(e["label"])
    pos = nx.spring_layout(graph, seed=7, k=1.6 / max(len(graph), 1) ** 0.5) if len(graph) else {}
    with matplotlib.rc_context({"font.family": _font_family()}), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # missing glyphs for a script no font covers
        fig = Figure(figsize=size, dpi=dpi)
        ax = fig.subplots()
        ax.set_axis_off()
        ax.set_title(f"{data['name']} (depth {data['depth']})")
        colours = [TYPE_COLOURS.get(graph.nodes[n]["type"], OTHER_COLOUR) for n in graph]
        sizes = [900 if n == data["center"] else 450 for n in graph]
        nx.draw_networkx_edges(graph, pos, ax=ax, edge_color="#99aaaa", width=1.2)
        nx.draw_networkx_nodes(graph, pos, ax=ax, node_color=colours, node_size=sizes,
                               edgecolors="#222222",
                               linewidths=[2.5 if n == data["center"] else 0.5 for n in graph])
        nx.draw_networkx_labels(graph, pos, ax=ax, font_size=9,
                                labels={n: graph.nodes[n]["name"] for n in graph})
        nx.draw_networkx_edge_labels(graph, pos, ax=ax, font_size=7, font_color="#556",
                                     edge_labels={p: ", ".join(v) for p, v in labels.items()})
        for t in sorted({graph.nodes[n]["type"] for n in graph}):
            ax.scatter([], [], color=TYPE_COLOURS.get(t, OTHER_COLOUR), label=t or "other")
        if len(graph):
            ax.legend(loc="lower left", fontsize=8, frameon=False)
        buf = io.BytesIO()
        fig.savefig(buf, format="png")
    return buf.getvalue()


def write_view(data: dict, path: Path, png: bool = False) -> Path:
    """Write the page (or PNG) to ``path`` atomically: a failure leaves no
    half-written file. Returns ``path``."""
    payload = render_png(data) if png else render_html(data).encode("utf-8")
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or Path("."))
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(payload)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
