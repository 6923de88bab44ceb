"""RELEASED_ON: which release a date in a sentence is about, and whether the date is
the release's (not a chart run, an award, a show or another release)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from spacy.tokens import Span, Token

from artistgraph.graph.model import EntityType
from artistgraph.loaders.dates import resolve_date
from artistgraph.loaders.lexicon import MONTH_WORDS, NON_RELEASE_WORKS, RELEASE_NOUNS
from artistgraph.loaders.mentions import Mention, doc_text, sentence_of, sentence_start, span_text, tokens
from artistgraph.loaders.relations.context import ART, Candidate, Context, R, clause_negated, statement_modality
from artistgraph.loaders.relations.lookups import ALBUM_NOUNS, described_as, in_apposition, is_definite, mentions_in
from artistgraph.loaders.relations.releases import FAME_WORDS, NOT_THE_RELEASE, RELEASE_LEMMAS, made_a_name
from artistgraph.loaders.relations.timing import (
    HEADING_YEAR,
    PRENOMINAL_NOUN,
    YEAR_WORD,
    date_value,
    dates_in,
    future_tense,
)
from artistgraph.loaders.relations.wording import POSS

# "According to agency X on the 8th": a date right after the source of a report is when it was reported
_REPORTED_ON = re.compile(r"\baccording\s+to\s+[^,;:]{1,60}?\s(?:on|in)\s*$", re.I)


_AGE = re.compile(r"\b(?:year-old|years old|aged|age)\b", re.I)


def is_age(ent: Span) -> bool:
    """Whether a number or date entity is somebody's age ("24-year-old", "aged 19", "24 years old").

    >>> # is_age(doc.ents[0]) for "Tomo, aged 19, sang" -> True
    """
    toks = tokens(ent.doc)
    stop = min(ent.end + 2, len(toks))
    after = doc_text(ent.doc)[toks[ent.end].idx:toks[stop - 1].idx + len(toks[stop - 1])] if ent.end < stop else ""
    return bool(_AGE.search(span_text(ent) + " " + after))


_RELEASE_CUE = re.compile(
    r"\b(?:releas\w*|(?<!-)out|came out|come out|comes out|arriv\w*|dropp?\w*|land\w*|debut\w*|premier\w*|"
    r"unveil\w*|issued|put out|puts out|hits? shelves|went live|goes live|due|scheduled|on sale|launch\w*|"
    r"available|led the way|came next|followed|follows|hit\s+streaming|hits\s+streaming|"
    r"(?:opens?|opened|reach\w*|hits?)\s+(?:in\s+)?(?:\w+\s+)?(?:cinemas|theaters|theatres))\b", re.I)

_NOT_RELEASE = re.compile(
    r"\b(?:chart\w*|topp?\w*|peak\w*|No\.|number one|award\w*|won|win|wins|nominat\w*|perform\w*|concert|"
    r"tour\w*|appear\w*|guest|born|enlist\w*|discharg\w*|sold|sales|streams|certified|recorded|recording|"
    r"ceremony|festival|announc\w*|posted|revealed|hinted|said|told|formed|founded|signed|married|"
    r"joined|left|quit|died|teaser|met|meet|meetings?|fan-meetings?|showcases?)\b", re.I)

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
    "re-release", "reissue", "write", "service", "death", "funeral", "meeting", "showcase"})  # "wrote X in 1971", "his military service, which he began in May"

_VIDEO_NOUNS_DATED = frozenset({"video", "clip", "visuals", "visual", "mv", "music-video"})

_TRACK_NOUNS = _VIDEO_NOUNS_DATED | {"song", "single", "track", "tune", "ballad", "anthem", "number"}

# A release named after these words is another release than the one the date is about:
# "a single from H-Hour", "arrived after the March release of Fox in the Den".
_OTHER_RELEASE_PREPS = frozenset({"from", "off", "after", "before", "since", "following", "than", "like", "unlike"})


def _event_of(ctx: Context, ent: Span) -> str | None:
    """What the parse says happened on the date ``ent``: "release", "other" (a chart
    run, award, show, announcement, teaser...), or None when it names no event.

    The first event word above the date decides: in "reached number one with
    her debut hit in October 1999" that is "reached"; in "a statement issued late
    on Tuesday" the issued thing is a statement, not a release."""
    node = ent.root
    while node.head.i != node.i:
        node = node.head
        event = _event_word(ctx, node)
        if event is None and node.pos_ in {"VERB", "AUX"}:
            # "Mira is due to appear on Friday": the open complements of the verb say what happens
            comp = node
            while event is None and (comp := next((c for c in comp.children if c.dep_ in {"acomp", "xcomp"}),
                                                  None)) is not None:
                event = _event_word(ctx, comp)
        if event is not None:
            return event
    return None


_MONTH_NAMES = frozenset(w for w in MONTH_WORDS if w[:3] in {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"})

_SCREENS = frozenset({"cinemas", "theaters", "theatres", "cinema", "theater", "theatre"})

_APPEARING = frozenset({"appear", "surface", "emerge"})  # a release as their subject: it came out


def _event_word(ctx: Context, node: Token) -> str | None:
    lemma = node.lemma_.lower()
    if lemma in {"share", "reveal", "post", "offer"} and node.pos_ == "VERB":
        # "shared “Glass Bells” on Friday" releases the song; "shared a teaser of it" does not
        objects = [c for c in node.children if c.dep_ == "dobj"]
        released = [o for o in objects if release_noun(o) or any(ctx.etype(m) is R for m in mentions_in(ctx, [o]))]
        if any(o.lower_ in NOT_THE_RELEASE for o in objects):
            return "other"
        return "release" if released and lemma == "share" else "other"
    if lemma == "hit" and node.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lower_ in {"streaming", "shelves", "stores"}
                                                      | _SCREENS for c in node.children):
        return "release"  # "which hit streaming three weeks ago"
    if lemma in {"open", "reach"} and node.pos_ == "VERB" and any(
            t.lower_ in _SCREENS for c in node.children if c.dep_ in {"prep", "dobj"} for t in c.subtree):
        return "release"  # "the documentary opens in IMAX cinemas on Friday": a film's release
    if lemma == "due" and any(c.dep_ == "xcomp" for c in node.children):
        return None  # "due to appear": the verb after it is the event
    if node.i >= 2 and ctx.tokens[node.i - 1].text == "-" and ctx.tokens[node.i - 2].lower_ == "re":
        return "other"  # "re-released in 2000": re-releases are not release dates
    if lemma in _RELEASE_EVENT or node.lower_ in _RELEASE_EVENT:
        if node.dep_ == "acl" and node.pos_ == "VERB":
            thing = node.head
            named = ctx.token_mention.get(thing.i)
            if thing.lemma_.lower() not in RELEASE_NOUNS and not (named is not None and ctx.fits(named, {R}, True)) and (
                    not _describes_title(ctx, thing)):
                return "other"
        return "release"
    if lemma in _APPEARING and node.pos_ == "VERB" and _release_subject(ctx, node) and not any(
            c.dep_ in {"prep", "agent"} and c.lower_ in {"on", "at", "in", "with", "alongside", "onstage"} and not any(
                g.ent_type_ in {"DATE", "TIME"} for g in c.subtree) for c in node.children):
        # "whose only album, Noite de Lisboa, appeared in 2017": a record appearing is released (not
        # one appearing on a chart, at a show or on another record)
        return "release"
    if lemma in _OTHER_EVENT and node.pos_ in {"VERB", "NOUN", "PROPN"}:
        return "other"
    return None


def _release_subject(ctx: Context, verb: Token) -> bool:
    """The verb's subject is a release: a release noun ("the album") or a release's name."""
    for subject in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
        if release_noun(subject) or any(ctx.etype(m) is R for m in mentions_in(ctx, [subject])):
            return True
    return False


def _clashes(value: str, named: set[str]) -> bool:
    """``value`` agrees with none of the dates the text gave the release by name (2001 and 2025-06-06 clash;
    2023 and 2023-07-21 agree)."""
    return bool(named) and not any(value.startswith(v) or v.startswith(value) for v in named)


def release_date_candidates(ctx: Context) -> Iterator[Candidate]:
    named_dates: dict[int, set[str]] = {}  # dates given to a release where its name stands
    for sent_index, sent in enumerate(ctx.sents):
        releases = [m for m in ctx.by_sent.get(sent_index, []) if ctx.etype(m) is R]
        dates = dates_in(ctx, sent)
        if not dates:
            continue
        if statement_modality(sent) == 0.0:
            continue
        for ent in dates:
            if is_age(ent) or _REPORTED_ON.search(ctx.text[sent.start_char:ent.start_char]):
                continue  # "According to the agency on the 8th, ...": the day of the report
            apposed = apposed_title(ctx, sent_index, ent)
            if apposed is not None:  # "the album's lead single, “X,” arrived in June": X's date, read by its own rule
                value = date_value(ctx, sent_index, ent, apposed[3])
                if value is not None:
                    named_dates.setdefault(apposed[1], set()).add(value)
                continue
            # Prenominal years: "the 1986 album Lyonesse", "2004's Gone To Ground", "a 1998 hit".
            window_after = ctx.text[ent.end_char:min(sent.end_char, ent.end_char + 60)]
            head = ent.root
            verb = head
            while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
                verb = verb.head
            near = ctx.text[max(sent.start_char, ent.start_char - 45):min(sent.end_char, ent.end_char + 25)]
            year_only = bool(YEAR_WORD.fullmatch(ent.text.strip()))
            prenominal = _noun_after_date(ctx, ent, window_after) or (
                (year_only or re.search(r"\byear$", ent.text.strip(), re.I) is not None  # "this year's X"
                 or ent.text.strip().lower() in _MONTH_NAMES)  # "May's “How Neat”"
                and bool(re.match(rf"^\s*{POSS}\s*[“\"‘']?\s*\w", window_after))) or (
                year_only and _year_describes_title(ctx, sent_index, ent, window_after))
            # "“Hollow Moon” (2019)": a year in brackets right after a title is its year
            if year_only and re.match(r"^\s*\)", window_after):
                titled = _bracketed_after_title(ctx, sent_index, ent)
                if titled is not None:
                    start, end = ctx.char_span(titled)
                    yield Candidate("RELEASED_ON", _release_entity(ctx, titled), ent.text.strip(), start,
                                    ent.end_char, sent, 0.8 * statement_modality(sent), "bracketed-year")
                continue
            if not prenominal and head.dep_ in {"compound", "amod", "nmod"} and head.head.i >= ent.end and (
                    head.head.pos_ in {"NOUN", "PROPN"} and not release_noun(head.head)
                    and ctx.token_mention.get(head.head.i) is None):
                continue  # "the Saturday headline spot", "their 2019 tour": the date qualifies another noun
            direct = _title_verb_date(ctx, sent_index, ent)
            if direct is not None:  # "'Last Orders' lands on January 9", whatever the parse made of it
                title, ahead = direct
                value = date_value(ctx, sent_index, ent, ahead)
                modality = statement_modality(sent, ctx.tokens[title.start])
                if value is not None and modality > 0.0:
                    start, end = ctx.char_span(title)
                    yield Candidate("RELEASED_ON", title.entity, value, start, ent.end_char, sent, 0.85 * modality,
                                    "title-verb-date")
                continue
            # "their track from 1992": the noun right before "from", however the parse attached it
            noun_from = head.head.lower_ == "from" and head.head.i > sent.start and release_noun(
                ctx.tokens[head.head.i - 1])
            event = None if prenominal else _event_of(ctx, ent)
            if event == "other":
                continue
            cue = bool(_RELEASE_CUE.search(near)) or prenominal or noun_from or event == "release" or (
                verb.lemma_.lower() in {"release", "come", "arrive", "drop", "land", "issue", "put", "debut",
                                        "premiere", "unveil", "launch"})
            if not cue:
                continue
            clause_text = ctx.text[max(sent.start_char, ent.start_char - 40):ent.start_char]
            if _FESTIVAL_PREMIERE.search(ctx.text[max(sent.start_char, ent.start_char - 70):ent.start_char]):
                continue  # a festival premiere is no release date; the film's release is its cinema or streaming date
            if _NOT_RELEASE.search(clause_text) and not _RELEASE_CUE.search(clause_text) and not (
                    prenominal or noun_from or (event == "release" and verb.lemma_.lower() in _APPEARING)):
                continue
            if prenominal and (re.match(rf"^\s*(?:{POSS}\s*)?(?:(?!(?:with|on|by|for|the|a|an)\s)[\w-]+\s+)?"
                                        rf"{PRENOMINAL_NOUN}\b", window_after, re.I) or re.match(rf"^\s*{POSS}", window_after)):
                # "his December single" was out before, unless "his upcoming December single"
                future: bool | None = bool(re.search(r"\b(?:upcoming|forthcoming|next|due|planned)\b", near, re.I))
            elif re.search(r"\bsince\s+$", ctx.text[sent.start_char:ent.start_char], re.I):
                future = False  # "out since Monday"
            else:
                future = True if _out_future(ctx, sent, ent) else future_tense(sent, verb)
            value = date_value(ctx, sent_index, ent, future)
            modality = statement_modality(sent, verb)
            if re.search(r"[”\"’']?\s*,\s*out\s+(?:on\s+)?$", ctx.text[sent.start_char:ent.start_char]):
                # "“X,” her second album, out Friday": the apposition states the date itself; a
                # hedge or negation of the main clause ("has never sounded so calm") is not its
                modality = 1.0
            elif prenominal and 0.0 < modality < 1.0 and not _HEDGED.search(span_text(sent)):
                modality = 1.0  # "2023's “X” didn't make the cut": the year describes the title; the clause's "not" is not its
            if value is None or modality == 0.0:
                continue
            if noun_from:
                targets = _noun_from_target(ctx, sent_index, ctx.tokens[head.head.i - 1])
            else:
                targets = _date_targets(ctx, sent_index, ent, verb, releases, prenominal)
            # "Out since Tuesday" in an entry counts from the roundup's intro line, whose rule reads it
            since = re.search(r"\bsince\s+$", ctx.text[sent.start_char:ent.start_char], re.I)
            entry = _entry_heading_title(ctx, sent) if not prenominal and not since else None
            if entry is not None and not any(not t.pronoun and t.sent == sent_index for t in targets):
                targets = [entry]  # "2. Smudge – The Song of Doreen" / "... out in July, is their saddest"
            for target in targets:
                if target.text.strip().lower() in _GENERIC_TITLES:
                    continue  # "Nov 19 – Album & MV Release": a schedule's word, not a title
                start, end = ctx.char_span(target)
                entity = _release_entity(ctx, target)
                if target.pronoun and _clashes(value, named_dates.get(entity, set())):
                    continue  # "... since 2003's X. It will be out on May 9": "it" is not X
                if not target.pronoun:
                    named_dates.setdefault(entity, set()).add(value)
                if target is entry and entry is not None:
                    yield Candidate("RELEASED_ON", _release_entity(ctx, target), value, min(start, ent.start_char),
                                    max(end, ent.end_char), sent, 0.8 * modality, "list-entry-date", subject_type=R)
                    continue
                yield Candidate("RELEASED_ON", _release_entity(ctx, target), value, min(start, ent.start_char),
                                max(end, ent.end_char), sent, (0.8 if not prenominal else 0.85) * modality,
                                "prenominal-date" if prenominal else "release-from-year" if noun_from
                                else "release-date")
    yield from _dated_with_release_candidates(ctx)
    yield from _year_noun_title_candidates(ctx)
    yield from _out_now_candidates(ctx)
    yield from _timeline_line_candidates(ctx)
    yield from apposed_release_clause_candidates(ctx)
    yield from apposed_title_date_candidates(ctx)
    yield from list_line_candidates(ctx)
    yield from title_track_video_candidates(ctx)
    yield from with_the_album_candidates(ctx)
    yield from gapped_release_candidates(ctx)
    yield from title_then_date_candidates(ctx)
    yield from directed_in_year_candidates(ctx)


# --- "In 2016 she directed Radiohead's “X”": a video's director and its year ---

_DIRECTING = frozenset({"direct", "shoot", "film"})
_DIRECTING_WORDS = re.compile(r"\b(?:direct|shot|shoot|film)", re.I)


def directed_in_year_candidates(ctx: Context) -> Iterator[Candidate]:
    """A date on a clause where somebody directed, shot or filmed a release (the video of a song) dates the
    release: a music video comes out when it is made, and news about directors writes "in 2014 he directed
    Flying Lotus's X", "that same year shot Y", "directed the video for Z in 2015"."""
    for sent_index, sent in enumerate(ctx.sents):
        if not _DIRECTING_WORDS.search(span_text(sent)):
            continue
        for ent in dates_in(ctx, sent):
            if is_age(ent) or ctx.token_mention.get(ent.start) is not None:
                continue
            verb = _verb_of(ent.root)
            if verb is None or verb.lemma_.lower() not in _DIRECTING or clause_negated(verb):
                continue
            # what was directed: the passive subject, else the first release named right after the verb
            # ("directed Flying Lotus's “X”", "shot the video for “Y”"), whatever the parse made of it
            named = [m for m in mentions_in(ctx, [t for c in verb.children if c.dep_ == "nsubjpass" for t in c.subtree])
                     if not m.pronoun and ctx.etype(m) is R]
            verb_end = verb.idx + len(verb)
            named = named or [m for m in ctx.by_sent.get(sent_index, []) if not m.pronoun and ctx.etype(m) is R
                              and verb_end <= ctx.char_span(m)[0] <= verb_end + 60
                              and not re.search(r"[,;:()—–]|\bby\b", ctx.text[verb_end:ctx.char_span(m)[0]])][:1]
            if not named:
                continue
            value = date_value(ctx, sent_index, ent, future_tense(sent, verb))
            modality = statement_modality(sent, verb)
            if value is None or modality == 0.0:
                continue
            start, end = ctx.char_span(named[0])
            yield Candidate("RELEASED_ON", _release_entity(ctx, named[0]), value, min(start, ent.start_char),
                            max(end, ent.end_char), sent, 0.75 * modality, "directed-in-year")


# --- "X in 2013": a title and its date as one phrase ---

# Between a title and its date: "“X” in 2013", "X, from 2020,", "“X” last month"
_TITLE_DATE_GAP = re.compile(r"[”\"’']?(?:\s+in\s+|\s*,\s*(?:also\s+|both\s+)?from\s+|\s+from\s+|\s+(?=(?:last|earlier|"
                             r"this)\s))$", re.I)
# What a title's clause did with it, when that is not putting it out: a show, a chart run, an award, a
# recording or writing session, a cover or a reissue of an older song
_TITLE_DATE_OTHER = frozenset({
    "perform", "play", "win", "earn", "receive", "nominate", "top", "chart", "climb", "peak", "reach", "enter",
    "certify", "tour", "headline", "sell", "announce", "tease", "reveal", "record", "write", "compose", "cover",
    "remix", "sample", "rank", "stream", "post", "hear", "see", "discover", "sign", "reissue", "re-release",
    "revive", "remaster", "interpolate", "rework", "name", "vote", "close", "end", "dedicate"})
# A title after these words is an older song the dated thing covers, samples or answers
_OLDER_SONG_BEFORE = re.compile(r"\b(?:cover|version|remix|rendition|take|sample|re-?recording|reissue|remaster|"
                                r"interpolation|tribute|anniversary|performances?|live)\s+(?:of|on|to)\s+(?:[\w'’.&-]+\s+){0,4}?"
                                r"[“\"‘']?$", re.I)
_ORDER_VERBS = frozenset({"follow", "precede", "succeed", "replace"})
_RANGE_AFTER = re.compile(r"^\s*(?:to|until|till|through|[–—-])\s*(?:the\s+)?(?:19|20)\d\d", re.I)


def title_then_date_candidates(ctx: Context) -> Iterator[Candidate]:
    """A release title followed right away by its date, as news writes a career in one phrase: "her solo
    career began with “Paper Lanes” in 2013", "since “Glass Coat” in April", "he guested on “Slow Tide” in
    2021", "Ordinary Hours, from 2020, ...". The date is the title's whatever the clause does (began, directed,
    guested), unless the clause is a show, a chart run, an award, a recording or a cover of an older song."""
    for sent_index, sent in enumerate(ctx.sents):
        titles = [m for m in ctx.by_sent.get(sent_index, []) if not m.pronoun and ctx.etype(m) is R]
        if not titles:
            continue
        dates = dates_in(ctx, sent)
        if not dates:
            continue
        for ent in dates:
            before = [m for m in titles if m.end <= ent.start]
            if not before or is_age(ent):
                continue
            title = before[-1]
            start, end = ctx.char_span(title)
            if ent.start_char - end > 12 or not _TITLE_DATE_GAP.search(ctx.text[end:ent.start_char]):
                continue
            if _RANGE_AFTER.match(ctx.text[ent.end_char:ent.end_char + 16]) or _OLDER_SONG_BEFORE.search(
                    ctx.text[max(sent.start_char, start - 50):start]):
                continue
            clause = re.split(r"[,;:—–(]", ctx.text[max(sent.start_char, start - 80):start])[-1]
            if _NOT_RELEASE.search(clause):
                continue  # "reached number one with her debut hit X in 1999", however the parse read "hit"
            verb = _verb_of(ctx.doc[title.start:title.end].root)
            dated_verb = _verb_of(ent.root)
            own = "from" in ctx.text[end:ent.start_char]  # "X, from 2019": the title's own year, whatever the clause
            if any(v is not None and (v.lemma_.lower() in _TITLE_DATE_OTHER or clause_negated(v) or (
                    v.lemma_.lower() in _ORDER_VERBS and not own and not re.search(r"\bby\s+[“\"‘']?$", clause)))
                   for v in (verb, dated_verb)):
                continue  # "which followed “X” in 1996": the date is the follower's; "followed by “X” in May" is X's
            since = re.search(r"\bsince\b", clause) is not None  # "the first release since X in April": before now
            value = date_value(ctx, sent_index, ent, False if since else future_tense(sent, dated_verb or verb))
            modality = statement_modality(sent, verb)
            if value is None or modality == 0.0:
                continue
            yield Candidate("RELEASED_ON", _release_entity(ctx, title), value, start, ent.end_char, sent,
                            0.75 * modality, "title-then-date")


def gapped_release_candidates(ctx: Context) -> Iterator[Candidate]:
    """"“Cinder” came out in May and “Ash Choir” in July": the second title shares the release verb the first
    clause gave (the verb is left out, so the parse hangs the second date on the title itself). Only when the
    first clause is a release ("topped the chart in May and X in July" is not) and nothing else stands between
    the second title and its date."""
    for sent_index, sent in enumerate(ctx.sents):
        dates = dates_in(ctx, sent)
        if len(dates) < 2 or statement_modality(sent) == 0.0:
            continue
        named = [m for m in ctx.by_sent.get(sent_index, []) if not m.pronoun]
        for first, ent in pairwise(dates):
            inside = [m for m in named if first.end_char <= ctx.char_span(m)[0] and ctx.char_span(m)[1] <= ent.start_char]
            earlier = [m for m in named if ctx.char_span(m)[1] <= first.start_char]
            if len(inside) != 1 or ctx.etype(inside[0]) is not R or not earlier or ctx.etype(earlier[-1]) is not R:
                continue
            title = inside[0]
            start, end = ctx.char_span(title)
            if not re.fullmatch(r"\s*,?\s*and\s+[“\"‘']?", ctx.text[first.end_char:start]) or not re.fullmatch(
                    r"[”\"’']?,?\s*(?:in|on)\s+", ctx.text[end:ent.start_char]):
                continue
            clause = ctx.text[ctx.char_span(earlier[-1])[1]:first.start_char]
            verb = _verb_of(first.root)
            if not _RELEASE_CUE.search(clause) or _NOT_RELEASE.search(clause) or verb is None or clause_negated(verb):
                continue
            value = date_value(ctx, sent_index, ent, future_tense(sent, verb))
            modality = statement_modality(sent, verb)
            if value is None or modality == 0.0:
                continue
            yield Candidate("RELEASED_ON", _release_entity(ctx, title), value, start, ent.end_char, sent,
                            0.8 * modality, "gapped-release-date")


def _noun_after_date(ctx: Context, ent: Span, window_after: str) -> bool:
    """A release noun follows the date within two words: "the 1982 album", "2002's single". The noun is
    not a word of a title: in "today announce The Song of Doreen" the date is not the song's."""
    found = re.match(rf"^\s*(?:{POSS}\s*)?(?:[\w-]+\s+){{0,2}}?{PRENOMINAL_NOUN}\b", window_after, re.I)
    if found is None:
        return False
    noun = ctx.doc.char_span(ent.end_char + found.end() - 1, ent.end_char + found.end(), alignment_mode="expand")
    named = ctx.token_mention.get(noun.start) if noun is not None else None
    return named is None or named.pronoun or named.source == "description" or ctx.etype(named) is not R


_SUCCESS_NOUNS = frozenset({"hit", "comeback", "revival", "success", "breakthrough", "smash", "chart-topper",
                            "debut"})  # "will make his solo debut with the mini album X on December 17"

_WITH_RELEASE_VERBS = frozenset({"return", "debut"})  # "will return with the album X on March 24", "debuted in 2019 with X"

_OPENING_VERBS = frozenset({"begin", "start", "open", "kick"})

_SERIES_NOUNS = frozenset({"series", "campaign", "era", "chapter", "trilogy", "saga", "cycle", "rollout"})


def _series_subject(verb: Token) -> bool:
    """The verb's subject is a series of releases: "the series that began with X", "the campaign opened with X"."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if verb.dep_ == "relcl":
        subjects.append(verb.head)
    return any(t.lemma_.lower() in _SERIES_NOUNS for t in subjects)


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
        if statement_modality(sent) == 0.0:
            continue
        for ent in dates_in(ctx, sent):
            if is_age(ent) or ctx.token_mention.get(ent.start) is not None:
                continue  # "You and I, Tonight" names a song, not a day
            verb = _verb_of(ent.root)
            if verb is None or clause_negated(verb):
                continue
            lemma = verb.lemma_.lower()
            target = None
            if lemma == "follow" and not any(c.dep_ == "dobj" for c in verb.children):
                subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                named = ctx.token_mention.get(subj.i) if subj is not None else None
                if named is not None and ctx.etype(named) is R and not named.pronoun:
                    target = named
            elif lemma in _WITH_RELEASE_VERBS or any(
                    c.dep_ == "dobj" and c.lemma_.lower() in _SUCCESS_NOUNS for c in verb.children) or (
                    made_a_name(verb)) or (
                    lemma in _OPENING_VERBS and _series_subject(verb)):
                # "made his debut with X", "became a star with X in 2009", "the series that began with X in
                # January": the parse hangs "with" on the verb or on its object
                for prep in [*verb.children, *(c for d in verb.children if d.dep_ in {"dobj", "attr"}
                                                and d.lemma_.lower() in _SUCCESS_NOUNS | FAME_WORDS["become"]
                                                for c in d.children)]:
                    if prep.dep_ != "prep" or prep.lower_ != "with":
                        continue
                    named = [m for m in mentions_in(ctx, list(prep.subtree)) if ctx.etype(m) is R and not m.pronoun]
                    if named:
                        target = named[0]
                        break
            if target is None:
                continue
            value = date_value(ctx, sent_index, ent, future_tense(sent, verb))
            modality = statement_modality(sent, verb)
            if value is None or modality == 0.0:
                continue
            start, end = ctx.char_span(target)
            yield Candidate("RELEASED_ON", _release_entity(ctx, target), value, min(start, ent.start_char),
                            max(end, ent.end_char), sent, 0.8 * modality, "dated-with-release")


def _titling(verb: Token) -> bool:
    """"a fan song titled X", "an EP called X": the participle only names the noun before it."""
    return verb.dep_ == "acl" and verb.lemma_.lower() in {"title", "call", "name", "dub"} and release_noun(verb.head)


def release_noun(tok: Token) -> bool:
    return tok.lemma_.lower() in RELEASE_NOUNS or tok.lower_ in RELEASE_NOUNS


def _referent(ctx: Context, sent_index: int, noun: Token) -> Mention | None:
    """The release a definite description names: "the album" is the release the
    text has called an album (the most named such); "the video" is the main
    release of the passage; "the song" is the one the reference resolver chose,
    else the release in focus. Untyped names qualify here, but the date does not
    type them: only other rules do."""
    kind = noun.lower_ if noun.lower_ in _VIDEO_NOUNS_DATED | ALBUM_NOUNS else noun.lemma_.lower()
    described = ctx.token_mention.get(noun.i)
    owner = _named_owner(ctx, noun)
    if owner is not None:  # "Science Tutor's debut": the release the article lists for that act, else none sure
        listed = _listed_release_of(ctx, owner)
        if listed is not None or kind not in ALBUM_NOUNS | _VIDEO_NOUNS_DATED:
            return listed
    if kind in ALBUM_NOUNS:
        named = [m for s in range(0, sent_index + 1) for m in ctx.by_sent.get(s, [])
                 if not m.pronoun and ctx.fits(m, {R}, True)]
        pool = {m.entity for m in named if described_as(ctx, m, ALBUM_NOUNS)}
        if not pool:
            return None
        # Rivals: the pool, and releases the text never calls a song, single or video.
        rivals = pool | {m.entity for m in named if ctx.etype(m) is R and not described_as(ctx, m, _TRACK_NOUNS)}
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


def _named_owner(ctx: Context, noun: Token) -> Mention | None:
    """The named act in the possessive of a release noun: Science Tutor in "Science Tutor's debut"."""
    for c in noun.children:
        if c.dep_ == "poss":
            named = ctx.token_mention.get(c.i)
            if named is not None and not named.pronoun and (ctx.etype(named) in ART or (
                    ctx.etype(named) is None and ctx.fits(named, ART, True))):
                return named
    return None


def _name_key(ctx: Context, m: Mention) -> str:
    """A name as a list line and running text both write it: "• The Kills" is "kills", as is "Kills"."""
    return re.sub(r"^(?:the\s+)", "", re.sub(r"^\W+|\W+$", "", ctx.doc[m.start:m.end].text).lower())


def _listed_release_of(ctx: Context, artist: Mention) -> Mention | None:
    """The one release a list line of the article credits to ``artist``: "• Science Tutor – This
    Could Be Nevada". None when the lines credit it with none or several."""
    cache = ctx.doc.user_data.setdefault("listed_releases", None)
    if cache is None:
        cache = ctx.doc.user_data["listed_releases"] = {}
        for line in _HEADING_LINE.finditer(ctx.text):
            if re.search(r"[a-z]{2}[.!?]\s*$|[.!?]\s+[A-Z]", line.group(1)):
                continue
            named = [m for m in ctx.mentions if line.start() <= ctx.tokens[m.start].idx < line.end() and not m.pronoun]
            titles = {m.entity for m in named if ctx.etype(m) is R}
            for m in named:
                if ctx.etype(m) is not R and len(titles) == 1:
                    cache.setdefault(_name_key(ctx, m), set()).update(titles)
    found = cache.get(_name_key(ctx, artist), set())
    if len(found) != 1:
        return None
    title = next(iter(found))
    return next((m for m in ctx.mentions if m.entity == title and not m.pronoun), None)


def _noun_from_target(ctx: Context, sent_index: int, noun: Token) -> list[Mention]:
    """"their track from 1992": the release the noun names, in an apposition or by reference."""
    named = [m for m in mentions_in(ctx, list(noun.subtree)) if ctx.etype(m) is R and not m.pronoun]
    if named:
        return named[:1]
    apposed = _title_before(ctx, sent_index, noun.left_edge.idx)
    if apposed is not None:  # "“Paper Moths”, a slow-burning single from 2020": the apposition names the title
        return [apposed]
    if not is_definite(noun):
        return []
    target = _referent(ctx, sent_index, noun)
    return [target] if target is not None else []


def _title_before(ctx: Context, sent_index: int, at: int) -> Mention | None:
    """The release title right before character ``at`` with only a comma or dash between ("“X”, a ..."),
    else None."""
    before = [m for m in ctx.by_sent.get(sent_index, []) if not m.pronoun and ctx.char_span(m)[1] <= at]
    if not before or ctx.etype(before[-1]) is not R:
        return None
    return before[-1] if re.fullmatch(r"[”\"’']?\s*[,–—]\s*", ctx.text[ctx.char_span(before[-1])[1]:at]) else None


def _other_release(ctx: Context, m: Mention, verb: Token) -> bool:
    """``m`` sits under "from", "after", "since"... on its way up to ``verb``: another release."""
    node, other = ctx.doc[m.start:m.end].root, False
    while node.i != verb.i and node.head.i != node.i:
        other = other or (node.dep_ == "prep" and node.lower_ in _OTHER_RELEASE_PREPS)
        node = node.head
    return other and node.i == verb.i


def _described_subject(ctx: Context, verb: Token) -> Token | None:
    """The release noun the dated verb is about, when a description and not a name
    stands there: "The K-pop star's record came out today", "the visuals arrive
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
        if release_noun(noun) and is_definite(noun):
            return noun
    return None


_TITLE_THEN_YEAR = re.compile(rf"^\s*[”\"’']?\s*(?:[,–—:]\s*[”\"’']?|(?:became|becomes|was|is|remains|remained)\s+)\s*"
                              rf"(?:a|an|the|his|her|their|its|(?:the\s+)?(?:[\w.&-]+\s+){{0,3}}?[\w.&-]*\w\s*{POSS})"
                              rf"(?:\s+(?!(?:19|20)\d\d)[a-z][\w-]*){{0,2}}\s*$")
# "2016 hit, his album Fénix": a title after a comma and a new determiner is another noun phrase's
_NEW_PHRASE_BETWEEN = re.compile(r",\s*(?:and\s+)?(?:his|her|their|its|the|a|an)\s", re.I)


# "2013 debut ", "2019 album, “": the year, a release noun and nothing else before a title
_NOUN_THEN_TITLE = re.compile(rf"^\s*(?:[a-z][\w-]*\s+){{0,2}}?{PRENOMINAL_NOUN}\s*,?\s*[“\"‘']?\s*$", re.I)


def _date_targets(ctx: Context, sent_index: int, ent: Span, verb: Token, releases: list[Mention],
                  prenominal: bool) -> list[Mention]:
    releases = [m for m in releases if m.end <= ent.start or m.start >= ent.end]  # not the date itself
    if prenominal:
        first = next((m for m in ctx.by_sent.get(sent_index, []) if m.start >= ent.end and not m.pronoun), None)
        if first is not None and ctx.etype(first) is not R and first.start <= ent.end + 8 and _NOUN_THEN_TITLE.match(
                ctx.text[ent.end_char:ctx.tokens[first.start].idx]):
            return []  # "their 2013 debut Bonesetter": the title slot holds a name no rule read as a release
        after = [m for m in releases if ent.end <= m.start <= ent.end + 8]
        # "“Pier Lights,” a 2009 film", "“X,” Ana Holt's 2019 single": the year describes the title before it
        before = [m for m in releases if m.end <= ent.start and _TITLE_THEN_YEAR.match(
            ctx.text[ctx.tokens[m.end - 1].idx + len(ctx.tokens[m.end - 1]):ent.start_char])]
        after = [m for m in after if not _NEW_PHRASE_BETWEEN.search(ctx.text[ent.end_char:ctx.tokens[m.start].idx])]
        if after and not (before and not _NOUN_THEN_TITLE.match(ctx.text[ent.end_char:ctx.tokens[after[0].start].idx])):
            return after[:1]  # "the 1982 album Lyonesse"; not "“X,” the 2004 ballad from the album Y"
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
        tok = ctx.tokens[m.start]
        path, node = [], tok
        while node.i != verb.i and node.head.i != node.i:
            path.append(node)
            node = node.head
        # not in a side clause, nor in a coordinated clause of another event ("debuted in 2019
        # and took home a prize for “X”")
        if node.i == verb.i and not any(p.pos_ == "VERB" and not _titling(p) and (p.dep_ in {"relcl", "acl", "advcl", "ccomp"} or (
                p.dep_ == "conj" and p.lemma_.lower() not in _RELEASE_EVENT)) for p in path):
            in_clause.append(m)
    if in_clause:
        paired = _paired_by_order(ctx, sent_index, ent, verb, in_clause)
        if paired:
            return paired
        # "Pixie Owl, the star behind “Speak Up”, dropped “Hold Me Close” on April 8": the object was released
        objects = {t.i for c in verb.children if c.dep_ in {"dobj", "attr", "xcomp", "oprd"} for t in c.subtree}
        subjects = {t.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}
        direct = [m for m in in_clause if m.start in objects] or [
            m for m in in_clause if m.start in subjects and not in_apposition(ctx, m, verb)]
        in_clause = direct or [m for m in in_clause if not in_apposition(ctx, m, verb)] or in_clause
        named = [m for m in in_clause if not m.pronoun]
        if named or not _described_subject(ctx, verb):
            return named or in_clause[:1]
    if verb.lemma_.lower() == "debut" and any(
            ctx.etype(m) in ART for c in verb.children if c.dep_ == "nsubj" for m in mentions_in(ctx, [c])):
        return []  # "VANTA debuted in 2020": the act's debut, no release named in the clause
    antecedent = _antecedent_release(ctx, verb) or _infinitive_object(ctx, verb)
    if antecedent is not None:
        return [antecedent]
    noun = _described_subject(ctx, verb)
    if noun is not None:
        # "The record, Hollow Moon, arrives on Friday": the apposition names it
        apposed = [c for c in noun.children if c.dep_ == "appos"]
        # "The choir's final album, Kept by the Morning Light, was released": a title set off by a comma
        # right after the noun is its apposition, whatever the parser made of it
        apposed += [ctx.tokens[i] for i in range(noun.i + 1, min(noun.i + 3, len(ctx.doc)))
                    if all(t.is_punct for t in ctx.tokens[noun.i + 1:i]) and ctx.tokens[noun.i + 1].text == ","]
        named = [m for m in mentions_in(ctx, apposed)
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
        subj_refs = [m for m in mentions_in(ctx, list(verb.subtree)) if m.pronoun and ctx.etype(m) is R]
        if focus is not None and subj_refs and verb.lemma_.lower() in {"release", "come", "arrive", "drop", "land", "be", "go"}:
            return [focus]
        return []
    nearest = min(releases, key=lambda m: min(abs(m.start - ent.end), abs(ent.start - m.end)))
    return [nearest] if min(abs(nearest.start - ent.end), abs(ent.start - nearest.end)) <= 12 else []


_OUT_AFTER_TITLE = re.compile(
    r"^\s*[”\"’']?\s*[,(–—-]\s*[”\"’']?\s*(?:(?:which|that)\s+(?:is|was|are|were|came|comes|arrives|arrived|"
    r"dropped|drops|landed|lands)\s+)?(?:out|due(?:\s+out)?|released|arriving|available|dropping|landing)\s+"
    r"(?:on\s+|in\s+|since\s+)?$", re.I)

_OUT_NOW = re.compile(r"\b(?:(came|come|was|were|been|had|already)\s+)?(?:out|due(?:\s+out)?|arriving|dropping)\s+"
                      r"(?:on\s+|in\s+)?$", re.I)


def _out_after_title(ctx: Context, sent_index: int, ent: Span) -> Mention | None:
    """"Hollow Moon, out Friday," / "Hollow Moon (out Friday via ...)" / "X, due
    out in May,": the date in a short aside right after a title dates that title,
    whatever else the sentence releases."""
    for m in reversed(ctx.by_sent.get(sent_index, [])):
        if m.end > ent.start or m.pronoun:
            continue
        between = ctx.text[ctx.tokens[m.end - 1].idx + len(ctx.tokens[m.end - 1]):ent.start_char]
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
        between = ctx.text[ctx.tokens[m.end - 1].idx + len(ctx.tokens[m.end - 1]):ent.start_char]
        if re.fullmatch(r"\s*[”\"’']?\s*\(\s*", between) and ctx.etype(m) is R:
            return m
        return None
    return None


def _out_future(ctx: Context, sent: Span, ent: Span) -> bool:
    """"out Friday", "is out Friday": news announces a coming release in the
    present; "came out Friday" and "was out Friday" report the past."""
    before = ctx.text[sent.start_char:ent.start_char]
    m = _OUT_NOW.search(before)
    if m is not None and re.search(r"[,(]\s*out\s+in\s+$", before) and re.fullmatch(r"[A-Za-z]+\.?", ent.text.strip()):
        return False  # "the album, out in July, is their best": a month aside points neither way
    return m is not None and m.group(1) is None


def _paired_by_order(ctx: Context, sent_index: int, ent: Span, verb: Token,
                     in_clause: list[Mention]) -> list[Mention]:
    """Several titles and several dates in one clause pair up in text order:
    "released A on May 2 and B on June 9" dates A May 2 and B June 9, whatever
    the parse attached the second title to. "followed it with B in June" dates
    B, the release after "with". Returns [] when the order does not decide."""
    if verb.lemma_.lower() == "follow":
        with_ = [m for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                 for m in mentions_in(ctx, list(c.subtree)) if not m.pronoun and ctx.etype(m) is R]
        if with_:
            return with_[:1]
    named = [m for m in in_clause if not m.pronoun]
    if len({m.entity for m in named}) < 2:
        return []
    dates = [d for d in dates_in(ctx, ctx.sents[sent_index]) if not is_age(d)]
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
    Fox in the Den": March dates Fox in the Den. Returns None when the date
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
                verb.lemma_.lower() in _RELEASE_EVENT | RELEASE_LEMMAS or verb.lemma_.lower() == "be"):
            return None  # an argument of the dated release verb: the normal reading holds
        # "The album, due May 3, includes X": the date describes the noun, not what "includes" does
        named = ctx.token_mention.get(node.i)
        if named is not None and not named.pronoun and ctx.etype(named) is R:
            return [named]
        if node.lower_ in _EVENT_NOUNS:
            of = [m for c in node.children if c.dep_ == "prep" and c.lower_ == "of"
                  for m in mentions_in(ctx, list(c.subtree)) if not m.pronoun and ctx.etype(m) is R]
            if of:
                return of[:1]
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in node.children):
                return []  # "the release of their second LP in 1969": the date is that thing's, named or not
        if release_noun(node):
            # "Velomania, her third album, in 2022": the noun is an apposition to the title
            left = ctx.tokens[node.left_edge.i]
            named = [m for m in ctx.by_sent.get(sent_index, []) if m.end <= left.i and not m.pronoun
                     and ctx.etype(m) is R and re.fullmatch(r"[\s,“”\"‘’'(-]*", ctx.text[
                         ctx.tokens[m.end - 1].idx + len(ctx.tokens[m.end - 1]):left.idx])]
            named = named or [m for m in mentions_in(ctx, list(node.subtree)) if not m.pronoun and ctx.etype(m) is R
                              and not ent.start <= m.start < ent.end]
            if named:
                return named[:1]
            target = _referent(ctx, sent_index, node) if is_definite(node) else None
            return [target] if target is not None else []
    return None


def _antecedent_release(ctx: Context, verb: Token) -> Mention | None:
    """The release a relative or participle clause hangs on, directly or through an
    apposition: "Songs Of The Orbits, Frostlane's next album, which arrives on
    November 12th", "“K-9,” Moru's second solo mixtape, out in June 2019"."""
    if verb.dep_ not in {"relcl", "acl"}:
        return None
    noun = verb.head
    # The name right before an appositive noun phrase is what it describes, whatever the parse
    # attached it to: "the second part of “Crowds,” which was on “K-9,” Moru's mixtape".
    left = min([noun.i] + [c.left_edge.i for c in noun.children
                           if c.dep_ in {"det", "poss", "amod", "compound", "nummod", "nmod"}])
    for m in ctx.by_sent.get(ctx.sent_index.get(sentence_start(verb.doc, verb.i), -1), []):
        if m.end <= left and not m.pronoun and ctx.etype(m) is R and re.fullmatch(
                r"[\s,“”\"‘’'()\[\]-]*", ctx.text[ctx.tokens[m.end - 1].idx + len(ctx.tokens[m.end - 1]):ctx.tokens[left].idx]):
            return m
    for tok in [noun, *([noun.head] if noun.dep_ == "appos" else []),
                *(c for c in noun.children if c.dep_ == "appos")]:
        m = ctx.token_mention.get(tok.i)
        if m is not None and not m.pronoun and ctx.etype(m) is R:
            return m
    return None


def _infinitive_object(ctx: Context, verb: Token) -> Mention | None:
    """"Smudge announce X, their ninth album, to be released on 21 July": a subjectless "to be
    released" clause dates the release the verb above it took as its object."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) or verb.head.i == verb.i:
        return None
    objects = [c for c in verb.head.children if c.dep_ == "dobj"]
    named = [m for m in mentions_in(ctx, objects) if not m.pronoun and ctx.etype(m) is R]
    return named[0] if named else None


def _release_entity(ctx: Context, m: Mention) -> int:
    """The entity a dated mention stands for: an untyped name is the release of the
    same name when the article has one ("Our Galaxy" in a sentence NER read
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
    a participle ("Released on Friday, Our Galaxy has ...")."""
    out = verb.lemma_.lower() == "be" and any(c.lower_ in {"out", "due", "available"} for c in verb.children)
    if verb.lemma_.lower() not in _RELEASE_EVENT and not out:
        return None
    slots = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} or (out and c.dep_ == "nsubj")]
    if verb.lemma_.lower() in {"come", "arrive", "land", "drop", "debut", "premiere"}:
        slots += [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "xcomp":  # "MASK is scheduled to arrive"
        slots += [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i < verb.head.i:
        slots += [c for c in verb.head.children if c.dep_ == "nsubj"]
    for tok in slots:
        m = ctx.token_mention.get(tok.i)
        if m is not None and not m.pronoun and ctx.etype(m) is None and ctx.fits(m, {R}, True, any_source=True):
            return m
    return None


# --- appositions after a dated release noun, "out now", timeline lines ---

# "His 1972 album, Sweet Thunder," / "whose 2023 debut, Porchlight Hymns," / "his 2020 tape Halfway Crook":
# a year, a release noun and the title right after it, before a possessive that says whose release it is
_YEAR_NOUN_TITLE = re.compile(r"^\s*(?:[a-z][\w-]*\s+){0,2}?(?:album|lp|ep|mixtape|tape|record|single|debut)"
                              r"\s*,?\s*[“\"‘']?\s*$", re.I)

_OWNER_BEFORE_YEAR = re.compile(rf"(?:\b(?:his|her|their|its|whose)|{POSS})\s*$", re.I)


def _year_noun_title_candidates(ctx: Context) -> Iterator[Candidate]:
    """A name no rule has typed, right after "YEAR album[,]" with an owner before
    the year, is that release and the year its date: "Her 2019 album, Kerosene
    Lullaby, ..." gives Kerosene Lullaby 2019 (the date types it a release)."""
    for sent_index, sent in enumerate(ctx.sents):
        modality = statement_modality(sent)
        if modality == 0.0:
            continue
        for ent in dates_in(ctx, sent):
            if not YEAR_WORD.fullmatch(ent.text.strip()) or not _OWNER_BEFORE_YEAR.search(
                    ctx.text[max(sent.start_char, ent.start_char - 20):ent.start_char]):
                continue
            title = next((m for m in ctx.by_sent.get(sent_index, []) if m.start >= ent.end), None)
            if title is None or title.pronoun or ctx.etype(title) is not None or not ctx.fits(
                    title, {R}, True, any_source=True) or title.start - ent.end > 5:
                continue
            if not _YEAR_NOUN_TITLE.match(ctx.text[ent.end_char:ctx.tokens[title.start].idx]):
                continue
            start, end = ctx.char_span(title)
            yield Candidate("RELEASED_ON", title.entity, ent.text.strip(), min(start, ent.start_char), end, sent,
                            0.75 * modality, "year-noun-title", subject_type=R)


_OUT_NOW_PHRASE = re.compile(r"\b(?:is|are|'s|’s)\s+(?:finally\s+)?(?:out|available)\s+now\b|[,(–—-]\s*out\s+now\b", re.I)


def _phrases(ctx: Context, pattern: re.Pattern[str]) -> Iterator[tuple[int, Span, re.Match[str], int, float]]:
    """Each sentence where ``pattern`` matches and the statement at the match is not denied:
    (sentence index, sentence, match, character offset of the match, modality there)."""
    for sent_index, sent in enumerate(ctx.sents):
        found = pattern.search(span_text(sent))
        if found is None:
            continue
        at = sent.start_char + found.start()
        word = ctx.doc.char_span(at, at + 1, alignment_mode="expand")
        modality = statement_modality(sent, word[0] if word is not None else None)
        if modality > 0.0:
            yield sent_index, sent, found, at, modality


def _out_now_candidates(ctx: Context) -> Iterator[Candidate]:
    """"First single “X” is out now", "“X” (out now via ...)": the release is out on
    the day the article was published, as far as the text dates it."""
    if ctx.published is None:
        return
    for sent_index, sent, _, at, modality in _phrases(ctx, _OUT_NOW_PHRASE):
        before = [m for m in ctx.by_sent.get(sent_index, []) if ctx.tokens[m.end - 1].idx < at and not m.pronoun]
        if not before:
            continue
        title = before[-1]
        # the title is what is out: right before the aside, or the subject of "is out now"
        between = ctx.text[ctx.tokens[title.end - 1].idx + len(ctx.tokens[title.end - 1]):at]
        if ctx.etype(title) is not R or not re.fullmatch(r"\s*[”\"’']?\s*(?:,\s*)?", between):
            continue
        start, end = ctx.char_span(title)
        yield Candidate("RELEASED_ON", title.entity, ctx.published.isoformat(), start, end, sent,
                        0.6 * modality, "out-now")  # outlets differ on dating "out now" to the day


# "March 2020 – First mini album “Sugar Siren.”", "June 2024 – Comeback with “Sour Honey,”": a line of a
# timeline that starts with its date and says a release came out then. Schedules of teasers, tours and
# photos are other events.
_TIMELINE_RELEASE = re.compile(r"^\s*[–—-]\s*(?:[\w-]+\s+){0,4}?(?:album|mini[- ]album|ep|lp|single|mixtape|debut|"
                               r"comeback|release)\s+(?:with\s+|of\s+)?[“\"‘']?\s*$", re.I)


_LINE_DATE = re.compile(r"(?m)^[ \t]*((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+|"
                        r"[A-Z][a-z]{2,8}\.?,?\s+)?(?:19|20)\d\d)(?=\s*[–—-])")


def _timeline_line_candidates(ctx: Context) -> Iterator[Candidate]:
    """A line that starts with a dated year, a dash and a release noun before a title dates that
    title. Read from the words: NER often misses a date at the start of a line."""
    for found in _LINE_DATE.finditer(ctx.text):
        value = resolve_date(found.group(1), None)  # only what the line states
        if value is None:
            continue
        start_char, end_char = found.start(1), found.end(1)
        line_end = ctx.text.find("\n", end_char)
        line_end = len(ctx.text) if line_end < 0 else line_end
        title = next((m for m in ctx.mentions if end_char <= ctx.tokens[m.start].idx < line_end and ctx.etype(m) is R and not m.pronoun), None)
        if title is None or not _TIMELINE_RELEASE.match(ctx.text[end_char:ctx.tokens[title.start].idx]):
            continue
        end = ctx.char_span(title)[1]
        yield Candidate("RELEASED_ON", title.entity, value, start_char, end, sentence_of(ctx.doc, title.start), 0.8,
                        "timeline-line")


_GENERIC_TITLES = RELEASE_NOUNS | {"release", "releases", "mv release", "album release"}


def _describes_title(ctx: Context, noun: Token) -> bool:
    """``noun`` heads an apposition right after a release's title: in "“X,” a slinky
    bachata hybrid released today", what was released is X."""
    left = ctx.tokens[noun.left_edge.i]
    sent_index = ctx.sent_index.get(noun.sent.start, -1)
    return any(m.end <= left.i and not m.pronoun and ctx.etype(m) is R and re.fullmatch(
        r"\s*[”\"’']?\s*,\s*[”\"’']?\s*", ctx.text[ctx.tokens[m.end - 1].idx + len(ctx.tokens[m.end - 1]):left.idx])
        for m in ctx.by_sent.get(sent_index, []))


_FESTIVAL_PREMIERE = re.compile(r"\bpremiere\w*\s+(?:at|during|in)\s+(?:the\s+)?(?:[\w'’+-]+\s+){0,4}?"
                                r"(?:festival|fest)\b[^,;]{0,25}$", re.I)


# "“X” arrives March 3", "'X' lands on January 9", "X dropped Friday": a release verb right between a
# title and a date; the verb's own form says which way the date points
_TITLE_VERB_DATE = re.compile(r"^\s*[”\"’']?\s*(?:(?:officially|finally)\s+)?(?:(lands|arrives|drops|hits|comes\s+out|"
                              r"is\s+out|premieres|is\s+released|will\s+be\s+released|will\s+arrive|will\s+land|"
                              r"will\s+drop)|(landed|arrived|dropped|came\s+out|was\s+released|premiered|hit))\s+"
                              r"(?:on\s+|in\s+|this\s+(?=[A-Z])|last\s+(?=[A-Z]))?$", re.I)


def _title_verb_date(ctx: Context, sent_index: int, ent: Span) -> tuple[Mention, bool] | None:
    """The release whose title stands right before "lands on" + the date ``ent``, and
    whether the verb looks ahead (lands, arrives) or back (landed); None otherwise."""
    before = [m for m in ctx.by_sent.get(sent_index, []) if m.end <= ent.start]
    if not before:
        return None
    title = before[-1]
    if title.pronoun or ctx.etype(title) is not R or title.text.strip().lower() in _GENERIC_TITLES:
        return None
    found = _TITLE_VERB_DATE.match(ctx.text[ctx.tokens[title.end - 1].idx + len(ctx.tokens[title.end - 1]):ent.start_char])
    if found is None:
        return None
    return title, found.group(1) is not None


# --- a list entry headed "Artist – Title" ---

# "9. Thursday – Cat Saw Dog", "MIRA — Inner Self", "• Ruth Gideon – Years Unspent": a short line of a
# name, a dash and a name
_HEADING_LINE = re.compile(r"(?m)^[ \t]*(?:\d{1,2}[.)][ \t]*|[•▸*][ \t]*)?([^\n]{1,80}?[ \t][–—-][ \t][^\n]{1,90})$")


def _entry_heading_title(ctx: Context, sent: Span) -> Mention | None:
    """The release of the heading line that opens the paragraph ``sent`` stands in: in a
    list of "Artist – Title" entries, the entry's undated clauses ("Released in April.",
    "Her debut album arrived on Dec. 6") are about its title. None outside such a list, or
    when the heading names no release or several."""
    cache = ctx.doc.user_data.setdefault("entry_heading", {})
    if sent.start in cache:
        return cache[sent.start]
    start = sent.start_char
    paragraph = max(ctx.text.rfind("\n\n", 0, start), -1) + 2 if "\n\n" in ctx.text[:start] else 0
    found = None
    heading = _HEADING_LINE.match(ctx.text, paragraph)
    # a heading is no sentence: it does not end like one ("... released his album.")
    if heading is not None and heading.end() <= start and ctx.text.count("\n", heading.end(), start) <= 1 and not (
            re.search(r"[a-z]{2}[.!?]\s*$|[.!?]\s+[A-Z]", heading.group(1))):
        named = [m for m in ctx.mentions if heading.start() <= ctx.tokens[m.start].idx < heading.end() and not m.pronoun]
        titled = {m.entity: m for m in named if ctx.etype(m) is R}
        if not titled:  # "9. Thursday – Cat Saw Dog": an untyped name after the dash is the title slot
            dash = re.search(r"\s[–—-]\s", heading.group(1))
            after = [m for m in named if dash is not None and ctx.tokens[m.start].idx >= heading.start(1) + dash.end()]
            titled = {m.entity: m for m in after if ctx.etype(m) is None and ctx.fits(m, {R}, True, any_source=True)}
            titled = titled if len(after) == 1 else {}
        found = next(iter(titled.values())) if len(titled) == 1 else None
    cache[sent.start] = found
    return found


# --- a roundup dated by its intro line ---

# "Everything below dropped today (May 2) unless noted", "All of these tracks came out on
# Friday": one line of the intro dates every entry of the list under it
_BLANKET_DATE = re.compile(
    r"\b(?:everything|all\s+(?:of\s+)?(?:these|the\s+(?:songs|tracks|singles|records|releases|picks))|"
    r"each\s+of\s+these|every\s+(?:song|track|single|record|release|pick))\s+(?:\w+\s+){0,2}?"
    r"(?:(?:was|were|is|are|has|have|had)\s+(?:been\s+)?)?(?:dropped|released|came\s+out|out|arrived|landed|"
    r"hit\s+streaming)\b", re.I)

# "3. Banshee Club – “Pension Plan”": an entry's heading line, an artist, a dash and the quoted title
_ENTRY_HEADING = re.compile(r"(?m)^[ \t]*(?:\d{1,2}[.)][ \t]*)?[^\n“\"]{1,60}?[ \t][–—-][ \t]+[“\"][^\n]{1,80}$")

# "Out since Tuesday." in an entry: its own day, before the intro's
_ENTRY_OWN_DATE = re.compile(r"\bout\s+since\s+((?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
                             r"sunday)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2})\b",
                             re.I)

_ENTRY_NOT_OUT = re.compile(r"\b(?:isn't|is\s+not|aren't|not)\s+(?:out|released)\s+yet\b|\bunreleased\b", re.I)


def _entry_titles(ctx: Context, start_char: int) -> Iterator[tuple[Mention, int]]:
    """Each list entry's title after ``start_char``, with where the entry's text ends (the next
    heading or the end of the article)."""
    headings = [h for h in _ENTRY_HEADING.finditer(ctx.text) if h.start() >= start_char]
    for index, heading in enumerate(headings):
        end = headings[index + 1].start() if index + 1 < len(headings) else len(ctx.text)
        paragraph_end = ctx.text.find("\n\n", heading.end())
        end = min(end, paragraph_end) if paragraph_end >= 0 else end  # the entry is its heading's paragraph
        titled = [m for m in ctx.mentions if heading.start() <= ctx.tokens[m.start].idx < heading.end()
                  and m.quoted and not m.pronoun and ctx.etype(m) is R]
        if titled:
            yield titled[0], end


def blanket_date_candidates(ctx: Context) -> Iterator[Candidate]:
    """A roundup whose intro says "Everything below dropped today (April 18)" dates every entry
    "Artist – “Title”" under it; an entry that says "Out since Tuesday" gets that day instead,
    and one that is "not out yet" gets none."""
    if ctx.published is None:
        return
    for sent_index, sent in enumerate(ctx.sents):
        found = _BLANKET_DATE.search(span_text(sent))
        if found is None or statement_modality(sent) < 1.0:
            continue
        at = sent.start_char + found.end()
        dates = [d for d in dates_in(ctx, sent) if d.start_char >= at - 2 and not is_age(d)]
        value = date_value(ctx, sent_index, dates[0], False) if dates else None
        if value is None:
            continue
        for title, end in _entry_titles(ctx, sent.end_char):
            body = ctx.text[ctx.char_span(title)[1]:end]
            if _ENTRY_NOT_OUT.search(body):
                continue
            own = _ENTRY_OWN_DATE.search(body)
            dated = resolve_date(own.group(1), ctx.published, False) if own else value
            if dated is None:
                continue
            start, stop = ctx.char_span(title)
            yield Candidate("RELEASED_ON", title.entity, dated, start, stop, ctx.sents[title.sent],
                            0.75, "roundup-intro-date")
        return  # one intro line per article


# --- a year and a description of the title next to it ---

# "Starling Inn's 2011 indie-pop staple “No Rooms”": a year, a few lower-case words and a quoted title
_YEAR_WORDS_QUOTE = re.compile(r"^\s*((?:[a-z][\w-]*\s+){1,3})[“\"‘]")

# "“Barco de Vidro,” the 1958 fado first sung by ...": a title, "the", the year and one noun
_TITLE_THE = re.compile(r"[”\"’']?\s*[,–—]\s*[”\"’']?\s*(?:the|a|an)\s*$")
# "the 1958 fado first sung by", "the 1985 slow jam by", "a 1983 vocal version credited to": up to three words
_YEAR_ONE_NOUN = re.compile(r"^\s*((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)(?=\s*(?:[,.;—–]|$|\s(?:first|originally|written|"
                            r"recorded|made|cut|by|that|which|credited|from|off|with|featuring)\b))")


def _plain_description(words: str) -> bool:
    """Words that could describe a release, not a tour, a show, an award or a chart run."""
    return not any(w in NON_RELEASE_WORKS or _NOT_RELEASE.fullmatch(w) or w in _OTHER_EVENT for w in words.lower().split())


def _year_describes_title(ctx: Context, sent_index: int, ent: Span, window_after: str) -> bool:
    """The bare year ``ent`` stands in a description of a release's title: right before a few words and the
    quoted title, or right after "“Title,” the" and before one noun. Either way the year is the release's."""
    quoted = _YEAR_WORDS_QUOTE.match(window_after)
    if quoted is not None and _plain_description(quoted.group(1)):
        at = ent.end_char + quoted.end() - 1
        return any(ctx.tokens[m.start].idx <= at + 1 and ctx.tokens[m.start].idx >= at and ctx.etype(m) is R
                   for m in ctx.by_sent.get(sent_index, []) if m.start >= ent.end)
    noun = _YEAR_ONE_NOUN.match(window_after)
    if noun is None or not _plain_description(noun.group(1)):
        return False
    before = [m for m in ctx.by_sent.get(sent_index, []) if m.end <= ent.start and not m.pronoun]
    return bool(before) and ctx.etype(before[-1]) is R and bool(_TITLE_THE.fullmatch(
        ctx.text[ctx.tokens[before[-1].end - 1].idx + len(ctx.tokens[before[-1].end - 1]):ent.start_char]))


# --- "“X,” a lo-fi B-side the pair released in 2016" ---

# after a title: an apposition headed by a release noun, then a contact clause with its own release verb
_APPOSED_RELEASED = re.compile(
    r"^\s*[”\"’']?\s*,\s*[”\"’']?\s*(?:a|an|the|one)\s+(?:[\w-]+\s+){0,4}?(?i:b-side|song|single|track|album|ep|lp|"
    r"mixtape|tape|record|ballad|anthem|tune|demo)\s+(?:(?:that|which)\s+)?(?:the|his|her|their|its|[A-Z][\w'’.-]*)"
    r"(?:\s+[\w'’-]+){0,2}?\s+(?:had\s+)?(?:released|put\s+out|dropped|issued|self-released)\s+(?:it\s+)?(?:in|on)?\s*$")


def apposed_release_clause_candidates(ctx: Context) -> Iterator[Candidate]:
    """"“Tin Can Radio,” a lo-fi B-side the pair released in 2016": the date of the contact
    clause inside an apposition dates the title the apposition describes, whatever the parser
    attached the clause to."""
    for sent_index, sent in enumerate(ctx.sents):
        for ent in dates_in(ctx, sent):
            if is_age(ent):
                continue
            before = [m for m in ctx.by_sent.get(sent_index, []) if m.end <= ent.start and not m.pronoun]
            if not before or ctx.etype(before[-1]) is not R:
                continue
            title = before[-1]
            if not _APPOSED_RELEASED.match(ctx.text[ctx.char_span(title)[1]:ent.start_char]):
                continue
            value = date_value(ctx, sent_index, ent, False)
            modality = statement_modality(sent, ent.root)
            if value is None or modality == 0.0:
                continue
            start = ctx.char_span(title)[0]
            yield Candidate("RELEASED_ON", title.entity, value, start, ent.end_char, sent, 0.8 * modality,
                            "apposed-release-clause")


# --- released together with the album ---

# "is out together with the album", "dropped alongside the tape": the same day as the album
_WITH_THE_ALBUM = re.compile(
    r"\b(?:releas\w*|out|arriv\w*|dropp?\w*|land\w*|unveil\w*|premier\w*)\s+(?:(?:together|simultaneously|at\s+the\s+same\s+"
    r"time)\s+)?(?:with|alongside)\s+(?:the|its|their|his|her)\s+(?:new\s+)?(?:parent\s+)?(album|ep|tape|mixtape|"
    r"mini[- ]album|record|lp)\b", re.I)


def _stated_date_after(ctx: Context, m: Mention) -> str | None:
    """The first date after the release ``m`` in its own sentence that resolves (not a reporting date)."""
    sent = ctx.sents[m.sent]
    for ent in dates_in(ctx, sent):
        if ent.start < m.end or is_age(ent) or _REPORTED_ON.search(ctx.text[sent.start_char:ent.start_char]):
            continue
        value = date_value(ctx, m.sent, ent, future_tense(sent, ent.root.head))
        if value is not None:
            return value
    return None


def with_the_album_candidates(ctx: Context) -> Iterator[Candidate]:
    """"The title track “Octagon” and its video are out together with the album": the
    releases named before the phrase take the date the text gave the album (the release it
    has called an album, dated in a sentence of its own up to five sentences back)."""
    for sent_index, sent, found, at, modality in _phrases(ctx, _WITH_THE_ALBUM):
        noun = ctx.doc.char_span(sent.start_char + found.start(1), sent.start_char + found.end(1),
                                 alignment_mode="expand")
        album = _referent(ctx, sent_index, noun.root) if noun is not None else None
        if album is None:  # the release the text last introduced with that noun: "2nd full album 'X'"
            kind = re.compile(rf"\b{re.escape(found.group(1))}\s*[“\"‘']?\s*$", re.I)
            album = next((m for s in range(sent_index - 1, max(-1, sent_index - 6), -1)
                          for m in reversed(ctx.by_sent.get(s, [])) if ctx.etype(m) is R and not m.pronoun
                          and kind.search(ctx.before(m, 30))), None)
        if album is None:
            continue
        value = None
        for earlier in range(sent_index - 1, max(-1, sent_index - 6), -1):
            named = [m for m in ctx.by_sent.get(earlier, []) if m.entity == album.entity and not m.pronoun]
            value = _stated_date_after(ctx, named[0]) if named else None
            if value is not None:
                break
        if value is None:
            continue
        for m in ctx.by_sent.get(sent_index, []):
            if m.pronoun or ctx.etype(m) is not R or m.entity == album.entity or ctx.tokens[m.start].idx >= at:
                continue
            start, end = ctx.char_span(m)
            yield Candidate("RELEASED_ON", m.entity, value, start, end, sent, 0.75 * modality, "released-with-the-album")


# --- a title set off by commas between a release noun, a release verb and a date ---

# A release verb of a title's own clause, which way it points (past, ahead) and an adverb before it
_ADVERB = r"(?:(?:also|first|finally|officially|quietly|originally|only|then|later|eventually)\s+)?"
_VERB_PAST = (r"(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+)?(?:released|issued|unveiled|shared)|came\s+out|"
              r"arrived|landed|dropped|debuted|premiered|surfaced|appeared|was\s+out|"
              r"followed(?:\s+[“\"‘][^”\"’]{1,60}[”\"’])?|began\s+streaming|hit\s+(?:streaming|shelves)|"
              r"opened\s+in\s+(?:cinemas|theaters|theatres)")
_VERB_AHEAD = (r"(?:is|are)\s+(?:released|out|due(?:\s+out)?|available)|will\s+be\s+(?:released|out)|"
               r"(?:is|are)\s+(?:set|due|scheduled)\s+to\s+(?:arrive|land|drop|be\s+released|come\s+out)|"
               r"comes\s+out|arrives|lands|drops|debuts|premieres|follows|"
               r"will\s+(?:arrive|land|drop|follow|premiere|debut|come\s+out)|begins\s+streaming|"
               r"hits\s+(?:streaming|shelves)|opens\s+in\s+(?:cinemas|theaters|theatres)")
_VERB_NEUTRAL = r"dat(?:es|ed)\s+back\s+to|out(?:\s+(?:everywhere|worldwide|digitally|globally))?|due(?:\s+out)?"
_CLAUSE_VERB = (rf"{_ADVERB}(?P<verb>(?P<past>{_VERB_PAST})|(?P<ahead>{_VERB_AHEAD})|(?P<neutral>{_VERB_NEUTRAL}))"
                r"(?:\s+on\s+[A-Z][\w+]*(?:\s+[A-Z][\w+]*)?)?\s*(?:on|in|at|since)?\s*$")
_OPEN = r"^[”\"’']?\s*"
_SEP = r"[”\"’']?\s*[,(–—-]\s*[”\"’']?\s*"  # "“X,” which", "X — a": the comma may stand inside the quotes
_DET = r"(?:the|a|an|his|her|their|its|our|[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}\s*(?:'s|’s|'|’))"
_APPOS_NP = r"[^,;:()“\"”]{0,60}?"
_NOUN_WORDS = (r"(?:song|single|album|track|ep|lp|mixtape|tape|record|ballad|anthem|hit|video|film|movie|documentary|"
               r"duet|cover|remix|soundtrack|tune|sequel|debut|mini[- ]album|project|release|b-side)")
_APPOSED_FORMS = (
    # "“X,” which came out in 1993", "X, also came out that year", "X, is out today"
    re.compile(rf"{_OPEN}{_SEP}(?:(?:which|that)\s+)?{_CLAUSE_VERB}"),
    # "“X,” her heartbreak bachata with Y, also came out that year", "“X”, his first single in years, which came out"
    re.compile(rf"{_OPEN}{_SEP}{_DET}\s+{_APPOS_NP}\s*[,–—-]\s*(?:(?:which|that)\s+)?{_CLAUSE_VERB}"),
    # "“X,” the group's joint single with Y that came out last October"
    re.compile(rf"{_OPEN}{_SEP}{_DET}\s+{_APPOS_NP}\b{_NOUN_WORDS}s?\b{_APPOS_NP}\s(?:that|which)\s+{_CLAUSE_VERB}",
               re.I),
)
# No verb after the title: the release verb stands before it, right before the noun it names
# ("released her debut album, X, on Friday") or right before the title ("released X, the band's final album, in 2019")
_HEDGED = re.compile(r"\b(?:rumou?r\w*|speculat\w*|allegedly|alleged|possibl[ey]|might|could|reportedly|talks)\b", re.I)
_MONTH_ONLY = re.compile(r"^(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+|early\s+|late\s+|mid-?)?"
                         r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$", re.I)
_BARE_AFTER = re.compile(rf"{_OPEN}[”\"’']?\s*,\s*[”\"’']?\s*(?:on|in)?\s*$")
_APPOS_BARE_AFTER = re.compile(rf"{_OPEN}[”\"’']?\s*,\s*[”\"’']?\s*{_DET}\s+{_APPOS_NP}\b{_NOUN_WORDS}\b{_APPOS_NP}\s*,\s*(?:on|in)?\s*$",
                               re.I)
_PRE_VERB = r"(?:(?P<past>released|dropped|issued|unveiled|shared|put\s+out)|(?P<ahead>releases|drops|shares|unveils|puts\s+out))"
_VERB_NOUN_BEFORE = re.compile(rf"\b{_PRE_VERB}\s+(?:(?!(?:for|of|from|to|on|with|by|and)\b)[\w'’-]+\s+){{0,6}}?"
                               rf"{_NOUN_WORDS}\s*,\s*[“\"‘']?\s*$", re.I)
_VERB_BEFORE = re.compile(rf"\b{_PRE_VERB}\s*[“\"‘']?\s*$", re.I)
# "the album, also called X," / "Kamasi Lee's first album in six years, X,": a release noun names the title
_NOUN_BEFORE = re.compile(rf"\b{_NOUN_WORDS}(?:\s+(?:in|of|from|with|for)\s+[^,;“\"]{{1,30}})?\s*,\s*"
                          r"(?:(?:also\s+)?(?:called|titled|named|dubbed)\s+)?[“\"‘']?\s*$", re.I)


def _release_named(ctx: Context, m: Mention, called: bool) -> tuple[int, EntityType | None] | None:
    """The release entity a title mention stands for, and the type to give it: a release, the release of the
    same name elsewhere in the article, or (when the text ``called`` it a release) an untyped name."""
    if ctx.etype(m) is R:
        return m.entity, None
    text = m.text.strip().lower()
    for index, entity in enumerate(ctx.entities):
        if entity.type is R and text in {n.lower() for n in entity.names}:
            return index, None
    if called and ctx.etype(m) is None and ctx.fits(m, {R}, True, any_source=True):
        return m.entity, R
    return None


def apposed_title(ctx: Context, sent_index: int, ent: Span) -> tuple[Mention, int, EntityType | None, bool | None, int] | None:
    """The release title a date belongs to through an apposition the parse often gets wrong: the title's own
    clause after it ("The album's lead single, “X,” arrived in June", "“X,” which dates back to 2022", "“X,” the
    duo's single with Y that came out last October"), or a release verb before it ("released her debut album,
    X, on Friday", "released X, the band's final album, in 2019"). Returns the title, its entity, the type to
    give it, which way the verb points and where the verb stands; None when no such title stands before the date."""
    cache = ctx.doc.user_data.setdefault("apposed_title", {})
    key = (sent_index, ent.start)
    if key in cache:
        return cache[key]
    found = None
    sent = ctx.sents[sent_index]
    named = [m for m in ctx.by_sent.get(sent_index, []) if m.end <= ent.start and not m.pronoun][-3:]
    for title in reversed(named):
        start, end = ctx.char_span(title)
        gap = ctx.text[end:ent.start_char]
        if len(gap) > 160:
            break
        pre = ctx.text[max(sent.start_char, start - 90):start]
        called = bool(_NOUN_BEFORE.search(pre))
        match = next((f for f in (p.match(gap) for p in _APPOSED_FORMS) if f is not None), None)
        ahead: bool | None = None
        verb_at = end + (match.start("verb") if match is not None else 0)
        if match is not None and match.re is _APPOSED_FORMS[0] and match.group("verb").lower().startswith("follow") and \
                not re.search(r"\b(?:which|that)\s", gap):
            continue  # "“X,” followed in 2019 by “Y”": the date is the later release's
        if match is not None:
            called = called or match.re is _APPOSED_FORMS[2]
            if match.group("past"):
                ahead = False
            elif match.group("ahead"):
                ahead = True
            elif match.group("neutral").lower().startswith("out"):  # "X, out Friday": coming; "out in July": either
                ahead = None if _MONTH_ONLY.match(ent.text.strip()) else True
        else:
            before = _VERB_NOUN_BEFORE.search(pre) if _BARE_AFTER.match(gap) else (
                _VERB_BEFORE.search(pre) if _APPOS_BARE_AFTER.match(gap) else None)
            if before is None:
                continue
            called = True
            ahead = before.group("ahead") is not None
            verb_at = max(sent.start_char, start - 90) + before.start()
        entity = _release_named(ctx, title, called)
        if entity is not None:
            found = (title, entity[0], entity[1], ahead, verb_at)
            break
    cache[key] = found
    return found


def apposed_title_date_candidates(ctx: Context) -> Iterator[Candidate]:
    """RELEASED_ON for the titles :func:`apposed_title` finds before a date."""
    for sent_index, sent in enumerate(ctx.sents):
        for ent in dates_in(ctx, sent):
            if is_age(ent) or _REPORTED_ON.search(ctx.text[sent.start_char:ent.start_char]):
                continue
            found = apposed_title(ctx, sent_index, ent)
            if found is None:
                continue
            title, entity, subject_type, ahead, verb_at = found
            value = date_value(ctx, sent_index, ent, ahead)
            verb = ctx.doc.char_span(verb_at, verb_at + 1, alignment_mode="expand")
            modality = statement_modality(sent, verb[0] if verb is not None else None)
            if 0.0 < modality < 1.0 and verb_at > ctx.char_span(title)[1] and not _HEDGED.search(span_text(sent)):
                # "X has never sounded calmer on “Y,” her third album, out Friday": the aside states the
                # date itself; a negation of the main clause is not its
                modality = 1.0
            if value is None or modality == 0.0:
                continue
            start = ctx.char_span(title)[0]
            yield Candidate("RELEASED_ON", entity, value, start, ent.end_char, sent, 0.85 * modality,
                            "apposed-title-date", subject_type=subject_type)


# --- list and timeline lines ---

# "2. Wiley — “Title” (2004).", "“Title” — Ado (2020)": a short list line with a dash, ending its name part
# with the year in brackets
_LIST_LINE_YEAR = re.compile(r"(?m)^[ \t]*(?:\d{1,2}[.)][ \t]*)?([^\n()]{1,120}?\s[—–-]\s[^\n()]{1,120}?)\s*"
                             r"\(((?:19|20)\d\d)\)")
# "2020 — “Excuses,” a joint single by ...": a timeline line headed by its year, whose first words are a title the
# line calls a release
_HEADED_TITLE_NOUN = re.compile(rf"^[”\"’']?\s*[,–—]\s*[”\"’']?\s*(?:a|an|the|his|her|their|its)\s+"
                                rf"(?:[\w'’-]+\s+){{0,3}}?{_NOUN_WORDS}\b", re.I)


def _mentions_between(ctx: Context, start: int, end: int) -> list[Mention]:
    """Named mentions whose first character lies in [start, end), in text order."""
    return [m for m in ctx.mentions if start <= ctx.tokens[m.start].idx < end and not m.pronoun]


def list_line_candidates(ctx: Context) -> Iterator[Candidate]:
    """Years a list or timeline line gives its release: "Artist — “Title” (2004)", "“Title” — Artist (2024)"
    (the bracket closes the line's name part, whatever sentences the parser cut the line into), and a line
    headed "2020 — “Title,” a joint single by ..." (a chart run, a tour or an award on such a line is not
    dated: the title must be called a release)."""
    if "\n" not in ctx.text:
        return
    for found in _LIST_LINE_YEAR.finditer(ctx.text):
        named = _mentions_between(ctx, found.start(1), found.end(1))
        bracket = found.start(2) - 1
        close = [m for m in named if re.fullmatch(r"[”\"’'\s]*", ctx.text[ctx.char_span(m)[1]:bracket])]
        first = [m for m in named[:1] if m.quoted and re.match(r"[”\"’']?\s*[—–-]", ctx.text[ctx.char_span(m)[1]:])]
        title = next((m for m in close + first if ctx.etype(m) is R), None)
        if title is None:
            continue
        start = ctx.char_span(title)[0]
        yield Candidate("RELEASED_ON", title.entity, found.group(2), start, found.end(), ctx.sents[title.sent], 0.8,
                        "list-line-year")
    for found in re.finditer(r"(?m)^(?=[ \t]*(?:19|20)\d\d[ \t]*[—–-])", ctx.text):
        heading = HEADING_YEAR.match(ctx.text, found.start())
        named = _mentions_between(ctx, heading.end(), heading.end() + 3)
        if not named or ctx.etype(named[0]) is not R:
            continue
        title = named[0]
        end = ctx.char_span(title)[1]
        if not _HEADED_TITLE_NOUN.match(ctx.text[end:end + 80]):
            continue
        sent = ctx.sents[title.sent]
        modality = statement_modality(sent, ctx.tokens[title.start])
        if modality > 0.0:
            yield Candidate("RELEASED_ON", title.entity, heading.group(1), heading.start(1), end, sent, 0.8 * modality,
                            "timeline-heading-year")


# --- "released the album X along with the music video for its title track, Y" ---

_WITH_TITLE_TRACK_VIDEO = re.compile(
    r"\b(?:together|along)\s+with\s+(?:the|its|their|his|her|a)\s+(?:official\s+)?(?:music\s+)?video\s+(?:for|of|to)\s+"
    r"(?:the|its|their|his|her)\s+(?:title\s+(?:track|song)|lead\s+(?:single|track)|focus\s+track)\s*,?\s*[“\"‘']?", re.I)


def title_track_video_candidates(ctx: Context) -> Iterator[Candidate]:
    """"Today the group released its album X along with the music video for its title track, “Y”": the
    track came out with its video and the album, so it takes the date the sentence gives the release."""
    for sent_index, sent, found, at, modality in _phrases(ctx, _WITH_TITLE_TRACK_VIDEO):
        if not _RELEASE_CUE.search(span_text(sent)[:found.start()]):
            continue
        end = sent.start_char + found.end()
        title = next((m for m in ctx.by_sent.get(sent_index, []) if not m.pronoun and end <= ctx.tokens[m.start].idx
                      <= end + 1), None)
        if title is None or ctx.etype(title) is not R:
            continue
        dates = [d for d in dates_in(ctx, sent) if d.end_char <= at and not is_age(d)]
        value = date_value(ctx, sent_index, dates[0], future_tense(sent, dates[0].root.head)) if dates else None
        if value is None:
            continue
        yield Candidate("RELEASED_ON", title.entity, value, dates[0].start_char, ctx.char_span(title)[1], sent,
                        0.8 * modality, "with-title-track-video")
