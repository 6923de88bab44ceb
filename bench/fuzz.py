"""Fuzz the readers, the extractor and the SQLite store with generated inputs.

Usage: python bench/fuzz.py [--inputs 10000] [--seed 7] [--no-extract]
                            [--crash-file fuzz-crash.json]

Inputs are a mix of random bytes, random unicode, mutated JSONL/JSON/HTML and
music-news-like sentences with odd names (emoji, punctuation only, Cypher/SQL,
quotes, newlines, right-to-left text, impossible dates). Each goes through
``read_bytes`` under a random file suffix; every article read goes through
``Extractor.extract_many`` (``nlp.pipe`` batches) and then ``SQLiteStore.load``.
A crash is any exception: bad input must come back as a ``BadInput`` record.
The first crash's input and traceback are saved to ``--crash-file``.

Prints counts of inputs, articles, bad records, facts, crashes and seconds; the
last line is the ratio of fuzzed inputs per second to the readers-only rate
measured in the same process (the baseline).
"""

from __future__ import annotations

import argparse
import base64
import json
import random
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from artistgraph.graph.model import Article
from artistgraph.graph.sqlite_store import SQLiteStore
from artistgraph.loaders.readers import BadInput, read_bytes

SUFFIXES = ["", ".txt", ".md", ".html", ".jsonl", ".json"]

ODD_NAMES = [
    "!!!", "...", "--", "?", "🎤🎶", "💜 BTS 💜", "Ⅸ", "V", "IU", "j-hope", "KISS OF LIFE",
    "(G)I-DLE", "Sigur Rós", "Beyoncé", "B\u0301eyonce\u0301", "Zero\u200bWidth",
    "מוזיקה", "موسيقى", "아이유", "美空ひばり", "Robert'); DROP TABLE entities;--",
    "MATCH (n) DETACH DELETE n", "\" OR 1=1 --", "back\\slash", "new\nline",
    "tab\tbed", "a" * 300, "The The", "the", "'", "“”", "Mr. & Mrs.", "100%", "$uicideboy$",
    "ÆØÅ", "null", "None", "{{name}}", "<script>alert(1)</script>", "\u202eevil",
]
RELEASES = ["Butter", "Love wins all", "…", "\"Quoted\"", "🔥", "DROP TABLE facts", "1989",
            "Untitled\nUnmastered", "#", "Ⅱ", "Dynamite (feat. X)"]
DATES = ["May 21, 2021", "2024-13-45", "February 30, 2024", "next Tuesday", "the 31st of never",
         "1999", "Q3 2025", "on 0000-00-00", "yesterday", "in the year 10000", "3024-01-01"]
TEMPLATES = [
    "{a} released the single {r} on {d}.",
    "{a} released “{r}” featuring {b} on {d}, and {c} directed the music video.",
    "{a}, a member of {b}, enlisted in the military on {d}.",
    "{a} and {b} collaborated on {r}, out {d}. Directed by {c}.",
    "The group {b} (members {a} and {c}) will drop {r} {d}.",
    "{r} by {a} feat. {b} arrives {d}; {c} says: \"{a} is {b}\".",
    "{a}{b}{c}{r}{d}",
    "{a}.{b}.{c} released {r}.Today {d}",
]


def news_text(rng: random.Random) -> str:
    """A music-news-like paragraph of 1-6 sentences with odd names and dates."""
    sentences = [
        rng.choice(TEMPLATES).format(
            a=rng.choice(ODD_NAMES), b=rng.choice(ODD_NAMES), c=rng.choice(ODD_NAMES),
            r=rng.choice(RELEASES), d=rng.choice(DATES))
        for _ in range(rng.randint(1, 6))
    ]
    return " ".join(sentences)


def random_unicode(rng: random.Random, n: int) -> str:
    """Code points from ASCII, Latin, combining marks, CJK, emoji, controls and
    the surrogate range (unpaired surrogates cannot be encoded, which is the point)."""
    ranges = [(0x20, 0x7E), (0x0, 0x1F), (0xA0, 0x24F), (0x300, 0x36F), (0xAC00, 0xD7A3),
              (0x4E00, 0x9FFF), (0x1F300, 0x1FAFF), (0xD800, 0xDFFF), (0xFFF0, 0xFFFF),
              (0x200B, 0x202E)]
    out = []
    for _ in range(n):
        lo, hi = rng.choice(ranges)
        out.append(chr(rng.randint(lo, hi)))
    return "".join(out)


def to_bytes(text: str, rng: random.Random) -> bytes:
    encoding = rng.choice(["utf-8", "utf-8", "utf-8-sig", "utf-16"])
    return text.encode(encoding, "surrogatepass")


def mutate(data: bytes, rng: random.Random) -> bytes:
    """Delete, insert, flip, duplicate or truncate a few bytes."""
    buf = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if not buf:
            break
        i = rng.randrange(len(buf))
        op = rng.randrange(5)
        if op == 0:
            del buf[i:i + rng.randint(1, 20)]
        elif op == 1:
            buf[i:i] = rng.choice([b"{", b"}", b"[", b"]", b'"', b"\\", b"\n", b"<div>", b"\x00",
                                   b"\xff", b"\\ud800", b"<!--", b"]]>", b"&#0;", b"\xc3"])
        elif op == 2:
            buf[i] ^= 1 << rng.randrange(8)
        elif op == 3:
            j = min(len(buf), i + rng.randint(1, 200))
            buf[i:i] = buf[i:j] * rng.randint(1, 5)
        else:
            del buf[i:]
    return bytes(buf)


def jsonl_doc(rng: random.Random) -> bytes:
    rows = []
    for k in range(rng.randint(1, 4)):
        row: dict = {"id": rng.choice([f"a{k}", k, None, "", True, [k], "💜"]),
                     "text": rng.choice([news_text(rng), "", None, 5, ["x"]]),
                     "title": rng.choice(["", "T", None, 3]),
                     "published": rng.choice([None, "2024-03-08", "2024-13-45", "", 20240101,
                                              "2024-02-30T10:00:00Z"])}
        if rng.random() < 0.2:
            del row[rng.choice(list(row))]
        rows.append(json.dumps(row, ensure_ascii=rng.random() < 0.5))
    return ("\n".join(rows) + "\n").encode()


def json_doc(rng: random.Random) -> bytes:
    records = [{"id": f"j{k}", "text": news_text(rng)} for k in range(rng.randint(0, 3))]
    return json.dumps(rng.choice([records, {"articles": records}, {"articles": 1}])).encode()


def html_doc(rng: random.Random) -> bytes:
    paragraphs = "".join(f"<p>{news_text(rng)}</p>" for _ in range(rng.randint(1, 4)))
    nest = "<div>" * rng.choice([0, 1, 5, 300])
    return (f"<html><head><title>{rng.choice(ODD_NAMES)}</title></head><body>{nest}"
            f"<article>{paragraphs}</article></body></html>").encode()


def generate(rng: random.Random) -> tuple[str, bytes]:
    """One fuzz input: (suffix, bytes)."""
    kind = rng.random()
    if kind < 0.12:
        data = rng.randbytes(rng.randint(0, 400))
    elif kind < 0.25:
        data = to_bytes(random_unicode(rng, rng.randint(0, 300)), rng)
    elif kind < 0.55:
        data = to_bytes(news_text(rng), rng)
        return rng.choice([*SUFFIXES[:3], ""]), data
    else:
        maker: Callable[[random.Random], bytes] = rng.choice([jsonl_doc, json_doc, html_doc])
        data = maker(rng)
        if rng.random() < 0.6:
            data = mutate(data, rng)
        suffix = {jsonl_doc: ".jsonl", json_doc: ".json", html_doc: ".html"}[maker]
        return rng.choice([suffix, suffix, ""]), data
    return rng.choice(SUFFIXES), data


class Crashes:
    """Counts crashes and saves the first one's input and traceback."""

    def __init__(self, path: Path):
        self.path, self.count = path, 0

    def record(self, stage: str, suffix: str, data: bytes | str) -> None:
        self.count += 1
        if self.count > 1:
            return
        raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
        self.path.write_text(json.dumps({
            "stage": stage, "suffix": suffix, "input_base64": base64.b64encode(raw).decode(),
            "input_preview": raw[:500].decode("utf-8", "replace"),
            "traceback": traceback.format_exc()}, indent=2, ensure_ascii=False))
        print(f"crash in {stage}: {traceback.format_exc().strip().splitlines()[-1]} "
              f"(saved to {self.path})", file=sys.stderr)


def read_all(inputs: list[tuple[str, bytes]], crashes: Crashes) -> tuple[list[Article], int]:
    articles: list[Article] = []
    bad = 0
    for n, (suffix, data) in enumerate(inputs):
        try:
            for item in read_bytes(data, f"fuzz{n}{suffix}", suffix):
                if isinstance(item, BadInput):
                    bad += 1
                else:
                    articles.append(item)
        except Exception:
            crashes.record("read", suffix, data)
    return articles, bad


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-extract", action="store_true", help="readers and store only")
    parser.add_argument("--crash-file", type=Path, default=Path("fuzz-crash.json"))
    args = parser.parse_args()

    rng = random.Random(args.seed)
    inputs = [generate(rng) for _ in range(args.inputs)]
    crashes = Crashes(args.crash_file)

    start = time.perf_counter()
    articles, bad = read_all(inputs, crashes)
    read_seconds = time.perf_counter() - start

    facts = 0
    extract_seconds = 0.0
    if not args.no_extract:
        from artistgraph.loaders.extract import Extractor

        extractor = Extractor()
        with tempfile.TemporaryDirectory() as tmp:
            store = SQLiteStore(Path(tmp) / "fuzz.db")
            t0 = time.perf_counter()
            slowest = (0.0, 0)
            for i in range(0, len(articles), 256):
                chunk = articles[i:i + 256]
                t_chunk = time.perf_counter()
                try:
                    extractions = list(extractor.extract_many(chunk))
                except Exception:
                    # Find the article(s) that broke the batch, one at a time.
                    extractions = []
                    for article in chunk:
                        try:
                            extractions.append(extractor.extract(article))
                        except Exception:
                            crashes.record("extract", "", article.text)
                for extraction in extractions:
                    try:
                        store.load(extraction)
                        extractor.gazetteer.add_extraction(extraction)
                        facts += len(extraction.facts)
                    except Exception:
                        crashes.record("store", "", extraction.article.text)
                took = time.perf_counter() - t_chunk
                slowest = max(slowest, (took, i))
                print(f"  {i + len(chunk)}/{len(articles)} articles, "
                      f"{time.perf_counter() - t0:.0f} s", file=sys.stderr, flush=True)
            extract_seconds = time.perf_counter() - t0
            stats = store.stats()
            store.close()
        print(f"slowest batch of 256: {slowest[0]:.1f} s (articles {slowest[1]}+)")
        print(f"store: {stats['articles']} articles, {stats['entities']} entities, "
              f"{stats['facts']} facts, {stats['evidence']} evidence")

    total = read_seconds + extract_seconds
    print(f"inputs {len(inputs)}, articles {len(articles)}, bad records {bad}, "
          f"facts extracted {facts}")
    print(f"crashes {crashes.count}")
    print(f"seconds: read {read_seconds:.2f}, extract+load {extract_seconds:.2f}, "
          f"total {total:.2f}")
    # Baseline in the same process: the readers alone.
    print(f"ratio (inputs/s overall vs readers only): "
          f"{(len(inputs) / total) / (len(inputs) / read_seconds):.3f}")
    sys.exit(1 if crashes.count else 0)


if __name__ == "__main__":
    main()
