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

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from artistgraph.graph.model import EntityType
from artistgraph.loaders.dates import resolve_date
from artistgraph.loaders.entities import TYPEABLE_SOURCES, Entity
from artistgraph.loaders.lexicon import (
    ACHIEVEMENT_VERBS,
    AWARD_WORDS,
    BAND_ROLES,
    CHART_WORDS,
    GROUP_NOUNS,
    HEDGES,
    NEGATIONS,
    PERSON_ROLES,
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
        return allow_untyped and etype is None and (any_source or m.source.split("+")[0] in TYPEABLE_SOURCES)

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
    ranked = sorted({m.entity for m in recent}, key=lambda e: -counts.get(e, 0))
    if counts.get(ranked[0], 0) < 2 or (len(ranked) > 1 and counts.get(ranked[1], 0) * 2 > counts[ranked[0]]):
        return None  # no clear subject band
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


def _modality(sent: Span, anchor: Token | None = None) -> float:
    """Confidence factor for the statement: 0 when negated/cancelled, low when hedged.
    With ``anchor``, only the words of the anchor's statement count."""
    words = {t.lower_ for t in sent} if anchor is None else _statement_words(sent, anchor)
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
                r"comprising|consisting of|formed by|fronted by|led by)\s+$", re.I), 0.85, ""),
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
     re.compile(r"^\s*,?\s*(?:who\s+)?(?:belongs|belonged|joined|joins|is part|was part|left|quit)\s+"
                r"(?:to|of)?\s*(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:group|band|act|outfit)\s+)?$", re.I),
     0.85, ""),
    ("person-a-group-member", "MEMBER_OF", frozenset({P}), frozenset({G}), True,
     re.compile(r"^\s*,\s*(?:another|a|an|the|fellow|former|one of(?: the)?)\s+(?:(?:[\w-]+\s+){0,2}?)$", re.I),
     0.8, "member-after"),
    ("artist-possessive-band", "MEMBER_OF", frozenset({P}), frozenset({G}), True,
     re.compile(rf"^\s*(?:{_POSS})?\s*(?:(?:new|former|old|own|first|current|original|previous|latest|"
                rf"pop|rock|rap|hip-hop|indie|punk)\s+)*(?:band|group|outfit|side-project|side project)\s*,?\s*$",
                re.I), 0.8, "person-pronoun-ok"),
    ("person-departure-from-group", "MEMBER_OF", frozenset({P}), frozenset({G}), True,
     re.compile(rf"^\s*(?:{_POSS})?\s*(?:(?:shock|sudden|recent|official|surprise)\s+)?(?:departure|exit|"
                r"resignation|dismissal|sacking|firing)\s+from\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$", re.I),
     0.75, "person-pronoun-ok"),
    ("person-bandmate-in-group", "MEMBER_OF", frozenset({P}), frozenset({G}), True,
     re.compile(rf"^\s*,\s*(?:[\w.-]+\s+){{0,3}}?[\w.-]+{_POSS}\s*(?:fellow\s+)?(?:bandmate|band-mate|groupmate|"
                r"colleague)\s+(?:in|of|from)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I), 0.8, ""),
    ("group-lineup", "MEMBER_OF", frozenset({G}), frozenset({P}), False,
     re.compile(r"^\s*(?:[-–—:(]|(?:.{0,80}?\b(?:line-?up|members)\s*(?:is|are|was|were|includes?|included|"
                r"consists? of|comprises?|:)?\s*:?))\s*$", re.I), 0.85, "lineup-nearest-group"),
    ("artist-possessive-release", "BY_ARTIST", ART, frozenset({R}), False,
     re.compile(rf"^\s*{_POSS}\s*(?:{_RELEASE_WORDS}\s*,?\s*)*{_THEN_TITLE}[“\"‘']?\s*$", re.I), 0.85, "not-person-name"),
    ("pronoun-possessive-release", "BY_ARTIST", ART, frozenset({R}), False,
     re.compile(rf"^\s*(?:{_RELEASE_WORDS}\s*,?\s*)+{_THEN_TITLE}[“\"‘']?\s*$", re.I), 0.75, "possessive-pronoun"),
    ("release-by-artist", "BY_ARTIST", frozenset({R}), ART, True,
     re.compile(r"^\s*[”\"’']?\s*,?\s*(?:(?:is|was|the|a|an|his|her|their|new|latest|hit|single|song|album|track|"
                r"record|cover|version|lead|debut|first|second|third|next|upcoming|forthcoming|ep|mixtape|"
                r"\d{4})\s+)*(?:by|from)\s+(?:(?:the\s+)?(?:[a-z-]+\s+){0,2}?)$", re.I),
     0.8, ""),
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
                r"(?:(?:[\w-]+\s+){0,4}?)$", re.I), 0.9, ""),
    ("release-with-artist", "FEATURES", frozenset({R}), ART, True,
     re.compile(r"^\s*[”\"’']?\s*with\s+$", re.I), 0.7, "title-not-collab-object"),
    ("release-with-credit", "FEATURES", frozenset({R}), ART, True,
     re.compile(r"^\s*[”\"’']?\s*[(\[]\s*with\s+$", re.I), 0.85, ""),
    ("artist-features-on-release", "FEATURES", ART, frozenset({R}), False,
     re.compile(r"^\s*(?:also\s+)?(?:(?:features|featured|guests|guested|appears|appeared|raps|rapped|sings|sang|"
                r"stars|starred|is featured|was featured)\s+(?:on|in)|(?:lends?|lent|contributes?|contributed|adds?|"
                r"added|provides?|provided|delivers?|delivered)\s+(?:a\s+|an\s+|his\s+|her\s+|their\s+)?"
                r"(?:guest\s+|featured\s+|show-stealing\s+)?(?:verse|vocals|rap|feature|voice|bars|hook)\s+"
                r"(?:to|on|for))\s+(?:[\w'’]+\s+){0,3}?[“\"‘']?$", re.I),
     0.8, ""),
    ("release-directed-by", "DIRECTED_BY", frozenset({R}), frozenset({P}), True,
     re.compile(r"^(?:[^.;]{0,80}?\b(?:directed|co-directed|helmed|shot|filmed|made)\s+by\s+(?:(?:the\s+)?[\w-]+\s+){0,3}?|"
                r"\s*[”\"’']?\s*[(\[]\s*(?:dir\.|directed by|director:?|video by|mv by)\s*)$", re.I),
     0.9, "no-release-between"),
    ("director-directed-release", "DIRECTED_BY", frozenset({P}), frozenset({R}), False,
     re.compile(r"^\s*,?\s*(?:who\s+)?(?:has\s+|had\s+|also\s+|previously\s+|recently\s+)*(?:directed|helmed)\s+"
                r"(?:(?:the|a|an|this|that)\s+)?(?:[\w'’-]+\s+){0,3}?[“\"‘']?$", re.I), 0.85, ""),
    ("directed-by-fronted", "DIRECTED_BY", frozenset({P}), frozenset({R}), False,
     re.compile(r"^\s*,\s*(?:the|a|an|its|their|his|her)?\s*(?:[\w-]+\s+){0,3}?(?:video|clip|mv|visuals?|film|"
                r"short)\s+(?:for|of|to|accompanying)\s+[“\"‘']?$", re.I), 0.85, "fronted-director"),
    ("film-by-director", "DIRECTED_BY", frozenset({P}), frozenset({R}), False,
     re.compile(r"^\s*(?:film|movie|documentary)\s+$", re.I), 0.75, ""),
]

# Rules whose first name may be a resolved description: "The MV was directed by X", "the group - A, B and C -"
_DESCRIPTION_SUBJECT_RULES = frozenset({"release-directed-by", "release-feat-artist", "group-lineup",
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
                if a.pronoun and check not in {"possessive-pronoun", "person-pronoun-ok"} and not (
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
        return "member" if owned_type is P and owner_type is G else "none"
    words = owned.text.split()
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
        return _possessed_kind(ctx, a, b) == "release"
    if check == "artist-owns-after":
        # "“D-2,” Suga's second solo mixtape", "“D-Day,” the album Suga has on the way"
        return (bool(re.match(rf"^(?:{_QCOMMA})[“\"‘']?$", between)) and bool(re.match(
            rf"^\s*{_POSS}\s*(?:[\w-]+\s+){{0,3}}?(?:album|single|song|track|record|ep|mixtape|hit|debut|release)\b",
            ctx.after(b), re.I))) or bool(
            re.search(r"\b(?:album|single|song|track|record|ep|mixtape)\s*$", between, re.I)
            and re.match(r"^\s*(?:has|had|is|was|will|released|dropped|recorded|put out|made)\b", ctx.after(b), re.I))
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
    if check == "typed-group":  # "Supergroup Iron Orchard, featuring A and B" (an untyped name may be a song)
        return ctx.etype(a) is G
    if check == "fronted-director":  # "Directed by X, the clip for Y"
        return bool(re.search(r"\b(?:directed|co-directed|helmed|shot|filmed)\s+by\s+$", ctx.before(a, 30), re.I))
    if check == "no-release-between":
        inner = [m for m in ctx.by_sent.get(a.sent, []) if a.end <= m.start and m.end <= b.start]
        return not any(ctx.etype(m) is R for m in inner)
    return True  # "possessive-pronoun", "not-person-name": decided by the pattern and the pronoun filter


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


def _possessive_owner(ctx: Context, m: Mention) -> bool:
    """``m`` owns the name right after it: BTS in "BTS' Suga joins forces with IU"."""
    nxt = ctx.doc[m.end] if m.end < len(ctx.doc) else None
    return nxt is not None and nxt.text in {"'s", "’s", "'", "’"} and any(
        o.start == m.end + 1 and ctx.etype(o) in {P, None} and not o.pronoun for o in ctx.by_sent.get(m.sent, []))


# -- coordination -------------------------------------------------------------

# "Knight and drum 'n' bass star Roni Size": a coordination with a role phrase before the second name
_ROLE_COORDINATION = re.compile(rf"\s*(?:,|,?\s*and|&)\s+(?:[\w'’&-]+\s+){{0,3}}?{_ROLE}\s+", re.I)


def coordinated(ctx: Context, m: Mention) -> list[Mention]:
    """Mentions listed with ``m`` ("A, B and C"), following it in the sentence."""
    out = [m]
    ms = [x for x in ctx.by_sent.get(m.sent, []) if not x.pronoun]
    idx = next((i for i, x in enumerate(ms) if x is m), None)
    if idx is None:
        return out
    prev = m
    for x in ms[idx + 1:]:
        gap = re.sub(r"[“”\"‘’']", "", ctx.between(prev, x))  # “Say So” and “Streets”
        if re.fullmatch(r"\s*(?:,|,?\s*and|&|,\s*and|,?\s*as well as)\s*", gap) and ctx.etype(x) in {ctx.etype(m), None}:
            out.append(x)
            prev = x
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
        if (re.fullmatch(r"\s*(?:,|,?\s*and|&)\s*", gap) or _ROLE_COORDINATION.fullmatch(gap)) and ctx.etype(x) in ART:
            out.append(x)
            nxt = x
        else:
            break
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
                    and not _possessive_owner(ctx, m)
                    and not (m.start > 0 and ctx.doc[m.start - 1].lower_ in {"of", "from", "behind", "in", "by"})
                    and not (m.start > 1 and ctx.doc[m.start - 1].lower_ in {"the"} and
                             ctx.doc[m.start - 2].lower_ in {"of", "from", "behind", "in", "by"})]
    if verb.dep_ in {"xcomp", "conj", "advcl", "ccomp", "relcl", "acl"} and verb.head.i != verb.i:
        if verb.dep_ == "relcl":
            return [m for m in _mentions_in(ctx, [verb.head]) if _artistlike(ctx, m)]
        return _subject_mentions(ctx, verb.head)
    return []


_COLLAB_VERBS = {"collaborate", "team", "partner", "duet", "unite", "pair", "join", "work", "record", "link"}
_COLLAB_NOUNS = {"collaboration", "collab", "duet", "team-up", "partnership", "collaborator"}


def collaboration_candidates(ctx: Context) -> Iterator[Candidate]:
    doc = ctx.doc
    for tok in doc:
        lemma = tok.lemma_.lower()
        verb_trigger = tok.pos_ in {"VERB", "AUX"} and lemma in _COLLAB_VERBS
        if verb_trigger:
            if lemma == "join" and not any(c.lower_ == "forces" for c in tok.children):
                continue
            if lemma in {"work", "record", "link", "pair", "team"} and not any(
                    c.lower_ in {"with", "together", "up"} for c in tok.children):
                continue
        noun_trigger = tok.pos_ in {"NOUN", "PROPN"} and tok.lower_ in _COLLAB_NOUNS
        if not (verb_trigger or noun_trigger):
            continue
        sent = tok.sent
        modality = _modality(sent, tok)
        if modality == 0.0 or _clause_negated(tok):
            continue
        with_objects: list[Mention] = []
        for child in tok.children:
            if child.lower_ in {"with", "alongside"}:
                with_objects += [m for m in _mentions_in(ctx, list(child.subtree)) if _artistlike(ctx, m)]
            if child.lower_ == "together" or child.dep_ == "prt":
                for grand in child.children:
                    if grand.lower_ == "with":
                        with_objects += [m for m in _mentions_in(ctx, list(grand.subtree))
                                         if _artistlike(ctx, m)]
        if verb_trigger:
            subjects = _subject_mentions(ctx, tok)
        else:
            head = tok.head
            while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
                head = head.head
            subjects = _subject_mentions(ctx, head) if head.pos_ in {"VERB", "AUX"} else []
            if tok.lower_ == "collaborator":
                subjects = [m for m in ctx.by_sent.get(ctx.token_mention[tok.i].sent if tok.i in
                            ctx.token_mention else -1, [])][:0] or subjects
        subjects = [m for m in subjects if m.role != "director"]
        with_objects = [m for m in with_objects if m.role != "director"]
        pairs: list[tuple[Mention, Mention]] = []
        if with_objects:
            pairs = [(s, o) for s in subjects for o in with_objects]
        elif verb_trigger and len(subjects) >= 2:
            pairs = [(a, b) for i, a in enumerate(subjects) for b in subjects[i + 1:]]
        for a, b in pairs:
            if a.entity == b.entity:
                continue
            start, end = ctx.char_span(a, b)
            yield Candidate("COLLABORATED_WITH", a.entity, b.entity, start, end, sent,
                            0.8 * modality, "collaboration-verb" if verb_trigger else "collaboration-noun",
                            subject_type=_implied_artist(ctx, a), object_type=_implied_artist(ctx, b))
        # "a duet with Alicia Keys on My Boo": both sing the release
        if tok.lower_ == "duet" and pairs:
            on_release = [m for c in tok.children if c.lower_ == "on"
                          for m in _mentions_in(ctx, list(c.subtree)) if ctx.etype(m) is R]
            for rel in on_release[:1]:
                for artist in {id(x): x for pair in pairs for x in pair}.values():
                    start, end = ctx.char_span(artist, rel)
                    yield Candidate("BY_ARTIST", rel.entity, artist.entity, start, end, sent, 0.75 * modality,
                                    "duet-on-release", object_type=_implied_artist(ctx, artist))


def _implied_artist(ctx: Context, m: Mention) -> EntityType | None:
    return None if ctx.etype(m) is not None else _artist_guess(m)


_RELEASE_LEMMAS = {"release", "drop", "issue", "unveil", "share", "debut", "premiere", "launch", "put",
                   "record", "present", "tease", "deliver"}


def release_verb_candidates(ctx: Context) -> Iterator[Candidate]:
    """"Doja Cat, the star behind ..., dropped “Kiss Me More”": the subject of a
    release verb is the artist of its object."""
    for tok in ctx.doc:
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
        subjects = [m for m in _subject_mentions(ctx, tok) if not m.pronoun or m.entity >= 0]
        objects: list[Mention] = []
        for child in tok.children:
            # xcomp/oprd: the parser reads a title like "Kiss Me More" as a clause
            if child.dep_ in {"dobj", "attr", "xcomp", "oprd"} or (child.dep_ == "prep" and child.lower_ == "with"):
                for t in [child, *child.children]:
                    m = ctx.token_mention.get(t.i)
                    if m is not None and ctx.etype(m) is R and m not in objects:
                        objects.append(m)
                    for g in t.children:
                        if g.dep_ in {"appos", "conj", "pobj"}:
                            mm = ctx.token_mention.get(g.i)
                            if mm is not None and ctx.etype(mm) is R and mm not in objects:
                                objects.append(mm)
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
        if not window & (AWARD_WORDS if prep.lower_ == "for" else CHART_WORDS | RELEASE_NOUNS):
            continue
        verb = prep.head
        for _ in range(3):
            if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in ACHIEVEMENT_VERBS:
            continue
        sent = ctx.sents[rel.sent]
        modality = _modality(sent, verb)
        if modality == 0.0 or _clause_negated(verb):
            continue
        if verb.lemma_.lower() == "go":
            artists = [m for c in verb.children if c.lower_ == "to"
                       for m in _mentions_in(ctx, list(c.subtree)) if _artistlike(ctx, m)]
        else:
            artists = [m for m in _subject_mentions(ctx, verb) if not m.pronoun or m.entity >= 0]
        for artist in artists:
            if artist.entity == rel.entity or artist.role == "director":
                continue
            start, end = ctx.char_span(artist, rel)
            yield Candidate("BY_ARTIST", rel.entity, artist.entity, start, end, sent, 0.7 * modality,
                            "achievement-with-release", object_type=_implied_artist(ctx, artist))


def band_role_candidates(ctx: Context) -> Iterator[Candidate]:
    """A band role with no band named means the band the article is about:
    "drummer Paul Thomson was working at the art school" in a story on Franz
    Ferdinand; "Original band members Bryan Ferry, Phil Manzanera and ..."."""
    doc = ctx.doc
    for sent_index, ms in ctx.by_sent.items():
        sent = ctx.sents[sent_index]
        named = {m.entity: m for m in ms if not m.pronoun and ctx.etype(m) is G}
        # the one band the sentence names ("Busted's split ... with bandmates A and B"), else the article's band
        group = next(iter(named.values())) if len(named) == 1 else _focus_group(ctx, sent_index)
        if group is None or any(e != group.entity for e in named):
            continue  # several bands named in the sentence: the pair rules decide
        seen: set[int] = set()
        for m in ms:
            if m.pronoun or ctx.etype(m) is not P or m.start == 0 or m.entity in seen:
                continue
            role = doc[m.start - 1]
            band_members = role.lower_ in {"members", "member"} and m.start >= 2 and doc[m.start - 2].lower_ == "band"
            if role.lower_ not in BAND_ROLES and not band_members:
                continue
            owner = doc[m.start - 2] if m.start >= 2 else None
            if owner is not None and (owner.tag_ == "PRP$" or owner.text in {"'s", "’s"} or owner.ent_type_):
                continue  # "his drummer", "Rodgers' drummer": someone's sideman
            modality = _modality(sent, role)
            if modality == 0.0:
                continue
            members = coordinated(ctx, m)
            prep = role.head
            if role.lower_ in {"bandmates", "bandmate"} and prep.dep_ == "prep" and prep.lower_ in {
                    "with", "alongside", "beside", "among"}:
                # "Simpson held a press conference with bandmates A and B": Simpson is in the band too
                members += [s for s in _subject_mentions(ctx, prep.head) if ctx.etype(s) is P]
            for member in members:
                if ctx.etype(member) is not P:
                    continue
                seen.add(member.entity)
                _, end = ctx.char_span(member)
                yield Candidate("MEMBER_OF", member.entity, group.entity, doc[m.start - 1].idx, end, sent,
                                0.7 * modality, "band-role-focus-group")


_FORM_LEMMAS = {"form", "found", "start", "create", "assemble"}


def formation_candidates(ctx: Context) -> Iterator[Candidate]:
    """Founders are members: "Roxy Music were formed in 1971 by Ferry, Mackay
    and Eno", "Kim and Lee founded the duo Velvet in 2019"."""
    for tok in ctx.doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _FORM_LEMMAS:
            continue
        sent = tok.sent
        modality = _modality(sent)
        if modality == 0.0 or _clause_negated(tok):
            continue
        agents = [c for c in tok.children if c.dep_ == "agent"]
        if agents:
            founders = [m for a in agents for m in _mentions_in(ctx, list(a.subtree)) if ctx.etype(m) in {P, None}]
            groups = [m for m in _subject_mentions(ctx, tok) if ctx.fits(m, {G}, True)]
        else:
            founders = [m for m in _subject_mentions(ctx, tok) if ctx.etype(m) is P]
            groups = [m for c in tok.children if c.dep_ == "dobj" for m in _mentions_in(ctx, list(c.subtree))
                      if ctx.etype(m) is G or (ctx.fits(m, {G}, True) and any(
                          t.lower_ in GROUP_NOUNS for t in c.subtree))]
        for group in groups[:1]:
            for founder in founders:
                if founder.entity == group.entity:
                    continue
                start, end = ctx.char_span(founder, group)
                yield Candidate("MEMBER_OF", founder.entity, group.entity, start, end, sent, 0.75 * modality,
                                "founders-are-members", subject_type=_implied("MEMBER_OF", True, founder, ctx),
                                object_type=_implied("MEMBER_OF", False, group, ctx))


_ENLIST = re.compile(r"\b(?:enlist(?:s|ed|ing|ment)?|military service|mandatory service|national service|"
                     r"join(?:s|ed|ing)? the (?:\w+ )?(?:military|army|navy|air force|marines)|"
                     r"(?:entered|enter|enters|entering) the (?:military|army)|"
                     r"(?:start|begin|began|starts|begins|starting|beginning) (?:his|her) (?:mandatory )?"
                     r"(?:military )?service|discharged? from (?:the )?(?:military|army|service|mandatory)|"
                     r"(?:his|her) (?:mandatory )?(?:military )?service begins)", re.I)
_DISCHARGE = re.compile(r"\bdischarged?\b", re.I)


def _dates_in(ctx: Context, sent: Span) -> list[Span]:
    """Date entities of a sentence, each grown over a year NER left outside
    ("March 3" + ", 2023")."""
    out = []
    for e in ctx.doc.ents:
        if e.label_ not in {"DATE", "TIME"} or not sent.start <= e.start < sent.end:
            continue
        end = e.end
        while end < sent.end and (ctx.doc[end].text == "," or re.fullmatch(r"(?:19|20)\d\d", ctx.doc[end].text)):
            end += 1
            if re.fullmatch(r"(?:19|20)\d\d", ctx.doc[end - 1].text):
                break
        out.append(ctx.doc[e.start:end] if end > e.end and ctx.doc[end - 1].text != "," else e)
    return out


def _future(sent: Span, around: Token | None = None) -> bool | None:
    words = {t.lower_ for t in sent if t.text.islower()}  # "Set Me Free" is a title, "set to" a future
    if words & {"will", "'ll", "due", "scheduled", "upcoming", "forthcoming", "set", "expected", "plans",
                "planning", "coming", "lands", "arrives", "next", "ahead"}:
        return True
    if around is not None and around.tag_ in {"VBD", "VBN"}:
        return False
    if any(t.tag_ == "VBD" for t in sent):
        return False
    return None


def enlistment_candidates(ctx: Context) -> Iterator[Candidate]:
    for sent_index, sent in enumerate(ctx.sents):
        text = sent.text
        match = _ENLIST.search(text)
        if not match:
            continue
        if re.search(r"\benlist(?:s|ed|ing)?\s+(?:the\s+)?(?:help|services|support|a\s+new|new|producer)", text, re.I):
            continue  # "enlisted a new drummer": not military
        trigger_char = sent.start_char + match.start()
        trigger = ctx.doc.char_span(trigger_char, trigger_char + len(match.group(0).split()[0]),
                                    alignment_mode="expand")
        trig_tok = trigger[0] if trigger is not None else sent.root
        modality = _modality(sent)
        discharge = bool(_DISCHARGE.search(match.group(0))) or (
            bool(re.search(r"\bdischarg", text, re.I)) and not re.search(r"\benlist", text, re.I))
        if modality == 0.0 or (_clause_negated(trig_tok) and not discharge):
            continue
        # who: the subject of the trigger's verb, else the nearest person before it
        verb = trig_tok
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        persons = [m for m in _subject_mentions(ctx, verb) if ctx.etype(m) is P]
        if not persons:
            persons = [m for m in _mentions_in(ctx, list(trig_tok.subtree)) if ctx.etype(m) is P]
        if not persons:
            before = [m for m in ctx.by_sent.get(sent_index, []) if ctx.etype(m) is P and m.start < trig_tok.i]
            persons = before[-1:]
        if not persons:
            after = [m for m in ctx.by_sent.get(sent_index, []) if ctx.etype(m) is P]
            persons = after[:1]
        if not persons:
            continue
        iso: str | None = None
        if not discharge:
            future = _future(sent, verb)
            for ent in _dates_in(ctx, sent):
                if re.search(r"\bdischarg|\bborn\b|\bdebut", ctx.text[sent.start_char:ent.start_char][-50:], re.I):
                    continue
                if re.match(r"^\W*(?:\w+\s+)?discharg", ctx.text[ent.end_char:ent.end_char + 30], re.I):
                    continue
                in_clause = ent.root.i in {t.i for t in verb.subtree}
                if not in_clause and min(abs(ent.start - trig_tok.i), abs(ent.end - trig_tok.i)) > 8:
                    continue
                if ent.root.head.lower_ in {"ago", "old"}:
                    continue
                value = resolve_date(ent.text, ctx.published, future)
                if value and not _is_age(ent):
                    iso = value
                    break
        for person in persons:
            start, end = ctx.char_span(person)
            yield Candidate("ENLISTED", person.entity, iso, min(start, sent.start_char), max(end, sent.end_char),
                            sent, (0.85 if iso else 0.75) * modality, "enlistment-discharge" if discharge else "enlistment")


def _is_age(ent: Span) -> bool:
    return bool(re.search(r"\b(?:year-old|years old|aged|age)\b", ent.text + " " + ent.doc[ent.end:ent.end + 2].text, re.I))


_RELEASE_CUE = re.compile(
    r"\b(?:releas\w*|out|came out|come out|comes out|arriv\w*|dropp?\w*|land\w*|debut\w*|premier\w*|"
    r"unveil\w*|issued|put out|puts out|hits? shelves|went live|goes live|due|scheduled|on sale|launch\w*|"
    r"available|led the way|came next|followed)\b", re.I)
_NOT_RELEASE = re.compile(
    r"\b(?:chart\w*|topp?\w*|peak\w*|No\.|number one|award\w*|won|win|wins|nominat\w*|perform\w*|concert|"
    r"tour\w*|appear\w*|guest|born|enlist\w*|discharg\w*|sold|sales|streams|certified|recorded|recording|"
    r"ceremony|festival|announc\w*|posted|revealed|hinted|said|told|formed|founded|signed|married|"
    r"joined|left|quit|died|teaser|met|meet)\b", re.I)


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
            prenominal = bool(re.match(rf"^\s*(?:{_POSS}\s*)?(?:[\w-]+\s+){{0,2}}?(?:album|single|song|track|hit|ep|"
                                       r"record|release|mixtape|debut|cover|classic|ballad)\b", window_after, re.I))
            cue = bool(_RELEASE_CUE.search(near)) or prenominal or (
                verb.lemma_.lower() in {"release", "come", "arrive", "drop", "land", "issue", "put", "debut",
                                        "premiere", "unveil", "launch"})
            if not cue:
                continue
            clause_text = ctx.text[max(sent.start_char, ent.start_char - 40):ent.start_char]
            if _NOT_RELEASE.search(clause_text) and not _RELEASE_CUE.search(clause_text) and not prenominal:
                continue
            value = resolve_date(ent.text, ctx.published, _future(sent, verb))
            modality = _modality(sent, verb)
            if value is None or modality == 0.0:
                continue
            targets = _date_targets(ctx, sent_index, ent, verb, releases, prenominal)
            for target in targets:
                start, end = ctx.char_span(target)
                yield Candidate("RELEASED_ON", target.entity, value, min(start, ent.start_char),
                                max(end, ent.end_char), sent, (0.8 if not prenominal else 0.85) * modality,
                                "prenominal-date" if prenominal else "release-date")


def _date_targets(ctx: Context, sent_index: int, ent: Span, verb: Token, releases: list[Mention],
                  prenominal: bool) -> list[Mention]:
    if prenominal:
        after = [m for m in releases if m.start >= ent.end]
        return after[:1]
    if not releases:
        focus = ctx.focus_release(sent_index - 1) if sent_index else None
        subj_refs = [m for m in _mentions_in(ctx, list(verb.subtree)) if m.pronoun and ctx.etype(m) is R]
        if focus is not None and subj_refs and verb.lemma_.lower() in {"release", "come", "arrive", "drop", "land", "be", "go"}:
            return [focus]
        return []
    in_clause = []
    for m in releases:
        tok = ctx.doc[m.start]
        path, node = [], tok
        while node.i != verb.i and node.head.i != node.i:
            path.append(node)
            node = node.head
        if node.i == verb.i and not any(p.pos_ == "VERB" and p.dep_ in {"relcl", "acl", "advcl", "ccomp"} for p in path):
            in_clause.append(m)
    if in_clause:
        # "Doja Cat, the star behind “Say So”, dropped “Kiss Me More” on April 8": the object was released
        objects = {t.i for c in verb.children if c.dep_ in {"dobj", "attr", "xcomp", "oprd"} for t in c.subtree}
        subjects = {t.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}
        direct = [m for m in in_clause if m.start in objects] or [
            m for m in in_clause if m.start in subjects and not _in_apposition(ctx, m, verb)]
        in_clause = direct or [m for m in in_clause if not _in_apposition(ctx, m, verb)] or in_clause
        named = [m for m in in_clause if not m.pronoun]
        return named or in_clause[:1]
    nearest = min(releases, key=lambda m: min(abs(m.start - ent.end), abs(ent.start - m.end)))
    return [nearest] if min(abs(nearest.start - ent.end), abs(ent.start - nearest.end)) <= 12 else []


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


def _directed_work(ctx: Context, m: Mention) -> tuple[Token, list[Token]] | None:
    """The verb and object when ``m`` is the subject of directing: "Dave
    Meyers, who ..., helmed the My Universe clip", "Warren Fu made the music video"."""
    root = ctx.doc[m.start:m.end].root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() not in _DIRECTING_VERBS:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return None
    if verb.lemma_.lower() not in {"direct", "helm"} and objects[0].lower_ not in _VIDEO_NOUNS:
        return None  # "made the music video" directs; "made history" does not
    if _clause_negated(verb):
        return None  # "did not direct the video"
    return verb, list(objects[0].subtree)


def _main_release(ctx: Context, sent: int) -> Mention | None:
    """The release a video is most likely of: of those named in this or the two previous
    sentences, the one the article names most (the latest on a tie)."""
    window = [m for s in range(max(0, sent - 2), sent + 1) for m in ctx.by_sent.get(s, [])
              if ctx.etype(m) is R and not m.pronoun]
    if not window:
        return ctx.focus_release(sent)
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
            if m.pronoun or ctx.etype(m) not in {P, None, G}:
                continue
            target = None
            if hyphen:
                target = _main_release(ctx, sent_index)
            else:
                if ctx.etype(m) is None and m.source.split("+")[0] not in TYPEABLE_SOURCES:
                    continue
                work = _directed_work(ctx, m)
                if work is None:
                    continue
                verb, obj_tokens = work
                is_director = m.role == "director" or re.search(r"\bdirector\b", ctx.after(m, 80) + ctx.before(m, 30), re.I)
                if verb.lemma_.lower() not in {"direct", "helm"} and not is_director:
                    continue
                named = [r for r in _mentions_in(ctx, obj_tokens) if ctx.etype(r) is R and not r.pronoun]
                target = named[0] if named else (
                    _main_release(ctx, sent_index) if any(t.lower_ in _VIDEO_NOUNS for t in obj_tokens) else None)
            modality = _modality(sent)
            if target is None or modality == 0.0:
                continue
            start, end = ctx.char_span(m, target)
            yield Candidate("DIRECTED_BY", target.entity, m.entity, start, end, sent, 0.85 * modality,
                            "hyphen-directed" if hyphen else "director-made-video", object_type=P)


_FEATURED_ARTIST = re.compile(r"\b(?:(?:as|is|was)\s+(?:the|a)\s+featured\s+(?:artist|guest|vocalist|rapper)|"
                              r"features?\s+on\b|featured\s+artist)\b", re.I)


def featured_artist_candidates(ctx: Context) -> Iterator[Candidate]:
    """"X came on board as the featured artist", "Featured artist X turns up",
    "SUGA ... produced and features on [her single]"."""
    for sent_index, sent in enumerate(ctx.sents):
        match = _FEATURED_ARTIST.search(sent.text)
        if not match:
            continue
        ms = [m for m in ctx.by_sent.get(sent_index, []) if ctx.etype(m) in ART and not m.pronoun]
        if not ms:
            ms = [m for m in ctx.by_sent.get(sent_index, []) if ctx.etype(m) in ART]
        if not ms:
            continue
        trig = sent.start_char + match.start()
        artist = None
        if match.group(0).lower().startswith("featured"):
            after = [m for m in ms if ctx.doc[m.start].idx > trig]
            artist = after[0] if after else None
        else:
            before = [m for m in ms if ctx.doc[m.start].idx < trig]
            artist = before[-1] if before else None
        if artist is None:
            continue
        target = ctx.focus_release(sent_index)
        if target is None or _modality(sent) == 0.0:
            continue
        start, end = ctx.char_span(artist)
        yield Candidate("FEATURES", target.entity, artist.entity, start, end, sent, 0.8 * _modality(sent),
                        "featured-artist")


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
