"""Readers: turn files, folders and stdin into :class:`Article` objects.

Every reader yields articles *or* :class:`BadInput` records, so a caller can
stop at the first bad record (``--strict``) or skip it and go on.

>>> from pathlib import Path
>>> [a.id for a in iter_articles(["examples/"]) if isinstance(a, Article)][:1]  # doctest: +SKIP
['ex01-...']
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from artistgraph.graph.model import Article

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = {".json"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES

MAX_ARTICLE_CHARS = 2_000_000  # longer texts are cut here (a warning names the file)
# trafilatura needs ~2 s per MB of markup (far more on repetitive pages), so
# pages are cut before parsing; real news pages are well under 1 MB.
MAX_HTML_CHARS = 3_000_000

log = logging.getLogger(__name__)
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class BadInput:
    """A record that could not be read; ``origin`` is 'file' or 'file:line'."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


class InputError(Exception):
    """Raised for bad input when the caller asked to stop at the first one."""

    def __init__(self, bad: BadInput):
        super().__init__(str(bad))
        self.bad = bad


def content_id(text: str, title: str = "") -> str:
    """A stable id for an article without one: a hash of its title and text."""
    digest = hashlib.sha256(f"{title}\x1f{text}".encode()).hexdigest()
    return f"sha256-{digest[:16]}"


def parse_published(value: object, origin: str) -> date | BadInput | None:
    """``published`` must be YYYY-MM-DD or null."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        return BadInput(origin, f"'published' must be a YYYY-MM-DD string or null, got {value!r}")
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return BadInput(origin, f"'published' is not a valid YYYY-MM-DD date: {value!r}")


def decode_bytes(raw: bytes, origin: str) -> str | BadInput:
    """Decode UTF-8 (with or without BOM) or BOM-marked UTF-16; refuse binary."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16").removeprefix("\ufeff")
        except UnicodeDecodeError as exc:
            return BadInput(origin, f"invalid UTF-16 at byte {exc.start}")
    if b"\x00" in raw[:8192]:
        return BadInput(origin, "looks like a binary file (NUL bytes), not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return BadInput(f"{origin}:{line}", f"not valid UTF-8 (byte {exc.start})")


def _no_surrogates(value: str) -> str:
    """JSON escapes can carry unpaired surrogates ("\\ud800"), which no store
    can encode; they become U+FFFD so the rest of the record survives."""
    return _SURROGATE.sub("\ufffd", value)


def _article(
    text: str, origin: str, *, id: str | None = None, title: str = "",
    published: date | None = None, source: str = "",
) -> Article | BadInput:
    if not text.strip():
        return BadInput(origin, "empty article (no text)")
    if len(text) > MAX_ARTICLE_CHARS:
        log.warning("%s: article cut at %d of its %d characters", origin,
                    MAX_ARTICLE_CHARS, len(text))
        text = text[:MAX_ARTICLE_CHARS]
    text, title, source = _no_surrogates(text), _no_surrogates(title), _no_surrogates(source)
    id = _no_surrogates(id) if id is not None else None
    return Article(
        id=id or content_id(text, title), text=text, title=title.strip(),
        published=published, source=source or origin, origin=origin,
    )


def read_text(raw: str, origin: str, published: date | None = None) -> Iterator[Article | BadInput]:
    """A plain-text article; its first non-empty line doubles as the title."""
    first = next((line.strip() for line in raw.splitlines() if line.strip()), "")
    yield _article(raw, origin, title=first[:200], published=published)


def read_html(raw: str, origin: str, published: date | None = None) -> Iterator[Article | BadInput]:
    """The main text of an HTML page, found by trafilatura (boilerplate removed)."""
    import trafilatura

    if len(raw) > MAX_HTML_CHARS:
        log.warning("%s: HTML cut at %d of its %d characters before parsing", origin,
                    MAX_HTML_CHARS, len(raw))
        raw = raw[:MAX_HTML_CHARS]
    try:
        doc = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        yield BadInput(origin, f"cannot parse HTML ({type(exc).__name__})")
        return
    if doc is None:
        yield BadInput(origin, "no article text found in the HTML")
        return
    text = getattr(doc, "text", None) or ""
    title = getattr(doc, "title", None) or ""
    when = published
    if when is None:
        stated = _meta_dates(raw)
        if stated:
            # The page states its date: take it strictly (trafilatura would turn 2024-13-45 into 2024-01-01).
            parsed = parse_published(stated[0], origin)
            when = parsed if isinstance(parsed, date) else None
        elif getattr(doc, "date", None):
            parsed = parse_published(doc.date, origin)
            when = parsed if isinstance(parsed, date) else None
    yield _article(text, origin, title=title, published=when, source=getattr(doc, "url", "") or "")


_DATE_META = re.compile(r"(?:published|pubdate|publish_date|datepublished|date|created|issued)", re.I)


def _meta_dates(raw: str) -> list[str]:
    """Contents of the page's own publication-date meta tags, in page order."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(raw)
    except Exception:  # lxml rejects some broken pages; trafilatura's date is the fallback
        return []
    out = []
    for meta in tree.iter("meta"):
        key = " ".join(meta.get(a) or "" for a in ("name", "property", "itemprop"))
        content = (meta.get("content") or "").strip()
        if content and _DATE_META.search(key) and not re.search(r"modif|updat", key, re.I):
            out.append(content)
    return out


def _record_to_article(obj: object, origin: str) -> Article | BadInput:
    if not isinstance(obj, dict):
        return BadInput(origin, f"expected a JSON object, got {type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str):
        return BadInput(origin, "missing or non-string 'text'")
    rid = obj.get("id")
    if rid is not None and (isinstance(rid, bool) or not isinstance(rid, str | int)):
        return BadInput(origin, f"'id' must be a string or integer, got {rid!r}")
    title = obj.get("title") or ""
    if not isinstance(title, str):
        return BadInput(origin, f"'title' must be a string, got {title!r}")
    source = obj.get("source") or ""
    if not isinstance(source, str):
        return BadInput(origin, f"'source' must be a string, got {source!r}")
    published = parse_published(obj.get("published"), origin)
    if isinstance(published, BadInput):
        return published
    return _article(
        text, origin, id=str(rid) if rid is not None and str(rid).strip() else None,
        title=title, published=published, source=source,
    )


def read_jsonl(
    raw: str, origin: str, published: date | None = None
) -> Iterator[Article | BadInput]:
    """One article per line: id, title, text, published, source; other keys ignored."""
    for number, line in enumerate(io.StringIO(raw), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        if _SURROGATE.search(line):  # undecodable bytes, kept by read_file as escapes
            yield BadInput(where, "not valid UTF-8")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield BadInput(where, f"malformed JSON ({exc.msg}, column {exc.colno})")
            continue
        except RecursionError:
            yield BadInput(where, "JSON nested too deeply")
            continue
        yield _record_to_article(obj, where)


def read_json(raw: str, origin: str, published: date | None = None) -> Iterator[Article | BadInput]:
    """A JSON corpus: a list of article objects, or ``{"articles": [...]}``
    (the evaluation-set format)."""
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        yield BadInput(f"{origin}:{exc.lineno}", f"malformed JSON ({exc.msg})")
        return
    except RecursionError:
        yield BadInput(origin, "JSON nested too deeply")
        return
    records = obj.get("articles") if isinstance(obj, dict) else obj
    if not isinstance(records, list):
        yield BadInput(origin, "expected a list of articles or an object with 'articles'")
        return
    if not records:
        yield BadInput(origin, "no articles (the list is empty)")
    for index, record in enumerate(records):
        yield _record_to_article(record, f"{origin}#{index}")


READERS = {
    **{s: read_text for s in TEXT_SUFFIXES},
    **{s: read_html for s in HTML_SUFFIXES},
    **{s: read_jsonl for s in JSONL_SUFFIXES},
    **{s: read_json for s in JSON_SUFFIXES},
}


def sniff_reader(raw: str):
    """Pick a reader for text of unknown kind (stdin).

    JSON needs a JSON-looking start (``{"`` or ``[{``), so a plain article that
    opens with "[Exclusive]" stays text.

    >>> sniff_reader('{"text": "x"}').__name__, sniff_reader("[Exclusive] VORS").__name__
    ('read_jsonl', 'read_text')
    """
    head = raw.lstrip()[:200].lower()
    if re.match(r'\{\s*"', head):
        if re.match(r'\{\s*"articles"\s*:', head):  # a pretty-printed corpus, not JSONL
            return read_json
        return read_jsonl
    if re.match(r"\[\s*[{\]]", head):
        return read_json
    if head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in raw[:5000].lower():
        return read_html
    return read_text


def read_bytes(
    raw_bytes: bytes, origin: str, suffix: str = "", published: date | None = None
) -> Iterator[Article | BadInput]:
    """Articles from the bytes of one file (or stdin), read by ``suffix`` or sniffed."""
    if not raw_bytes.strip():
        yield BadInput(origin, "empty file")
        return
    raw = decode_bytes(raw_bytes, origin)
    if isinstance(raw, BadInput):
        if raw.reason.startswith("not valid UTF-8"):
            # In JSONL one bad line must not cost the other records: keep the
            # bad bytes as escapes, and read_jsonl reports just those lines.
            lenient = raw_bytes.decode("utf-8", "surrogateescape").removeprefix("\ufeff")
            reader = READERS.get(suffix.lower()) or sniff_reader(lenient)
            if reader is read_jsonl:
                yield from read_jsonl(lenient, origin, published)
                return
        yield raw
        return
    reader = READERS.get(suffix.lower()) or sniff_reader(raw)
    yield from reader(raw, origin, published)


def _origin(path: Path) -> str:
    """A file name fit for a one-line error and the store: undecodable bytes
    become U+FFFD and control characters are escaped ("new\\nline.txt")."""
    name = _no_surrogates(str(path))
    return re.sub(r"[\x00-\x1f\x7f]", lambda m: m.group(0).encode("unicode_escape").decode("ascii"), name)


def read_file(path: Path, published: date | None = None) -> Iterator[Article | BadInput]:
    origin = _origin(path)
    try:
        raw_bytes = path.read_bytes()
    except FileNotFoundError:
        yield BadInput(origin, "no such file")
        return
    except IsADirectoryError:
        yield BadInput(origin, "is a directory")
        return
    except OSError as exc:
        yield BadInput(origin, f"cannot read ({exc.strerror or exc})")
        return
    yield from read_bytes(raw_bytes, origin, path.suffix, published)


def iter_articles(
    paths: Iterable[str | Path], published: date | None = None, stdin: io.IOBase | None = None
) -> Iterator[Article | BadInput]:
    """Yield every article (or bad record) from files, folders and ``-`` (stdin).

    Folders are walked recursively in name order, taking files by extension
    (.txt .md .html .htm .jsonl .ndjson .json); hidden files are skipped.
    ``published`` is the publication date for articles that carry none.
    """
    for item in paths:
        if str(item) == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read()
            if isinstance(data, str):
                data = data.encode("utf-8", "surrogatepass")  # lone surrogates: bad UTF-8
            yield from read_bytes(data, "<stdin>", "", published)
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in KNOWN_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not files:
                yield BadInput(str(path), "folder holds no readable articles "
                               f"({', '.join(sorted(KNOWN_SUFFIXES))})")
            for file in files:
                yield from read_file(file, published)
        else:
            yield from read_file(path, published)
