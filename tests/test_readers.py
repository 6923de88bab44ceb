"""Each reader on fixture files written here: text, HTML, JSONL, JSON corpus,
folders (recursion by extension, hidden files skipped) and stdin with sniffing."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

from artistgraph.graph.model import Article
from artistgraph.loaders.readers import (
    BadInput,
    content_id,
    iter_articles,
    read_file,
    sniff_reader,
)

NEWS = "Seoul — Novaheart released the single Afterglow Theory on Friday.\nFans cheered."

PAGE = """<!doctype html>
<html><head><title>Novaheart drop Afterglow Theory</title>
<meta property="article:published_time" content="2024-03-08"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/login">Log in</a></nav>
<article><h1>Novaheart drop Afterglow Theory</h1>
<p>The five-piece group Novaheart released their single Afterglow Theory on Friday,
with a music video directed by Lee Dohyun.</p>
<p>The song features the singer Maya Ellison, who wrote the second verse in Seoul
during the group's winter tour.</p></article>
<footer>Copyright 2024 Example Media. All rights reserved.</footer></body></html>
"""


def split(items) -> tuple[list[Article], list[BadInput]]:
    items = list(items)
    return ([i for i in items if isinstance(i, Article)],
            [i for i in items if isinstance(i, BadInput)])


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


# -- plain text --------------------------------------------------------------
def test_text_article_takes_first_line_as_title_and_hash_as_id(tmp_path):
    path = write(tmp_path / "a.txt", "\n\n" + NEWS)
    (article,), bad = split(read_file(path, published=date(2024, 3, 8)))
    assert bad == []
    assert article.title == NEWS.splitlines()[0]
    assert article.text == "\n\n" + NEWS
    assert article.id == content_id(article.text, article.title)
    assert article.published == date(2024, 3, 8)
    assert article.origin == str(path) and article.source == str(path)


def test_same_text_gives_same_id_in_another_file(tmp_path):
    one = split(read_file(write(tmp_path / "one.txt", NEWS)))[0][0]
    two = split(read_file(write(tmp_path / "sub" / "two.md", NEWS)))[0][0]
    assert one.id == two.id and one.content_hash == two.content_hash


def test_utf8_and_utf16_byte_order_marks_are_decoded(tmp_path):
    expected = "IU und Sänger 아이유 released Love wins all."
    for name, data in {
        "bom8.txt": b"\xef\xbb\xbf" + expected.encode("utf-8"),
        "le16.txt": expected.encode("utf-16"),  # BOM + little endian
        "be16.txt": b"\xfe\xff" + expected.encode("utf-16-be"),
    }.items():
        (article,), bad = split(read_file(write(tmp_path / name, data)))
        assert bad == [] and article.text == expected, name


# -- HTML --------------------------------------------------------------------
def test_html_keeps_the_article_and_drops_boilerplate(tmp_path):
    (article,), bad = split(read_file(write(tmp_path / "page.html", PAGE)))
    assert bad == []
    assert "Novaheart released their single Afterglow Theory" in article.text
    assert "Maya Ellison" in article.text
    assert "Log in" not in article.text and "All rights reserved" not in article.text
    assert article.title == "Novaheart drop Afterglow Theory"
    assert article.published == date(2024, 3, 8)


def test_html_date_given_on_the_command_line_wins(tmp_path):
    (article,), _ = split(read_file(write(tmp_path / "p.htm", PAGE), published=date(2020, 1, 2)))
    assert article.published == date(2020, 1, 2)


def test_html_without_text_is_one_bad_record(tmp_path):
    articles, (bad,) = split(read_file(write(tmp_path / "e.html", "<html><body></body></html>")))
    assert articles == [] and bad.origin.endswith("e.html") and "no article text" in bad.reason


# -- JSONL -------------------------------------------------------------------
def test_jsonl_reads_fields_skips_blank_lines_and_numbers_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": "a1", "title": "T1", "text": NEWS, "published": "2024-03-08",
                    "source": "https://example.org/a1", "extra": [1, 2]}),
        "",
        json.dumps({"id": 7, "text": "Numeric id article."}),
        "{not json",
        json.dumps({"text": "No id: hashed.", "published": None}),
    ]
    path = write(tmp_path / "c.jsonl", "\n".join(lines) + "\n")
    articles, bad = split(read_file(path))
    assert [a.id for a in articles] == ["a1", "7", content_id("No id: hashed.")]
    first = articles[0]
    assert (first.title, first.published, first.source) == (
        "T1", date(2024, 3, 8), "https://example.org/a1")
    assert first.origin == f"{path}:1" and articles[1].origin == f"{path}:3"
    assert [b.origin for b in bad] == [f"{path}:4"]
    assert "malformed JSON" in bad[0].reason


def test_ndjson_suffix_and_crlf_line_ends(tmp_path):
    path = write(tmp_path / "c.ndjson", b'{"id":"x","text":"one"}\r\n{"id":"y","text":"two"}\r\n')
    articles, bad = split(read_file(path))
    assert [(a.id, a.text) for a in articles] == [("x", "one"), ("y", "two")] and bad == []


# -- JSON corpus --------------------------------------------------------------
def test_json_corpus_as_list_and_as_articles_object(tmp_path):
    records = [{"id": "j1", "text": "First article."}, {"id": "j2", "text": ""},
               {"id": "j3", "text": "Third article."}]
    for name, payload in {"list.json": records, "obj.json": {"articles": records}}.items():
        path = write(tmp_path / name, json.dumps(records if name == "list.json" else payload,
                                                 indent=2))
        articles, bad = split(read_file(path))
        assert [a.id for a in articles] == ["j1", "j3"], name
        assert [b.origin for b in bad] == [f"{path}#1"] and "empty article" in bad[0].reason


def test_json_corpus_of_the_wrong_shape(tmp_path):
    for content, reason in [('{"articles": 5}', "expected a list"), ("[]", "no articles"),
                            ('{"a": 1,', "malformed JSON")]:
        articles, (bad,) = split(read_file(write(tmp_path / "x.json", content)))
        assert articles == [] and reason in bad.reason, content


# -- folders -------------------------------------------------------------------
def test_folder_is_walked_recursively_by_extension_in_name_order(tmp_path):
    root = tmp_path / "corpus"
    write(root / "b.txt", "Article B.")
    write(root / "a.md", "Article A.")
    write(root / "deep" / "deeper" / "c.jsonl", '{"id": "c", "text": "Article C."}\n')
    write(root / "deep" / "d.json", '[{"id": "d", "text": "Article D."}]')
    write(root / "deep" / "e.htm", PAGE)
    write(root / "notes.csv", "x,y\n1,2\n")  # unknown extension: not an article
    write(root / "image.png", b"\x89PNG\r\n\x1a\n\x00\x00")
    write(root / ".hidden.txt", "Hidden article.")
    write(root / ".git" / "x.txt", "Hidden folder article.")
    write(root / "deep" / ".cache" / "y.jsonl", '{"text": "hidden"}\n')
    articles, bad = split(iter_articles([root]))
    assert bad == []
    origins = [Path(a.origin.split(":")[0]).relative_to(root).as_posix() for a in articles]
    assert origins == ["a.md", "b.txt", "deep/d.json#0", "deep/deeper/c.jsonl", "deep/e.htm"]
    assert all("hidden" not in a.text.lower() for a in articles)


def test_hidden_file_named_explicitly_is_read(tmp_path):
    articles, _ = split(iter_articles([write(tmp_path / ".draft.txt", "Draft article.")]))
    assert [a.text for a in articles] == ["Draft article."]


def test_folder_without_articles_and_missing_path_are_bad_records(tmp_path):
    (tmp_path / "empty").mkdir()
    write(tmp_path / "other" / "data.csv", "1,2")
    _, bad = split(iter_articles([tmp_path / "empty", tmp_path / "other", tmp_path / "nope.txt"]))
    assert [Path(b.origin).name for b in bad] == ["empty", "other", "nope.txt"]
    assert "no readable articles" in bad[0].reason and bad[2].reason == "no such file"


# -- stdin ---------------------------------------------------------------------
def read_stdin(data: bytes) -> tuple[list[Article], list[BadInput]]:
    return split(iter_articles(["-"], stdin=io.BytesIO(data)))


def test_stdin_sniffs_jsonl():
    articles, bad = read_stdin(b'{"id": "s1", "text": "One."}\n{"id": "s2", "text": "Two."}\n')
    assert [a.id for a in articles] == ["s1", "s2"] and bad == []
    assert articles[1].origin == "<stdin>:2"


def test_stdin_sniffs_json_corpus_list_and_pretty_object():
    articles, _ = read_stdin(b'[{"id": "l1", "text": "One."}]')
    assert [a.id for a in articles] == ["l1"]
    pretty = json.dumps({"articles": [{"id": "p1", "text": "Pretty."}]}, indent=2).encode()
    articles, bad = read_stdin(pretty)
    assert [a.id for a in articles] == ["p1"] and bad == []


def test_stdin_sniffs_html_and_text():
    (page,), _ = read_stdin(PAGE.encode())
    assert "Afterglow Theory" in page.text and "<p>" not in page.text
    text = b"[Exclusive] {Novaheart} announce a tour."  # brackets alone do not make JSON
    (article,), bad = read_stdin(text)
    assert article.text == text.decode() and bad == []


def test_stdin_text_stream_and_bad_bytes():
    articles, _ = split(iter_articles(["-"], stdin=io.StringIO("Plain text from a pipe.")))
    assert [a.text for a in articles] == ["Plain text from a pipe."]
    _, (bad,) = read_stdin(b"caf\xe9 latin-1 text")
    assert bad.origin == "<stdin>:1" and "not valid UTF-8" in bad.reason


def test_sniffing_rules():
    assert sniff_reader('  {"text": "x"}').__name__ == "read_jsonl"
    assert sniff_reader('{\n  "articles": []}').__name__ == "read_json"
    assert sniff_reader("[\n  {").__name__ == "read_json"
    assert sniff_reader("<!DOCTYPE html><p>x").__name__ == "read_html"
    assert sniff_reader("Intro <body> later").__name__ == "read_html"
    assert sniff_reader("{BTS} fans").__name__ == "read_text"
