"""The graph as RDF: schema.org where it fits, the ``ag:`` vocabulary for the rest.

What an export holds (the same statements in every RDF format; the quad
formats add where each one comes from):

* the ontology of the ``ag:`` vocabulary, derived from
  :data:`~artistgraph.graph.model.RELATIONS` (labels, comments, Wikidata
  alignment via ``skos:closeMatch``/``skos:relatedMatch``);
* each entity: ``schema:Person`` / ``schema:MusicGroup`` / ``schema:Organization``
  / ``schema:MusicRecording`` (also ``schema:CreativeWork``), with
  ``schema:name`` and ``rdfs:label``, aliases as ``skos:altLabel``, its store
  key as ``ag:key``, and ``owl:sameAs`` links from a links file;
* each fact as a plain triple (``schema:byArtist``, ``schema:memberOf``,
  ``schema:director``, ``schema:datePublished``, ``ag:features``,
  ``ag:collaboratedWith`` in both directions, ``ag:enlistmentDate``; a dated
  fact whose date is unknown becomes ``ag:releasedOn true`` / ``ag:enlisted
  true``), and an ``ag:Assertion`` node that reifies it with
  ``rdf:subject``/``rdf:predicate``/``rdf:object``, ``ag:confidence``
  (xsd:decimal) and ``ag:articles`` (how many articles corroborate it);
* each piece of evidence as an ``ag:Evidence`` node (``ag:sentence``,
  ``ag:start``, ``ag:end``, ``ag:confidence``, ``ag:rule``) derived from its
  article, described as ``schema:NewsArticle`` with PROV-O.

In TriG and N-Quads everything an article contributed (its fact triples and its
evidence nodes) sits in a named graph for that article; the graph is a
``prov:Entity`` ``prov:wasDerivedFrom`` the article, ``prov:generatedAtTime``
the time the store loaded it, ``prov:wasAttributedTo`` this artistgraph
version. Everything else is in the default graph. The union of all graphs is
exactly what the triple formats hold.

IRIs come from store keys only (percent-encoded, so any name is safe), and no
blank node is ever written, so the same store exported twice gives the same
bytes. N-Triples and N-Quads are written as a stream, block by block; Turtle,
TriG and JSON-LD go through an rdflib graph, which needs the whole export in
memory.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import BinaryIO
from urllib.parse import quote

from artistgraph.graph.export import RDF_FORMATS, ExportError
from artistgraph.graph.model import RELATIONS, EntityType, Relation
from artistgraph.graph.store import GraphStore, StoredEntity, StoredFact

# The vocabulary's namespace is the same for every export, whatever --base
# says, so exports from different stores share terms. ``.example`` is a
# reserved top-level domain: these IRIs name things, nothing is served there.
VOCAB = "https://artistgraph.example/ns#"
DEFAULT_BASE = "https://artistgraph.example/id/"
SOFTWARE = "https://artistgraph.example/software/artistgraph/"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
SCHEMA = "https://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"
WD = "http://www.wikidata.org/entity/"

PREFIXES = {
    "ag": VOCAB, "schema": SCHEMA, "prov": PROV, "dcterms": DCTERMS, "skos": SKOS,
    "owl": OWL, "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "wd": WD,
}

ENTITY_CLASSES: dict[str, tuple[str, ...]] = {
    EntityType.PERSON: (SCHEMA + "Person",),
    EntityType.GROUP: (SCHEMA + "MusicGroup",),
    EntityType.RELEASE: (SCHEMA + "MusicRecording", SCHEMA + "CreativeWork"),
    EntityType.ORGANIZATION: (SCHEMA + "Organization",),
}
UNKNOWN_TYPE_CLASS = SCHEMA + "Thing"

# Local names only where a relation's label does not make a good one; the
# relation's meaning (label, comment, alignments) stays in RELATIONS.
_DATE_TERMS = {"ENLISTED": "enlistmentDate"}

DATE_TYPES = (XSD + "date", XSD + "gYearMonth", XSD + "gYear")


def software_version() -> str:
    """The installed artistgraph version, e.g. ``'0.1.0'``."""
    try:
        return importlib.metadata.version("artistgraph")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - run from a checkout
        return "0.0.0"


def software_iri(version: str | None = None) -> str:
    return SOFTWARE + (version or software_version())


# -- terms -------------------------------------------------------------------
def _camel(label: str) -> str:
    """``'collaborated with'`` -> ``'collaboratedWith'``."""
    words = re.split(r"[^0-9A-Za-z]+", label.strip())
    words = [w for w in words if w]
    return words[0].lower() + "".join(w[:1].upper() + w[1:] for w in words[1:])


@dataclass(frozen=True)
class RelationTerms:
    """The RDF predicates one relation is written with.

    ``predicate`` links the subject to the object entity, or for a dated
    relation to the date; ``flag`` (dated relations only) says the event
    happened when the date is unknown (object ``true``).
    """

    relation: Relation
    predicate: str
    flag: str | None = None

    @property
    def predicates(self) -> tuple[str, ...]:
        return (self.predicate,) if self.flag is None else (self.predicate, self.flag)


def relation_terms(relation: Relation) -> RelationTerms:
    """The predicates of one relation: schema.org's term when the relation
    names one, otherwise an ``ag:`` term made from its label.

    >>> relation_terms(RELATIONS["FEATURES"]).predicate
    'https://artistgraph.example/ns#features'
    """
    own = VOCAB + _camel(relation.label)
    if not relation.is_dated:
        return RelationTerms(relation, SCHEMA + relation.schema_org if relation.schema_org else own)
    if relation.schema_org:
        dated = SCHEMA + relation.schema_org
    else:
        dated = VOCAB + _DATE_TERMS.get(relation.name, _camel(relation.label) + "Date")
    return RelationTerms(relation, dated, own)


TERMS: dict[str, RelationTerms] = {name: relation_terms(r) for name, r in RELATIONS.items()}


def wikidata_ids(relation: Relation) -> list[str]:
    """``'P175+P3831'`` -> ``['P175', 'P3831']``."""
    return [p for p in relation.wikidata.split("+") if p]


_ESCAPES = {ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r",
            ord("\t"): "\\t", ord("\b"): "\\b", ord("\f"): "\\f"}
for _c in [*range(0x20), 0x7F]:
    _ESCAPES.setdefault(_c, f"\\u{_c:04X}")


def iri(value: str) -> str:
    return f"<{value}>"


def literal(text: str, datatype: str | None = None, lang: str | None = None) -> str:
    """An N-Triples literal; every control character is escaped.

    >>> literal('say "hi"\\n')
    '"say \\\\"hi\\\\"\\\\n"'
    """
    body = '"' + str(text).translate(_ESCAPES) + '"'
    if lang:
        return f"{body}@{lang}"
    if datatype and datatype != XSD + "string":
        return f"{body}^^<{datatype}>"
    return body


def integer(value: int) -> str:
    return f'"{int(value)}"^^<{XSD}integer>'


def decimal(value: float) -> str:
    """A float as an exact-looking xsd:decimal (no exponent).

    >>> decimal(1e-05)
    '"0.00001"^^<http://www.w3.org/2001/XMLSchema#decimal>'
    """
    text = format(Decimal(repr(float(value))), "f")
    return f'"{text}"^^<{XSD}decimal>'


TRUE = f'"true"^^<{XSD}boolean>'

_YEAR = re.compile(r"\d{4}")
_YEAR_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")


def date_literal(iso: str) -> str:
    """An ISO date at its precision: xsd:gYear, xsd:gYearMonth or xsd:date.

    A string that is none of these stays a plain literal, which the SHACL
    shapes reject.

    >>> date_literal("2024-01")
    '"2024-01"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>'
    """
    if _YEAR.fullmatch(iso):
        return literal(iso, XSD + "gYear")
    if _YEAR_MONTH.fullmatch(iso):
        return literal(iso, XSD + "gYearMonth")
    if len(iso) == 10:
        try:
            date.fromisoformat(iso)
        except ValueError:
            pass
        else:
            return literal(iso, XSD + "date")
    return literal(iso)


_EXTRA_DIGITS = re.compile(r"(\.\d{6})\d+")


def datetime_literal(text: str) -> str:
    """An ISO timestamp as xsd:dateTime (nanoseconds, as some stores give,
    cut to microseconds); anything else stays a plain literal."""
    try:
        return literal(datetime.fromisoformat(_EXTRA_DIGITS.sub(r"\1", text)).isoformat(),
                       XSD + "dateTime")
    except ValueError:
        return literal(text)


_HANGUL_ONLY = re.compile(r"[\s\u1100-\u11FF\u3130-\u318F\uA960-\uA97F\uAC00-\uD7AF\uD7B0-\uD7FF]+")


def name_literal(name: str) -> str:
    """A name tagged ``@ko`` when it is written in Hangul only (a reliable sign
    of Korean); any other script stays untagged, because a Latin-script name
    may be English or romanised Korean."""
    if name.strip() and _HANGUL_ONLY.fullmatch(name):
        return literal(name, lang="ko")
    return literal(name)


def encode_segment(text: str) -> str:
    """Percent-encode everything but ASCII letters, digits and '-', so the
    segment is safe in any IRI and never '.' or '..'; '' becomes '_'.

    >>> encode_segment("VORS / 보르스")
    'VORS%20%2F%20%EB%B3%B4%EB%A5%B4%EC%8A%A4'
    """
    if not text:
        return "_"
    return (quote(text, safe="").replace(".", "%2E").replace("_", "%5F").replace("~", "%7E"))


_ABSOLUTE_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\x00-\x20<>\"{}|^`\\\x7F]*")
_WEB_URL = re.compile(r"https?://[^\x00-\x20<>\"{}|^`\\\x7F]+")


def check_base(base: str) -> str:
    """The base IRI to mint under, ending in '/' or '#'; raises ExportError.

    >>> check_base("https://kb.example.org/music")
    'https://kb.example.org/music/'
    """
    if not _ABSOLUTE_IRI.fullmatch(base) or ":" not in base[1:]:
        raise ExportError(f"--base must be an absolute IRI such as {DEFAULT_BASE}, got {base!r}")
    return base if base.endswith(("/", "#")) else base + "/"


class Minter:
    """Mints the IRIs of one export from store keys and article ids.

    Entity, article and graph IRIs are cached: each is needed once per fact or
    evidence row, and minting (percent-encoding) dominates a large export.
    """

    def __init__(self, base: str = DEFAULT_BASE):
        self.base = base
        self._entities: dict[str, str] = {}
        self._articles: dict[str, str] = {}
        self._graphs: dict[str, str] = {}

    def entity(self, key: str) -> str:
        """The entity's IRI: the key's family, then the rest percent-encoded.

        >>> Minter("http://x/").entity("agent:iu")
        'http://x/agent/iu'
        """
        found = self._entities.get(key)
        if found is None:
            family, sep, rest = key.partition(":")
            if sep and family in ("agent", "release"):
                found = f"{self.base}{family}/{encode_segment(rest)}"
            else:
                found = f"{self.base}entity/{encode_segment(key)}"
            self._entities[key] = found
        return found

    def article(self, article_id: str) -> str:
        found = self._articles.get(article_id)
        if found is None:
            found = self._articles[article_id] = f"{self.base}article/{encode_segment(article_id)}"
        return found

    def graph(self, article_id: str) -> str:
        found = self._graphs.get(article_id)
        if found is None:
            found = self._graphs[article_id] = f"{self.base}graph/{encode_segment(article_id)}"
        return found

    def fact(self, fact_id: str) -> str:
        return f"{self.base}fact/{fact_id}"

    def evidence(self, evidence_id: str) -> str:
        return f"{self.base}evidence/{evidence_id}"


def _digest(*parts: object) -> str:
    payload = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.blake2b(payload.encode("utf-8"), digest_size=12).hexdigest()


# -- statements ----------------------------------------------------------------
Triple = tuple[str, str, str]


@dataclass
class Block:
    """Triples that share their graphs: ``graphs`` empty means the default
    graph; several graphs mean the same triples sit in each of them."""

    graphs: tuple[str, ...]
    triples: list[Triple]


@dataclass(frozen=True)
class RdfOptions:
    """``links`` maps an entity key to the IRIs it is owl:sameAs."""

    base: str = DEFAULT_BASE
    min_confidence: float = 0.0
    links: dict[str, tuple[str, ...]] = field(default_factory=dict)


A = RDF + "type"
LABEL = RDFS + "label"
COMMENT = RDFS + "comment"


def ontology_triples(version: str | None = None) -> list[Triple]:
    """The ``ag:`` vocabulary, with its alignments, as N-Triples terms."""
    version = version or software_version()
    out: list[Triple] = []

    def add(s: str, p: str, o: str) -> None:
        out.append((iri(s), iri(p), o))

    def describe(term: str, kind: str, label: str, comment: str) -> None:
        add(term, A, iri(kind))
        add(term, LABEL, literal(label, lang="en"))
        add(term, COMMENT, literal(comment, lang="en"))
        add(term, RDFS + "isDefinedBy", iri(VOCAB))

    add(VOCAB, A, iri(OWL + "Ontology"))
    add(VOCAB, LABEL, literal("artistgraph vocabulary", lang="en"))
    add(VOCAB, COMMENT, literal(
        "Terms artistgraph uses where schema.org has none: relations read from music "
        "news, and the assertions and evidence that support each fact.", lang="en"))
    add(VOCAB, OWL + "versionInfo", literal(version))

    describe(VOCAB + "Assertion", OWL + "Class", "assertion",
             "A fact of the graph, reified: its subject, predicate and object, the highest "
             "confidence of its evidence and how many articles corroborate it.")
    add(VOCAB + "Assertion", RDFS + "subClassOf", iri(RDF + "Statement"))
    describe(VOCAB + "Evidence", OWL + "Class", "evidence",
             "One place an article states a fact: the sentence and the character span.")
    add(VOCAB + "Evidence", RDFS + "subClassOf", iri(PROV + "Entity"))
    describe(VOCAB + "SourceGraph", OWL + "Class", "source graph",
             "The named graph of what one article contributed to the graph.")
    add(VOCAB + "SourceGraph", RDFS + "subClassOf", iri(PROV + "Entity"))

    meta = [
        ("key", OWL + "DatatypeProperty", "key", "The entity's key in the artistgraph store."),
        ("articles", OWL + "DatatypeProperty", "articles",
         "How many distinct articles mention the entity or corroborate the assertion."),
        ("confidence", OWL + "DatatypeProperty", "confidence",
         "Extraction confidence between 0 and 1 (of an assertion: its best evidence)."),
        ("relation", OWL + "DatatypeProperty", "relation",
         "The name of the artistgraph relation (as in graph.model.RELATIONS)."),
        ("sentence", OWL + "DatatypeProperty", "sentence",
         "The sentence the evidence was read in."),
        ("start", OWL + "DatatypeProperty", "start",
         "Character offset where the evidence starts in the article text."),
        ("end", OWL + "DatatypeProperty", "end",
         "Character offset where the evidence ends in the article text."),
        ("rule", OWL + "DatatypeProperty", "rule",
         "The extraction rule that produced the evidence."),
        ("evidence", OWL + "ObjectProperty", "evidence", "Evidence that supports the assertion."),
    ]
    for local, kind, label, comment in meta:
        describe(VOCAB + local, kind, label, comment)

    for name, terms in TERMS.items():
        rel = terms.relation
        entries: list[tuple[str, str, str]] = []  # (term, label, comment)
        if rel.is_dated:
            entries.append((terms.predicate, f"{rel.label} (date)", rel.comment))
            entries.append((terms.flag or "", f"{rel.label} (date unknown)",
                            rel.comment + " Used with the value true when the date is unknown."))
        else:
            entries.append((terms.predicate, rel.label, rel.comment))
        for term, label, comment in entries:
            add(term, VOCAB + "relation", literal(name))
            ids = wikidata_ids(rel)
            match = SKOS + ("closeMatch" if len(ids) == 1 else "relatedMatch")
            for pid in ids:
                add(term, match, iri(WD + pid))
            if not term.startswith(VOCAB):
                continue  # a schema.org term: aligned above, defined by schema.org
            kind = OWL + ("DatatypeProperty" if rel.is_dated else "ObjectProperty")
            describe(term, kind, label, comment)
            if rel.symmetric:
                add(term, A, iri(OWL + "SymmetricProperty"))
            for etype in sorted(rel.subject_types):
                add(term, SCHEMA + "domainIncludes", iri(ENTITY_CLASSES[etype][0]))
            for etype in sorted(rel.object_types):
                add(term, SCHEMA + "rangeIncludes", iri(ENTITY_CLASSES[etype][0]))
    return out


def entity_triples(
    entity: StoredEntity, minter: Minter, same_as: Iterable[str] = ()
) -> list[Triple]:
    s = iri(minter.entity(entity.key))
    out = [(s, iri(A), iri(c)) for c in ENTITY_CLASSES.get(entity.type, (UNKNOWN_TYPE_CLASS,))]
    name = name_literal(entity.name)
    out += [
        (s, iri(VOCAB + "key"), literal(entity.key)),
        (s, iri(SCHEMA + "name"), name),
        (s, iri(LABEL), name),
        (s, iri(VOCAB + "articles"), integer(entity.articles)),
    ]
    out += [(s, iri(SKOS + "altLabel"), name_literal(a)) for a in sorted(set(entity.aliases))]
    out += [(s, iri(OWL + "sameAs"), iri(target)) for target in sorted(set(same_as))]
    return out


def article_triples(article: dict, minter: Minter, agent: str) -> list[Triple]:
    """The article (schema:NewsArticle) and the PROV-O description of its graph."""
    aid = str(article["id"])
    a, g = iri(minter.article(aid)), iri(minter.graph(aid))
    out = [
        (a, iri(A), iri(SCHEMA + "NewsArticle")),
        (a, iri(A), iri(PROV + "Entity")),
        (a, iri(DCTERMS + "identifier"), literal(aid)),
        (g, iri(A), iri(VOCAB + "SourceGraph")),
        (g, iri(A), iri(PROV + "Entity")),
        (g, iri(PROV + "wasDerivedFrom"), a),
        (g, iri(PROV + "wasAttributedTo"), iri(agent)),
    ]
    if article.get("title"):
        out.append((a, iri(DCTERMS + "title"), literal(article["title"])))
    if article.get("published"):
        published = str(article["published"])[:10]
        out.append((a, iri(DCTERMS + "issued"), date_literal(published)))
    source = article.get("source") or ""
    if _WEB_URL.fullmatch(source):
        out.append((a, iri(SCHEMA + "url"), iri(source)))
        out.append((g, iri(PROV + "hadPrimarySource"), iri(source)))
    elif source:
        out.append((a, iri(DCTERMS + "source"), literal(source)))
    if article.get("loaded_at"):
        # The time the store loaded the article, never the export time, so
        # exports of one store are identical.
        out.append((g, iri(PROV + "generatedAtTime"), datetime_literal(str(article["loaded_at"]))))
    return out


def software_triples(version: str) -> list[Triple]:
    s = iri(software_iri(version))
    return [
        (s, iri(A), iri(PROV + "SoftwareAgent")),
        (s, iri(LABEL), literal(f"artistgraph {version}")),
        (s, iri(SCHEMA + "softwareVersion"), literal(version)),
    ]


# Terms every fact repeats, written once.
_TYPE, _ASSERTION, _EVIDENCE = iri(RDF + "type"), iri(VOCAB + "Assertion"), iri(VOCAB + "Evidence")
_SUBJECT, _PREDICATE, _OBJECT = iri(RDF + "subject"), iri(RDF + "predicate"), iri(RDF + "object")
_RELATION, _CONFIDENCE, _ARTICLES = (iri(VOCAB + "relation"), iri(VOCAB + "confidence"),
                                     iri(VOCAB + "articles"))
_HAS_EVIDENCE, _DERIVED_FROM = iri(VOCAB + "evidence"), iri(PROV + "wasDerivedFrom")
_SENTENCE, _START, _END, _RULE = (iri(VOCAB + "sentence"), iri(VOCAB + "start"),
                                  iri(VOCAB + "end"), iri(VOCAB + "rule"))
_RELATION_NAMES = {name: literal(name) for name in RELATIONS}


def fact_blocks(fact: StoredFact, minter: Minter) -> list[Block]:
    """The fact's triple(s) in every supporting article's graph, its
    ag:Assertion in the default graph, and each evidence in its article's graph."""
    terms = TERMS[fact.relation]
    s = f"<{minter.entity(fact.subject)}>"
    if not terms.relation.is_dated:
        p, o = f"<{terms.predicate}>", f"<{minter.entity(str(fact.object))}>"
        direct = [(s, p, o)]
        if terms.relation.symmetric and o != s:
            direct.append((o, p, s))
    elif fact.object:
        p, o = f"<{terms.predicate}>", date_literal(fact.object)
        direct = [(s, p, o)]
    else:
        p, o = f"<{terms.flag or terms.predicate}>", TRUE
        direct = [(s, p, o)]
    fid = _digest(fact.relation, fact.subject, fact.object)
    f = f"<{minter.fact(fid)}>"
    articles = sorted({ev.article for ev in fact.evidence})
    blocks = [
        Block(tuple(f"<{minter.graph(a)}>" for a in articles), direct),
        Block((), [
            (f, _TYPE, _ASSERTION),
            (f, _SUBJECT, s),
            (f, _PREDICATE, p),
            (f, _OBJECT, o),
            (f, _RELATION, _RELATION_NAMES[fact.relation]),
            (f, _CONFIDENCE, decimal(fact.confidence)),
            (f, _ARTICLES, integer(fact.articles)),
        ]),
    ]
    seen: set[str] = set()
    for ev in fact.evidence:
        eid = _digest(fid, ev.article, ev.start, ev.end, ev.rule)
        if eid in seen:
            continue
        seen.add(eid)
        e = f"<{minter.evidence(eid)}>"
        blocks.append(Block((f"<{minter.graph(ev.article)}>",), [
            (f, _HAS_EVIDENCE, e),
            (e, _TYPE, _EVIDENCE),
            (e, _DERIVED_FROM, f"<{minter.article(ev.article)}>"),
            (e, _SENTENCE, literal(ev.sentence)),
            (e, _START, integer(ev.start)),
            (e, _END, integer(ev.end)),
            (e, _CONFIDENCE, decimal(ev.confidence)),
            (e, _RULE, literal(ev.rule)),
        ]))
    return blocks


def iter_blocks(store: GraphStore, options: RdfOptions | None = None) -> Iterator[Block]:
    """Every statement of the export, block by block, in a stable order."""
    options = options or RdfOptions()
    minter = Minter(check_base(options.base))
    version = software_version()
    agent = software_iri(version)
    yield Block((), ontology_triples(version))
    yield Block((), software_triples(version))
    for article in sorted(store.articles(), key=lambda a: str(a["id"])):
        yield Block((), article_triples(article, minter, agent))
    for entity in sorted(store.entities(), key=lambda e: e.key):
        yield Block((), entity_triples(entity, minter, options.links.get(entity.key, ())))
    facts = store.facts(min_confidence=options.min_confidence, with_evidence=True)
    facts.sort(key=lambda f: (f.relation, f.subject, f.object or ""))
    for fact in facts:
        yield from fact_blocks(fact, minter)


# -- writing -------------------------------------------------------------------
_FLUSH_LINES = 20_000


def write_ntriples(blocks: Iterable[Block], out: BinaryIO) -> int:
    """Stream N-Triples; each block's triples once, whatever its graphs.
    Returns the number of triples written."""
    count = 0
    lines: list[str] = []
    for block in blocks:
        for s, p, o in block.triples:
            lines.append(f"{s} {p} {o} .\n")
        if len(lines) >= _FLUSH_LINES:
            out.write("".join(lines).encode("utf-8"))
            count += len(lines)
            lines.clear()
    out.write("".join(lines).encode("utf-8"))
    return count + len(lines)


def write_nquads(blocks: Iterable[Block], out: BinaryIO) -> int:
    """Stream N-Quads; a block's triples once per graph. Returns the quad count."""
    count = 0
    lines: list[str] = []
    for block in blocks:
        if not block.graphs:
            lines.extend(f"{s} {p} {o} .\n" for s, p, o in block.triples)
        for g in block.graphs:
            lines.extend(f"{s} {p} {o} {g} .\n" for s, p, o in block.triples)
        if len(lines) >= _FLUSH_LINES:
            out.write("".join(lines).encode("utf-8"))
            count += len(lines)
            lines.clear()
    out.write("".join(lines).encode("utf-8"))
    return count + len(lines)


def bind_prefixes(graph, base: str) -> None:  # graph: rdflib Graph or Dataset
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    for family in ("agent", "release", "article", "graph", "fact", "evidence"):
        graph.bind(family, base + family + "/", override=True, replace=True)


def write_rdf(store: GraphStore, fmt: str, out: BinaryIO, options: RdfOptions | None = None) -> int:
    """Write the export in one RDF format to a binary stream.

    Returns the number of statements (triples, or quads for TriG/N-Quads) written.
    """
    if fmt not in RDF_FORMATS:
        raise ExportError(f"not an RDF format: {fmt!r} (choose from {', '.join(RDF_FORMATS)})")
    options = options or RdfOptions()
    blocks = iter_blocks(store, options)
    if fmt == "ntriples":
        return write_ntriples(blocks, out)
    if fmt == "nquads":
        return write_nquads(blocks, out)

    import rdflib

    buffer = io.BytesIO()
    base = check_base(options.base)
    if fmt == "trig":
        write_nquads(blocks, buffer)
        data = rdflib.Dataset()
        data.parse(data=buffer.getvalue(), format="nquads")
        count = sum(1 for _ in data.quads())
        bind_prefixes(data, base)
        out.write(data.serialize(format="trig", encoding="utf-8"))
        return count
    write_ntriples(blocks, buffer)
    graph = rdflib.Graph()
    graph.parse(data=buffer.getvalue(), format="nt")
    bind_prefixes(graph, base)
    if fmt == "turtle":
        out.write(graph.serialize(format="turtle", encoding="utf-8"))
    else:  # jsonld
        context = {p: ns for p, ns in PREFIXES.items()}
        out.write(graph.serialize(format="json-ld", context=context, indent=2,
                                  encoding="utf-8"))
    return len(graph)


RDFLIB_FORMATS = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld",
                  "trig": "trig", "nquads": "nquads"}
"""The rdflib parser name of each RDF export format."""

