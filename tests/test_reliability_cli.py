"""SIGKILL the real `artistgraph load` (spaCy extraction and all) mid-way, run it
again, and compare with one clean load of the same corpus."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_reliability_store import WALL, article_count, dump

CLI = Path(sys.executable).parent / "artistgraph"

PEOPLE = ["Maya Ellison", "Felix Marlowe", "Lee Dohyun", "Seo Jiwoo", "Rael Okafor",
          "Hana Mori", "Tomas Varga", "Ines Calder"]
GROUPS = ["Novaheart", "Glasshouse", "Blue Hour", "Paper Comets"]
MONTHS = ["January", "March", "May", "July", "September", "November"]


def write_corpus(root: Path, n: int) -> None:
    """``n`` short news texts in which the same artists recur (so the gazetteer
    built from earlier articles matters, as in real use)."""
    rng = random.Random(11)
    root.mkdir()
    for i in range(n):
        person, other, director = rng.sample(PEOPLE, 3)
        group = rng.choice(GROUPS)
        month, day = rng.choice(MONTHS), rng.randint(1, 28)
        text = (f"{group} released the single \"Signal {i}\" on {month} {day}, 2024, "
                f"featuring {other}. {person}, a member of {group}, wrote the lyrics. "
                f"The music video was directed by {director}.")
        (root / f"news-{i:04d}.txt").write_text(f"{group} return with Signal {i}\n\n{text}\n")


def load(corpus: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen([str(CLI), "load", str(corpus), "--db", str(db)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "ARTISTGRAPH_DB": ""})


@pytest.mark.slow
def test_sigkill_real_cli_load_then_reload_equals_clean_load(tmp_path):
    pytest.importorskip("artistgraph.loaders.extract")
    corpus, killed, clean = tmp_path / "corpus", tmp_path / "killed.db", tmp_path / "clean.db"
    n = 120
    write_corpus(corpus, n)
    proc = load(corpus, killed)
    deadline = time.monotonic() + WALL * 3
    while article_count(killed) < n // 3:  # kill well inside the load
        assert proc.poll() is None, proc.stderr.read()
        assert time.monotonic() < deadline, "no article committed in time"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=WALL)
    committed = article_count(killed)
    assert 0 < committed < n, "the kill must land mid-load"
    print(f"killed after {committed} of {n} articles")
    again = load(corpus, killed)
    out, err = again.communicate(timeout=WALL * 3)
    assert again.returncode == 0, err
    assert out.startswith(f"{n} articles ({n - committed} new, 0 replaced, {committed} unchanged)")
    first = load(corpus, clean)
    _, err = first.communicate(timeout=WALL * 3)
    assert first.returncode == 0, err
    resumed, single = dump(killed), dump(clean)
    assert resumed[0]["articles"] == single[0]["articles"] == n
    assert resumed == single


@pytest.mark.slow
def test_two_real_cli_loads_and_reads_at_once_equal_one_clean_load(tmp_path):
    """Two `artistgraph load` processes on one new store, their inputs
    overlapping by a third, while `artistgraph stats` reads in a loop: nothing
    fails or waits forever, reads see only growing counts, each article is
    stored once and whole, and the same articles and entities as one load of the
    union. (Mentions may differ by an article or two: each process's gazetteer
    knows only the names committed before it started, as with any load order.)"""
    pytest.importorskip("artistgraph.loaders.extract")
    corpus, shared, clean = tmp_path / "corpus", tmp_path / "shared.db", tmp_path / "clean.db"
    n = 90
    write_corpus(corpus, n)
    files = sorted(corpus.iterdir())
    halves = [tmp_path / "a", tmp_path / "b"]
    for folder, part in zip(halves, (files[:60], files[30:]), strict=True):
        folder.mkdir()
        for f in part:
            (folder / f.name).write_bytes(f.read_bytes())  # same text: same article id
    a, b = load(halves[0], shared), load(halves[1], shared)
    seen: list[int] = []
    deadline = time.monotonic() + WALL * 3
    while a.poll() is None or b.poll() is None:
        assert time.monotonic() < deadline, "the two loads did not finish (deadlock?)"
        if not shared.exists():
            continue
        read = subprocess.run([str(CLI), "stats", "--db", str(shared), "--json"],
                              capture_output=True, text=True, timeout=WALL)
        if read.returncode == 1 and "no such store" in read.stderr:
            continue  # opened before either loader created the file
        assert read.returncode == 0, read.stderr
        seen.append(json.loads(read.stdout)["articles"])
    outputs = [(p.returncode, *p.communicate(timeout=WALL)) for p in (a, b)]
    for code, _out, err in outputs:
        assert code == 0 and "Traceback" not in err, err
    assert seen == sorted(seen) and len(seen) >= 2, seen  # reads went on during the loads
    news = sum(int(out.split("(")[1].split(" new")[0]) for _, out, _ in outputs)
    assert news == n  # each overlapping article loaded by exactly one of the two
    print(f"reads during the loads: {len(seen)}, counts seen {seen[0]}..{seen[-1]}")
    assert sqlite3.connect(shared).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    first = load(corpus, clean)
    _, err = first.communicate(timeout=WALL * 3)
    assert first.returncode == 0, err
    together, single = dump(shared), dump(clean)
    print(f"concurrent: {together[0]}\nclean:      {single[0]}")
    assert together[0]["articles"] == single[0]["articles"] == n
    assert [(x["id"], x["hash"], x["title"]) for x in together[2]] == [
        (x["id"], x["hash"], x["title"]) for x in single[2]]
    assert [e.key for e in together[1]] == [e.key for e in single[1]]  # nothing split or doubled
    for article in together[2]:  # whole articles only: every fact has its article's evidence
        assert article["mentions"] and article["evidence"], article["id"]
    con = sqlite3.connect(shared)
    for orphans in ("SELECT count(*) FROM evidence WHERE article_id NOT IN (SELECT id FROM articles)",
                    "SELECT count(*) FROM facts WHERE id NOT IN (SELECT fact_id FROM evidence)",
                    "SELECT count(*) FROM entities WHERE key NOT IN (SELECT entity_key FROM mentions)"):
        assert con.execute(orphans).fetchone()[0] == 0, orphans
    con.close()
