"""Relation rules: from typed mentions and the parse to facts with evidence.

Rules come in three shapes, each small and named (the name is kept on every
fact as ``rule``):

* pair rules: two mentions in one sentence and the words between them
  ("BTS' V", "Vertigo by U2", "X, a member of Y", "directed by X");
* trigger rules: a word with a meaning (collaborate, enlist, release, direct)
  and the names its parse attaches to it;
* inferences: a featured artist collaborated with the primary artist.

Hedged statements get low confidence; negated or cancelled ones none.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from artistgraph.graph.model import EntityType
from artistgraph.loaders.dates import anaphoric_year, resolve_date
from artistgraph.loaders.entities import TYPEABLE_SOURCES, Entity
from artistgraph.loaders.lexicon import (
    ACHIEVEMENT_VERBS,
    AWARD_WORDS,
    BAND_ROLES,
    CHART_WORDS,
    GROUP_NOUNS,
    HEDGES,
    NEGATIONS,
    ORG_WORDS,
    PERSON_ROLES,
    PLATFORMS,
    RELEASE_NOUNS,
)
from artistgraph.loaders.mentions import Mention

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
        self.text = doc.text  # Doc.text rebuilds the string on every access
        self.mentions = [m for m in mentions if m.entity >= 0]
        self.entities = entities
        self.published = published
        self.sents = list(doc.sents)
        self.tokens = list(doc)  # spaCy builds a new Token object on every doc[i] / iteration: build them once
        self.date_ents = [e for e in doc.ents if e.label_ in {"DATE", "TIME"}]
        self.by_sent: dict[int, list[Mention]] = {}
        for m in self.mentions:
            self.by_sent.setdefault(m.sent, []).append(m)
        self.sent_index = {sent.start: i for i, sent in enumerate(self.sents)}
        self.token_mention: dict[int, Mention] = {}
        for m in self.mentions:
            for i in range(m.start, m.end):
                self.token_mention[i] = m

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
        etype = self.etype(m)
        if etype in wanted:
            return True
        source = m.source.split("+")[0]
        if any_source and source in {"ner:NORP", "ner:GPE", "ner:LOC", "ner:FAC"} and (source == "ner:NORP" or (
                m.end < len(self.doc) and (self.doc[m.end].text[:1].isupper() or self.doc[m.end].lower_ in PERSON_ROLES))):
            return False  # "featuring South African star Seunzy", "feat. Atlanta rapper X": where, not who
        return allow_untyped and etype is None and (any_source or source in TYPEABLE_SOURCES)

    def between(self, a: Mention, b: Mention) -> str:
        doc = self.doc
        return self.text[doc[a.end - 1].idx + len(doc[a.end - 1]):doc[b.start].idx]

    def after(self, m: Mention, chars: int = 60) -> str:
        last = self.doc[m.end - 1]
        return self.text[last.idx + len(last):last.idx + len(last) + chars]

    def before(self, m: Mention, chars: int = 60) -> str:
        first = self.doc[m.start].idx
        return self.text[max(0, first - chars):first]

    def char_span(self, *ms: Mention) -> tuple[int, int]:
        start = min(self.doc[m.start].idx for m in ms)
        end = max(self.doc[m.end - 1].idx + len(self.doc[m.end - 1]) for m in ms)
        return start, end

    def focus_release(self, sent: int, before_token: int | None = None) -> Mention | None:
        """The release the text is talking about: the latest one named in this
        or the two previous sentences (a quoted title first)."""
        for s in range(sent, max(-1, sent - 3), -1):
            found = [m for m in self.by_sent.get(s, []) if self.etype(m) is R]
            if found:
                quoted = [m for m in found if m.quoted and not m.pronoun]
                return (quoted or [m for m in found if not m.pronoun] or found)[-1]
        return None


def _focus_group(ctx: Context, sent: int) -> Mention | None:
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
    the clauses above it, but not side clauses ("Having hinted at a possible
    collaboration, Doja Cat dropped “Kiss Me More”": the drop is not hedged)."""
    head = anchor
    while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
        head = head.head
    skip = {t.i for c in head.children if c.dep_ in _SIDE_CLAUSES and c.pos_ in {"VERB", "AUX"} for t in c.subtree}
    words = {t.lower_ for t in head.subtree if t.i not in skip}
    node = head
    while node.head.i != node.i:  # "denied rumours that he teamed up": the clauses above qualify it
        parent = node.head
        words.add(parent.lower_)
        for c in parent.children:
            # the parent's negation and adverbs qualify it, its noun phrases do not ("a long-rumoured split
            # came as he spoke with bandmates": the rumour is about the split)
            if c.i != node.i and c.dep_ in {"neg", "aux", "auxpass", "advmod", "npadvmod", "prt", "acomp"}:
                words.update(t.lower_ for t in c.subtree)
        node = parent
    return words & {t.lower_ for t in sent}


# Wording anywhere in a sentence that leaves its claims unconfirmed: an anonymous source, or a
# denial of confirmation in another clause ("..., but his agency said nothing has been confirmed")
_UNCONFIRMED = re.compile(
    r"\b(?:(?:a|one|two|several|multiple)\s+(?:[\w-]+\s+){0,2}?(?:sources?|insiders?)|sources\s+(?:close|familiar|say|said|told|claim)|"
    r"(?:an|the)\s+insider|according\s+to\s+(?:a\s+|an\s+)?(?:source|insider|tabloid|rumour|rumor)s?|"
    r"nothing\s+(?:has\s+been|had\s+been|is|was)\s+(?:yet\s+)?(?:confirmed|decided|finali[sz]ed)|"
    r"(?:has|have|had)\s+yet\s+to\s+(?:confirm|be\s+confirmed)|declined\s+to\s+confirm|"
    r"(?:could|would|did)\s+(?:not|n't)\s+confirm|unconfirmed|(?:neither|nobody|no\s+one)\b[^.;]{0,40}?\b"
    r"(?:has|have|had)\s+confirmed)\b", re.I)


# A sentence that denies, or will not confirm, what the one before it reported: "His agency
# denied the report." (but not "The agency denied reports that ...", which states its own claim)
_BACK_REFERENCE = (r"\s+(?:(?:the|these|those|this|that|such|any)\s+(?:[\w-]+\s+)?(?:reports?|rumou?rs?|claims?|story|"
                   r"stories|speculation|allegations?|news)\b(?!\s+that)|it\b)")
_DENIED_AFTER = re.compile(r"\b(?:denied|denies|dismissed|dismisses|refuted|refutes|shot\s+down|shoots\s+down)"
                           + _BACK_REFERENCE, re.I)
_UNCONFIRMED_AFTER = re.compile(r"\b(?:(?:has|have|had)\s+yet\s+to|declined\s+to|(?:would|did|could|will|has|have)\s+"
                                r"(?:not|n't)|won't|wouldn't|didn't|hasn't|haven't)\s+(?:confirm|confirmed)"
                                + _BACK_REFERENCE, re.I)


def _modality(sent: Span, anchor: Token | None = None) -> float:
    """Confidence factor for the statement: 0 when negated/cancelled, low when hedged.
    With ``anchor``, only the words of the anchor's statement count; an anonymous source or
    a withheld confirmation anywhere in the sentence hedges every statement in it."""
    if sent.end < len(sent.doc):
        following = sent.doc[sent.end].sent.text
        if _DENIED_AFTER.search(following):
            return 0.0  # "A source said X will enlist in May. His agency denied the report."
        if _UNCONFIRMED_AFTER.search(following):
            return 0.45  # "... The label has yet to confirm the news."
    if _UNCONFIRMED.search(sent.text):
        return 0.45
    words = {t.lower_ for t in sent} if anchor is None else _statement_words(sent, anchor)
    if "may" in words and not any(t.text == "may" or (t.text == "May" and t.is_sent_start) for t in sent):
        words.discard("may")  # the month ("on May 6") or a name ("Brian May"), not the hedge
    if words & {"denied", "deny", "denies", "cancelled", "canceled", "scrapped", "shelved", "rumours", "rumors"} :
        return 0.0
    if words & {"not", "never", "n't"} and not words & {"only", "also"}:
        return 0.3
    if words & (HEDGES - {"reportedly"}):
        return 0.45
    if "reportedly" in words:
        return 0.85
    return 1.0


def _clause_negated(tok: Token) -> bool:
    head = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    return any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in head.children)


# -- pair rules ---------------------------------------------------------------

_ROLE = (r"(?:singer|rapper|member|leader|vocalist|dancer|bassist|guitarist|drummer|frontman|"
         r"frontwoman|keyboardist|maknae|pianist|co-founder|founder|lead singer|lead vocalist|"
         r"main vocalist|rapper-dancer|star|sub-vocalist|visual|idol|veteran|alumnus|alum)")
_MOD = r"(?:(?:former|ex-|new|fellow|founding|original|late|youngest|oldest|eldest|lead|main|then-)\s*)"
_POSS = r"(?:'s|’s|‘s|'|’)"
_RELEASE_WORDS = (r"(?:new|latest|upcoming|forthcoming|debut|first|second|third|fourth|fifth|sixth|"
                  r"\d+(?:st|nd|rd|th)|solo|lead|title|hit|classic|breakthrough|sophomore|comeback|"
                  r"full-length|studio|long-awaited|pre-release|earlier|previous|next|own|official|smash|"
                  r"chart-topping|single|album|song|track|ep|mini-album|record|mixtape|ballad|anthem|"
                  r"music|video|cover|version|number|release|project|duet|lp|english|korean|japanese|"
                  r"digital|special|mini|studio|concept|joint|collaborative|last|final|biggest|best-known|famous|"
                  r"most|recent|newest|current|double|cd|live|greatest|seventh|eighth|ninth|tenth|"
                  r"singles|songs|albums|tracks|hits|records|eps|mixtapes|\d{4})")
# "her hits include A", "their first hit was 1972's A", "his album, titled A"
_THEN_TITLE = (rf"(?:(?:include|includes|included|including|like|such as|was|is|were|are|has been|remains|titled|"
               rf"called|entitled)\s+)?(?:(?:19|20)\d\d{_POSS}\s*)?")
_QCOMMA = r"\s*(?:[”\"’']\s*,|,\s*[”\"’']|,)\s*"  # the comma closing a quoted title, either side of the quote
# the end of a quoted title: its closing quote and/or a comma, in either order ("X," / "X",), or nothing
_QEND = r"\s*(?:[”\"’']\s*,?|,\s*[”\"’']?)?\s*"
# nouns a release is introduced with ("the 1968 single by", "his club hit")
_RELEASE_HEAD = (r"(?:single|album|song|track|record|ep|lp|mixtape|mini-album|hit|ballad|anthem|debut|video|"
                 r"release|cut|tune|number|offering|effort|smash|jam|banger|duet|collaboration|ost|b-side)")

PAIR_RULES: list[tuple[str, str, frozenset, frozenset, bool, re.Pattern[str], float, str]] = [
    # (name, relation, types of first mention, types of second, subject is first?, between, confidence)
    ("possessive-member", "MEMBER_OF", frozenset({G}), frozenset({P}), False,
     re.compile(rf"^\s*{_POSS}\s*{_MOD}?(?:{_ROLE}\s+)?$", re.I), 0.85, "possessed-member"),
    ("possessive-untyped-release", "BY_ARTIST", ART, frozenset(), False,
     re.compile(rf"^\s*{_POSS}\s*(?:{_RELEASE_WORDS}\s*,?\s*)*$", re.I), 0.7, "possessed-release"),
    ("group-role-person", "MEMBER_OF", frozenset({G}), frozenset({P}), False,
     re.compile(rf"^\s*{_MOD}?(?:(?!(?:after|before|with|and|by|for|to|from|of|as|when|while|than)\s)[a-z-]+\s+)?"
                rf"{_ROLE}s?\s+$", re.I), 0.9, ""),
    ("group-made-of-people", "MEMBER_OF", frozenset({G}), frozenset({P}), False,
     re.compile(r"^\s*(?:[”\"’']\s*)?,\s*(?:the|a|an)\s+(?:[\w&/-]+\s+){0,3}?(?:duo|trio|band|group|pair|quartet|"
                r"quintet|sextet|septet|octet|outfit|act|unit|supergroup|collective|partnership)\s+(?:of|made up of|"
                r"comprising|consisting of|formed by|fronted by|led by)\s+(?:(?:[\w-]+\s+)?" + _ROLE + r"\s+)?$", re.I),
     0.85, ""),
    ("group-consists-of-people", "MEMBER_OF", frozenset({G}), frozenset({P}), False,
     re.compile(r"^\s*(?:(?:now|currently|still|also)\s+)?(?:consists of|consisted of|consist of|(?:is|was|are|were) "
                r"made up of|comprises|comprised|(?:is|was|are|were) comprised of|(?:is|was|are|were) completed by|"
                r"(?:is|was|are|were) fronted by|(?:is|was|are|were) led by)\s+(?:(?:[\w-]+\s+)?" + _ROLE + r"\s+)?$",
                re.I), 0.85, "typed-group"),
    ("group-welcomed-person", "MEMBER_OF", frozenset({G}), frozenset({P}), False,
     re.compile(r"^\s*(?:(?:has|have|had|recently|officially|just)\s+)*(?:welcomed|welcome|welcomes|added|add|adds|"
                r"recruited|recruits|brought in|bring in|drafted in|unveiled|introduced|enlisted|hired|tapped)\s+"
                r"(?:(?:a|their|its|the)\s+)?(?:new\s+)?(?:(?:[\w-]+\s+)?(?:" + _ROLE + r"|member)s?\s*,?\s+)?$", re.I),
     0.75, "typed-group"),
    ("group-features-members", "MEMBER_OF", frozenset({G}), frozenset({P}), False,
     re.compile(r"^\s*,\s*(?:which\s+|who\s+)?(?:features|featuring|includes|including|comprising|comprises|"
                r"made up of|consisting of|consists of)\s+(?:(?:former|ex-|original)\s+)?$", re.I), 0.75, "typed-group"),
    ("group-person", "MEMBER_OF", frozenset({G}), frozenset({P}), False,
     re.compile(r"^\s+$"), 0.7, "caps-group"),
    ("person-of-group", "MEMBER_OF", frozenset({P}), frozenset({G}), True,
     re.compile(rf"^\s*,?\s*(?:(?:who\s+(?:is|was)|is|was|a|an|the|one|another|former|formerly|previously|once|"
                rf"fellow|lead|main|youngest|oldest|also|now)\s+)*(?:(?:[\w&/-]+\s+){{0,2}}?(?:{_ROLE}s?|half|third)\s+)?"
                rf"(?:of|from|in)\s+(?:the\s+)?"
                rf"(?:(?:[\w-]+\s+){{0,3}}?(?:group|band|act|outfit|unit|duo|trio|septet|quartet)\s+)?$", re.I),
     0.85, ""),
    ("person-belongs-to-group", "MEMBER_OF", frozenset({P}), frozenset({G}), True,
     re.compile(r"^\s*,?\s*(?:who\s+)?(?:(?:has|had|have|recently|officially|also|now|later|then|just|formally)\s+)*"
                r"(?:belongs|belonged|joined|joins|is part|was part|left|leaves|quit|quits|fronts|fronted|fronting|"
                r"leads|led|sings in|sang in|sings for|sang for|plays in|played in|plays for|played for|"
                r"drums for|drummed for|drums in|(?:plays|played) (?:guitar|bass|drums|keys|keyboards) (?:in|for)|"
                r"rejoined|rejoins|co-founded|co-founds|founded)\s+"
                r"(?:to|of)?\s*(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:group|band|act|outfit)\s+)?$", re.I),
     0.85, ""),
    ("members-of-group-are", "MEMBER_OF", frozenset({G}), frozenset({P}), False,
     re.compile(r"^\s*(?:are|were|include|included|includes|:|-|–|—)\s*$", re.I), 0.85, "members-of-before"),
    ("person-bracket-group", "MEMBER_OF", frozenset({P}), frozenset({G}), True,
     re.compile(r"^\s*[(\[]\s*(?:ex-?|former\s+|formerly\s+(?:of|with)\s+|of\s+|from\s+)?$", re.I), 0.75,
     "bracket-closes"),
    ("person-comma-group-role", "MEMBER_OF", frozenset({P}), frozenset({G}), True,
     re.compile(r"^\s*,\s*(?:now\s+|also\s+)?$", re.I), 0.8, "group-role-after"),
    ("people-make-up-group", "MEMBER_OF", frozenset({P}), frozenset({G}), True,
     re.compile(r"^\s*(?:[(][^()]{1,20}[)]\s*)?,?\s*(?:who\s+)?(?:(?:together|now|also|currently)\s+)?"
                r"(?:make up|makes up|made up|comprise|comprised|form|formed|are|were)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?"
                r"(?:group|band|act|outfit|duo|trio|quartet|line-up|lineup|collective|supergroup|crew)\s+(?:of\s+)?)?$",
                re.I), 0.8, "people-list"),
    ("person-a-group-member", "MEMBER_OF", frozenset({P}), frozenset({G}), True,
     re.compile(r"^\s*,\s*(?:another|a|an|the|fellow|former|one of(?: the)?)\s+(?:(?:[\w-]+\s+){0,2}?)$", re.I),
     0.8, "member-after"),
    ("artist-possessive-band", "MEMBER_OF", frozenset({P}), frozenset({G}), True,
     re.compile(rf"^\s*(?:{_POSS})?\s*(?:(?:new|former|old|own|first|current|original|previous|latest|"
                rf"pop|rock|rap|hip-hop|indie|punk)\s+)*(?:band|group|outfit|side-project|side project)\s*,?\s*$",
                re.I), 0.8, "person-pronoun-ok"),
    ("person-departure-from-group", "MEMBER_OF", frozenset({P}), frozenset({G}), True,
     re.compile(rf"^\s*(?:{_POSS})?\s*(?:(?:[a-z]+-)?[a-z]+\s+)?"
                rf"(?:departure|exit|"
                r"resignation|dismissal|sacking|firing)\s+from\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$", re.I),
     0.75, "person-pronoun-ok"),
    ("person-bandmate-in-group", "MEMBER_OF", frozenset({P}), frozenset({G}), True,
     re.compile(rf"^\s*,\s*(?:[\w.-]+\s+){{0,3}}?[\w.-]+{_POSS}\s*(?:fellow\s+)?(?:bandmate|band-mate|groupmate|"
                r"colleague)\s+(?:in|of|from)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I), 0.8, ""),
    ("group-lineup", "MEMBER_OF", frozenset({G}), frozenset({P}), False,
     re.compile(r"^\s*(?:[-–—:(]\s*(?:(?:real-life\s+|twin\s+)?(?:siblings|brothers|sisters|twins|cousins|couple|"
                r"spouses|childhood friends|school friends|schoolfriends|classmates)\s+)?|"
                r"(?:.{0,80}?\b(?:line-?up|members)\s*(?:is|are|was|were|includes?|included|"
                r"consists? of|comprises?|:)?\s*:?))\s*$", re.I), 0.85, "lineup-nearest-group"),
    # "the new supergroup featuring Harbour frontman Callum Reid": a band (or a description of one) and the
    # people it features, each named with a role (named like the rule above so the rest of the list follows)
    ("group-features-members", "MEMBER_OF", frozenset({G}), frozenset({P}), False,
     re.compile(rf"^\s*,?\s*(?:which\s+|who\s+)?(?:features|featuring|includes|including|comprising|comprises)\s+"
                rf"(?:{_MOD}?(?:[\w&'’.-]+\s+){{0,3}}?{_ROLE}\s+)?$", re.I), 0.75, "group-featuring"),
    # "Vos, one half of the duo Vos & Vale alongside Juliette Vale": the partner named after the band is in it too
    ("partner-in-group", "MEMBER_OF", frozenset({G}), frozenset({P}), False,
     re.compile(r"^\s*,?\s*(?:alongside|together with)\s+(?:(?:[\w-]+\s+){0,2}?)$", re.I), 0.75, "half-of-before"),
    # "Gravel have announced the departure of founding guitarist Niamh Doyle"
    ("group-announces-departure", "MEMBER_OF", frozenset({G}), frozenset({P}), False,
     re.compile(rf"^\s*(?:(?:have|has|had|have now|has now)\s+)?(?:announced|confirmed|revealed|mourned|mourn|"
                rf"mourns|are mourning|is mourning)\s+(?:the\s+)?(?:departure|exit|death|loss|dismissal|sacking|"
                rf"firing|resignation|retirement)\s+of\s+(?:(?:their|its)\s+)?(?:{_MOD}?(?:[\w-]+\s+)?{_ROLE}\s+)?$",
                re.I), 0.8, "typed-group"),
    ("artist-possessive-release", "BY_ARTIST", ART, frozenset({R}), False,
     re.compile(rf"^\s*{_POSS}\s*(?:{_RELEASE_WORDS}\s*,?\s*)*{_THEN_TITLE}[“\"‘']?\s*$", re.I), 0.85, "not-person-name"),
    ("pronoun-possessive-release", "BY_ARTIST", ART, frozenset({R}), False,
     re.compile(rf"^\s*(?:{_RELEASE_WORDS}\s*,?\s*)+{_THEN_TITLE}[“\"‘']?\s*$", re.I), 0.75, "possessive-pronoun"),
    ("release-by-artist", "BY_ARTIST", frozenset({R}), ART, True,
     re.compile(rf"^{_QEND}(?:(?:is|was|the|a|an|his|her|their|new|latest|hit|single|song|album|track|"
                r"record|cover|version|lead|debut|first|second|third|next|upcoming|forthcoming|ep|mixtape|"
                r"\d{4})\s+)*(?:by|from)\s+(?:(?:the\s+)?(?:[a-z-]+\s+){0,2}?)$", re.I),
     0.8, "artist-not-possessor"),
    # "“X,” the January single of labelmates Y", "“X,” the third album from Cardiff's Y": a release noun,
    # then "by/from/of" and the artist (a place's possessive may come first)
    ("release-noun-by-artist", "BY_ARTIST", frozenset({R}), ART, True,
     re.compile(rf"^{_QEND}(?:(?:is|was|the|a|an|his|her|their|its)\s+)?(?:[\w-]+\s+){{0,3}}?{_RELEASE_HEAD}\s+"
                rf"(?:by|from|of)\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}?(?:[A-Z][\w-]*{_POSS}\s+)?$", re.I),
     0.75, "artist-not-possessor"),
    # "DJ Nilo's 2021 club hit “X”", "Kane's stripped-back piano ballad “Y”": lower-case words before the noun
    ("artist-possessive-described-release", "BY_ARTIST", ART, frozenset({R}), False,
     re.compile(rf"^\s*{_POSS}\s*(?:(?:19|20)\d\d\s+)?(?:[a-z][a-z-]*\s+){{1,3}}(?i:{_RELEASE_HEAD})\s*,?\s*"
                rf"{_THEN_TITLE}[“\"‘']?\s*$"), 0.75, "owner-made-it"),
    # "the 1981 John Lennon cover, Jealous Guy", "a Beatles classic, “Yesterday”": the artist's name as an adjective
    ("artist-noun-release", "BY_ARTIST", ART, frozenset({R}), False,
     re.compile(rf"^\s+(?:(?:{_RELEASE_WORDS})\s+)*?(?:song|single|hit|classic|cover|ballad|track|album|anthem|"
                r"tune|record|ep|lp|mixtape)\s*,?\s*[“\"‘']?$", re.I), 0.75, "name-as-adjective"),
    # "the group's 2016 hit “X”", "the singer's new single “Y”": a description the references resolved
    ("description-possessive-release", "BY_ARTIST", ART, frozenset({R}), False,
     re.compile(rf"^\s*{_POSS}\s*(?:(?i:{_RELEASE_WORDS})\s+|[a-z][a-z-]*\s+){{0,3}}(?i:{_RELEASE_HEAD})\s*,?\s*"
                rf"{_THEN_TITLE}[“\"‘']?\s*$"), 0.75, "description-owner"),
    ("release-performed-by", "BY_ARTIST", frozenset({R}), ART, True,
     re.compile(rf"^{_QEND}(?:(?:which|that)\s+)?(?:is|was|has been|had been)?\s*(?:(?:written|co-written|"
                r"penned|produced)\s+and\s+)?(?:(?:recorded|sung|released|put out|originally recorded|"
                r"originally performed)\s+by|credited to)\s+(?:(?:the\s+)?(?:[a-z-]+\s+){0,2}?)$", re.I), 0.8,
     "not-a-version"),
    ("artist-whose-release", "BY_ARTIST", ART, frozenset({R}), False,
     re.compile(rf"^\s*,\s*whose\s+(?:(?:{_RELEASE_WORDS}|[a-z]+-[a-z]+)\s*,?\s*)*[“\"‘']?$", re.I), 0.85,
     "release-noun-somewhere"),
    ("pronoun-title-noun", "BY_ARTIST", ART, frozenset({R}), False,
     re.compile(r"^\s*(?:new\s+|latest\s+|hit\s+|debut\s+)?[“\"‘']?$", re.I), 0.8, "pronoun-then-release-noun"),
    ("artist-known-for-release", "BY_ARTIST", ART, frozenset({R}), False,
     re.compile(rf"^\s*,?\s*(?:who\s+)?(?:is|was|are|were|,)?\s*(?:best\s+|widely\s+|perhaps\s+best\s+|still\s+)?"
                rf"known\s+for\s+(?:(?:his|her|their|the)\s+)?(?:{_RELEASE_WORDS}\s+)*[“\"‘']?$", re.I), 0.8, ""),
    ("release-apposition-artist", "BY_ARTIST", frozenset({R}), ART, True,
     re.compile(rf"^(?:{_QCOMMA})(?:the\s+|a\s+|an\s+)?(?:(?:new|latest|upcoming|forthcoming|debut|album|single|"
                r"record|song|track|ep|mixtape|[\w-]+)\s+){0,4}[“\"‘']?$", re.I), 0.75, "artist-owns-after"),
    ("artist-behind-release", "BY_ARTIST", ART, frozenset({R}), False,
     re.compile(r"^\s*,\s*(?:the|a|an)\s+(?:[\w&/-]+\s+){0,3}?(?:behind|who\s+(?:sang|recorded|released|made|"
                r"wrote))\s+(?:(?:the\s+)?(?:[\w-]+\s+)?(?:hits?|songs?|singles?|albums?|tracks?|records?)\s+"
                r"(?:like|such as|including)\s+)?[“\"‘']?$", re.I), 0.8, ""),
    ("artist-released-release", "BY_ARTIST", ART, frozenset({R}), False,
     re.compile(r"^\s*(?:,[^,]{0,60},\s*)?(?:has |have |had |will |finally |officially |just |also |recently |"
                r"then |now |quickly |is |are |was |were )*(?:released|releases|release|releasing|dropped|drops|"
                r"drop|dropping|put out|puts out|putting out|issued|issues|unveiled|unveils|shared|shares|"
                r"debuted|debuts|launched|launches|recorded|records|returned with|returns with|back with|"
                r"came back with|presented|premiered|premieres|teased|teases|led the way|came next|followed)"
                r"\b[^.;:]{0,70}?[“\"‘']?\s*$", re.I), 0.75, "no-artist-between"),
    ("release-feat-artist", "FEATURES", frozenset({R}), ART, True,
     re.compile(r"^\s*[”\"’']?\s*,?\s*[”\"’']?\s*(?:[(\[]\s*)?(?:feat\.?|ft\.?|featuring|which features|that features|"
                r"which also features|which featured|with guest|with a guest verse from|with vocals from)\s+"
                r"(?:(?:[\w-]+\s+){0,4}?)$", re.I), 0.9, "not-qualifier"),
    # "“Afterparty” features singers A and B": only role words between the verb and the name
    # (named like the rule above so the names listed after the first are featured too)
    ("release-feat-artist", "FEATURES", frozenset({R}), ART, True,
     re.compile(r"^\s*[”\"’']?\s*,?\s*(?:also\s+)?(?:features|featured)\s+(?:(?:guest\s+)?(?:singers?|rappers?|"
                r"vocalists?|artists?|stars?|producers?|djs?|duo|trio|group|band|soloists?|idols?|"
                r"(?:[\w-]+\s+)?(?:singer-songwriters?|rappers?|singers?|stars?|groups?|bands?))\s+)?$", re.I),
     0.8, "not-qualifier"),
    # "“Harbor Lights” by Grant Ellery with Sadie Quill": the name after the artist's is a credit
    ("release-by-with-artist", "FEATURES", frozenset({R}), ART, True,
     re.compile(r"^\s*[”\"’']?\s*,?\s*by\s+(?:[A-Z0-9][\w'’.&-]*\s+){1,4}(?:with|feat\.?|ft\.?|featuring)\s+$"),
     0.8, "one-artist-between"),
    ("release-with-artist", "FEATURES", frozenset({R}), ART, True,
     re.compile(r"^\s*[”\"’']?\s*with\s+$", re.I), 0.7, "title-not-collab-object"),
    # "“Glass Hour,” with (singer) Teo Brandt on the second verse"
    ("release-comma-with-part", "FEATURES", frozenset({R}), ART, True,
     re.compile(r"^\s*[”\"’']?\s*,\s*[”\"’']?\s*with\s+(?:(?:guest\s+)?(?:singers?|rappers?|vocalists?|"
                r"(?:[\w-]+\s+)?(?:singer-songwriters?|rappers?|singers?|vocalists?))\s+)?$", re.I),
     0.75, "with-performer"),
    ("release-with-credit", "FEATURES", frozenset({R}), ART, True,
     re.compile(r"^\s*[”\"’']?\s*[(\[]\s*with\s+$", re.I), 0.85, ""),
    ("artist-features-on-release", "FEATURES", ART, frozenset({R}), False,
     re.compile(r"^\s*(?:also\s+)?(?:(?:features|featured|guests|guested|appears|appeared|raps|rapped|sings|sang|"
                r"stars|starred|is featured|was featured)\s+(?:on|in)|(?:lends?|lent|contributes?|contributed|adds?|"
                r"added|provides?|provided|delivers?|delivered)\s+(?:a\s+|an\s+|his\s+|her\s+|their\s+)?"
                r"(?:guest\s+|featured\s+|show-stealing\s+)?(?:verse|vocals|rap|feature|voice|bars|hook)\s+"
                r"(?:to|on|for))\s+(?:[\w'’]+\s+){0,5}?[“\"‘']?$", re.I),
     0.8, "guest-on-release"),
    ("release-directed-by", "DIRECTED_BY", frozenset({R}), frozenset({P}), True,
     re.compile(r"^(?:[^.;]{0,80}?\b(?:directed|co-directed|helmed|shot|filmed|made)\s+by\s+(?:(?:the\s+)?[\w-]+\s+){0,3}?|"
                r"[^.;]{0,60}?\b(?:video|clip|visuals?|mv)\s+(?:by|from)\s+(?:the\s+)?(?:[\w-]+\s+)?"
                r"(?:director|filmmaker|film-maker)\s+|"
                r"\s*[”\"’']?\s*(?:(?:official\s+)?(?:music\s+)?(?:video|clip|mv|visuals?)\s*)?"
                r"[(\[]\s*(?:dir\.|directed by|director:?|video by|mv by)\s*)$", re.I),
     0.9, "directed-by-video"),
    ("director-directed-release", "DIRECTED_BY", frozenset({P}), frozenset({R}), False,
     re.compile(r"^\s*,?\s*(?:who\s+)?(?:has\s+|had\s+|also\s+|previously\s+|recently\s+)*(?:directed|helmed)\s+"
                r"(?:(?:the|a|an|this|that)\s+)?(?:[\w'’-]+\s+){0,3}?[“\"‘']?$", re.I), 0.85, ""),
    ("directed-by-fronted", "DIRECTED_BY", frozenset({P}), frozenset({R}), False,
     re.compile(r"^\s*,\s*(?:the|a|an|its|their|his|her)?\s*(?:[\w-]+\s+){0,3}?(?:video|clip|mv|visuals?|film|"
                r"short)\s+(?:for|of|to|accompanying)\s+[“\"‘']?$", re.I), 0.85, "fronted-director"),
    # "Sasha Levin, the director behind Dion Carter's “Heatwave” video"
    ("director-of-release", "DIRECTED_BY", frozenset({P}), frozenset({R}), False,
     re.compile(r"^\s*,\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:director|filmmaker|film-maker)\s+(?:behind|of|for)\s+"
                r"(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,4}?[“\"‘']?$", re.I), 0.85, "no-release-between"),
    # "the “Heatwave” video director Sasha Levin"
    ("release-video-director", "DIRECTED_BY", frozenset({R}), frozenset({P}), True,
     re.compile(r"^\s*[”\"’']?\s*(?:music\s+)?(?:video|clip|mv|visuals?|film|movie)\s+(?:co-)?(?:director|filmmaker)\s+$",
                re.I), 0.85, ""),
    # "(with) director Sasha Levin for the “Heatwave” video", "director A, hired to shoot the clip for X"
    ("director-for-video", "DIRECTED_BY", frozenset({P}), frozenset({R}), False,
     re.compile(r"^\s*,?\s*(?:(?:again|once again|who was hired|hired|brought in|drafted in)\s+)?"
                r"(?:for|on|to\s+(?:direct|co-direct|shoot|helm|film|make))\s+(?:(?:the|his|her|their|its|a)\s+)?"
                r"(?:(?:music\s+)?(?:video|clip|visuals?|mv)\s+(?:for|of|to)\s+)?(?:[\w'’-]+\s+){0,3}?[“\"‘']?$", re.I),
     0.8, "director-named-video"),
    ("film-by-director", "DIRECTED_BY", frozenset({P}), frozenset({R}), False,
     re.compile(r"^\s*(?:film|movie|documentary)\s+$", re.I), 0.75, ""),
]

# Rules whose first name may be a resolved description: "The MV was directed by X", "the group - A, B and C -"
_DESCRIPTION_SUBJECT_RULES = frozenset({"release-directed-by", "release-feat-artist", "group-lineup",
                                        "description-possessive-release",
                                        "group-made-of-people", "group-features-members"})
_PERSON_NAME = re.compile(r"^[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+)+$")


def pair_candidates(ctx: Context) -> Iterator[Candidate]:
    named = sorted(ctx.mentions, key=lambda m: m.start)
    for i, a in enumerate(named):
        sent = ctx.sents[a.sent]
        for b in named[i + 1:i + 7]:
            if a.entity == b.entity or b.start - a.end > 30:
                continue
            between = ctx.between(a, b)
            if "\n" in between:
                continue
            # The parser sometimes ends a sentence at "feat."; real sentence ends stop pairs.
            if b.sent != a.sent and re.search(r"(?<!feat)(?<!\bft)(?<!\bdir)[.!?][”\"’']?\s", between + " "):
                continue
            for name, relation, ta, tb, a_is_subject, pattern, conf, check in PAIR_RULES:
                # "BTS Jungkook": an all-caps group may be untyped, the person may not
                strong = check != "caps-group" or (a.text.isupper() and len(a.text) > 1)
                if a.pronoun and check not in {"possessive-pronoun", "person-pronoun-ok", "pronoun-then-release-noun"} and not (
                        a.source == "description" and name in _DESCRIPTION_SUBJECT_RULES):
                    continue
                if a.pronoun and check == "person-pronoun-ok" and a.text.lower() not in {"his", "her"}:
                    continue
                if check == "possessive-pronoun" and not (
                        a.pronoun and a.text.lower() in {"his", "her", "their"}):
                    continue
                if b.pronoun:
                    continue
                credit = name in {"release-feat-artist", "release-with-credit"}
                if not (ctx.fits(a, ta, strong) and (ctx.fits(b, tb, strong and check != "caps-group", credit)
                                                     if tb else (
                        ctx.etype(b) is None and b.source.split("+")[0] in TYPEABLE_SOURCES))):
                    continue
                if not pattern.match(between):
                    continue
                if relation == "MEMBER_OF" and a_is_subject and re.match(rf"{_POSS}\s", ctx.after(b, 4)):
                    continue  # "one of the Republic's best-loved artists": "of" reaches the possessed noun
                if not _check(ctx, check, a, b, between):
                    continue
                subj, obj = (a, b) if a_is_subject else (b, a)
                start, end = ctx.char_span(a, b)
                yield Candidate(relation, subj.entity, obj.entity, start, end, sent, conf, name,
                                subject_type=_implied(relation, True, subj, ctx),
                                object_type=_implied(relation, False, obj, ctx))
                break


def _possessed_kind(ctx: Context, owner: Mention, owned: Mention) -> str:
    """What "X's Y" means when the types leave it open: a member ("EXO's Kai")
    or a work ("Girls Aloud's Wake Me Up")."""
    owner_type, owned_type = ctx.etype(owner), ctx.etype(owned)
    if owned_type is R:
        return "release"
    if owned_type is P and owned.source.startswith(("ner:PERSON", "gazetteer", "caps+cue")):
        return "member" if owner_type in {G, None} and not _PERSON_NAME.match(owner.text) else "none"
    if owned_type is not None:
        return "member" if owned_type is P and (owner_type is G or (owner_type is None and not _PERSON_NAME.match(
            owner.text))) else "none"
    words = owned.text.split()
    nxt = ctx.doc[owned.end] if owned.end < len(ctx.doc) else None
    if nxt is not None and nxt.lemma_.lower() in {"say", "tell", "add", "explain", "admit", "claim", "insist", "think",
                                                   "believe", "describe", "recall", "acknowledge"}:
        return "none"  # "1Xtra's G Money says ...": what speaks is no release
    if owner_type is P or (len(words) >= 2 and not owned.source.startswith("ner:PERSON")):
        return "release"
    return "member" if owner_type in {G, None} else "none"


def _implied(relation: str, subject: bool, m: Mention, ctx: Context) -> EntityType | None:
    if ctx.etype(m) is not None:
        return None
    return {("MEMBER_OF", True): P, ("MEMBER_OF", False): G, ("DIRECTED_BY", False): P,
            ("BY_ARTIST", True): R, ("FEATURES", True): R, ("DIRECTED_BY", True): R,
            ("BY_ARTIST", False): _artist_guess(m), ("FEATURES", False): _artist_guess(m),
            }.get((relation, subject))


def _artist_guess(m: Mention) -> EntityType:
    """An untyped artist: a person when it reads like a personal name."""
    return P if m.source.startswith("ner:PERSON") or _PERSON_NAME.match(m.text) else G


# words that introduce an artist's name ("labelmates ORBIT7", "Glasgow band The Marigolds")
_ARTIST_WORDS = PERSON_ROLES | GROUP_NOUNS | {"labelmates", "labelmate", "stablemates", "compatriots", "rookies",
                                              "newcomers", "veterans", "legends", "rockers", "hitmakers", "popsters",
                                              "juniors", "seniors", "sunbaes", "singer-songwriter", "girl", "boy"}


def _check(ctx: Context, check: str, a: Mention, b: Mention, between: str) -> bool:
    if not check:
        return True
    if check == "caps-group":
        # "BTS Jungkook": only a group written in capitals, or typed as a group.
        return ctx.etype(a) is G or (a.text.isupper() and len(a.text) > 1 and a.text.lower() not in PERSON_ROLES)
    if check == "member-after":
        return bool(re.match(rf"^\s*{_POSS}?\s*(?:{_ROLE}|members|bandmate)\b", ctx.after(b), re.I))
    if check == "possessed-member":
        return _possessed_kind(ctx, a, b) == "member"
    if check == "possessed-release":
        return not _place_possessive(ctx, a, between) and _possessed_kind(ctx, a, b) == "release"
    if check == "not-person-name":
        return not _place_possessive(ctx, a, between)
    if check == "artist-owns-after":
        # "“D-2,” Suga's second solo mixtape", "“D-Day,” the album Suga has on the way"
        owner_after = bool(re.match(
            rf"^\s*{_POSS}\s*(?:[\w-]+\s+){{0,3}}?(?:album|single|song|track|record|ep|mixtape|hit|debut|release)\b",
            ctx.after(b), re.I))
        if owner_after and re.search(r"\b(?:track|song|single|cut|number|ballad)\s+(?:from|of|off|on)\s*$", between, re.I):
            return True  # "“Glasshouse”, the opening track of Aya Min's debut"
        if re.match(rf"^(?:{_QCOMMA})(?:the|a|an)\s+(?:[a-z-]+\s+){{0,3}}$", between) and re.match(
                r"^\s*(?:album|single|song|track|record|ep|lp|mixtape|video|debut|ballad|anthem)\b", ctx.after(b, 12),
                re.I) and b.text.lower() not in PLATFORMS and not AWARD_WORDS & set(b.text.lower().split()):
            return True  # "“Novembre,” the only Les Pluies album": the artist's name used as an adjective
        return (bool(re.match(rf"^(?:{_QCOMMA})[“\"‘']?$", between)) and bool(re.match(
            rf"^\s*{_POSS}\s*(?:[\w-]+\s+){{0,3}}?(?:album|single|song|track|record|ep|mixtape|hit|debut|release)\b",
            ctx.after(b), re.I))) or bool(
            re.search(r"\b(?:album|single|song|track|record|ep|mixtape)\s*$", between, re.I)
            and re.match(r"^\s*(?:has|had|is|was|will|released|dropped|recorded|put out|made)\b", ctx.after(b), re.I))
    if check == "artist-not-possessor":
        # "from Cardiff's Tuesday": the name before "'s" only qualifies the name after it (but "the single
        # from Quinn's third album" is Quinn's)
        if re.match(rf"^\s*{_POSS}\s+[A-Z]", ctx.after(b, 8)):
            return False
        if re.search(r"\b(?:directors?|film-?makers?|photographers?|producers?|video|clip|visuals?|mv)\s+(?:by\s+)?"
                     r"(?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?$", between, re.I):
            return False  # "a video by director Sasha Levin": who made the video, not whose song it is
        hit = re.search(r"\b(?P<noun>\w+)\s+(?P<prep>by|from|of)\s+(?P<role>(?:the\s+)?(?:[\w-]+\s+){0,2}?)"
                        rf"(?:[\w-]+{_POSS}\s+)?$", between, re.I)
        if hit is None or hit.group("prep").lower() == "by" or ctx.etype(b) in ART:
            return True
        if re.match(rf"^\s*{_POSS}\s+(?:[\w-]+\s+){{0,3}}?(?i:{_RELEASE_HEAD})\b", ctx.after(b, 40)):
            return True  # "the lead single from Quinn's third album": the album's artist
        # an untyped name after "from"/"of" may be an album ("the title track of PSY 9th"): only a role
        # word or an album noun says it is the artist ("the single of labelmates Y", "the album from Y")
        role = hit.group("role").split()
        return bool(role and role[-1].lower() in _ARTIST_WORDS) or (
            hit.group("prep").lower() == "from" and hit.group("noun").lower() in {
                "album", "albums", "ep", "lp", "record", "mixtape", "debut", "mini-album", "effort", "offering"})
    if check == "owner-made-it":  # "Nilo's club hit X", not "Nilo's favourite song X"
        return not re.search(r"\b(?:favou?rite|fave|go-to|least|preferred|dream|karaoke|cover|covers)\b", between, re.I)
    if check == "description-owner":
        # "the group's 2016 hit": a description the references resolved, when no other artist of its
        # type is named in this or the previous sentence ("... Harbour frontman A. The band's first single")
        if not (a.source == "description" and a.pronoun in {"group", "person"}
                and _check(ctx, "owner-made-it", a, b, between)):
            return False
        kind = ctx.etype(a)
        return not any(m.entity != a.entity and not m.pronoun and (ctx.etype(m) is kind or (
            ctx.etype(m) is None and m.source.split("+")[0] in TYPEABLE_SOURCES))
                       for s in (a.sent - 1, a.sent) for m in ctx.by_sent.get(s, []))
    if check == "possessive-pronoun":
        # "Medina has worked with Vela since his 2021 album": a pronoun resolved to the article's director
        # is more likely the artist's; "their first No. 1 album" names a chart place, not a title
        return not _presented_as_director(ctx, a.entity) and not re.fullmatch(r"(?:No\.?|Number)\s*\d+", b.text)
    if check == "name-as-adjective":
        # a determiner before the name ("the 1981 John Lennon cover"), and no label, outlet or award name
        words = set(a.text.lower().split())
        return bool(re.search(r"\b(?:the|a|an|this|that|another)\s+(?:(?:19|20)\d\d\s+|[a-z][a-z-]*\s+){0,2}$",
                              ctx.before(a, 30))) and not words & (PLATFORMS | ORG_WORDS | AWARD_WORDS)
    if check == "no-artist-between":
        inner = [m for m in ctx.by_sent.get(a.sent, []) if a.end <= m.start and m.end <= b.start]
        if _modifies_other_artist(ctx, a):
            return False  # "J-Hope of BTS put out X": the release is J-Hope's
        return not any(ctx.etype(m) in ART and m.entity != a.entity and not _modifies_other_artist(ctx, m)
                       for m in inner) and not re.search(
            r"\b(?:written|produced|composed|penned|directed|said|says|told|featured|which|that)\b",
            between, re.I) and not re.search(  # "recorded a duet with Rosa Delgado": a partner, not the work
            r"\b(?:duet|collaboration|track|song|single|record|album|video|forces)\s+(?:with|featuring|alongside)\s*$",
            between, re.I)
    if check == "with-performer":
        # the part they perform after the name; "“X”, with producer Y", "co-wrote “X”, with Y"
        # or "released “X”, with singer Y" (a co-credit?) is no feature
        return _check(ctx, "title-not-collab-object", a, b, between) and bool(re.match(
                r"^\s*(?:on|handling|taking|singing|rapping|adding)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?"
                r"(?:verse|chorus|hook|bridge|vocals?|rap|harmon(?:y|ies)|refrain)\b", ctx.after(b, 40), re.I))
    if check == "title-not-collab-object":
        # "the hit track Lady Marmalade with Lil' Kim" credits Lil' Kim on it; "collaborated on X with Y" does not
        before = ctx.before(a, 40).lower()
        return not re.search(r"\b(?:on|in|collaborat\w*|duet\w*|perform\w*|sang|sing\w*)\s+(?:the\s+)?(?:\w+\s+)?[“\"‘']?$",
                             before)
    if check == "person-pronoun-ok":
        # "his new band Fightstar", "Simpson's departure from Busted"; not "Manchester band The Copper Kites"
        return a.pronoun is not None or bool(re.match(rf"^\s*{_POSS}", between))
    if check == "lineup-nearest-group":
        inner = [m for m in ctx.by_sent.get(a.sent, []) if a.end <= m.start and m.end <= b.start]
        return not any(_artistlike(ctx, m) for m in inner)
    if check == "group-featuring":
        # a role before the name ("featuring frontman A"), or a description of a band before "featuring" ("the
        # new supergroup featuring A"): "BTS featuring Halsey" credits a guest on a song, not a member
        return ctx.etype(a) is G and (bool(re.search(rf"{_ROLE}\s+$", between, re.I)) or (
            a.source == "description" and a.pronoun == "group"))
    if check == "half-of-before":  # "one half of the duo Vos & Vale alongside Juliette Vale"
        return ctx.etype(a) is G and bool(re.search(
            rf"\b(?:half|third|quarter|{_ROLE}s?)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?$", ctx.before(a, 50), re.I))
    if check == "members-of-before":  # "The (current) members of Northline are A, B and C"
        return bool(re.search(r"\bmembers\s+of\s+(?:the\s+)?$", ctx.before(a, 40), re.I))
    if check == "release-noun-somewhere":  # "whose album New Forms" or "whose New Forms album"
        return bool(re.search(rf"\b{_RELEASE_WORDS}\b", between, re.I)) or bool(re.match(
            r"^\s*[”\"’']?\s*(?:album|single|song|track|ep|mixtape|record|lp)\b", ctx.after(b, 12), re.I))
    if check == "pronoun-then-release-noun":  # "his Y'all Heard of Me single"
        return a.pronoun is not None and a.text.lower() in {"his", "her", "their"} and bool(re.match(
            r"^\s*[”\"’']?\s*(?:album|single|song|track|ep|mixtape|record|lp|ballad|anthem)\b", ctx.after(b, 12), re.I))
    if check == "not-a-version":  # "a version of We Will Rock You sung by 5ive": a cover, not the original
        return not re.search(r"\b(?:version|cover|rendition|remake|remix|take)\s+of\s+(?:the\s+)?[“\"‘']?$",
                             ctx.before(a, 40), re.I)
    if check == "bracket-closes":  # "Marco Vitti (ex-Glass Tigers)": the bracket holds only the band
        return bool(re.match(r"^\s*[)\]]", ctx.after(b, 5)))
    if check == "group-role-after":  # "Ava Holt, Northline's lead vocalist"
        return bool(re.match(rf"^\s*{_POSS}\s*{_MOD}?(?:[\w-]+\s+)?{_ROLE}\b", ctx.after(b), re.I))
    if check == "people-list":  # "A (vocals), B (guitar) and C make up Northline": only a list of people
        listed = coordinated_before(ctx, a)
        return len(listed) >= 2 or ctx.etype(b) is G
    if check == "typed-group":  # "Supergroup Iron Orchard, featuring A and B" (an untyped name may be a song)
        return ctx.etype(a) is G
    if check == "fronted-director":  # "Directed by X, the clip for Y"
        return bool(re.search(r"\b(?:directed|co-directed|helmed|shot|filmed)\s+by\s+$", ctx.before(a, 30), re.I))
    if check == "not-qualifier":  # "featuring SUGA of BTS": BTS only says whose member SUGA is
        return not _qualifier(ctx, b)
    if check == "guest-on-release":
        # "A guests on B's song X" (not on B); an actor or a clip appearance is a cameo, not a feature
        inner = [m for m in ctx.by_sent.get(a.sent, []) if a.end <= m.start and m.end <= b.start]
        return (_musician(ctx, a) and not re.match(rf"^\s*{_POSS}", ctx.after(b, 3))
                and not re.search(r"\bappear\w*\s+in\b", between, re.I)
                and not any(ctx.etype(m) is R for m in inner))
    if check == "directed-by-video":
        # "shot by" / "made by" direct only a video: "the cover was shot by photographer A" does not
        if re.search(r"\b(?:shot|filmed|made)\s+by\b", between, re.I) and (re.search(
                r"\b(?:photographer|photo|photos|cover|artwork|producer)\b", between, re.I) or not re.search(
                r"\b(?:video|clip|mv|visuals?|film|movie)\b", ctx.sents[a.sent].text, re.I)):
            return False
        return _check(ctx, "no-release-between", a, b, between)
    if check == "director-named-video":
        # only a person called a director, and only for a video: "director A for the “X” video"
        return (a.role == "director" or bool(re.search(r"\b(?:director|filmmaker|film-maker)\s*$", ctx.before(a, 20),
                                                         re.I))) and bool(
            re.search(r"\b(?:video|clip|visuals?|mv)\b", between, re.I)
            or re.match(r"^\s*[”\"’']?\s*(?:music\s+)?(?:video|clip|visuals?|mv)\b", ctx.after(b, 20), re.I))
    if check == "one-artist-between":
        inner = [m for m in ctx.by_sent.get(a.sent, []) if a.end <= m.start and m.end <= b.start and not m.pronoun]
        return len(inner) == 1 and _artistlike(ctx, inner[0]) and not _qualifier(ctx, b)
    if check == "no-release-between":
        inner = [m for m in ctx.by_sent.get(a.sent, []) if a.end <= m.start and m.end <= b.start]
        return not any(ctx.etype(m) is R for m in inner)
    return True


def _place_possessive(ctx: Context, a: Mention, between: str) -> bool:
    """"the album from Leeds's Drowned Orchard": after "<release> by/from/of", a name
    possessing the next name directly is a place or label that qualifies the artist."""
    return bool(re.match(rf"^\s*{_POSS}\s*$", between) and re.search(
        rf"\b(?i:{_RELEASE_HEAD})s?\s+(?:by|from|of)\s+(?:the\s+)?$", ctx.before(a, 40)))


_DIRECTOR_BEFORE = re.compile(r"\b(?:(?:co-)?directed|helmed)\s+by\s*$|\bdirector\s*$", re.I)


def _presented_as_director(ctx: Context, entity: int) -> bool:
    """The article introduces ``entity`` as a director ("directed by A", "director A")."""
    return any(m.entity == entity and not m.pronoun and (
        m.role == "director" or _DIRECTOR_BEFORE.search(ctx.before(m, 20))) for m in ctx.mentions)


def _modifies_other_artist(ctx: Context, m: Mention) -> bool:
    """``m`` only qualifies another artist: "J-Hope of (K-pop phenomenon) BTS", "Suga from BTS"."""
    before = ctx.text[ctx.sents[m.sent].start_char:ctx.doc[m.start].idx]
    hit = re.search(r"(?:\bof|\bfrom|\bin)\s+(?:the\s+)?(?:[\w&-]+\s+){0,4}?$", before)
    if hit is None:
        return False
    cut = ctx.sents[m.sent].start_char + hit.start()
    return any(_artistlike(ctx, o) and o.entity != m.entity and not o.pronoun
               and 0 <= cut - (ctx.doc[o.end - 1].idx + len(ctx.doc[o.end - 1])) <= 2
               for o in ctx.by_sent.get(m.sent, []))


def _qualifies_partner(ctx: Context, m: Mention) -> bool:
    """``m`` only qualifies another name through a role ("UNIT 404 member Daeho",
    "former Free singer Paul Rodgers")."""
    node = ctx.doc[m.start:m.end].root
    owner = ctx.token_mention.get(node.head.i)
    return node.dep_ in {"compound", "nmod", "amod"} and (
        node.head.lower_ in PERSON_ROLES or (owner is not None and owner is not m and ctx.doc[m.end].lower_ in
                                             PERSON_ROLES))


def _inside_clause(ctx: Context, m: Mention, top: Token) -> bool:
    """``m`` sits in a clause hanging on ``top`` ("The group, formed in 2019 by A and B,"):
    a name there is not the subject itself."""
    node = ctx.doc[m.start:m.end].root
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ in {"acl", "relcl", "advcl"}:
            return True
        node = node.head
    return False


def _possessive_owner(ctx: Context, m: Mention) -> bool:
    """``m`` owns the name right after it: BTS in "BTS' Suga joins forces with IU"."""
    nxt = ctx.doc[m.end] if m.end < len(ctx.doc) else None
    if nxt is None:
        return False
    after = m.end + 1 if nxt.text in {"'s", "’s", "'", "’"} else m.end
    if after == m.end and not (ctx.etype(m) is G or (m.text.isupper() and len(m.text) > 1)):
        return False  # "BTS Jungkook" owns like "BTS' Jungkook"; two plain names side by side do not
    return any(o.start == after and ctx.etype(o) in {P, None} and not o.pronoun and o.entity != m.entity
               for o in ctx.by_sent.get(m.sent, []))


# -- coordination -------------------------------------------------------------

# "Knight and drum 'n' bass star Roni Size": a coordination with a role phrase before the second name
_ROLE_COORDINATION = re.compile(rf"\s*(?:,|,?\s*and|&)\s+(?:[\w'’&-]+\s+){{0,3}}?(?:{_ROLE}|(?:keyboard|bass|guitar)\s+"
                                rf"player)\s+", re.I)


_PART = r"(?:\s*[(][a-z ,/&-]{2,24}[)])?"  # "Ava Holt (vocals), Ben Ruiz (guitar)": a part in brackets


def coordinated(ctx: Context, m: Mention) -> list[Mention]:
    """Mentions listed with ``m`` ("A, B and C"), following it in the sentence."""
    out = [m]
    ms = [x for x in ctx.by_sent.get(m.sent, []) if not x.pronoun]
    idx = next((i for i, x in enumerate(ms) if x is m), None)
    if idx is None:
        return out
    prev = m
    rest = ms[idx + 1:]
    skip = None
    for k, x in enumerate(rest):
        if x is skip:
            continue
        gap = re.sub(r"[“”\"‘’']", "", ctx.between(prev, x))  # “Say So” and “Streets”
        if (re.fullmatch(rf"{_PART}\s*(?:,|,?\s*and|&|,\s*and|,?\s*as well as)\s*", gap) or (
                ctx.etype(m) is P and _ROLE_COORDINATION.fullmatch(gap))) and ctx.etype(x) in {ctx.etype(m), None}:
            out.append(x)
            prev = x
        elif (ctx.etype(m) is P and ctx.etype(x) is not P and k + 1 < len(rest) and has_own_band(ctx, m)
              and re.fullmatch(rf"\s*(?:,|,?\s*and|&)\s+{_MOD}?", gap)
              and re.fullmatch(rf"\s*{_POSS}?\s*{_ROLE}\s+", ctx.between(x, rest[k + 1]), re.I)
              and ctx.etype(rest[k + 1]) in {P, None}):
            # "Harbour frontman A and former Gravel guitarist B": the band before the role only qualifies B (only
            # in a list of such names: in "Smirr's A and Pale Diesel drummer B" the list ends at A)
            out.append(rest[k + 1])
            prev = skip = rest[k + 1]
        else:
            break
    return out


def coordinated_before(ctx: Context, m: Mention) -> list[Mention]:
    """Mentions listed just before ``m`` ("Mars and Gaga released")."""
    out = [m]
    ms = [x for x in ctx.by_sent.get(m.sent, []) if not x.pronoun]
    idx = next((i for i, x in enumerate(ms) if x is m), None)
    if not idx:
        return out
    nxt = m
    for x in reversed(ms[:idx]):
        gap = ctx.between(x, nxt)
        if (re.fullmatch(rf"{_PART}\s*(?:,|,?\s*and|&)\s*", gap) or _ROLE_COORDINATION.fullmatch(gap)) and (
                _artistlike(ctx, x)):
            out.append(x)
            nxt = x
        else:
            break
    return out


def has_own_band(ctx: Context, m: Mention) -> bool:
    """``m`` is introduced by a band and a role of its own: "Harbour frontman
    Callum Reid", "Gravel's lead guitarist Niamh Doyle" (such a name keeps its
    band out of a list's shared "of <band>")."""
    doc, i = ctx.doc, m.start - 1
    if i < 1 or not re.fullmatch(_ROLE, doc[i].lower_):
        return False
    i -= 1
    if i >= 1 and doc[i].text.islower() and not doc[i].is_punct:
        i -= 1  # "lead", "former"
    if i >= 1 and doc[i].text in {"'s", "’s", "'", "’"}:
        i -= 1
    owner = ctx.token_mention.get(i)
    return owner is not None and not owner.pronoun and ctx.etype(owner) in {G, None}


def role_listed(ctx: Context, first: Mention, listed: list[Mention]) -> list[Mention]:
    """Of the names ``listed`` after ``first`` ("<band> <role> A, B and C"),
    those the role covers: all of them after a plural role ("members A, B and
    C"); after a singular one only the run that names its own role each time
    ("frontman A, guitarist B and drummer C", not "frontman A, B and C")."""
    role = ctx.doc[first.start - 1] if first.start else None
    if role is None or role.tag_ in {"NNS", "NNPS"} or role.lower_.endswith("s"):
        return listed
    out, prev = [], first
    for x in listed:
        if not _ROLE_COORDINATION.fullmatch(ctx.between(prev, x)) or has_own_band(ctx, x):
            break  # "Harbour frontman A and former Gravel guitarist B": B's role is Gravel's
        out.append(x)
        prev = x
    return out


# -- trigger rules ------------------------------------------------------------

def _mentions_in(ctx: Context, tokens: list[Token]) -> list[Mention]:
    seen, out = set(), []
    for t in tokens:
        m = ctx.token_mention.get(t.i)
        if m is not None and id(m) not in seen:
            seen.add(id(m))
            out.append(m)
    return out


def _artistlike(ctx: Context, m: Mention) -> bool:
    return ctx.etype(m) in ART or (ctx.etype(m) is None and m.source.split("+")[0] in TYPEABLE_SOURCES)


def _subject_mentions(ctx: Context, verb: Token) -> list[Mention]:
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            # "Suga of BTS": the group in a modifier is not a second subject
            return [m for m in _mentions_in(ctx, list(child.subtree)) if _artistlike(ctx, m)
                    and not _possessive_owner(ctx, m) and not _inside_clause(ctx, m, child)
                    and not _qualifies_partner(ctx, m)
                    and not (m.start > 0 and ctx.doc[m.start - 1].lower_ in {"of", "from", "behind", "in", "by"})
                    and not (m.start > 1 and ctx.doc[m.start - 1].lower_ in {"the"} and
                             ctx.doc[m.start - 2].lower_ in {"of", "from", "behind", "in", "by"})]
    if verb.dep_ in {"xcomp", "conj", "advcl", "ccomp", "relcl", "acl"} and verb.head.i != verb.i:
        if verb.dep_ == "relcl":
            return [m for m in _mentions_in(ctx, [verb.head]) if _artistlike(ctx, m)]
        return _subject_mentions(ctx, verb.head)
    return []


_COLLAB_VERBS = {"collaborate", "team", "partner", "duet", "unite", "pair", "join", "work", "record", "link",
                 "tour", "co-headline", "make", "create", "release", "cut", "reunite"}
# Verbs that only mean working together with "together" ("the song they made together with BTS")
_TOGETHER_VERBS = {"make", "create", "release", "cut"}
_COLLAB_NOUNS = {"collaboration", "collab", "duet", "team-up", "partnership", "collaborator", "collaborators",
                 "co-artist", "tour", "co-headline", "road"}
# A tour shared as the support act is a shared bill, not a collaboration.
_SUPPORT_ACT = re.compile(r"\b(?:support(?:ing)?\s+(?:act|slot)|as\s+support|open(?:ing)?\s+(?:act|for|slot)|"
                          r"supporting|opener)\b", re.I)
_RELATIVE_PRONOUNS = {"who", "which", "that"}


def _collab_subjects(ctx: Context, verb: Token) -> list[Mention]:
    """The artists doing ``verb``: its subject, or the name a relative clause hangs
    on ("Usher, who performed a duet with Alicia Keys")."""
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is not None and subj.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return [m for m in _mentions_in(ctx, [verb.head]) if _artistlike(ctx, m)]
    return _subject_mentions(ctx, verb)


def _qualifier(ctx: Context, m: Mention) -> bool:
    """``m`` only says whose member the next name is: BTS in "BTS' Suga", "BTS SUGA",
    or in "Suga of BTS"."""
    if _possessive_owner(ctx, m) or _modifies_other_artist(ctx, m):
        return True
    nxt = next((o for o in ctx.by_sent.get(m.sent, []) if o.start == m.end and (
        not o.pronoun or o.source == "description")), None)
    role = m.end < len(ctx.doc) and ctx.doc[m.end].lower_ in PERSON_ROLES | {"superstar", "frontman", "leader"}
    return ctx.etype(m) in {G, None} and ((nxt is not None and ctx.etype(nxt) is P) or (role and ctx.etype(m) is G))


def _with_partners(ctx: Context, tok: Token) -> list[Mention]:
    """Artists attached to ``tok`` by "with"/"alongside" (directly, or through
    "together"/"up"/"on the road")."""
    preps = [c for c in tok.children if c.lower_ in {"with", "alongside"}]
    preps += [g for c in tok.children if c.lower_ == "together" or c.dep_ == "prt"
              for g in c.children if g.lower_ == "with"]
    out = [m for p in preps for m in _mentions_in(ctx, list(p.subtree))
           if _artistlike(ctx, m) and _listed_under(ctx, m, p)]
    return [m for m in out if not _qualifier(ctx, m) and m.role != "director"]


_LIST_DEPS = {"pobj", "conj", "appos", "compound", "nmod", "cc", "punct", "amod", "npadvmod"}


def _listed_under(ctx: Context, m: Mention, prep: Token) -> bool:
    """``m`` is one of the names the preposition takes, not a name inside a clause or
    a possessive hanging on them ("with Paul Rodgers taking Freddie Mercury's place")."""
    node = ctx.doc[m.start:m.end].root
    owner = ctx.token_mention.get(node.head.i)
    if node.dep_ in {"compound", "nmod", "amod", "poss"} and (node.head.lower_ in PERSON_ROLES or (
            owner is not None and owner is not m)):
        return False  # "with former Free singer Paul Rodgers": the band only qualifies the partner
    while node.i != prep.i and node.head.i != node.i:
        if node.dep_ not in _LIST_DEPS:
            return False
        node = node.head
    return node.i == prep.i


def collaboration_candidates(ctx: Context) -> Iterator[Candidate]:
    """"X collaborated / teamed up / joined forces / duets / tours with Y", "a
    collaboration with Y", "the song they made together with Y", "X's longtime
    collaborator Y"."""
    doc = ctx.doc
    for tok in ctx.tokens:
        lemma = tok.lemma_.lower()
        verb_trigger = tok.pos_ in {"VERB", "AUX"} and lemma in _COLLAB_VERBS
        if verb_trigger:
            if lemma == "join" and not any(c.lower_ == "forces" for c in tok.children):
                continue
            if lemma in {"work", "record", "link", "pair", "team", "tour", "co-headline", "reunite"} and not any(
                    c.lower_ in {"with", "together", "up", "alongside"} for c in tok.children):
                continue
            if lemma in _TOGETHER_VERBS and not any(c.lower_ == "together" for c in tok.children):
                continue
        noun_trigger = tok.pos_ in {"NOUN", "PROPN"} and tok.lower_ in _COLLAB_NOUNS
        if noun_trigger and tok.lower_ == "road" and not (tok.i > 1 and doc[tok.i - 2].lower_ == "on"):
            continue  # "on the road with": touring together
        if not (verb_trigger or noun_trigger):
            continue
        sent = tok.sent
        modality = _modality(sent, tok)
        if modality == 0.0 or _clause_negated(tok):
            continue
        if lemma in {"tour", "co-headline", "road"} and _SUPPORT_ACT.search(sent.text):
            continue
        if tok.lower_ in {"collaborator", "collaborators", "co-artist"}:
            yield from _collaborator_noun(ctx, tok, sent, modality)
            continue
        with_objects = _with_partners(ctx, tok)
        if not with_objects and noun_trigger and lemma in {"tour", "road"}:
            # "are to go on tour next year with X": the partner hangs on the verb
            verb = tok.head.head if tok.head.dep_ == "prep" else tok.head
            with_objects = _with_partners(ctx, verb) if verb.pos_ in {"VERB", "AUX"} else []
        if verb_trigger:
            subjects = _collab_subjects(ctx, tok)
        else:
            # "“Old Flames,” his 1985 duet with Gloria Shaw": the owner of the noun is the partner
            owners = [m for c in tok.children if c.dep_ == "poss" for m in _mentions_in(ctx, list(c.subtree))
                      if _artistlike(ctx, m) and (not m.pronoun or ctx.etype(m) in ART)]
            head = tok.head
            while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
                head = head.head
            subjects = owners[:1] if owners else (
                _collab_subjects(ctx, head) if head.pos_ in {"VERB", "AUX"} else [])
        # "Carla Reyes, whose band X split, teamed up with Y": a name in a clause on the subject is no subject
        subjects = [m for m in subjects if m.role != "director" and not _in_clause_on(ctx, m, tok)]
        pairs: list[tuple[Mention, Mention]] = []
        if with_objects:
            pairs = [(s, o) for s in subjects for o in with_objects]
        elif verb_trigger and len(subjects) >= 2 and lemma not in _TOGETHER_VERBS | {"tour"}:
            pairs = [(a, b) for i, a in enumerate(subjects) for b in subjects[i + 1:]]
        confidence = 0.7 if lemma in {"tour", "co-headline", "road"} else 0.8
        for a, b in pairs:
            if a.entity == b.entity:
                continue
            start, end = ctx.char_span(a, b)
            yield Candidate("COLLABORATED_WITH", a.entity, b.entity, start, end, sent,
                            confidence * modality, "collaboration-verb" if verb_trigger else "collaboration-noun",
                            subject_type=_implied_artist(ctx, a), object_type=_implied_artist(ctx, b))
        # "a duet with Alicia Keys on My Boo", "X duets with Y on Z": both sing the release
        if lemma == "duet" and pairs:
            on_release = [m for c in tok.children if c.lower_ == "on"
                          for m in _mentions_in(ctx, list(c.subtree)) if ctx.etype(m) is R]
            for rel in on_release[:1]:
                for artist in {id(x): x for pair in pairs for x in pair}.values():
                    start, end = ctx.char_span(artist, rel)
                    yield Candidate("BY_ARTIST", rel.entity, artist.entity, start, end, sent, 0.75 * modality,
                                    "duet-on-release", object_type=_implied_artist(ctx, artist))
    yield from _partner_phrase_candidates(ctx)
    yield from _dash_credit_candidates(ctx)


def _in_clause_on(ctx: Context, m: Mention, verb: Token) -> bool:
    """``m`` sits in a relative clause or apposition between itself and ``verb``."""
    node = ctx.doc[m.start:m.end].root
    while node.head.i != node.i and node.i != verb.i:
        if node.dep_ in {"relcl", "acl", "appos"}:
            return True
        node = node.head
    return False


def _collaborator_noun(ctx: Context, tok: Token, sent: Span, modality: float) -> Iterator[Candidate]:
    """"Robbie Williams' former collaborator, Guy Chambers", "his longtime collaborator
    Ana Ruiz", "Ana Ruiz, her frequent collaborator": the owner and the named partner."""
    owners = [m for c in tok.children if c.dep_ == "poss" for m in _mentions_in(ctx, list(c.subtree))
              if _artistlike(ctx, m) and (not m.pronoun or ctx.etype(m) in ART)]
    if not owners:
        return
    ms = [m for m in ctx.by_sent.get(ctx.sent_index.get(sent.start, -1), []) if not m.pronoun and _artistlike(ctx, m)]
    after = next((m for m in ms if m.start > tok.i and re.fullmatch(
        r"\s*,?\s*", ctx.text[tok.idx + len(tok):ctx.doc[m.start].idx])), None)
    left = min(t.i for t in tok.subtree)
    before = next((m for m in reversed(ms) if m.end <= left and re.fullmatch(
        r"\s*,\s*", ctx.text[ctx.doc[m.end - 1].idx + len(ctx.doc[m.end - 1]):ctx.doc[left].idx])), None)
    partner = after or before
    if partner is None:
        return
    for owner in owners[:1]:
        if owner.entity == partner.entity:
            continue
        start, end = ctx.char_span(owner, partner)
        yield Candidate("COLLABORATED_WITH", owner.entity, partner.entity, start, end, sent, 0.8 * modality,
                        "possessive-collaborator", subject_type=_implied_artist(ctx, owner),
                        object_type=_implied_artist(ctx, partner))


def _implied_artist(ctx: Context, m: Mention) -> EntityType | None:
    return None if ctx.etype(m) is not None else _artist_guess(m)


# -- partner phrasings read from the words between two names --------------------
# The parser often mistakes these verbs for nouns ("A and B join forces", "A teams with B"),
# so they are read from the text between the names, with the types of the names as guard.

_NON_PERFORMERS = (r"(?:producers?|co-producers?|directors?|film-?makers?|photographers?|choreographers?|engineers?|"
                   r"songwriters?|co-writers?|writers?|lyricists?|composers?|actors?|actress(?:es)?|models?|stylists?|"
                   r"designers?|dancers?|comedians?|presenters?|hosts?|managers?|executives?|ceo|label|beatmakers?)")
_ROLE_WORDS = r"(?:(?:the|a|an|fellow|[a-z][\w'’-]*)\s+){0,4}?"  # lower-case words only: roles, not names
_RECRUIT = re.compile(
    r"^\s*(?:,[^,]{0,60},\s*)?(?:(?:has|have|had|also|just|recently|then|now|once again|again|reportedly|"
    r"will|finally|officially)\s+)*(?:enlist(?:s|ed|ing)?|tap(?:s|ped|ping)|recruit(?:s|ed|ing)?|"
    r"draft(?:s|ed|ing)?\s+in|rope(?:s|d)?\s+in|roping\s+in|br(?:ing|ings|ought|inging)\s+in|"
    r"call(?:s|ed|ing)?\s+(?:on|upon)|invite(?:s|d)?)\s+" + _ROLE_WORDS + r"$", re.I)
# what the recruit is for: a song, a record, a remix, a feature, a duet
_RECRUIT_FOR = re.compile(
    r"^\s*(?:[(][^()]{0,30}[)]\s*)?(?:,\s*)?(?:to\s+(?:feature|appear|sing|rap|guest|duet|join\s+(?:him|her|them)|"
    r"lend|add|provide|deliver|contribute)|for|on\s+(?:(?:the|his|her|their|a|an|new|latest|upcoming)\s+)*"
    r"(?:[“\"‘']|(?:single|song|track|remix|album|record|ep|mixtape|version|duet|collaboration)\b))", re.I)
_PAIR_VERB_AFTER = re.compile(
    r"^\s*(?:(?:have|has|had|will|are|were|is|finally|once again|again|officially|also|recently|just|to)\s+)*"
    r"(?:reunit(?:e|es|ed|ing)|team(?:s|ed|ing)?\s+up|join(?:s|ed|ing)?\s+forces|link(?:s|ed|ing)?\s+up|"
    r"pair(?:s|ed|ing)?\s+up|collaborat(?:e|es|ed|ing)|duet(?:s|ted|ting)?|come\s+together|came\s+together|"
    r"coming\s+together|joined\s+up|trad(?:e|es|ed|ing)\s+(?:verses|bars|vocals|lines|rhymes))\b"
    r"(?!\s+(?:up\s+|again\s+)?(?:with|alongside)\b)", re.I)  # "A and B reunite with C": C is the partner
_WITH_VERB_BETWEEN = re.compile(
    r"^\s*(?:(?:has|have|had|will|is|was|are|were|also|once again|again|finally|officially|recently|just)\s+)*"
    r"(?:team(?:s|ed|ing)?|pair(?:s|ed|ing)?|partner(?:s|ed|ing)?|link(?:s|ed|ing)?|reunit(?:e|es|ed|ing)|"
    r"join(?:s|ed|ing)?\s+forces|collaborat(?:e|es|ed|ing)|duet(?:s|ted|ting)?|"
    r"trad(?:e|es|ed|ing)\s+(?:verses|bars|vocals|lines|rhymes))\s+(?:up\s+|again\s+|once\s+more\s+)?"
    r"(?:with|alongside)\s+" + _ROLE_WORDS + r"$", re.I)
_JOINT_BEFORE = re.compile(
    r"\b(?:collaboration|collab|duet|team-up|partnership|joint\s+(?:single|album|track|song|ep|release|project|record|"
    r"mixtape|effort))\s+(?:between|by|from|of)\s+" + _ROLE_WORDS + r"$", re.I)
_JOINT_AFTER = re.compile(
    r"^\s*(?:(?:[\w'’]+\s+){0,4}?(?:a|an|their)\s+(?:new\s+|first\s+|second\s+|surprise\s+|long-awaited\s+)?"
    r"(?:joint|collaborative)\s+(?:single|album|track|song|ep|mixtape|record|project|release)|"
    r"(?:'s|’s|')\s+(?:[\w-]+\s+){0,2}?(?:collaboration|collab|duet|team-up|joint\s+\w+)|"
    r"(?:[\w'’]+\s+){0,3}?their\s+(?:new\s+|first\s+|latest\s+)?(?:duet|collaboration|collab|team-up|"
    r"joint\s+(?:single|album|track|song|ep)))\b", re.I)
_FOR_RELEASE = re.compile(r"^\s*(?:[(][^()]{0,30}[)]\s*)?,?\s*(?:to\s+\w+\s+)?(?:for|on)\s+"
                          r"(?:[\w'’-]+,?\s+){0,5}?[“\"‘']?$", re.I)
_LISTED = r"\s*(?:,|,?\s*and|&|,\s*and)\s*"
_JOINED_BY = re.compile(r"^\s*(?:(?:is|was|are|were|will be|has been|have been|gets|got|had been)\s+)?"
                        r"joined\s+by\s+" + _ROLE_WORDS + r"$", re.I)
_ON_RELEASE = re.compile(r"^\s*(?:,\s*)?(?:on|for)\s+(?:(?:the|her|his|their|its|new|latest|upcoming|single|song|track|"
                         r"remix|version|of|a|an|\d{4}|'s)\s+)*[“\"‘']?$", re.I)


def _performer(ctx: Context, m: Mention, between: str) -> bool:
    """``m`` may sing or rap on a record: no producer, director, writer or actor role
    right before it, and no director mention."""
    role = re.search(rf"\b{_NON_PERFORMERS}\s*$", between, re.I)
    return role is None and m.role != "director" and _musician(ctx, m)


def _release_after(ctx: Context, m: Mention, pattern: re.Pattern[str]) -> Mention | None:
    """The release named right after ``m`` when the words between match ``pattern``
    ("... for the remix of “Tidal”"), else None; never across another artist."""
    for r in ctx.by_sent.get(m.sent, []):
        if r.start < m.end or r.pronoun:
            continue
        if ctx.etype(r) is R:
            return r if pattern.match(ctx.between(m, r)) else None
        if _artistlike(ctx, r) and r.entity != m.entity and not re.match(rf"^\s*{_POSS}", ctx.after(r, 3)):
            return None
    return None


def _phrase_candidate(ctx: Context, a: Mention, b: Mention, rule: str, confidence: float) -> Candidate | None:
    if a.entity == b.entity:
        return None
    sent = ctx.sents[a.sent]
    modality = _modality(sent, ctx.doc[a.start])
    if modality == 0.0:
        return None
    start, end = ctx.char_span(a, b)
    return Candidate("COLLABORATED_WITH", a.entity, b.entity, start, end, sent, confidence * modality, rule,
                     subject_type=_implied_artist(ctx, a), object_type=_implied_artist(ctx, b))


def _partner_phrase_candidates(ctx: Context) -> Iterator[Candidate]:
    """"X enlisted / tapped / recruited / called on Y for Z" (Y is featured on Z),
    "A and B reunite / join forces / team up", "A teams with B", "the collaboration
    between A and B", "A and B's joint single", "A is joined by B on Z"."""
    for sent_index, all_ms in ctx.by_sent.items():
        ms = [m for m in all_ms if _artistlike(ctx, m) and ctx.etype(m) is not R and (
            not m.pronoun or ctx.etype(m) in ART)]
        for i, a in enumerate(ms):
            nxt = ms[i + 1] if i + 1 < len(ms) else None
            if nxt is None or nxt.pronoun or a.entity == nxt.entity:
                continue
            between = ctx.between(a, nxt)
            if "\n" in between or re.search(r"[.!?;]\s", between):
                continue
            if _qualifier(ctx, a) or _qualifier(ctx, nxt) or (re.match(rf"^\s*{_POSS}\s*\w", ctx.after(nxt, 4)) and (
                    not re.match(rf"^\s*{_POSS}\s+(?:[\w-]+\s+){{0,2}}?(?:collaboration|collab|duet|team-up|joint)\b",
                                 ctx.after(nxt, 40), re.I))):
                continue  # "with NOVA VERA's Seo-yun": the group only names the partner
            if a.role == "director" or nxt.role == "director":
                continue
            recruits = coordinated(ctx, nxt)
            if _RECRUIT.match(between) and _performer(ctx, nxt, between) and _RECRUIT_FOR.match(
                    ctx.after(recruits[-1], 40)):
                release = _release_after(ctx, recruits[-1], _FOR_RELEASE)
                video = release is not None and re.search(r"\b(?:video|clip|visuals?|mv|film|movie)\b",
                                                          ctx.between(nxt, release) + ctx.after(release, 12), re.I)
                if video:
                    continue  # "tapped Y for the video": a cameo or a crew member
                cand = _phrase_candidate(ctx, a, nxt, "recruited-artist", 0.8)
                if cand is not None:
                    yield cand
                    for other in recruits[1:]:
                        more = _phrase_candidate(ctx, a, other, "recruited-artist", 0.75)
                        if more is not None:
                            yield more
                    if release is not None and not re.search(r"\bby\b", ctx.between(nxt, release)):
                        for guest in recruits:
                            start, end = ctx.char_span(guest, release)
                            yield Candidate("FEATURES", release.entity, guest.entity, start, end, ctx.sents[a.sent],
                                            0.7 * _modality(ctx.sents[a.sent], ctx.doc[a.start]), "recruited-for-release",
                                            object_type=_implied_artist(ctx, guest))
                continue
            if a.pronoun:
                continue
            if _WITH_VERB_BETWEEN.match(between) and not _SUPPORT_ACT.search(ctx.sents[sent_index].text):
                cand = _phrase_candidate(ctx, a, nxt, "with-verb-phrase", 0.8)
                if cand is not None:
                    yield cand
                continue
            if _JOINED_BY.match(between):
                release = _release_after(ctx, nxt, _ON_RELEASE)
                if release is not None and _performer(ctx, nxt, between):
                    cand = _phrase_candidate(ctx, a, nxt, "joined-by-on-release", 0.8)
                    if cand is not None:
                        yield cand
                        start, end = ctx.char_span(a, release)
                        yield Candidate("FEATURES", release.entity, nxt.entity, start, end, ctx.sents[a.sent],
                                        cand.confidence, "joined-by-on-release",
                                        object_type=_implied_artist(ctx, nxt))
                continue
            if not re.fullmatch(_LISTED, re.sub(r"[“”\"‘’']", "", between)) and nxt not in coordinated(ctx, a):
                continue  # "A and B", "singer A and rapper B"
            # a list of two or more artists: "A and B reunite", "the collaboration between A and B"
            group = [a] + [m for m in coordinated(ctx, a)[1:] if m in ms]
            if len(group) < 2 or (i > 0 and ms[i - 1] in coordinated_before(ctx, a)[1:]):
                continue  # only from the list's first name
            last = group[-1]
            after = ctx.after(last, 80)
            rule = None
            if _PAIR_VERB_AFTER.match(after):
                rule = "pair-verb-phrase"
            elif _JOINT_BEFORE.search(ctx.before(a, 60)) or _JOINT_AFTER.match(after):
                rule = "joint-work-of"
            if rule is None or (rule == "pair-verb-phrase" and _SUPPORT_ACT.search(ctx.sents[sent_index].text)):
                continue
            for x, y in itertools.combinations(group, 2):
                cand = _phrase_candidate(ctx, x, y, rule, 0.8)
                if cand is not None:
                    yield cand


_DASH_FIRST = re.compile(r"^\s*(?:\d{1,2}[.)]\s*)?$")
_DASH_AND = re.compile(r"^\s*(?:,|&|and|,\s*and|x|×)\s*$", re.I)
_DASH_FEAT = re.compile(r"^\s*(?:[(\[]\s*)?(?:feat\.?|ft\.?|featuring|with)\s+$", re.I)
_DASH_END = re.compile(r"^\s*[)\]]?\s+[-–—]\s*[“\"‘']?\s*$")
_LINE_LABEL = re.compile(r"[^\n:“”\"]{2,60}:\s+(?=[^\n:]*$)")  # "Album of the Year (Daesang): "


def _split_credit(ctx: Context, names: list[Mention]) -> tuple[list[Mention], list[Mention]] | None:
    """A credit's names as (primary artists, guests): "A & B feat. C" gives ([A, B], [C]);
    None when something other than "and"/"&"/"x" or one "feat." joins them."""
    primaries, guests = [names[0]], []
    for prev, m in itertools.pairwise(names):
        gap = ctx.between(prev, m)
        if _DASH_AND.match(gap):
            (guests or primaries).append(m)
        elif _DASH_FEAT.match(gap) and not guests:
            guests.append(m)
        else:
            return None
    return primaries, guests


def _dash_credit_candidates(ctx: Context) -> Iterator[Candidate]:
    """Credit lines "A, B & C – “Title”", "A feat. B – “Title”", "A x B - “Title”": the
    names before the dash are the title's artists (after "feat." its guests), and
    co-credited artists worked together."""
    for sent_index, ms in ctx.by_sent.items():
        sent = ctx.sents[sent_index]
        for r in ms:
            if ctx.etype(r) is not R or r.pronoun:
                continue
            r_start = ctx.doc[r.start].idx
            line_start = max(sent.start_char, ctx.text.rfind("\n", 0, r_start) + 1)
            # all the article's mentions, not the sentence's: the parser may end a sentence at "feat."
            line_start = max(ctx.text.rfind("\n", 0, r_start) + 1, ctx.sents[max(0, sent_index - 1)].start_char
                             if re.search(r"\b(?:feat|ft)\.\s*$", ctx.text[max(0, sent.start_char - 8):sent.start_char]) else
                             sent.start_char)
            # an award or chart line names its category first: "Best Dance Performance: A – “X”"
            label = _LINE_LABEL.match(ctx.text, line_start, r_start)
            if label is not None and line_start == ctx.text.rfind("\n", 0, r_start) + 1:
                line_start = label.end()
            names = [m for m in ctx.mentions if ctx.doc[m.start].idx >= line_start and m.end <= r.start
                     and not m.pronoun]
            if not names or not all(_artistlike(ctx, m) and ctx.etype(m) is not R for m in names):
                continue
            if not _DASH_FIRST.match(ctx.text[line_start:ctx.doc[names[0].start].idx]) or not _DASH_END.match(
                    ctx.between(names[-1], r)):
                continue
            split = _split_credit(ctx, names)
            if split is None:
                continue
            primaries, guests = split
            start, end = ctx.char_span(names[0], r)
            for p in primaries:
                yield Candidate("BY_ARTIST", r.entity, p.entity, start, end, sent, 0.8, "dash-credit",
                                object_type=_implied_artist(ctx, p))
            for g in guests:
                yield Candidate("FEATURES", r.entity, g.entity, start, end, sent, 0.85, "dash-credit",
                                object_type=_implied_artist(ctx, g))
            for x, y in itertools.combinations(primaries, 2):
                if x.entity != y.entity:
                    yield Candidate("COLLABORATED_WITH", x.entity, y.entity, start, end, sent, 0.8, "dash-credit",
                                    subject_type=_implied_artist(ctx, x), object_type=_implied_artist(ctx, y))


_RELEASE_LEMMAS = {"release", "drop", "issue", "unveil", "share", "debut", "premiere", "launch", "put",
                   "record", "present", "tease", "deliver"}


_NOT_THE_RELEASE = frozenset(["preview", "previews", "teaser", "teasers", "trailer", "poster", "posters", "photo",
                              "photos", "image", "images", "snippet", "snippets", "glimpse", "details", "tracklist",
                              "statement", "message", "news", "schedule", "date", "title", "cover", "artwork"])


_JOINT_LEMMAS = {"team": "up", "pair": "up", "link": "up", "join": "forces", "unite": ""}


def joint_release_candidates(ctx: Context) -> Iterator[Candidate]:
    """Artists who team up on a release share it: "A and B have teamed up for
    “X”", "A and B joined forces on “X”" (each is its artist)."""
    for tok in ctx.tokens:
        need = _JOINT_LEMMAS.get(tok.lemma_.lower())
        if need is None or tok.pos_ != "VERB" or _clause_negated(tok):
            continue
        if need and not any(c.lower_ == need for c in tok.children):
            continue
        release = None
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in {"on", "for"}:
                release = next((m for m in _mentions_in(ctx, list(prep.subtree))
                                if ctx.etype(m) is R and not m.pronoun), None)
                break
        artists = [m for m in _subject_mentions(ctx, tok) if ctx.etype(m) in ART and not m.pronoun]
        if release is None or len({m.entity for m in artists}) < 2:
            continue  # "A teamed up with B on X": who leads is not said
        sent = tok.sent
        modality = _modality(sent, tok)
        for artist in artists:
            start, end = ctx.char_span(artist, release)
            yield Candidate("BY_ARTIST", release.entity, artist.entity, start, end, sent, 0.75 * modality,
                            "joint-release")


_DUET_AFTER = re.compile(rf"^{_QEND}(?:(?P<pron>his|her|their)|a|an|the)\s+(?:[\w'’-]+\s+){{0,2}}?duet\s+"
                         r"(?:with|alongside)\s+", re.I)
_DUET_BEFORE = re.compile(rf"(?:\b(?P<pron>his|her|their)|\b(?:a|an|the)|(?P<poss>{_POSS}))\s+(?:[\w'’-]+\s+){{0,2}}?"
                          r"duet\s+(?:with|alongside)\s+(?P<rest>[^,;:()“”\"]{1,60}?)\s*,\s*[“\"‘']?$", re.I)
_DUET_TITLED = re.compile(r"\b(?:(?P<pron>his|her|their)\s+|(?:a|an|the)\s+)(?:[\w-]+\s+)?duet\s*[“\"‘']?$", re.I)
_WITH_AFTER = re.compile(rf"^{_QEND}(?:with|alongside)\s+", re.I)
_PARTNER_GAP = re.compile(r"^(?:(?:the|a|an)\s+)?(?:[\w&'’-]+\s+){0,3}$")


def _partner_at(ctx: Context, rel: Mention, char: int) -> Mention | None:
    """The artist named first after ``char`` in ``rel``'s sentence, behind at most
    a few role words ("with (Malaysian) singer A"), or None."""
    for m in ctx.by_sent.get(rel.sent, []):
        at = ctx.doc[m.start].idx
        if at < char or m.pronoun or m.entity == rel.entity:
            continue
        if at - char > 50 or not _PARTNER_GAP.match(ctx.text[char:at]):
            return None
        if _artistlike(ctx, m) and ctx.etype(m) is not R:
            return m
    return None


def _pronoun_at(ctx: Context, rel: Mention, char: int) -> Mention | None:
    """The resolved possessive pronoun starting at ``char`` ("his duet"), if it names an artist."""
    owner = next((o for o in ctx.by_sent.get(rel.sent, []) if o.pronoun and ctx.doc[o.start].idx == char), None)
    return owner if owner is not None and owner.entity >= 0 and ctx.etype(owner) in ART else None


def duet_candidates(ctx: Context) -> Iterator[Candidate]:
    """A duet is by both its singers: "“X,” his duet with (singer) A", "his 2018 duet
    with A, “X,”", "released the duet “X” with A" give X by A (and by the owner
    of "his"/"her"/"their")."""
    for rel in ctx.mentions:
        if rel.pronoun or ctx.etype(rel) is not R:
            continue
        sent = ctx.sents[rel.sent]
        rel_end = ctx.doc[rel.end - 1].idx + len(ctx.doc[rel.end - 1])
        after, before = ctx.after(rel, 80), ctx.before(rel, 120)
        pron_char, partners = None, []
        if hit := _DUET_AFTER.match(after):
            partner = _partner_at(ctx, rel, rel_end + hit.end())
            partners = coordinated(ctx, partner) if partner is not None else []
            pron_char = rel_end + hit.start("pron") if hit.group("pron") else None
        elif hit := _DUET_BEFORE.search(before):
            offset = ctx.doc[rel.start].idx - len(before)
            rest_end = offset + hit.end("rest")
            partners = [m for m in ctx.by_sent.get(rel.sent, []) if not m.pronoun and _artistlike(ctx, m)
                        and ctx.etype(m) is not R and offset + hit.start("rest") <= ctx.doc[m.start].idx
                        and ctx.doc[m.end - 1].idx + len(ctx.doc[m.end - 1]) == rest_end]
            pron_char = offset + hit.start("pron") if hit.group("pron") else None
            if hit.group("poss"):  # "Dale Whitford's 2015 duet with A, “X,”"
                partners += [m for m in ctx.by_sent.get(rel.sent, []) if not m.pronoun and _artistlike(ctx, m)
                             and ctx.doc[m.end - 1].idx + len(ctx.doc[m.end - 1]) == offset + hit.start("poss")]
        elif (hit := _DUET_TITLED.search(before)) and (w := _WITH_AFTER.match(after)):
            partner = _partner_at(ctx, rel, rel_end + w.end())
            partners = coordinated(ctx, partner) if partner is not None else []
            offset = ctx.doc[rel.start].idx - len(before)
            pron_char = offset + hit.start("pron") if hit.group("pron") else None
        if not partners:
            continue
        modality = _modality(sent)
        owner = _pronoun_at(ctx, rel, pron_char) if pron_char is not None else None
        for artist in [*partners, *([owner] if owner is not None else [])]:
            if artist.entity == rel.entity:
                continue
            start, end = ctx.char_span(rel, artist)
            yield Candidate("BY_ARTIST", rel.entity, artist.entity, start, end, sent, 0.75 * modality,
                            "duet-partner", object_type=_implied_artist(ctx, artist))


_COVER_OF = re.compile(rf"(?:(?P<poss>{_POSS})|\b(?P<pron>his|her|their))\s+(?:[\w-]+\s+){{0,2}}?(?:cover|version|"
                       r"rendition|reading|take|remake|re-recording|reworking)\s+of\s+"
                       rf"(?:[^,;.“”\"]{{1,40}}?{_POSS}\s+)?(?:(?:the\s+)?[\w-]+\s+){{0,2}}?[“\"‘']?$", re.I)


def cover_candidates(ctx: Context) -> Iterator[Candidate]:
    """A cover is also by the artist who covers it: "Futureheads' cover of Kate
    Bush's Hounds of Love", "his reading of “X”", "their version of “Y”"."""
    for rel in ctx.mentions:
        # an untyped name may be the title: "cover of Kate Bush's Hounds of Love" says it is one
        if rel.pronoun or not (ctx.etype(rel) is R or (
                ctx.etype(rel) is None and rel.source.split("+")[0] in TYPEABLE_SOURCES)):
            continue
        before = ctx.before(rel, 120)
        hit = _COVER_OF.search(before)
        if hit is None or re.match(rf"^\s*{_POSS}", ctx.after(rel, 4)):
            continue  # "cover of Kate Bush's ...": the original artist, the title comes next
        offset = ctx.doc[rel.start].idx - len(before)
        if hit.group("pron"):
            owner = _pronoun_at(ctx, rel, offset + hit.start("pron"))
        else:
            owner = next((m for m in ctx.by_sent.get(rel.sent, []) if not m.pronoun and _artistlike(ctx, m)
                          and ctx.doc[m.end - 1].idx + len(ctx.doc[m.end - 1]) == offset + hit.start("poss")), None)
        if owner is None or owner.entity == rel.entity or ctx.etype(owner) is R:
            continue
        sent = ctx.sents[rel.sent]
        start, end = ctx.char_span(owner, rel)
        yield Candidate("BY_ARTIST", rel.entity, owner.entity, start, end, sent, 0.7 * _modality(sent),
                        "cover-by-artist", subject_type=_implied("BY_ARTIST", True, rel, ctx),
                        object_type=_implied_artist(ctx, owner))


_TITLE_LINE_START = re.compile(r"^\s*(?:\d{1,3}[.)]\s*|[-*•]\s+)?[“\"‘']?$")
_TITLE_DASH = re.compile(r"^\s*[”\"’']?\s+[-–—]\s+$")
_LINE_TAIL = re.compile(r"^\s*[)\]]?\s*[.!]?\s*$")


def title_dash_artist_candidates(ctx: Context) -> Iterator[Candidate]:
    """List lines "3. “Title” - Artist", "“Title” - A & B (with C)", "“Title” - A feat. C":
    the names after the dash are the title's artists (after "feat."/"with" its guests);
    the line holds nothing else."""
    for r in ctx.mentions:
        if r.pronoun or ctx.etype(r) is not R:
            continue
        r_start = ctx.doc[r.start].idx
        line_start = ctx.text.rfind("\n", 0, r_start) + 1
        line_end = ctx.text.find("\n", r_start)
        line_end = len(ctx.text) if line_end < 0 else line_end
        if not _TITLE_LINE_START.match(ctx.text[line_start:r_start]):
            continue
        names = sorted((m for m in ctx.mentions if m.start >= r.end and not m.pronoun
                        and ctx.doc[m.start].idx < line_end), key=lambda m: m.start)
        if not names or not all(_artistlike(ctx, m) and ctx.etype(m) is not R for m in names):
            continue
        if not _TITLE_DASH.match(ctx.between(r, names[0])):
            continue
        last = ctx.doc[names[-1].end - 1]
        if not _LINE_TAIL.match(ctx.text[last.idx + len(last):line_end]):
            continue
        split = _split_credit(ctx, names)
        if split is None:
            continue
        primaries, guests = split
        sent = ctx.sents[r.sent]
        start, end = ctx.char_span(r, names[-1])
        for p in primaries:
            yield Candidate("BY_ARTIST", r.entity, p.entity, start, end, sent, 0.8, "title-dash-artist",
                            object_type=_implied_artist(ctx, p))
        for g in guests:
            yield Candidate("FEATURES", r.entity, g.entity, start, end, sent, 0.8, "title-dash-artist",
                            object_type=_implied_artist(ctx, g))


def release_verb_candidates(ctx: Context) -> Iterator[Candidate]:
    """"Doja Cat, the star behind ..., dropped “Kiss Me More”": the subject of a
    release verb is the artist of its object."""
    yield from joint_release_candidates(ctx)
    yield from duet_candidates(ctx)
    yield from title_dash_artist_candidates(ctx)
    yield from cover_candidates(ctx)
    for tok in ctx.tokens:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _RELEASE_LEMMAS:
            continue
        if tok.lemma_.lower() == "put" and not any(c.lower_ == "out" for c in tok.children):
            continue
        if any(c.dep_ == "agent" for c in tok.children) or (tok.tag_ == "VBN" and tok.dep_ in {"acl", "amod"}):
            continue
        sent = tok.sent
        modality = _modality(sent, tok)
        if modality == 0.0 or _clause_negated(tok):
            continue
        subjects = _head_subjects(ctx, [m for m in _subject_mentions(ctx, tok) if not m.pronoun or m.entity >= 0], tok)
        if not subjects and tok.dep_ == "relcl" and any(
                c.dep_ == "nsubj" and c.lower_ in _RELATIVE_PRONOUNS for c in tok.children):
            # "singer Tomas Reid, who released it in 2018": the relative pronoun stands for the name
            subjects = [m for m in _mentions_in(ctx, [tok.head]) if _artistlike(ctx, m) and not m.pronoun]
        objects: list[Mention] = []
        for child in tok.children:
            # xcomp/oprd: the parser reads a title like "Kiss Me More" as a clause
            if child.lower_ in _NOT_THE_RELEASE:
                continue  # "shared a preview of the project": the preview is out, not the project
            if child.dep_ in {"dobj", "attr", "xcomp", "oprd"} or (child.dep_ == "prep" and child.lower_ == "with"):
                for t in [child, *child.children]:
                    m = ctx.token_mention.get(t.i)
                    # a reference only as the object itself ("released it"): "its" in "released its first
                    # album, X" or "the duet" in "the duet “X”" name another release or this one again
                    if m is not None and ctx.etype(m) is R and m not in objects and (t is child or not m.pronoun):
                        objects.append(m)
                    for g in t.children:
                        if g.dep_ in {"appos", "conj", "pobj"}:
                            mm = ctx.token_mention.get(g.i)
                            if mm is not None and ctx.etype(mm) is R and mm not in objects and not mm.pronoun:
                                objects.append(mm)
        unit = next((m for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"
                     for m in _mentions_in(ctx, list(c.subtree))
                     if not m.pronoun and ctx.fits(m, {G}, True) and m.entity not in {s.entity for s in subjects}),
                    None)
        if unit is not None and objects:
            # "A and B will debut as the unit Dusk with the single “X”": the unit is the artist, they its members
            for rel in objects:
                start, end = ctx.char_span(unit, rel)
                yield Candidate("BY_ARTIST", rel.entity, unit.entity, start, end, sent, 0.75 * modality,
                                "release-verb-as", object_type=G)
            # the parser's conjuncts of each subject ("members A and B will debut as ...")
            people = {m.entity: m for s_ in subjects if not s_.pronoun
                      for m in _mentions_in(ctx, [ctx.doc[s_.end - 1], *ctx.doc[s_.end - 1].conjuncts])}
            for person in people.values():
                if _person_or_untyped(ctx, person) and person.entity != unit.entity:
                    start, end = ctx.char_span(person, unit)
                    yield Candidate("MEMBER_OF", person.entity, unit.entity, start, end, sent, 0.75 * modality,
                                    "release-verb-as", subject_type=P, object_type=G)
            continue
        for rel in objects:
            for artist in subjects:
                if artist.entity == rel.entity or artist.role == "director":
                    continue
                start, end = ctx.char_span(artist, rel)
                yield Candidate("BY_ARTIST", rel.entity, artist.entity, start, end, sent, 0.75 * modality,
                                "release-verb", object_type=_implied_artist(ctx, artist))
        named = [m for m in subjects if not m.pronoun]
        if objects and len(named) >= 2:
            for i, a in enumerate(named):
                for b in named[i + 1:]:
                    start, end = ctx.char_span(a, b)
                    yield Candidate("COLLABORATED_WITH", a.entity, b.entity, start, end, sent, 0.7 * modality,
                                    "co-primary", subject_type=_implied_artist(ctx, a),
                                    object_type=_implied_artist(ctx, b))


_ALBUM_HOLDS = re.compile(
    rf"^{_QEND}(?::|,?\s*(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w-]+\s+){{0,3}}?(?:(?:which|that)\s+)?"
    r"(?:also\s+)?(?:features|featured|featuring|includes|included|including|contains|contained|boasts|boasted|"
    r"pairs|paired|spawned|yielded|opens with|opened with|closes with|closed with)\s+(?:the\s+)?"
    r"(?:(?:lead|title|hit|singles?|songs?|tracks?|ballad|number)\s+)*(?:called\s+|titled\s+)?)\s*[“\"‘']?$", re.I)
_TRACK_ON = re.compile(
    rf"^{_QEND}(?:(?:(?:the|a|an)\s+)?(?:(?:lead|title|opening|closing|first|second|third|final|focus|"
    r"bonus|pre-release|hit|new|latest|standout)\s+)*(?:single|track|song|cut|number|ballad)\s+(?:from|off|on|of)|"
    r"(?:which\s+|that\s+)?(?:(?:first|originally|also|later|previously|initially)\s+)?(?:appeared|appears|"
    r"is featured|was featured|is included|was included|"
    r"got an official release|was released|is out)\s+on)\s+(?:(?:the|his|her|their|its|a|an)\s+)?"
    r"(?:[\w'’-]+\s+){0,5}?[“\"‘']?$", re.I)
# "its singles “Oro” and “Madrugada”": the tracks of the album "its" refers to
_ITS_TRACKS = re.compile(r"\bits\s+(?:[\w-]+\s+){0,2}?(?:singles?|tracks?|songs?|title[ -]track|b-sides?|cuts?)\s*"
                         r"(?:,\s*)?[“\"‘']?$", re.I)


def album_tracks(ctx: Context) -> Iterator[tuple[Mention, Mention]]:
    """(track, album) pairs the text states: "FACE: Set Me Free Pt. 2, Like Crazy
    and Alone", "‘Square One’, a single album which featured ‘Boombayah’ and
    ‘Whistle’", "“Money”, the second track from Lalisa"."""
    named = sorted((m for m in ctx.mentions if not m.pronoun and ctx.etype(m) is R), key=lambda m: m.start)
    for a, b in itertools.pairwise(named):
        if a.sent != b.sent or a.entity == b.entity or b.start - a.end > 15:
            continue
        between = ctx.between(a, b)
        if _ALBUM_HOLDS.match(between):
            for track in coordinated(ctx, b):
                if ctx.etype(track) is R and track.entity != a.entity:
                    yield track, a
        elif _TRACK_ON.match(between):
            yield a, b
    for track in named:
        if not _ITS_TRACKS.search(ctx.before(track, 50)):
            continue
        its = next((m for m in ctx.by_sent.get(track.sent, []) if m.pronoun and m.text.lower() == "its"
                    and m.end <= track.start and track.start - m.end <= 6), None)
        album = next((m for m in reversed(named) if its is not None and m.entity == its.entity
                      and m.start < track.start), None)
        if album is None:  # the references left "its" open: the release named last before it
            album = next((m for m in reversed(named) if m.sent == track.sent and m.end <= track.start
                          and m.entity != track.entity), None)
        if album is None or album.entity == track.entity:
            continue
        for listed in coordinated(ctx, track):
            if ctx.etype(listed) is R and listed.entity != album.entity:
                yield listed, album


def _focus_artist(ctx: Context, members: dict[int, set[int]] | None = None) -> int | None:
    """The artist an article is about: named (or referred to) at least three
    times and at least twice as often as any other artist; else None.
    ``members`` (person -> their groups): a group's own members do not compete with it
    ("LUMINA ... leader Haeun ... Haeun"), though they still may be the focus themselves."""
    counts: Counter[int] = Counter(m.entity for m in ctx.mentions
                              if ctx.etype(m) in {P, G})
    if members:
        top = counts.most_common(1)[0][0] if counts else None
        groups = [e for e, _ in counts.most_common() if ctx.entities[e].type is G]
        if groups and top == groups[0]:  # (a member named most may be the story: "Haeun goes solo")
            counts = Counter({e: n for e, n in counts.items() if groups[0] not in members.get(e, set())})
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
        return None
    return ranked[0][0]


# "the band's 2019 breakthrough “X”", "Their previous two videos, for “X” and “Y”", "the group's 2021
# documentary “X”": a release noun (with up to four modifiers) right before the title
_OWNED_NOUN = (r"(?:singles?|albums?|songs?|tracks?|eps?|lps?|mixtapes?|records?|ballads?|hits?|debut|breakthrough|"
               r"documentary|film|videos?|clips?|mini[- ]albums?|b-sides?|duets?|anthems?|follow-up|comeback|"
               r"sophomore|smash|effort|offering|release)")
_REFERENCE_OWNS = re.compile(rf"^\s*(?:{_POSS}\s*)?(?:[\w-]+,?\s+){{0,4}}?{_OWNED_NOUN}\s*"
                             r"(?:,?\s*(?:for|titled|called|entitled)\s+)?[,:]?\s*[“\"‘']?\s*$", re.I)
_NOT_OWNED = re.compile(r"\b(?:cover|covers|version|rendition|remix|reading|take|sample|favourite|favorite|"
                        r"of|on|from|than|with|by|in|at|to|and|or|as)\b", re.I)


def reference_owner_release_candidates(ctx: Context) -> Iterator[Candidate]:
    """A release its sentence gives to an artist named only by a reference:
    "Producer A, who also worked on the band's 2019 breakthrough “X”": X is by the
    band the reference resolved to; "Their previous two videos, for “X” and “Y”" gives
    both. Covers, versions and favourites ("her reading of “X”") are not owned."""
    for ref in ctx.mentions:
        if not ref.pronoun or ctx.etype(ref) not in ART:
            continue
        low = ref.text.lower()
        if ref.source != "description" and low not in {"his", "her", "their"}:
            continue
        if ref.source == "description" and not ctx.after(ref, 3).lstrip().startswith(("'s", "’s", "'", "’")):
            continue  # "the band" as a subject owns nothing here; "the band's" does
        release = next((m for m in ctx.by_sent.get(ref.sent, []) if m.start >= ref.end and not m.pronoun
                        and ctx.etype(m) is R), None)
        if release is None or release.entity == ref.entity or release.start - ref.end > 8:
            continue
        between = ctx.between(ref, release)
        if not _REFERENCE_OWNS.match(between) or _NOT_OWNED.search(between) or _owned_elsewhere(ctx, release):
            continue
        if _rival_antecedent(ctx, ref):
            continue
        sent = ctx.sents[ref.sent]
        for rel in coordinated(ctx, release):
            if ctx.etype(rel) is not R or rel.entity == ref.entity:
                continue
            start, end = ctx.char_span(ref, rel)
            yield Candidate("BY_ARTIST", rel.entity, ref.entity, start, end, sent,
                            0.75 * _modality(sent), "reference-possessive-release")


def _rival_antecedent(ctx: Context, ref: Mention) -> bool:
    """Another artist of the reference's type is named since the previous sentence,
    so "the band's" / "her" could point to either: "... Paper Tigers, featuring Harbour
    frontman A. The band's first single ..." """
    etype = ctx.etype(ref)
    near = [m for s in (ref.sent - 1, ref.sent) for m in ctx.by_sent.get(s, [])
            if not m.pronoun and m.start < ref.start]
    return any(m.entity != ref.entity and ctx.etype(m) is etype for m in near)


_TITLE_ROLES = {"singer": {P, G}, "rapper": {P}, "hitmaker": {P, G}, "star": {P, G}, "singer-songwriter": {P},
                "crooner": {P}, "songstress": {P}, "rocker": {P}, "rockers": {G}, "band": {G}, "group": {G},
                "duo": {G}, "trio": {G}, "act": {G, P}, "artist": {P}, "diva": {P}, "idol": {P}, "hitmakers": {G}}


def title_descriptor_candidates(ctx: Context) -> Iterator[Candidate]:
    """"The Uptown Funk singer opens the video": a title used to name its artist,
    who is the one the article is about (or the last artist named before)."""
    doc = ctx.doc
    for m in ctx.mentions:
        if m.pronoun or ctx.etype(m) not in {R, None} or (ctx.etype(m) is None and m.source.split("+")[0] not in
                                                          TYPEABLE_SOURCES | {"quoted"}):
            continue
        start = m.start - 1 if m.start > 0 and doc[m.start - 1].is_quote else m.start
        end = m.end + 1 if m.end < len(doc) and doc[m.end].is_quote else m.end
        if start < 1 or end >= len(doc) or doc[start - 1].lower_ != "the":
            continue
        wanted = _TITLE_ROLES.get(doc[end].lower_)
        if wanted is None or (end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN"):
            continue  # "the Rainbow singer Kacey Musgraves" names its artist: the pair rules read it
        # only when one artist dominates: "the Grenade singer" in a story on a duet could be either
        artist = _focus_artist(ctx)
        named: Counter[int] = Counter(o.entity for o in ctx.mentions if not o.pronoun and ctx.etype(o) in {P, G})
        if artist is None or artist == m.entity or ctx.entities[artist].type not in wanted or any(
                n >= 2 for e, n in named.items() if e != artist):
            continue
        sent = ctx.sents[m.sent]
        c_start, c_end = doc[start - 1].idx, doc[end].idx + len(doc[end])
        yield Candidate("BY_ARTIST", m.entity, artist, c_start, c_end, sent, 0.65 * _modality(sent, doc[end]),
                        "title-descriptor", subject_type=R)


_PRONOUN_APPOSITION = re.compile(rf"^\s*[”\"’']?\s*,\s*[”\"’']?\s*(?P<pron>his|her|their)\s+(?:{_RELEASE_WORDS}\s+)*?"
                                 r"(?:single|album|song|track|ep|mini-album|mixtape|record|ballad|lp)\b", re.I)


def pronoun_apposition_candidates(ctx: Context) -> Iterator[Candidate]:
    """"J-Hope ... put out “on the street,” his new single": the title's apposition
    names its owner with a pronoun the references resolved."""
    for m in ctx.mentions:
        if m.pronoun or ctx.etype(m) is not R:
            continue
        hit = _PRONOUN_APPOSITION.match(ctx.after(m, 80))
        if hit is None:
            continue
        char = ctx.doc[m.end - 1].idx + len(ctx.doc[m.end - 1]) + hit.start("pron")
        owner = next((o for o in ctx.by_sent.get(m.sent, []) if o.pronoun and ctx.doc[o.start].idx == char), None)
        if owner is None or owner.entity < 0 or ctx.etype(owner) not in ART or owner.entity == m.entity:
            continue
        sent = ctx.sents[m.sent]
        start, end = ctx.char_span(m, owner)
        yield Candidate("BY_ARTIST", m.entity, owner.entity, start, end, sent, 0.75 * _modality(sent),
                        "release-pronoun-apposition")


def _owned_elsewhere(ctx: Context, rel: Mention) -> bool:
    """The text names the release's artist right at it: "Kate Bush's Hounds of Love", "X by Y"."""
    if re.match(r"^\s*[”\"’']?\s*,?\s*(?:by|from)\s", ctx.after(rel, 20)):
        return True
    prev = ctx.token_mention.get(rel.start - 2) if rel.start >= 2 else None
    return prev is not None and ctx.doc[rel.start - 1].text in {"'s", "’s", "'", "’"} and _artistlike(ctx, prev)


def achievement_candidates(ctx: Context) -> Iterator[Candidate]:
    """The subject's own release, named after "for"/"with": "Kanye West won best
    rap song for Jesus Walks", "Nelly has the new number one single with Over
    and Over", "he rose to fame with the 1996 single Return of the Mack";
    "the award went to John Mayer for Daughters"."""
    doc = ctx.doc
    for rel in ctx.mentions:
        if rel.pronoun or ctx.etype(rel) is not R or _owned_elsewhere(ctx, rel):
            continue
        prep = doc[rel.cue] if rel.cue is not None and doc[rel.cue].lower_ in {"for", "with"} else None
        node = doc[rel.start:rel.end].root
        for _ in range(4):
            if prep is not None or node.head.i == node.i:
                break
            node = node.head
            if node.dep_ == "prep" and node.lower_ in {"for", "with"}:
                prep = node
        if prep is None:
            continue
        window = {t.lower_ for t in doc[max(prep.sent.start, prep.i - 10):prep.i]}
        if prep.lower_ == "with":  # "broke through with the 2019 album X": the release's own noun counts
            window |= {t.lower_ for t in doc[prep.i + 1:rel.start]}
        verb = prep.head
        for _ in range(3):
            if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
                break
            verb = verb.head
        # "broke out with X", "launched her solo career with X": a breakthrough needs no chart word
        breakthrough = prep.lower_ == "with" and verb.pos_ == "VERB" and (
            (verb.lemma_.lower() == "break" and any(c.dep_ == "prt" and c.lower_ in {"out", "through"}
                                                     for c in verb.children))
            or (verb.lemma_.lower() in _CAREER_VERBS and any(c.dep_ == "dobj" and c.lower_ == "career"
                                                             for c in verb.children)))
        if not breakthrough and not window & (
                AWARD_WORDS | {"year"} if prep.lower_ == "for" else CHART_WORDS | RELEASE_NOUNS):
            continue
        if verb.pos_ not in {"VERB", "AUX"} or (verb.lemma_.lower() not in ACHIEVEMENT_VERBS and not breakthrough):
            continue
        sent = ctx.sents[rel.sent]
        modality = _modality(sent, verb)
        if modality == 0.0 or _clause_negated(verb):
            continue
        if verb.lemma_.lower() == "go":
            artists = [m for c in verb.children if c.lower_ == "to"
                       for m in _mentions_in(ctx, list(c.subtree)) if _artistlike(ctx, m)]
        else:
            subject_verb = verb
            if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":  # "rose to fame before launching ... with X"
                subject_verb = verb.head.head
            artists = [m for m in _subject_mentions(ctx, subject_verb) if not m.pronoun or m.entity >= 0]
            artists = _head_subjects(ctx, artists, subject_verb)
        for artist in artists:
            if artist.entity == rel.entity or artist.role == "director":
                continue
            start, end = ctx.char_span(artist, rel)
            yield Candidate("BY_ARTIST", rel.entity, artist.entity, start, end, sent, 0.7 * modality,
                            "achievement-with-release", object_type=_implied_artist(ctx, artist))


def _role_modality(sent: Span, role: Token) -> float:
    """Confidence factor for membership a role noun states ("original bassist Gaz Pike
    will not be involved"): the role is taken for granted whatever the clause says,
    so a negated clause leaves it standing; a hedge or a denial still counts."""
    modality = _modality(sent, role)
    return 1.0 if modality == 0.3 else modality


_CAREER_VERBS = frozenset({"launch", "start", "begin", "kick", "open"})


def _head_subjects(ctx: Context, artists: list[Mention], verb: Token) -> list[Mention]:
    """The subjects themselves, without the names an apposition adds to the first one:
    "Los Faroles - siblings A, B and C - broke out", "A, a member of the trio B, released"."""
    if len(artists) < 2:
        return artists
    first = min(artists, key=lambda m: m.start)
    return [m for m in artists if m is first or not (
        _in_apposition(ctx, m, verb) or re.match(r"^\s*(?:[-–—(]|,\s*(?:a|an|the)\s)", ctx.between(first, m)))]


_PARTNER_BEFORE = re.compile(r"\b(?:with|alongside|featuring|feat\.|and)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}$", re.I)


def band_role_candidates(ctx: Context) -> Iterator[Candidate]:
    """A band role with no band named means the band the article is about:
    "drummer Paul Thomson was working at the art school" in a story on Franz
    Ferdinand; "Original band members Bryan Ferry, Phil Manzanera and ..."."""
    doc = ctx.doc
    for sent_index, ms in ctx.by_sent.items():
        sent = ctx.sents[sent_index]
        bands = [m for m in ms if not m.pronoun and ctx.etype(m) is G]
        qualifying = [m for m in bands if re.match(rf"^\s*{_POSS}?\s*{_MOD}?(?:[\w-]+\s+)?{_ROLE}\b",
                                                    ctx.after(m, 30), re.I)]
        # "leader Haeun wrote it together with the producing duo Moonshift": a partner band is not theirs
        named = {m.entity: m for m in bands if m not in qualifying and not _PARTNER_BEFORE.search(ctx.before(m, 50))}
        if qualifying and not named:
            continue  # "The Who drummer Kenny Jones": the pair rules read it
        # the one band the sentence names ("Busted's split ... with bandmates A and B"), else the article's band
        # (a band that only qualifies someone's role, "the former Libertines singer", is not that band)
        group = next(iter(named.values())) if len(named) == 1 else (
            _focus_group(ctx, sent_index) or (_only_recent_group(ctx, sent_index) if len(ctx.mention_counts(G)) == 1
                                              else None))  # the one band of the article, named once so far
        if group is None or any(e != group.entity for e in named):
            continue  # several bands named in the sentence: the pair rules decide
        seen: set[int] = set()
        for m in ms:
            if m.pronoun or m.start == 0 or m.entity in seen:
                continue
            role = doc[m.start - 1]
            # a band role right before a name makes it a person ("following bandmate MINSEO")
            if not (ctx.etype(m) is P or (role.lower_ in BAND_ROLES and ctx.etype(m) is None and
                                          _person_or_untyped(ctx, m))):
                continue
            band_members = role.lower_ in {"members", "member"} and m.start >= 2 and doc[m.start - 2].lower_ == "band"
            # "fellow member Marco", "Member Dojun was discharged": a member of the article's band
            band_members = band_members or (role.lower_ == "member" and not (
                m.start >= 2 and doc[m.start - 2].lower_ in _NOT_BAND_MEMBERS))
            # "singer A, guitarist B and keyboard player C": a singer listed with band roles sings in the band
            sung = role.lower_ in {"singer", "vocalist"} and any(
                x is not m and x.start > 0 and doc[x.start - 1].lower_ in BAND_ROLES for x in coordinated(ctx, m))
            if role.lower_ not in BAND_ROLES and not band_members and not sung:
                continue
            owner = doc[m.start - 2] if m.start >= 2 else None
            if owner is not None and (owner.tag_ == "PRP$" or owner.text in {"'s", "’s"} or owner.ent_type_
                                      or owner.i in ctx.token_mention):
                continue  # "his drummer", "Rodgers' drummer": someone's sideman; "Harbour frontman": that band's
            modality = _role_modality(sent, role)
            if modality == 0.0:
                continue
            members = coordinated(ctx, m)
            prep = role.head
            if role.lower_ in {"bandmates", "bandmate"} and prep.dep_ == "prep" and prep.lower_ in {
                    "with", "alongside", "beside", "among"}:
                # "Simpson held a press conference with bandmates A and B": Simpson is in the band too
                members += [s for s in _subject_mentions(ctx, prep.head) if ctx.etype(s) is P]
            for member in members:
                if ctx.etype(member) is not P and not (member is m and ctx.etype(m) is None):
                    continue
                seen.add(member.entity)
                _, end = ctx.char_span(member)
                yield Candidate("MEMBER_OF", member.entity, group.entity, doc[m.start - 1].idx, end, sent,
                                0.7 * modality, "band-role-focus-group", subject_type=P if ctx.etype(member) is None
                                else None)
    yield from member_list_candidates(ctx)


# Nouns before "members" that make them some other body's: "family members", "cast members".
_NOT_BAND_MEMBERS = frozenset(["his", "her", "family", "cast", "crew", "staff", "panel", "jury", "board", "committee",
                               "council", "club", "team", "fan", "fans", "audience", "parliament", "union", "church"])
_LIST_GAP = re.compile(rf"{_PART}\s*(?:,|,?\s*and|&)\s*")


def member_list_candidates(ctx: Context) -> Iterator[Candidate]:
    """Names set off after "members" are the band's members: "the five members -
    A, B, C and D", "the other Northline members, A, B and C", "all four members:
    A, B and C". The band is the one that qualifies the noun ("Northline
    members", "Northline's members"), else the band the article is about."""
    doc = ctx.doc
    for sent_index, ms in ctx.by_sent.items():
        sent = ctx.sents[sent_index]
        named = [m for m in ms if not m.pronoun]
        for tok in sent:
            if tok.lower_ not in {"members", "line-up", "lineup"} or any(
                    c.lower_ in _NOT_BAND_MEMBERS for c in tok.lefts):
                continue
            end = tok.idx + len(tok)
            gap = re.match(r"\s*(?:[,:–—(]|\s-)\s*", ctx.text[end:end + 4])
            if gap is None:
                continue
            first = next((m for m in named if doc[m.start].idx == end + gap.end()), None)
            if first is None or not _person_or_untyped(ctx, first):
                continue
            owner = ctx.token_mention.get(tok.i - 1)
            if owner is None and tok.i >= 2 and doc[tok.i - 1].text in {"'s", "’s", "'", "’"}:
                owner = ctx.token_mention.get(tok.i - 2)
            if owner is not None and ctx.etype(owner) is not G:
                continue  # "Harbour members" with Harbour untyped: the pair rules decide
            group = owner or _focus_group(ctx, sent_index) or _only_recent_group(ctx, sent_index) or _focus_untyped(
                ctx, sent_index)
            modality = _modality(sent, tok)
            if group is None or modality == 0.0:
                continue
            members, prev = [first], first
            for x in named[named.index(first) + 1:]:
                if not _LIST_GAP.fullmatch(ctx.between(prev, x)) or not _person_or_untyped(ctx, x):
                    break
                members.append(x)
                prev = x
            if len(members) < 2 and owner is None:
                continue  # "the members, Jin said": one name after the article's band is too little
            for member in members:
                _, stop = ctx.char_span(member)
                yield Candidate("MEMBER_OF", member.entity, group.entity, tok.idx, stop, sent, 0.8 * modality,
                                "member-list", subject_type=P, object_type=G)


def _only_recent_group(ctx: Context, sent: int) -> Mention | None:
    """The one band named or referred to ("the group's documentary") in this or
    the three previous sentences, if there is exactly one."""
    recent = [m for s in range(max(0, sent - 3), sent + 1) for m in ctx.by_sent.get(s, []) if ctx.etype(m) is G]
    return recent[-1] if len({m.entity for m in recent}) == 1 else None


def _focus_untyped(ctx: Context, sent: int) -> Mention | None:
    """An untyped name the article keeps returning to, named in this or the three
    previous sentences, when no typed band is ("LUMINA will return ... the five
    members - A, B and C"): named at least twice and more than any other."""
    recent = [m for s in range(max(0, sent - 3), sent + 1) for m in ctx.by_sent.get(s, [])
              if not m.pronoun and ctx.etype(m) is None and m.source.split("+")[0] in {"caps", "ner:ORG"}]
    if not recent or any(ctx.etype(m) is G for s in range(max(0, sent - 3), sent + 1)
                         for m in ctx.by_sent.get(s, [])):
        return None
    counts = Counter(m.entity for m in ctx.mentions if not m.pronoun and ctx.etype(m) is None)
    ranked = sorted({m.entity for m in recent}, key=lambda e: -counts[e])
    if counts[ranked[0]] < 2 or (len(ranked) > 1 and counts[ranked[1]] >= counts[ranked[0]]):
        return None
    return next(m for m in reversed(recent) if m.entity == ranked[0])


def _person_or_untyped(ctx: Context, m: Mention) -> bool:
    # NER calls many one-word given names places ("Leo", "Kangil"); set off after "members" they are people
    return ctx.etype(m) is P or (ctx.etype(m) is None and m.source.split("+")[0] in TYPEABLE_SOURCES | {
        "ner:GPE", "ner:LOC", "ner:NORP", "ner:FAC"})


_MEMBERSHIP_LEMMAS = {"front", "join", "rejoin", "leave", "quit", "exit"}
_PLAYING_LEMMAS = {"sing", "play", "drum", "perform", "rap"}


def joins_on_release_candidates(ctx: Context) -> Iterator[Candidate]:
    """"Milo Trent joins Ada Pike on “I Had Some Luck”": the one who joins is
    featured on the other's release."""
    for tok in ctx.tokens:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in {"join", "link", "hop"}:
            continue
        hosts = [m for c in tok.children if c.dep_ == "dobj" for m in _mentions_in(ctx, [c, *c.children])
                 if _artistlike(ctx, m) and not m.pronoun]
        releases = [m for c in tok.children if c.dep_ == "prep" and c.lower_ in {"on", "for"}
                    for m in _mentions_in(ctx, list(c.subtree)) if ctx.etype(m) is R and not m.pronoun]
        guests = [m for m in _subject_mentions(ctx, tok) if _artistlike(ctx, m)]
        if not (hosts and releases and guests):
            continue
        sent = tok.sent
        modality = _modality(sent, tok)
        if modality == 0.0 or _clause_negated(tok):
            continue
        rel, host = releases[0], hosts[0]
        for guest in guests:
            if guest.entity == host.entity:
                continue
            start, end = ctx.char_span(guest, rel)
            yield Candidate("BY_ARTIST", rel.entity, host.entity, start, end, sent, 0.7 * modality,
                            "joins-on-release", object_type=_implied_artist(ctx, host))
            yield Candidate("FEATURES", rel.entity, guest.entity, start, end, sent, 0.7 * modality,
                            "joins-on-release", object_type=_implied_artist(ctx, guest))


def membership_verb_candidates(ctx: Context) -> Iterator[Candidate]:
    """Membership stated by a verb, wherever its subject is: "Ava Holt, who fronts
    Northline, also sings in Glass Parade", "Holt has since left Northline"."""
    for tok in ctx.tokens:
        lemma = tok.lemma_.lower()
        # "started out in Les Pluies": where someone started out is their first band
        started_out = lemma == "start" and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)
        if tok.pos_ != "VERB" or (lemma not in _MEMBERSHIP_LEMMAS | _PLAYING_LEMMAS and not started_out):
            continue
        if lemma in _MEMBERSHIP_LEMMAS:
            objects = [c for c in tok.children if c.dep_ in {"dobj", "oprd"}]  # "left the band X": X may be oprd
        else:  # "sings in Glass Parade", "plays bass for Northline"
            objects = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in (
                {"in"} if started_out else {"in", "for", "with"}) for g in c.children if g.dep_ == "pobj"]
            if any(c.lower_ == "with" for c in tok.children if c.dep_ == "prep"):
                objects = [o for o in objects if o.head.lower_ != "with"]
        # the band may be a description that names it ("who has fronted the band since 2013")
        groups = [m for o in objects for m in _mentions_in(ctx, list(o.subtree))
                  if ctx.etype(m) is G and (not m.pronoun or (m.source == "description" and m.start == o.left_edge.i))]
        if not objects and lemma in {"join", "rejoin", "front"}:
            relative = _relative_clause_group(ctx, tok)  # "The Tallboys, the beat group he joined in 1966"
            groups = [relative] if relative is not None and ctx.etype(relative) is G else []
        if not groups:
            continue
        sent = tok.sent
        modality = _modality(sent, tok)
        if modality == 0.0 or _clause_negated(tok):
            continue
        people = [m for m in _subject_mentions(ctx, tok) if ctx.etype(m) is P]
        if lemma in _PLAYING_LEMMAS or started_out:
            # "started out in Les Pluies with her sister Camille": who played in the band with them is in it too
            people += [m for m in _with_partners(ctx, tok) if ctx.etype(m) is P and m.entity not in {
                p.entity for p in people}]
        for person in people:
            for group in groups[:1]:
                if person.entity == group.entity:
                    continue
                start, end = ctx.char_span(person, group)
                yield Candidate("MEMBER_OF", person.entity, group.entity, start, end, sent, 0.8 * modality,
                                "membership-verb")
    yield from as_member_of_candidates(ctx)
    yield from preceding_members_candidates(ctx)
    yield from debut_as_group_candidates(ctx)
    yield from apposed_lineup_candidates(ctx)


def as_member_of_candidates(ctx: Context) -> Iterator[Candidate]:
    """The subject of a clause that places them "as (one of the) member(s) of" a
    band is in it: "she rose to fame as one of the five members of girl group
    Tidewater", "Ames went solo after six years as a member of the band Pylon"."""
    doc = ctx.doc
    for tok in ctx.tokens:
        if tok.lower_ not in {"member", "members"} or tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "of":
            continue
        j = tok.i + 2
        while j < len(doc) and j - tok.i < 6 and doc[j].is_lower and not doc[j].is_punct:
            j += 1  # "the girl group", "boy band"
        group = ctx.token_mention.get(j)
        if group is None or group.start != j or group.pronoun or not ctx.fits(group, {G}, True):
            continue
        verb, has_as = None, False
        for anc in tok.ancestors:
            has_as = has_as or anc.lower_ == "as"
            if anc.pos_ in {"VERB", "AUX"}:
                verb = anc
                break
        if verb is None or not has_as or _clause_negated(verb):
            continue
        sent = tok.sent
        modality = _modality(sent, verb)
        if modality == 0.0:
            continue
        for person in _subject_mentions(ctx, verb):
            if ctx.etype(person) is not P:
                continue
            start, end = ctx.char_span(person, group)
            yield Candidate("MEMBER_OF", person.entity, group.entity, start, end, sent, 0.8 * modality,
                            "as-member-of", object_type=G)


_REF_ROLE_AFTER = re.compile(rf"^\s*(?:{_POSS})?\s*{_MOD}?(?:[\w-]+\s+)?{_ROLE}\s*,?\s*$", re.I)


def group_reference_role_candidates(ctx: Context) -> Iterator[Candidate]:
    """A band role owned by a reference to a band: "the band's frontman, Ava Holt",
    "their bassist Cal Stone", "Ben Ruiz, the band's drummer,"."""
    people = [m for m in ctx.mentions if not m.pronoun and ctx.etype(m) is P]
    for ref in ctx.mentions:
        if not ref.pronoun or ref.entity < 0 or ctx.etype(ref) is not G:
            continue
        if ref.pronoun == "plural" and ref.text.lower() != "their":
            continue
        sent = ctx.sents[ref.sent]
        for person in people:
            if person.sent != ref.sent:
                continue
            if person.start > ref.end and _REF_ROLE_AFTER.match(ctx.between(ref, person)):
                pass  # "the band's frontman, Ava Holt" / "their bassist Cal Stone"
            elif person.end < ref.start and re.fullmatch(r"\s*,\s*", ctx.between(person, ref)) and (
                    re.match(rf"^\s*{_POSS}\s*{_MOD}?(?:[\w-]+\s+)?{_ROLE}\b", ctx.after(ref), re.I)) and (
                    ref.text.lower().startswith(("the ", "this "))):
                pass  # "Ben Ruiz, the band's drummer,"
            else:
                continue
            modality = _modality(sent)
            if modality == 0.3:
                modality = 1.0  # "Haru, the group's Japanese member, is not required to serve": the role stands
            if modality == 0.0:
                continue
            start, end = ctx.char_span(person, ref)
            yield Candidate("MEMBER_OF", person.entity, ref.entity, start, end, sent, 0.75 * modality,
                            "group-reference-role")


def on_release_subject_candidates(ctx: Context) -> Iterator[Candidate]:
    """"On “People Pt. 2,” Agust D shares his thoughts": a sentence that opens on a
    release and goes on with an artist doing something is about that artist's work.
    Kept only when no other artist is credited with the release (see extract.py)."""
    for sent_index, sent in enumerate(ctx.sents):
        first = sent[0] if not sent[0].is_space else (sent[1] if len(sent) > 1 else sent[0])
        if first.lower_ != "on":
            continue
        ms = [m for m in ctx.by_sent.get(sent_index, []) if not m.pronoun]
        rel = next((m for m in ms if ctx.etype(m) is R and m.start <= first.i + 2), None)
        if rel is None or not re.match(r"^\s*[”\"’']?\s*,", ctx.after(rel, 4)):
            continue
        root = sent.root
        subjects = [m for m in _subject_mentions(ctx, root) if m.start > rel.end and ctx.etype(m) in ART]
        modality = _modality(sent, root)
        for artist in subjects[:1]:
            start, end = ctx.char_span(rel, artist)
            yield Candidate("BY_ARTIST", rel.entity, artist.entity, start, end, sent, 0.6 * modality,
                            "on-release-subject")


def bandmates_owner_candidates(ctx: Context) -> Iterator[Candidate]:
    """"Welch said his bandmates respected his decision": whoever has bandmates is
    in the band the sentence names, or the band the article is about."""
    for tok in ctx.tokens:
        if tok.lower_ not in {"bandmates", "bandmate", "band-mates", "band-mate", "groupmates", "groupmate"}:
            continue
        owner_tok = next((c for c in tok.children if c.dep_ == "poss"), None)
        owner = ctx.token_mention.get(owner_tok.i) if owner_tok is not None else None
        if owner is None or ctx.etype(owner) is not P:
            continue
        sent_index = owner.sent
        named = {m.entity: m for m in ctx.by_sent.get(sent_index, []) if not m.pronoun and ctx.etype(m) is G}
        group = next(iter(named.values())) if len(named) == 1 else (
            _focus_group(ctx, sent_index) if not named else None)
        sent = ctx.sents[sent_index]
        modality = _modality(sent, tok)
        if group is None or modality == 0.0:
            continue
        start, end = ctx.char_span(owner)
        yield Candidate("MEMBER_OF", owner.entity, group.entity, start, max(end, tok.idx + len(tok)), sent,
                        0.65 * modality, "bandmates-owner")


_FORM_LEMMAS = {"form", "found", "start", "create", "assemble"}


def formation_candidates(ctx: Context) -> Iterator[Candidate]:
    """Founders are members: "Roxy Music were formed in 1971 by Ferry, Mackay
    and Eno", "Kim and Lee founded the duo Velvet in 2019"."""
    for tok in ctx.tokens:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _FORM_LEMMAS:
            continue
        sent = tok.sent
        modality = _modality(sent)
        if modality == 0.0 or _clause_negated(tok):
            continue
        agents = [c for c in tok.children if c.dep_ == "agent"]
        relative = _relative_clause_group(ctx, tok) if not agents else None
        if agents:
            # "formed by a Seoul agency": a place or a company is no founder
            founders = [m for a in agents for m in _mentions_in(ctx, list(a.subtree))
                        if ctx.etype(m) is P or (ctx.etype(m) is None and m.source.split("+")[0] in TYPEABLE_SOURCES)]
            groups = [m for m in _subject_mentions(ctx, tok) if ctx.fits(m, {G}, True)]
        else:
            founders = [m for m in _subject_mentions(ctx, tok) if ctx.etype(m) is P]
            groups = [m for c in tok.children if c.dep_ == "dobj" for m in _mentions_in(ctx, list(c.subtree))
                      if ctx.etype(m) is G or (ctx.fits(m, {G}, True) and any(
                          t.lower_ in GROUP_NOUNS for t in c.subtree))]
            if tok.dep_ == "relcl" and any(c.dep_ == "dobj" and c.lower_ in {"which", "that", "whom"}
                                           for c in tok.children):
                # "Babyshambles, which he formed": the band is what the relative clause hangs on
                founders = [m for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}
                            for m in _mentions_in(ctx, list(c.subtree)) if ctx.etype(m) is P]
                groups = [m for m in _mentions_in(ctx, [tok.head]) if ctx.etype(m) is G]
            elif relative is not None and ctx.etype(relative) is G:
                # "Low Orbit, the duo she formed last year with producer Freya Lund"
                founders = [m for c in tok.children if c.dep_ == "nsubj" for m in _mentions_in(ctx, list(c.subtree))
                            if ctx.etype(m) is P]
                groups = [relative]
            if founders and groups:
                # "she formed with producer Freya Lund", "formed a duo, the Dovetails, with singer Sam Whitt"
                founders += [m for m in _with_partners(ctx, tok) if ctx.etype(m) is P and m.entity != groups[0].entity]
        for group in groups[:1]:
            for founder in founders:
                if founder.entity == group.entity:
                    continue
                start, end = ctx.char_span(founder, group)
                yield Candidate("MEMBER_OF", founder.entity, group.entity, start, end, sent, 0.75 * modality,
                                "founders-are-members", subject_type=_implied("MEMBER_OF", True, founder, ctx),
                                object_type=_implied("MEMBER_OF", False, group, ctx))


def _relative_clause_group(ctx: Context, verb: Token) -> Mention | None:
    """The band a relative clause with no object of its own hangs on: "The Tallboys,
    the beat group he joined in 1966" (the clause's object is the band), "Low
    Orbit, the duo she formed last year"."""
    if verb.dep_ != "relcl" or any(c.dep_ in {"dobj", "oprd"} and c.lower_ not in {"which", "that", "whom"}
                                   for c in verb.children):
        return None
    head = verb.head
    m = ctx.token_mention.get(head.i)
    named = ctx.token_mention.get(head.head.i) if head.lower_ in GROUP_NOUNS and head.dep_ == "appos" else None
    if named is not None and not named.pronoun:
        m = named  # "The Tallboys, the Liverpool beat group he joined": the name, not what a description resolved to
    if m is None or m.entity < 0 or not ctx.fits(m, {G}, True):
        return None
    if m.pronoun and not (m.source == "description" and ctx.etype(m) is G):
        return None
    return m


_ORDINAL_MEMBER = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                             "latest", "last", "final", "next"})
_FOLLOWED_LIST = re.compile(r"^\s*(?:,\s*who\s[^,;.]{0,60})?\s*(?:,|,?\s*and|&|,\s*and)\s*$")


def preceding_members_candidates(ctx: Context) -> Iterator[Candidate]:
    """"Jin-u is the second VANTA member to enlist, following Dae": whom "the Nth
    <band> member to <do it>" follows did it before as a member of that band
    ("after Minseok, who enlisted in March, and Daeho")."""
    doc = ctx.doc
    for tok in ctx.tokens:
        if tok.lower_ != "member" or tok.i < 2 or tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "to":
            continue
        if not any(t.lower_ in _ORDINAL_MEMBER for t in doc[max(0, tok.i - 5):tok.i]):
            continue
        at = tok.i - 2 if doc[tok.i - 1].text in {"'s", "’s", "'", "’"} else tok.i - 1
        group = ctx.token_mention.get(at)
        if group is None or group.pronoun or not ctx.fits(group, {G}, True) or not (
                ctx.etype(group) is G or group.text.isupper()):
            continue
        sent = ctx.sents[group.sent]
        after = next((t for t in doc[tok.i + 2:sent.end] if t.lower_ in {"following", "after"}), None)
        if after is None:
            continue
        j = after.i + 1
        while j < sent.end and doc[j].lower_ in {"bandmate", "fellow", "member", "members", "the", "his", "her",
                                                 "their", "groupmate", "leader"}:
            j += 1
        ms = [m for m in ctx.by_sent.get(group.sent, []) if not m.pronoun and m.start >= j]
        if not ms or ms[0].start != j:
            continue
        modality = _modality(sent, tok)
        if modality == 0.0:
            continue
        listed, prev = [ms[0]], ms[0]
        for x in ms[1:]:
            if not _FOLLOWED_LIST.fullmatch(ctx.between(prev, x)):
                break
            listed.append(x)
            prev = x
        if tok.dep_ == "attr" and tok.head.lemma_ == "be":  # "Taemin is the third HALCYON member to enlist"
            listed += [m for c in tok.head.children if c.dep_ == "nsubj" for m in _mentions_in(ctx, list(c.subtree))
                       if ctx.etype(m) is P]
        for m in listed:
            if not _person_or_untyped(ctx, m) or m.entity == group.entity or m.text.lower() in _ORDINAL_MEMBER:
                continue
            start, end = ctx.char_span(group, m)
            yield Candidate("MEMBER_OF", m.entity, group.entity, start, end, sent, 0.75 * modality,
                            "member-to-do-it-before", subject_type=_implied("MEMBER_OF", True, m, ctx) or (
                                P if ctx.etype(m) is None else None), object_type=_implied("MEMBER_OF", False, group, ctx))


_UNIT_BEFORE = re.compile(r"^\s*(?:(?:the|a|an|new|their|own)\s+)*(?:(?!of\b|for\b|with\b|by\b)[\w-]+\s+){0,2}?"
                          r"(?:group|band|duo|trio|quartet|quintet|unit|sub-unit|subunit|supergroup|project|act)\s+$", re.I)
_AS_GROUP_VERBS = frozenset({"debut", "perform", "record", "reunite", "return", "tour", "promote", "team", "work",
                             "release", "appear", "come"})


def debut_as_group_candidates(ctx: Context) -> Iterator[Candidate]:
    """"Harin and Rue debut as the sub-unit ODESSA Moon": people who debut,
    perform or tour *as* a named band are its members."""
    for tok in ctx.tokens:
        # the parser may take a verb it has not seen conjugated for a noun ("Harin and Rue debut as"): the lemma decides
        if tok.lower_ != "as" or tok.head.lemma_.lower() not in _AS_GROUP_VERBS or tok.head.pos_ not in {
                "VERB", "AUX", "NOUN"}:
            continue
        end = tok.idx + len(tok)
        sent = tok.sent
        sent_index = ctx.sent_index.get(sent.start, -1)
        group = next((m for m in ctx.by_sent.get(sent_index, []) if m.start > tok.i and not m.pronoun
                      and _UNIT_BEFORE.fullmatch(ctx.text[end:ctx.doc[m.start].idx])), None)
        if group is None or not ctx.fits(group, {G}, True):
            continue
        verb = tok.head
        modality = _modality(sent, verb)
        if modality == 0.0 or _clause_negated(verb):
            continue
        # the subject's names, one-word given names NER took for places included ("Dahye and Suah will debut")
        people = [m for c in verb.children if c.dep_ == "nsubj" for m in _mentions_in(ctx, list(c.subtree))
                  if not _inside_clause(ctx, m, c)]
        if not people:  # no parsed subject: the names right before the verb ("Harin and Rue debut as")
            last = next((m for m in reversed(ctx.by_sent.get(sent_index, [])) if m.end <= verb.i and not m.pronoun
                         and re.fullmatch(r"\s*(?:(?:will|to|officially|finally|now|also)\s+)*",
                                          ctx.text[ctx.char_span(m)[1]:verb.idx])), None)
            people = coordinated_before(ctx, last) if last is not None else []
        people = [m for m in people if _person_or_untyped(ctx, m) and m.entity != group.entity]
        for person in people:
            start, end_char = ctx.char_span(person, group)
            yield Candidate("MEMBER_OF", person.entity, group.entity, start, end_char, sent, 0.75 * modality,
                            "debut-as-group", subject_type=P if ctx.etype(person) is None else None,
                            object_type=_implied("MEMBER_OF", False, group, ctx))


_LINEUP_ROLE = rf"(?:{_ROLE}|producer|dj|multi-instrumentalist|(?:keyboard|bass|guitar)\s+player|percussionist|mc)"
_COUNTED = {"duo": 2, "pair": 2, "trio": 3, "quartet": 4, "quintet": 5, "sextet": 6}
_ROLE_LIST_STEP = re.compile(rf"\s*(?:,|,?\s*and|&)\s+{_MOD}?(?:[\w-]+\s+)?{_LINEUP_ROLE}\s+", re.I)


def apposed_lineup_candidates(ctx: Context) -> Iterator[Candidate]:
    """"duo NOVA BLUE, vocalist Sienna Park and producer Eli Navarro, announce": a
    band introduced by a band noun and followed by a set-off list of people, each
    named with a role, is that line-up; a counted noun (duo, trio) must match the
    number of names ("the duo X, singer A and rapper B and C" is no line-up)."""
    doc = ctx.doc
    for g in ctx.mentions:
        if g.pronoun or ctx.etype(g) is not G or g.start == 0:
            continue
        noun = doc[g.start - 1].lower_
        if noun not in GROUP_NOUNS and noun not in _COUNTED:
            continue
        ms = [m for m in ctx.by_sent.get(g.sent, []) if not m.pronoun and m.start >= g.end]
        if not ms or not re.fullmatch(rf"\s*,\s*{_MOD}?(?:[\w-]+\s+)?{_LINEUP_ROLE}\s+", ctx.between(g, ms[0]), re.I):
            continue
        listed, prev = [ms[0]], ms[0]
        for x in ms[1:]:
            if not _ROLE_LIST_STEP.fullmatch(ctx.between(prev, x)):
                break
            listed.append(x)
            prev = x
        if len(listed) < 2 or len(listed) != _COUNTED.get(noun, len(listed)) or any(
                ctx.etype(x) is not P for x in listed):
            continue
        if not re.match(r"^\s*(?:[,)]|[-–—]\s)", ctx.after(prev, 4)):
            continue  # the list must close, else it runs on into the sentence ("duo X, singer A and B toured")
        sent = ctx.sents[g.sent]
        modality = _modality(sent)
        if modality == 0.0:
            continue
        for person in listed:
            start, end = ctx.char_span(g, person)
            yield Candidate("MEMBER_OF", person.entity, g.entity, start, end, sent, 0.8 * modality,
                            "band-then-role-list")


_FORCES = r"(?:military|army|navy|air force|marines?|marine corps|armed forces)"
# Wording that says a person enlisted or is to enlist (began the service).
_ENLIST = re.compile(r"\b(?:enlist(?:s|ed|ing|ment)?|military service|mandatory service|national service|"
                     r"(?:compulsory|mandatory|military|national) (?:national |military )?duty|"
                     rf"join(?:s|ed|ing)? the (?:\w+ )?{_FORCES}|"
                     rf"(?:entered|enter|enters|entering) (?:the )?(?:{_FORCES}|boot camp|(?:army |military |recruit |basic )?training)|"
                     r"(?:start|begin|began|begun|starts|begins|starting|beginning) (?:his|her) (?:mandatory |alternative )?"
                     r"(?:military )?service|(?:his|her) (?:mandatory )?(?:military )?service begins|"
                     rf"drafted into (?:the )?(?:\w+ )?{_FORCES}|"
                     r"(?:was|were|be|been|being|got|get|gets|is|are) drafted\b(?!\s+(?:in|by|to|as|onto|for|from)\b)|"
                     r"(?:report(?:s|ed|ing)?|head(?:s|ed)? off) (?:to|for) (?:basic |military |recruit |army )?"
                     r"(?:training|boot camp)|inducted into (?:the )?(?:\w+ )?" + _FORCES + r"|"
                     r"alternative (?:military )?service|social service agent|public service worker|"
                     r"serv(?:e|es|ed|ing) as (?:an? )?(?:active[- ]duty |conscripted |enlisted )?(?:soldier|conscript))",
                     re.I)
# Wording that says the service began earlier or is under way: he enlisted, date unknown.
_IMPLIED_ENLIST = re.compile(
    r"\b(?:(?:complet|finish|end|conclud|wrapp?|fulfill?)\w*(?: up)? (?:his|her|their) (?:own )?"
    r"(?:(?:mandatory|military|alternative|national|army|compulsory|\w+-(?:year|month)|public|social|"
    r"active-duty|conscript) ){0,2}(?:service|duty|enlistment)|discharged?|"
    rf"(?:returned|returns|return|returning|back|home) from (?:the |his |her )?(?:{_FORCES}|service|military service)|"
    rf"(?:serves|served|serving) (?:in|with) the (?:\w+ )?{_FORCES})", re.I)
# "completed his military service", "discharged from military service", "his military service ends":
# the service wording names its end, not its start
_ENDED_BEFORE = re.compile(r"(?:(?:complet|finish|end|conclud|wrapp?|fulfill?)\w*(?:\s+up)?|discharged?\s+from|"
                           r"(?:returned|returns|return|returning|back|home)\s+from)\s+(?:the\s+|his\s+|her\s+|their\s+)?"
                           r"(?:[\w-]+\s+){0,2}$", re.I)
_ENDS_AFTER = re.compile(r"^\s+(?:ends|ended|will\s+end|is\s+over|finishes|finished|wraps|concludes|concluded)\b", re.I)
_NOT_MILITARY_DISCHARGE = re.compile(r"\bdischarged? (?:from )?(?:the )?(?:hospital|clinic|care)\b", re.I)
_MILITARY_WORD = re.compile(rf"\b(?:{_FORCES}|service|duty|soldier|enlist\w*|conscript\w*|draft\w*)\b", re.I)
_DISCHARGE = re.compile(r"\bdischarged?\b", re.I)
_YEAR_WORD = re.compile(r"(?:19|20)\d\d")
# A bare year after these words is a date even when NER misses it ("put out Motomami in 2022").
_YEAR_PREPS = frozenset({"in", "since", "from", "during", "until", "circa"})


# Nouns a year before them dates as a release: "the 1982 album", "his 2020 beat tape", "a 2004 film"
_PRENOMINAL_NOUN = (r"(?:album|single|song|track|hit|ep|lp|record|release|mixtape|debut|cover|classic|ballad|duet|"
                    r"anthem|smash|breakthrough|tape|film|movie|documentary)")
_YEAR_BEFORE_NOUN = re.compile(rf"^\s*(?:[a-z][\w-]*\s+){{0,2}}?{_PRENOMINAL_NOUN}\b", re.I)


def _dates_in(ctx: Context, sent: Span) -> list[Span]:
    """Date entities of a sentence in text order, each grown over a year NER left
    outside ("March 3" + ", 2023"), plus bare years NER missed after a preposition
    ("in 2022"), before a possessive ("2002's") or before a release noun ("his 2021 mixtape")."""
    out = []
    for e in ctx.date_ents:
        if not sent.start <= e.start < sent.end:
            continue
        end = e.end
        while end < sent.end and (ctx.doc[end].text == "," or _YEAR_WORD.fullmatch(ctx.doc[end].text)):
            end += 1
            if _YEAR_WORD.fullmatch(ctx.doc[end - 1].text):
                break
        out.append(ctx.doc[e.start:end] if end > e.end and ctx.doc[end - 1].text != "," else e)
    covered = {i for span in out for i in range(span.start, span.end)}
    for tok in sent:
        if tok.i in covered or not _YEAR_WORD.fullmatch(tok.text):
            continue
        prev = ctx.doc[tok.i - 1] if tok.i > sent.start else None
        nxt = ctx.doc[tok.i + 1] if tok.i + 1 < sent.end else None
        if (prev is not None and prev.lower_ in _YEAR_PREPS) or (nxt is not None and nxt.text in {"'s", "’s"}) or (
                _YEAR_BEFORE_NOUN.match(ctx.text[tok.idx + len(tok):min(sent.end_char, tok.idx + 50)])) or (
                prev is not None and nxt is not None and prev.text == "(" and nxt.text == ")"):
            out.append(ctx.doc[tok.i:tok.i + 1])
    return sorted(out, key=lambda span: span.start)


def _date_value(ctx: Context, sent_index: int, ent: Span, future: bool | None) -> str | None:
    """ISO date of a date span. "The same year", "that year", "the following year"
    count from the last year the text gave before them, not from the publication date."""
    offset = anaphoric_year(ent.text)
    if offset is None:
        return resolve_date(ent.text, ctx.published, future)
    for s in range(sent_index, max(-1, sent_index - 3), -1):
        for earlier in reversed(_dates_in(ctx, ctx.sents[s])):
            if earlier.start >= ent.start or anaphoric_year(earlier.text) is not None:
                continue
            value = resolve_date(earlier.text, None)  # only a year the text states
            if value:
                return f"{int(value[:4]) + offset:04d}"
    return None


_FUTURE_AUX = frozenset({"will", "'ll", "wo", "shall"})
_FUTURE_FRAMES = frozenset({"set", "due", "schedule", "expect", "plan", "slate", "poise", "go", "tip", "gear"})
_PAST_AUX = frozenset({"was", "were", "had", "has", "have", "did", "'d"})
_PRESENT_RELEASE = frozenset({"arrive", "land", "drop", "come", "hit", "release", "debut", "premiere", "follow"})


def _clause_tense(verb: Token) -> bool | None:
    """Which way the verb's own clause points: True (will, is set to, is due,
    present-tense "arrives"), False (past tense, "has been released"), None
    when the clause does not say. The clause decides before the rest of the
    sentence: in "was released on July 15, ahead of the album due next month"
    the "due" belongs to another clause.

    >>> # "“Paper Boats” was released on July 15" -> False; "will arrive on July 15" -> True
    """
    chain = [verb]
    while chain[-1].dep_ in {"xcomp", "aux", "auxpass", "acomp"} and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)  # "is set to arrive": the frame sits above the verb
    words = [c for n in chain for c in n.children if c.dep_ in {"aux", "auxpass", "acomp", "xcomp", "prt"}]
    if any(w.lower_ in _FUTURE_AUX for w in words):
        return True
    frames = chain[1:] + [w for w in words if w.dep_ == "acomp"] + ([verb] if verb.pos_ == "ADJ" else [])
    if any(n.lemma_.lower() in _FUTURE_FRAMES and (n.lower_ == "due" or any(
            c.dep_ == "xcomp" for c in n.children) or n.dep_ == "acomp") for n in frames):
        return True  # "is set to arrive", "is due out", "is going to drop"
    if any(w.lower_ in _PAST_AUX and w.dep_ in {"aux", "auxpass"} for w in words) or verb.tag_ == "VBD":
        return False
    if verb.tag_ in {"VBZ", "VBP"} and verb.lemma_.lower() in _PRESENT_RELEASE:
        return True  # news reports a coming release in the present: "the album lands Friday"
    return None


def _future(sent: Span, around: Token | None = None) -> bool | None:
    if around is not None:
        tense = _clause_tense(around)
        if tense is not None:
            return tense
    words = {t.lower_ for t in sent if t.text.islower()}  # "Set Me Free" is a title, "set to" a future
    if words & {"will", "'ll", "due", "scheduled", "upcoming", "forthcoming", "set", "expected", "plans",
                "planning", "coming", "lands", "arrives", "next", "ahead"}:
        return True
    if around is not None and around.tag_ in {"VBD", "VBN"}:
        return False
    if any(t.tag_ == "VBD" for t in sent):
        return False
    return None


def _enlistee(ctx: Context, m: Mention) -> bool:
    """A person, or a short name no rule typed yet: only people enlist. Headline
    fragments ("K-Pop Stars Who Joined") are not names."""
    if ctx.etype(m) is P:
        return True
    words = ctx.doc[m.start:m.end]
    return not m.pronoun and ctx.fits(m, {P}, True) and len(words) <= 3 and not any(
        t.lower_ in {"who", "which", "that", "the", "military", "army", "navy", "service", "duty"}
        or t.tag_ in {"NNS", "NNPS"} for t in words)


def _enlistment_date(ctx: Context, sent: Span, sent_index: int, verb: Token, trig_tok: Token,
                     skip: set[int]) -> str | None:
    future = _future(sent, verb)
    clause = {verb.i, trig_tok.i, *(t.i for t in trig_tok.ancestors if t.i != verb.i and t.pos_ in {"NOUN", "PROPN"}
                                      and verb.i in {a.i for a in t.ancestors})}
    node = verb
    # "is set to enlist", "is due to join"; "entered a training centre to begin his service": the
    # verb a purpose clause hangs on
    while (node.dep_ in {"xcomp", "acomp"} or (node.dep_ == "advcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in node.children))) and node.head.i != node.i:
        node = node.head
        clause.add(node.i)
    future = _clause_tense(verb) if _clause_tense(verb) is not None else future
    # "Before his enlistment, A will meet fans on May 3": the enlistment only times another event,
    # whose date that is; only a date on the noun itself ("ahead of his enlistment on May 6") counts
    prep = trig_tok.head if trig_tok.pos_ in {"NOUN", "PROPN"} and trig_tok.dep_ == "pobj" else None
    timed = prep is not None and (prep.lower_ in {"before", "until", "after", "following"} or (
        prep.lower_ in {"of", "to"} and prep.head.lower_ in {"ahead", "prior"}))
    for ent in _dates_in(ctx, sent):
        if ent.start in skip:
            continue
        if timed and _date_owner(ent, trig_tok) is not trig_tok:
            continue
        # another event between the trigger and the date owns it ("enlisted; discharged on ...")
        window = ctx.text[max(sent.start_char, trig_tok.idx if trig_tok.i < ent.start else 0, ent.start_char - 50):
                          ent.start_char]
        if re.search(r"\bdischarg|\bborn\b|\bdebut", window, re.I):
            continue
        if re.match(r"^\W*(?:\w+\s+)?discharg", ctx.text[ent.end_char:ent.end_char + 30], re.I):
            continue
        owner = _date_owner(ent, trig_tok)
        if owner is not None and owner.i not in clause:
            continue  # the date of another clause: a single, a discharge, a statement
        if owner is None and min(abs(ent.start - trig_tok.i), abs(ent.end - trig_tok.i)) > 8:
            continue
        if ent.root.head.lower_ in {"ago", "old"}:
            continue
        value = _date_value(ctx, sent_index, ent, future)
        if value and not _is_age(ent):
            return value
    return None


def _date_owner(ent: Span, trigger: Token) -> Token | None:
    """The verb (or the trigger noun, "his enlistment on May 6") a date hangs on;
    None in a verbless fragment."""
    node = ent.root
    while node.head.i != node.i:
        node = node.head
        if node.i == trigger.i or node.pos_ in {"VERB", "AUX"}:
            return node
    return None


def _earlier_enlistees(ctx: Context, sent: Span, sent_index: int, future: bool | None) -> Iterator[
        tuple[Mention, str | None, Span | None]]:
    """"He becomes the second member to serve, following Jin last December":
    in an enlistment sentence, the person after "following"/"after" enlisted
    before, at the date attached to that phrase."""
    listed_after = False  # "after A, who enlisted in March, and B, who enlisted last month": B went first too
    for m in ctx.by_sent.get(sent_index, []):
        # read from the words, not the parse, which often takes "bandmate" for a preposition
        lead = re.search(r"\b(?:following|after)\s+((?:[a-z-]+\s+){0,2})$", ctx.before(m, 40))
        if not lead and listed_after and re.search(r"(?:,|\band)\s*$", ctx.before(m, 6)) and (
                _relative_clause_date(ctx, sent, m) is not None):
            lead = re.search(r"()$", "")
        listed_after = bool(lead) and not m.pronoun
        if m.pronoun or not lead or not _enlistee(ctx, m):
            continue
        # an untyped name needs the text to say it is a person who went first
        if ctx.etype(m) is not P and not (set(lead.group(1).split()) & (PERSON_ROLES | {"bandmate", "fellow"})) and not re.search(
                r"\b(?:second|third|fourth|fifth|sixth|seventh|latest|another)\b", sent.text, re.I):
            continue
        when = next((e for e in _dates_in(ctx, sent) if m.end <= e.start <= m.end + 2), None)
        if when is None:  # "after Minseok, who enlisted in March 2024"
            when = _relative_clause_date(ctx, sent, m)
        value = _date_value(ctx, sent_index, when, False) if when is not None else None
        yield m, value, when


def _relative_clause_date(ctx: Context, sent: Span, m: Mention) -> Span | None:
    """The date in a "who enlisted ..." clause on ``m`` ("Minseok, who enlisted in March
    2024"), or None."""
    root = ctx.doc[m.start:m.end].root
    clauses = [c for c in root.children if c.dep_ == "relcl" and _ENLIST.search(
        ctx.text[c.idx:c.idx + 40]) and _ENLIST.search(" ".join(t.text for t in c.subtree))]
    for clause in clauses:
        inside = {t.i for t in clause.subtree}
        for ent in _dates_in(ctx, sent):
            if ent.root.i in inside:
                return ent
    return None


# "Kio, a Japanese national, is not subject to mandatory service": wording about a service nobody began
_EXEMPT_BEFORE = re.compile(r"\b(?:not\s+(?:subject|required|liable|obliged|due)\s+to|exempt(?:ed|ion)?\s+from|"
                            r"avoid\w*|dodg\w*|evad\w*|without|postpone\w*|defer\w*)\s+(?:\w+\s+){0,2}$", re.I)


def _enlistment_trigger(text: str) -> tuple[re.Match, bool] | None:
    """The first wording of a sentence that says someone enlisted, and whether it
    is only implied by a completed service or a discharge. Wording that starts the
    service wins, so its date is read: "was discharged in June, having enlisted
    on December 13"."""
    start = next((m for m in _ENLIST.finditer(text) if not _ENDED_BEFORE.search(text[max(0, m.start() - 45):m.start()])
                  and not _ENDS_AFTER.match(text[m.end():])
                  and not _EXEMPT_BEFORE.search(text[max(0, m.start() - 40):m.start()])), None)
    if start is not None and not re.search(
            r"\benlist(?:s|ed|ing)?\s+(?:the\s+)?(?:help|services|support|a\s+new|new|producer)", text, re.I):
        return start, False
    for implied in _IMPLIED_ENLIST.finditer(text):
        if _DISCHARGE.fullmatch(implied.group(0)) and (
                _NOT_MILITARY_DISCHARGE.search(text) or not _MILITARY_WORD.search(text)):
            continue  # "discharged from hospital"
        return implied, True
    return None


def enlistment_candidates(ctx: Context) -> Iterator[Candidate]:
    for sent_index, sent in enumerate(ctx.sents):
        text = sent.text
        found = _enlistment_trigger(text)
        if found is None:
            continue
        match, discharge = found
        trigger_char = sent.start_char + match.start()
        trigger = ctx.doc.char_span(trigger_char, trigger_char + len(match.group(0).split()[0]),
                                    alignment_mode="expand")
        trig_tok = trigger[0] if trigger is not None else sent.root
        modality = _modality(sent, trig_tok)  # "A was discharged ..., and B is not subject to service"
        if modality == 0.0 or (_clause_negated(trig_tok) and not discharge):
            continue
        # who: the subject of the trigger's verb, else the nearest person before it
        verb = trig_tok
        while (verb.pos_ not in {"VERB", "AUX"} or verb.dep_ in {"aux", "auxpass"}) and verb.head.i != verb.i:
            verb = verb.head  # "was drafted": the participle, not the auxiliary
        trigger_end = sent.start_char + match.end()
        earlier = [] if discharge else list(_earlier_enlistees(ctx, sent, sent_index, _future(sent, verb)))
        others = {m.entity for m, _, _ in earlier}
        # not a name inside the trigger ("Joined the Military"), a possessor ("MONSTA X's members")
        # or a person said to have gone before
        eligible = [m for m in ctx.by_sent.get(sent_index, []) if _enlistee(ctx, m) and m.entity not in others
                    and not trigger_char <= ctx.doc[m.start].idx < trigger_end
                    and not re.match(rf"^{_POSS}", ctx.after(m, 3))]
        # "attended Jin's enlistment ceremony": the possessor of the trigger noun enlists, not the subject
        words = ctx.doc.char_span(trigger_char, trigger_end, alignment_mode="expand") or [trig_tok]
        nouns = [t for t in words if t.pos_ in {"NOUN", "PROPN", "ADJ"}]
        nouns += [t.head for t in nouns if t.dep_ in {"compound", "amod"}]  # "Jin's enlistment ceremony"
        owners = [c for t in nouns for c in t.children if c.dep_ == "poss"]
        persons = [m for m in _mentions_in(ctx, owners) if ctx.etype(m) is P or (not m.pronoun and _enlistee(ctx, m))]
        if not persons and verb.dep_ == "relcl":  # "..., following Minjae, who enlisted last July": Minjae
            persons = [m for m in _mentions_in(ctx, [verb.head]) if m in eligible]
        if not persons:
            persons = [m for m in _subject_mentions(ctx, verb) if ctx.etype(m) is P]
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if not persons and subject is not None and subject.pos_ == "NOUN" and ctx.token_mention.get(subject.i) is None:
            persons = [None]  # "the remaining members are expected to enlist": nobody named enlists
        if not persons:
            persons = [m for m in _mentions_in(ctx, list(trig_tok.subtree)) if ctx.etype(m) is P]
        if not persons and verb.dep_ in {"acl", "relcl"}:  # "Shownu, one of MONSTA X's members, enlisted"
            persons = [m for m in _mentions_in(ctx, [verb.head]) if m in eligible]
        if not persons:
            persons = [m for m in eligible if m.start < trig_tok.i][-1:]
        if not persons:
            persons = eligible[:1]
        persons = [p for p in persons if p is not None]
        if not persons and not earlier:
            continue
        iso: str | None = None
        if persons and not discharge:
            iso = _enlistment_date(ctx, sent, sent_index, verb, trig_tok,
                                   {w.start for _, _, w in earlier if w is not None})
        for person in persons:
            start, end = ctx.char_span(person)
            yield Candidate("ENLISTED", person.entity, iso, min(start, sent.start_char), max(end, sent.end_char),
                            sent, (0.85 if iso else 0.75) * modality, "enlistment-discharge" if discharge else "enlistment",
                            subject_type=P if ctx.etype(person) is None else None)
        for person, value, _ in earlier:
            if person.entity in {p.entity for p in persons}:
                continue
            start, end = ctx.char_span(person)
            yield Candidate("ENLISTED", person.entity, value, start, end, sent, 0.75 * modality,
                            "enlistment-following", subject_type=P if ctx.etype(person) is None else None)


def _is_age(ent: Span) -> bool:
    return bool(re.search(r"\b(?:year-old|years old|aged|age)\b", ent.text + " " + ent.doc[ent.end:ent.end + 2].text, re.I))


_RELEASE_CUE = re.compile(
    r"\b(?:releas\w*|out|came out|come out|comes out|arriv\w*|dropp?\w*|land\w*|debut\w*|premier\w*|"
    r"unveil\w*|issued|put out|puts out|hits? shelves|went live|goes live|due|scheduled|on sale|launch\w*|"
    r"available|led the way|came next|followed|follows)\b", re.I)
_NOT_RELEASE = re.compile(
    r"\b(?:chart\w*|topp?\w*|peak\w*|No\.|number one|award\w*|won|win|wins|nominat\w*|perform\w*|concert|"
    r"tour\w*|appear\w*|guest|born|enlist\w*|discharg\w*|sold|sales|streams|certified|recorded|recording|"
    r"ceremony|festival|announc\w*|posted|revealed|hinted|said|told|formed|founded|signed|married|"
    r"joined|left|quit|died|teaser|met|meet)\b", re.I)
# Words of the parse that say what happened on a date: a release, or something else
# (a chart run, an award, a show, an announcement, a recording, a teaser).
_RELEASE_EVENT = frozenset({"release", "come", "arrive", "drop", "land", "issue", "put", "debut", "premiere",
                            "unveil", "launch", "due", "out", "available"})
_OTHER_EVENT = frozenset({
    "reach", "top", "peak", "chart", "climb", "enter", "spend", "sell", "win", "earn", "receive", "nominate",
    "perform", "appear", "tour", "play", "sing", "record", "announce", "reveal", "tease", "say", "tell", "hint",
    "confirm", "marry", "die", "bear", "form", "found", "sign", "join", "leave", "quit", "meet", "enlist",
    "discharge", "hold", "headline", "attend", "host", "feature", "rank", "certify", "film", "shoot", "post",
    "award", "awards", "ceremony", "concert", "show", "festival", "performance", "teaser", "trailer",
    "anniversary", "birthday", "interview", "statement", "wedding", "gig", "livestream", "broadcast", "episode",
    "re-release", "reissue"})
_ALBUM_NOUNS = frozenset({"album", "record", "ep", "lp", "mixtape", "mini-album", "project", "anthology"})
_VIDEO_NOUNS_DATED = frozenset({"video", "clip", "visuals", "visual", "mv", "music-video"})
_TRACK_NOUNS = _VIDEO_NOUNS_DATED | {"song", "single", "track", "tune", "ballad", "anthem", "number"}
# A release named after these words is another release than the one the date is about:
# "a single from D-Day", "arrived after the July release of Jack in the Box".
_OTHER_RELEASE_PREPS = frozenset({"from", "off", "after", "before", "since", "following", "than", "like", "unlike"})


def _event_of(ctx: Context, ent: Span) -> str | None:
    """What the parse says happened on the date ``ent``: "release", "other" (a chart
    run, award, show, announcement, teaser...), or None when it names no event.

    The first event word above the date decides: in "reached number one with
    her debut hit in October 1999" that is "reached"; in "a statement issued on
    Wednesday" the issued thing is a statement, not a release."""
    node = ent.root
    while node.head.i != node.i:
        node = node.head
        event = _event_word(ctx, node)
        if event is None and node.pos_ in {"VERB", "AUX"}:
            # "Lisa is due to appear on Friday": the open complements of the verb say what happens
            comp = node
            while event is None and (comp := next((c for c in comp.children if c.dep_ in {"acomp", "xcomp"}),
                                                  None)) is not None:
                event = _event_word(ctx, comp)
        if event is not None:
            return event
    return None


def _event_word(ctx: Context, node: Token) -> str | None:
    lemma = node.lemma_.lower()
    if lemma in {"share", "reveal", "post", "offer"} and node.pos_ == "VERB":
        # "shared “Glass Bells” on Friday" releases the song; "shared a teaser of it" does not
        objects = [c for c in node.children if c.dep_ == "dobj"]
        released = [o for o in objects if _release_noun(o) or any(ctx.etype(m) is R for m in _mentions_in(ctx, [o]))]
        if any(o.lower_ in _NOT_THE_RELEASE for o in objects):
            return "other"
        return "release" if released and lemma == "share" else "other"
    if lemma == "due" and any(c.dep_ == "xcomp" for c in node.children):
        return None  # "due to appear": the verb after it is the event
    if node.i >= 2 and ctx.doc[node.i - 1].text == "-" and ctx.doc[node.i - 2].lower_ == "re":
        return "other"  # "re-released in 2000": re-releases are not release dates
    if lemma in _RELEASE_EVENT or node.lower_ in _RELEASE_EVENT:
        if node.dep_ == "acl" and node.pos_ == "VERB":
            thing = node.head
            named = ctx.token_mention.get(thing.i)
            if thing.lemma_.lower() not in RELEASE_NOUNS and not (named is not None and ctx.fits(named, {R}, True)):
                return "other"
        return "release"
    if lemma in _OTHER_EVENT and node.pos_ in {"VERB", "NOUN", "PROPN"}:
        return "other"
    return None


def release_date_candidates(ctx: Context) -> Iterator[Candidate]:
    for sent_index, sent in enumerate(ctx.sents):
        releases = [m for m in ctx.by_sent.get(sent_index, []) if ctx.etype(m) is R]
        dates = _dates_in(ctx, sent)
        if not dates:
            continue
        if _modality(sent) == 0.0:
            continue
        for ent in dates:
            if _is_age(ent):
                continue
            # Prenominal years: "the 1982 album Avalon", "2002's Here To Stay", "a 1998 hit".
            window_after = ctx.text[ent.end_char:min(sent.end_char, ent.end_char + 60)]
            head = ent.root
            verb = head
            while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
                verb = verb.head
            near = ctx.text[max(sent.start_char, ent.start_char - 45):min(sent.end_char, ent.end_char + 25)]
            year_only = bool(_YEAR_WORD.fullmatch(ent.text.strip()))
            prenominal = bool(re.match(rf"^\s*(?:{_POSS}\s*)?(?:[\w-]+\s+){{0,2}}?{_PRENOMINAL_NOUN}\b", window_after,
                                       re.I)) or (
                year_only and bool(re.match(rf"^\s*{_POSS}\s*[“\"‘']?\s*\w", window_after)))
            # "“Hollow Moon” (2019)": a year in brackets right after a title is its year
            if year_only and re.match(r"^\s*\)", window_after):
                titled = _bracketed_after_title(ctx, sent_index, ent)
                if titled is not None:
                    start, end = ctx.char_span(titled)
                    yield Candidate("RELEASED_ON", _release_entity(ctx, titled), ent.text.strip(), start,
                                    ent.end_char, sent, 0.8 * _modality(sent), "bracketed-year")
                continue
            if not prenominal and head.dep_ in {"compound", "amod", "nmod"} and head.head.i >= ent.end and (
                    head.head.pos_ in {"NOUN", "PROPN"} and not _release_noun(head.head)
                    and ctx.token_mention.get(head.head.i) is None):
                continue  # "the Saturday headline spot", "their 2019 tour": the date qualifies another noun
            # "their track from 1992": the noun right before "from", however the parse attached it
            noun_from = head.head.lower_ == "from" and head.head.i > sent.start and _release_noun(
                ctx.doc[head.head.i - 1])
            event = None if prenominal else _event_of(ctx, ent)
            if event == "other":
                continue
            cue = bool(_RELEASE_CUE.search(near)) or prenominal or noun_from or event == "release" or (
                verb.lemma_.lower() in {"release", "come", "arrive", "drop", "land", "issue", "put", "debut",
                                        "premiere", "unveil", "launch"})
            if not cue:
                continue
            clause_text = ctx.text[max(sent.start_char, ent.start_char - 40):ent.start_char]
            if _NOT_RELEASE.search(clause_text) and not _RELEASE_CUE.search(clause_text) and not (
                    prenominal or noun_from):
                continue
            if prenominal and re.match(rf"^\s*(?:{_POSS}\s*)?(?:(?!(?:with|on|by|for|the|a|an)\s)[\w-]+\s+)?"
                                       rf"{_PRENOMINAL_NOUN}\b", window_after, re.I):
                # "his December single" was out before, unless "his upcoming December single"
                future: bool | None = bool(re.search(r"\b(?:upcoming|forthcoming|next|due|planned)\b", near, re.I))
            else:
                future = True if _out_future(ctx, sent, ent) else _future(sent, verb)
            value = _date_value(ctx, sent_index, ent, future)
            modality = _modality(sent, verb)
            if re.search(r"[”\"’']?\s*,\s*out\s+(?:on\s+)?$", ctx.text[sent.start_char:ent.start_char]):
                # "“X,” her second album, out Friday": the apposition states the date itself; a
                # hedge or negation of the main clause ("has never sounded so calm") is not its
                modality = 1.0
            if value is None or modality == 0.0:
                continue
            if noun_from:
                targets = _noun_from_target(ctx, sent_index, ctx.doc[head.head.i - 1])
            else:
                targets = _date_targets(ctx, sent_index, ent, verb, releases, prenominal)
            for target in targets:
                start, end = ctx.char_span(target)
                yield Candidate("RELEASED_ON", _release_entity(ctx, target), value, min(start, ent.start_char),
                                max(end, ent.end_char), sent, (0.8 if not prenominal else 0.85) * modality,
                                "prenominal-date" if prenominal else "release-from-year" if noun_from
                                else "release-date")
    yield from _dated_with_release_candidates(ctx)


_SUCCESS_NOUNS = frozenset({"hit", "comeback", "revival", "success", "breakthrough", "smash", "chart-topper"})
_WITH_RELEASE_VERBS = frozenset({"return"})  # "will return with the album X on March 24"


def _verb_of(tok: Token) -> Token | None:
    """The nearest verb above ``tok`` ("in 1979" -> "enjoyed"), or None."""
    node = tok
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return node
    return None


def _dated_with_release_candidates(ctx: Context) -> Iterator[Candidate]:
    """A date on a clause that credits its success or return to a release after
    "with": "a revival in 1979 with “X”", "in 1981 he scored a hit with a cover
    of “Y”", "will return with the album “Z” on March 24"; and a release that
    "followed in 1966" after another one."""
    for sent_index, sent in enumerate(ctx.sents):
        if _modality(sent) == 0.0:
            continue
        for ent in _dates_in(ctx, sent):
            if _is_age(ent) or ctx.token_mention.get(ent.start) is not None:
                continue  # "You and I, Tonight" names a song, not a day
            verb = _verb_of(ent.root)
            if verb is None or _clause_negated(verb):
                continue
            lemma = verb.lemma_.lower()
            target = None
            if lemma == "follow" and not any(c.dep_ == "dobj" for c in verb.children):
                subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                named = ctx.token_mention.get(subj.i) if subj is not None else None
                if named is not None and ctx.etype(named) is R and not named.pronoun:
                    target = named
            elif lemma in _WITH_RELEASE_VERBS or any(
                    c.dep_ == "dobj" and c.lemma_.lower() in _SUCCESS_NOUNS for c in verb.children):
                for prep in verb.children:
                    if prep.dep_ != "prep" or prep.lower_ != "with":
                        continue
                    named = [m for m in _mentions_in(ctx, list(prep.subtree)) if ctx.etype(m) is R and not m.pronoun]
                    if named:
                        target = named[0]
                        break
            if target is None:
                continue
            value = _date_value(ctx, sent_index, ent, _future(sent, verb))
            modality = _modality(sent, verb)
            if value is None or modality == 0.0:
                continue
            start, end = ctx.char_span(target)
            yield Candidate("RELEASED_ON", _release_entity(ctx, target), value, min(start, ent.start_char),
                            max(end, ent.end_char), sent, 0.8 * modality, "dated-with-release")


def _release_noun(tok: Token) -> bool:
    return tok.lemma_.lower() in RELEASE_NOUNS or tok.lower_ in RELEASE_NOUNS


def _definite(noun: Token) -> bool:
    """"the album", "its video", "Jimin's record": a noun that points at one known thing."""
    return any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an", "another", "some", "any", "no"}
               for c in noun.children)


def _called(ctx: Context, m: Mention, nouns: frozenset[str]) -> bool:
    """The text calls ``m`` by one of ``nouns``: "the album FACE", "FACE, his first solo album"."""
    before = ctx.before(m, 30).lower()
    after = ctx.after(m, 50).lower()
    return bool(re.search(rf"\b(?:{'|'.join(nouns)})\s*[“\"‘']?\s*$", before) or re.match(
        rf"^\s*[”\"’']?\s*(?:music\s+)?(?:{'|'.join(nouns)})\b", after) or re.match(
        rf"^\s*[”\"’']?\s*,\s*[”\"’']?\s*(?:[\w'’-]+\s+){{0,5}}?(?:{'|'.join(nouns)})\b", after))


def _referent(ctx: Context, sent_index: int, noun: Token) -> Mention | None:
    """The release a definite description names: "the album" is the release the
    text has called an album (the most named such); "the video" is the main
    release of the passage; "the song" is the one the reference resolver chose,
    else the release in focus. Untyped names qualify here, but the date does not
    type them: only other rules do."""
    kind = noun.lower_ if noun.lower_ in _VIDEO_NOUNS_DATED | _ALBUM_NOUNS else noun.lemma_.lower()
    described = ctx.token_mention.get(noun.i)
    if kind in _ALBUM_NOUNS:
        named = [m for s in range(0, sent_index + 1) for m in ctx.by_sent.get(s, [])
                 if not m.pronoun and ctx.fits(m, {R}, True)]
        pool = {m.entity for m in named if _called(ctx, m, _ALBUM_NOUNS)}
        if not pool:
            return None
        # Rivals: the pool, and releases the text never calls a song, single or video.
        rivals = pool | {m.entity for m in named if ctx.etype(m) is R and not _called(ctx, m, _TRACK_NOUNS)}
        counts = {e: sum(1 for m in ctx.mentions if m.entity == e and not m.pronoun) for e in rivals}
        ranked = sorted(rivals, key=lambda e: -counts[e])
        if ranked[0] not in pool or (len(ranked) > 1 and counts[ranked[0]] < 2 * counts[ranked[1]]):
            return None  # two albums in play: "the album" is not clear enough to date one
        return [m for m in named if m.entity == ranked[0]][-1]
    if kind in _VIDEO_NOUNS_DATED:  # an article's video is of the release it names most
        named: dict[int, int] = {}
        last: dict[int, Mention] = {}
        for m in ctx.mentions:
            if m.sent <= sent_index and not m.pronoun and ctx.etype(m) is R:
                named[m.entity] = named.get(m.entity, 0) + 1
                last[m.entity] = m
        if not named:
            return None
        return last[max(named, key=lambda e: (named[e], last[e].start))]
    if described is not None and described.pronoun and ctx.etype(described) is R:
        return described
    return ctx.focus_release(sent_index)


def _noun_from_target(ctx: Context, sent_index: int, noun: Token) -> list[Mention]:
    """"their track from 1992": the release the noun names, in an apposition or by reference."""
    named = [m for m in _mentions_in(ctx, list(noun.subtree)) if ctx.etype(m) is R and not m.pronoun]
    if named:
        return named[:1]
    if not _definite(noun):
        return []
    target = _referent(ctx, sent_index, noun)
    return [target] if target is not None else []


def _other_release(ctx: Context, m: Mention, verb: Token) -> bool:
    """``m`` sits under "from", "after", "since"... on its way up to ``verb``: another release."""
    node, other = ctx.doc[m.start:m.end].root, False
    while node.i != verb.i and node.head.i != node.i:
        other = other or (node.dep_ == "prep" and node.lower_ in _OTHER_RELEASE_PREPS)
        node = node.head
    return other and node.i == verb.i


def _described_subject(ctx: Context, verb: Token) -> Token | None:
    """The release noun the dated verb is about, when a description and not a name
    stands there: "The K-pop idol's album came out today", "the visuals arrive
    today", "the latest album, released in 2003"."""
    clause = verb
    while clause.dep_ in {"xcomp", "aux", "auxpass"} and clause.head.i != clause.i:
        clause = clause.head  # "is set to arrive": the subject sits on "set"
    nouns = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if verb.dep_ in {"acl", "relcl"}:  # "the latest album, released in 2003", "its video, which came out Friday"
        nouns.append(verb.head)
    if clause.lemma_.lower() in _RELEASE_EVENT:
        nouns += [c for c in verb.children if c.dep_ == "dobj"]
    for noun in nouns:
        named = ctx.token_mention.get(noun.i)
        if named is not None and not named.pronoun:
            continue
        if _release_noun(noun) and _definite(noun):
            return noun
    return None


_TITLE_THEN_YEAR = re.compile(rf"^\s*[”\"’']?\s*,\s*[”\"’']?\s*(?:a|an|the|his|her|their|its|"
                              rf"(?:[A-Z][\w.&-]*\s+){{0,3}}?[A-Z][\w.&-]*\s*{_POSS})\s*$")


def _date_targets(ctx: Context, sent_index: int, ent: Span, verb: Token, releases: list[Mention],
                  prenominal: bool) -> list[Mention]:
    releases = [m for m in releases if m.end <= ent.start or m.start >= ent.end]  # not the date itself
    if prenominal:
        after = [m for m in releases if ent.end <= m.start <= ent.end + 8]
        if after:
            return after[:1]
        # "“Pier Lights,” a 2009 film", "“X,” Ana Holt's 2019 single": the year describes the title before it
        before = [m for m in releases if m.end <= ent.start and _TITLE_THEN_YEAR.match(
            ctx.text[ctx.doc[m.end - 1].idx + len(ctx.doc[m.end - 1]):ent.start_char])]
        return before[-1:]
    titled = _out_after_title(ctx, sent_index, ent)
    if titled is not None:
        return [titled]
    owner = _dated_noun(ctx, sent_index, ent, verb)
    if owner is not None:
        return owner
    other = {m.entity for m in releases if _other_release(ctx, m, verb)}  # and its descriptions with it
    releases = [m for m in releases if m.entity not in other]
    in_clause = []
    for m in releases:
        tok = ctx.doc[m.start]
        path, node = [], tok
        while node.i != verb.i and node.head.i != node.i:
            path.append(node)
            node = node.head
        # not in a side clause, nor in a coordinated clause of another event ("debuted in 2019
        # and took home a prize for “X”")
        if node.i == verb.i and not any(p.pos_ == "VERB" and (p.dep_ in {"relcl", "acl", "advcl", "ccomp"} or (
                p.dep_ == "conj" and p.lemma_.lower() not in _RELEASE_EVENT)) for p in path):
            in_clause.append(m)
    if in_clause:
        paired = _paired_by_order(ctx, sent_index, ent, verb, in_clause)
        if paired:
            return paired
        # "Doja Cat, the star behind “Say So”, dropped “Kiss Me More” on April 8": the object was released
        objects = {t.i for c in verb.children if c.dep_ in {"dobj", "attr", "xcomp", "oprd"} for t in c.subtree}
        subjects = {t.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}
        direct = [m for m in in_clause if m.start in objects] or [
            m for m in in_clause if m.start in subjects and not _in_apposition(ctx, m, verb)]
        in_clause = direct or [m for m in in_clause if not _in_apposition(ctx, m, verb)] or in_clause
        named = [m for m in in_clause if not m.pronoun]
        if named or not _described_subject(ctx, verb):
            return named or in_clause[:1]
    if verb.lemma_.lower() == "debut" and any(
            ctx.etype(m) in ART for c in verb.children if c.dep_ == "nsubj" for m in _mentions_in(ctx, [c])):
        return []  # "VANTA debuted in 2020": the act's debut, no release named in the clause
    antecedent = _antecedent_release(ctx, verb)
    if antecedent is not None:
        return [antecedent]
    noun = _described_subject(ctx, verb)
    if noun is not None:
        # "The record, Hollow Moon, arrives on Friday": the apposition names it
        named = [m for c in noun.children if c.dep_ == "appos" for m in _mentions_in(ctx, [c])
                 if not m.pronoun and (ctx.etype(m) is R or (ctx.etype(m) is None and ctx.fits(m, {R}, True, any_source=True)))]
        target = named[0] if named else _referent(ctx, sent_index, noun)
        return [target] if target is not None else []
    untyped = _untyped_released(ctx, verb)
    if untyped is not None:
        return [untyped]
    if verb.lemma_.lower() == "follow":
        return []  # "the tour follows in May": only a release named as what follows is dated
    if not releases:
        focus = ctx.focus_release(sent_index - 1) if sent_index else None
        subj_refs = [m for m in _mentions_in(ctx, list(verb.subtree)) if m.pronoun and ctx.etype(m) is R]
        if focus is not None and subj_refs and verb.lemma_.lower() in {"release", "come", "arrive", "drop", "land", "be", "go"}:
            return [focus]
        return []
    nearest = min(releases, key=lambda m: min(abs(m.start - ent.end), abs(ent.start - m.end)))
    return [nearest] if min(abs(nearest.start - ent.end), abs(ent.start - nearest.end)) <= 12 else []


_OUT_AFTER_TITLE = re.compile(
    r"^\s*[”\"’']?\s*[,(–—-]\s*[”\"’']?\s*(?:(?:which|that)\s+(?:is|was|are|were|came|comes|arrives|arrived|"
    r"dropped|drops|landed|lands)\s+)?(?:out|due(?:\s+out)?|released|arriving|available|dropping|landing)\s+"
    r"(?:on\s+|in\s+)?$", re.I)
_OUT_NOW = re.compile(r"\b(?:(came|come|was|were|been|had|already)\s+)?(?:out|due(?:\s+out)?|arriving|dropping)\s+"
                      r"(?:on\s+|in\s+)?$", re.I)


def _out_after_title(ctx: Context, sent_index: int, ent: Span) -> Mention | None:
    """"Hollow Moon, out Friday," / "Hollow Moon (out Friday via ...)" / "X, due
    out in May,": the date in a short aside right after a title dates that title,
    whatever else the sentence releases."""
    for m in reversed(ctx.by_sent.get(sent_index, [])):
        if m.end > ent.start or m.pronoun:
            continue
        between = ctx.text[ctx.doc[m.end - 1].idx + len(ctx.doc[m.end - 1]):ent.start_char]
        if not _OUT_AFTER_TITLE.match(between):
            return None  # only the title right before the aside
        if ctx.etype(m) is R or (ctx.etype(m) is None and ctx.fits(m, {R}, True, any_source=True)):
            return m
        return None
    return None


def _bracketed_after_title(ctx: Context, sent_index: int, ent: Span) -> Mention | None:
    """The release whose title stands right before "(YEAR)"."""
    for m in reversed(ctx.by_sent.get(sent_index, [])):
        if m.end > ent.start or m.pronoun:
            continue
        between = ctx.text[ctx.doc[m.end - 1].idx + len(ctx.doc[m.end - 1]):ent.start_char]
        if re.fullmatch(r"\s*[”\"’']?\s*\(\s*", between) and ctx.etype(m) is R:
            return m
        return None
    return None


def _out_future(ctx: Context, sent: Span, ent: Span) -> bool:
    """"out Friday", "is out Friday": news announces a coming release in the
    present; "came out Friday" and "was out Friday" report the past."""
    m = _OUT_NOW.search(ctx.text[sent.start_char:ent.start_char])
    return m is not None and m.group(1) is None


def _paired_by_order(ctx: Context, sent_index: int, ent: Span, verb: Token,
                     in_clause: list[Mention]) -> list[Mention]:
    """Several titles and several dates in one clause pair up in text order:
    "released A on May 2 and B on June 9" dates A May 2 and B June 9, whatever
    the parse attached the second title to. "followed it with B in June" dates
    B, the release after "with". Returns [] when the order does not decide."""
    if verb.lemma_.lower() == "follow":
        with_ = [m for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                 for m in _mentions_in(ctx, list(c.subtree)) if not m.pronoun and ctx.etype(m) is R]
        if with_:
            return with_[:1]
    named = [m for m in in_clause if not m.pronoun]
    if len({m.entity for m in named}) < 2:
        return []
    dates = [d for d in _dates_in(ctx, ctx.sents[sent_index]) if not _is_age(d)]
    if len(dates) < 2:
        return []
    before = [m for m in named if m.end <= ent.start
              and not any(m.end <= d.start < ent.start for d in dates)]
    return before[-1:]


_EVENT_NOUNS = frozenset({"release", "launch", "premiere", "arrival", "drop", "debut", "rollout"})


def _dated_noun(ctx: Context, sent_index: int, ent: Span, verb: Token) -> list[Mention] | None:
    """The date sits inside a noun phrase that is not an argument of ``verb``: it
    dates that phrase's release, not the clause's. "X was released on July 15,
    ahead of the album due next month": "next month" dates "the album" (and,
    unless the text says which album, nothing). "after the July release of
    Jack in the Box": July dates Jack in the Box. Returns None when the date
    hangs on the verb itself.
    """
    node = ent.root
    while node.head.i != node.i and node.head.i != verb.i:
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return None
        if node.pos_ not in {"NOUN", "PROPN"} or (ent.start <= node.i < ent.end):
            continue
        if node.head.i == verb.i and node.dep_ in {"nsubj", "nsubjpass", "dobj", "attr", "oprd"} and (
                verb.lemma_.lower() in _RELEASE_EVENT | _RELEASE_LEMMAS or verb.lemma_.lower() == "be"):
            return None  # an argument of the dated release verb: the normal reading holds
        # "The album, due May 3, includes X": the date describes the noun, not what "includes" does
        named = ctx.token_mention.get(node.i)
        if named is not None and not named.pronoun and ctx.etype(named) is R:
            return [named]
        if node.lower_ in _EVENT_NOUNS:
            of = [m for c in node.children if c.dep_ == "prep" and c.lower_ == "of"
                  for m in _mentions_in(ctx, list(c.subtree)) if not m.pronoun and ctx.etype(m) is R]
            if of:
                return of[:1]
        if _release_noun(node):
            # "Motomami, her third album, in 2022": the noun is an apposition to the title
            left = ctx.doc[node.left_edge.i]
            named = [m for m in ctx.by_sent.get(sent_index, []) if m.end <= left.i and not m.pronoun
                     and ctx.etype(m) is R and re.fullmatch(r"[\s,“”\"‘’'(-]*", ctx.text[
                         ctx.doc[m.end - 1].idx + len(ctx.doc[m.end - 1]):left.idx])]
            named = named or [m for m in _mentions_in(ctx, list(node.subtree)) if not m.pronoun and ctx.etype(m) is R
                              and not ent.start <= m.start < ent.end]
            if named:
                return named[:1]
            target = _referent(ctx, sent_index, node) if _definite(node) else None
            return [target] if target is not None else []
    return None


def _antecedent_release(ctx: Context, verb: Token) -> Mention | None:
    """The release a relative or participle clause hangs on, directly or through an
    apposition: "Music Of The Spheres, Coldplay's upcoming album, which lands on
    October 15th", "“D-2,” Suga's second solo mixtape, released in May 2020"."""
    if verb.dep_ not in {"relcl", "acl"}:
        return None
    noun = verb.head
    # The name right before an appositive noun phrase is what it describes, whatever the parse
    # attached it to: "the second chapter of “People,” which appeared on “D-2,” Suga's mixtape".
    left = min([noun.i] + [c.left_edge.i for c in noun.children
                           if c.dep_ in {"det", "poss", "amod", "compound", "nummod", "nmod"}])
    for m in ctx.by_sent.get(ctx.sent_index.get(verb.sent.start, -1), []):
        if m.end <= left and not m.pronoun and ctx.etype(m) is R and re.fullmatch(
                r"[\s,“”\"‘’'()\[\]-]*", ctx.text[ctx.doc[m.end - 1].idx + len(ctx.doc[m.end - 1]):ctx.doc[left].idx]):
            return m
    for tok in [noun, *([noun.head] if noun.dep_ == "appos" else []),
                *(c for c in noun.children if c.dep_ == "appos")]:
        m = ctx.token_mention.get(tok.i)
        if m is not None and not m.pronoun and ctx.etype(m) is R:
            return m
    return None


def _release_entity(ctx: Context, m: Mention) -> int:
    """The entity a dated mention stands for: an untyped name is the release of the
    same name when the article has one ("My Universe" in a sentence NER read
    differently)."""
    if ctx.etype(m) is not None:
        return m.entity
    text = m.text.lower()
    for index, entity in enumerate(ctx.entities):
        if entity.type is R and text in {n.lower() for n in entity.names}:
            return index
    return m.entity


def _untyped_released(ctx: Context, verb: Token) -> Mention | None:
    """A name no rule has typed yet that the parse makes the released thing: the
    object of "put out X", the subject of "X arrives", and the main subject after
    a participle ("Released on Friday, My Universe has ...")."""
    out = verb.lemma_.lower() == "be" and any(c.lower_ in {"out", "due", "available"} for c in verb.children)
    if verb.lemma_.lower() not in _RELEASE_EVENT and not out:
        return None
    slots = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} or (out and c.dep_ == "nsubj")]
    if verb.lemma_.lower() in {"come", "arrive", "land", "drop", "debut", "premiere"}:
        slots += [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "xcomp":  # "FACE is scheduled to arrive"
        slots += [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i < verb.head.i:
        slots += [c for c in verb.head.children if c.dep_ == "nsubj"]
    for tok in slots:
        m = ctx.token_mention.get(tok.i)
        if m is not None and not m.pronoun and ctx.etype(m) is None and ctx.fits(m, {R}, True, any_source=True):
            return m
    return None


def _in_apposition(ctx: Context, m: Mention, verb: Token) -> bool:
    """``m`` sits in an apposition or relative clause on the way up to ``verb``."""
    node = ctx.doc[m.start:m.end].root
    while node.i != verb.i and node.head.i != node.i:
        if node.dep_ in {"appos", "relcl", "acl"}:
            return True
        node = node.head
    return False


_DIRECTOR_TRIGGER = re.compile(r"-directed\b|\b(?:directed|helmed)\b", re.I)


_DIRECTING_VERBS = {"direct", "helm", "make", "shoot", "create", "film", "craft"}
_VIDEO_NOUNS = {"video", "clip", "visuals", "visual", "film", "mv", "music-video", "movie", "documentary"}


def _directed_works(ctx: Context, m: Mention) -> list[tuple[Token, list[Token]]]:
    """The verbs and objects of which ``m`` is the subject of directing: "Dave
    Meyers, who ..., helmed the My Universe clip", "Warren Fu made the music video",
    and a relative clause on the name ("Director A, who also shot the “Ember” clip, ...")."""
    root = ctx.doc[m.start:m.end].root
    verbs = [c for c in root.children if c.dep_ == "relcl" and any(
        g.dep_ == "nsubj" and g.lower_ in {"who", "that"} for g in c.children)]
    if root.dep_ == "nsubj":
        verbs.append(root.head)
        # "A has worked with the band since 2019, directing the clips for ...": the
        # participle clause shares the subject
        verbs.extend(c for c in root.head.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                     and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children))
    out = []
    for verb in verbs:
        if verb.lemma_.lower() not in _DIRECTING_VERBS:
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if not objects:
            continue
        if verb.lemma_.lower() not in {"direct", "helm"} and objects[0].lower_ not in _VIDEO_NOUNS:
            continue  # "made the music video" directs; "made history" does not
        if _clause_negated(verb):
            continue  # "did not direct the video"
        out.append((verb, list(objects[0].subtree)))
    return out


def _listed_releases(ctx: Context, noun: Token) -> list[Mention]:
    """Every title a "for"/"of" phrase on ``noun`` lists when it lists more than one:
    "the videos for “A” and “B”" gives [A, B]; one title, or none, gives []."""
    out: list[Mention] = []
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"for", "of"}:
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            for head in [pobj, *pobj.conjuncts]:
                m = ctx.token_mention.get(head.i)
                if m is not None and ctx.etype(m) is R and not m.pronoun and m not in out:
                    out.append(m)
    return out if len({m.entity for m in out}) > 1 else []


def _main_release(ctx: Context, sent: int) -> Mention | None:
    """The release a video is most likely of: of those named in this or the two previous
    sentences, the one the article names most (the latest on a tie)."""
    window = [m for s in range(max(0, sent - 2), sent + 1) for m in ctx.by_sent.get(s, [])
              if ctx.etype(m) is R and not m.pronoun]
    if not window:
        return ctx.focus_release(sent)
    songs = [m for m in window if not _called(ctx, m, _ALBUM_NOUNS)]
    if not songs:  # a video is of a song: "Charlie, the album" is not the clip's
        songs = [m for s in range(0, sent + 1) for m in ctx.by_sent.get(s, [])
                 if ctx.etype(m) is R and not m.pronoun and not _called(ctx, m, _ALBUM_NOUNS)]
    window = songs or window
    counts = ctx.mention_counts(R)
    best = max(counts[m.entity] for m in window)
    return [m for m in window if counts[m.entity] == best][-1]


def director_candidates(ctx: Context) -> Iterator[Candidate]:
    """"the Calmatic-directed visuals", "Dave Meyers helmed the clip",
    "director Warren Fu made the music video"."""
    for sent_index, sent in enumerate(ctx.sents):
        ms = ctx.by_sent.get(sent_index, [])
        for m in ms:
            hyphen = re.match(r"^\s?-\s?directed\b", ctx.after(m, 40))
            if hyphen and ctx.etype(m) is R and all(x.source == "ner:WORK_OF_ART" for x in ctx.entities[m.entity].mentions):
                ctx.entities[m.entity].type = None  # NER took "Drew Hirsch-directed" for a title
            if ctx.etype(m) not in {P, None, G} or (m.pronoun and (hyphen or ctx.etype(m) is not P or not re.search(
                    r"\b(?:herself|himself|themselves)\b", sent.text, re.I))):
                continue  # "She directed the clip herself": a resolved pronoun directs only her own video
            targets: list[Mention | None] = []
            if hyphen:
                targets.append(_main_release(ctx, sent_index))
            elif ctx.etype(m) is None and m.source.split("+")[0] not in TYPEABLE_SOURCES:
                continue
            for verb, obj_tokens in [] if hyphen else _directed_works(ctx, m):
                is_director = m.role == "director" or re.search(r"\bdirector\b", ctx.after(m, 80) + ctx.before(m, 30), re.I)
                if verb.lemma_.lower() not in {"direct", "helm"} and not is_director:
                    continue
                # "Director X shot it"; "X directed it" once the passage is about a video
                it_video = verb.lemma_.lower() in {"direct", "helm", "co-direct"} and re.search(
                    r"\b(?:video|clip|mv|visuals?)\b", ctx.text[ctx.sents[max(0, sent_index - 1)].start_char:
                                                            sent.end_char], re.I)
                obj = next(t for t in obj_tokens if t.head not in obj_tokens)
                listed = _listed_releases(ctx, obj) or (_listed_releases(ctx, verb) if obj.lemma_.lower() in _VIDEO_NOUNS
                                                        else [])  # "directed the clips for A and B"
                if listed:
                    targets.extend(listed)
                    continue
                named = [r for r in _mentions_in(ctx, obj_tokens) if ctx.etype(r) is R and (
                    not r.pronoun or ((is_director or it_video) and r.source != "description"))]
                if not named and verb.lemma_.lower() in {"direct", "co-direct"} and [
                        t.lower_ for t in obj_tokens] in (["it"], ["this"], ["this", "one"], ["that", "one"]):
                    # "Marlowe directed this one herself", after a video was named
                    targets.append(_video_release(ctx, sent_index, m.start) or (
                        _only_release(ctx, sent_index) if re.search(r"\b(?:videos?|clips?|mvs?|visuals?)\b",
                                                                      ctx.text[:sent.end_char], re.I) else None))
                    continue
                targets.append(named[0] if named else (
                    _main_release(ctx, sent_index) if any(t.lower_ in _VIDEO_NOUNS for t in obj_tokens) else None))
            modality = _modality(sent, ctx.doc[m.start])  # hedges in another clause do not touch the credit
            for target in targets:
                if target is None or modality == 0.0:
                    continue
                start, end = ctx.char_span(m, target)
                yield Candidate("DIRECTED_BY", target.entity, m.entity, start, end, sent, 0.85 * modality,
                                "hyphen-directed" if hyphen else "director-made-video", object_type=P)
    yield from _directed_by_agent(ctx)
    yield from _director_film_title(ctx)
    yield from _which_directed(ctx)


_DIRECTING_PARTICIPLES = {"direct", "co-direct", "helm", "shoot", "film", "co-helm"}


def _directed_by_agent(ctx: Context) -> Iterator[Candidate]:
    """"It was directed by A", "The clip was co-directed by A and B", "the video,
    shot by A,": each person after "by" directed the release the clause is about
    (a title, a resolved "it", or the passage's release for "the video")."""
    for tok in ctx.tokens:
        lemma = tok.lemma_.lower()
        if tok.tag_ != "VBN" or (lemma not in _DIRECTING_PARTICIPLES and tok.lower_ not in {"co-directed"}):
            continue
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        if agent is None:
            continue
        sent = tok.sent
        sent_index = ctx.sent_index.get(sent.start, -1)
        modality = _modality(sent, tok)
        if modality == 0.0 or _clause_negated(tok):
            continue
        people = [m for m in _mentions_in(ctx, list(agent.subtree)) if _listed_under(ctx, m, agent)
                  and not m.pronoun and ctx.etype(m) in {P, None} and ctx.fits(m, {P}, True)]
        thing = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if thing is None and tok.dep_ in {"acl", "amod"}:
            thing = tok.head  # "the video, directed by A"
        if thing is None and tok.dep_ == "advcl" and tok.i < tok.head.i:
            # "Directed by A, the clip sees the singer ...": the main clause's subject
            thing = next((c for c in tok.head.children if c.dep_ in {"nsubj", "nsubjpass"}
                          and c.lower_ in _VIDEO_NOUNS), None)
        if thing is None or not people:
            continue
        if lemma in {"shoot", "film"} and thing.lower_ not in _VIDEO_NOUNS and not re.search(
                r"\b(?:video|clip|mv|visuals?|film)\b", sent.text, re.I):
            continue  # "the cover was shot by A" is a photograph
        named = ctx.token_mention.get(thing.i)
        if named is not None and not named.pronoun:
            continue  # a title before "directed by" is the pair rules' case
        confidence, rule = 0.85, "directed-by-agent"
        listed = _listed_releases(ctx, thing) if thing.lemma_.lower() in _VIDEO_NOUNS else []
        if listed:  # "the clips, for A and B, were both directed by C": each title
            for release in listed:
                for person in people:
                    start, end = ctx.char_span(person)
                    yield Candidate("DIRECTED_BY", release.entity, person.entity, start, end, sent,
                                    confidence * modality, "listed-videos-directed-by",
                                    object_type=P if ctx.etype(person) is None else None)
            continue
        if thing.lower_ in _VIDEO_NOUNS and any(c.dep_ == "prep" and c.lower_ in {"for", "of"}
                                                  for c in thing.children):
            release = _release_at(ctx, thing, sent_index)  # "the video for X"
        elif thing.lower_ in _VIDEO_NOUNS - {"film", "movie", "documentary"} or (
                thing.lower_ == "it" and re.search(r"\b(?:video|clip|mv|visuals?)\b", ctx.text[
                    ctx.sents[max(0, sent_index - 1)].start_char:sent.end_char], re.I)):
            # "the clip", "the MV", "Its video", "It" after the video was named. A release the text
            # has already tied to a video ("the music video for X", "the X MV") is what "the MV"
            # means; otherwise only a passage about one release is safe, and resolving the
            # reference is unsure (it held for one in three on unseen text), so those facts stay
            # below the default export threshold.
            owner = next((ctx.token_mention.get(c.i) for c in thing.children if c.dep_ == "poss"), None)
            release = owner if owner is not None and ctx.etype(owner) is R else _video_release(
                ctx, sent_index, thing.i)  # "Its video, directed by A": the release "its" stands for
            confidence, rule = 0.75, "directed-by-video-reference"
            if release is None:
                release = _only_release(ctx, sent_index)
                confidence, rule = 0.45, "directed-by-agent"
        else:
            continue
        if release is None:
            continue
        inner = [m for m in ctx.by_sent.get(sent_index, []) if ctx.etype(m) is R and m.entity != release.entity
                 and thing.i < m.start < agent.i]
        if inner:
            continue  # "the video for A, a remake of B, directed by C": leave it to the pair rules
        for person in people:
            if person.entity == release.entity:
                continue
            start, end = ctx.char_span(person)
            yield Candidate("DIRECTED_BY", release.entity, person.entity, start, end, sent, confidence * modality,
                            rule, object_type=P if ctx.etype(person) is None else None)


def _which_directed(ctx: Context) -> Iterator[Candidate]:
    """"Dion Carter's video for “Heatwave”, which Sasha Levin directed", "The clip, which
    A and B co-directed": the subject of a relative clause directs the video it hangs on."""
    for tok in ctx.tokens:
        if tok.dep_ != "relcl" or tok.lemma_.lower() not in _DIRECTING_PARTICIPLES | {"co-direct", "make"}:
            continue
        if not any(c.dep_ == "dobj" and c.lower_ in {"which", "that"} for c in tok.children):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or _clause_negated(tok):
            continue
        people = [m for m in _mentions_in(ctx, list(subj.subtree)) if not m.pronoun and ctx.fits(m, {P}, True)
                  and (ctx.etype(m) is P or m.source.split("+")[0] in TYPEABLE_SOURCES)]
        head = tok.head
        sent = tok.sent
        sent_index = ctx.sent_index.get(sent.start, -1)
        named = ctx.token_mention.get(head.i)
        if named is not None and ctx.etype(named) is R and not named.pronoun:
            release = named if tok.lemma_.lower() in {"direct", "co-direct", "helm"} else None
        elif head.lower_ in _VIDEO_NOUNS:
            release = _release_at(ctx, head, sent_index)
        else:
            release = None
        modality = _modality(sent, tok)
        if release is None or modality == 0.0:
            continue
        for person in people:
            if person.entity == release.entity:
                continue
            start, end = ctx.char_span(person)
            yield Candidate("DIRECTED_BY", release.entity, person.entity, start, end, sent, 0.85 * modality,
                            "which-directed", object_type=P if ctx.etype(person) is None else None)


_VIDEO_AFTER_TITLE = re.compile(r"^\s*[”\"’']?\s*(?:'s\s+|’s\s+)?(?:official\s+|new\s+)?(?:music\s+|performance\s+)?"
                                r"(?:video|clip|mv|visuals?)\b", re.I)
_VIDEO_BEFORE_TITLE = re.compile(r"\b(?:video|clip|mv|visuals?)\s+(?:for|of|to|accompanying)\s+(?:[\w'’-]+\s+){0,4}?"
                                 r"[“\"‘']?\s*$", re.I)


def _video_release(ctx: Context, sent_index: int, before_token: int) -> Mention | None:
    """The release the text last tied to a video, in this sentence (before ``before_token``)
    or the two before it: "the music video for its title track “X”", "the X MV",
    "X's official video". None when no release was tied to a video there.

    >>> # "... along with the music video for “Salt Kiss.” Directed by A, the MV ..." -> Salt Kiss
    """
    for s in range(sent_index, max(-1, sent_index - 3), -1):
        for m in reversed(ctx.by_sent.get(s, [])):
            if ctx.etype(m) is not R or m.pronoun or (s == sent_index and m.start >= before_token):
                continue
            if _VIDEO_AFTER_TITLE.match(ctx.after(m, 30)) or _VIDEO_BEFORE_TITLE.search(ctx.before(m, 60)):
                return m
    return None


# films only: "the Taylor Swift video X" names the artist, not the director
def _only_release(ctx: Context, sent_index: int) -> Mention | None:
    """The release named in this or the previous sentence when there is exactly one, else None."""
    named = [m for s in (sent_index - 1, sent_index) for m in ctx.by_sent.get(s, [])
             if ctx.etype(m) is R and not m.pronoun]
    return named[-1] if len({m.entity for m in named}) == 1 else None


_FILM_BY = re.compile(r"^\s*(?:film|movie|documentary|biopic)\s*,?\s*[“\"‘']?$", re.I)


def _director_film_title(ctx: Context) -> Iterator[Candidate]:
    """"the Michael Winterbottom film 24 Hour Party People": a person named before
    "film" and a title directly after it; the title is a release whatever NER took it for."""
    for ms in ctx.by_sent.values():
        for i in range(len(ms) - 1):
            person, title = ms[i], ms[i + 1]
            if person.pronoun or title.pronoun or ctx.etype(person) is not P or ctx.etype(title) in ART | {O}:
                continue
            if not _FILM_BY.match(ctx.between(person, title)) or not re.search(
                    r"\b(?:the|a|an)\s*$", ctx.before(person, 10), re.I):
                continue
            modality = _modality(ctx.sents[person.sent])
            if modality == 0.0:
                continue
            start, end = ctx.char_span(person, title)
            yield Candidate("DIRECTED_BY", title.entity, person.entity, start, end, ctx.sents[person.sent],
                            0.75 * modality, "director-film-title", subject_type=R if ctx.etype(title) is None else None)


# -- featured artists in prose ---------------------------------------------------

_PART_NOUNS = {"vocals", "vocal", "verse", "verses", "rap", "raps", "appearance", "appearances", "contribution",
               "contributions", "feature", "features", "turn", "bars", "hook", "spot", "guest", "guests", "help"}
_SINGING_PARTS = {"chorus", "hook", "verse", "bridge", "part", "parts", "rap", "vocals", "lines", "refrain"}
_SEES_VERBS = {"deliver", "add", "contribute", "lend", "rap", "sing", "drop", "trade", "bring", "spit", "croon",
               "provide", "offer", "take", "handle", "join", "share", "belt", "duet"}
# not "appear on": artists appear on shows, charts, lists and covers more often than on records
_ON_VERBS = {"guest", "feature", "sing", "rap", "star"}
_NOT_MUSICIANS = {"actor", "actress", "model", "comedian", "presenter", "host", "footballer", "athlete",
                  "influencer", "youtuber", "director", "dancers", "dancer"}
_GUEST_PART = re.compile(r"\b(?:(?:guest|featured|special)\s+(?:verse|vocals?|rap|appearance|spot|turn|feature|bars|"
                         r"hook|contribution)s?|(?:verses?|features?|bars)|(?:a|an|the)\s+(?:\w+\s+)?rap)\s+"
                         r"(?:from|by|courtesy of)\s+(?:(?:the\s+)?[\w-]+\s+){0,2}?$", re.I)
_CAMEO = re.compile(r"\bcameos?\b", re.I)


def _release_at(ctx: Context, tok: Token, sent_index: int) -> Mention | None:
    """The release a noun phrase headed by ``tok`` names: a title (or a resolved
    "the track", "it"), a title in apposition ("His new single, “X”,"), or the
    release of the passage for "the video"/"the clip"."""
    for t in [tok, *(c for c in tok.children if c.dep_ == "appos")]:
        m = ctx.token_mention.get(t.i)
        if m is not None and ctx.etype(m) is R:
            if m.pronoun:  # "the closing track, “X”,": the title right after the description, however parsed
                titled = next((n for n in ctx.by_sent.get(m.sent, []) if n.start >= m.end and not n.pronoun
                               and ctx.etype(n) is R and re.fullmatch(r"\s*,\s*[“\"‘']?", ctx.between(m, n))), None)
                if titled is not None:
                    return titled
            return m
    if tok.lower_ in _VIDEO_NOUNS and _definite(tok):
        for c in tok.children:  # "the video for X"
            if c.dep_ == "prep" and c.lower_ in {"for", "of", "to"}:
                named = [m for m in _mentions_in(ctx, list(c.subtree)) if ctx.etype(m) is R]
                if named:
                    return named[-1]
        return _main_release(ctx, sent_index)
    return None


def _musician(ctx: Context, m: Mention) -> bool:
    """Nothing before ``m`` calls it an actor, model or other non-musician ("actor X")."""
    before = ctx.before(m, 30).lower().split()
    return not (before and before[-1].strip(",") in _NOT_MUSICIANS)


def _artists_of_phrase(ctx: Context, tok: Token) -> list[Mention]:
    """Artists a featuring object names: "singer Carys Bell", "A and B", "guest vocals
    from A", "a verse by A"; not "12 tracks" or "a cameo from A"."""
    if tok.lower_ in _PART_NOUNS or tok.lemma_.lower() in _PART_NOUNS:
        out = [m for c in tok.children if c.dep_ == "prep" and c.lower_ in {"from", "by"}
               for m in _mentions_in(ctx, list(c.subtree))]
    elif _CAMEO.search(tok.lower_) or _release_noun(tok):
        return []
    else:
        heads = [tok, *(c for c in tok.conjuncts)]
        out = _mentions_in(ctx, [t for h in heads for t in h.subtree if t.dep_ not in {"prep", "pobj"}
                                 or t.head.i in {x.i for x in heads}])
        out = [m for m in out if ctx.doc[m.start:m.end].root.i in {h.i for h in heads}
               or ctx.doc[m.start:m.end].root.head.i in {h.i for h in heads}]
    return [m for m in out if not m.pronoun and _artistlike(ctx, m) and ctx.etype(m) is not R
            and not _qualifier(ctx, m) and _musician(ctx, m) and m.role != "director"]


def _feature_sentence_candidates(ctx: Context) -> Iterator[Candidate]:
    """Featuring told in prose: "The track features singer Carys Bell", "His new
    single, “X”, features A and B", "The song sees A deliver a verse", "A guests
    on B's song", "A sings the hook on it", "with a guest verse from A"."""
    for tok in ctx.tokens:
        lemma = tok.lemma_.lower()
        if tok.pos_ not in {"VERB", "AUX"} or lemma not in {"feature", "see"} | _ON_VERBS:
            continue
        sent = tok.sent
        sent_index = ctx.sent_index.get(sent.start, -1)
        modality = _modality(sent, tok)
        if modality == 0.0 or _clause_negated(tok) or _CAMEO.search(sent.text):
            continue
        pairs: list[tuple[Mention, Mention, str]] = []  # (release, artist, rule)
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        # a video "features" dancers and cameos too: only a song or record subject counts
        release = _release_at(ctx, subj, sent_index) if subj is not None and lemma in {"feature", "see"} and (
            subj.lower_ not in _VIDEO_NOUNS) else None
        if release is not None and tok.tag_ != "VBN":
            # the release is the subject: "The track features A", "The song sees A rap"
            if lemma == "feature":
                for obj in (c for c in tok.children if c.dep_ == "dobj"):
                    pairs += [(release, a, "release-features-artist") for a in _artists_of_phrase(ctx, obj)]
            else:  # "sees A deliver a verse", "sees A on the hook"
                for comp in (c for c in tok.children if c.dep_ in {"ccomp", "xcomp", "dobj"}):
                    if comp.dep_ == "dobj":
                        if any(c.dep_ == "prep" and c.lower_ == "on" for c in comp.children) or any(
                                c.dep_ in {"acl", "xcomp"} and c.lemma_.lower() in _SEES_VERBS
                                for c in comp.children):
                            pairs += [(release, a, "release-sees-artist")
                                      for a in _artists_of_phrase(ctx, comp)]
                    elif comp.lemma_.lower() in _SEES_VERBS:
                        doers = [c for c in comp.children if c.dep_ in {"nsubj", "dobj"} and c.i < comp.i]
                        pairs += [(release, a, "release-sees-artist") for d in doers
                                  for a in _artists_of_phrase(ctx, d)]
        elif lemma in _ON_VERBS and tok.tag_ != "VBN":
            # "A guests on B's song", "A sings the hook on “X”", "singer A stars in the video for X"
            preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"on", "in"}]
            parts = [c for c in tok.children if c.dep_ == "dobj" and c.lower_ in _SINGING_PARTS]
            preps += [c for p in parts for c in p.children if c.dep_ == "prep" and c.lower_ in {"on", "of", "in"}]
            for prep in preps:
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is None:
                    continue
                video = pobj.lower_ in _VIDEO_NOUNS
                if prep.lower_ == "in" and not (video and lemma in {"star", "sing", "rap"}):
                    continue  # "sings in Korean"; starring is in a video
                if lemma == "appear" and video:
                    continue  # appearing in a clip is a cameo
                release = _release_at(ctx, pobj, sent_index)
                if release is None:
                    continue
                artists = [m for m in _collab_subjects(ctx, tok) if (not m.pronoun or ctx.etype(m) in ART)
                           and ctx.etype(m) is not R and _musician(ctx, m) and m.role != "director"]
                if lemma == "star" and not all(ctx.etype(a) in ART for a in artists):
                    continue
                # singing or starring on a release is a feature only on someone else's release: the
                # extractor keeps it only when another artist of the release is known (see extract.py)
                rule = "artist-sings-on-release" if lemma in {"sing", "rap", "star"} else "artist-on-release"
                pairs += [(release, a, rule) for a in artists]
        for release, artist, rule in pairs:
            if release.entity == artist.entity:
                continue
            start, end = ctx.char_span(release, artist) if release.sent == artist.sent else ctx.char_span(artist)
            yield Candidate("FEATURES", release.entity, artist.entity, start, end, sent, 0.8 * modality, rule,
                            object_type=_implied_artist(ctx, artist))


def _guest_part_candidates(ctx: Context) -> Iterator[Candidate]:
    """"... with a guest verse from A", "a feature from A", "guest vocals courtesy of A":
    A is featured on the release the sentence is about."""
    for sent_index, ms in ctx.by_sent.items():
        sent = ctx.sents[sent_index]
        for m in ms:
            if m.pronoun or not _artistlike(ctx, m) or ctx.etype(m) is R or not _GUEST_PART.search(ctx.before(m, 60)):
                continue
            if _qualifier(ctx, m) or not _musician(ctx, m):
                continue
            before = [r for r in ms if r.end <= m.start and (ctx.etype(r) is R or (
                ctx.etype(r) is None and not r.pronoun and re.search(r"[“\"‘']\s*$", ctx.before(r, 2))))]
            release = before[-1] if before else ctx.focus_release(sent_index)
            modality = _modality(sent)
            if release is None or modality == 0.0 or _CAMEO.search(sent.text):
                continue
            for guest in coordinated(ctx, m):  # "guest appearances from A, B and singer C"
                if guest is not m and (_qualifier(ctx, guest) or not _musician(ctx, guest)):
                    break
                start, end = ctx.char_span(guest)
                yield Candidate("FEATURES", release.entity, guest.entity, start, end, sent, 0.75 * modality,
                                "guest-part-from", subject_type=R if ctx.etype(release) is None else None,
                                object_type=_implied_artist(ctx, guest))


_X_CREDIT = re.compile(r"^\s*(?:x|X|×)\s*$")


def _x_credit_candidates(ctx: Context) -> Iterator[Candidate]:
    """"Ana Ruiz x Kito Banks – “Tide”": two artists joined by "x" share the credit."""
    for ms in ctx.by_sent.values():
        for i in range(len(ms) - 1):
            a, b = ms[i], ms[i + 1]
            if a.pronoun or b.pronoun or not (_artistlike(ctx, a) and _artistlike(ctx, b)):
                continue
            between = ctx.between(a, b)
            if re.search(r"\s[xX×]$", a.text) and not between.strip():
                between = " x "  # NER took the "x" into the first name: "Ana Ruiz x"
            if ctx.etype(a) is R or ctx.etype(b) is R or not _X_CREDIT.match(between):
                continue
            start, end = ctx.char_span(a, b)
            yield Candidate("COLLABORATED_WITH", a.entity, b.entity, start, end, ctx.sents[a.sent], 0.8, "x-credit",
                            subject_type=_implied_artist(ctx, a), object_type=_implied_artist(ctx, b))


# What may stand between a title and the "featuring" that credits its guest: the title's own
# artist ("“X” by rapper A featuring B") and/or a noun phrase describing the title ("“X,” a
# bilingual single featuring B", "“X,” A's 2024 single featuring B"); "@" marks an artist name.
_TITLE_TO_FEAT = re.compile(
    r"^\s*[”\"’']?\s*,?\s*[”\"’']?\s*(?:(?:by|from)\s+(?:[A-Za-z-]+\s+){0,3}?@\s*,?\s*)?"
    r"(?:(?:the|a|an|@(?:'s|’s)|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?(?:single|song|track|album|ep|hit|tune|"
    r"remix|cut|number|duet|anthem|ballad|record|mixtape|version|b-side)\s*,?\s*)?$", re.I)
_FEAT_WORD = re.compile(r"^\s*(?:[(\[]\s*)?(?:featuring|feat\.?|ft\.)\s+((?:[A-Z]?[a-z-]+\s+){0,3}?)$")
_FEAT_ROLE = re.compile(r"^(?:(?:[A-Z][a-z-]+\s+)?(?:[a-z-]+\s+){0,2}?(?:singer|rapper|vocalist|star|producer|dj|"
                        r"duo|trio|group|band|artist|idol|singer-songwriter|crooner|mc|songwriter|soloist)s?\s+)?$")


_ROLE_LIST_GAP = re.compile(rf"\s*(?:,|,?\s*and|&)\s+(?:(?:[a-z-]+\s+)?{_ROLE}s?\s+)?", re.I)


def _featuring_phrase_candidates(ctx: Context) -> Iterator[Candidate]:
    """"“X” by rapper A featuring singer B", "“X,” a bilingual single featuring
    Nashville singer B", "“X,” A's 2024 single featuring B": a "featuring" credit
    whose title is separated from it only by the title's artist or a noun phrase
    describing the title. Between "featuring" and the guest only role words may
    stand; guests listed after the first ("featuring A and B") are featured too."""
    for sent_index, ms in ctx.by_sent.items():
        # places and dates ("Nashville singer A") read as plain words here; a name of unknown
        # kind right after "featuring" is the guest unless a role word follows it
        ms = [m for m in ms if not m.pronoun and (ctx.etype(m) is R or _artistlike(ctx, m) or (
            ctx.etype(m) is None and re.search(r"\b(?:featuring|feat\.?|ft\.)\s+$", ctx.before(m, 20))
            and not re.match(r"\s+[a-z]", ctx.after(m, 20))))]
        for i, m in enumerate(ms):
            if i == 0 or ctx.etype(m) is R:
                continue
            feat = re.search(r"(?:[(\[]\s*)?\b(?:featuring|feat\.?|ft\.)\s", ctx.between(ms[i - 1], m))
            if feat is None:
                continue
            tail = ctx.between(ms[i - 1], m)[feat.start():]
            word = _FEAT_WORD.match(tail)
            if word is None or not _FEAT_ROLE.match(word.group(1)):
                continue
            release = None
            for j in range(i - 1, -1, -1):  # the nearest title before, past the title's own artists
                cand = ms[j]
                if ctx.etype(cand) is R:
                    release = cand
                    break
            if release is None or ms.index(release) < i - 3:
                continue
            # the text from the title to "featuring", artist names masked
            pieces, pos = [], release.end
            for x in ms[ms.index(release) + 1:i]:
                pieces.append(ctx.doc[pos:x.start].text_with_ws if x.start > pos else "")
                pieces.append("@ ")
                pos = x.end
            pieces.append(ctx.doc[pos:m.start].text_with_ws if m.start > pos else "")
            gap = re.sub(r"@\s+(['’]s)", r"@\1", " " + "".join(pieces))
            cut = re.search(r"(?:[(\[]\s*)?\b(?:featuring|feat\.?|ft\.)\s[^@]*$", gap)
            if cut is None or not _TITLE_TO_FEAT.match(gap[:cut.start()]):
                continue
            sent = ctx.sents[sent_index]
            modality = _modality(sent)
            if modality == 0.0:
                continue
            guests = [m]
            for x in ms[i + 1:]:  # "featuring A and singer B": artists of either kind, or of none yet
                if not _artistlike(ctx, x) or not _ROLE_LIST_GAP.fullmatch(ctx.between(guests[-1], x)):
                    break
                guests.append(x)
            for guest in guests:
                if guest is not m and (_qualifier(ctx, guest) or not _musician(ctx, guest)):
                    break
                start, end = ctx.char_span(release, guest)
                yield Candidate("FEATURES", release.entity, guest.entity, start, end, sent, 0.85 * modality,
                                "featuring-after-credit", object_type=_implied_artist(ctx, guest))


_FEATURED_ARTIST = re.compile(r"\b(?:(?:as|is|was)\s+(?:the|a)\s+featured\s+(?:artist|guest|vocalist|rapper)|"
                              r"(?:as|is|was)\s+(?:the|a)\s+guest\s+(?:artist|vocalist|rapper|singer)\s+on|"
                              r"(?:features?|featured)\s+on\b|featured\s+artist)\b", re.I)


# "“Pressure,” out now, features A", "“X,” featured rapper A": the title's closing comma (either side of
# its quote), an optional short aside of plain words, then the verb and role words only
_TITLE_ASIDE_FEATURES = re.compile(
    rf"^{_QCOMMA}(?:(?!(?:which|who|whose|that|where|when|while|video|clip|visuals?|mv)\b)[a-z0-9][\w' -]{{0,28}},\s*)?"
    r"(?:also\s+)?(?:features|featured)\s+(?:(?:[A-Z][a-z-]+\s+)?(?:guest\s+|fellow\s+)?(?:[a-z-]+\s+)?"
    r"(?:singers?|rappers?|vocalists?|artists?|stars?|djs?|duo|trio|group|band|mcs?|crooner|soloists?|"
    r"singer-songwriters?)\s+)?$")


def _title_aside_features_candidates(ctx: Context) -> Iterator[Candidate]:
    """"Lead single “Pressure,” out now, features A and B trading bars": the title is
    the subject of "features", with at most a short aside between; each listed name is a guest."""
    for ms in ctx.by_sent.values():
        named = [m for m in ms if not m.pronoun]
        for rel, guest in itertools.pairwise(named):
            if ctx.etype(rel) is not R or not (_artistlike(ctx, guest) and ctx.etype(guest) is not R):
                continue
            if not _TITLE_ASIDE_FEATURES.match(ctx.between(rel, guest)) or _qualifier(ctx, guest):
                continue
            sent = ctx.sents[rel.sent]
            modality = _modality(sent)
            if modality == 0.0 or _CAMEO.search(sent.text):
                continue
            for g in coordinated(ctx, guest):
                if g is not guest and (_qualifier(ctx, g) or not _artistlike(ctx, g)):
                    break
                if re.match(r"[ \t]+[A-Z][a-z]", ctx.after(g, 4)):
                    continue  # a name cut short ("Lil" of "Lil Tuesday") would be a wrong guest
                start, end = ctx.char_span(rel, g)
                yield Candidate("FEATURES", rel.entity, g.entity, start, end, sent, 0.8 * modality,
                                "title-aside-features", object_type=_implied_artist(ctx, g))


# "“X,” on which she sang the hook", "“X”, on which A raps the second verse"
_ON_WHICH = re.compile(rf"^{_QCOMMA}on\s+which\s+(?:(?:[a-z-]+\s+)?(?:singer|rapper|vocalist|star|mc|crooner|"
                       r"singer-songwriter)\s+)?$", re.I)
_ON_WHICH_PART = re.compile(r"^\s*(?:also\s+|once\s+)?(?:sang|sings|sung|raps|rapped|delivers|delivered|"
                            r"contributes|contributed|adds|added|guests|guested|features|featured|appears|appeared|"
                            r"trades|traded|lends|lent|provides|provided)\b", re.I)


def _on_which_sang_candidates(ctx: Context) -> Iterator[Candidate]:
    """"DJ A's club hit “X,” on which she sang the hook": the singer of the relative
    clause (a name or a resolved pronoun) is featured on the title, unless it is the
    title's own artist (the extractor drops a primary featured on their own release)."""
    for ms in ctx.by_sent.values():
        for rel, singer in itertools.pairwise(ms):
            if rel.pronoun or ctx.etype(rel) is not R or ctx.etype(singer) not in ART or singer.entity == rel.entity:
                continue
            if not _ON_WHICH.match(ctx.between(rel, singer)) or not _ON_WHICH_PART.match(ctx.after(singer, 30)):
                continue
            owner = next((m for m in reversed(ms) if m.end <= rel.start and not m.pronoun), None)
            if owner is not None and not (rel.start - owner.end <= 7 and ctx.etype(owner) in ART and re.match(
                    rf"^{_POSS}\s*(?:[\w-]+\s+){{0,4}}[“\"‘']?\s*$", ctx.between(owner, rel))):
                owner = None
            if singer.pronoun and owner is not None and owner.entity == singer.entity:
                # "A's hit “X,” on which she sang": "she" is not the owner A the resolver may have picked
                singer = next((m for m in reversed(ms) if m.start < owner.start and not m.pronoun
                               and ctx.etype(m) is ctx.etype(owner) and m.entity != owner.entity), None)
                if singer is None:
                    continue
            sent = ctx.sents[rel.sent]
            modality = _modality(sent, ctx.doc[min(singer.end, len(ctx.doc) - 1)]) if not singer.pronoun else (
                _modality(sent, ctx.doc[min(rel.end + 4, len(ctx.doc) - 1)]))
            if modality == 0.0:
                continue
            start, end = ctx.char_span(rel, singer)
            yield Candidate("FEATURES", rel.entity, singer.entity, start, end, sent, 0.8 * modality,
                            "on-which-sang", object_type=_implied_artist(ctx, singer))


def featured_artist_candidates(ctx: Context) -> Iterator[Candidate]:
    """"X came on board as the featured artist", "Featured artist X turns up",
    "SUGA ... produced and features on [her single]"; featuring in prose
    (:func:`_feature_sentence_candidates`, :func:`_guest_part_candidates`) and
    "A x B" credits."""
    yield from _feature_sentence_candidates(ctx)
    yield from _guest_part_candidates(ctx)
    yield from _x_credit_candidates(ctx)
    yield from _featuring_phrase_candidates(ctx)
    yield from _title_aside_features_candidates(ctx)
    yield from _on_which_sang_candidates(ctx)
    for sent_index, sent in enumerate(ctx.sents):
        for match in _FEATURED_ARTIST.finditer(sent.text):
            found = _featured_artist(ctx, sent_index, sent, match)
            modality = _modality(sent)
            if found is None or modality == 0.0:
                continue
            target, artist = found
            if target.entity == artist.entity:
                continue
            start, end = ctx.char_span(artist)
            yield Candidate("FEATURES", target.entity, artist.entity, start, end, sent, 0.8 * modality,
                            "featured-artist")


def _featured_artist(ctx: Context, sent_index: int, sent: Span, match: re.Match) -> tuple[Mention, Mention] | None:
    """(release, artist) of one "featured artist" / "features on" phrase: the
    artist is the name after "Featured artist", else the subject of the clause
    (a resolved "he" too, never a group that only qualifies a member); the release
    is the one after "on", else the one the clause is about, else the article's
    main release. "Features on the programme" is not about a release."""
    doc = ctx.doc
    span = doc.char_span(sent.start_char + match.start(), sent.start_char + match.end(), alignment_mode="expand")
    if span is None:
        return None
    ms = ctx.by_sent.get(sent_index, [])
    text = match.group(0).lower()
    release: Mention | None = None
    if text.startswith("featured") and not text.endswith(" on"):  # "she featured on X": the subject
        artist = next((m for m in ms if m.start >= span.end and not m.pronoun and _artistlike(ctx, m)
                       and re.fullmatch(r"[\s,]*", ctx.text[span.end_char:doc[m.start].idx])), None)
    else:
        verb = span[0]
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in {"VERB", "AUX"}:
            return None
        artists = [m for m in _collab_subjects(ctx, verb) if (not m.pronoun or ctx.etype(m) in ART)
                   and ctx.etype(m) is not R and not _qualifier(ctx, m)]
        artist = artists[0] if artists else None
        on = next((t for t in span if t.lower_ == "on"), None)
        pobj = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None
        if pobj is not None:
            release = _release_at(ctx, pobj, sent_index)
            if release is None:
                return None  # "to feature on the program"
        elif verb.dep_ in {"relcl", "conj"}:
            head = verb.head
            while head.dep_ == "conj" and head.head.i != head.i:
                head = head.head
            release = _release_at(ctx, head.head if head.dep_ == "relcl" else head, sent_index)
    if artist is None:
        return None
    if release is None:
        named = [m for m in ms if ctx.etype(m) is R and not m.pronoun]
        release = named[-1] if named else _main_release(ctx, sent_index)
    return (release, artist) if release is not None else None


_PRIMARY_VERBS = ACHIEVEMENT_VERBS | _RELEASE_LEMMAS | {"be", "perform", "sing", "unveil", "share"}


def sentence_primary(ctx: Context, cand: Candidate) -> Mention | None:
    """The artist a featuring sentence credits with the release when no rule named
    one: the one artist subject of the verb the release hangs on ("Usher's other
    wins were for Yeah!, featuring Lil Jon", "Tia Rowe performed Lanterns featuring
    Obi Hart"), else None."""
    sent_index = ctx.sent_index.get(cand.sent.start, -1)
    release = next((m for m in ctx.by_sent.get(sent_index, []) if m.entity == cand.subject), None)
    if release is None:
        return None
    node = ctx.doc[release.start:release.end].root
    for _ in range(6):
        # "released A featuring B and C featuring D": a participle "featuring" is no clause of its own
        if (node.pos_ in {"VERB", "AUX"} and node.lower_ not in {"featuring", "feat"}) or node.head.i == node.i:
            break
        node = node.head
    if node.pos_ not in {"VERB", "AUX"} or node.lemma_.lower() not in _PRIMARY_VERBS:
        return None
    if release.start in {t.i for c in node.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}:
        return None  # the release is the subject: the sentence names no artist of it
    subjects = [m for m in _collab_subjects(ctx, node) if m.entity != cand.object and m.role != "director"
                and (not m.pronoun or ctx.etype(m) in ART) and ctx.etype(m) in ART | {None}]
    if len({m.entity for m in subjects}) != 1:
        return None
    return subjects[0]


def credit_candidates(ctx: Context) -> Iterator[Candidate]:
    """Credits inside quoted titles: “3D (feat. Jack Harlow)”."""
    for m in ctx.mentions:
        for kind, name in m.credits:
            if kind not in {"feat", "with"}:
                continue
            target = next((e for e in ctx.entities if e.mentions and name in e.names and e.type in ART | {None}), None)
            if target is None:
                continue
            start, end = ctx.char_span(m)
            yield Candidate("FEATURES", m.entity, target.index, start, end + len(name) + 10, ctx.sents[m.sent],
                            0.95, "title-credit", object_type=P if target.type is None else None)
