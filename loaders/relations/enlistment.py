"""ENLISTED: who began (or will begin) military service, and when, with exemptions,
discharges and completed service told apart."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from artistgraph.loaders.dates import resolve_date
from artistgraph.loaders.lexicon import PERSON_ROLES
from artistgraph.loaders.mentions import Mention, span_text
from artistgraph.loaders.relations.collaborations import subject_mentions
from artistgraph.loaders.relations.context import Candidate, Context, P, clause_negated, statement_modality
from artistgraph.loaders.relations.lookups import mentions_in
from artistgraph.loaders.relations.release_dates import is_age
from artistgraph.loaders.relations.timing import YEAR_WORD, clause_tense, date_value, dates_in, future_tense
from artistgraph.loaders.relations.wording import POSS

_FORCES = r"(?:military|army|navy|air force|marines?|marine corps|armed forces)"

# Wording that says a person enlisted or is to enlist (began the service).
_ENLIST = re.compile(r"(?:(?<=service, )|(?<=service )|(?<=duty, )|(?<=duty ))which (?:he|she|they) (?:began|started|"
                     r"begins|starts|will begin|will start)\b|"  # "his military service, which he began in the spring"
                     r"\b(?:enlist(?:s|ed|ing|ment)?|military service|mandatory service|national service|"
                     r"(?:compulsory|mandatory|military|national) (?:national |military )?duty|"
                     rf"join(?:s|ed|ing)? the (?:\w+ )?{_FORCES}|"
                     rf"(?:entered|enter|enters|entering) (?:the )?(?:{_FORCES}|boot camp|(?:army |military |recruit |basic )?training)|"
                     r"(?:start|begin|began|begun|starts|begins|starting|beginning) (?:his|her|their) (?:mandatory |alternative )?"
                     r"(?:military |navy |naval |army |air force |marine |marines |marine corps |conscripted )?service|"
                     r"(?:his|her) (?:mandatory )?(?:military )?service begins|"
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

# Every wording _ENLIST and _IMPLIED_ENLIST read holds one of these words (the "which he began"
# wording needs "service" or "duty" just before it). Most sentences hold none, and a substring
# test costs a tenth of those patterns' scan.
_MILITARY_HINTS = ("enlist", "servic", "duty", "military", "army", "navy", "air force", "marine", "armed forces",
                   "training", "boot camp", "drafted", "soldier", "conscript", "discharg")


def may_name_service(text: str) -> bool:
    """False when ``text`` cannot hold any enlistment or service wording.

    >>> may_name_service("Tomo enlisted in May"), may_name_service("Tomo sang in May")
    (True, False)
    """
    low = text.lower()
    return any(hint in low for hint in _MILITARY_HINTS)


def _enlist_search(text: str) -> re.Match | None:
    return _ENLIST.search(text) if may_name_service(text) else None


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
    future = future_tense(sent, verb)
    clause = {verb.i, trig_tok.i, *(t.i for t in trig_tok.ancestors if t.i != verb.i and t.pos_ in {"NOUN", "PROPN"}
                                      and verb.i in {a.i for a in t.ancestors})}
    node = verb
    # "is set to enlist", "is due to join"; "entered a training centre to begin his service": the
    # verb a purpose clause hangs on
    while (node.dep_ in {"xcomp", "acomp"} or (node.dep_ == "advcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in node.children))) and node.head.i != node.i:
        node = node.head
        clause.add(node.i)
    future = clause_tense(verb) if clause_tense(verb) is not None else future
    # "Before his enlistment, A will meet fans on May 3": the enlistment only times another event,
    # whose date that is; only a date on the noun itself ("ahead of his enlistment on May 6") counts
    prep = trig_tok.head if trig_tok.pos_ in {"NOUN", "PROPN"} and trig_tok.dep_ == "pobj" else None
    timed = prep is not None and (prep.lower_ in {"before", "until", "after", "following"} or (
        prep.lower_ in {"of", "to"} and prep.head.lower_ in {"ahead", "prior"}))
    for ent in dates_in(ctx, sent):
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
        value = date_value(ctx, sent_index, ent, future)
        if value and not is_age(ent):
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
    """"He becomes the second member to serve, following Seon last December":
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
                r"\b(?:second|third|fourth|fifth|sixth|seventh|latest|another)\b", span_text(sent), re.I):
            continue
        when = next((e for e in dates_in(ctx, sent) if m.end <= e.start <= m.end + 2), None)
        if when is None:  # "after Dohan, who enlisted in June 2023"
            when = _relative_clause_date(ctx, sent, m)
        value = date_value(ctx, sent_index, when, False) if when is not None else None
        yield m, value, when


def _relative_clause_date(ctx: Context, sent: Span, m: Mention) -> Span | None:
    """The date in a "who enlisted ..." clause on ``m`` ("Minseok, who enlisted in March
    2024"), or None."""
    root = ctx.doc[m.start:m.end].root
    clauses = [c for c in root.children if c.dep_ == "relcl" and _enlist_search(
        ctx.text[c.idx:c.idx + 40]) and _enlist_search(" ".join(t.text for t in c.subtree))]
    for clause in clauses:
        inside = {t.i for t in clause.subtree}
        for ent in dates_in(ctx, sent):
            if ent.root.i in inside:
                return ent
    return None


# "Ren, a Japanese citizen, is not liable to mandatory service": wording about a service nobody began
_EXEMPT_BEFORE = re.compile(r"\b(?:not\s+(?:subject|required|liable|obliged|due)\s+to|exempt(?:ed|ion)?\s+from|"
                            r"avoid\w*|dodg\w*|evad\w*|without|postpone\w*|defer\w*)\s+(?:\w+\s+){0,2}$", re.I)


def _enlistment_trigger(text: str, military_article: bool = False) -> tuple[re.Match, bool] | None:
    """The first wording of a sentence that says someone enlisted, and whether it
    is only implied by a completed service or a discharge. Wording that starts the
    service wins, so its date is read: "was discharged in June, having enlisted
    on December 13"."""
    if not may_name_service(text):
        return None
    start = next((m for m in _ENLIST.finditer(text) if not _ENDED_BEFORE.search(text[max(0, m.start() - 45):m.start()])
                  and not _ENDS_AFTER.match(text[m.end():])
                  and not _EXEMPT_BEFORE.search(text[max(0, m.start() - 40):m.start()])), None)
    if start is not None and not re.search(
            r"\benlist(?:s|ed|ing)?\s+(?:the\s+)?(?:help|services|support|a\s+new|new|producer)", text, re.I):
        return start, False
    for implied in _IMPLIED_ENLIST.finditer(text):
        if _DISCHARGE.fullmatch(implied.group(0)) and (
                _NOT_MILITARY_DISCHARGE.search(text) or not (_MILITARY_WORD.search(text) or military_article)):
            continue  # "discharged from hospital"; "was discharged in 2023" counts in a story about the service
        return implied, True
    return None


def enlistment_candidates(ctx: Context) -> Iterator[Candidate]:
    """Who enlisted and when; a date no rule could read is None, never an empty string."""
    for c in _enlistment_candidates(ctx):
        yield replace(c, object=None) if isinstance(c.object, str) and not c.object.strip() else c


def _enlistment_candidates(ctx: Context) -> Iterator[Candidate]:
    military_article = bool(_enlist_search(ctx.text))
    for sent_index, sent in enumerate(ctx.sents):
        text = span_text(sent)
        for offset, match, discharge in _sentence_triggers(text, military_article):
            yield from _trigger_candidates(ctx, sent_index, sent, text, offset, match, discharge)
    yield from _currently_serving_candidates(ctx)
    yield from _relative_enlistee_candidates(ctx)
    yield from _followed_candidates(ctx)


def _sentence_triggers(text: str, military_article: bool) -> Iterator[tuple[int, re.Match, bool]]:
    """Each enlistment wording of a sentence with its offset in the sentence: the first, and then one
    in each later clause that starts the service again with a subject of its own."""
    found = _enlistment_trigger(text, military_article)
    offset = 0
    while found is not None:
        match, discharge = found
        yield offset, match, discharge
        offset += match.end()
        rest = text[offset:]
        found = _enlistment_trigger(rest, military_article)
        if found is None or found[1] or not re.search(r"(?:,\s*(?:and|while|whereas|but)|;)\s", rest[:found[0].start()]):
            return


def _trigger_candidates(ctx: Context, sent_index: int, sent: Span, text: str, offset: int, match: re.Match,
                        discharge: bool) -> Iterator[Candidate]:
    """One enlistment wording of a sentence (at ``offset`` in its text): who enlisted, and when."""
    trigger_char = sent.start_char + offset + match.start()
    trigger = ctx.doc.char_span(trigger_char, trigger_char + len(match.group(0).split()[0]),
                                alignment_mode="expand")
    trig_tok = trigger[0] if trigger is not None else sent.root
    modality = statement_modality(sent, trig_tok)  # "A was discharged ..., and B is not subject to service"
    if 0.0 < modality < 1.0 and _not_the_first_only(text):
        modality = 1.0  # "Cha is not the first member to serve: MJ was discharged in 2023" denies nothing
    if modality == 0.0 or (clause_negated(trig_tok) and not discharge):
        return
    # who: the subject of the trigger's verb, else the nearest person before it
    verb = trig_tok
    while (verb.pos_ not in {"VERB", "AUX"} or verb.dep_ in {"aux", "auxpass"}) and verb.head.i != verb.i:
        verb = verb.head  # "was drafted": the participle, not the auxiliary
    trigger_end = sent.start_char + offset + match.end()
    earlier = [] if discharge else list(_earlier_enlistees(ctx, sent, sent_index, future_tense(sent, verb)))
    others = {m.entity for m, _, _ in earlier} | {m.entity for m, _, _ in _followers(ctx, sent_index)}
    # not a name inside the trigger ("Joined the Military"), a possessor ("ROVER Q's members")
    # or a person said to have gone before
    eligible = [m for m in ctx.by_sent.get(sent_index, []) if _enlistee(ctx, m) and m.entity not in others
                and not trigger_char <= ctx.tokens[m.start].idx < trigger_end
                and not re.match(rf"^{POSS}", ctx.after(m, 3))]
    # "attended Seon's enlistment ceremony": the possessor of the trigger noun enlists, not the subject
    words = ctx.doc.char_span(trigger_char, trigger_end, alignment_mode="expand") or [trig_tok]
    nouns = [t for t in words if t.pos_ in {"NOUN", "PROPN", "ADJ"}]
    nouns += [t.head for t in nouns if t.dep_ in {"compound", "amod"}]  # "Seon's enlistment ceremony"
    # "he and Daeri began their service": a plural possessive only repeats the subject
    owners = [c for t in nouns for c in t.children if c.dep_ == "poss" and c.lower_ != "their"]
    persons = [m for m in mentions_in(ctx, owners) if ctx.etype(m) is P or (not m.pronoun and _enlistee(ctx, m))]
    if not persons:  # "Gunwoo has said that he plans to enlist": the speaker, before any resolved "he"
        persons = _reporting_subject(ctx, verb)
    if not persons and verb.dep_ == "relcl":  # "..., following Minjae, who enlisted last July": Minjae
        persons = [m for m in mentions_in(ctx, [verb.head]) if m in eligible]
    if not persons:
        persons = [m for m in subject_mentions(ctx, verb) if ctx.etype(m) is P]
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None and verb.dep_ == "xcomp":  # "the other members are expected to enlist"
        subject = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if not persons and subject is not None and subject.pos_ == "NOUN" and ctx.token_mention.get(subject.i) is None:
        persons = [None]  # "the other members are expected to enlist": nobody named enlists
    if not persons:
        persons = [m for m in mentions_in(ctx, list(trig_tok.subtree)) if ctx.etype(m) is P]
    if not persons and verb.dep_ in {"acl", "relcl"}:  # "Hyeonu, one of ROVER Q's members, enlisted"
        persons = [m for m in mentions_in(ctx, [verb.head]) if m in eligible]
    if not persons:
        persons = [m for m in eligible if m.start < trig_tok.i][-1:]
    if not persons:
        persons = eligible[:1]
    persons = [p for p in persons if p is not None]
    persons += _joined_names(ctx, sent_index, persons)
    if not persons and not earlier:
        return
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


def _relative_enlistee_candidates(ctx: Context) -> Iterator[Candidate]:
    """"Their service comes after that of leader Gyeol, who started his military service in March":
    a relative clause on a person that starts the service dates that person's enlistment, whatever
    the rest of the sentence says."""
    for sent_index, sent in enumerate(ctx.sents):
        if not _enlist_search(span_text(sent)):
            continue
        for m in ctx.by_sent.get(sent_index, []):
            if m.pronoun or ctx.etype(m) is not P:
                continue
            for clause in (c for c in ctx.doc[m.start:m.end].root.children if c.dep_ == "relcl"):
                words = ctx.text[clause.left_edge.idx:clause.right_edge.idx + len(clause.right_edge)]
                found = _enlistment_trigger(words)
                if found is None or found[1] or clause_negated(clause):
                    continue
                modality = statement_modality(sent, clause)
                when = _relative_clause_date(ctx, sent, m)
                value = date_value(ctx, sent_index, when, clause_tense(clause)) if when is not None else None
                if modality == 0.0 or value is None:
                    continue
                start, end = ctx.char_span(m)
                yield Candidate("ENLISTED", m.entity, value, start, max(end, when.end_char), sent, 0.85 * modality,
                                "enlistment-relative-clause")


def _joined_names(ctx: Context, sent_index: int, persons: list[Mention]) -> list[Mention]:
    """"Members Dohee and Jaeseok will enlist": a short name no rule typed, coordinated with a
    person who enlists, enlists with them."""
    heads = {ctx.doc[m.start:m.end].root.i for m in persons}
    return [m for m in ctx.by_sent.get(sent_index, []) if m not in persons and ctx.etype(m) is None and not m.pronoun
            and ctx.fits(m, {P}, True, any_source=True) and m.end - m.start <= 3
            and (root := ctx.doc[m.start:m.end].root).dep_ == "conj" and root.head.i in heads]


# --- who says "he plans to enlist", who is "currently serving" ---

_REPORTING = frozenset({"say", "tell", "announce", "reveal", "confirm", "explain", "state", "write", "share", "admit"})


def _reporting_subject(ctx: Context, verb: Token) -> list[Mention]:
    """"Gunwoo has said that he plans to enlist": the named subject of the reporting verb
    is the "he" who enlists, when the parse gives the pronoun no antecedent."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    node = verb
    while subject is None and node.dep_ == "xcomp" and node.head.i != node.i:
        node = node.head
        subject = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.lower_ not in {"he", "she"}:
        return []
    # the first verb above the pronoun's clause ("said ... that he plans", parsed as a clause on
    # "livestream" or as the complement of "said")
    said = next((a for a in node.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if said is None or said.lemma_.lower() not in _REPORTING:
        return []
    speaker = next((c for c in said.children if c.dep_ == "nsubj"), None)
    named = ctx.token_mention.get(speaker.i) if speaker is not None else None
    if named is None or named.pronoun:
        return []
    if _enlistee(ctx, named) or (ctx.etype(named) is None and len(ctx.doc[named.start:named.end]) <= 2
                                 and ctx.tokens[named.start].tag_ == "NNP"):
        return [named]
    return []


_SERVING = re.compile(r"\b(?:is|are)\s+(?:currently|now|still)\s+serving\b(?!\s+(?:as\s+(?:a\s+)?(?:judge|mentor|coach|host|"
                      r"producer|chair)|on\b|time\b|a\s+\w*\s*sentence|jail|prison|\d))", re.I)


def _currently_serving_candidates(ctx: Context) -> Iterator[Candidate]:
    """"Fellow members A and B are currently serving": in an article about military
    service, people said to be serving now enlisted earlier (date unknown)."""
    if not may_name_service(ctx.text) or (not _ENLIST.search(ctx.text) and not _IMPLIED_ENLIST.search(ctx.text)):
        return
    for sent in ctx.sents:
        found = _SERVING.search(span_text(sent))
        if found is None:
            continue
        at = sent.start_char + found.end() - len("serving")
        span = ctx.doc.char_span(at, at + len("serving"))
        if span is None:
            continue
        verb = span[0]
        modality = statement_modality(sent, verb)
        if modality == 0.0 or clause_negated(verb):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        persons = [m for m in mentions_in(ctx, [t for c in subjects for t in c.subtree]) if not m.pronoun and (
            ctx.etype(m) is P or (ctx.etype(m) is None and len(ctx.doc[m.start:m.end]) <= 2))]
        for person in persons:
            start, end = ctx.char_span(person)
            yield Candidate("ENLISTED", person.entity, None, start, end, sent, 0.75 * modality, "currently-serving",
                            subject_type=P if ctx.etype(person) is None else None)


# --- "A and B followed on March 12 and March 13" ---

_FOLLOWED = re.compile(r"\bfollow(?:ed|s)?\b(?!\s+(?:by|with|up)\b)", re.I)
_SAME_YEAR = re.compile(r"^\s*(?:of\s+)?(?:the\s+same|that(?:\s+same)?)\s+year\b", re.I)


_NOT_THE_FIRST = re.compile(r"\bnot\s+the\s+(?:first|only|last)\b", re.I)
_OTHER_NEGATION = re.compile(r"\b(?:not|never|no|nor|neither|without)\b|n't\b|\b(?:rumou?r\w*|reportedly|allegedly|"
                             r"possibl[ey]|might|could|denie[sd]|deny)\b", re.I)


def _not_the_first_only(text: str) -> bool:
    """The only negation of the sentence is "not the first (member to serve)", which denies nothing."""
    return bool(_NOT_THE_FIRST.search(text)) and not _OTHER_NEGATION.search(_NOT_THE_FIRST.sub(" ", text))


def _followed_candidates(ctx: Context) -> Iterator[Candidate]:
    """Right after an enlistment (in the same sentence or the one before), "his bandmates A and B followed on
    March 12 and March 13 of the same year": the people who followed enlisted too, each on his date in order
    ("respectively"), or all on one date; "of the same year" takes the year the enlistment gave."""
    for sent_index, sent in enumerate(ctx.sents):
        for person, value, modality in _followers(ctx, sent_index):
            start, end = ctx.char_span(person)
            yield Candidate("ENLISTED", person.entity, value, start, end, sent, 0.8 * modality,
                            "enlistment-followed", subject_type=P if ctx.etype(person) is None else None)


def _followers(ctx: Context, sent_index: int) -> list[tuple[Mention, str | None, float]]:
    """The people who "followed" an enlistment in sentence ``sent_index``, their dates and the statement's
    modality (kept on the doc: the enlistment rule asks too, to leave them out of its own subjects)."""
    cache = ctx.doc.user_data.setdefault("enlistment_followers", {})
    if sent_index not in cache:
        cache[sent_index] = _read_followers(ctx, sent_index)
    return cache[sent_index]


def _read_followers(ctx: Context, sent_index: int) -> list[tuple[Mention, str | None, float]]:
    sent = ctx.sents[sent_index]
    found = _FOLLOWED.search(span_text(sent))
    if found is None:
        return []
    earlier = ctx.sents[sent_index - 1] if sent_index else None
    if not _enlist_search(span_text(sent)[:found.start()]) and not (earlier is not None and _enlist_search(earlier.text)):
        return []
    verb = ctx.doc.char_span(sent.start_char + found.start(), sent.start_char + found.end())
    if verb is None or verb[0].lemma_.lower() != "follow" or any(
            c.dep_ == "dobj" and c.lower_ != "suit" for c in verb[0].children):
        return []
    verb = verb[0]
    modality = statement_modality(sent, verb)
    if modality == 0.0 or clause_negated(verb):
        return []
    subjects = [t for c in verb.children if c.dep_ == "nsubj" for t in c.subtree]
    persons = [m for m in mentions_in(ctx, subjects) if not m.pronoun and _enlistee(ctx, m)]
    dates = [d for d in dates_in(ctx, sent) if d.start > verb.i and not is_age(d)]
    if not persons or not dates:
        return []
    phrases = [p for p in re.split(r"\s*(?:,|\band\b)\s*", dates[0].text) if p.strip()]
    year = None
    if _SAME_YEAR.match(ctx.text[dates[0].end_char:sent.end_char]):  # the year of the enlistment told before
        stated = [resolve_date(d.text, None) for d in dates_in(ctx, sent) if d.end <= verb.i]
        if earlier is not None and not any(stated):
            stated = [resolve_date(d.text, None) for d in dates_in(ctx, earlier)]
        year = next((v[:4] for v in reversed(stated) if v), None)
        if year is None:
            return []
    values = [resolve_date(f"{p} {year}", None) if year and not YEAR_WORD.search(p) else
              date_value(ctx, sent_index, dates[0], False) if len(phrases) == 1 else
              resolve_date(p, ctx.published, False) for p in phrases]
    if len(values) == 1:
        values = values * len(persons)
    if len(values) != len(persons):
        return []  # neither one date for all nor one for each
    return [(person, value, modality) for person, value in zip(persons, values, strict=True)]
