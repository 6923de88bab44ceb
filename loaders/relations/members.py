"""MEMBER_OF: band roles, membership verbs (join, leave, front), formations, line-ups
and member lists, group references ("the band's bassist X")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from spacy.tokens import Span, Token

from artistgraph.loaders.entities import TYPEABLE_SOURCES
from artistgraph.loaders.lexicon import BAND_ROLES, GROUP_NOUNS, ORG_WORDS, PERSON_ROLES
from artistgraph.loaders.mentions import Mention, sentence_of, span_tokens, tokens
from artistgraph.loaders.relations.collaborations import implied_artist, subject_mentions, with_partners
from artistgraph.loaders.relations.context import (
    ART,
    Candidate,
    Context,
    G,
    P,
    R,
    clause_negated,
    focus_group,
    statement_modality,
)
from artistgraph.loaders.relations.coordination import PART, coordinated, coordinated_before, listed_run
from artistgraph.loaders.relations.lookups import artistlike, in_apposition, mentions_in
from artistgraph.loaders.relations.pairs import implied_type, inside_clause
from artistgraph.loaders.relations.wording import MOD, POSS, ROLE


def _role_modality(sent: Span, role: Token) -> float:
    """Confidence factor for membership a role noun states ("original bassist Lou Tapper
    will not be involved"): the role is taken for granted whatever the clause says,
    so a negated clause leaves it standing, and so does a hedge on what the person is
    said to do ("drummer Lou Tapper might leave", "talks slowed by a feud with bassist Ned Hale"); a denial
    still counts."""
    modality = statement_modality(sent, role)
    return 1.0 if modality in (0.3, 0.45) else modality


CAREER_VERBS = frozenset({"launch", "start", "begin", "kick", "open"})


def head_subjects(ctx: Context, artists: list[Mention], verb: Token) -> list[Mention]:
    """The subjects themselves, without the names an apposition adds to the first one:
    "Los Faroles - siblings A, B and C - broke out", "A, a member of the trio B, released"."""
    if len(artists) < 2:
        return artists
    first = min(artists, key=lambda m: m.start)
    return [m for m in artists if m is first or not (
        in_apposition(ctx, m, verb) or re.match(r"^\s*(?:[-–—(]|,\s*(?:a|an|the)\s)", ctx.between(first, m)))]


_FORMER_BAND_BEFORE = re.compile(r"(?:\b(?:former|ex-|one-time|onetime)\s*(?:[\w-]+\s+)?members?\s+of|\b(?:formerly|"
                                 r"previously|once|alumn(?:us|a|i))\s+of|\bex-|\bveterans?\s+of)\s+(?:the\s+)?$", re.I)

_PARTNER_BEFORE = re.compile(r"\b(?:with|alongside|featuring|feat\.|and)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}$", re.I)


def band_role_candidates(ctx: Context) -> Iterator[Candidate]:
    """A band role with no band named means the band the article is about:
    "drummer Ross Keeling was working at the print shop" in a story on Otto
    Casimir; "Original band members Ned Tull, Rafe Corran and ..."."""
    doc = ctx.doc
    for sent_index, ms in ctx.by_sent.items():
        sent = ctx.sents[sent_index]
        # a name right after a band role is a person whatever it was typed ("guitarist Ines Carvalho")
        bands = [m for m in ms if not m.pronoun and ctx.etype(m) is G and not (
            m.start > 0 and tokens(doc)[m.start - 1].lower_ in BAND_ROLES | {"singer", "vocalist"})
                 and m.text.lower() not in _MOD_WORDS]
        qualifying = [m for m in bands if re.match(rf"^\s*{POSS}?\s*{MOD}?(?:[\w-]+\s+)?{ROLE}\b",
                                                    ctx.after(m, 30), re.I)]
        # "leader Haeun wrote it together with the producing duo Moonshift": a partner band is not theirs
        # "drummer A, a former member of Soilwork": a band someone came from is not the band of the roles
        named = {m.entity: m for m in bands if m not in qualifying and not _PARTNER_BEFORE.search(ctx.before(m, 50))
                 and not _in_side_clause(ctx, m, sent) and not _FORMER_BAND_BEFORE.search(ctx.before(m, 40))}
        if qualifying and not named:
            continue  # "The Which drummer Denny Oakes": the pair rules read it
        # the one band the sentence names ("Snapped's split ... with bandmates A and B"), else the article's band
        # (a band that only qualifies someone's role, "the former Lamplighters singer", is not that band)
        # else a band the sentence only describes ("The piano-pop band, with guitarist A, ..."), resolved to one band
        # (as the sentence's subject: "who was fired from the group" is no band of the sentence's roles)
        described = {m.entity: m for m in ms if m.pronoun and m.source == "description" and ctx.etype(m) is G
                     and ctx.doc[m.start:m.end].root.dep_ in {"nsubj", "nsubjpass"} and not _in_side_clause(
                         ctx, m, sent)} if not named and not qualifying else {}
        group = next(iter(named.values())) if len(named) == 1 else next(iter(described.values())) if len(
            described) == 1 else (
            _member_focus(ctx, sent_index) or (_only_recent_group(ctx, sent_index) if len(ctx.mention_counts(G)) == 1
                                               else None))  # the one band of the article, named once so far
        if group is None and not named and not qualifying:
            # a band the whole story is about, however far back it was last named (a review of one band
            # may name it only in its headline and once more)
            group = article_band(ctx) or headline_band(ctx)
        if group is None or any(e != group.entity for e in named):
            continue  # several bands named in the sentence: the pair rules decide
        if not named and any(m.entity == group.entity for m in ms if not m.pronoun and (
                _in_side_clause(ctx, m, sent) or (m not in bands and ctx.etype(m) is G))):
            continue  # the band fallen back on is one this sentence gives someone else (or a person)
        if not named and any(m.entity == group.entity and _FORMER_BAND_BEFORE.search(ctx.before(m, 40)) for m in bands):
            # the band fallen back on is the one this sentence says someone came from: the story's band instead
            group = article_band(ctx) or headline_band(ctx)
            if group is None or any(m.entity == group.entity for m in bands):
                continue
        if not named and _forms_named_band(ctx, sent):
            continue  # "he formed Shellow with bassist A": the players are the new band's (formation_candidates)
        seen: set[int] = set()
        for m in ms:
            if m.pronoun or m.start == 0 or m.entity in seen:
                continue
            role = tokens(doc)[m.start - 1]
            # a band role right before a name makes it a person ("following bandmate MINSEO")
            if not (ctx.etype(m) is P or (role.lower_ in BAND_ROLES and ctx.etype(m) is None and
                                          person_or_untyped(ctx, m))):
                continue
            # "band members A and B", "fellow members Rowan and Sejin are serving": the article's band
            # ("former members A and B" of the article's band were in it too)
            band_members = role.lower_ in {"members", "member"} and m.start >= 2 and tokens(doc)[m.start - 2].lower_ in {
                "band", "fellow", "other", "remaining", "former", "founding", "original", "ex", "past", "current"}
            # "fellow member Marco", "Member Dojun was discharged": a member of the article's band
            band_members = band_members or (role.lower_ == "member" and not (
                m.start >= 2 and tokens(doc)[m.start - 2].lower_ in _NOT_BAND_MEMBERS))
            # "singer A, guitarist B and keyboard player C": a singer listed with band roles sings in the band
            sung = role.lower_ in _LISTED_PARTS and any(
                x is not m and x.start > 0 and tokens(doc)[x.start - 1].lower_ in BAND_ROLES for x in coordinated(ctx, m))
            if role.lower_ not in BAND_ROLES and not band_members and not sung:
                continue
            owner = tokens(doc)[m.start - 2] if m.start >= 2 else None
            while owner is not None and owner.i > sent.start and owner.pos_ == "ADJ" and owner.is_lower:
                owner = tokens(doc)[owner.i - 1]  # "her longtime guitarist A" is still her sideman
            if role.text.isupper() and len(role.text) > 1 and m.text.isupper():
                continue  # "MEMBER PROFILES": a heading in capitals names no one
            if owner is not None and owner.lower_ not in _MOD_WORDS and (
                    owner.tag_ == "PRP$" or owner.text in {"'s", "’s"} or owner.ent_type_ or owner.i in ctx.token_mention):
                continue  # "his drummer", "Rowles' drummer": someone's sideman; "Harbour frontman": that band's
            modality = _role_modality(sent, role)
            if modality == 0.0:
                continue
            members = coordinated(ctx, m)
            prep = role.head
            if role.lower_ in {"bandmates", "bandmate"} and prep.dep_ == "prep" and prep.lower_ in {
                    "with", "alongside", "beside", "among"}:
                # "Thornton held a press conference with bandmates A and B": Thornton is in the band too
                members += [s for s in subject_mentions(ctx, prep.head) if ctx.etype(s) is P]
            for member in members:
                # "fellow members Rowan and Sejin": after a plural part an untyped name of the list is a person too
                if ctx.etype(member) is not P and not (member is m and ctx.etype(m) is None) and not (
                        role.lower_ in {"members", "bandmates"} and person_or_untyped(ctx, member)):
                    continue
                seen.add(member.entity)
                _, end = ctx.char_span(member)
                yield Candidate("MEMBER_OF", member.entity, group.entity, tokens(doc)[m.start - 1].idx, end, sent,
                                0.7 * modality, "band-role-focus-group", subject_type=P if ctx.etype(member) is None
                                else None, object_type=G if ctx.etype(group) is None else None)
    yield from member_list_candidates(ctx)


def _forms_named_band(ctx: Context, sent: Span) -> bool:
    """The sentence forms a band it names (typed a band or not yet): "In 1992 he formed
    Shellow with bassist A"."""
    return any(t.lemma_.lower() in _FORM_LEMMAS and t.pos_ == "VERB" and any(
        m is not None and not m.pronoun and ctx.etype(m) is not P
        for c in t.children if c.dep_ == "dobj" for m in [ctx.token_mention.get(c.i)]) for t in span_tokens(sent))


# Parts that place someone in the band only when listed with band roles ("singer A, DJ B and bassist C")
_LISTED_PARTS = frozenset({"singer", "vocalist", "dj", "rapper", "mc", "turntablist", "pianist", "keyboardists",
                           "bassists", "drummers", "percussionists", "singers", "vocalists"})

# "Founding drummer A", "Former bassist B": a capitalised qualifier opening a sentence is no band
_MOD_WORDS = frozenset({"former", "founding", "original", "late", "new", "fellow", "longtime", "current"})


def headline_band(ctx: Context) -> Mention | None:
    """The band a story's headline (its first sentence) names, when it names one band and
    no other artist, and the story names no other band as often: "Harbour Lights: Tidewater" heading a
    review that then calls them "the Leeds four-piece"."""
    heads = {m.entity: m for m in ctx.by_sent.get(0, []) if not m.pronoun and ctx.etype(m) is G}
    if len(heads) != 1 or any(ctx.etype(m) is P for m in ctx.by_sent.get(0, []) if not m.pronoun):
        return None  # a round-up headline naming several acts is about none of them
    counts = ctx.mention_counts(G)
    band = next(iter(heads.values()))
    if any(n >= counts.get(band.entity, 0) for e, n in counts.items() if e != band.entity):
        return None
    return band


def _member_focus(ctx: Context, sent_index: int) -> Mention | None:
    """The band of the passage for a band role named without one: :func:`focus_group`,
    unless that band comes up nearby only as someone's partner ("we watched him tear it up
    with Sepultura"): then the band the headline is about, else the band the article
    names most (strictly more than any other), else none."""
    group = focus_group(ctx, sent_index)
    if group is None:
        return None
    recent = [m for s in range(max(0, sent_index - 3), sent_index + 1) for m in ctx.by_sent.get(s, [])
              if m.entity == group.entity]
    if not all(not m.pronoun and _PARTNER_BEFORE.search(ctx.before(m, 50)) for m in recent):
        return group
    head = headline_band(ctx)
    if head is not None:
        return head
    counts = ctx.mention_counts(G)
    ranked = sorted(counts, key=lambda e: -counts[e])
    if len(ranked) > 1 and ranked[0] != group.entity and counts[ranked[0]] > counts[ranked[1]]:
        return next((m for m in ctx.mentions if m.entity == ranked[0] and not m.pronoun), None)
    return None


# Nouns before "members" that make them some other body's: "family members", "cast members".
_NOT_BAND_MEMBERS = frozenset(["his", "her", "family", "cast", "crew", "staff", "panel", "jury", "board", "committee",
                               "council", "club", "team", "fan", "fans", "audience", "parliament", "union", "church"])

_LIST_GAP = re.compile(rf"{PART}\s*(?:,|,?\s*and|&)\s*")


def member_list_candidates(ctx: Context) -> Iterator[Candidate]:
    """Names set off after "members" are the band's members: "the five members -
    A, B, C and D", "the other Northline members, A, B and C", "all four members:
    A, B and C". The band is the one that qualifies the noun ("Northline
    members", "Northline's members"), else the band the article is about."""
    doc = ctx.doc
    for sent_index, ms in ctx.by_sent.items():
        sent = ctx.sents[sent_index]
        named = [m for m in ms if not m.pronoun]
        for tok in span_tokens(sent):
            if tok.lower_ not in {"members", "line-up", "lineup"} or any(
                    c.lower_ in _NOT_BAND_MEMBERS for c in tok.lefts):
                continue
            end = tok.idx + len(tok)
            gap = re.match(r"\s*(?:[,:–—(]|\s-)\s*", ctx.text[end:end + 4])
            if gap is None:
                continue
            first = next((m for m in named if tokens(doc)[m.start].idx == end + gap.end()), None)
            if first is None or not person_or_untyped(ctx, first):
                continue
            owner = ctx.token_mention.get(tok.i - 1)
            if owner is None and tok.i >= 2 and tokens(doc)[tok.i - 1].text in {"'s", "’s", "'", "’"}:
                owner = ctx.token_mention.get(tok.i - 2)
            if owner is not None and ctx.etype(owner) is not G:
                continue  # "Harbour members" with Harbour untyped: the pair rules decide
            group = owner or focus_group(ctx, sent_index) or _only_recent_group(ctx, sent_index) or _focus_untyped(
                ctx, sent_index)
            modality = statement_modality(sent, tok)
            if group is None or modality == 0.0:
                continue
            members = listed_run(ctx, first, named[named.index(first) + 1:], lambda between, x: bool(
                _LIST_GAP.fullmatch(between)) and person_or_untyped(ctx, x))
            if len(members) < 2 and owner is None:
                continue  # "the members, Seon said": one name after the article's band is too little
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


def person_or_untyped(ctx: Context, m: Mention) -> bool:
    # NER calls many one-word given names places ("Leo", "Kangil"); set off after "members" they are people
    return ctx.etype(m) is P or (ctx.etype(m) is None and m.source.split("+")[0] in TYPEABLE_SOURCES | {
        "ner:GPE", "ner:LOC", "ner:NORP", "ner:FAC"})


_MEMBERSHIP_LEMMAS = {"front", "join", "rejoin", "leave", "quit", "exit"}

_PLAYING_LEMMAS = {"sing", "play", "drum", "perform", "rap"}

_SERVED_LEMMAS = {"promote", "spend", "serve"}


def joins_on_release_candidates(ctx: Context) -> Iterator[Candidate]:
    """"Milo Trent joins Ada Pike on “I Had Some Luck”": the one who joins is
    featured on the other's release."""
    for tok in ctx.tokens:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in {"join", "link", "hop"}:
            continue
        # "B joins him on “X”": a pronoun host still makes B a guest, though whose "him" is may be unclear
        hosts = [m for c in tok.children if c.dep_ == "dobj" for m in mentions_in(ctx, [c, *c.children])
                 if artistlike(ctx, m) and (not m.pronoun or m.text.lower() in {"him", "her", "them"})]
        releases = [m for c in tok.children if c.dep_ == "prep" and c.lower_ in {"on", "for"}
                    for m in mentions_in(ctx, list(c.subtree)) if ctx.etype(m) is R and not m.pronoun]
        guests = [m for m in subject_mentions(ctx, tok) if artistlike(ctx, m)]
        if not (hosts and releases and guests):
            continue
        sent = sentence_of(tok.doc, tok.i)
        modality = statement_modality(sent, tok)
        if modality == 0.0 or clause_negated(tok):
            continue
        rel, host = releases[0], hosts[0]
        for guest in guests:
            if guest.entity == host.entity:
                continue
            start, end = ctx.char_span(guest, rel)
            if not host.pronoun:
                yield Candidate("BY_ARTIST", rel.entity, host.entity, start, end, sent, 0.7 * modality,
                                "joins-on-release", object_type=implied_artist(ctx, host))
            yield Candidate("FEATURES", rel.entity, guest.entity, start, end, sent, 0.7 * modality,
                            "joins-on-release", object_type=implied_artist(ctx, guest))


def membership_verb_candidates(ctx: Context) -> Iterator[Candidate]:
    """Membership stated by a verb, wherever its subject is: "Ava Holt, who fronts
    Northline, also sings in Glass Parade", "Holt has since left Northline"."""
    for tok in ctx.tokens:
        lemma = tok.lemma_.lower()
        # "started out in Les Pluies": where someone started out is their first band
        started_out = lemma == "start" and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)
        # "promoted in Lumen for two years", "spent a decade in the idol group X": time served in a band
        served = lemma in _SERVED_LEMMAS
        if tok.pos_ != "VERB" or (lemma not in _MEMBERSHIP_LEMMAS | _PLAYING_LEMMAS and not started_out and not served):
            continue
        if lemma in _MEMBERSHIP_LEMMAS:
            objects = [c for c in tok.children if c.dep_ in {"dobj", "oprd"}]  # "left the band X": X may be oprd
        else:  # "sings in Glass Parade", "plays bass for Northline"
            objects = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in (
                {"in"} if started_out or served else {"in", "for", "with"}) for g in c.children if g.dep_ == "pobj"]
            if served:  # the band itself, or a band noun naming it ("in the idol group X"), not "in X's studio"
                objects = [o for o in objects if o.lower_ in GROUP_NOUNS or (
                    o.i in ctx.token_mention and ctx.token_mention[o.i].end - 1 == o.i)]
            if any(c.lower_ == "with" for c in tok.children if c.dep_ == "prep"):
                objects = [o for o in objects if o.head.lower_ != "with"]
        # the band may be a description that names it ("who has fronted the band since 2011")
        groups = [m for o in objects for m in mentions_in(ctx, list(o.subtree))
                  if ctx.etype(m) is G and (not m.pronoun or (m.source == "description" and m.start == o.left_edge.i))]
        if not objects and lemma in {"join", "rejoin", "front"}:
            relative = _relative_clause_group(ctx, tok)  # "The Tallboys, the beat group he joined in 1966"
            groups = [relative] if relative is not None and ctx.etype(relative) is G else []
        if not groups:
            continue
        sent = sentence_of(tok.doc, tok.i)
        modality = statement_modality(sent, tok)
        if modality == 0.0 or clause_negated(tok):
            continue
        if served and tok.dep_ not in {"ROOT", "conj", "relcl"} and not any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
            continue  # "A spent years in X and B promoted in Y", parsed as a clause under "spent": whose is unclear
        people = [m for m in subject_mentions(ctx, tok) or _relative_antecedent(ctx, tok) if ctx.etype(m) is P]
        if lemma in {"join", "rejoin"}:
            # "joined the Bellatones at 15 alongside his cousin A": who joined with them joined too
            people += [m for m in with_partners(ctx, tok) if ctx.etype(m) is P and m.entity not in {
                p.entity for p in people} and any(c.lower_ == "alongside" for c in tok.children)]
        if lemma in _PLAYING_LEMMAS or started_out:
            # "started out in Les Pluies with her sister Camille": who played in the band with them is in it too
            people += [m for m in with_partners(ctx, tok) if ctx.etype(m) is P and m.entity not in {
                p.entity for p in people}]
        for person in people:
            for group in groups[:1]:
                if person.entity == group.entity:
                    continue
                start, end = ctx.char_span(person, group)
                yield Candidate("MEMBER_OF", person.entity, group.entity, start, end, sent, 0.8 * modality,
                                "membership-verb")
    yield from as_member_of_candidates(ctx)
    yield from fronted_by_candidates(ctx)
    yield from own_band_with_candidates(ctx)
    yield from records_as_with_candidates(ctx)
    yield from preceding_members_candidates(ctx)
    yield from debut_as_group_candidates(ctx)
    yield from apposed_lineup_candidates(ctx)
    yield from set_off_lineup_candidates(ctx)
    yield from profile_line_candidates(ctx)
    yield from reference_apposition_candidates(ctx)
    yield from sub_unit_candidates(ctx)
    yield from replacement_candidates(ctx)
    yield from our_role_candidates(ctx)
    yield from named_after_leader_candidates(ctx)
    yield from profile_block_candidates(ctx)
    yield from lineup_of_candidates(ctx)
    yield from roster_verb_candidates(ctx)
    yield from possessive_part_list_candidates(ctx)
    yield from band_is_people_candidates(ctx)
    yield from whose_role_candidates(ctx)
    yield from lineup_line_candidates(ctx)


_LINEUP_ROLE_WORDS = (r"(?:singer|rapper|vocalist|bassist|guitarist|drummer|frontman|frontwoman|keyboardist|pianist|"
                      r"producer|dj|multi-instrumentalist|percussionist|mc|artist|musician|songwriter)")

# ", his side band with", ", her long-running duo with", ", their supergroup with": a band described as
# someone's own, shared with the people named after "with"
_OWN_BAND_WITH = re.compile(r"\s*,\s*(?P<owner>his|her|their)\s+(?:(?:[\w-]+\s+){0,3}?)(?:side\s+)?"
                            r"(?:band|group|duo|trio|quartet|quintet|project|side-project|outfit|supergroup|"
                            r"collective|partnership)\s+(?:with|alongside)\s+(?:(?:[\w-]+\s+)?"
                            rf"{_LINEUP_ROLE_WORDS}\s+)?", re.I)


def own_band_with_candidates(ctx: Context) -> Iterator[Candidate]:
    """A band set off as someone's band "with" others has them all in it: "The Last
    Lantern Kites, his band on the side with Jude Farrow" (Farrow, and whom "his" is), "Those
    Bent Herons, his trio with Cal Rennick and John Peter Lowe"."""
    for g in ctx.mentions:
        if g.pronoun or not ctx.fits(g, {G}, True):
            continue
        hit = _OWN_BAND_WITH.match(ctx.text, ctx.char_span(g)[1])
        if hit is None:
            continue
        ms = ctx.by_sent.get(g.sent, [])
        first = next((m for m in ms if not m.pronoun and ctx.tokens[m.start].idx == hit.end()), None)
        if first is None or ctx.etype(first) is not P:
            continue
        owner_at = hit.start("owner")
        owner = next((m for m in ms if m.pronoun and ctx.tokens[m.start].idx == owner_at), None)
        people = [m for m in coordinated(ctx, first) if person_or_untyped(ctx, m)]
        if owner is not None and owner.entity >= 0 and ctx.etype(owner) is P:
            people.append(owner)
        sent = ctx.sents[g.sent]
        modality = statement_modality(sent)
        if modality == 0.0:
            continue
        for person in people:
            if person.entity == g.entity:
                continue
            start, end = ctx.char_span(g, first)
            yield Candidate("MEMBER_OF", person.entity, g.entity, start, end, sent, 0.8 * modality,
                            "own-band-with", subject_type=P if ctx.etype(person) is None else None,
                            object_type=implied_type("MEMBER_OF", False, g, ctx))


_ACT_AS_LEMMAS = frozenset({"record", "perform", "tour", "play", "work"})


def records_as_with_candidates(ctx: Context) -> Iterator[Candidate]:
    """Someone who records or performs "as" a name "with" another person has a band with
    them: "Pell now plays as The DRIFT with Ada Morrow Keane" (both are in it;
    without "with", "records as X" may be a stage name)."""
    for tok in ctx.tokens:
        if not tok.tag_.startswith("VB") or tok.lemma_.lower() not in _ACT_AS_LEMMAS:
            continue
        names = [m for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
                 if g.dep_ == "pobj" for m in mentions_in(ctx, [g, *g.children]) if not m.pronoun]
        if len(names) != 1 or not ctx.fits(names[0], {G}, True, any_source=True) or ctx.etype(names[0]) is P:
            continue
        band = names[0]
        partners = [m for m in with_partners(ctx, tok) if ctx.etype(m) is P]
        # "as The DRIFT with A": the parser may hang "with" on the name
        partners += [m for c in ctx.tokens[band.start:band.end] for p in c.children if p.lower_ == "with"
                     for m in mentions_in(ctx, list(p.subtree)) if ctx.etype(m) is P and not m.pronoun]
        people = [m for m in subject_mentions(ctx, tok) if ctx.etype(m) is P]
        if not partners or not people:
            continue
        sent = sentence_of(tok.doc, tok.i)
        modality = statement_modality(sent, tok)
        if modality == 0.0 or clause_negated(tok):
            continue
        for person in people + partners:
            if person.entity == band.entity:
                continue
            start, end = ctx.char_span(person, band)
            yield Candidate("MEMBER_OF", person.entity, band.entity, start, end, sent, 0.75 * modality,
                            "records-as-band-with", object_type=G if ctx.etype(band) is None else None)


def as_member_of_candidates(ctx: Context) -> Iterator[Candidate]:
    """The subject of a clause that places them "as (one of the) member(s) of" a
    band is in it: "she rose to fame as one of the four members of girl group
    Riptide", "Ames went solo after five years as a member of the band Gantry",
    "Brandt, a session player, has long played in The Looters"."""
    doc = ctx.doc
    for tok in ctx.tokens:
        # a part in the band ("as the keyboardist of ... group the Calicos") or a share of it
        # ("as one-third of girl group X") places its holder in the band as well
        if not (tok.lower_ in {"member", "members"} or tok.lower_ in _SHARES or _MEMBER_PART_WORD.fullmatch(
                tok.lower_)) or tok.i + 2 >= len(doc) or tokens(doc)[tok.i + 1].lower_ not in {"of", "in"}:
            continue
        j = tok.i + 2
        # "the girl group", "boy band", "late-’80s new wave group the"
        while j < len(doc) and j - tok.i < 10 and not (tokens(doc)[j].text[:1].isupper() and j > tok.i + 2) and (
                tokens(doc)[j].is_lower or tokens(doc)[j].text in {"-", "’", "'"} or re.fullmatch(r"[’']?\d+s", tokens(doc)[j].text)):
            j += 1
        group = ctx.token_mention.get(j)
        if group is not None and group.end + 1 < len(doc) and tokens(doc)[group.end].text in {"'s", "’s", "'", "’"}:
            group = ctx.token_mention.get(group.end + 1)  # "a member of Helsinki's FROSTWOUND": the band after the place
        if group is None or group.pronoun or not ctx.fits(group, {G}, True) or (
                group.start != j and tokens(doc)[group.start - 1].text not in {"'s", "’s", "'", "’"}):
            continue
        verb, has_as = None, False
        for anc in tok.ancestors:
            has_as = has_as or anc.lower_ == "as"
            if anc.pos_ in {"VERB", "AUX"}:
                verb = anc
                break
        # "Brandt, a busy session player, has long played in The Looters": what a
        # copula says someone is (however far the parse sets the name off) places them in the band too
        copula = verb is not None and tok.head.i == verb.i and tok.dep_ in {"attr", "oprd"} and (
            verb.lemma_.lower() in {"be", "remain", "become", "stay"})
        if verb is None or not (has_as or copula) or clause_negated(verb):
            continue
        sent = sentence_of(tok.doc, tok.i)
        modality = statement_modality(sent, verb)
        if modality == 0.0:
            continue
        subjects = subject_mentions(ctx, verb)
        if not subjects and verb.dep_ == "relcl":  # "Ruiz, who made his name as one-third of"
            subjects = [m for m in mentions_in(ctx, [verb.head]) if not m.pronoun]
        groups = [group]
        # "a long-time member of The Vandals and of Devo": a second band after "and of" is theirs too
        group_end = ctx.char_span(group)[1]
        also = _AND_OF.match(ctx.text, group_end)
        second = next((m for m in ctx.by_sent.get(group.sent, []) if m.start >= group.end), None) if also else None
        if second is not None and not second.pronoun and second.entity != group.entity and ctx.etype(second) is G and (
                ctx.tokens[second.start].idx == also.end()):
            groups.append(second)
        for person in subjects:
            # "Lacey first broke through as the bassist of": a part in a band is a person's
            if not (ctx.etype(person) is P or (ctx.etype(person) is None and person_or_untyped(ctx, person))):
                continue
            for band in groups:
                start, end = ctx.char_span(person, band)
                yield Candidate("MEMBER_OF", person.entity, band.entity, start, end, sent, 0.8 * modality,
                                "as-member-of", subject_type=P if ctx.etype(person) is None else None, object_type=G)


_AND_OF = re.compile(r"\s*,?\s*(?:and|&)\s+of\s+(?:the\s+)?")

_SHARES = frozenset({"half", "third", "quarter", "one-half", "one-third", "one-quarter", "two-thirds",
                     "part"})  # "as part of the collective X"

_MEMBER_PART_WORD = re.compile(r"(?:singer|vocalist|rapper|guitarist|bassist|drummer|keyboardist|frontman|frontwoman|"
                               r"leader|pianist|trombonist|saxophonist|trumpeter|violinist|fiddler|cellist|organist|"
                               r"percussionist|dj|mc|co-founder|founder)")


# "the band's frontman, A", "the band's former singer and songwriter A"
_REF_ROLE_AFTER = re.compile(rf"^\s*(?:{POSS})?\s*{MOD}?(?:[\w-]+\s+)?{ROLE}\s*(?:\s(?:and|&)\s+(?:[\w-]+\s+)?"
                             rf"(?:{ROLE}|songwriter|producer)\s*)?,?\s*$", re.I)


# "'s fifth member, ", "'s two best-known singers, ", "'s guitarists ": a band's part, then the names
_POSS_PART_LIST = re.compile(rf"^\s*{POSS}\s*(?P<words>(?:[a-z][\w-]*\s+){{0,2}}?)(?P<part>(?:{ROLE}|{_MEMBER_PART_WORD.pattern})s?)"
                             r"\s*,?\s*$", re.I)
# words before the part that make it no member's ("Blur's tour manager, A", "Harbour's biggest fan, B")
_NOT_MEMBER_WORDS = frozenset({"tour", "touring", "session", "stage", "guest", "backing", "hired", "stand-in",
                               "fill-in", "substitute", "biggest", "favourite", "favorite", "former"})


def possessive_part_list_candidates(ctx: Context) -> Iterator[Candidate]:
    """A named band, then its part (with a few describing words) and the people in
    it: "Harbour's fifth member, Col Pike, died in 2017", "two of Harbour's
    best-known singers, Ava Holt and Ben Ruiz, lead the song". A plural part takes
    the whole list; a hired or touring part ("Harbour's touring drummer, A") is none.
    The plain "Harbour's singer A" is the pair rules'."""
    for g in ctx.mentions:
        if g.pronoun or ctx.etype(g) is not G:
            continue
        ms = [m for m in ctx.by_sent.get(g.sent, []) if not m.pronoun and m.start >= g.end]
        if not ms or not person_or_untyped(ctx, ms[0]):
            continue
        hit = _POSS_PART_LIST.match(ctx.between(g, ms[0]))
        if hit is None or not (hit.group("words").strip() or "," in ctx.between(g, ms[0])):
            continue  # "Harbour's singer A": the pair rules read it
        if set(hit.group("words").lower().split()) & _NOT_MEMBER_WORDS:
            continue
        plural = hit.group("part").lower().endswith("s") and not hit.group("part").lower().endswith("ss")
        people = listed_run(ctx, ms[0], ms[1:], lambda between, x: bool(_LIST_GAP.fullmatch(between)) and
                            person_or_untyped(ctx, x)) if plural else [ms[0]]
        if plural and len(people) < 2:
            continue
        if not re.match(r"^\s*(?:[,.;:)]|[-–—]\s|$|\s(?:who|whose|has|have|had|is|are|was|were)\b)",
                        ctx.after(people[-1], 8)):
            continue  # the list runs on: "Harbour's singers, A and B Smith's band"
        sent = ctx.sents[g.sent]
        modality = _role_modality(sent, ctx.tokens[ms[0].start - 1])
        if modality == 0.0:
            continue
        for person in people:
            if person.entity == g.entity or not (ctx.etype(person) is P or len(people) > 1):
                continue
            start, end = ctx.char_span(g, person)
            yield Candidate("MEMBER_OF", person.entity, g.entity, start, end, sent, 0.8 * modality,
                            "possessive-part-list", subject_type=P if ctx.etype(person) is None else None)


_REF_MADE_OF = re.compile(r"^\s+(?:of|made up of|comprising|consisting of)\s+", re.I)


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
                    re.match(rf"^\s*{POSS}\s*{MOD}?(?:[\w-]+\s+)?{ROLE}\b", ctx.after(ref), re.I)) and (
                    ref.text.lower().startswith(("the ", "this "))):
                pass  # "Ben Ruiz, the band's drummer,"
            else:
                continue
            modality = statement_modality(sent)
            if modality == 0.3:
                modality = 1.0  # "Sora, the group's member from Japan, is not required to serve": the role stands
            if modality == 0.0:
                continue
            listed = [person]
            if person.start > ref.end and _REF_MADE_OF.match(ctx.between(ref, person)):
                # "The duo of producer A and singer B": the band made of a list of people with parts
                rest = [m for m in ctx.by_sent.get(ref.sent, []) if not m.pronoun and m.start > person.start]
                listed = listed_run(ctx, person, rest, lambda between, x: bool(
                    _SET_OFF_STEP.fullmatch(between)) and ctx.etype(x) is P)
            for member in listed:
                start, end = ctx.char_span(member, ref)
                yield Candidate("MEMBER_OF", member.entity, ref.entity, start, end, sent, 0.75 * modality,
                                "group-reference-role")


def on_release_subject_candidates(ctx: Context) -> Iterator[Candidate]:
    """"On “Crowds Pt. 2,” Tembo K airs his views": a sentence that opens on a
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
        subjects = [m for m in subject_mentions(ctx, root) if m.start > rel.end and ctx.etype(m) in ART]
        modality = statement_modality(sent, root)
        for artist in subjects[:1]:
            start, end = ctx.char_span(rel, artist)
            yield Candidate("BY_ARTIST", rel.entity, artist.entity, start, end, sent, 0.6 * modality,
                            "on-release-subject")


def bandmates_owner_candidates(ctx: Context) -> Iterator[Candidate]:
    """"Pruitt said his bandmates respected his decision": whoever has bandmates is
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
            focus_group(ctx, sent_index) if not named else None)
        sent = ctx.sents[sent_index]
        modality = statement_modality(sent, tok)
        if group is None or modality == 0.0:
            continue
        start, end = ctx.char_span(owner)
        yield Candidate("MEMBER_OF", owner.entity, group.entity, start, max(end, tok.idx + len(tok)), sent,
                        0.65 * modality, "bandmates-owner")
    yield from pronoun_bandmate_candidates(ctx)


_BANDMATE_BEFORE = re.compile(r"(?:^|\s)(?P<owner>his|her|their)?\s*(?:(?:former|fellow|late|longtime|long-time|old|"
                              r"one-time|ex-|erstwhile|new)\s*)*(?:bandmates?|band-mates?|groupmates?)\s+$", re.I)


def pronoun_bandmate_candidates(ctx: Context) -> Iterator[Candidate]:
    """"His former bandmate Marcus Teo", "their late bandmate Ned Fairley", "NEXUS8 leader
    Dowon ..., and former bandmate JINSEOK": a bandmate named without a band of their own
    is in the one band the sentence names (even as a qualifier), else the article's band."""
    for m in ctx.mentions:
        if m.pronoun or not (ctx.etype(m) is P or (ctx.etype(m) is None and person_or_untyped(ctx, m))):
            continue
        hit = _BANDMATE_BEFORE.search(ctx.before(m, 50))
        if hit is None:
            continue
        sent = ctx.sents[m.sent]
        bands = {g.entity: g for g in ctx.by_sent.get(m.sent, []) if not g.pronoun and ctx.etype(g) is G
                 and not _in_side_clause(ctx, g, sent)}
        if len(bands) > 1:
            continue
        group = next(iter(bands.values())) if bands else (focus_group(ctx, m.sent) or article_band(ctx))
        modality = _role_modality(sent, ctx.tokens[m.start])
        if group is None or group.entity == m.entity or modality == 0.0:
            continue
        start, end = ctx.char_span(m)
        for person in [x for x in coordinated(ctx, m) if ctx.etype(x) in {P, None}]:
            yield Candidate("MEMBER_OF", person.entity, group.entity, start - len(hit.group(0)), end, sent,
                            0.7 * modality, "bandmate-in-band", subject_type=P if ctx.etype(person) is None else None,
                            object_type=G if ctx.etype(group) is None else None)


_FORM_LEMMAS = {"form", "found", "co-found", "start", "create", "assemble"}


def formation_candidates(ctx: Context) -> Iterator[Candidate]:
    """Founders are members: "Lacy Music were formed in 1973 by Tull, Brack
    and Eno", "Kim and Lee founded the duo Velvet in 2019"."""
    for tok in ctx.tokens:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _FORM_LEMMAS:
            continue
        sent = sentence_of(tok.doc, tok.i)
        modality = statement_modality(sent)
        if modality == 0.0 or clause_negated(tok):
            continue
        agents = [c for c in tok.children if c.dep_ == "agent"]
        relative = _relative_clause_group(ctx, tok) if not agents else None
        if agents:
            # "formed by a Seoul agency": a place or a company is no founder
            founders = [m for a in agents for m in mentions_in(ctx, list(a.subtree))
                        if ctx.etype(m) is P or (ctx.etype(m) is None and m.source.split("+")[0] in TYPEABLE_SOURCES)]
            groups = [m for m in subject_mentions(ctx, tok) if ctx.fits(m, {G}, True)]
            # "Formed by singer A and guitarist B, the band ...": a founder is never the band
            # (a description may have been resolved to one of them)
            named_by = {m.entity for a in agents for m in mentions_in(ctx, list(a.subtree))}
            groups = [g for g in groups if g.entity not in named_by]
        else:
            founders = [m for m in subject_mentions(ctx, tok) if ctx.etype(m) is P]
            if tok.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in _RELATIVE_WORDS for c in tok.children):
                # "A and B, who started the group": the relative clause hangs on a name of the list
                antecedent = [m for m in mentions_in(ctx, [tok.head]) if not m.pronoun]
                if not antecedent and tok.head.dep_ == "appos" and tok.head.lower_ in PERSON_ROLES:
                    # "Rob Dunmore, the ex-Satori drummer who started the band": the role stands for the name
                    antecedent = [m for m in mentions_in(ctx, [tok.head.head]) if not m.pronoun]
                listed = coordinated_before(ctx, antecedent[0]) + coordinated(ctx, antecedent[0])[1:] if antecedent else []
                if any(ctx.etype(m) is P for m in listed):
                    founders = [m for m in listed if person_or_untyped(ctx, m)]
            # "Renwick co-founded Gargoylz with A": what a person co-founds with another is a band (not a label)
            cofounded = tok.lemma_.lower() == "co-found" or (tok.i >= 2 and ctx.tokens[tok.i - 1].text == "-"
                                                             and ctx.tokens[tok.i - 2].lower_ == "co")
            groups = [m for c in tok.children if c.dep_ == "dobj" for m in mentions_in(ctx, list(c.subtree))
                      if ctx.etype(m) is G or (ctx.fits(m, {G}, True) and (any(
                          t.lower_ in GROUP_NOUNS for t in c.subtree) or (cofounded and c.i == m.end - 1 and not (
                              set(m.text.lower().split()) & ORG_WORDS))))]
            if cofounded and tok.i >= 3 and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
                # the parser often breaks at "co-": the founder is the name right before it, not a later clause's
                before = ctx.token_mention.get(tok.i - 3)
                founders = [before] if before is not None and before.entity >= 0 and ctx.etype(before) is P else []
            if tok.dep_ == "relcl" and any(c.dep_ == "dobj" and c.lower_ in {"which", "that", "whom"}
                                           for c in tok.children):
                # "Rattlejacks, which he formed": the band is what the relative clause hangs on
                founders = [m for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}
                            for m in mentions_in(ctx, list(c.subtree)) if ctx.etype(m) is P]
                groups = [m for m in mentions_in(ctx, [tok.head]) if ctx.etype(m) is G]
            elif relative is not None and ctx.etype(relative) is G:
                # "High Tide, the duo she formed in 2022 with producer Alma Vik"
                founders = [m for c in tok.children if c.dep_ == "nsubj" for m in mentions_in(ctx, list(c.subtree))
                            if ctx.etype(m) is P]
                groups = [relative]
            if founders and not groups:
                groups = _named_after_band_noun(ctx, tok)
            if founders and not groups and tok.lemma_.lower() in {"form", "co-found", "found"}:
                # "he formed Shellow with bassist A and drummer B": what is formed with a band's players is a band
                named = [m for c in tok.children if c.dep_ == "dobj" for m in mentions_in(ctx, [c])
                         if not m.pronoun and ctx.etype(m) is None and ctx.fits(m, {G}, True, any_source=True)
                         and not set(m.text.lower().split()) & ORG_WORDS]
                if named and any(ctx.tokens[m.start - 1].lower_ in BAND_ROLES for m in _formed_with(ctx, tok)):
                    groups = named[:1]
            if founders and groups:
                # "she formed with producer Freya Lund", "formed a duo, the Dovetails, with singer Sam Whitt"
                founders += [m for m in _formed_with(ctx, tok) if m.entity != groups[0].entity]
        for group in groups[:1]:
            for founder in founders:
                if founder.entity == group.entity:
                    continue
                start, end = ctx.char_span(founder, group)
                yield Candidate("MEMBER_OF", founder.entity, group.entity, start, end, sent, 0.75 * modality,
                                "founders-are-members", subject_type=implied_type("MEMBER_OF", True, founder, ctx),
                                object_type=implied_type("MEMBER_OF", False, group, ctx))


def _formed_with(ctx: Context, verb: Token) -> list[Mention]:
    """The people a band was formed "with": the names the parse hangs on the verb by "with",
    else the list opening right after the first "with" of the verb's clause (the parser often
    hangs "with" elsewhere after "co-founded X in Tokyo in 1978 with A and B"); a name of the
    list typed nothing counts when a person opens it ("with Maria Bell and June Park")."""
    partners = [m for m in with_partners(ctx, verb) if ctx.etype(m) is P]
    stop = min(sentence_of(verb.doc, verb.i).end, verb.i + 14)
    at = next((t.i for t in ctx.tokens[verb.i + 1:stop] if t.lower_ == "with" or (t.is_punct and t.text != "-")),
              None)
    if at is not None and ctx.tokens[at].lower_ == "with":
        first = next((ctx.token_mention.get(j) for j in range(at + 1, min(at + 4, sentence_of(verb.doc, verb.i).end))
                      if j in ctx.token_mention), None)
        # "with her brother Sam" and "with guitarist Lou Pratt" open a list; "with Harbour's Sam" does not
        if first is not None and not first.pronoun and ctx.etype(first) is P and all(
                t.is_lower and t.is_alpha for t in ctx.tokens[at + 1:first.start]):
            partners = [*coordinated(ctx, first), *partners]
    if not partners:
        return []
    listed = [m for m in coordinated(ctx, partners[0]) if person_or_untyped(ctx, m)]
    return listed + [m for m in partners[1:] if m not in listed]


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
    if head.lower_ in GROUP_NOUNS:
        # "A is one third of The Larks, the trio she formed": the name set off right before the band noun's
        # phrase is what it describes, wherever the parser hangs the apposition (often on the sentence's subject)
        edge = head.left_edge.i
        before = ctx.token_mention.get(edge - 2) if edge >= 2 and ctx.tokens[edge - 1].text == "," else None
        if before is not None and not before.pronoun and before.end == edge - 1 and ctx.fits(before, {G}, True):
            named = before
    if named is not None and not named.pronoun:
        m = named  # "The Shortcakes, the Hull beat group he joined": the name, not what a description resolved to
    if m is None or m.entity < 0 or not ctx.fits(m, {G}, True):
        return None
    if m.pronoun and not (m.source == "description" and ctx.etype(m) is G):
        return None
    return m


_ORDINAL_MEMBER = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                             "latest", "last", "final", "next"})

_FOLLOWED_LIST = re.compile(r"^\s*(?:,\s*who\s[^,;.]{0,60})?\s*(?:,|,?\s*and|&|,\s*and)\s*$")


def preceding_members_candidates(ctx: Context) -> Iterator[Candidate]:
    """"Dohan is the second KESTREL member to enlist, following Siwoo": whom "the Nth
    <band> member to <do it>" follows did it before as a member of that band
    ("after Minseok, who enlisted in March, and Daeho")."""
    doc = ctx.doc
    for tok in ctx.tokens:
        if tok.lower_ != "member" or tok.i < 2 or tok.i + 2 >= len(doc) or tokens(doc)[tok.i + 1].lower_ != "to":
            continue
        if not any(t.lower_ in _ORDINAL_MEMBER for t in tokens(doc)[max(0, tok.i - 5):tok.i]):
            continue
        at = tok.i - 2 if tokens(doc)[tok.i - 1].text in {"'s", "’s", "'", "’"} else tok.i - 1
        group = ctx.token_mention.get(at)
        if group is None or group.pronoun or not ctx.fits(group, {G}, True) or not (
                ctx.etype(group) is G or group.text.isupper()):
            continue
        sent = ctx.sents[group.sent]
        after = next((t for t in tokens(doc)[tok.i + 2:sent.end] if t.lower_ in {"following", "after"}), None)
        if after is None:
            continue
        j = after.i + 1
        while j < sent.end and tokens(doc)[j].lower_ in {"bandmate", "fellow", "member", "members", "the", "his", "her",
                                                 "their", "groupmate", "leader"}:
            j += 1
        ms = [m for m in ctx.by_sent.get(group.sent, []) if not m.pronoun and m.start >= j]
        if not ms or ms[0].start != j:
            continue
        modality = statement_modality(sent, tok)
        if modality == 0.0:
            continue
        listed = listed_run(ctx, ms[0], ms[1:], lambda between, _: bool(_FOLLOWED_LIST.fullmatch(between)))
        if tok.dep_ == "attr" and tok.head.lemma_ == "be":  # "Yejun is the fourth ORCHID member to enlist"
            listed += [m for c in tok.head.children if c.dep_ == "nsubj" for m in mentions_in(ctx, list(c.subtree))
                       if ctx.etype(m) is P]
        for m in listed:
            if not person_or_untyped(ctx, m) or m.entity == group.entity or m.text.lower() in _ORDINAL_MEMBER:
                continue
            start, end = ctx.char_span(group, m)
            yield Candidate("MEMBER_OF", m.entity, group.entity, start, end, sent, 0.75 * modality,
                            "member-to-do-it-before", subject_type=implied_type("MEMBER_OF", True, m, ctx) or (
                                P if ctx.etype(m) is None else None), object_type=implied_type("MEMBER_OF", False, group, ctx))


_UNIT_BEFORE = re.compile(r"^\s*(?:(?:the|a|an|new|their|own)\s+)*(?:(?!of\b|for\b|with\b|by\b)[\w-]+\s+){0,2}?"
                          r"(?:group|band|duo|trio|quartet|quintet|unit|sub-unit|subunit|supergroup|project|act)\s+$", re.I)

_AS_GROUP_VERBS = frozenset({"debut", "perform", "record", "reunite", "return", "tour", "promote", "team", "work",
                             "release", "appear", "come"})


def debut_as_group_candidates(ctx: Context) -> Iterator[Candidate]:
    """"Sena and Yul debut as the sub-unit LUNA Drift": people who debut,
    perform or tour *as* a named band are its members."""
    for tok in ctx.tokens:
        # the parser may take a verb it has not seen conjugated for a noun ("Harin and Rue debut as"): the lemma decides
        if tok.lower_ != "as" or tok.head.lemma_.lower() not in _AS_GROUP_VERBS or tok.head.pos_ not in {
                "VERB", "AUX", "NOUN"}:
            continue
        end = tok.idx + len(tok)
        sent = sentence_of(tok.doc, tok.i)
        sent_index = ctx.sent_index.get(sent.start, -1)
        group = next((m for m in ctx.by_sent.get(sent_index, []) if m.start > tok.i and not m.pronoun
                      and _UNIT_BEFORE.fullmatch(ctx.text[end:ctx.tokens[m.start].idx])), None)
        if group is None or not ctx.fits(group, {G}, True):
            continue
        verb = tok.head
        modality = statement_modality(sent, verb)
        if modality == 0.0 or clause_negated(verb):
            continue
        # the subject's names, one-word given names NER took for places included ("Dahye and Suah will debut")
        people = [m for c in verb.children if c.dep_ == "nsubj" for m in mentions_in(ctx, list(c.subtree))
                  if not inside_clause(ctx, m, c)]
        if not people:  # no parsed subject: the names right before the verb ("Harin and Rue debut as")
            last = next((m for m in reversed(ctx.by_sent.get(sent_index, [])) if m.end <= verb.i and not m.pronoun
                         and re.fullmatch(r"\s*(?:(?:will|to|officially|finally|now|also)\s+)*",
                                          ctx.text[ctx.char_span(m)[1]:verb.idx])), None)
            people = coordinated_before(ctx, last) if last is not None else []
        people = [m for m in people if person_or_untyped(ctx, m) and m.entity != group.entity]
        for person in people:
            start, end_char = ctx.char_span(person, group)
            yield Candidate("MEMBER_OF", person.entity, group.entity, start, end_char, sent, 0.75 * modality,
                            "debut-as-group", subject_type=P if ctx.etype(person) is None else None,
                            object_type=implied_type("MEMBER_OF", False, group, ctx))


_LINEUP_ROLE = rf"(?:{ROLE}|producer|dj|multi-instrumentalist|(?:keyboard|bass|guitar)\s+player|percussionist|mc)"

_COUNTED = {"duo": 2, "pair": 2, "trio": 3, "quartet": 4, "quintet": 5, "sextet": 6}

_ROLE_LIST_STEP = re.compile(rf"\s*(?:,|,?\s*and|&)\s+{MOD}?(?:[\w-]+\s+)?{_LINEUP_ROLE}\s+", re.I)


def apposed_lineup_candidates(ctx: Context) -> Iterator[Candidate]:
    """"duo HALO RED, vocalist Talia Moon and producer Ezra Quint, announce": a
    band introduced by a band noun and followed by a set-off list of people, each
    named with a role, is that line-up; a counted noun (duo, trio) must match the
    number of names ("the duo X, singer A and rapper B and C" is no line-up)."""
    doc = ctx.doc
    for g in ctx.mentions:
        if g.pronoun or ctx.etype(g) is not G or g.start == 0:
            continue
        noun = tokens(doc)[g.start - 1].lower_
        if noun not in GROUP_NOUNS and noun not in _COUNTED:
            continue
        ms = [m for m in ctx.by_sent.get(g.sent, []) if not m.pronoun and m.start >= g.end]
        if not ms or not re.fullmatch(rf"\s*,\s*{MOD}?(?:[\w-]+\s+)?{_LINEUP_ROLE}\s+", ctx.between(g, ms[0]), re.I):
            continue
        listed = listed_run(ctx, ms[0], ms[1:], lambda between, _: bool(_ROLE_LIST_STEP.fullmatch(between)))
        if len(listed) < 2 or len(listed) != _COUNTED.get(noun, len(listed)) or any(
                ctx.etype(x) is not P for x in listed):
            continue
        if not re.match(r"^\s*(?:[,)]|[-–—]\s)", ctx.after(listed[-1], 4)):
            continue  # the list must close, else it runs on into the sentence ("duo X, singer A and B toured")
        sent = ctx.sents[g.sent]
        modality = statement_modality(sent)
        if modality == 0.0:
            continue
        for person in listed:
            start, end = ctx.char_span(g, person)
            yield Candidate("MEMBER_OF", person.entity, g.entity, start, end, sent, 0.8 * modality,
                            "band-then-role-list")


# -- set-off line-ups, profiles, sub-units, band-noun roles ---------------------------------------------

# Instruments and parts a band member is named by, beyond the shared role words ("the band's trombonist")
_MEMBER_PARTS = (rf"(?:{ROLE}|trombonist|saxophonist|trumpeter|violinist|fiddler|cellist|organist|banjoist|"
                 r"harmonica player|(?:keyboard|bass|guitar|rhythm guitar|lead guitar|piano|keys|synth)\s+player|"
                 r"percussionist|turntablist|mc|dj|producer|multi-instrumentalist|sub-vocalist|centre|center)")

# A name opens a set-off line-up: " - ", " -- ", " — ", " (", ": "
_SET_OFF_OPEN = re.compile(r"\s*(?:--|\s[-–—]|[–—(:])\s*")

# "(Micah Trout — bass; Gwen Atherley — drums)": a member's part after a dash, inside brackets
_BRACKET_PART = r"(?:\s*[–—-]\s*[a-z][a-z /&-]{1,24}?)?"
_SET_OFF_CLOSE = {"(": re.compile(rf"^{_BRACKET_PART}\s*\)"), ":": re.compile(r"^\s*(?:[.;]|$)")}
_BRACKET_STEP = re.compile(rf"{_BRACKET_PART}\s*[;,]\s*(?:and\s+)?")
# "SOLEIL9 (Seo-ah, Miru, ...)": a first name the name finder missed still opens the bracketed list
_UNREAD_FIRST_NAME = re.compile(r"(?-i:[A-Z])[\w'’-]+(?:\s(?-i:[A-Z])[\w'’-]+)?,\s*$")
_DASH_CLOSE = re.compile(r"^\s*(?:--|[-–—])(?:\s|$)")

# Between the opener and the first name: a few describing words ("Pretoria natives", "siblings",
# "childhood friends"), a place among them; a part before the first name ("singer Ned Ashgrove")
_SET_OFF_LEAD = re.compile(rf"(?:(?:(?-i:[A-Z])[\w'’-]+\s+)?(?:[a-z][\w'’-]*\s+){{0,3}}?)?(?:{MOD}?{_MEMBER_PARTS}\s+)?$",
                           re.I)

# "A on bass, B on drums and C on guitar and synths": a member's seat named after the name
_INSTRUMENT = (r"(?:lead\s+|rhythm\s+|backing\s+|bass\s+|acoustic\s+|electric\s+)?(?:bass|drums|guitars?|keys|keyboards|"
               r"synths?|vocals|piano|percussion|sax(?:ophone)?|trumpet|violin|fiddle|cello|organ|turntables|decks|"
               r"samples|programming|harmonica|banjo|mandolin|pedal\s+steel|flute|trombone)")
_ON_PART = rf"(?:\s+on\s+{_INSTRUMENT}(?:\s*(?:,|,?\s*and|&)\s*{_INSTRUMENT}(?![\w-]))*)"
_SEAT = rf"(?:{_ON_PART}|{PART})"

_SET_OFF_STEP = re.compile(rf"{_SEAT}\s*(?:,|,?\s*and|&)\s+(?:{MOD}?(?:[\w-]+\s+)?{_MEMBER_PARTS}\s+)?", re.I)

_LINEUP_NOUNS = frozenset({"line-up", "lineup", "members", "line-ups", "lineups"})


def _set_off_list(ctx: Context, sent_index: int, start_char: int, opener: str) -> list[Mention]:
    """The people listed from ``start_char`` on up to a closing mark that matches
    ``opener`` ("(" closes with ")", a dash with a dash, a colon with the end of the
    sentence): two names at least, each a person (or an untyped name), else []."""
    ms = [m for m in ctx.by_sent.get(sent_index, []) if not m.pronoun and ctx.tokens[m.start].idx >= start_char]
    # "Pretoria natives A and B": a place that only describes the people is no name of the list
    people = [m for m in ms if person_or_untyped(ctx, m) and not (
        ctx.etype(m) is None and m.end < len(ctx.doc) and ctx.tokens[m.end].is_lower and ctx.tokens[m.end].is_alpha
        and ctx.tokens[m.end].lower_ not in {"and", "or"})]
    if not people:
        return []
    first = people[0]
    lead = ctx.text[start_char:ctx.tokens[first.start].idx]
    if not (_SET_OFF_LEAD.fullmatch(lead) or (opener == "(" and _UNREAD_FIRST_NAME.fullmatch(lead))) or any(
            m.start < first.start and ctx.etype(m) in ART for m in ms):
        return []  # another artist before the list: not a line-up of this band
    listed = listed_run(ctx, first, ms[ms.index(first) + 1:], lambda between, x: bool(
        _SET_OFF_STEP.fullmatch(between) or (opener == "(" and _BRACKET_STEP.fullmatch(between)))
        and person_or_untyped(ctx, x))
    after = ctx.after(listed[-1], 60)
    if opener != "(":  # "... and C (drums) -", "... and C on guitar and synths -": the last seat, then the mark
        after = after[re.match(_SEAT, after, re.I).end():]
    closes = _SET_OFF_CLOSE.get(opener, _DASH_CLOSE).match(after)
    if len(listed) < 2 or not closes or not any(ctx.etype(x) is P for x in listed):
        return []
    return listed


def set_off_lineup_candidates(ctx: Context) -> Iterator[Candidate]:
    """A band, or its line-up, followed by the people in it set off by dashes or
    brackets: "Kasi Keys — Pretoria natives A and B — recorded", "duo Lowlight
    Relay (A and B) announce", "The band's classic lineup -- singer A, guitarist B
    and drummer C -- regrouped". Two names at least, and the marks must close."""
    doc = ctx.doc
    for sent_index, ms in ctx.by_sent.items():
        sent = ctx.sents[sent_index]
        anchors: list[tuple[Mention, int]] = []  # (band, char where its set-off starts)
        for g in ms:
            if g.pronoun and not (g.source == "description" and ctx.etype(g) is G):
                continue
            if g.start > 1 and tokens(doc)[g.start - 1].text in {":", "-", "/", "//"} and not tokens(doc)[g.start - 2].whitespace_ and (
                    g.start - 2 in ctx.token_mention):
                continue  # "BLUSH//CODE:LOVE (A, B)": the last piece of a name in pieces is no band of its own
            before = tokens(doc)[g.start - 1].lower_ if g.start else ""
            # an untyped name in capitals ("NEON PARADE - A, B and C -") or after a band noun may be the band
            # (or a name of two joined by "&": "Wren & Oakes - Leeds schoolfriends A and B -")
            if ctx.etype(g) is G or (ctx.etype(g) is None and (before in GROUP_NOUNS or before in _COUNTED or (
                    g.text.isupper() and len(g.text) > 1) or re.search(r"\w\s+&\s+\w", g.text)) and ctx.fits(
                    g, {G}, True)):
                anchors.append((g, ctx.char_span(g)[1]))
        for tok in span_tokens(sent):
            if tok.lower_ not in _LINEUP_NOUNS or any(c.lower_ in _NOT_BAND_MEMBERS for c in tok.lefts):
                continue
            owner = _lineup_owner(ctx, tok.i)
            group = owner if owner is not None else (focus_group(ctx, sent_index) or _only_recent_group(ctx, sent_index))
            if group is not None and ctx.etype(group) is G:
                anchors.append((group, tok.idx + len(tok)))
        for group, end in anchors:
            opened = _SET_OFF_OPEN.match(ctx.text, end)
            if opened is None or opened.end() > sent.end_char:
                continue
            opener = next((c for c in ctx.text[end:opened.end()] if c in "(:-–—"), "-")
            opener = opener if opener in "(:" else "-"
            listed = _set_off_list(ctx, sent_index, opened.end(), opener)
            noun = tokens(doc)[group.start - 1].lower_ if group.start else ""
            if not listed or len(listed) != _COUNTED.get(noun, len(listed)):
                continue
            modality = statement_modality(sent)
            if modality == 0.0:
                continue
            for person in listed:
                if person.entity == group.entity:
                    continue
                _, stop = ctx.char_span(person)
                yield Candidate("MEMBER_OF", person.entity, group.entity, min(end, ctx.char_span(group)[0]), stop,
                                sent, 0.8 * modality, "set-off-lineup", subject_type=P if ctx.etype(person) is None
                                else None, object_type=implied_type("MEMBER_OF", False, group, ctx))


def _lineup_owner(ctx: Context, i: int) -> Mention | None:
    """The band whose line-up the noun at ``i`` is: "Harbour's classic lineup",
    "the band's current members", "the Harbour line-up"."""
    doc = ctx.doc
    j = i - 1
    while j >= 0 and tokens(doc)[j].is_lower and tokens(doc)[j].is_alpha and tokens(doc)[j].lower_ not in {"the", "a", "an", "and", "of"} \
            and i - j <= 3:
        j -= 1  # "classic", "current", "original", "touring"
    if j >= 0 and tokens(doc)[j].text in {"'s", "’s", "'", "’"}:
        j -= 1
    owner = ctx.token_mention.get(j) if j >= 0 else None
    if owner is None or (owner.pronoun and owner.source != "description"):
        return None
    return owner


_PROFILE_HEAD = re.compile(r"\s*\(([^()\n]{2,60})\)\s*(?:[–—:]|-\s)\s*")
_PROFILE_PART = re.compile(r"\b(?:leader|(?:main\s+|lead\s+|sub-?)?(?:vocalist|rapper|dancer)|visual|maknae|members?|"
                           r"centre|center|singer|guitarist|bassist|drummer|keyboardist|frontman|frontwoman)\b", re.I)


def profile_line_candidates(ctx: Context) -> Iterator[Candidate]:
    """A member guide, one line per member: "DAEHYUN (Ko Dae-hyun, born 2004) – Leader
    and lead dancer." Each line opens on a name, then a birth name or year in
    brackets, a dash and a part in the band; two such lines at least make a guide,
    and its members are the band the article is about."""
    doc = ctx.doc
    lines: list[tuple[int, Mention]] = []
    for sent_index, ms in ctx.by_sent.items():
        sent = ctx.sents[sent_index]
        start = sent.start_char
        while start < sent.end_char and ctx.text[start].isspace():
            start += 1
        if start > 0 and ctx.text[start - 1] != "\n":
            continue
        m = next((x for x in ms if not x.pronoun and tokens(doc)[x.start].idx == start), None)
        if m is None or not (ctx.etype(m) is P or (ctx.etype(m) is None and person_or_untyped(ctx, m))):
            continue
        head = _PROFILE_HEAD.match(ctx.text, ctx.char_span(m)[1])
        if head is None or not re.search(r"\bborn\b|\b(?:19|20)\d\d\b", head.group(1), re.I):
            continue
        line_end = ctx.text.find("\n", head.end())  # the parser may end a sentence at the dash: read the line
        rest = ctx.text[head.end():min(line_end if line_end >= 0 else len(ctx.text), head.end() + 80)]
        part = _PROFILE_PART.search(rest)
        if part is None or re.search(r"\b(?:of|from|in|with|for)\s+[A-Z]", rest[:part.start()]):
            continue  # "member of another group X": the part is someone else's band
        lines.append((sent_index, m))
    if len(lines) < 2:
        return
    counts = ctx.mention_counts(G)
    ranked = sorted(counts, key=lambda e: -counts[e])
    if not ranked or counts[ranked[0]] < 2 or (len(ranked) > 1 and counts[ranked[1]] * 2 > counts[ranked[0]]):
        return  # no one band the article is about
    group = next(x for x in ctx.mentions if x.entity == ranked[0] and not x.pronoun)
    for sent_index, m in lines:
        sent = ctx.sents[sent_index]
        modality = statement_modality(sent)
        if modality == 0.0 or m.entity == group.entity:
            continue
        start, end = ctx.char_span(m)
        yield Candidate("MEMBER_OF", m.entity, group.entity, start, end, sent, 0.75 * modality, "member-profile-line",
                        subject_type=P if ctx.etype(m) is None else None)


_REF_MEMBERS_AFTER = re.compile(rf"^\s*{POSS}\s*(?:{MOD}|(?:two|three|four|five|six|other|remaining|newest|"
                                rf"two\s+youngest|two\s+oldest|[\w-]+)\s+){{0,2}}(?:members|{_MEMBER_PARTS})\b", re.I)


def reference_apposition_candidates(ctx: Context) -> Iterator[Candidate]:
    """People set off by a reference to the band and their part in it: "Sanghoon and
    Dante, the group's two youngest members,", "Reggie Thibodeaux, the band's
    trombonist, and singer Della Lynn Mabus" (a part named for the next name of the
    list makes it a member too)."""
    doc = ctx.doc
    for ref in ctx.mentions:
        if ref.source != "description" or ctx.etype(ref) is not G or not ref.text.lower().startswith(("the ", "this ")):
            continue
        ms = [m for m in ctx.by_sent.get(ref.sent, []) if not m.pronoun]
        person = next((m for m in reversed(ms) if m.end <= ref.start), None)
        if person is None or not re.fullmatch(r"\s*,\s*", ctx.between(person, ref)) or ctx.etype(person) is not P:
            continue
        part = _REF_MEMBERS_AFTER.match(ctx.after(ref, 60))
        if part is None:
            continue
        plural = part.group(0).lower().rstrip().endswith("members")
        people = coordinated_before(ctx, person) if plural else [person]
        # "..., the band's trombonist, and singer B": the list goes on with a part of its own
        close = ctx.tokens[ref.end - 1].idx + len(ctx.tokens[ref.end - 1]) + part.end()
        tail = re.match(rf"[^,.;]{{0,20}},\s*and\s+{MOD}?(?:[\w-]+\s+)?{_MEMBER_PARTS}\s+", ctx.text[close:close + 60],
                        re.I)
        if tail is not None:
            nxt = next((m for m in ms if tokens(doc)[m.start].idx == close + tail.end()), None)
            if nxt is not None and ctx.etype(nxt) is P:
                people.append(nxt)
        sent = ctx.sents[ref.sent]
        modality = statement_modality(sent)
        if modality == 0.3:
            modality = 1.0  # the part stands whatever the sentence denies
        if modality == 0.0:
            continue
        for p in people:
            # "Sanghoon and Dante, the group's two youngest members": a listed name NER left untyped is a person
            if not (ctx.etype(p) is P or (plural and ctx.etype(p) is None and person_or_untyped(ctx, p))) or (
                    p.entity == ref.entity):
                continue
            start, end = ctx.char_span(p, ref)
            yield Candidate("MEMBER_OF", p.entity, ref.entity, start, end, sent, 0.75 * modality,
                            "reference-apposition-part", subject_type=P if ctx.etype(p) is None else None)


_UNIT_OF = re.compile(rf"{POSS}\s*(?:[\w-]+\s+){{0,2}}?(?:sub-?\s?-?\s?unit|unit|sub-group|subgroup)\s*,?\s*", re.I)
_UNIT_LIST = re.compile(rf"\s*,?\s*(?:\(|(?:which\s+is\s+|is\s+)?(?:made up of|consisting of|comprising|"
                        rf"featuring|composed of|formed by|with|of)\s+)(?:{MOD}?(?:[\w-]+\s+)?{_MEMBER_PARTS}\s+)?", re.I)


# "- made up of", ", consisting of": the list of a unit the sentence leaves unnamed
_UNNAMED_UNIT_LIST = re.compile(rf"\s*(?:,|--|[-–—])?\s*(?:which\s+is\s+|is\s+)?(?:made up of|consisting of|comprising|"
                                rf"composed of|formed by)\s+(?:{MOD}?(?:[\w-]+\s+)?{_MEMBER_PARTS}\s+)?", re.I)


def sub_unit_candidates(ctx: Context) -> Iterator[Candidate]:
    """The members of a band's sub-unit are the band's members: "CIRRA's first
    sub-unit, CIRRA-X, made up of Yeri, Sohee and Japanese member Mio" (and of
    the unit, when its name is a name of its own). A unit left unnamed where its members
    are listed ("CIRRA's Japanese sub-unit - made up of Mio, Rina and Aoi -") is the one
    the story names as that band's unit elsewhere ("CIRRA's Japanese Unit MIRA")."""
    units: dict[int, Mention] = {}  # owner entity -> the unit named after "owner's unit"
    unnamed: list[tuple[Mention, int]] = []  # (owner, where the list of an unnamed unit starts)
    for owner in ctx.mentions:
        if owner.pronoun and not (owner.source == "description" and ctx.etype(owner) is G):
            continue
        if not ctx.fits(owner, {G}, True):
            continue
        unit_of = _UNIT_OF.match(ctx.text, ctx.char_span(owner)[1])
        if unit_of is None:
            continue
        ms = [m for m in ctx.by_sent.get(owner.sent, []) if not m.pronoun and ctx.tokens[m.start].idx >= unit_of.end()]
        if not ms or ctx.tokens[ms[0].start].idx != unit_of.end():
            opened = _UNNAMED_UNIT_LIST.match(ctx.text, unit_of.end())
            if opened is not None and ms and ctx.tokens[ms[0].start].idx == opened.end():
                unnamed.append((owner, opened.end()))
            continue
        unit, split = ms[0], False
        while len(ms) > 1 and re.fullmatch(r"[-:/]+", ctx.between(unit, ms[1])):
            ms = ms[1:]  # "AURIS-Z", "BLUSH//CODE:LOVE": a name in pieces is no name of the unit to give facts to
            unit, split = ms[0], True
        if not split and unit.entity != owner.entity and ctx.fits(unit, {G}, True):
            units.setdefault(owner.entity, unit)
        listed_at = _UNIT_LIST.match(ctx.text, ctx.char_span(unit)[1])
        if listed_at is None or len(ms) < 2 or ctx.tokens[ms[1].start].idx != listed_at.end():
            continue
        listed = listed_run(ctx, ms[1], ms[2:], lambda between, _: bool(_SET_OFF_STEP.fullmatch(between)))
        if len(listed) < 2 or not all(person_or_untyped(ctx, x) for x in listed):
            continue
        sent = ctx.sents[owner.sent]
        modality = statement_modality(sent)
        if modality == 0.0:
            continue
        for person in listed:
            start, end = ctx.char_span(owner, person)
            for band in (owner, unit):
                if band is unit and (split or band.entity in {owner.entity, person.entity}):
                    continue
                yield Candidate("MEMBER_OF", person.entity, band.entity, start, end, sent, 0.75 * modality,
                                "sub-unit-members", subject_type=P if ctx.etype(person) is None else None,
                                object_type=implied_type("MEMBER_OF", False, band, ctx))
    for owner, at in unnamed:
        ms = [m for m in ctx.by_sent.get(owner.sent, []) if not m.pronoun and ctx.tokens[m.start].idx >= at]
        listed = listed_run(ctx, ms[0], ms[1:], lambda between, _: bool(_SET_OFF_STEP.fullmatch(between)))
        if len(listed) < 2 or not all(person_or_untyped(ctx, x) for x in listed) or not any(
                ctx.etype(x) is P for x in listed):
            continue
        sent = ctx.sents[owner.sent]
        modality = statement_modality(sent)
        if modality == 0.0:
            continue
        bands = [owner] + ([units[owner.entity]] if owner.entity in units else [])
        for person in listed:
            start, end = ctx.char_span(owner, person)
            for band in bands:
                if band.entity == person.entity:
                    continue
                yield Candidate("MEMBER_OF", person.entity, band.entity, start, end, sent, 0.75 * modality,
                                "sub-unit-members", subject_type=P if ctx.etype(person) is None else None,
                                object_type=implied_type("MEMBER_OF", False, band, ctx))


def _named_after_band_noun(ctx: Context, verb: Token) -> list[Mention]:
    """The name set off right after the band noun a verb takes: "have formed a new band,
    The Day Shifts," (the parser may hang the name anywhere; NER may call it a work)."""
    for c in verb.children:
        if c.dep_ != "dobj" or c.lower_ not in GROUP_NOUNS:
            continue
        end = c.idx + len(c)
        gap = re.match(r"\s*,\s*|\s+called\s+|\s+named\s+", ctx.text[end:end + 12])
        m = ctx.token_mention.get(c.i + 1 + (1 if gap and "," in gap.group(0) else 0)) if gap else None
        if gap and gap.group(0).strip() in {"called", "named"}:
            m = ctx.token_mention.get(c.i + 2)
        if m is not None and not m.pronoun and ctx.tokens[m.start].idx == end + gap.end() and ctx.etype(m) is not P \
                and m.source.split("+")[0] in TYPEABLE_SOURCES | {"ner:WORK_OF_ART", "ner:ORG"}:
            return [m]
    return []


# -- membership from make-up descriptions, replacements and guides ---------------------------------------


def _in_side_clause(ctx: Context, m: Mention, sent: Span) -> bool:
    """``m`` sits in a relative clause that hangs on someone else's name: "New drummer
    A replaces B, who left last year to join Lilac Fuzz" (Lilac Fuzz is B's band, not
    the band A's role belongs to)."""
    node = ctx.doc[m.start:m.end].root
    while node.head.i != node.i and node.i >= sent.start:
        if node.dep_ == "relcl" and ctx.token_mention.get(node.head.i) is not None:
            return True
        node = node.head
    return False


# -- replacements, interviews, bands named after their leader, member profile blocks ------------------------


def article_band(ctx: Context) -> Mention | None:
    """The band the whole article is about: named at least three times and more than
    twice as often as any other band (a member guide, an interview with its singer).
    Before typing has settled, a name typed nothing yet that could be a band counts too
    ("AURIS" in a K-pop story), but only when no name is typed a band."""
    counts = ctx.mention_counts(G)
    if not counts:
        counts = Counter(m.entity for m in ctx.mentions if not m.pronoun and ctx.etype(m) is None
                         and m.source.split("+")[0] in {"caps", "ner:ORG"} and ctx.fits(m, {G}, True))
    ranked = sorted(counts, key=lambda e: -counts[e])
    if not ranked or counts[ranked[0]] < 3 or (len(ranked) > 1 and counts[ranked[1]] * 2 > counts[ranked[0]]):
        return None
    return next(m for m in ctx.mentions if m.entity == ranked[0] and not m.pronoun)


_RELATIVE_WORDS = frozenset({"who", "that", "which"})


def _relative_antecedent(ctx: Context, verb: Token) -> list[Mention]:
    """The name a relative clause hangs on, for a verb inside it with no subject of
    its own: "Ned Rooney, who quit in 2021 to join Mossgrove" (join -> Ned Rooney)."""
    node = verb
    while node.dep_ in {"xcomp", "conj"} and node.head.i != node.i and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in node.children):
        node = node.head
    if node.dep_ != "relcl" or not any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in _RELATIVE_WORDS
                                       for c in node.children):
        return []
    return [m for m in mentions_in(ctx, [node.head]) if not m.pronoun]


def _sentence_band(ctx: Context, sent_index: int) -> Mention | None:
    """The band a sentence about a line-up change is about: the one band it names that
    is not someone's former band ("formerly of X"), a qualifier ("Pylon Kids
    guitarist A") or in a clause about someone else; else the band of the passage
    or of the article."""
    sent = ctx.sents[sent_index]
    named = {}
    for m in ctx.by_sent.get(sent_index, []):
        if m.pronoun or ctx.etype(m) is not G or _in_side_clause(ctx, m, sent):
            continue
        if re.search(r"\b(?:of|from|with|in|join|joined|joining)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?$", ctx.before(m, 50)):
            continue  # "formerly of Grimsby hardcore mob Iron Hymnal": another band of the newcomer's
        if re.match(rf"^\s*{POSS}?\s*{MOD}?(?:[\w-]+\s+)?(?:{ROLE}|{_MEMBER_PARTS})\b", ctx.after(m, 30), re.I):
            continue  # "former Pylon Kids guitarist June Nwachukwu"
        named[m.entity] = m
    if len(named) > 1:
        return None
    if named:
        return next(iter(named.values()))
    return _passage_band(ctx, sent_index)


def _passage_band(ctx: Context, sent_index: int) -> Mention | None:
    """The band a sentence that names none is about: the band of the passage, the one
    band the article has named so far, the band of the whole story or of its headline."""
    return _member_focus(ctx, sent_index) or (_only_recent_group(ctx, sent_index) if len(
        ctx.mention_counts(G)) == 1 else None) or article_band(ctx) or headline_band(ctx)


# "her replacement is A", "A is his replacement", "A will take his place", "A steps in for B"
_REPLACEMENT_BEFORE = re.compile(r"\b(?:his|her|their)\s+(?:[\w-]+\s+)?replacement\s+(?:is|was|will\s+be|:)\s*$", re.I)
_REPLACEMENT_AFTER = re.compile(r"^\s*(?:,\s*(?:[^,]{0,60}),\s*)?(?:(?:will|has|have|is|was|had|to)\s+)*"
                                r"(?:(?:take|takes|took|taking)\s+(?:his|her|their)\s+place|"
                                r"(?:is|was)\s+(?:his|her|their)\s+replacement)\b", re.I)


def replacement_candidates(ctx: Context) -> Iterator[Candidate]:
    """Line-up changes: who replaces a band member joins that band, and the one replaced
    was in it: "New drummer A replaces B, who left last year", "Her replacement is A",
    "former Pylon Kids guitarist A will take his place". The band is the one the
    sentence (or the passage, or the article) is about."""
    if "plac" not in ctx.text.lower():
        return  # every wording read here holds "replac…" or "place"; most articles hold neither
    for sent_index, ms in ctx.by_sent.items():
        sent = ctx.sents[sent_index]
        pairs: list[tuple[Mention, Mention | None, Token | None]] = []  # (newcomer, replaced, anchor)
        for m in ms:
            if m.pronoun or ctx.etype(m) is not P:
                continue
            if _REPLACEMENT_BEFORE.search(ctx.before(m, 40)) or _REPLACEMENT_AFTER.match(ctx.after(m, 100)):
                pairs.append((m, None, None))
        for tok in span_tokens(sent):
            if tok.lemma_.lower() != "replace" or tok.pos_ != "VERB" or (tok.tag_ == "VBN" and not any(
                    c.dep_ == "aux" for c in tok.children)):
                continue
            newcomers = [m for m in subject_mentions(ctx, tok) or _relative_antecedent(ctx, tok) if ctx.etype(m) is P]
            replaced = [m for c in tok.children if c.dep_ == "dobj" for m in mentions_in(ctx, [c])
                        if ctx.etype(m) is P and not m.pronoun]
            if any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children):
                continue  # "A replaced B as host": a post, not a place in the band
            for new in newcomers:
                pairs.append((new, replaced[0] if replaced else None, tok))
        if not pairs:
            continue
        band = _sentence_band(ctx, sent_index)
        if band is None:
            continue
        for new, old, anchor in pairs:
            modality = statement_modality(sent, anchor) if anchor is not None else statement_modality(sent)
            if modality == 0.0:
                continue
            for person, conf in ((new, 0.75), (old, 0.7)):
                if person is None or person.entity == band.entity:
                    continue
                start, end = ctx.char_span(person)
                yield Candidate("MEMBER_OF", person.entity, band.entity, start, end, sent, conf * modality,
                                "replacement-joins-band", object_type=G)


_OUR_PART = rf"(?:{MOD}?(?:{_MEMBER_PARTS}|bass player|drummer|keys player))"


def our_role_candidates(ctx: Context) -> Iterator[Candidate]:
    """In an interview with a band member, "our drummer" is the band's drummer: "Benny
    Ashe, our drummer, still rings me", "me, Kit and our bass player Roisin Kell".
    The band is the one the article is about."""
    band = None
    for m in ctx.mentions:
        if m.pronoun or ctx.etype(m) is not P:
            continue
        before = re.search(rf"\bour\s+{_OUR_PART}\s*,?\s*$", ctx.before(m, 50), re.I)
        after = re.match(rf"^\s*,\s*(?:(?:who\s+is|who's|is|was)\s+)?our\s+{_OUR_PART}\b", ctx.after(m, 50), re.I)
        if not (before or after):
            continue
        # the band the story is about, or the one band it names (an interview may name it only in its title)
        band = band or article_band(ctx) or (next((x for x in ctx.mentions if not x.pronoun and ctx.etype(x) is G),
                                                  None) if len(ctx.mention_counts(G)) == 1 else None)
        if band is None:
            return
        sent = ctx.sents[m.sent]
        modality = _role_modality(sent, ctx.tokens[m.start])
        if modality == 0.0 or m.entity == band.entity:
            continue
        start, end = ctx.char_span(m)
        yield Candidate("MEMBER_OF", m.entity, band.entity, start, end, sent, 0.7 * modality, "our-band-role",
                        object_type=G)


_LEADER_ENSEMBLE = re.compile(r"^(?:the\s+)?(.+?)\s+(?:trio|quartet|quintet|sextet|septet|octet|nonet|big band|band|"
                              r"orchestra|ensemble|combo|group|experience|project|collective)$", re.I)


def named_after_leader_candidates(ctx: Context) -> Iterator[Candidate]:
    """A band named after its leader has the leader in it: "The Ottilie Brandvold
    Quintet" and the saxophonist Ottilie Brandvold named in the same story."""
    people: dict[str, int] = {}
    for m in ctx.mentions:
        if not m.pronoun and ctx.etype(m) is P and len(m.text.split()) >= 2:
            people.setdefault(m.text.lower(), m.entity)
    if not people:
        return
    seen: set[tuple[int, int]] = set()
    for g in ctx.mentions:
        if g.pronoun or ctx.etype(g) is not G:
            continue
        named = _LEADER_ENSEMBLE.match(g.text)
        leader = people.get(named.group(1).lower()) if named else None
        if leader is None or leader == g.entity or (leader, g.entity) in seen:
            continue
        seen.add((leader, g.entity))
        sent = ctx.sents[g.sent]
        start, end = ctx.char_span(g)
        yield Candidate("MEMBER_OF", leader, g.entity, start, end, sent, 0.75, "band-named-after-leader",
                        subject_type=P, object_type=G)


_PROFILE_FIELD = re.compile(r"\n[ \t]*(?:birth\s+name|real\s+name|full\s+name|position|positions|role|"
                            r"date\s+of\s+birth|birthday|born)\s*:", re.I)


def profile_block_candidates(ctx: Context) -> Iterator[Candidate]:
    """A member guide in blocks: a line holding only a stage name, then lines of
    fields ("Birth name: ...", "Position: Main dancer"). Two such blocks at least
    make a guide; its members are the band the article is about."""

    found: list[Mention] = []
    for m in ctx.mentions:
        if m.pronoun:
            continue
        start, end = ctx.char_span(m)
        line_start = ctx.text.rfind("\n", 0, start) + 1
        line_end = ctx.text.find("\n", end)
        if line_end < 0 or ctx.text[line_start:start].strip() or ctx.text[end:line_end].strip():
            continue
        if not _PROFILE_FIELD.match(ctx.text, line_end):
            continue
        if not (ctx.etype(m) in {P, None} and (ctx.etype(m) is P or person_or_untyped(ctx, m)
                                               or m.text.isupper())):
            continue
        found.append(m)
    if len(found) < 2:
        return
    band = article_band(ctx)
    if band is None:
        return
    for m in found:
        if m.entity == band.entity:
            continue
        sent = ctx.sents[m.sent]
        start, end = ctx.char_span(m)
        yield Candidate("MEMBER_OF", m.entity, band.entity, start, end, sent, 0.75, "member-profile-block",
                        subject_type=P if ctx.etype(m) is None else None, object_type=G)



# -- line-ups named by a verb or "line-up of", rosters a band "includes" ------------------------------------

_PART_PLURAL = rf"(?:{_MEMBER_PARTS}s?)"

# "the line-up of", "the line-up on the album is", "whose line-up now includes"
_LINEUP_INTRO = re.compile(r"\s+(?:(?:on|for)\s+(?:the|their|its|this|that)\s+(?:[\w'’-]+\s+){0,3}?)?"
                           r"(?:(?:now|still|also)\s+)?(?:of|is|was|remains|comprises|comprised|includes|included|"
                           r"(?:is|was)\s+(?:completed|rounded\s+out|filled\s+out)\s+by)\s+", re.I)

_ROLED_STEP = re.compile(rf"{PART}\s*(?:,|,?\s*and|&)\s+(?:{MOD}?(?:[\w-]+\s+)?{_PART_PLURAL}\s+)?", re.I)
# the same, past a relative clause on the name before: "bassist A, who rejoined in 2021, and drummer B"
_ROLED_STEP_PAST_CLAUSE = re.compile(rf"\s*,\s*(?:who|which)\s[^;:()]{{0,140}}?,{_ROLED_STEP.pattern}", re.I)
_ROLE_BEFORE = re.compile(rf"\b{MOD}?{_PART_PLURAL}\s+$", re.I)


def lineup_of_candidates(ctx: Context) -> Iterator[Candidate]:
    """A line-up spelled out after "line-up of" or "the line-up is", most names with
    their part: "Grohl now leads a line-up of guitarists A and B, bassist C and
    keyboardist D", "The line-up on the record is Tull, bassist A and drummer B". The
    band is the one whose line-up it is, else the band of the sentence or the story.
    A bill of acts ("a line-up of A, B and C") names no parts, and gives nothing."""
    for sent_index, ms in ctx.by_sent.items():
        sent = ctx.sents[sent_index]
        named = [m for m in ms if not m.pronoun]
        for tok in span_tokens(sent):
            noun_at = _lineup_noun_start(ctx, tok)
            if noun_at is None:
                continue
            hit = _LINEUP_INTRO.match(ctx.text, tok.idx + len(tok))
            if hit is None:
                continue
            first = next((m for m in named if ctx.char_span(m)[0] >= hit.end()), None)
            if first is None or not person_or_untyped(ctx, first) or not re.fullmatch(
                    rf"(?:{MOD}?(?:[\w-]+\s+)?{_PART_PLURAL}\s+)?", ctx.text[hit.end():ctx.char_span(first)[0]], re.I):
                continue
            rest = [x for x in named[named.index(first) + 1:] if not _in_side_clause(ctx, x, sent)]
            listed = listed_run(ctx, first, rest, lambda between, x: bool(
                _ROLED_STEP.fullmatch(between) or _ROLED_STEP_PAST_CLAUSE.fullmatch(between)) and person_or_untyped(
                ctx, x))
            roled = sum(1 for x in listed if _ROLE_BEFORE.search(ctx.before(x, 40)))
            if len(listed) < 2 or roled * 2 < len(listed) or not any(ctx.etype(x) is P for x in listed):
                continue
            owner = _lineup_owner(ctx, noun_at)
            group = owner if owner is not None and ctx.etype(owner) is G else _sentence_band(ctx, sent_index)
            modality = statement_modality(sent, tok)
            if group is None or modality == 0.0:
                continue
            for person in listed:
                if person.entity == group.entity:
                    continue
                end = ctx.char_span(person)[1]
                yield Candidate("MEMBER_OF", person.entity, group.entity, tok.idx, end, sent, 0.75 * modality,
                                "lineup-of", subject_type=P if ctx.etype(person) is None else None,
                                object_type=implied_type("MEMBER_OF", False, group, ctx))


def _lineup_noun_start(ctx: Context, tok: Token) -> int | None:
    """Where the noun "line-up" that ends at ``tok`` starts ("lineup", or "line", "-", "up"
    as the tokenizer splits it), else None."""
    if tok.lower_ in {"line-up", "lineup"}:
        return tok.i
    if tok.lower_ == "up" and tok.i >= 2 and ctx.tokens[tok.i - 1].text == "-" and ctx.tokens[tok.i - 2].lower_ == "line" \
            and not ctx.tokens[tok.i - 2].whitespace_ and not ctx.tokens[tok.i - 1].whitespace_:
        return tok.i - 2
    return None


_ROSTER_LEMMAS = frozenset({"include", "comprise", "count"})


def roster_verb_candidates(ctx: Context) -> Iterator[Candidate]:
    """A band that "includes" people, or "counts" them "among its members", has them in
    it: "The group, formed in 2015, also included Dae and Rowe", "the crew, which at
    times counted A and B among its members". The subject must be the band itself (a
    tour, a bill or an album that includes someone says nothing about membership)."""
    for tok in ctx.tokens:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _ROSTER_LEMMAS:
            continue
        among = any(c.dep_ == "prep" and c.lower_ == "among" and any(
            g.lower_ in {"members", "ranks", "line-up", "lineup"} for g in c.children) for c in tok.children)
        if tok.lemma_.lower() == "count" and not among:
            continue
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        bands = [m for c in subjects for m in mentions_in(ctx, [c]) if ctx.etype(m) is G and (
            not m.pronoun or m.source == "description")]
        if not bands and tok.dep_ == "relcl" and any(c.lower_ in {"which", "that", "who"} for c in subjects):
            bands = [m for m in mentions_in(ctx, [tok.head]) if ctx.etype(m) is G and (
                not m.pronoun or m.source == "description")]
        if len({b.entity for b in bands}) != 1:
            continue
        band = bands[0]
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        # the object and its conjuncts ("A, who left in 2019, and B"), or the list its first name opens
        heads = [m for c in objects for x in (c, *c.conjuncts) for m in mentions_in(ctx, [x]) if not m.pronoun]
        people = list({m.entity: m for m in [*heads, *[x for m in heads[:1] for x in coordinated(ctx, m)]]}.values())
        if not people or not all(person_or_untyped(ctx, m) for m in people) or not any(
                ctx.etype(m) is P for m in people):
            continue
        yield from _listed_members(ctx, people, band, tok, 0.75, "band-includes-people", from_verb=True)


def _listed_members(ctx: Context, people: list[Mention], band: Mention, verb: Token, confidence: float, rule: str,
                    from_verb: bool = False) -> Iterator[Candidate]:
    """MEMBER_OF for each person a clause lists as the band's, unless the statement of ``verb`` is
    denied or negated; the evidence runs from the band (or from the verb) to each person."""
    sent = sentence_of(verb.doc, verb.i)
    modality = statement_modality(sent, verb)
    if modality == 0.0 or clause_negated(verb):
        return
    for person in people:
        if person.entity == band.entity:
            continue
        start, end = (verb.idx, ctx.char_span(person)[1]) if from_verb else ctx.char_span(band, person)
        yield Candidate("MEMBER_OF", person.entity, band.entity, start, end, sent, confidence * modality, rule,
                        subject_type=P if ctx.etype(person) is None else None)


# "Hollow Pines are singer A, guitarist B and bassist C": a band said to *be* a list of people is made of them
_BAND_IS = re.compile(r"^\s*(?:are|is|were|was)\s+(?:(?:now|still|currently|today)\s+)?", re.I)
_PLAIN_STEP = re.compile(rf"{PART}\s*(?:,|,?\s*and|&)\s+(?:{MOD}?(?:[\w-]+\s+)?{_PART_PLURAL}\s+)?", re.I)
# what may follow the last name: the clause ends, or a relative clause on the list opens
_LIST_END = re.compile(r"^\s*(?:$|[.;:!?]|[–—]|\s-\s|,\s*(?:who|both|all|each)\b|\(|\s(?:who|since|from|in)\b)")


def band_is_people_candidates(ctx: Context) -> Iterator[Candidate]:
    """A band that "is" or "are" two or more people, most often with their parts, is made of
    them: "Hollow Pines are singer A, guitarist B and bassist C", "Velvet Tides are A and B,
    who met at art school". The band must be the clause's subject, and the list the whole
    complement (not "... are A and B's favourite band")."""
    for g in ctx.mentions:
        if g.pronoun or ctx.etype(g) is not G:
            continue
        hit = _BAND_IS.match(ctx.after(g, 40))
        if hit is None or ctx.doc[g.start:g.end].root.dep_ != "nsubj":
            continue
        at = ctx.char_ends[g.end - 1] + hit.end()
        named = [m for m in ctx.by_sent.get(g.sent, []) if not m.pronoun and m.start >= g.end]
        first = next((m for m in named if ctx.char_starts[m.start] >= at), None)
        if first is None or ctx.etype(first) is not P or not re.fullmatch(
                rf"(?:{MOD}?(?:[\w-]+\s+)?{_PART_PLURAL}\s+)?", ctx.text[at:ctx.char_starts[first.start]], re.I):
            continue
        listed = listed_run(ctx, first, named[named.index(first) + 1:], lambda between, x: bool(
            _PLAIN_STEP.fullmatch(between)) and person_or_untyped(ctx, x))
        if len(listed) < 2 or not _LIST_END.match(ctx.after(listed[-1], 20)):
            continue
        yield from _listed_members(ctx, listed, g, ctx.doc[g.start:g.end].root.head, 0.8, "band-is-people")


def fronted_by_candidates(ctx: Context) -> Iterator[Candidate]:
    """A band "fronted by" someone has them in it, the band named or only described: "The
    piano-pop band fronted by A - with guitarist B ... - wrote it", "the group, fronted by A and
    B since 2010,"."""
    for tok in ctx.tokens:
        if tok.lower_ != "fronted" or tok.dep_ not in {"acl", "ROOT", "relcl"}:
            continue
        agents = [c for c in tok.children if c.dep_ == "agent"]
        if not agents:
            continue
        host = tok.head if tok.dep_ == "acl" else next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if host is None:
            continue
        # a description stands for the band only as the clause's subject ("The piano-pop band fronted by A wrote
        # it"); as an object ("teams the California band fronted by A with B") it is too often another band
        groups = [m for m in mentions_in(ctx, [host]) if ctx.etype(m) is G and (not m.pronoun or (
            m.source == "description" and m.end - 1 == host.i and host.dep_ in {"nsubj", "nsubjpass"}))]
        if host.lower_ in GROUP_NOUNS and host.dep_ == "appos":
            named = ctx.token_mention.get(host.head.i)
            if named is not None and not named.pronoun and ctx.etype(named) is G:
                groups = [named]  # "Velvet Tides, the band fronted by A": the name, not what "the band" resolved to
        people = [m for a in agents for m in mentions_in(ctx, list(a.subtree)) if not m.pronoun and ctx.etype(m) is P
                  and ctx.doc[m.start:m.end].root.dep_ != "poss"]  # "fronted by Simpson's brother": not Simpson
        if len({g.entity for g in groups}) != 1 or not people:
            continue
        sent = sentence_of(tok.doc, tok.i)
        modality = statement_modality(sent, tok)
        if modality == 0.0 or clause_negated(tok):
            continue
        for person in people:
            if person.entity == groups[0].entity:
                continue
            _, end = ctx.char_span(person)
            yield Candidate("MEMBER_OF", person.entity, groups[0].entity, tok.idx, end, sent, 0.8 * modality,
                            "fronted-by")


_WHOSE_PART = re.compile(r"(?:(?:former|founding|original|new|late|current|lead|main)\s+)?(?:singer|vocalist|rapper|"
                         r"frontman|frontwoman|guitarist|bassist|drummer|keyboardist|pianist|leader|lead singer|"
                         r"lead vocalist|members?|co-founder|founder|dj|mc)s?", re.I)


def whose_role_candidates(ctx: Context) -> Iterator[Candidate]:
    """A band with a relative clause on its part names the one who plays it: "Lantern Row,
    whose singer Paula Mendez wrote it", "the band Lantern Row, whose drummer, Ned Flax, left"."""
    if "whose" not in ctx.text:
        return
    for j, tok in enumerate(ctx.tokens):
        if tok.lower_ != "whose" or j < 2 or ctx.tokens[j - 1].text != ",":
            continue
        band = ctx.token_mention.get(j - 2)
        if band is None or band.pronoun or band.end != j - 1 or not ctx.fits(band, {G}, True, any_source=True):
            continue
        # the part, then the name (set off by commas or not): "whose singer Paula Mendez", "whose drummer, Ned Flax,"
        k = j + 1
        while k < min(j + 5, sentence_of(tok.doc, tok.i).end) and k not in ctx.token_mention:
            k += 1
        person = ctx.token_mention.get(k)
        if person is None or person.pronoun or ctx.etype(person) is not P:
            continue
        part = ctx.text[ctx.tokens[j].idx + len(ctx.tokens[j]):ctx.char_starts[person.start]].strip(" ,")
        if not _WHOSE_PART.fullmatch(part):
            continue
        sent = sentence_of(tok.doc, tok.i)
        modality = _role_modality(sent, tok)
        if modality == 0.0:
            continue
        _, end = ctx.char_span(person)
        yield Candidate("MEMBER_OF", person.entity, band.entity, ctx.char_starts[band.start], end, sent,
                        0.8 * modality, "band-whose-part", object_type=G if ctx.etype(band) is None else None)


# A fact-box line: "▶ LINE-UP: A (leader) · B · C", "Members: A / B / C"
_LINEUP_LINE = re.compile(r"(?im)^[^\w\n]{0,3}[ \t]*(?:(?:the|current)\s+)?(?:line-?up|members)[ \t]*:[ \t]*(?=\S)")
_BILL_WORDS = re.compile(r"\b(?:festivals?|fest|bill|concert series|support acts?|headlin\w*)\b", re.I)
_LINE_LEFTOVER = re.compile(r"(?:[\s·•|/,&;]|\band\b|[(][a-z ,/&-]{2,24}[)])*", re.I)


def lineup_line_candidates(ctx: Context) -> Iterator[Candidate]:
    """A line that only lists names after "Line-up:" or "Members:", set apart by commas, dots
    or slashes (a part in brackets allowed), lists the members of the story's band: the fact
    box under a K-pop story, "▶ LINE-UP: Yena (leader) · Soha · Mirae"."""
    if ":" not in ctx.text:
        return
    for hit in _LINEUP_LINE.finditer(ctx.text):
        line_end = ctx.text.find("\n", hit.end())
        line_end = len(ctx.text) if line_end < 0 else line_end
        names = [m for m in ctx.mentions if not m.pronoun and hit.end() <= ctx.char_starts[m.start] < line_end]
        if len(names) < 2 or not all(person_or_untyped(ctx, m) for m in names) or not any(
                ctx.etype(m) is P for m in names):
            continue
        cut, at = [], hit.end()
        for m in names:
            cut.append(ctx.text[at:ctx.char_starts[m.start]])
            at = ctx.char_ends[m.end - 1]
        cut.append(ctx.text[at:line_end])
        if cut[0].strip() or not all(_LINE_LEFTOVER.fullmatch(c) for c in cut):
            continue  # more than names on the line
        headline = ctx.sents[0].text if ctx.sents else ""
        if "member" not in hit.group(0).lower() and _BILL_WORDS.search(headline):
            continue  # the line-up of a festival (or a bill) the story is about names acts
        band = article_band(ctx) or headline_band(ctx) or _passage_band(ctx, names[0].sent)
        if band is None:
            continue
        for m in names:
            if m.entity == band.entity:
                continue
            start, end = ctx.char_span(m)
            yield Candidate("MEMBER_OF", m.entity, band.entity, start, end, ctx.sents[m.sent], 0.75, "lineup-line",
                            subject_type=P if ctx.etype(m) is None else None,
                            object_type=G if ctx.etype(band) is None else None)
