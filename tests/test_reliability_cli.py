"""SIGKILL the real `artistgraph load` (spaCy extraction and all) mid-way, run it
again, and compare with one clean load of the same corpus."""

from __future__ import annotations

import os
import random
import signal
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
