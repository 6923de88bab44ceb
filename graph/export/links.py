"""owl:sameAs links from a CSV file of verified matches.

The file has a header with the columns ``name``, ``wikidata`` and
``musicbrainz`` (any order; either id may be empty)::

    name,wikidata,musicbrainz
    IU,Q5905,b9545342-1e6d-4dae-84ac-013374ad8d7c
    agent:bts,Q13580495,

``name`` is any name or alias of an entity (artists are preferred when a
release has the same name), or an entity key. Wikidata ids may be given as
``Q5905`` or as a Wikidata URL; MusicBrainz ids as an MBID or a MusicBrainz URL.
A name no entity carries is reported and skipped; a malformed row stops the
export with ``FILE:LINE: what is wrong``.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from artistgraph.graph.export import ExportError
from artistgraph.graph.model import EntityType, normalize_name
from artistgraph.graph.store import StoredEntity

COLUMNS = ("name", "wikidata", "musicbrainz")
_QID = re.compile(r"(?:https?://(?:www\.)?wikidata\.org/(?:entity|wiki)/)?(Q[1-9][0-9]*)")
_MBID = re.compile(
    r"(?:https?://(?:www\.)?musicbrainz\.org/(?:artist|release-group)/)?"
    r"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})", re.IGNORECASE)


@dataclass(frozen=True)
class LinkRow:
    line: int
    name: str
    wikidata: str | None  # "Q5905"
    musicbrainz: str | None  # lower-case MBID


def read_links(path: Path) -> list[LinkRow]:
    """Parse a links file; raises ExportError naming the file and line."""
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise ExportError(f"{path}: cannot read links file ({exc.strerror})") from exc
    rows: list[LinkRow] = []
    with handle:
        reader = csv.reader(handle)
        try:
            header = next(reader, None)
            if header is None:
                raise ExportError(
                    f"{path}:1: empty links file (expected the header {','.join(COLUMNS)})")
            header = [h.strip().lower() for h in header]
            missing = [c for c in COLUMNS if c not in header]
            if missing:
                raise ExportError(
                    f"{path}:1: header must name the columns {','.join(COLUMNS)}; "
                    f"missing {','.join(missing)}")
            where = {c: header.index(c) for c in COLUMNS}
            for record in reader:
                line = reader.line_num
                if not any(cell.strip() for cell in record):
                    continue
                if len(record) != len(header):
                    raise ExportError(
                        f"{path}:{line}: expected {len(header)} fields, found {len(record)}")
                name, wikidata, mbid = (record[where[c]].strip() for c in COLUMNS)
                if not name:
                    raise ExportError(f"{path}:{line}: the name is empty")
                qid = _QID.fullmatch(wikidata) if wikidata else None
                if wikidata and qid is None:
                    raise ExportError(
                        f"{path}:{line}: {wikidata!r} is not a Wikidata item id (Q and digits)")
                mb = _MBID.fullmatch(mbid) if mbid else None
                if mbid and mb is None:
                    raise ExportError(f"{path}:{line}: {mbid!r} is not a MusicBrainz id (a UUID)")
                rows.append(LinkRow(line, name, qid.group(1) if qid else None,
                                    mb.group(1).lower() if mb else None))
        except csv.Error as exc:
            raise ExportError(f"{path}:{reader.line_num}: {exc}") from exc
        except UnicodeDecodeError as exc:
            raise ExportError(f"{path}: not UTF-8 text ({exc.reason})") from exc
    return rows


def link_targets(row: LinkRow, entity_type: str) -> list[str]:
    """The IRIs one row links an entity of that type to."""
    out = []
    if row.wikidata:
        out.append(f"http://www.wikidata.org/entity/{row.wikidata}")
    if row.musicbrainz:
        kind = "release-group" if entity_type == EntityType.RELEASE else "artist"
        out.append(f"https://musicbrainz.org/{kind}/{row.musicbrainz}")
    return out


def resolve_links(
    rows: list[LinkRow], entities: list[StoredEntity], path: Path
) -> tuple[dict[str, tuple[str, ...]], list[str]]:
    """Map rows onto entities. Returns ``({entity key: sameAs IRIs}, warnings)``.

    Raises ExportError when a name picks out several artists (or several
    releases), since a wrong owl:sameAs is worse than none.
    """
    by_key = {e.key: e for e in entities}
    by_norm: dict[str, list[StoredEntity]] = defaultdict(list)
    for e in entities:
        for norm in {normalize_name(n) for n in (e.name, *e.aliases)}:
            by_norm[norm].append(e)
    links: dict[str, set[str]] = defaultdict(set)
    warnings: list[str] = []
    for row in rows:
        if row.name in by_key:
            matches = [by_key[row.name]]
        else:
            found = by_norm.get(normalize_name(row.name), [])
            artists = [e for e in found if e.type != EntityType.RELEASE]
            matches = artists or found
        if not matches:
            warnings.append(f"{path}:{row.line}: no entity named {row.name!r}; row skipped")
            continue
        if len(matches) > 1:
            keys = ", ".join(sorted(e.key for e in matches))
            raise ExportError(
                f"{path}:{row.line}: {row.name!r} names several entities ({keys}); "
                "use the entity key instead")
        entity = matches[0]
        links[entity.key].update(link_targets(row, entity.type))
    return {k: tuple(sorted(v)) for k, v in links.items()}, warnings
