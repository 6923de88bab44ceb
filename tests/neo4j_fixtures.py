"""Fixtures for the Neo4j store tests: a real Bolt + Cypher server, and a small
hand-built article set (real Extraction objects, no extractor involved).

The server is the one NEO4J_URI names (``.ci/run`` starts it with
``eval "$(.ci/bolt-server start)"``); when NEO4J_URI is unset and the
arcadedb-embedded package is installed, the session starts its own through
``.ci/bolt-server`` and stops it at the end, so plain ``pytest`` runs these
tests too. Test modules import the fixtures they use from here.
"""

from __future__ import annotations

import importlib.util
import os
import shlex
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from artistgraph.graph.model import (
    Article,
    EntityType,
    Evidence,
    ExtractedEntity,
    Extraction,
    Fact,
)

ROOT = Path(__file__).resolve().parent.parent
BOLT_SCRIPT = ROOT / ".ci" / "bolt-server"
P, G, R, ORG = EntityType.PERSON, EntityType.GROUP, EntityType.RELEASE, EntityType.ORGANIZATION


def _parse_exports(text: str) -> dict[str, str]:
    """``export A=1\\nexport B=2`` -> ``{"A": "1", "B": "2"}``."""
    out = {}
    for line in text.splitlines():
        words = shlex.split(line)
        if len(words) == 2 and words[0] == "export" and "=" in words[1]:
            key, _, value = words[1].partition("=")
            out[key] = value
    return out


@pytest.fixture(scope="session")
def bolt_settings() -> Iterator[dict[str, str | None]]:
    """Connection settings of a running Bolt server (``uri``, ``user``,
    ``password``, ``database``); skips when none is available."""
    if os.environ.get("NEO4J_URI"):
        yield {"uri": os.environ["NEO4J_URI"], "user": os.environ.get("NEO4J_USER", "neo4j"),
               "password": os.environ.get("NEO4J_PASSWORD"),
               "database": os.environ.get("NEO4J_DATABASE") or None}
        return
    if importlib.util.find_spec("arcadedb_embedded") is None or not BOLT_SCRIPT.exists():
        pytest.skip("no Bolt server: NEO4J_URI is unset and arcadedb-embedded is not "
                    "installed (run .ci/setup, or eval \"$(.ci/bolt-server start)\")")
    started = subprocess.run([str(BOLT_SCRIPT), "start"], capture_output=True, text=True,
                             timeout=180, check=False)
    exports = _parse_exports(started.stdout)
    if started.returncode != 0 or "NEO4J_URI" not in exports:
        pytest.fail(f".ci/bolt-server start failed:\n{started.stderr[-2000:]}")
    try:
        yield {"uri": exports["NEO4J_URI"], "user": exports["NEO4J_USER"],
               "password": exports["NEO4J_PASSWORD"],
               "database": exports.get("NEO4J_DATABASE") or None}
    finally:
        subprocess.run([str(BOLT_SCRIPT), "stop"], env={**os.environ, **exports},
                       capture_output=True, timeout=60, check=False)


@pytest.fixture
def bolt_env(bolt_settings, monkeypatch) -> dict[str, str]:
    """The NEO4J_* environment for CLI runs against the test server."""
    env = {"NEO4J_URI": bolt_settings["uri"], "NEO4J_USER": bolt_settings["user"] or "neo4j",
           "NEO4J_PASSWORD": bolt_settings["password"] or ""}
    if bolt_settings["database"]:
        env["NEO4J_DATABASE"] = bolt_settings["database"]
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return env


@pytest.fixture
def neo4j_store(bolt_settings):
    """An empty Neo4jStore on the test server (the database is cleared first:
    tests share one server and run one at a time)."""
    from artistgraph.graph.neo4j_store import Neo4jStore

    store = Neo4jStore(**bolt_settings)
    store.clear()
    yield store
    store.close()


@pytest.fixture(autouse=True)
def _skip_neo4j_only(request):
    """Tests marked neo4j_only need real Neo4j (ARTISTGRAPH_REAL_NEO4J=1)."""
    if request.node.get_closest_marker("neo4j_only") and not os.environ.get(
            "ARTISTGRAPH_REAL_NEO4J"):
        pytest.skip("needs real Neo4j (set ARTISTGRAPH_REAL_NEO4J=1 with NEO4J_URI)")


def closed_port() -> int:
    """A local port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# -- the article set -------------------------------------------------------------
def _fact(article: str, text: str, subject: str, relation: str, obj: str | None,
          phrase: str, confidence: float = 0.9, rule: str = "test") -> Fact:
    """A fact whose evidence span is ``phrase`` inside ``text``."""
    start = text.index(phrase)
    return Fact(subject, relation, obj,
                Evidence(article, text, start, start + len(phrase), confidence, rule))


def article(aid: str, text: str, entities: list[ExtractedEntity],
            facts: list[tuple], published: date | None = None) -> Extraction:
    """An Extraction; ``facts`` are ``(subject, relation, object, phrase[, conf])``."""
    return Extraction(Article(aid, text, title=aid.upper(), published=published,
                              source="test"),
                      entities, [_fact(aid, text, *f) for f in facts])


def sample_extractions() -> list[Extraction]:
    """Five small articles covering every relation, aliases across articles,
    corroboration, a dated and an undated enlistment, and conflicting dates."""
    t1 = ("IU released Love Wins All featuring V of BTS on January 24, 2024. "
          "Um Tae-hwa directed the music video. V and IU worked together again.")
    t2 = ("Kim Taehyung, known as V, enlisted on December 11, 2023, the same day as RM. "
          "RM leads BTS. Love Wins All came out in January 2024.")
    t3 = ("Jungkook and Jimin enlisted on December 12, 2023. Seven by Jungkook featuring "
          "Latto came out on July 14, 2023. Jungkook and Latto collaborated. "
          "V and Jungkook teamed up. SUGA also enlisted.")
    t4 = ("Love Wins All was released on January 25, 2024, one article says. "
          "IU and V collaborated on it. Bradley and Pablo directed Seven.")
    t5 = "HYBE signed NewJeans. Minji is a member of NewJeans."
    return [
        article("art1", t1, [
            ExtractedEntity("IU", P), ExtractedEntity("Love Wins All", R),
            ExtractedEntity("V", P), ExtractedEntity("BTS", G),
            ExtractedEntity("Um Tae-hwa", P),
        ], [
            ("Love Wins All", "BY_ARTIST", "IU", "IU released Love Wins All"),
            ("Love Wins All", "FEATURES", "V", "featuring V"),
            ("V", "MEMBER_OF", "BTS", "V of BTS"),
            ("Love Wins All", "RELEASED_ON", "2024-01-24", "on January 24, 2024"),
            ("Love Wins All", "DIRECTED_BY", "Um Tae-hwa", "Um Tae-hwa directed"),
            ("V", "COLLABORATED_WITH", "IU", "V and IU worked together", 0.8),
        ], date(2024, 1, 24)),
        article("art2", t2, [
            ExtractedEntity("Kim Taehyung", P, {"V"}), ExtractedEntity("RM", P),
            ExtractedEntity("BTS", G), ExtractedEntity("Love Wins All", R),
        ], [
            ("Kim Taehyung", "ENLISTED", "2023-12-11", "enlisted on December 11, 2023"),
            ("RM", "ENLISTED", "2023-12-11", "the same day as RM"),
            ("RM", "MEMBER_OF", "BTS", "RM leads BTS"),
            ("Love Wins All", "RELEASED_ON", "2024-01", "in January 2024"),
        ], date(2024, 2, 1)),
        article("art3", t3, [
            ExtractedEntity("Jungkook", P), ExtractedEntity("Jimin", P),
            ExtractedEntity("Seven", R), ExtractedEntity("Latto", P),
            ExtractedEntity("V", P), ExtractedEntity("SUGA", P),
        ], [
            ("Jungkook", "ENLISTED", "2023-12-12", "Jungkook and Jimin enlisted"),
            ("Jimin", "ENLISTED", "2023-12-12", "Jimin enlisted on December 12, 2023"),
            ("Seven", "BY_ARTIST", "Jungkook", "Seven by Jungkook"),
            ("Seven", "FEATURES", "Latto", "featuring Latto"),
            ("Seven", "RELEASED_ON", "2023-07-14", "on July 14, 2023"),
            ("Jungkook", "COLLABORATED_WITH", "Latto", "Jungkook and Latto collaborated"),
            ("V", "COLLABORATED_WITH", "Jungkook", "V and Jungkook teamed up"),
            ("SUGA", "ENLISTED", None, "SUGA also enlisted"),
        ], date(2023, 12, 12)),
        article("art4", t4, [
            ExtractedEntity("Love Wins All", R), ExtractedEntity("IU", P),
            ExtractedEntity("V", P), ExtractedEntity("Seven", R),
            ExtractedEntity("Bradley and Pablo", P),
        ], [
            ("Love Wins All", "RELEASED_ON", "2024-01-25", "released on January 25, 2024"),
            ("IU", "COLLABORATED_WITH", "V", "IU and V collaborated", 0.7),
            ("Seven", "DIRECTED_BY", "Bradley and Pablo", "Bradley and Pablo directed Seven"),
        ], date(2024, 1, 26)),
        article("art5", t5, [
            ExtractedEntity("HYBE", ORG), ExtractedEntity("NewJeans", G),
            ExtractedEntity("Minji", P),
        ], [
            ("Minji", "MEMBER_OF", "NewJeans", "Minji is a member of NewJeans"),
        ]),
    ]


def edited_art4() -> Extraction:
    """art4 edited: the wrong date and the Seven directors are gone; a new fact."""
    text = "IU and V collaborated on Love Wins All. IU is also friends with SUGA."
    return article("art4", text, [
        ExtractedEntity("Love Wins All", R), ExtractedEntity("IU", P),
        ExtractedEntity("V", P), ExtractedEntity("SUGA", P),
    ], [
        ("IU", "COLLABORATED_WITH", "V", "IU and V collaborated", 0.7),
        ("IU", "COLLABORATED_WITH", "SUGA", "IU is also friends with SUGA", 0.6),
    ], date(2024, 1, 27))


WEIRD_NAMES = [
    'Ba"ck\\slash {MATCH} (n) DETACH DELETE n; //',
    "O'Brien\n\"RETURN\" }",
    "MERGE (x) SET x.key = '\\u0000' WITH *",
    "방탄소년단 `backtick` $param",
]


# -- a server of the test's own ----------------------------------------------------
class PrivateBoltServer:
    """A Bolt server only one test uses, on its own directory, ports and
    passwords (through ``.ci/bolt-server``), which the test may kill and start
    again on the same data. Waits are on real conditions with deadlines: the
    server's "started" line (the script waits for it), the process gone, the
    port closed."""

    def __init__(self, root: Path):
        import secrets

        bolt = closed_port()
        http = closed_port()
        while http == bolt:
            http = closed_port()
        self.root = root
        self.env = {"ARTISTGRAPH_BOLT_DIR": str(root), "ARTISTGRAPH_BOLT_PORT": str(bolt),
                    "ARTISTGRAPH_BOLT_HTTP_PORT": str(http),
                    "ARTISTGRAPH_BOLT_PASSWORD": secrets.token_hex(12),
                    "ARTISTGRAPH_BOLT_ROOT_PASSWORD": secrets.token_hex(12)}
        self.port = bolt
        self.uri = f"bolt://127.0.0.1:{bolt}"
        self.pid: int | None = None

    @property
    def settings(self) -> dict[str, str | None]:
        """Neo4jStore keyword arguments for this server."""
        return {"uri": self.uri, "user": "neo4j",
                "password": self.env["ARTISTGRAPH_BOLT_PASSWORD"], "database": "neo4j"}

    @property
    def client_env(self) -> dict[str, str]:
        """The NEO4J_* environment of a CLI run against this server."""
        return {"NEO4J_URI": self.uri, "NEO4J_USER": "neo4j",
                "NEO4J_PASSWORD": self.env["ARTISTGRAPH_BOLT_PASSWORD"],
                "NEO4J_DATABASE": "neo4j"}

    def start(self) -> None:
        """Start (or start again, on the same files) and return once it serves."""
        started = subprocess.run([str(BOLT_SCRIPT), "start"], capture_output=True, text=True,
                                 timeout=180, check=False, env={**os.environ, **self.env})
        exports = _parse_exports(started.stdout)
        if started.returncode != 0 or "ARTISTGRAPH_BOLT_PID" not in exports:
            pytest.fail(f".ci/bolt-server start failed:\n{started.stderr[-2000:]}")
        self.pid = int(exports["ARTISTGRAPH_BOLT_PID"])

    def alive(self) -> bool:
        """Whether the server process exists (a zombie does not count)."""
        if self.pid is None:
            return False
        try:
            state = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            return False
        return state != "Z"

    def kill(self, sig: int = signal.SIGKILL, timeout: float = 30) -> None:
        """Send ``sig`` and return once the process is gone and the port closed."""
        assert self.pid is not None and self.alive()
        os.kill(self.pid, sig)
        deadline = time.monotonic() + timeout
        while self.alive() or port_open(self.port):
            assert time.monotonic() < deadline, f"server {self.pid} still up {timeout}s after {sig}"
            time.sleep(0.05)  # polling a condition, not waiting for luck

    def stop(self) -> None:
        if self.alive():
            self.kill(signal.SIGTERM)
        self.pid = None


def port_open(port: int) -> bool:
    """Whether something accepts connections on 127.0.0.1:``port``."""
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex(("127.0.0.1", port)) == 0
