"""What every relation rule works on: the :class:`Context` of one article (parse,
mentions, entities, lookups), the :class:`Candidate` fact a rule proposes, and the
modality of a statement (hedged, denied, unconfirmed)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from artistgraph.graph.model import EntityType
from artistgraph.loaders.entities import TYPEABLE_SOURCES, Entity
from artistgraph.loaders.lexicon import HEDGES, NEGATIONS, PERSON_ROLES
from artistgraph.loaders.mentions import Mention, doc_text, span_text, span_tokens, tokens

P, G, R, O = EntityType.PERSON, EntityType.GROUP, EntityType.RELEASE, EntityType.ORGANIZATION

ART = frozenset({P, G})


@dataclass
class Candidate:
    relation: str
    subject: int  # entity index
    object: int | str | None  # entity index, or ISO date / None for dated relations
    start: int  # char span of the evidence
    end: int
    sent: Span
    confidence: float
    rule: str
    subject_type: EntityType | None = None  # type the pattern implies
    object_type: EntityType | None = None


class Context:
    """One article's parse, mentions and entities, with lookup helpers."""

    def __init__(self, doc: Doc, mentions: list[Mention], entities: list[Entity], published: date | None):
        self.doc = doc
        self.text = doc_text(doc)  # Doc.text rebuilds the string on every access
        self.mentions = [m for m in mentions if m.entity >= 0]
        self.entities = entities
        self.published = published
        self.sents = list(doc.sents)
        self.tokens = tokens(doc)
        self.char_starts = [t.idx for t in self.tokens]
        self.char_ends = [t.idx + len(t) for t in self.tokens]
        self.date_ents = [e for e in doc.ents if e.label_ in {"DATE", "TIME"}]
        self.by_sent: dict[int, list[Mention]] = {}
        for m in self.mentions:
            self.by_sent.setdefault(m.sent, []).append(m)
        self.sent_index = {sent.start: i for i, sent in enumerate(self.sents)}
        self.token_mention: dict[int, Mention] = {}
        for m in self.mentions:
            for i in range(m.start, m.end):
                self.token_mention[i] = m
        # a release's own words say nothing of the sentence ("“Do Not Touch” came out", "“Can't Stop” is out")
        doc.user_data["title_tokens"] = frozenset(
            i for m in self.mentions if entities[m.entity].type is EntityType.RELEASE for i in range(m.start, m.end))

    def mention_counts(self, etype: EntityType) -> dict[int, int]:
        """Named mentions per entity of one type (how much the article talks about each)."""
        counts: dict[int, int] = {}
        for m in self.mentions:
            if not m.pronoun and self.etype(m) is etype:
                counts[m.entity] = counts.get(m.entity, 0) + 1
        return counts

    def etype(self, m: Mention) -> EntityType | None:
        return self.entities[m.entity].type

    def fits(self, m: Mention, wanted: frozenset[EntityType] | set[EntityType], allow_untyped: bool,
             any_source: bool = False) -> bool:
        etype = self.entities[m.entity].type
        if etype in wanted:
            return True
        if etype is not None or not allow_untyped:
            return False
        source = m.source.split("+")[0]
        if any_source and source in {"ner:NORP", "ner:GPE", "ner:LOC", "ner:FAC"} and (source == "ner:NORP" or (
                m.end < len(self.doc) and (self.tokens[m.end].text[:1].isupper() or self.tokens[m.end].lower_ in PERSON_ROLES))):
            return False  # "featuring Kenyan star Malo", "feat. Memphis rapper X": where, not who
        return allow_untyped and etype is None and (any_source or source in TYPEABLE_SOURCES)

    def between(self, a: Mention, b: Mention) -> str:
        return self.text[self.char_ends[a.end - 1]:self.char_starts[b.start]]

    def after(self, m: Mention, chars: int = 60) -> str:
        end = self.char_ends[m.end - 1]
        return self.text[end:end + chars]

    def before(self, m: Mention, chars: int = 60) -> str:
        first = self.char_starts[m.start]
        return self.text[max(0, first - chars):first]

    def char_span(self, *ms: Mention) -> tuple[int, int]:
        return min(self.char_starts[m.start] for m in ms), max(self.char_ends[m.end - 1] for m in ms)

    def focus_release(self, sent: int, before_token: int | None = None) -> Mention | None:
        """The release the text is talking about: the latest one named in this
        or the two previous sentences (a quoted title first)."""
        for s in range(sent, max(-1, sent - 3), -1):
            found = [m for m in self.by_sent.get(s, []) if self.etype(m) is R]
            if found:
                quoted = [m for m in found if m.quoted and not m.pronoun]
                return (quoted or [m for m in found if not m.pronoun] or found)[-1]
        return None


def focus_group(ctx: Context, sent: int) -> Mention | None:
    """The band the text is about at sentence ``sent``: of the groups named in
    this or the three previous sentences, the one the article names most,
    if it names it at least twice and twice as often as any other."""
    recent = [m for s in range(max(0, sent - 3), sent + 1) for m in ctx.by_sent.get(s, [])
              if ctx.etype(m) is G]
    if not recent:
        return None
    counts = ctx.mention_counts(G)
    lead = {m.entity for m in ctx.by_sent.get(0, []) if ctx.etype(m) is G}  # the band of the first sentence
    ranked = sorted({m.entity for m in recent}, key=lambda e: (-counts.get(e, 0), e not in lead))
    top, second = counts.get(ranked[0], 0), (counts.get(ranked[1], 0) if len(ranked) > 1 else 0)
    if top < 2 or (second * 2 > top and not (ranked[0] in lead and top > second)):
        return None  # no clear subject band (the lead's band may win by a smaller margin)
    return next(m for m in reversed(recent) if m.entity == ranked[0])


_SIDE_CLAUSES = {"advcl", "relcl", "acl", "parataxis", "conj"}


def _statement_words(sent: Span, anchor: Token) -> set[str]:
    """The words that qualify the statement ``anchor`` belongs to: its own clause and
    the clauses above it, but not side clauses ("Having teased a possible
    team-up, Pixie Owl put out “Hold Me Close”": the release is not hedged)."""
    head = anchor
    while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
        head = head.head
    cache = sent.doc.user_data.setdefault("statement_words", {})
    key = (sent.start, head.i)
    if key not in cache:  # the anchors of one clause share its words
        cache[key] = frozenset(_clause_words(head) & _prose_words(sent))
    return set(cache[key])


def _clause_words(head: Token) -> set[str]:
    skip = {t.i for c in head.children if c.dep_ in _SIDE_CLAUSES and c.pos_ in {"VERB", "AUX"} for t in c.subtree}
    words = {t.lower_ for t in head.subtree if t.i not in skip}
    node = head
    while node.head.i != node.i:  # "dismissed rumours that she had joined forces": the clauses above qualify it
        parent = node.head
        words.add(parent.lower_)
        for c in parent.children:
            # the parent's negation and adverbs qualify it, its noun phrases do not ("a much-rumoured break-up
            # came while she toured with bandmates": the rumour is about the break-up)
            if c.i != node.i and c.dep_ in {"neg", "aux", "auxpass", "advmod", "npadvmod", "prt", "acomp"}:
                words.update(t.lower_ for t in c.subtree)
        node = parent
    return words


def _prose_words(sent: Span) -> set[str]:
    """The sentence's words, lower-cased, without the capitalised words inside it: in prose
    those are names and titles ("“Not Tonight” was released": no negation), unless the
    whole sentence is title-cased (a headline: "Label Denies Breakup Rumours")."""
    cache = sent.doc.user_data.setdefault("prose_words", {})
    key = (sent.start, sent.end)
    if key not in cache:
        cache[key] = frozenset(_read_prose_words(sent))
    return set(cache[key])


def _read_prose_words(sent: Span) -> set[str]:
    titles = sent.doc.user_data.get("title_tokens", frozenset())
    words = [t for t in tokens(sent.doc)[sent.start:sent.end] if t.i not in titles]
    alpha = [t for t in words if t.is_alpha]
    capitalised = [t for t in alpha if t.text[:1].isupper()]
    if len(capitalised) >= 0.6 * len(alpha):
        return {t.lower_ for t in words}
    return {t.lower_ for t in words if t.is_sent_start or not t.text[:1].isupper() or t.text == "I"}


# Wording anywhere in a sentence that leaves its claims unconfirmed: an anonymous source, or a
# denial of confirmation in another clause ("..., though her label says nothing is yet confirmed")
_UNCONFIRMED = re.compile(
    r"\b(?:(?:a|one|two|several|multiple)\s+(?:[\w-]+\s+){0,2}?(?:sources?|insiders?)|sources\s+(?:close|familiar|say|said|told|claim)|"
    r"(?:an|the)\s+insider|according\s+to\s+(?:a\s+|an\s+)?(?:source|insider|tabloid|rumour|rumor)s?|"
    r"nothing\s+(?:has\s+been|had\s+been|is|was)\s+(?:yet\s+)?(?:confirmed|decided|finali[sz]ed)|"
    r"(?:has|have|had)\s+yet\s+to\s+(?:confirm|be\s+confirmed)|declined\s+to\s+confirm|"
    r"(?:could|would|did)\s+(?:not|n't)\s+confirm|unconfirmed|(?:neither|nobody|no\s+one)\b[^.;]{0,40}?\b"
    r"(?:has|have|had)\s+confirmed)\b", re.I)

# A correction notice repeats the claim it withdraws: "An earlier version of this article said A directed X",
# "We wrongly reported that ..."
_WITHDRAWN = re.compile(
    r"\b(?:(?:earlier|previous|prior|original|first)\s+version\s+of\s+this\s+(?:article|story|report|post|piece|review|"
    r"item|list)\s+(?:\w+\s+){0,2}?(?:said|stated|reported|claimed|named|listed|credited|gave|called|described|"
    r"misstated|misidentified|misnamed|misattributed|incorrectly|wrongly|mistakenly)|"
    r"we\s+(?:incorrectly|wrongly|mistakenly|erroneously)\s+(?:said|stated|reported|named|listed|credited))\b", re.I)

# A sentence that denies, or will not confirm, what the one before it reported: "Her label
# dismissed the story." (but not "The label dismissed claims that ...", which states its own claim)
_BACK_REFERENCE = (r"\s+(?:(?:the|these|those|this|that|such|any)\s+(?:[\w-]+\s+)?(?:reports?|rumou?rs?|claims?|story|"
                   r"stories|speculation|allegations?|news)\b(?!\s+that)|it\b)")

# a claim of the sentence itself before its denial or withheld confirmation
_OWN_CLAIM_BEFORE = re.compile(r"\b(?:reportedly|rumou?red|allegedly|said\s+to\s+be|is\s+believed|according\s+to|"
                               r"sources?\s+(?:say|said|claim)|speculat\w+|reports?\s+(?:say|said|claim))\b", re.I)
_DENIED_AFTER = re.compile(r"\b(?:denied|denies|dismissed|dismisses|refuted|refutes|shot\s+down|shoots\s+down)"
                           + _BACK_REFERENCE, re.I)

_UNCONFIRMED_AFTER = re.compile(r"\b(?:(?:has|have|had)\s+yet\s+to|declined\s+to|(?:would|did|could|will|has|have)\s+"
                                r"(?:not|n't)|won't|wouldn't|didn't|hasn't|haven't)\s+(?:confirm|confirmed)"
                                + _BACK_REFERENCE, re.I)


def statement_modality(sent: Span, anchor: Token | None = None) -> float:
    """Confidence factor for the statement: 0 when negated/cancelled, low when hedged.
    With ``anchor``, only the words of the anchor's statement count; an anonymous source or
    a withheld confirmation anywhere in the sentence hedges every statement in it.
    Rules ask this of the same sentence many times, so answers are kept on the doc."""
    cache = sent.doc.user_data.setdefault("statement_modality", {})
    key = (sent.start, sent.end, -1 if anchor is None else anchor.i)
    if key not in cache:
        cache[key] = _statement_modality(sent, anchor)
    return cache[key]


def _sentence_modality(sent: Span) -> float | None:
    """What the sentence as a whole says of its claims, whatever the statement: denied or left
    unconfirmed by the next sentence, or an anonymous source; None when it says nothing."""
    if sent.end < len(sent.doc):
        following = span_text(sent.doc[sent.end].sent)
        denied, unconfirmed = _DENIED_AFTER.search(following), _UNCONFIRMED_AFTER.search(following)
        for found in (denied, unconfirmed):
            if found is not None and _OWN_CLAIM_BEFORE.search(following[:found.start()]):
                denied = unconfirmed = None  # "B is said to be recording X, but her agency declined to confirm
                break                        # the story": the sentence denies its own claim, not this one's
        if denied is not None:
            return 0.0  # "An insider says X enlists in June. Her label dismissed the story."
        if unconfirmed is not None:
            return 0.45  # "... Her agency has yet to confirm it."
    if _UNCONFIRMED.search(span_text(sent)):
        return 0.45
    return None


def _statement_modality(sent: Span, anchor: Token | None) -> float:
    cache = sent.doc.user_data.setdefault("sentence_modality", {})
    if (sent.start, sent.end) not in cache:
        cache[(sent.start, sent.end)] = _sentence_modality(sent)
    whole = cache[(sent.start, sent.end)]
    if whole is not None:
        return whole
    words = _prose_words(sent) if anchor is None else _statement_words(sent, anchor)
    if "may" in words and not any(t.text == "may" or (t.text == "May" and t.is_sent_start) for t in span_tokens(sent)):
        words.discard("may")  # the month ("on May 6") or a name ("Colin May"), not the hedge
    if words & {"denied", "deny", "denies", "cancelled", "canceled", "scrapped", "shelved", "rumours", "rumors"} :
        return 0.0
    if words & {"not", "never", "n't"} and not words & {"only", "also"}:
        return 0.3
    if words & (HEDGES - {"reportedly"}):
        return 0.45
    if "reportedly" in words:
        return 0.85
    return 1.0


def withdrawn(sent: Span) -> bool:
    """Whether the sentence is a correction notice repeating the claim it withdraws ("An
    earlier version of this article said the video was directed by A"): nothing in it holds,
    not even what a noun phrase states."""
    cache = sent.doc.user_data.setdefault("withdrawn", {})
    if sent.start not in cache:
        cache[sent.start] = _WITHDRAWN.search(span_text(sent)) is not None
    return cache[sent.start]


def clause_negated(tok: Token) -> bool:
    head = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    return any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in head.children)
