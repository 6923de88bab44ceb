"""Names listed together: "A, B and C", "Sparrow and drum 'n' bass star Kit Volume",
and lists of roles ("singer A, guitarist B")."""

from __future__ import annotations

import re
from collections.abc import Callable

from artistgraph.loaders.mentions import Mention, tokens
from artistgraph.loaders.relations.context import Context, G, P
from artistgraph.loaders.relations.lookups import artistlike
from artistgraph.loaders.relations.wording import MOD, POSS, ROLE

# "Sparrow and drum 'n' bass star Kit Volume": a coordination with a role phrase before the second name
_ROLE_COORDINATION = re.compile(rf"\s*(?:,|,?\s*and|&)\s+(?:[\w'’&-]+\s+){{0,3}}?(?:{ROLE}|(?:keyboard|bass|guitar)\s+"
                                rf"player)\s+", re.I)

PART = r"(?:\s*[(][a-z ,/&-]{2,24}[)])?"  # "Ava Holt (vocals), Ben Ruiz (guitar)": a part in brackets


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
        gap = re.sub(r"[“”\"‘’']", "", ctx.between(prev, x))  # “Speak Up” and “Avenues”
        if (re.fullmatch(rf"{PART}\s*(?:,|,?\s*and|&|,\s*and|,?\s*as well as)\s*", gap) or (
                ctx.etype(m) is P and _ROLE_COORDINATION.fullmatch(gap))) and ctx.etype(x) in {ctx.etype(m), None}:
            out.append(x)
            prev = x
        elif (ctx.etype(m) is P and ctx.etype(x) is not P and k + 1 < len(rest) and has_own_band(ctx, m)
              and re.fullmatch(rf"\s*(?:,|,?\s*and|&)\s+{MOD}?", gap)
              and re.fullmatch(rf"\s*{POSS}?\s*{ROLE}\s+", ctx.between(x, rest[k + 1]), re.I)
              and ctx.etype(rest[k + 1]) in {P, None}):
            # "Harbour frontman A and former Gravel guitarist B": the band before the role only qualifies B (only
            # in a list of such names: in "Smirr's A and Pale Diesel drummer B" the list ends at A)
            out.append(rest[k + 1])
            prev = skip = rest[k + 1]
        else:
            break
    return out


def coordinated_before(ctx: Context, m: Mention) -> list[Mention]:
    """Mentions listed just before ``m`` ("Jupiter and Sola released")."""
    out = [m]
    ms = [x for x in ctx.by_sent.get(m.sent, []) if not x.pronoun]
    idx = next((i for i, x in enumerate(ms) if x is m), None)
    if not idx:
        return out
    nxt = m
    for x in reversed(ms[:idx]):
        gap = ctx.between(x, nxt)
        if (re.fullmatch(rf"{PART}\s*(?:,|,?\s*and|&)\s*", gap) or _ROLE_COORDINATION.fullmatch(gap)) and (
                artistlike(ctx, x)):
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
    if i < 1 or not re.fullmatch(ROLE, tokens(doc)[i].lower_):
        return False
    i -= 1
    if i >= 1 and tokens(doc)[i].text.islower() and not tokens(doc)[i].is_punct:
        i -= 1  # "lead", "former"
    if i >= 1 and tokens(doc)[i].text in {"'s", "’s", "'", "’"}:
        i -= 1
    owner = ctx.token_mention.get(i)
    return owner is not None and not owner.pronoun and ctx.etype(owner) in {G, None}


def role_listed(ctx: Context, first: Mention, listed: list[Mention]) -> list[Mention]:
    """Of the names ``listed`` after ``first`` ("<band> <role> A, B and C"),
    those the role covers: all of them after a plural role ("members A, B and
    C"); after a singular one only the run that names its own role each time
    ("frontman A, guitarist B and drummer C", not "frontman A, B and C")."""
    role = ctx.tokens[first.start - 1] if first.start else None
    if role is None or role.tag_ in {"NNS", "NNPS"} or role.lower_.endswith("s"):
        return listed
    # "Harbour frontman A and former Gravel guitarist B": B's role is Gravel's
    return listed_run(ctx, first, listed, lambda between, x: bool(
        _ROLE_COORDINATION.fullmatch(between)) and not has_own_band(ctx, x))[1:]


def listed_run(ctx: Context, first: Mention, rest: list[Mention], joined: Callable[[str, Mention], bool]) -> list[Mention]:
    """``first`` and the mentions of ``rest`` that follow it one after another, each
    joined to the one before by words ``joined(between, next)`` accepts: the names of
    one list ("A, B and C"). Example: with a comma-or-"and" test, "A, B and C said D"
    gives [A, B, C]."""
    listed = [first]
    for x in rest:
        if not joined(ctx.between(listed[-1], x), x):
            break
        listed.append(x)
    return listed
