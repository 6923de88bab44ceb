"""The graph view: data, the self-contained HTML page (also in a real headless
Chromium), the PNG, and the `view` command. Uses the hand-made graph of
test_analysis.py in a real SQLite store."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PIL import Image
from test_analysis import QA, build_store, run

from artistgraph.queries import view

DEPTH1 = {"Hub Star", "Ann One", "Ann Two", "Ann Three", "Ann Four", "First Light"}
OUTSIDE1 = {"Dee Rector", QA, "Bridge Song", "Orbit", "Bee Two", "Bee Three", "Member One"}


@pytest.fixture
def store(tmp_path: Path):
    s = build_store(tmp_path / "graph.db")
    yield s
    s.close()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "cli.db"
    build_store(path).close()
    return path


def embedded(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', page, re.S)
    assert match, "no data block"
    return json.loads(match.group(1))


# -- data and page ---------------------------------------------------------------
def test_view_data_depth_one_is_the_neighbourhood(store):
    data = view.view_data(store, "HS", depth=1)
    assert data["name"] == "Hub Star" and data["center"] == "agent:hubstar"
    assert {n["name"] for n in data["nodes"]} == DEPTH1
    assert {(e["source"], e["target"], e["relation"]) for e in data["edges"]} >= {
        ("release:firstlight", "agent:hubstar", "BY_ARTIST"),
        ("agent:annone", "agent:anntwo", "COLLABORATED_WITH")}
    edge = next(e for e in data["edges"] if e["relation"] == "BY_ARTIST")
    assert edge["evidence"] == [{"article": "a1", "sentence": "First Light by artist Hub Star."}]
    assert data["articles"]["a1"] == {"title": "Story a1", "source": "https://news.example/a1",
                                      "published": "2024-02-01"}
    light = next(n for n in data["nodes"] if n["name"] == "First Light")
    assert sorted(d["date"] for d in light["dates"]) == ["2024-01-24", "2024-01-25"]


def test_view_data_depth_two_reaches_further(store):
    names = {n["name"] for n in view.view_data(store, "Hub Star", 2, 0.5)["nodes"]}
    assert names == DEPTH1 | {"Dee Rector", QA, "Bridge Song"}
    # the weak (0.3) Ann Four - Bee Three link counts only without a threshold
    weak = {n["name"] for n in view.view_data(store, "Hub Star", 2, 0.0)["nodes"]}
    assert weak == names | {"Bee Three"}


def test_page_is_self_contained_and_escaped(store):
    data = view.view_data(store, "Ann Three", depth=1)
    page = view.render_html(data)
    assert QA in {n["name"] for n in data["nodes"]}
    # the hostile name never appears raw: not in the data block, not in the markup
    assert "<Crew>" not in page and "</script" not in embedded_raw(page)
    assert page.count("<script") == 2 and page.lower().count("</script>") == 2
    assert embedded(page) == json.loads(json.dumps(data))  # round-trips exactly
    # nothing is fetched: no src/href attributes, and a CSP forbids any request
    assert not re.search(r"\s(src|href)\s*=", page)
    assert "default-src 'none'" in page
    assert "&lt;Crew&gt;" not in page  # the title is Ann Three's, not the group's
    hostile = view.render_html(view.view_data(store, QA, depth=1))
    assert "<h1>&quot;Q&amp;A&quot; &lt;Crew&gt; 방탄 🎤</h1>" in hostile


def embedded_raw(page: str) -> str:
    start = page.index('id="graph-data">') + len('id="graph-data">')
    return page[start:page.index("</script>", start)]


def test_embed_json_escapes_script_breakers():
    text = view.embed_json({"a": "</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"a": "</script><!-- & \u2028"}


def test_png_is_a_real_picture(store):
    png = view.render_png(view.view_data(store, "Hub Star", depth=1))
    image = Image.open(io.BytesIO(png)).convert("RGB")
    assert image.size == (1000, 800)
    assert _has_colour(image, view.TYPE_COLOURS["Person"])
    assert _has_colour(image, view.TYPE_COLOURS["Release"])
    assert not _has_colour(image, view.TYPE_COLOURS["Group"])  # no group at depth 1


def _has_colour(image: Image.Image, hex_colour: str, tolerance: int = 6) -> bool:
    want = tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return any(n > 30 and all(abs(a - b) <= tolerance for a, b in zip(c, want, strict=True))
               for n, c in image.getcolors(maxcolors=1 << 20))


# -- the command -------------------------------------------------------------------
def test_cli_view_writes_page(db, tmp_path):
    out = tmp_path / "hub.html"
    result = run("view", "Hub Star", "--depth", "1", "-o", str(out), "--db", str(db), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"output": str(out), "format": "html",
                                         "center": "Hub Star", "depth": 1, "nodes": 6, "edges": 8}
    names = {n["name"] for n in embedded(out.read_text(encoding="utf-8"))["nodes"]}
    assert names == DEPTH1


def test_cli_view_png_and_stdout(db, tmp_path):
    out = tmp_path / "hub.png"
    result = run("view", "Hub Star", "--png", "-o", str(out), "--db", str(db))
    assert result.exit_code == 0 and "wrote" in result.stdout
    assert out.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    page = run("view", "Hub Star", "--db", str(db))
    assert page.exit_code == 0 and page.stdout.startswith("<!DOCTYPE html>")


def test_cli_view_errors(db, tmp_path):
    unknown = run("view", "Hub Sta", "-o", str(tmp_path / "x.html"), "--db", str(db))
    assert unknown.exit_code == 1 and "did you mean 'Hub Star'" in unknown.stderr
    assert not (tmp_path / "x.html").exists()
    nowhere = tmp_path / "missing" / "x.html"
    bad = run("view", "Hub Star", "-o", str(nowhere), "--db", str(db))
    assert bad.exit_code == 1 and bad.stderr.startswith("error: ") and not nowhere.exists()
    assert list(tmp_path.glob(".x.html*")) == []
    assert run("view", "Hub Star", "--depth", "0", "--db", str(db)).exit_code == 2
    assert run("view", "Hub Star", "--json", "--db", str(db)).exit_code == 2


# -- in a real browser --------------------------------------------------------------
CHROMIUM = next((p for p in map(shutil.which, ("chromium", "chromium-browser")) if p), None)
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="no chromium binary (apt-get install chromium)")


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / f"profile{len(list(tmp_path.glob('profile*')))}"
    profile.mkdir()
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
               "--no-first-run", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", f"--user-data-dir={profile}",
               "--virtual-time-budget=3000", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)


class NodeTexts(HTMLParser):
    """Collects the label of every <g class="node"> and the transforms."""

    def __init__(self) -> None:
        super().__init__()
        self.nodes: list[str] = []
        self.transforms: list[str] = []
        self._in_node = 0
        self._in_text = False
        self.attrs: dict[str, dict[str, str | None]] = {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.attrs[a["id"]] = a
        if tag == "body":
            self.attrs["body"] = a
        if tag == "g" and "node" in (a.get("class") or "").split():
            self._in_node = 1
            self.transforms.append(a.get("transform") or "")
        elif tag == "text" and self._in_node:
            self._in_text = True
            self.nodes.append("")

    def handle_endtag(self, tag):
        if tag == "text":
            self._in_text = False
        elif tag == "g":
            self._in_node = 0

    def handle_data(self, data):
        if self._in_text:
            self.nodes[-1] += data


# Hovers the hostile group's node and the Ann Three -> QA link right after the
# view's own script ran, and leaves what the tooltip said in the DOM.
PROBE = """<script>
(function () {
  var out = {};
  var node = Array.prototype.find.call(document.querySelectorAll("g.node"),
    function (g) { return g.getAttribute("data-type") === "Group"; });
  node.dispatchEvent(new PointerEvent("pointerenter", {clientX: 10, clientY: 10}));
  out.node = document.getElementById("tip").textContent;
  var hit = document.querySelector('g.link[data-relation="FEATURES"] .edge-hit');
  hit.dispatchEvent(new PointerEvent("pointerenter", {clientX: 10, clientY: 10}));
  out.edge = document.getElementById("tip").textContent;
  hit.dispatchEvent(new MouseEvent("click", {bubbles: true}));
  out.pinned = document.getElementById("details").textContent;
  document.body.setAttribute("data-probe", JSON.stringify(out));
})();
</script>
"""


@pytest.mark.browser
@needs_chromium
def test_page_renders_in_chromium(store, tmp_path):
    data = view.view_data(store, "Ann Three", depth=1)
    page = view.render_html(data).replace("</body>", PROBE + "</body>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    dom = chromium(tmp_path, "--dump-dom", path.as_uri()).stdout
    parsed = NodeTexts()
    parsed.feed(dom)
    assert sorted(parsed.nodes) == sorted(n["name"] for n in data["nodes"])
    assert QA in parsed.nodes and "Orbit" not in parsed.nodes
    assert parsed.attrs["body"].get("data-layout") == "done"
    assert all(re.fullmatch(r"translate\(-?[\d.]+,-?[\d.]+\)", t) for t in parsed.transforms)
    assert len(set(parsed.transforms)) == len(parsed.transforms)  # nodes spread apart
    probe = json.loads(parsed.attrs["body"]["data-probe"] or "{}")
    assert probe["node"].startswith(QA) and "Group" in probe["node"]
    assert "Bridge Song — features — " + QA in probe["edge"]
    assert "Bridge Song features " + QA + "." in probe["edge"]  # the evidence sentence
    assert "Story a3" in probe["edge"] and "https://news.example/a3" in probe["edge"]
    assert probe["pinned"] == probe["edge"]


@pytest.mark.browser
@needs_chromium
def test_page_screenshot_is_not_blank(store, tmp_path):
    path = tmp_path / "page.html"
    view.write_view(view.view_data(store, "Hub Star", 2, 0.5), path)
    shot = tmp_path / "shot.png"
    chromium(tmp_path, "--window-size=1000,800", f"--screenshot={shot}", path.as_uri())
    image = Image.open(shot).convert("RGB")
    assert image.size == (1000, 800)
    colours = image.getcolors(maxcolors=1 << 20)
    background = max(colours)[1]
    drawn = sum(n for n, c in colours if c != background)
    assert drawn > 0.01 * 1000 * 800, "the page looks blank"
    for kind in ("Person", "Release", "Group"):
        assert _has_colour(image, view.TYPE_COLOURS[kind], tolerance=3), kind
    # the nodes are spread over the picture, not piled in a corner
    person = tuple(int(view.TYPE_COLOURS["Person"][i:i + 2], 16) for i in (1, 3, 5))
    xs = [x for x in range(0, 1000, 2) for y in range(100, 800, 2)
          if image.getpixel((x, y)) == person]
    assert xs and max(xs) - min(xs) > 300
