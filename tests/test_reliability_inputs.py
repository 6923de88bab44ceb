"""Bad input never crashes a reader or the CLI: each bad record becomes one
error line naming its file (and line), the rest is read, and the exit code says
whether anything was skipped. Through the reader API and the real command."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from artistgraph.graph.model import Article
from artistgraph.loaders import readers
from artistgraph.loaders.readers import MAX_ARTICLE_CHARS, BadInput, read_file

CLI = Path(sys.executable).parent / "artistgraph"
GOOD = "Novaheart released the single Afterglow Theory on Friday, featuring Maya Ellison."


def read(path: Path) -> tuple[list[Article], list[BadInput]]:
    items = list(read_file(path))
    assert all(isinstance(i, Article | BadInput) for i in items)
    return ([i for i in items if isinstance(i, Article)],
            [i for i in items if isinstance(i, BadInput)])


# name -> (content, expected bad origins as suffixes, reason fragment, good articles)
BAD_FILES: dict[str, tuple[bytes, list[str], str, int]] = {
    "empty.txt": (b"", [""], "empty file", 0),
    "blank.md": (b" \n\t\n", [""], "empty file", 0),
    "empty.jsonl": (b"", [""], "empty file", 0),
    "empty.html": (b"", [""], "empty file", 0),
    "binary.txt": (bytes(range(256)) * 64, [""], "binary", 0),
    "image.json": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", [""], "binary", 0),
    "latin1.txt": ("Beyoncé in Café".encode("latin-1"), [":1"], "not valid UTF-8", 0),
    "bad-utf16.txt": (b"\xff\xfe" + "ok".encode("utf-16-le") + b"\x00\xd8", [""], "UTF-16", 0),
    "truncated.html": (b"<html><body><article><p>" + GOOD.encode() + b" <b>and then", [], "", 1),
    "nested.html": (b"<html><body>" + b"<div>" * 100_000 + GOOD.encode(), [""], "no article", 0),
    "nested.json": (b"[" * 100_000 + b"]" * 100_000, [""], "nested too deeply", 0),
    "truncated.json": (b'[{"id": "a", "text": "Nova', [":1"], "malformed JSON", 0),
    "mixed.jsonl": (b"\n".join([
        json.dumps({"id": "ok1", "text": GOOD}).encode(),
        b'{"id": "x", "text": "unterminated',
        b'{"id": "y"}',
        b'{"id": "z", "text": 42}',
        b'{"id": ["list"], "text": "t"}',
        b'{"id": "d1", "text": "t", "published": "2024-13-45"}',
        b'{"id": "d2", "text": "t", "published": 20240101}',
        b'{"id": "d3", "text": "t", "title": ["not", "a", "string"]}',
        b"[1, 2, 3]",
        b'"just a string"',
        b"[" * 50_000,
        b'{"id": "u", "text": "caf\xe9"}',
        b'{"id": "e", "text": "   "}',
        json.dumps({"id": "ok2", "text": "!!! and ??? played with 🎤🎶 and ... in Seoul.",
                    "title": "!!!"}).encode(),
        json.dumps({"id": "ok3", "text": "Surrogate \ud83d left alone."}).encode(),
    ]) + b"\n", [":2", ":3", ":4", ":5", ":6", ":7", ":8", ":9", ":10", ":11", ":12", ":13"],
        "", 3),
}


@pytest.mark.parametrize("name", BAD_FILES)
def test_bad_file_gives_bad_records_not_exceptions(tmp_path, name):
    content, origins, reason, good = BAD_FILES[name]
    path = tmp_path / name
    path.write_bytes(content)
    articles, bad = read(path)
    assert len(articles) == good
    assert [b.origin for b in bad] == [f"{path}{o}" for o in origins]
    assert all(reason in b.reason for b in bad)
    assert all("\n" not in str(b) for b in bad)  # one line each
    for article in articles:
        article.text.encode("utf-8")  # storable: no lone surrogates left
        article.id.encode("utf-8")


def test_jsonl_keeps_good_records_around_bad_ones(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(BAD_FILES["mixed.jsonl"][0])
    articles, bad = read(path)
    assert [a.id for a in articles] == ["ok1", "ok2", "ok3"]
    assert articles[1].title == "!!!" and "🎤🎶" in articles[1].text
    assert articles[2].text == "Surrogate \ufffd left alone."
    reasons = {b.origin.rsplit(":", 1)[1]: b.reason for b in bad}
    assert "malformed JSON" in reasons["2"] and "missing or non-string 'text'" in reasons["3"]
    assert "'2024-13-45'" in reasons["6"] and "must be a YYYY-MM-DD string" in reasons["7"]
    assert reasons["12"] == "not valid UTF-8" and "empty article" in reasons["13"]


def test_fifty_megabyte_article_is_cut_with_a_warning(tmp_path, caplog):
    sentence = "Novaheart released the single Afterglow Theory on May 21, 2021. "
    big = sentence * (50_000_000 // len(sentence) + 1)
    (tmp_path / "big.txt").write_text(big)
    (tmp_path / "big.jsonl").write_text(json.dumps({"id": "big", "text": big}) + "\n")
    with caplog.at_level(logging.WARNING, logger="artistgraph.loaders.readers"):
        for name in ("big.txt", "big.jsonl"):
            (article,), bad = read(tmp_path / name)
            assert bad == [] and len(article.text) == MAX_ARTICLE_CHARS
            assert article.text == big[:MAX_ARTICLE_CHARS]
    assert [r.getMessage().split(":")[0] for r in caplog.records] == [
        str(tmp_path / "big.txt"), f"{tmp_path / 'big.jsonl'}"]
    assert all("cut at 2000000 of its" in r.getMessage() for r in caplog.records)


def test_huge_html_page_is_cut_before_parsing(tmp_path, caplog, monkeypatch):
    # The real cap (3 M characters) takes trafilatura ~10 s; a smaller one shows the same path.
    monkeypatch.setattr(readers, "MAX_HTML_CHARS", 200_000)
    paragraphs = "".join(f"<p>Paragraph {n}: {GOOD}</p>\n" for n in range(400_000))
    path = tmp_path / "huge.html"
    path.write_text(f"<html><body><article>{paragraphs}</article></body></html>")
    assert path.stat().st_size > 40_000_000
    with caplog.at_level(logging.WARNING, logger="artistgraph.loaders.readers"):
        (article,), bad = read(path)
    assert bad == [] and article.text.startswith("Paragraph 0: Novaheart released")
    assert len(article.text) < 200_000
    assert "HTML cut at 200000" in caplog.records[0].getMessage()


def test_one_megabyte_single_line(tmp_path):
    line = ("Novaheart and Maya Ellison " * 40_000)[:1_000_000]
    path = tmp_path / "line.txt"
    path.write_text(line)
    (article,), bad = read(path)
    assert bad == [] and article.text == line and len(article.title) == 200


def test_names_of_punctuation_and_emoji_are_read(tmp_path):
    path = tmp_path / "odd.jsonl"
    rows = [{"id": "...", "title": "?!", "text": "🎤"}, {"id": "💜", "text": "!!!"},
            {"id": "'", "text": "—"}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows))
    articles, bad = read(path)
    assert [(a.id, a.title, a.text) for a in articles] == [
        ("...", "?!", "🎤"), ("💜", "", "!!!"), ("'", "", "—")] and bad == []


# -- the real command -------------------------------------------------------------
def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(CLI), *args], input=stdin, capture_output=True, text=True,
                          timeout=600, env={**os.environ, "ARTISTGRAPH_DB": ""})


@pytest.fixture
def corpus(tmp_path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "good.txt").write_text(GOOD)
    for name in ("binary.txt", "latin1.txt", "nested.json", "mixed.jsonl", "empty.html"):
        (root / name).write_bytes(BAD_FILES[name][0])
    return root


def bad_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error: ")]


def test_load_skips_bad_records_reports_them_and_exits_1(tmp_path, corpus):
    db = tmp_path / "g.db"
    stdin = json.dumps({"id": "piped", "text": GOOD + " Piped."}) + "\n{broken\n"
    out = run("load", str(corpus), "-", "--db", str(db), "--json", stdin=stdin)
    assert out.returncode == 1, out.stderr
    assert "Traceback" not in out.stderr
    summary = json.loads(out.stdout)
    errors = bad_lines(out.stderr)
    expected_bad = 4 + len(BAD_FILES["mixed.jsonl"][1]) + 1  # 4 bad files, bad lines, stdin
    assert summary["skipped"] == len(errors) == expected_bad
    assert summary["articles"] == 1 + 3 + 1 and summary["new"] == 5
    assert f"error: {corpus / 'mixed.jsonl'}:6: 'published' is not a valid" in out.stderr
    assert "error: <stdin>:2: malformed JSON" in out.stderr
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
    con.close()
    text = run("load", str(corpus), "--db", str(db))  # the plain summary names the count
    assert text.returncode == 1
    assert text.stdout.strip().endswith(f"{expected_bad - 1} bad records skipped")


def test_strict_stops_at_the_first_bad_record_and_writes_nothing(tmp_path, corpus):
    db = tmp_path / "strict.db"
    out = run("load", str(corpus), "--db", str(db), "--strict")
    assert out.returncode == 1 and "Traceback" not in out.stderr
    errors = bad_lines(out.stderr)
    assert errors[0] == f"error: {corpus / 'binary.txt'}: looks like a binary file (NUL bytes), not text"
    assert errors[1:] == ["error: stopped at the first bad record (--strict); nothing was written"]
    assert not db.exists() and out.stdout == ""


def test_clean_input_exits_0(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    out = run("load", str(tmp_path / "a.txt"), "--db", str(tmp_path / "ok.db"))
    assert out.returncode == 0 and out.stderr == "", out.stderr
    assert out.stdout.startswith("1 articles (1 new")


def test_cut_article_is_a_warning_line_on_the_command_line(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "a-big.txt").write_text("x" * (MAX_ARTICLE_CHARS + 5))
    (root / "b-bad.txt").write_bytes(b"\x00\x01")
    out = run("load", str(root), "--db", str(tmp_path / "w.db"), "--strict")  # stops before NLP
    assert out.returncode == 1
    assert out.stderr.splitlines()[0] == (
        f"warning: {root / 'a-big.txt'}: article cut at {MAX_ARTICLE_CHARS} of its "
        f"{MAX_ARTICLE_CHARS + 5} characters")


# -- gaps found in the issue 7 audit -------------------------------------------------
@pytest.mark.parametrize("encoding,bom", [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")])
def test_utf16_jsonl_with_bom_keeps_line_numbers(tmp_path, encoding, bom):
    rows = [json.dumps({"id": "a", "text": GOOD}), "{broken",
            json.dumps({"id": "b", "text": "Sigur Rós 💜 played."}, ensure_ascii=False)]
    path = tmp_path / "wide.jsonl"
    path.write_bytes(bom + "\n".join(rows).encode(encoding))
    articles, bad = read(path)
    assert [(a.id, a.text) for a in articles] == [("a", GOOD), ("b", "Sigur Rós 💜 played.")]
    assert [b.origin for b in bad] == [f"{path}:2"] and "malformed JSON" in bad[0].reason


@pytest.mark.parametrize("meta", ["2024-13-45", "2024-02-30"])
def test_html_with_an_impossible_date_gets_no_invented_date(tmp_path, meta):
    page = (f'<html><head><meta property="article:published_time" content="{meta}">'
            f"<title>T</title></head><body><article><p>{GOOD}</p><p>{GOOD} Again.</p>"
            "</article></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page)
    (article,), bad = read(path)
    assert bad == [] and article.text.startswith("Novaheart")
    assert article.published is None  # a made-up 2024-01-01 would skew relative dates


def test_odd_file_names_give_storable_articles_and_one_line_errors(tmp_path):
    root = os.fsencode(tmp_path)
    (Path(os.fsdecode(root + b"/ok\xff.txt"))).write_text(GOOD)
    (Path(os.fsdecode(root + b"/bin\xfe.txt"))).write_bytes(b"\x00\x01")
    (tmp_path / "new\nline.txt").write_bytes(b"\x00\x01")
    items = list(readers.iter_articles([tmp_path]))
    assert len(items) == 3
    for item in items:
        if isinstance(item, BadInput):
            assert "\n" not in str(item) and "looks like a binary file" in str(item)
        else:
            for value in (item.id, item.text, item.title, item.source):
                value.encode("utf-8")  # the store refuses lone surrogates with a traceback


def test_published_option_with_an_impossible_date_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    db = tmp_path / "p.db"
    for args in (["load", "--db", str(db)], ["extract"]):
        out = run(*args, str(tmp_path / "a.txt"), "--published", "2024-13-45")
        assert out.returncode == 2 and out.stdout == "", (args, out.stderr)
        assert out.stderr == "error: --published must be YYYY-MM-DD, got '2024-13-45'\n"
    assert not db.exists()


def test_extract_reports_skipped_records_and_strict_stops(tmp_path, corpus):
    out = run("extract", str(corpus), "--format", "jsonl")
    assert out.returncode == 1 and "Traceback" not in out.stderr, out.stderr
    expected_bad = 4 + len(BAD_FILES["mixed.jsonl"][1])
    errors = bad_lines(out.stderr)
    assert len(errors) == expected_bad
    assert out.stderr.splitlines()[-1] == f"{expected_bad} bad record(s) skipped"
    facts = [json.loads(line) for line in out.stdout.splitlines()]
    assert facts and {f["article"] for f in facts} <= {"ok1", "ok2", "ok3"} | {
        a.id for a in read(corpus / "good.txt")[0]}
    strict = run("extract", str(corpus), "--strict")
    assert strict.returncode == 1 and strict.stdout == ""
    assert bad_lines(strict.stderr)[-1] == (
        "error: stopped at the first bad record (--strict); nothing was written")
