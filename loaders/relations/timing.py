"""When a sentence says something happened: its date entities (grown over bare years),
their resolved values, and the tense of the clause that governs them."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from artistgraph.loaders.dates import MONTHS, anaphoric_month, anaphoric_year, resolve_date
from artistgraph.loaders.mentions import span_text, span_tokens
from artistgraph.loaders.relations.context import Context

YEAR_WORD = re.compile(r"(?:19|20)\d\d")

# A bare year after these words is a date even when NER misses it ("put out Velomania in 2022").
_YEAR_PREPS = frozenset({"in", "since", "from", "during", "until", "circa"})

# Nouns a year before them dates as a release: "the 1982 album", "his 2020 beat tape", "a 2004 film"
PRENOMINAL_NOUN = (r"(?:album|single|song|track|hit|ep|lp|record|release|mixtape|debut|cover|classic|ballad|duet|"
                    r"anthem|smash|breakthrough|tape|film|movie|documentary|project|effort|offering|chart-topper)")

_YEAR_BEFORE_NOUN = re.compile(rf"^\s*(?:[a-z][\w-]*\s+){{0,2}}?{PRENOMINAL_NOUN}\b", re.I)


_DAY_WORDS = frozenset({"today", "tonight", "yesterday", "tomorrow"})

_ANAPHORIC_PHRASE = re.compile(r"\b(?:that\s+same|the\s+same|that|the\s+following|the\s+next)\s+year\b(?!\s*['’]s)", re.I)


def dates_in(ctx: Context, sent: Span) -> list[Span]:
    """Date entities of a sentence in text order, each grown over a year NER left
    outside ("March 3" + ", 2023"), plus bare years NER missed after a preposition
    ("in 2022"), before a possessive ("2002's") or before a release noun ("his 2021 mixtape").
    Several rules ask for the same sentence: answers are kept on the doc."""
    cache = ctx.doc.user_data.setdefault("dates_in", {})
    key = (sent.start, sent.end)
    if key not in cache:
        cache[key] = _read_dates(ctx, sent)
    return list(cache[key])


# "SEOUL, Oct. 14 — ...", "London, 18 May 2023 – ...": a place and a date before a dash open a wire story;
# that date is when the story was filed, not when anything in it happened
_DATELINE_BEFORE = re.compile(r"^\s*[A-Z][A-Za-z.'’ -]{1,30},\s*$")
_DATELINE_AFTER = re.compile(r"^\s*(?:\([A-Za-z ]{1,20}\)\s*)?[—–-]")


def _dateline(ctx: Context, sent: Span, e: Span) -> bool:
    return bool(_DATELINE_BEFORE.match(ctx.text[sent.start_char:e.start_char])) and bool(
        _DATELINE_AFTER.match(ctx.text[e.end_char:e.end_char + 30]))


def _read_dates(ctx: Context, sent: Span) -> list[Span]:
    out = []
    for e in ctx.date_ents:
        if not sent.start <= e.start < sent.end:
            continue
        end = e.end
        while end < sent.end and (ctx.tokens[end].text == "," or YEAR_WORD.fullmatch(ctx.tokens[end].text)):
            end += 1
            if YEAR_WORD.fullmatch(ctx.tokens[end - 1].text):
                break
        start = e.start
        if e.start > sent.start and e.text.lower() in {"year", "month", "week"} and \
                ctx.tokens[e.start - 1].lower_ in {"this", "last", "next"}:
            start -= 1  # "this year's X": NER left the determiner that says which year outside
        elif e.start > sent.start and ctx.tokens[e.start - 1].lower_ == "that" and _BARE_MONTH.match(e.text):
            start -= 1  # "released that March": the month of a year named before, not of the publication year
        span = ctx.doc[e.start:end] if end > e.end and ctx.tokens[end - 1].text != "," else e
        span = ctx.doc[start:span.end] if start < e.start else span
        inside = span.start
        while inside < span.end - 1 and (named := ctx.token_mention.get(inside)) is not None and named.start < span.start:
            inside += 1  # "Vol. 3 at midnight": NER ran the date into the end of a title
        span = ctx.doc[inside:span.end] if inside > span.start else span
        comma = next((t.i for t in span if t.text == ","), None)
        if comma is not None and comma > span.start and _BARE_MONTH.match(ctx.doc[span.start:comma].text) and (
                comma + 1 >= span.end or not YEAR_WORD.fullmatch(ctx.tokens[comma + 1].text)):
            span = ctx.doc[span.start:comma]  # "arrives in January, 30 years after X": NER ran the month into the next phrase
        if not _dateline(ctx, sent, span):
            out.append(span)
    covered = {i for span in out for i in range(span.start, span.end)}
    for tok in span_tokens(sent):
        if tok.i in covered:
            continue
        if tok.lower_ in _DAY_WORDS and (tok.text.islower() or tok.is_sent_start) and ctx.token_mention.get(tok.i) is None:
            out.append(ctx.doc[tok.i:tok.i + 1])  # "dropped the single today at 6 p.m.": NER read a time, not the day
            continue
        if not YEAR_WORD.fullmatch(tok.text):
            continue
        prev = ctx.tokens[tok.i - 1] if tok.i > sent.start else None
        nxt = ctx.tokens[tok.i + 1] if tok.i + 1 < sent.end else None
        if (prev is not None and prev.lower_ in _YEAR_PREPS) or (  # "which dates back to 2022"
                prev is not None and prev.lower_ == "to" and tok.i - 2 >= sent.start and ctx.tokens[tok.i - 2].lower_ == "back") or (nxt is not None and nxt.text in {"'s", "’s"}) or (
                _YEAR_BEFORE_NOUN.match(ctx.text[tok.idx + len(tok):min(sent.end_char, tok.idx + 50)])) or (
                prev is not None and nxt is not None and prev.text == "(" and nxt.text == ")"):
            out.append(ctx.doc[tok.i:tok.i + 1])
    for found in _ANAPHORIC_PHRASE.finditer(span_text(sent)):  # "that same year": NER often leaves it out
        span = ctx.doc.char_span(sent.start_char + found.start(), sent.start_char + found.end())
        if span is not None and not any(i in covered for i in range(span.start, span.end)):
            out.append(span)
    return sorted(out, key=lambda span: span.start)


def date_value(ctx: Context, sent_index: int, ent: Span, future: bool | None) -> str | None:
    """ISO date of a date span. "The same year", "that year", "the following year"
    count from the last year the text gave before them, not from the publication date."""
    offset = anaphoric_year(ent.text)
    part = anaphoric_month(ent.text) if offset is None else None
    if part is not None:  # "released that March", "on April 15 of the same year"
        year = _earlier_year(ctx, sent_index, ent)
        return resolve_date(f"{part} {year}", None) if year is not None else None
    if offset is None:
        return _month_after_anchor(ctx, sent_index, ent) or _month_of_heading_year(ctx, ent) or resolve_date(
            ent.text, ctx.published, future)
    year = _earlier_year(ctx, sent_index, ent)
    return f"{year + offset:04d}" if year is not None else None


def _earlier_year(ctx: Context, sent_index: int, ent: Span) -> int | None:
    """The last year the text itself states before ``ent`` (this sentence or the two before it)."""
    for s in range(sent_index, max(-1, sent_index - 3), -1):
        for earlier in reversed(dates_in(ctx, ctx.sents[s])):
            if earlier.start >= ent.start or anaphoric_year(earlier.text) is not None or anaphoric_month(
                    earlier.text) is not None:
                continue
            value = resolve_date(earlier.text, None)  # only a year the text states
            if value:
                return int(value[:4])
    return None


# "2025 — In February he releases ...": a timeline line headed by its year
HEADING_YEAR = re.compile(r"[ \t]*((?:19|20)\d\d)[ \t]*[—–-][ \t]*")


# "2016" or "2018 — Four Seasons" alone on a line: a timeline heading over the line below it
_HEADING_LINE = re.compile(r"[ \t]*((?:19|20)\d\d)[ \t]*(?:[—–:-][^\n.!?]{0,40})?[ \t]*\n")


def heading_year(ctx: Context, at: int) -> int | None:
    """The year that heads the line holding character ``at`` ("2020 — ..."), or the year a short
    heading line just above it gives ("2016\n“Cedar” arrives in November"), or None."""
    line = ctx.text.rfind("\n", 0, at) + 1
    found = HEADING_YEAR.match(ctx.text, line)
    if found is not None and found.end() <= at:
        return int(found.group(1))
    if line < 2:
        return None
    above = _HEADING_LINE.match(ctx.text, ctx.text.rfind("\n", 0, line - 1) + 1)
    return int(above.group(1)) if above is not None and above.end() == line else None


def _month_of_heading_year(ctx: Context, ent: Span) -> str | None:
    """YYYY-MM for a bare month on a timeline line headed by its year: the heading, not the publication
    date, says which year ("2025 — In February he releases ..." gives 2025-02)."""
    bare = _BARE_MONTH.match(ent.text.strip())
    year = heading_year(ctx, ent.start_char) if bare is not None else None
    if year is None:
        return None
    return f"{year:04d}-{MONTHS[bare.group(1).lower()]:02d}"


_BARE_MONTH = re.compile(r"^(?:in\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$", re.I)

# "released in June 2022, a few months before he began his service in November": the month is told
# from the year the sentence just gave, not from the publication date
_ANCHOR_LINK = re.compile(r"\b(?:(before|later|then)|(after|earlier))\b", re.I)


def _month_after_anchor(ctx: Context, sent_index: int, ent: Span) -> str | None:
    """YYYY-MM for a bare month that a sentence times from an earlier dated event ("in July 2023,
    months before ... in December" gives 2023-12); None when nothing anchors it."""
    bare = _BARE_MONTH.match(ent.text.strip())
    if bare is None:
        return None
    month = resolve_date(f"{bare.group(1)} 2000", None)
    earlier = [d for d in dates_in(ctx, ctx.sents[sent_index]) if d.end <= ent.start
               and len(resolve_date(d.text, None) or "") >= 7]  # a month the text dates itself
    if not earlier or month is None:
        return None
    anchor = resolve_date(earlier[-1].text, None) or ""
    links = list(_ANCHOR_LINK.finditer(ctx.text[earlier[-1].end_char:ent.start_char]))
    if len(links) != 1:
        return None
    year, then, m = int(anchor[:4]), int(anchor[5:7]), int(month[5:7])
    if links[0].group(1):  # the month comes after the anchor
        year += m < then
    else:
        year -= m > then
    return f"{year:04d}-{m:02d}"


_FUTURE_AUX = frozenset({"will", "'ll", "wo", "shall"})

_FUTURE_FRAMES = frozenset({"set", "due", "schedule", "expect", "plan", "slate", "poise", "go", "tip", "gear"})

_PAST_AUX = frozenset({"was", "were", "had", "has", "have", "did", "'d"})

_PRESENT_RELEASE = frozenset({"arrive", "land", "drop", "come", "hit", "release", "debut", "premiere", "follow"})


def clause_tense(verb: Token) -> bool | None:
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
    if verb.lemma_.lower() in {"schedule", "slate", "pencil"} and any(
            c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        return True  # "which the label has scheduled for August 23": a plan, whatever the auxiliary
    if verb.dep_ in {"ccomp", "advcl", "acl", "relcl"} and verb.lemma_.lower() in _PRESENT_RELEASE and any(
            w.lower_ == "to" and w.dep_ == "aux" for w in words):
        return True  # "announce X, to be released on 21 July": the infinitive looks ahead
    if any(w.lower_ in _PAST_AUX and w.dep_ in {"aux", "auxpass"} for w in words) or verb.tag_ == "VBD" or (
            verb.tag_ == "VBN" and verb.dep_ == "acl" and not words and verb.lemma_.lower() in _PRESENT_RELEASE):
        # "Delia Mason's “Cappuccino”, released in April": a bare participle on a title reports the past
        return False
    if verb.tag_ in {"VBZ", "VBP"} and verb.lemma_.lower() in _PRESENT_RELEASE:
        return True  # news reports a coming release in the present: "the album lands Friday"
    return None


def future_tense(sent: Span, around: Token | None = None) -> bool | None:
    if around is not None:
        tense = clause_tense(around)
        if tense is not None:
            return tense
    words = {t.lower_ for t in span_tokens(sent) if t.text.islower()}  # "Set Me Loose" is a title, "set to" a future
    if words & {"will", "'ll", "due", "scheduled", "upcoming", "forthcoming", "set", "expected", "plans",
                "planning", "coming", "lands", "arrives", "next", "ahead"}:
        return True
    if around is not None and around.tag_ in {"VBD", "VBN"}:
        return False
    if any(t.tag_ == "VBD" for t in span_tokens(sent)):
        return False
    return None
