"""Neo4j faults through the real `artistgraph load --neo4j` process: the server
down, a wrong password, and the server SIGKILLed in the middle of a load, then
started again on the same data and the load run again, which must end with the
graph one clean load gives (no article lost, nothing twice)."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.register_assert_rewrite("neo4j_fixtures")
from neo4j_fixtures import PrivateBoltServer, closed_port  # noqa: E402

from artistgraph.graph.model import RELATIONS  # noqa: E402
from artistgraph.graph.neo4j_store import Neo4jStore  # noqa: E402

pytest_plugins = ["neo4j_fixtures"]

CLI = Path(sys.executable).parent / "artistgraph"
WALL = 240  # seconds any one step may take on a busy 2-core machine before it counts as hung

SINGERS = ["Arlo Penhallow", "Juno Castellan", "Park Minseo", "Oona Farrell", "Kwame Adeyemi",
           "Yuki Tanabe", "Soren Lindqvist", "Marisol Ortega"]
BANDS = ["Lantern Drive", "Velvet Static", "North Parade", "Copper Tides"]


def write_corpus(path: Path, n: int) -> None:
    """``n`` JSONL news items in which the same artists keep coming back."""
    lines = []
    for i in range(n):
        singer, guest, director = (SINGERS[(i * k + k) % len(SINGERS)] for k in (1, 3, 5))
        if guest == singer:
            guest = SINGERS[(SINGERS.index(singer) + 1) % len(SINGERS)]
        band = BANDS[i % len(BANDS)]
        text = (f"{band} put out the single \"Harbor Light {i}\" on March {1 + i % 27}, 2024, "
                f"with a verse by {guest}. {singer}, who sings in {band}, wrote the song. "
                f"{director} directed the music video.")
        lines.append(json.dumps({"id": f"item-{i:04d}", "title": f"{band}: Harbor Light {i}",
                                 "text": text, "published": "2024-03-28"}))
    path.write_text("\n".join(lines) + "\n")


def load(corpus: Path, env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen([str(CLI), "load", str(corpus), "--neo4j"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, **env})


def assert_one_line_error(code: int, err: str) -> None:
    assert code == 1, err
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), err


def snapshot(store: Neo4jStore) -> tuple:
    """Everything a load decides: counts, entities, facts with evidence, articles."""
    return (store.stats(), store.entities(), store.facts(),
            [a["id"] for a in store.articles()])


def duplicates(store: Neo4jStore) -> dict[str, int]:
    """How many keys, articles, facts and mentions are stored more than once."""
    checks = {
        "entities": "MATCH (e:Entity) WITH e.key AS k, count(*) AS n WHERE n > 1 RETURN count(*) AS d",
        "articles": "MATCH (a:Article) WITH a.id AS k, count(*) AS n WHERE n > 1 RETURN count(*) AS d",
        "facts": "MATCH (s)-[r]->(o) WHERE type(r) IN $types WITH s, o, type(r) AS t, count(r) AS n "
                 "WHERE n > 1 RETURN count(*) AS d",
        "mentions": "MATCH (a:Article)-[m:MENTIONS]->(e) WITH a, e, count(m) AS n WHERE n > 1 "
                    "RETURN count(*) AS d",
    }
    return {name: store.run_read(query, {"types": list(RELATIONS)})[1][0]["d"]
            for name, query in checks.items()}


def stored_articles(store: Neo4jStore) -> int:
    return store.run_read("MATCH (a:Article) RETURN count(a) AS n")[1][0]["n"]


def article_count(server: PrivateBoltServer) -> int:
    with Neo4jStore(**server.settings) as store:
        return stored_articles(store)


def test_load_with_server_down_is_one_line_and_exit_1(tmp_path):
    corpus = tmp_path / "news.jsonl"
    write_corpus(corpus, 2)
    uri = f"bolt://127.0.0.1:{closed_port()}"
    proc = load(corpus, {"NEO4J_URI": uri, "NEO4J_PASSWORD": "pw-that-must-not-show"})
    _, err = proc.communicate(timeout=WALL)
    assert_one_line_error(proc.returncode, err)
    assert uri in err and "connection refused" in err and "pw-that-must-not-show" not in err


@pytest.mark.bolt
def test_load_with_wrong_password_is_one_line_and_exit_1(tmp_path, bolt_env):
    corpus = tmp_path / "news.jsonl"
    write_corpus(corpus, 2)
    proc = load(corpus, {**bolt_env, "NEO4J_PASSWORD": "pw-that-must-not-show"})
    _, err = proc.communicate(timeout=WALL)
    assert_one_line_error(proc.returncode, err)
    assert "authentication failed" in err and "pw-that-must-not-show" not in err


@pytest.mark.slow
@pytest.mark.bolt
def test_server_killed_mid_load_then_rerun_equals_clean_load(tmp_path):
    if importlib.util.find_spec("arcadedb_embedded") is None:
        pytest.skip("needs arcadedb-embedded to run a server of the test's own (run .ci/setup)")
    pytest.importorskip("artistgraph.loaders.extract")
    n = 60
    corpus = tmp_path / "news.jsonl"
    write_corpus(corpus, n)
    server = PrivateBoltServer(tmp_path / "server")
    server.start()
    try:
        proc = load(corpus, server.client_env)
        deadline = time.monotonic() + WALL
        with Neo4jStore(**server.settings) as watcher:
            while stored_articles(watcher) < n // 3:  # kill well inside the load
                assert proc.poll() is None, proc.communicate()[1]
                assert time.monotonic() < deadline, "no article committed in time"
                time.sleep(0.1)  # poll interval of the condition above
        server.kill()  # SIGKILL: the connection drops with no goodbye
        killed_at = time.monotonic()
        _, err = proc.communicate(timeout=WALL)  # the store gives up after its retries
        assert_one_line_error(proc.returncode, err)
        assert "lost the connection" in err and server.uri in err, err
        print(f"load exited {time.monotonic() - killed_at:.1f} s after the kill: {err.strip()}")

        server.start()  # same directory: the committed articles are back
        committed = article_count(server)
        assert 0 < committed < n, "the kill must land mid-load"
        print(f"server killed after {committed} of {n} articles")
        again = load(corpus, server.client_env)
        out, err = again.communicate(timeout=WALL)
        assert again.returncode == 0, err
        assert out.startswith(f"{n} articles ({n - committed} new, 0 replaced, "
                              f"{committed} unchanged)"), out
        with Neo4jStore(**server.settings) as store:
            resumed = snapshot(store)
            assert duplicates(store) == {"entities": 0, "articles": 0, "facts": 0, "mentions": 0}
            store.clear()

        clean = load(corpus, server.client_env)
        out, err = clean.communicate(timeout=WALL)
        assert clean.returncode == 0, err
        assert out.startswith(f"{n} articles ({n} new, 0 replaced, 0 unchanged)"), out
        with Neo4jStore(**server.settings) as store:
            single = snapshot(store)
        assert resumed[0]["articles"] == single[0]["articles"] == n
        assert resumed[0]["facts"] > 0
        assert resumed == single
    finally:
        server.stop()
