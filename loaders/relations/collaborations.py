"""COLLABORATED_WITH: collaboration verbs and nouns, partner phrasings read from the
words between two names, and credit lines ("A - B, C & D")."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from artistgraph.graph.model import EntityType
from artistgraph.loaders.lexicon import PERSON_ROLES
from artistgraph.loaders.mentions import Mention, sentence_of, span_text, tokens
from artistgraph.loaders.relations.context import ART, Candidate, Context, R, clause_negated, statement_modality
from artistgraph.loaders.relations.coordination import coordinated, coordinated_before
from artistgraph.loaders.relations.lookups import artistlike, is_musician, is_qualifier, mentions_in, possessive_owner
from artistgraph.loaders.relations.pairs import artist_guess, inside_clause, qualifies_partner
from artistgraph.loaders.relations.wording import POSS, QEND, ROLE


def subject_mentions(ctx: Context, verb: Token) -> list[Mention]:
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            # "Moru of VORS": the group in a modifier is not a second subject
            return [m for m in mentions_in(ctx, list(child.subtree)) if artistlike(ctx, m)
                    and not possessive_owner(ctx, m) and not inside_clause(ctx, m, child)
                    and not qualifies_partner(ctx, m)
                    and not (m.start > 0 and ctx.tokens[m.start - 1].lower_ in {"of", "from", "behind", "in", "by"})
                    and not (m.start > 1 and ctx.tokens[m.start - 1].lower_ in {"the"} and
                             ctx.tokens[m.start - 2].lower_ in {"of", "from", "behind", "in", "by"})]
    if verb.dep_ in {"xcomp", "conj", "advcl", "ccomp", "relcl", "acl"} and verb.head.i != verb.i:
        if verb.dep_ == "relcl":
            return [m for m in mentions_in(ctx, [verb.head]) if artistlike(ctx, m)]
        return subject_mentions(ctx, verb.head)
    return []


_COLLAB_VERBS = {"collaborate", "team", "partner", "duet", "unite", "pair", "join", "work", "record", "link",
                 "tour", "co-headline", "make", "create", "release", "cut", "reunite"}

# Verbs that only mean working together with "together" ("the song they made together with VORS")
_TOGETHER_VERBS = {"make", "create", "release", "cut"}

_COLLAB_NOUNS = {"collaboration", "collab", "duet", "team-up", "partnership", "collaborator", "collaborators",
                 "co-artist", "tour", "co-headline", "road"}

# A tour shared as the support act is a shared bill, not a collaboration.
_SUPPORT_ACT = re.compile(r"\b(?:support(?:ing)?\s+(?:act|slot)|as\s+support|open(?:ing)?\s+(?:act|for|slot)|"
                          r"supporting|opener)\b"
                          # "with A in support", "with support from A", "With A and B Opening"
                          r"|\b(?:in|on)\s+support\b|\bsupport\s+from\b|\bopening\s*$|\bopening\s*[,;:(]", re.I)

# films are made with their directors; a composer who "worked with X on her debut feature" scored X's film
_FILM_WORK = {"feature", "film", "movie", "documentary", "drama", "features", "films", "movies", "documentaries"}

_RELATIVE_PRONOUNS = {"who", "which", "that"}


def collab_subjects(ctx: Context, verb: Token) -> list[Mention]:
    """The artists doing ``verb``: its subject, or the name a relative clause hangs
    on ("Steward, who sang a duet with Tamsin Banks")."""
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is not None and subj.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return [m for m in mentions_in(ctx, [verb.head]) if artistlike(ctx, m)]
    return subject_mentions(ctx, verb)


def with_partners(ctx: Context, tok: Token) -> list[Mention]:
    """Artists attached to ``tok`` by "with"/"alongside" (directly, or through
    "together"/"up"/"on the road")."""
    preps = [c for c in tok.children if c.lower_ in {"with", "alongside"}]
    preps += [g for c in tok.children if c.lower_ == "together" or c.dep_ == "prt"
              for g in c.children if g.lower_ == "with"]
    out = [m for p in preps for m in mentions_in(ctx, list(p.subtree))
           if artistlike(ctx, m) and listed_under(ctx, m, p)]
    return [m for m in out if not is_qualifier(ctx, m) and m.role != "director"]


_LIST_DEPS = {"pobj", "conj", "appos", "compound", "nmod", "cc", "punct", "amod", "npadvmod"}


def listed_under(ctx: Context, m: Mention, prep: Token) -> bool:
    """``m`` is one of the names the preposition takes, not a name inside a clause or
    a possessive hanging on them ("with Glen Rowles taking Rollo Venn's place")."""
    node = ctx.doc[m.start:m.end].root
    owner = ctx.token_mention.get(node.head.i)
    if node.dep_ in {"compound", "nmod", "amod", "poss"} and (node.head.lower_ in PERSON_ROLES or (
            owner is not None and owner is not m)):
        return False  # "with former Idle singer Glen Rowles": the band only qualifies the partner
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
        if _split_co_headline(tok):
            # "a co-headlining run with B": the tokenizer splits the word; the noun it modifies is the trigger
            tok = tok.head
            lemma = "co-headline"
            verb_trigger, noun_trigger = False, True
        else:
            lemma = tok.lemma_.lower()
            verb_trigger = tok.pos_ in {"VERB", "AUX"} and lemma in _COLLAB_VERBS
            noun_trigger = False
        if verb_trigger:
            if lemma == "join" and not any(c.lower_ == "forces" for c in tok.children):
                continue
            if lemma in {"work", "record", "link", "pair", "team", "tour", "co-headline", "reunite"} and not any(
                    c.lower_ in {"with", "together", "up", "alongside"} for c in tok.children) and not (
                    lemma in _MATCH_VERBS and _object_with(tok) is not None):
                continue
            if lemma in _TOGETHER_VERBS and not any(c.lower_ == "together" for c in tok.children):
                continue
            if lemma in {"record", "make", "cut", "release"} and tok.tag_ == "VBN" and not any(
                    c.dep_ == "aux" for c in tok.children):
                continue  # "What Next, recorded partly with A", "it was recorded with A": said of a record
            if lemma == "tour" and not any(c.lower_ in {"together", "jointly"} for c in tok.children):
                continue  # "he has toured with Satori": a hired or supporting player, not a joint tour
        noun_trigger = noun_trigger or (tok.pos_ in {"NOUN", "PROPN"} and tok.lower_ in _COLLAB_NOUNS) or _joint_work(tok)
        if noun_trigger and tok.lower_ == "road" and not (tok.i > 1 and tokens(doc)[tok.i - 2].lower_ == "on"):
            continue  # "on the road with": touring together
        if not (verb_trigger or noun_trigger):
            continue
        sent = sentence_of(tok.doc, tok.i)
        modality = statement_modality(sent, tok)
        if modality == 0.0 or clause_negated(tok) or is_question(sent):
            continue
        if _HEARSAY.search(ctx.text[sent.start_char:tok.idx]):
            modality = min(modality, 0.45)  # "A is said to be working with B": a report, not a fact
        if lemma in {"tour", "co-headline", "road"} and _SUPPORT_ACT.search(span_text(sent)):
            continue
        if any(c.lower_ == "on" and any(g.dep_ == "pobj" and g.lower_ in _FILM_WORK for g in c.children)
               for c in tok.children):
            continue
        if tok.lower_ in {"collaborator", "collaborators", "co-artist"}:
            yield from _collaborator_noun(ctx, tok, sent, modality)
            continue
        with_objects = with_partners(ctx, tok)
        if not with_objects and noun_trigger and lemma in {"tour", "road"}:
            # "are to go on tour in the spring with X": the partner hangs on the verb
            verb = tok.head.head if tok.head.dep_ == "prep" else tok.head
            with_objects = with_partners(ctx, verb) if verb.pos_ in {"VERB", "AUX"} else []
        if not with_objects and lemma == "co-headline" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
            with_objects = with_partners(ctx, tok.head.head)  # "a string of co-headlining shows with B"
        anchor = tok  # where a subject's path up the parse ends
        if verb_trigger:
            subjects = collab_subjects(ctx, tok)
        else:
            # "“Old Flames,” his 1985 duet with Gloria Shaw": the owner of the noun is the partner
            # "his debut, a collaborative album with B": the owner of the noun it renames
            nouns = [tok, tok.head] if tok.dep_ == "appos" else [tok]
            owners = [m for n in nouns for c in n.children if c.dep_ == "poss" and c.lower_ != "their"
                      for m in mentions_in(ctx, list(c.subtree))
                      if artistlike(ctx, m) and (not m.pronoun or ctx.etype(m) in ART)
                      and (n is tok or ctx.token_mention.get(c.i) is m)]
            head = tok.head
            while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
                head = head.head
            if lemma == "co-headline" and head.dep_ == "prep" and head.head.i != head.i:
                # "keeps touring through the fall, including a co-headlining run with B": the touring verb
                head = head.head
                while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
                    head = head.head
            subjects = owners[:1] if owners else (
                collab_subjects(ctx, head) if head.pos_ in {"VERB", "AUX"} else [])
            if not owners:
                anchor = head  # the subject hangs on the verb above the noun, not on the noun
            obj = tok
            while obj.dep_ in {"nmod", "compound", "appos"} and obj.head.i != obj.i:
                obj = obj.head  # "recorded their duet “X”": the noun names the object
            if not with_objects and not owners and len(subjects) >= 2 and obj.dep_ == "dobj" and obj.head.i == head.i \
                    and head.lemma_.lower() in _MADE_VERBS:
                # "A and B recorded their duet “X”", "A and B released the joint single": made together
                with_objects = subjects[1:]
                subjects = subjects[:1]
        # "Carla Reyes, whose band X split, teamed up with Y": a name in a clause on the subject is no subject;
        # "What Next, recorded partly with drummer A": a record is made with its players, it has no partner
        subjects = [m for m in subjects if m.role != "director" and not _in_clause_on(ctx, m, anchor)
                    and ctx.etype(m) is not R]
        if lemma == "co-headline":
            # a tour plan is told of a named act; a pronoun here is read too far back too often
            # ("the label ... lost A ... a spokesperson said he plans a co-headlining run")
            subjects = [m for m in subjects if not m.pronoun]
        rule_name = "collaboration-verb" if verb_trigger else "collaboration-noun"
        if not subjects and with_objects and lemma == "co-headline" and (owner := _tour_owner(ctx, tok)) is not None:
            subjects, rule_name = [owner], "co-headline-tour-owner"
        pairs: list[tuple[Mention, Mention]] = []
        if with_objects:
            pairs = [(s, o) for s in subjects for o in with_objects]
        elif verb_trigger and len(subjects) >= 2 and lemma not in _TOGETHER_VERBS | {"tour"}:
            pairs = [(a, b) for i, a in enumerate(subjects) for b in subjects[i + 1:]]
        if verb_trigger and lemma in _MATCH_VERBS and not subjects and (obj := _object_with(tok)) is not None:
            # "the remix that pairs A with B", "“X” reunites A with B": a record brings its object and partner together
            partners = with_objects or with_partners(ctx, obj)
            objects = [m for m in mentions_in(ctx, [obj, *obj.children]) if ctx.doc[m.start:m.end].root.i == obj.i
                       and artistlike(ctx, m) and ctx.etype(m) is not R and not m.pronoun and m.role != "director"]
            # (the name itself, not a band naming a bandmate: "reunites A with his former Y bandmate")
            pairs = [(o, w) for o in objects[:1] for w in partners
                     if ctx.doc[w.start:w.end].root.dep_ in {"pobj", "conj", "appos"}]
        confidence = 0.7 if lemma in {"tour", "co-headline", "road"} else 0.8
        for a, b in pairs:
            if a.entity == b.entity:
                continue
            start, end = ctx.char_span(a, b)
            yield Candidate("COLLABORATED_WITH", a.entity, b.entity, start, end, sent,
                            (0.65 if rule_name == "co-headline-tour-owner" else confidence) * modality, rule_name,
                            subject_type=implied_artist(ctx, a), object_type=implied_artist(ctx, b))
        # "a duet with Tamsin Banks on Our Thing", "X duets with Y on Z": both sing the release
        if lemma == "duet" and pairs:
            on_release = [m for c in tok.children if c.lower_ == "on"
                          for m in mentions_in(ctx, list(c.subtree)) if ctx.etype(m) is R and not m.pronoun]
            for rel in on_release[:1]:
                for artist in {id(x): x for pair in pairs for x in pair}.values():
                    start, end = ctx.char_span(artist, rel)
                    yield Candidate("BY_ARTIST", rel.entity, artist.entity, start, end, sent, 0.75 * modality,
                                    "duet-on-release", object_type=implied_artist(ctx, artist))
    yield from _partner_phrase_candidates(ctx)
    yield from _with_whom_candidates(ctx)
    yield from _dash_credit_candidates(ctx)
    yield from _made_with_candidates(ctx)
    yield from _co_credit_by_candidates(ctx)
    yield from _co_possessed_title_candidates(ctx)


# verbs by which a song or record brings two artists together ("the remix pairs A with B")
_MATCH_VERBS = {"pair", "unite", "reunite", "team"}


def _object_with(verb: Token) -> Token | None:
    """The direct object of ``verb`` when a "with" partner hangs on the verb or on the object
    ("pairs A with B"), else None."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not any(c.lower_ == "with" for c in (*verb.children, *obj.children)):
        return None
    return obj

# "is said to be working with", "are believed to be recording": hearsay before the verb
_HEARSAY = re.compile(r"\b(?:said|believed|thought|rumou?red|understood)\s+to\s+(?:be|have)\b", re.I)

_JOINT_NOUNS = {"single", "album", "track", "song", "ep", "record", "project", "mixtape", "lp", "effort", "release",
                "hit", "smash", "topper", "chart-topper", "anthem", "tune", "number", "ballad", "remix"}

_MADE_VERBS = {"record", "release", "cut", "make", "drop", "share", "unveil", "announce", "write", "put", "finish",
               "complete", "premiere", "issue"}


_TOUR_WORDS = {"tour", "run", "trek", "dates", "shows", "leg", "it"}


def _tour_owner(ctx: Context, noun: Token) -> Mention | None:
    """The artist whose tour a sentence about "the tour" describes ("GLOSSLINE have
    confirmed an arena tour. ... The tour is a co-headlining outing with B"): the one
    artist subject of the nearest of the three sentences before that speaks of a tour,
    when the clause's own subject is the tour; else None."""
    verb = noun
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.lemma_.lower() not in _TOUR_WORDS | {"date", "show"}:
        return None
    index = ctx.sent_index.get(noun.sent.start, -1)
    for back in range(index - 1, max(-1, index - 4), -1):
        sent = ctx.sents[back]
        if not re.search(r"\btour\b", span_text(sent), re.I):
            continue
        subjects = {m.entity: m for m in subject_mentions(ctx, sent.root) if ctx.etype(m) in ART}
        return next(iter(subjects.values())) if len(subjects) == 1 else None
    return None


def _split_co_headline(tok: Token) -> bool:
    """``tok`` is "headlining"/"headline" written "co-headlining" and split by the
    tokenizer into "co", "-", "headlining", modifying a noun ("a co-headlining run")."""
    doc = tok.doc
    return (tok.lower_ in {"headlining", "headline"} and tok.i >= 2 and tokens(doc)[tok.i - 1].text == "-"
            and tokens(doc)[tok.i - 2].lower_ == "co" and tok.dep_ in {"amod", "compound"} and tok.head.i > tok.i)


def _joint_work(tok: Token) -> bool:
    """``tok`` names a work made together: "a joint single", "a collaborative album"
    (the parser may tag "single" as an adjective)."""
    return tok.pos_ in {"NOUN", "PROPN", "ADJ"} and tok.lower_ in _JOINT_NOUNS and any(
        t.lower_ in {"joint", "collaborative"} and t.dep_ in {"amod", "compound"}
        for c in tok.lefts if c.dep_ in {"amod", "compound"} for t in c.subtree)


def is_question(sent: Span) -> bool:
    """The sentence asks rather than tells ("Are A and B secretly recording together?")."""
    return span_text(sent).rstrip(" \n”\"’'").endswith("?")


def _in_clause_on(ctx: Context, m: Mention, verb: Token) -> bool:
    """``m`` sits in a relative clause or apposition between itself and ``verb``."""
    node = ctx.doc[m.start:m.end].root
    while node.head.i != node.i and node.i != verb.i:
        if node.dep_ in {"relcl", "acl", "appos"}:
            return True
        node = node.head
    return False


def _collaborator_noun(ctx: Context, tok: Token, sent: Span, modality: float) -> Iterator[Candidate]:
    """"Danny Willis' former collaborator, Roy Chalmers", "his longtime collaborator
    Ana Ruiz", "Ana Ruiz, her frequent collaborator": the owner and the named partner."""
    # "Saffron's longtime collaborator Tundra Beats" may parse with the name as head and the possessive on it
    holders = [tok, tok.head] if tok.dep_ == "compound" and tok.head.i > tok.i else [tok]
    owners = [m for h in holders for c in h.children if c.dep_ == "poss" and c.i < tok.i
              for m in mentions_in(ctx, list(c.subtree)) if artistlike(ctx, m) and (not m.pronoun or ctx.etype(m) in ART)]
    if not owners:
        return
    ms = [m for m in ctx.by_sent.get(ctx.sent_index.get(sent.start, -1), []) if not m.pronoun and artistlike(ctx, m)]
    after = next((m for m in ms if m.start > tok.i and re.fullmatch(
        r"\s*,?\s*", ctx.text[tok.idx + len(tok):ctx.tokens[m.start].idx])), None)
    left = min(t.i for t in tok.subtree)
    before = next((m for m in reversed(ms) if m.end <= left and re.fullmatch(
        r"\s*,\s*", ctx.text[ctx.tokens[m.end - 1].idx + len(ctx.tokens[m.end - 1]):ctx.tokens[left].idx])), None)
    partner = after or before
    if partner is None:
        return
    for owner in owners[:1]:
        if owner.entity == partner.entity:
            continue
        start, end = ctx.char_span(owner, partner)
        yield Candidate("COLLABORATED_WITH", owner.entity, partner.entity, start, end, sent, 0.8 * modality,
                        "possessive-collaborator", subject_type=implied_artist(ctx, owner),
                        object_type=implied_artist(ctx, partner))


def implied_artist(ctx: Context, m: Mention) -> EntityType | None:
    return None if ctx.etype(m) is not None else artist_guess(m)


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

# what two singers or players trade on a record: "trades verses", "traded lead vocals", "trading guitar solos"
_TRADED_PARTS = (r"(?:[a-z-]+\s+){0,2}?(?:verses|bars|vocals|lines|rhymes|solos|licks|riffs|harmonies|hooks|couplets|"
                 r"leads|lyrics)")

_PAIR_VERB_AFTER = re.compile(
    r"^\s*(?:(?:have|has|had|will|are|were|is|finally|once again|again|officially|also|recently|just|to)\s+)*"
    r"(?:reunit(?:e|es|ed|ing)|team(?:s|ed|ing)?\s+up|join(?:s|ed|ing)?\s+forces|link(?:s|ed|ing)?\s+up|"
    r"pair(?:s|ed|ing)?\s+up|collaborat(?:e|es|ed|ing)|duet(?:s|ted|ting)?|come\s+together|came\s+together|"
    r"coming\s+together|joined\s+up|trad(?:e|es|ed|ing)\s+" + _TRADED_PARTS + r")\b"
    r"(?!\s+(?:up\s+|again\s+)?(?:with|alongside)\b)", re.I)  # "A and B reunite with C": C is the partner

_WITH_VERB_BETWEEN = re.compile(
    r"^\s*(?:(?:has|have|had|will|is|was|are|were|also|once again|again|finally|officially|recently|just)\s+)*"
    r"(?:team(?:s|ed|ing)?|pair(?:s|ed|ing)?|partner(?:s|ed|ing)?|link(?:s|ed|ing)?|reunit(?:e|es|ed|ing)|"
    r"join(?:s|ed|ing)?\s+forces|collaborat(?:e|es|ed|ing)|duet(?:s|ted|ting)?|harmoni[sz](?:e|es|ed|ing)|"
    r"trad(?:e|es|ed|ing)\s+" + _TRADED_PARTS + r")\s+(?:up\s+|again\s+|once\s+more\s+)?"
    r"(?:with|alongside)\s+" + _ROLE_WORDS + r"$", re.I)

# "“X”, on which A traded insults and tenderness with B": on a named record any exchange is a duet's
_ON_WHICH_TRADED = re.compile(r"^\s*(?:(?:also|once)\s+)?trad(?:e|es|ed|ing)\s+(?:[\w-]+\s+){1,4}?with\s+"
                              + _ROLE_WORDS + r"$", re.I)

_GUEST_VERB = re.compile(r"^\s*(?:(?:also|then|later)\s+)?(?:guest(?:s|ed)?|features?|featured|appears?|appeared|"
                         r"joins?|joined|pops?\s+up|popped\s+up|turns?\s+up|turned\s+up)\s+(?:on|in)\b", re.I)

# "A guests on “X”, trading solos with B": a participle on the clause of A
_TRADING_AFTER = re.compile(r"^[^.;:!?]{0,100}?,\s*[”\"’']?\s*trading\s+" + _TRADED_PARTS + r"\s+with\s+" + _ROLE_WORDS + r"$",
                            re.I)

_JOINT_BEFORE = re.compile(
    r"\b(?:collaboration|collab|duet|team-up|partnership|joint\s+(?:single|album|track|song|ep|release|project|record|"
    r"mixtape|effort))\s+(?:between|by|from|of)\s+" + _ROLE_WORDS + r"$"
    # "a joint track credited to A and B": a shared credit
    r"|\bcredited\s+(?:jointly\s+|equally\s+)?to\s+" + _ROLE_WORDS + r"$", re.I)

_JOINT_AFTER = re.compile(
    r"^\s*(?:(?:[\w'’]+\s+){0,4}?(?:a|an|their|the)\s+(?:new\s+|first\s+|second\s+|surprise\s+|long-awaited\s+)?"
    r"(?:joint|collaborative)\s+(?:[a-z-]+\s+)?(?:single|album|track|song|ep|mixtape|record|project|release)|"
    r"(?:'s|’s|')\s+(?:[\w-]+\s+){0,2}?(?:collaboration|collab|duet|team-up|joint\s+\w+)|"
    r"(?:[\w'’]+\s+){0,3}?their\s+(?:new\s+|first\s+|latest\s+)?(?:duet|collaboration|collab|team-up|"
    r"joint\s+(?:single|album|track|song|ep)))\b", re.I)

# "her 2021 joint single with the Swedish duo B", "A's collaborative album with rapper B": a work made
# together, owned by the possessor; B (a place or nationality may describe it) is the partner
_POSS_JOINT_WITH = re.compile(
    rf"^\s*{POSS}?\s*(?:(?:(?:19|20)\d\d|new|first|second|latest|last|hit|big|surprise|long-awaited|former)\s+)*"
    r"(?:joint|collaborative)\s+(?:[a-z-]+\s+)?(?:single|album|track|song|ep|mixtape|record|project|release|effort)"
    r"\s*,?\s+with\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:[a-z][\w'’-]*\s+){0,3}?$")

_FOR_RELEASE = re.compile(r"^\s*(?:[(][^()]{0,30}[)]\s*)?,?\s*(?:to\s+\w+\s+)?(?:for|on)\s+"
                          r"(?:[\w'’-]+,?\s+){0,5}?[“\"‘']?$", re.I)

_LISTED = r"\s*(?:,|,?\s*and|&|,\s*and)\s*"

_JOINED_BY = re.compile(r"^\s*(?:(?:is|was|are|were|will be|has been|have been|gets|got|had been)\s+)?"
                        r"joined\s+by\s+" + _ROLE_WORDS + r"$", re.I)

_ON_RELEASE = re.compile(r"^\s*(?:,\s*)?(?:on|for)\s+(?:(?:the|her|his|their|its|new|latest|upcoming|single|song|track|"
                         r"remix|version|of|a|an|\d{4}|'s)\s+)*[“\"‘']?$", re.I)


def performer(ctx: Context, m: Mention, between: str) -> bool:
    """``m`` may sing or rap on a record: no producer, director, writer or actor role
    right before it, and no director mention."""
    role = re.search(rf"\b{_NON_PERFORMERS}\s*$", between, re.I)
    return role is None and m.role != "director" and is_musician(ctx, m)


def _release_after(ctx: Context, m: Mention, pattern: re.Pattern[str]) -> Mention | None:
    """The release named right after ``m`` when the words between match ``pattern``
    ("... for the remix of “Tidal”"), else None; never across another artist."""
    for r in ctx.by_sent.get(m.sent, []):
        if r.start < m.end or r.pronoun:
            continue
        if ctx.etype(r) is R:
            return r if pattern.match(ctx.between(m, r)) else None
        if artistlike(ctx, r) and r.entity != m.entity and not re.match(rf"^\s*{POSS}", ctx.after(r, 3)):
            return None
    return None


def _traded_on_record(ctx: Context, a: Mention, between: str) -> bool:
    """``a`` traded parts with the next name on a record: "the single on which A traded
    insults and tenderness with B", "A guests on “X”, trading solos with B" (not "A's
    “X”, trading ...": a possessor only owns the record)."""
    if re.search(r"\bon\s+which\s+(?:[\w-]+\s+){0,3}$", ctx.before(a, 40), re.I) and _ON_WHICH_TRADED.match(between):
        return True
    # only a guest's part: "Fairbairn steps forward on “X”, trading lines with Marsdale" are two of one band
    return bool(_TRADING_AFTER.match(between) and _GUEST_VERB.match(between)) and not re.match(
        rf"^\s*{POSS}", ctx.after(a, 4))


def _phrase_candidate(ctx: Context, a: Mention, b: Mention, rule: str, confidence: float) -> Candidate | None:
    if a.entity == b.entity:
        return None
    sent = ctx.sents[a.sent]
    modality = statement_modality(sent, ctx.tokens[a.start])
    if modality == 0.0 or is_question(sent):
        return None
    start, end = ctx.char_span(a, b)
    return Candidate("COLLABORATED_WITH", a.entity, b.entity, start, end, sent, confidence * modality, rule,
                     subject_type=implied_artist(ctx, a), object_type=implied_artist(ctx, b))


def _partner_phrase_candidates(ctx: Context) -> Iterator[Candidate]:
    """"X enlisted / tapped / recruited / called on Y for Z" (Y is featured on Z),
    "A and B reunite / join forces / team up", "A teams with B", "the collaboration
    between A and B", "A and B's joint single", "A is joined by B on Z"."""
    for sent_index, all_ms in ctx.by_sent.items():
        ms = [m for m in all_ms if artistlike(ctx, m) and ctx.etype(m) is not R and (
            not m.pronoun or ctx.etype(m) in ART)]
        for i, a in enumerate(ms):
            nxt = ms[i + 1] if i + 1 < len(ms) else None
            if nxt is None or nxt.pronoun or a.entity == nxt.entity:
                continue
            between = ctx.between(a, nxt)
            if "\n" in between or re.search(r"[.!?;]\s", between):
                continue
            if is_qualifier(ctx, a) or is_qualifier(ctx, nxt) or (re.match(rf"^\s*{POSS}\s*\w", ctx.after(nxt, 4)) and (
                    not re.match(rf"^\s*{POSS}\s+(?:[\w-]+\s+){{0,2}}?(?:collaboration|collab|duet|team-up|joint)\b",
                                 ctx.after(nxt, 40), re.I))):
                continue  # "with NOVA VERA's Seo-yun": the group only names the partner
            if a.role == "director" or nxt.role == "director":
                continue
            recruits = coordinated(ctx, nxt)
            if _RECRUIT.match(between) and performer(ctx, nxt, between) and _RECRUIT_FOR.match(
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
                                            0.7 * statement_modality(ctx.sents[a.sent], ctx.tokens[a.start]), "recruited-for-release",
                                            object_type=implied_artist(ctx, guest))
                continue
            if _POSS_JOINT_WITH.match(between) and (a.text.lower() in {"his", "her", "their"} or (
                    not a.pronoun and re.match(rf"^\s*{POSS}", between))) and performer(ctx, nxt, between):
                cand = _phrase_candidate(ctx, a, nxt, "possessive-joint-work", 0.8)
                if cand is not None:
                    yield cand
                continue
            if a.pronoun:
                continue
            verb_rule = "with-verb-phrase" if _WITH_VERB_BETWEEN.match(between) else (
                "traded-with" if _traded_on_record(ctx, a, between) else None)
            if verb_rule is not None and not _SUPPORT_ACT.search(span_text(ctx.sents[sent_index])):
                cand = _phrase_candidate(ctx, a, nxt, verb_rule, 0.8)
                if cand is not None:
                    yield cand
                continue
            if _JOINED_BY.match(between):
                release = _release_after(ctx, nxt, _ON_RELEASE)
                if release is not None and performer(ctx, nxt, between):
                    cand = _phrase_candidate(ctx, a, nxt, "joined-by-on-release", 0.8)
                    if cand is not None:
                        yield cand
                        start, end = ctx.char_span(a, release)
                        yield Candidate("FEATURES", release.entity, nxt.entity, start, end, ctx.sents[a.sent],
                                        cand.confidence, "joined-by-on-release",
                                        object_type=implied_artist(ctx, nxt))
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
            if rule is None or (rule == "pair-verb-phrase" and _SUPPORT_ACT.search(span_text(ctx.sents[sent_index]))):
                continue
            for x, y in itertools.combinations(group, 2):
                cand = _phrase_candidate(ctx, x, y, rule, 0.8)
                if cand is not None:
                    yield cand


_DASH_FIRST = re.compile(r"^\s*(?:\d{1,2}[.)]\s*)?$")

_DASH_AND = re.compile(r"^\s*(?:,|&|and|,\s*and|x|×)\s*$", re.I)

_DASH_FEAT = re.compile(r"^\s*(?:[(\[]\s*)?(?:feat\.?|ft\.?|featuring|with)\s+$", re.I)

_DASH_END = re.compile(r"^\s*[)\]]?\s+[-–—]\s*[“\"‘']?\s*$")

_COMMA_END = re.compile(r"^\s*,\s*[“\"‘']\s*$")

# what may follow a title that ends a credit line: its closing quote, a bracketed credit
_LINE_REST = re.compile(r"\s*[”\"’']?\s*(?:[(\[][^\n()\[\]]{1,60}[)\]])?[ \t]*(?:\n|$)")

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
            r_start = ctx.tokens[r.start].idx
            line_start = max(sent.start_char, ctx.text.rfind("\n", 0, r_start) + 1)
            # all the article's mentions, not the sentence's: the parser may end a sentence at "feat."
            line_start = max(ctx.text.rfind("\n", 0, r_start) + 1, ctx.sents[max(0, sent_index - 1)].start_char
                             if re.search(r"\b(?:feat|ft)\.\s*$", ctx.text[max(0, sent.start_char - 8):sent.start_char]) else
                             sent.start_char)
            # an award or chart line names its category first: "Best Dance Performance: A – “X”"
            label = _LINE_LABEL.match(ctx.text, line_start, r_start)
            if label is not None and line_start == ctx.text.rfind("\n", 0, r_start) + 1:
                line_start = label.end()
            names = [m for m in ctx.mentions if ctx.tokens[m.start].idx >= line_start and m.end <= r.start
                     and not m.pronoun]
            if not names or not all(artistlike(ctx, m) and ctx.etype(m) is not R for m in names):
                continue
            if not _DASH_FIRST.match(ctx.text[line_start:ctx.tokens[names[0].start].idx]):
                continue
            rule = "dash-credit"
            if not _DASH_END.match(ctx.between(names[-1], r)):
                # a list line "A x B, “Title”" (the quoted title ending the line) credits like a dash
                if not (r.quoted and _COMMA_END.match(ctx.between(names[-1], r)) and _LINE_REST.match(
                        ctx.text, ctx.tokens[r.end - 1].idx + len(ctx.tokens[r.end - 1]))):
                    continue
                rule = "credit-line-comma"
            split = _split_credit(ctx, names)
            if split is None:
                continue
            primaries, guests = split
            start, end = ctx.char_span(names[0], r)
            for p in primaries:
                yield Candidate("BY_ARTIST", r.entity, p.entity, start, end, sent, 0.8, rule,
                                object_type=implied_artist(ctx, p))
            for g in guests:
                yield Candidate("FEATURES", r.entity, g.entity, start, end, sent, 0.85, rule,
                                object_type=implied_artist(ctx, g))
            for x, y in itertools.combinations(primaries, 2):
                if x.entity != y.entity:
                    yield Candidate("COLLABORATED_WITH", x.entity, y.entity, start, end, sent, 0.8, rule,
                                    subject_type=implied_artist(ctx, x), object_type=implied_artist(ctx, y))


# "He recorded “X” with B", "She released “X” with B and “Y” with C": the verb of making, then the title
_MADE_TITLE_BEFORE = re.compile(
    r"\b(?P<verb>recorded|records|record|released|releases|release|cut|cuts|made|makes|dropped|drops|shared|shares|"
    r"issued|issues)\s+(?:(?:the|a|an|his|her|their|its|new|joint|single|song|track|album|ep|duet|\d{4})\s+)*"
    r"[“\"‘']?$"
    # the second title of a list: "... “X” with B and “Y”"
    r"|\b(?P<verb2>recorded|released|cut|made|dropped|shared|issued)\s+[^.;:]{1,60}?\bwith\s+[^.;:“”\"]{1,40}?,?\s+"
    r"and\s+(?:the\s+)?[“\"‘']?$", re.I)

_WITH_PARTNER_AFTER = re.compile(r"^\s*[”\"’']?\s*,?\s*with\s+" + _ROLE_WORDS + r"$", re.I)


def _made_with_candidates(ctx: Context) -> Iterator[Candidate]:
    """"He recorded “What a Night” with Nora Vale", "She later released “X” with B and
    “Y” with C": the partner made the record with its artist, so both are its
    artists and they worked together (a producer or director partner is crew)."""
    for r in ctx.mentions:
        if r.pronoun or ctx.etype(r) is not R:
            continue
        hit = _MADE_TITLE_BEFORE.search(ctx.before(r, 120))
        if hit is None:
            continue
        partner = next((m for m in ctx.by_sent.get(r.sent, []) if m.start >= r.end and not m.pronoun), None)
        if partner is None or not artistlike(ctx, partner) or ctx.etype(partner) is R or partner.entity == r.entity:
            continue
        between = ctx.between(r, partner)
        if not _WITH_PARTNER_AFTER.match(between) or not performer(ctx, partner, between) or is_qualifier(ctx, partner):
            continue
        group = "verb" if hit.group("verb") else "verb2"
        at = ctx.tokens[r.start].idx - len(ctx.before(r, 120)) + hit.start(group)
        verb = next((t for t in ctx.tokens[ctx.sents[r.sent].start:r.start] if t.idx == at), None)
        if verb is None or clause_negated(verb):
            continue
        sent = ctx.sents[r.sent]
        made = _sole_maker(ctx, verb, sent, partner, collab_subjects(ctx, verb))
        if made is None:
            continue
        maker, modality = made
        # "the joint single “X” with A and B": every name listed made it
        partners = [x for x in coordinated(ctx, partner) if artistlike(ctx, x) and ctx.etype(x) is not R
                    and x.entity != r.entity]
        for x in partners:
            start, end = ctx.char_span(r, x)
            yield Candidate("BY_ARTIST", r.entity, x.entity, start, end, sent, 0.75 * modality, "made-release-with",
                            object_type=implied_artist(ctx, x))
        for x, y in itertools.combinations([maker, *partners], 2):
            if x.entity == y.entity:
                continue
            start, end = ctx.char_span(x, y) if x.start < y.start else ctx.char_span(y)
            yield Candidate("COLLABORATED_WITH", x.entity, y.entity, start, end, sent, 0.8 * modality,
                            "made-release-with", subject_type=implied_artist(ctx, x), object_type=implied_artist(ctx, y))


_BY_AFTER_TITLE = re.compile(rf"^[.!?]*{QEND}by\s+(?:the\s+)?(?:@\s*(?:{POSS}\s*)?)?(?:[a-z-]+\s+){{0,2}}?(?:{ROLE}\s+)?$",
                             re.I)

# "a remix of “X” by A and B", "a cover of “X” by A and B": the names made a new version, not the song
_VERSION_BEFORE = re.compile(r"\b(?:remix(?:es)?|re-?works?|edits?|covers?|versions?|renditions?|remakes?|"
                             r"mashups?)\s+of\s+(?:the\s+)?[“\"‘']?\s*$", re.I)


def _co_credit_by_candidates(ctx: Context) -> Iterator[Candidate]:
    """"“Die Softly” by Ana Ruiz and Kito Banks returns to No. 1", "“X” by the group
    singer A and B": a title credited to two or more artists at once is by each of
    them, and they worked together on it."""
    for r in ctx.mentions:
        if r.pronoun or ctx.etype(r) is not R or _VERSION_BEFORE.search(ctx.before(r, 40)):
            continue
        # (the parser may end a sentence at the full stop of a title: "“ETC.” by A and B")
        after = [m for m in ctx.mentions if r.end <= m.start < r.end + 20 and not m.pronoun]
        # the first name after "by", past a band that only qualifies it ("by the GLOWMINT singer A")
        first = next((m for m in after if not is_qualifier(ctx, m)), None)
        if first is None or not artistlike(ctx, first) or ctx.etype(first) is R:
            continue
        # the words from the title to the name, a qualifying band masked: "” by the @ singer "
        pieces, pos = [], r.end
        for q in after:
            if q is first:
                break
            pieces += [ctx.doc[pos:q.start].text_with_ws, "@ "]
            pos = q.end
        pieces.append(ctx.doc[pos:first.start].text_with_ws)
        if not _BY_AFTER_TITLE.match("".join(pieces)):
            continue
        group = []
        for x in coordinated(ctx, first):
            if not artistlike(ctx, x) or ctx.etype(x) is R or x.role == "director":
                break
            group.append(x)
            if re.match(rf"^\s*{POSS}", ctx.after(x, 4)):
                break  # "by A and B's band": B only names the band
        group = list({x.entity: x for x in group}.values())
        if len(group) < 2 or re.match(rf"^\s*{POSS}", ctx.after(group[-1], 4)):
            continue
        sent = ctx.sents[first.sent]
        modality = statement_modality(sent, ctx.tokens[first.start])
        if modality == 0.0 or is_question(sent):
            continue
        for x in group:
            start, end = ctx.char_span(r, x)
            yield Candidate("BY_ARTIST", r.entity, x.entity, start, end, sent, 0.8 * modality, "co-credit-by",
                            object_type=implied_artist(ctx, x))
        for x, y in itertools.combinations(group, 2):
            start, end = ctx.char_span(x, y)
            yield Candidate("COLLABORATED_WITH", x.entity, y.entity, start, end, sent, 0.8 * modality, "co-credit-by",
                            subject_type=implied_artist(ctx, x), object_type=implied_artist(ctx, y))


# "A and B's “X”", "A and B's 1996 duet “X”": the owners' possessive, a year and a few plain words, then the title
_OWNERS_TITLE = re.compile(rf"^\s*{POSS}\s*(?:(?:19|20)\d\d\s+)?(?:[a-z][\w-]*\s+){{0,3}}?[“\"‘']?\s*$")


def _co_possessed_title_candidates(ctx: Context) -> Iterator[Candidate]:
    """"Ana Ruiz and Kito Banks's “Die Softly” climbs to No. 3": a title owned by two
    or more listed artists at once is by each of them, and they worked together on it."""
    for sent_index, ms in ctx.by_sent.items():
        named = [m for m in ms if not m.pronoun]
        for b, r in itertools.pairwise(named):
            if ctx.etype(r) is not R or ctx.etype(b) is R or not artistlike(ctx, b) or not _OWNERS_TITLE.match(
                    ctx.between(b, r)):
                continue
            # artists, or untyped names no possessive owns ("A's In Utero and B's “X”": a title), listed "A, B and C"
            # ("A & B" is a band's own name; "A's “X”, featuring B, and C's “Y”" lists two titles)
            group = []
            for x in coordinated_before(ctx, b):
                if not (ctx.etype(x) in ART or (ctx.etype(x) is None and artistlike(ctx, x) and not re.search(
                        rf"{POSS}\s+(?:[A-Z]\w*\s+)?$", ctx.before(x, 30)))) or x.role == "director" or is_qualifier(ctx, x) or (group and not re.fullmatch(
                        r"\s+and\s+" if len(group) == 1 else r"\s*,\s*", ctx.between(x, group[-1]))):
                    break
                group.append(x)
            group = list({x.entity: x for x in group}.values())
            if len(group) < 2:
                continue
            sent = ctx.sents[sent_index]
            modality = statement_modality(sent, ctx.tokens[b.start])
            if modality == 0.0 or is_question(sent):
                continue
            for x in group[1:]:  # (the possessor itself is read by the possessive rules)
                start, end = ctx.char_span(x, r)
                yield Candidate("BY_ARTIST", r.entity, x.entity, start, end, sent, 0.75 * modality, "co-possessed-title",
                                object_type=implied_artist(ctx, x))
            for x, y in itertools.combinations(group, 2):
                start, end = ctx.char_span(y, r)
                yield Candidate("COLLABORATED_WITH", y.entity, x.entity, start, end, sent, 0.8 * modality,
                                "co-possessed-title", subject_type=implied_artist(ctx, y), object_type=implied_artist(ctx, x))


def _sole_maker(ctx: Context, verb, sent, partner: Mention, subjects: list[Mention]) -> tuple[Mention, float] | None:
    """The one artist among ``subjects`` who made something with ``partner`` by ``verb``, and the
    sentence's modality; None in a hedged or negated sentence, a question, or when the subjects
    are not exactly one artist other than the partner ("A and B recorded it with C" names no sole maker)."""
    modality = statement_modality(sent, verb)
    if modality == 0.0 or is_question(sent):
        return None
    subjects = [m for m in subjects if (not m.pronoun or ctx.etype(m) in ART)
                and m.entity >= 0 and ctx.etype(m) is not R and m.role != "director"]
    if len({m.entity for m in subjects}) != 1 or subjects[0].entity == partner.entity:
        return None
    return subjects[0], modality


# verbs of making a record together that a "with whom" clause may carry ("with whom she had released X")
_WITH_WHOM_VERBS = {"release", "record", "make", "cut", "collaborate", "duet", "work", "team", "co-write"}


def _with_whom_candidates(ctx: Context) -> Iterator[Candidate]:
    """"her partner Corey Ashdown, with whom she had cut the album Ashdown
    Wells": the name the clause hangs on made the record with the clause's subject, so
    both are its artists and they worked together (a producer or director is crew)."""
    for tok in ctx.tokens:
        if tok.lower_ != "whom" or tok.head.lower_ != "with":
            continue
        verb = tok.head.head
        if verb.dep_ == "dobj" and verb.head.dep_ == "relcl":
            verb = verb.head  # the parser may hang "with whom" on the object noun ("made the albums")
        if verb.dep_ != "relcl":
            continue
        if verb.lemma_.lower() not in _WITH_WHOM_VERBS or clause_negated(verb):
            continue
        partner = next((m for m in mentions_in(ctx, [verb.head]) if not m.pronoun), None)
        if partner is None or not artistlike(ctx, partner) or ctx.etype(partner) is R or is_qualifier(ctx, partner):
            continue
        if not performer(ctx, partner, ctx.before(partner, 30)):
            continue
        sent = sentence_of(verb.doc, verb.i)
        made = _sole_maker(ctx, verb, sent, partner, subject_mentions(ctx, verb))
        if made is None:
            continue
        subject, modality = made
        start, end = ctx.char_span(partner, subject) if partner.start < subject.start else ctx.char_span(subject)
        yield Candidate("COLLABORATED_WITH", subject.entity, partner.entity, start, end, sent, 0.8 * modality,
                        "with-whom-made", subject_type=implied_artist(ctx, subject),
                        object_type=implied_artist(ctx, partner))
        if verb.lemma_.lower() not in _MADE_VERBS:
            continue
        # "with whom she had cut the album X": the record the verb takes is by both
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            record = next((m for m in mentions_in(ctx, list(obj.subtree)) if ctx.etype(m) is R and not m.pronoun), None)
            if record is None:
                continue
            for artist in (partner, subject):
                if artist.entity != record.entity:
                    rs, re_ = ctx.char_span(partner, record)
                    yield Candidate("BY_ARTIST", record.entity, artist.entity, rs, re_, sent, 0.75 * modality,
                                    "with-whom-made", object_type=implied_artist(ctx, artist))
