"""Questions about mentions that rules of several families ask: is this name an
artist, a musician, a qualifier of another name; which release does a word point at."""

from __future__ import annotations

import re

from spacy.tokens import Token

from artistgraph.loaders.entities import TYPEABLE_SOURCES
from artistgraph.loaders.lexicon import PERSON_ROLES
from artistgraph.loaders.mentions import Mention
from artistgraph.loaders.relations.context import ART, Context, G, P, R


def modifies_other_artist(ctx: Context, m: Mention) -> bool:
    """``m`` only qualifies another artist: "K-Dawn of (K-pop phenomenon) VORS", "Moru from VORS"."""
    before = ctx.text[ctx.sents[m.sent].start_char:ctx.tokens[m.start].idx]
    hit = re.search(r"(?:\bof|\bfrom|\bin)\s+(?:the\s+)?(?:[\w&-]+\s+){0,4}?$", before)
    if hit is None:
        return False
    cut = ctx.sents[m.sent].start_char + hit.start()
    return any(artistlike(ctx, o) and o.entity != m.entity and not o.pronoun
               and 0 <= cut - (ctx.tokens[o.end - 1].idx + len(ctx.tokens[o.end - 1])) <= 2
               for o in ctx.by_sent.get(m.sent, []))


def possessive_owner(ctx: Context, m: Mention) -> bool:
    """``m`` owns the name right after it: VORS in "VORS' Moru joins forces with ONA"."""
    nxt = ctx.tokens[m.end] if m.end < len(ctx.doc) else None
    if nxt is None:
        return False
    after = m.end + 1 if nxt.text in {"'s", "’s", "'", "’"} else m.end
    if after == m.end and not (ctx.etype(m) is G or (m.text.isupper() and len(m.text) > 1)):
        return False  # "VORS Sunho" owns like "VORS' Sunho"; two plain names side by side do not
    return any(o.start == after and ctx.etype(o) in {P, None} and not o.pronoun and o.entity != m.entity
               for o in ctx.by_sent.get(m.sent, []))


def mentions_in(ctx: Context, tokens: list[Token]) -> list[Mention]:
    seen, out = set(), []
    for t in tokens:
        m = ctx.token_mention.get(t.i)
        if m is not None and id(m) not in seen:
            seen.add(id(m))
            out.append(m)
    return out


def artistlike(ctx: Context, m: Mention) -> bool:
    return ctx.etype(m) in ART or (ctx.etype(m) is None and m.source.split("+")[0] in TYPEABLE_SOURCES)


def is_qualifier(ctx: Context, m: Mention) -> bool:
    """``m`` only says whose member the next name is: VORS in "VORS' Moru", "VORS MORU",
    or in "Moru of VORS"."""
    if possessive_owner(ctx, m) or modifies_other_artist(ctx, m):
        return True
    nxt = next((o for o in ctx.by_sent.get(m.sent, []) if o.start == m.end and (
        not o.pronoun or o.source == "description")), None)
    role = m.end < len(ctx.doc) and ctx.tokens[m.end].lower_ in PERSON_ROLES | {"superstar", "frontman", "leader"}
    return ctx.etype(m) in {G, None} and ((nxt is not None and ctx.etype(nxt) is P) or (role and ctx.etype(m) is G))


ALBUM_NOUNS = frozenset({"album", "record", "ep", "lp", "mixtape", "mini-album", "project", "anthology"})


def is_definite(noun: Token) -> bool:
    """"the album", "its video", "Daeri's record": a noun that points at one known thing."""
    return any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an", "another", "some", "any", "no"}
               for c in noun.children)


def described_as(ctx: Context, m: Mention, nouns: frozenset[str]) -> bool:
    """The text calls ``m`` by one of ``nouns``: "the album MASK", "MASK, his first solo album"."""
    before = ctx.before(m, 30).lower()
    after = ctx.after(m, 50).lower()
    return bool(re.search(rf"\b(?:{'|'.join(nouns)})\s*[“\"‘']?\s*$", before) or re.match(
        rf"^\s*[”\"’']?\s*(?:music\s+)?(?:{'|'.join(nouns)})\b", after) or re.match(
        rf"^\s*[”\"’']?\s*,\s*[”\"’']?\s*(?:[\w'’-]+\s+){{0,5}}?(?:{'|'.join(nouns)})\b", after))


def in_apposition(ctx: Context, m: Mention, verb: Token) -> bool:
    """``m`` sits in an apposition or relative clause on the way up to ``verb``."""
    node = ctx.doc[m.start:m.end].root
    while node.i != verb.i and node.head.i != node.i:
        if node.dep_ in {"appos", "relcl", "acl"}:
            return True
        node = node.head
    return False


VIDEO_NOUNS = {"video", "clip", "visuals", "visual", "film", "mv", "music-video", "movie", "documentary"}


def main_release(ctx: Context, sent: int) -> Mention | None:
    """The release a video is most likely of: of those named in this or the two previous
    sentences, the one the article names most (the latest on a tie)."""
    window = [m for s in range(max(0, sent - 2), sent + 1) for m in ctx.by_sent.get(s, [])
              if ctx.etype(m) is R and not m.pronoun]
    if not window:
        return ctx.focus_release(sent)
    songs = [m for m in window if not described_as(ctx, m, ALBUM_NOUNS)]
    if not songs:  # a video is of a song: "Norma, the album" is not the clip's
        songs = [m for s in range(0, sent + 1) for m in ctx.by_sent.get(s, [])
                 if ctx.etype(m) is R and not m.pronoun and not described_as(ctx, m, ALBUM_NOUNS)]
    window = songs or window
    counts = ctx.mention_counts(R)
    best = max(counts[m.entity] for m in window)
    return [m for m in window if counts[m.entity] == best][-1]


_NOT_MUSICIANS = {"actor", "actress", "model", "comedian", "presenter", "host", "footballer", "athlete",
                  "influencer", "youtuber", "director", "dancers", "dancer"}


def release_at(ctx: Context, tok: Token, sent_index: int) -> Mention | None:
    """The release a noun phrase headed by ``tok`` names: a title (or a resolved
    "the track", "it"), a title in apposition ("His new single, “X”,"), or the
    release of the passage for "the video"/"the clip"."""
    for t in [tok, *(c for c in tok.children if c.dep_ == "appos")]:
        m = ctx.token_mention.get(t.i)
        if m is not None and ctx.etype(m) is R:
            if m.pronoun:  # "the closing track, “X”,", "the ballad “X”": the title right after the description
                titled = next((n for n in ctx.by_sent.get(m.sent, []) if n.start >= m.end and not n.pronoun
                               and ctx.etype(n) is R and re.fullmatch(r"\s*,\s*[“\"‘']?|\s*[“\"‘']",
                                                                      ctx.between(m, n))), None)
                if titled is not None:
                    return titled
            return m
    if tok.lower_ in VIDEO_NOUNS and is_definite(tok):
        for c in tok.children:  # "the video for X"
            if c.dep_ == "prep" and c.lower_ in {"for", "of", "to"}:
                named = [m for m in mentions_in(ctx, list(c.subtree)) if ctx.etype(m) is R]
                if named:
                    return named[-1]
        return main_release(ctx, sent_index)
    return None


def is_musician(ctx: Context, m: Mention) -> bool:
    """Nothing before ``m`` calls it an actor, model or other non-musician ("actor X")."""
    before = ctx.before(m, 30).lower().split()
    return not (before and before[-1].strip(",") in _NOT_MUSICIANS)
