"""Group an article's mentions into entities: aliases, short forms and references.

* Same folded name (ignoring a leading "the") -> one entity.
* Stated aliases: "A, known as B", "B (A)", "A, whose real name is B",
  "under his alias B" -> one entity; the name used most often leads.
* Short forms: "Pell" after "Rory Pell" -> the full name's entity.
* Pronouns and descriptions ("he", "the singer", "the group", "the track")
  -> the most recent entity of the right type.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from spacy.tokens import Doc

from artistgraph.graph.model import EntityType, normalize_name
from artistgraph.loaders.coref import (
    ALBUM,
    ALBUM_NOUNS,
    FEMALE,
    FEMALE_WORDS,
    MALE,
    MALE_WORDS,
    PRONOUN_GENDER,
    SONG,
    SONG_NOUNS,
    VIDEO_NOUNS,
    ArticleCues,
    is_subject,
    person_role_words,
    read_cues,
    speech_subject_verb,
)
from artistgraph.loaders.lexicon import (
    BAND_ROLES,
    DIRECTOR_ROLES,
    GROUP_NOUNS,
    ORG_WORDS,
    PERSON_PRONOUNS,
    PERSON_ROLES,
    PLATFORMS,
    PLURAL_PRONOUNS,
    RELEASE_NOUNS,
)
from artistgraph.loaders.mentions import (
    TRACK_LIST_HEADING,
    Mention,
    _apposed_group_noun,
    _heading_description,
    _scene_plural_before,
    doc_text,
    sentence_of,
    sentence_start,
    tokens,
)

P, G, R, O = EntityType.PERSON, EntityType.GROUP, EntityType.RELEASE, EntityType.ORGANIZATION

# Sources whose untyped mentions may still be typed by a relation pattern.
TYPEABLE_SOURCES = {"caps", "ner:PERSON", "ner:ORG", "ner:PRODUCT", "gazetteer"}


@dataclass
class Entity:
    index: int
    mentions: list[Mention] = field(default_factory=list)
    type: EntityType | None = None
    implied: Counter = field(default_factory=Counter)  # types implied by relation patterns
    aliases: set[str] = field(default_factory=set)
    short_forms: set[str] = field(default_factory=set)
    stage_name: str | None = None  # the name the text says the entity goes by ("V" of "V (Kim Taehyung)")
    _name_memo: tuple[tuple, str] | None = field(default=None, repr=False, compare=False)

    @property
    def name(self) -> str:
        # Rules ask for the name thousands of times per article; mentions, aliases and
        # short forms only ever grow or are emptied, so their sizes tell when to recount.
        state = (len(self.mentions), len(self.aliases), len(self.short_forms), self.stage_name)
        if self._name_memo is None or self._name_memo[0] != state:
            self._name_memo = (state, self._choose_name())
        return self._name_memo[1]

    def _choose_name(self) -> str:
        if self.stage_name is not None and self.stage_name in self.names and not _TORN_QUOTE.search(self.stage_name):
            return self.stage_name
        # a full name over its short forms; a name cut from a quoted nickname ("Dessie' Hebblethwaite") last
        every = Counter(m.text for m in self.mentions if not m.pronoun)
        clean = Counter({t: n for t, n in every.items() if not _TORN_QUOTE.search(t)})
        counts = (Counter({t: n for t, n in clean.items() if t not in self.short_forms}) or clean
                  or Counter({t: n for t, n in every.items() if t not in self.short_forms}) or every)
        best = max(counts, key=lambda n: (counts[n], len(n), n))
        # "The Quiet Coast" once mid-sentence, "Quiet Coast" where NER cut it: the article is part of the name
        return f"The {best}" if f"The {best}" in counts or f"The {best}" in self.aliases else best

    @property
    def names(self) -> set[str]:
        return {m.text for m in self.mentions if not m.pronoun} | self.aliases

    @property
    def final_type(self) -> EntityType | None:
        if self.type is not None:
            return self.type
        if self.implied:
            return self.implied.most_common(1)[0][0]
        return None


_TORN_QUOTE = re.compile(r"^\w+['’]\s")  # a nickname's closing quote left on a cut name: "Dessie' Hebblethwaite"


def _key(text: str) -> str:
    return normalize_name(re.sub(r"^(?i:the)\s+", "", text))


_ALIAS_BETWEEN = re.compile(
    r"^\s*(?:,\s*)?(?:(?:who is |also |better |more commonly |popularly |widely |professionally |simply |formerly |"
    r"previously |now |otherwise )?(?:known|billed|credited) (?:professionally |simply )?as|"
    r"(?:who\s+)?(?:goes|went|performs|performed|records|recorded) (?:by|as)(?: the name)?|"
    r"(?:whose |his |her |their )?(?:real|birth|given|legal|stage|professional) name(?: is| was)?|born|"
    r"a\.k\.a\.?|aka|also called|"
    r"(?:who\s+)?(?:\w+\s+)?(?:under|using|with|as) (?:his|her|their|the) (?:alias|stage name|name|moniker|"
    r"pseudonym))\s*:?\s*$",
    re.I,
)


_STAGE_NAME_FOLLOWS = re.compile(r"known as|a\.?k\.?a|stage name|alias|moniker|pseudonym|goes by|under the name|"
                                 r"also called", re.I)


def build_entities(doc: Doc, mentions: list[Mention]) -> list[Entity]:
    """Cluster mentions into entities and resolve references; sets ``m.entity``."""
    entities: list[Entity] = []
    by_key: dict[tuple[str, bool], Entity] = {}
    _type_by_shape(doc, mentions)
    for m in mentions:
        if m.pronoun:
            continue
        is_release = m.type is R
        # "Athens, Alabama,": the state of an address is a place, never the band of that name
        key = ("@" + _key(m.text) if _address_part(doc, m) else _key(m.text), is_release)
        entity = by_key.get(key)
        if entity is None:
            entity = Entity(len(entities))
            entities.append(entity)
            by_key[key] = entity
        entity.mentions.append(m)
        m.entity = entity.index
    _type_entities(entities, _pronoun_votes(doc, mentions), _context_votes(doc, mentions))
    _type_by_lists(doc, entities)
    _type_by_group_references(doc, entities)
    _merge_stated_aliases(doc, mentions, entities)
    _merge_short_forms(entities)
    _merge_group_short_forms(doc, entities)
    _resolve_references(doc, mentions, entities)
    _merge_pronoun_aliases(doc, mentions, entities)
    return entities


def _address_part(doc: Doc, m: Mention) -> bool:
    """An untyped place set after a town and a comma, closing the phrase: "Athens, Alabama," "Leeds,
    England." (not "Fontaines D.C., Texas and Wet Leg": a list goes on)."""
    if m.source != "ner:GPE" or m.type is not None or m.start < 2 or tokens(doc)[m.start - 1].text != ",":
        return False
    town = tokens(doc)[m.start - 2]
    closing = m.end >= len(doc) or tokens(doc)[m.end].text in {",", ".", ";", ")"} or _line_end(doc, m.end - 1)
    return town.ent_type_ == "GPE" and closing


def _line_end(doc: Doc, i: int) -> bool:
    tok = tokens(doc)[i]
    return "\n" in tok.whitespace_ or (i + 1 < len(doc) and "\n" in tokens(doc)[i + 1].text)


_NER_CAP = 2.0  # all of NER's labels of one entity together weigh less than one context cue (3)
_WEAK_CUE = 1.5  # a pronoun bound to the name: two agree -> they outweigh NER, one does not
_WEAK_CAP = 4.5


def _type_entities(entities: list[Entity], weak: dict[int, Counter] | None = None,
                   context: dict[int, Counter] | None = None) -> None:
    """Each entity's type by a vote over the whole article: a quoted or cued title (5, 4), a
    context cue such as "singer X" or "X member Y" (3 each), NER's label (1 each, at most 2 in
    all), ``weak`` votes from pronouns bound to the name (1.5 each, at most 4.5), and ``context``
    votes from the slots the name fills (:func:`_context_votes`, at most 6 per type), so one
    strong cue anywhere types every mention, and two agreeing pronouns beat NER's guess.

    >>> # "K-DAWN released his album ... K-DAWN said he ...": untyped caps + two bound "he/his" -> Person
    """
    rank = {"quoted": 5, "cue-title": 4, "gazetteer": 4}
    weak = weak or {}
    context = context or {}
    for entity in entities:
        votes: Counter = Counter()
        ner: Counter = Counter()
        for m in entity.mentions:
            if m.type is None:
                continue
            weight = rank.get(m.source, 3 if "+cue" in m.source else 0)
            if weight:
                votes[m.type] += weight
            else:
                ner[m.type] += 1
        for etype, n in ner.items():
            votes[etype] += min(n, _NER_CAP)
        pronouns: Counter = Counter()
        for m in entity.mentions:
            pronouns.update(weak.get(id(m), Counter()))
        if len(pronouns) == 1 and not any(m.type is R for m in entity.mentions):
            (etype, n), = pronouns.items()
            if not (etype is G and _full_person_name(entity)):  # "Sam Ortiz released their album": singular they
                votes[etype] += min(n * _WEAK_CUE, _WEAK_CAP)
        slots: Counter = Counter()
        for m in entity.mentions:
            slots.update(context.get(id(m), Counter()))
        if not any(m.type is R for m in entity.mentions if m.quoted or m.source == "cue-title"):
            for etype, n in slots.items():
                votes[etype] += min(n, _SLOT_CAP)
        entity.type = max(votes, key=lambda t: (votes[t], t is not R)) if votes else None


def _coordination(tok) -> list:
    """All tokens of the list ``tok`` is in ("Hanbi, Dori, Renée and Mira"), or [tok]."""
    top = tok
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    out, todo = [], [top]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ == "conj")
    return out


def _type_by_lists(doc: Doc, entities: list[Entity]) -> None:
    """An untyped name listed with at least two others, all of one artist type, takes it:
    "the line-up is Hanbi, Dori, Renée and Mira" (three people, so Renée is one too)."""
    where: dict[int, Entity] = {}
    for e in entities:
        for m in e.mentions:
            if not m.pronoun and "," not in m.text:  # "Frostlane, Smudge": NER ran two names together
                where[doc[m.start:m.end].root.i] = e
    for _ in range(2):
        for e in entities:
            if e.type is not None or not e.mentions:
                continue
            kinds: set = set()
            for m in e.mentions:
                if m.pronoun:
                    continue
                root = doc[m.start:m.end].root
                listed = [where[t.i] for t in _coordination(root) if t.i != root.i and t.i in where]
                typed = {o.type for o in listed if o.type is not None}
                if len(listed) >= 2 and all(o.type is not None for o in listed):
                    kinds |= typed  # a pair proves little ("Petra and Atoll"), nor a list of unknown names
                elif len(listed) == 1 and typed == {P} and _full_person_name(listed[0]) and _person_shaped(m):
                    kinds |= {P}  # "Nia Marsdale and Edith Fairbairn": two names of one shape, one a person
                elif typed:
                    kinds |= {None}
            if len(kinds) == 1 and next(iter(kinds)) in {P, G}:
                e.type = next(iter(kinds))


_REFERRING_GROUP_NOUNS = frozenset(["group", "band", "duo", "trio", "quartet", "quintet", "members", "outfit"])
_PLACE_SOURCES = frozenset(["ner:GPE", "ner:LOC", "ner:NORP", "ner:FAC"])
_NAME_SOURCES = frozenset(["caps", "ner:ORG", "ner:PRODUCT"])


def _type_by_group_references(doc: Doc, entities: list[Entity]) -> None:
    """An untyped name set in capitals is a group when the next sentence calls it
    "the group" (or "the band", "the five members") with no other candidate in view:
    "This is LUMINA's first release. The group debuted in 2022". Only when the name is the
    one untyped, non-place, non-person name of the sentence before, stands there as a subject
    or an owner (not "a Transit van", not "Mr Pollard"), and no named group is
    there to take the reference. Names in the reference's own sentence are not
    read: "HEAVY WATER follows the duo's debut" is the duo's record, not the duo."""
    toks = tokens(doc)
    references = [tok for tok in toks[1:] if tok.lower_ in _REFERRING_GROUP_NOUNS]
    if not references:
        return
    at: dict[int, Entity] = {}
    for e in entities:
        for m in e.mentions:
            if not m.pronoun:
                at.update(dict.fromkeys(range(m.start, m.end), e))
    heads: dict[int, set[str]] = {}  # id(entity) -> roles of its mentions, read when asked

    def roles_of(e: Entity) -> set[str]:
        if id(e) not in heads:
            heads[id(e)] = {"owner" if m.end < len(doc) and toks[m.end].text in {"'s", "’s", "'", "’"}
                            else doc[m.start:m.end].root.dep_ for m in e.mentions if not m.pronoun}
        return heads[id(e)]

    sents = list(doc.sents)
    sent_index = {s.start: i for i, s in enumerate(sents)}
    for tok in references:
        if tok.i in at:
            continue
        det = tok.i - 1
        while det > 0 and (toks[det].like_num or toks[det].lower_ in {"whole", "entire"}):
            det -= 1  # "the five members", "the whole band"
        if toks[det].lower_ != "the" or (tok.i + 1 < len(doc) and toks[tok.i + 1].text[:1].isupper()):
            continue  # "the group VORS" names its band; "a group" refers to none
        index = sent_index[sentence_start(doc, tok.i)]
        if index == 0:
            continue
        seen = {id(at[i]): at[i] for i in range(sents[index - 1].start, sents[index - 1].end) if i in at}
        artists = [e for e in seen.values() if e.type in {G, None}]
        if len(artists) != 1 or artists[0].type is not None or any(
                i in at and at[i].type is G for i in range(sents[max(0, index - 2)].start, tok.i)):
            continue  # a band named nearby takes the reference
        named = artists[0]
        sources = {m.source.split("+")[0] for m in named.mentions if not m.pronoun}
        roles = roles_of(named)
        if sources & (_PLACE_SOURCES | {"ner:PERSON"}) or not sources & _NAME_SOURCES or "compound" in roles or not (
                roles & {"nsubj", "nsubjpass", "owner"}):
            continue
        if not any(m.text.isupper() for m in named.mentions if not m.pronoun):
            continue  # only a name set in capitals ("Fans can also expect" is capitalised by its position)
        named.type = G


_PERSON_SHAPE = re.compile(r"[A-Z][a-zà-ÿ'’-]+ [A-Z][a-zà-ÿ'’-]+")


def _person_shaped(m: Mention) -> bool:
    """A given name and a surname ("Edith Fairbairn"), as NER's firm or an untyped run, not a place
    ("Santa Monica") nor a "The ..." band."""
    return m.source.split("+")[0] in {"caps", "ner:ORG", "ner:PRODUCT"} and bool(_PERSON_SHAPE.fullmatch(m.text)) and (
        not m.text.startswith("The "))


def _full_person_name(entity: Entity) -> bool:
    return any(m.source.startswith("ner:PERSON") and len(m.text.split()) >= 2 for m in entity.mentions)


_BINDING_PRONOUNS = {"his": P, "her": P, "himself": P, "herself": P, "their": G, "themselves": G}
_SPEECH_PRONOUNS = {"he": P, "she": P, "they": G}


def _pronoun_votes(doc: Doc, mentions: list[Mention]) -> dict[int, Counter]:
    """Votes (keyed by ``id(mention)``) from pronouns the syntax binds to a name that is
    alone as the subject: "K-DAWN released his album" (his -> the subject), "Tarek told
    reporters he was proud" (he -> the speaker), "Orbita released their album" (their ->
    the subject). A subject with a conjunct ("Mira and Renée ... their") binds nothing."""
    at: dict[int, Mention] = {}
    for m in mentions:
        if not m.pronoun and m.type is not R:
            at.update(dict.fromkeys(range(m.start, m.end), m))
    out: dict[int, Counter] = {}
    if not at:
        return out
    for tok in tokens(doc):
        low = tok.lower_
        if low in _BINDING_PRONOUNS and (low != "her" or tok.tag_ == "PRP$"):
            verb = tok.head
            for _ in range(6):
                if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
                    break
                verb = verb.head
            etype = _BINDING_PRONOUNS[low]
        elif low in _SPEECH_PRONOUNS and (verb := speech_subject_verb(tok)) is not None:
            etype = _SPEECH_PRONOUNS[low]
        else:
            continue
        # the subject nearest the verb: a dateline ("LISBON — Dara Voss ... died at her home") is parsed
        # as a second subject before the real one
        subject = next((c for c in reversed(list(verb.children)) if c.dep_ in {"nsubj", "nsubjpass"}
                        and c.i < tok.i), None)
        if subject is None and verb.dep_ == "acl" and verb.head.i < tok.i and low in {"his", "her"}:
            subject = verb.head  # "Dara Voss's album, released on her own label": the participle's noun
        if subject is None or any(c.dep_ == "conj" for c in subject.children):
            continue
        holder = at.get(subject.i)
        if holder is None and subject.text in _OWNED_THINGS and etype is P:  # a common noun, not "Prime Video"
            holder = _owner_name(subject, at)
        if holder is not None:
            out.setdefault(id(holder), Counter())[etype] += 1
    return out


_OWNED_THINGS = RELEASE_NOUNS | frozenset(["career", "tour", "show", "set", "voice", "label", "debut", "comeback"])


def _owner_name(noun, at: dict[int, Mention]) -> Mention | None:
    """The name owning ``noun`` ("Dara Voss's debut album" -> Dara Voss): "Dara Voss's debut album,
    out on her own label, ...": what a person's album does with "her" is hers."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or any(c.dep_ == "conj" for c in owner.children):
        return None
    return at.get(owner.i)


_SLOT_CAP = 6.0
_MEMBER_SLOT = 2.5  # a name in a slot only one kind of artist fills: "the drummer in X", "the trio of A, B and C"
_AGREEMENT = 2.5  # "X go deep": a plural verb after a bare name
# (both beat NER's guess, 2 at most, and yield to a cue read around one mention, 3, unless two agree)
# Roles a band's members hold: "the X rapper", "the drummer in X", "Y of X" (a singer or a band's "star" is a person
# of any band; "producer", "manager" and the like work for artists of either kind, so they tell nothing).
_MEMBERSHIP_ROLES = BAND_ROLES | frozenset(["singer", "vocalist", "rapper", "member", "members", "co-founder",
                                            "founder", "pair", "dancer", "maknae", "leader"])
# Nouns a list of members hangs on: "the rap crew of A, B and C", "members A, B and C", "the line-up of ..."
_LINEUP_NOUNS = GROUP_NOUNS - {"act"} | frozenset(["crew", "line-up", "lineup", "piece", "members", "unit",
                                                    "sub-unit", "subunit"])
_PLURAL_PERSONS = frozenset(["singers", "rappers", "vocalists", "members", "musicians", "sisters", "brothers",
                             "siblings", "producers", "songwriters", "guitarists", "artists", "stars", "idols"])
_PRONOUN_WORDS = frozenset(["i", "we", "you", "they", "these", "those", "both", "all", "some", "many", "most",
                            "others", "fans", "people"])
# Before a role, a name is also a song's ("the 'Velvet Rain' singer"): only a part played in a band tells
_BAND_PARTS = BAND_ROLES - {"leader", "maknae"} | frozenset(["member", "members", "pair"])
_FOUNDING = frozenset(["form", "found", "co-found", "cofound"])
_BARE_VERB_GOVERNORS = frozenset(["let", "make", "help", "see", "watch", "hear", "have", "bid", "get"])
_NOT_ARTIST_SOURCES = frozenset(["ner:DATE", "ner:TIME", "ner:MONEY", "ner:CARDINAL", "ner:ORDINAL", "ner:PERCENT",
                                 "ner:QUANTITY", "ner:LAW", "ner:LANGUAGE", "ner:EVENT", "ner:NORP"])


def _context_votes(doc: Doc, mentions: list[Mention]) -> dict[int, Counter]:
    """Votes (keyed by ``id(mention)``) from what the sentence has a bare name do, for names no
    title cue claims: a member's slot ("the drummer in X", "A of X" for a person A, "the X
    rapper", "he formed X") votes for a group; a list hung on a line-up ("the trio of A, B and
    C", "members A, B and C", "the group, which includes A, B and C", "A and B, two singers")
    votes for a person each; and a plural verb with the name alone as its subject ("X go deep",
    "X have not announced dates") votes for a group, since one person never takes one.

    >>> # "From Leeds come Static Bloom, the rap crew of Jaxo, Remi K and Lune": three people
    """
    at: dict[int, Mention] = {}
    for m in mentions:
        if not m.pronoun and not m.quoted and m.type is not R and m.source.split("+")[0] not in _NOT_ARTIST_SOURCES:
            root = doc[m.start:m.end].root
            at[root.i] = m
    out: dict[int, Counter] = {}

    def vote(m: Mention, etype: EntityType, weight: float) -> None:
        out.setdefault(id(m), Counter())[etype] += weight

    toks = tokens(doc)
    for i, m in at.items():
        root = toks[i]
        place = m.source.split("+")[0] in _PLACE_SOURCES
        if _plural_agreement(doc, m, root):
            vote(m, G, _AGREEMENT)
        if _member_slot(doc, m, root, at, place):
            vote(m, G, _MEMBER_SLOT)
        if _listed_member(root):
            vote(m, P, _MEMBER_SLOT)
    return out


def _plural_agreement(doc: Doc, m: Mention, root) -> bool:
    """The name alone is the subject of a present-tense plural verb right after it ("X go", "X
    remain", "X have not ..."), not of a bare infinitive ("sees X guest on") nor of a verb shared
    with other names ("A, B and C follow", "A (vocals) and B (guitar) make up ...")."""
    if root.dep_ != "nsubj" or root.pos_ == "PRON" or root.lower_ in _PRONOUN_WORDS or any(
            c.dep_ in {"conj", "cc"} for c in root.children):
        return False  # "We have ...", "I have ..." opening a quote are capitalised, not names
    verb = root.head
    if verb.pos_ not in {"VERB", "AUX"} or not 0 < verb.i - m.end + 1 <= 3 or m.end >= len(doc):
        return False
    if verb.lower_ in GROUP_NOUNS | PERSON_ROLES | RELEASE_NOUNS:
        return False  # "Leeds quartet The Wicker Lanes ...": a noun the tagger took for a verb
    if any(t.text in {",", "(", "&", "and", "/", "x"} or t.pos_ not in {"AUX", "ADV", "PART", "VERB"}
           for t in doc[m.end:verb.i]):
        return False  # only an auxiliary or an adverb between the name and its verb
    if m.end - m.start == 1 and root.tag_ == "NNS":
        return False  # "Tickets cost £25", "Insiders claim": a plural noun opening a sentence
    before = tokens(doc)[m.start - 1] if m.start > 0 else None
    for t in reversed(tokens(doc)[max(0, m.start - 8):m.start]):
        if t.pos_ in {"VERB", "AUX"} or t.text in {":", ";", "—", "–", "(", "\n"} or t.is_sent_end:
            break
        if t.lower_ in {"and", "&", "with", "x", "/", "plus"}:
            return False  # "Singer A and rapper B join forces": the verb is the pair's
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    if aux:
        first = aux[0]
        return first.lower_ == "were" or (
            first.tag_ == "VBP" and first.lower_ in {"are", "have", "'re", "’re", "'ve", "’ve", "do"})
    if verb.lower_ in {"are", "were", "'re", "’re"}:
        return True
    if verb.dep_ in {"ccomp", "xcomp"} and verb.head.i < m.start and not any(c.dep_ == "mark" for c in verb.children):
        return False  # "the album sees X guest on ...", "features X vocalist Y": a bare verb after a verb
    if verb.tag_ == "VBP":
        return verb.lower_ != "am"
    if verb.tag_ == "VB" and verb.dep_ not in {"xcomp"}:
        # a headline's "X go deep" is tagged as a bare verb: only where the name opens its clause
        return before is None or (before.is_sent_start and before.is_punct) or before.text in {":", ";", ",", "—", "–"}
    return False


def _member_slot(doc: Doc, m: Mention, root, at: dict[int, Mention], place: bool) -> bool:
    """The name stands where only a band does: after a member's role and "of"/"in"/"from" ("the
    drummer in X"), after a person and "of" ("Kai Roe of X"), before a member's role ("the X
    rapper", "the former X pair"), or as what someone formed or founded ("he formed X")."""
    head = root.head
    if {w.lower().strip(".") for w in m.text.split()} & (ORG_WORDS | PLATFORMS):
        return False  # "Kai Roe of Sterling Gate Management": a firm
    if root.dep_ == "pobj" and head.lower_ in {"of", "in", "from"} and head.head.i != head.i:
        owner = head.head
        # "the singer of X"; "the rapper from X" is where a soloist comes from, "the drummer in X" a band
        if owner.lower_ in (_MEMBERSHIP_ROLES if head.lower_ == "of" else _BAND_PARTS) and not (
                place and head.lower_ != "of"):
            return not any(t.lower_ in {"best", "greatest", "top", "only", "first"} for t in owner.lefts)
        holder = at.get(owner.i)
        if holder is not None and head.lower_ == "of" and holder.source.startswith("ner:PERSON") and (
                len(holder.text.split()) >= 2) and not place:
            return True  # "Kai Roe of X" (a place after "of" is where a person comes from)
    if root.dep_ in {"compound", "amod", "nmod"} and head.lower_ in _BAND_PARTS and head.i == m.end and (
            not place) and not (m.source.startswith("ner:PERSON") and len(m.text.split()) >= 2):
        return any(t.lower_ in {"the", "former", "ex", "ex-", "'s", "’s"} or t.tag_ == "PRP$"
                   for t in doc[max(0, m.start - 2):m.start])
    # "he formed X with ...", not "founding guitarist X" (a participle describing a person)
    return root.dep_ == "dobj" and head.lemma_.lower() in _FOUNDING and head.tag_ != "VBG" and (
        0 < m.start - head.i <= 2) and not place and not any(c.dep_ == "prt" for c in head.children)


def _listed_member(root) -> bool:
    """The name is one of three or more listed as a line-up: hung on a line-up noun ("the trio of
    A, B and C", "members A, B and C"), included by a group ("the group, which includes A, B and
    C"), or set beside a plural of people ("A and B, two singers")."""
    top = root
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    listed = _coordination(top)
    if len(listed) < 2:
        return False
    names = sum(1 for t in listed if t.pos_ == "PROPN" or t.text[:1].isupper())
    if names < len(listed):
        return False
    if any(c.lower_ in _PLURAL_PERSONS for c in top.children if c.dep_ == "appos") or any(
            c.lower_ in {"members", "member", "line-up", "lineup"} for c in top.children if c.dep_ == "compound"):
        return True
    if len(listed) < 3:
        return False
    head = top.head
    if top.dep_ == "appos" and head.lower_ in {"members", "line-up", "lineup"}:
        return True
    if top.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _LINEUP_NOUNS:
        return True
    if top.dep_ == "dobj" and head.lemma_ in {"include", "comprise"}:
        subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.lower_ in {"which", "that"} and head.dep_ == "relcl":
            subject = head.head
        return subject is not None and subject.lower_ in _LINEUP_NOUNS
    return False


_DASHES = frozenset(["-", "–", "—"])
_NUMBERED = re.compile(r"\s*\d{1,2}\s*[.)]\s+")
_PLACE_OR_TIME = frozenset(["ner:GPE", "ner:LOC", "ner:FAC", "ner:DATE", "ner:TIME", "ner:NORP", "ner:EVENT"])


def _line_spans(doc: Doc, mentions: list[Mention]) -> list[tuple[int, int, list[Mention]]]:
    """The doc's lines as (first token, end token, name mentions on the line), in order."""
    out: list[tuple[int, int, list[Mention]]] = []
    start = 0
    for tok in tokens(doc):
        if "\n" in tok.text or "\n" in tok.whitespace_ or tok.i == len(doc) - 1:
            end = tok.i + 1
            while start < end and tokens(doc)[start].is_space:
                start += 1
            if start < end:
                out.append((start, end, []))
            start = end
    k = 0
    names = sorted((m for m in mentions if not m.pronoun), key=lambda m: m.start)
    for m in names:
        while k < len(out) and out[k][1] <= m.start:
            k += 1
        if k < len(out) and out[k][0] <= m.start and m.end <= out[k][1]:
            out[k][2].append(m)
    return out


def _only(doc: Doc, start: int, end: int, allowed: set[str]) -> bool:
    return all(t.text in allowed or t.is_space for t in tokens(doc)[start:end])


def _closing_credit(doc: Doc, start: int, end: int) -> bool:
    """Tokens ``start:end`` end a list line harmlessly: nothing, a bracketed credit ("(feat. X)",
    "(dir. Y)"), a bare "feat. X" or a row of rating stars."""
    rest = [t for t in tokens(doc)[start:end] if not t.is_space and not t.is_quote]
    if not rest:
        return True
    first = rest[0].lower_.rstrip(".")
    return first in {"(", "[", "feat", "ft", "featuring", "prod", "with"} or all(
        not any(c.isalnum() for c in t.text) for t in rest)


def _dash_pair(doc: Doc, start: int, end: int, names: list[Mention]) -> tuple[Mention, Mention] | None:
    """A list line that is just "[3.] A – B" (maybe after "Review:", maybe with a credit after B):
    the two names it pairs, else None."""
    pair = next(((a, b) for a, b in itertools.pairwise(names) if _only(
        doc, a.end, b.start, _DASHES | {"“", "”", '"', "‘", "’", "'"}) and any(
            t.text in _DASHES for t in tokens(doc)[a.end:b.start])), None)
    if pair is None:
        return None
    a, b = pair
    prefix = [t for t in tokens(doc)[start:a.start] if not t.is_space and not t.is_quote]
    if prefix and prefix[-1].text == "The" and prefix[-1].i == a.start - 1:
        prefix.pop()  # "The Wilting Ferns – ...": NER left the article out of the name
    if prefix and not (_NUMBERED.match(doc[start:a.start].text + " ") or (
            len(prefix) <= 4 and prefix[-1].text == ":")):
        return None
    if not _closing_credit(doc, b.end, end) or any(m.start >= b.end and not _credited(doc, m) for m in names):
        return None
    if a.source.split("+")[0] in _PLACE_OR_TIME and b.source.split("+")[0] in _PLACE_OR_TIME:
        return None  # "Seoul – Olympic Hall": a tour stop (NER misreads single names as places often)
    return a, b


def _credited(doc: Doc, m: Mention) -> bool:
    """``m`` follows a credit word or sits in brackets ("feat. X", "(dir. Y)")."""
    before = doc[max(0, m.start - 3):m.start]
    return any(t.lower_.rstrip(".") in {"feat", "ft", "featuring", "dir", "prod", "with", "by", "x", "&", "and", ","}
               or t.text in {"(", "["} for t in before)


def _as_title(m: Mention) -> None:
    if m.type is not R:
        m.type = R
        m.source = m.source.split("+")[0] + "+cue"


def _as_artist(doc: Doc, m: Mention) -> None:
    """The name set against a title on a list line is the artist: never the release; the line
    after may say which kind ("The Leeds band ...")."""
    if m.quoted:
        return
    heading = _heading_description(doc, m)
    if heading is not None:
        m.type, m.source = heading, m.source.split("+")[0] + "+cue"
    elif m.type is R:
        m.type = None


def _type_list_lines(doc: Doc, mentions: list[Mention]) -> None:
    """Types set by the shape of list lines, before mentions are grouped:

    * a track list: numbered lines under a heading ending "tracklist:" / "tracks:", and names
      after "Best tracks:" on one line, are releases ("3. Paper Lanterns (feat. Ava Holt)");
    * "A – B" lines of a list pair an artist and a title: where one side is quoted, the other is
      the artist; where neither is, the article's quoted lines tell the order ("“Title” – Artist"
      in a winners list), else the usual "Artist – Title" of reviews and countdowns holds.
    """
    lines = _line_spans(doc, mentions)
    pairs: list[tuple[Mention, Mention]] = []
    in_tracks = False
    for start, end, names in lines:
        text = doc[start:end].text
        numbered = bool(_NUMBERED.match(text + " "))
        if in_tracks and numbered and names and not names[0].quoted and _NUMBERED.fullmatch(
                doc[start:names[0].start].text + " ") and _closing_credit(doc, names[0].end, end):
            _as_title(names[0])
        elif not numbered:
            in_tracks = bool(TRACK_LIST_HEADING.search(text))
        colon = next((t for t in tokens(doc)[start:end] if t.text == ":"), None)
        if colon is not None and not in_tracks and TRACK_LIST_HEADING.search(doc[start:colon.i + 1].text):
            for m in names:  # "Best tracks: Ferry Lights, Tin Heart and Salt"
                if m.start > colon.i and tokens(doc)[m.start - 1].lower_ in {":", ",", "and", "&"}:
                    _as_title(m)
        pair = _dash_pair(doc, start, end, names)
        if pair is not None:
            pairs.append(pair)
    title_first = sum(1 for a, b in pairs if a.quoted and not b.quoted)
    artist_first = sum(1 for a, b in pairs if b.quoted and not a.quoted)
    for a, b in pairs:
        if a.quoted == b.quoted:
            if a.quoted:
                continue
            title, artist = (a, b) if title_first > artist_first else (b, a)
            _as_title(title)
        else:
            artist = b if a.quoted else a
        _as_artist(doc, artist)


def _nickname(doc: Doc, m: Mention) -> bool:
    """A quoted word set inside a person's name ("Clarence ‘Sugarfoot’ Mabry", "KRIS “SKULL” AALBERG")
    or glossed as what people call someone ("Penhale — “Bee” to all who knew her") is a nickname."""
    toks = tokens(doc)
    if not m.quoted or m.end - m.start != 1 or m.start < 2 or m.end + 2 >= len(doc) or not (
            toks[m.start - 1].is_quote and toks[m.end].is_quote):
        return False
    left, right = toks[m.start - 2], toks[m.end + 1]
    if right.lower_ == "to" and (
            toks[m.end + 2].lower_ in {"everyone", "friends", "fans", "family", "those", "all"}):
        return True
    inside = left.is_alpha and right.is_alpha and left.text[:1].isupper() and right.text[:1].isupper() and not (
        left.is_sent_start or left.lower_ in RELEASE_NOUNS or right.lower_ in RELEASE_NOUNS)
    # one side is a person's name to NER, or both are set in capitals like the nickname (a caps headline)
    return inside and ("PERSON" in {left.ent_type_, right.ent_type_} or (
        left.is_upper and right.is_upper and toks[m.start].text.isupper()))


def _type_by_shape(doc: Doc, mentions: list[Mention]) -> None:
    """Types read from the shape around a mention that the context cues of names found by NER
    do not cover: list lines (:func:`_type_list_lines`), a name NER took for a title although a
    group noun or a scene's plural heads it ("a new band, The Day Shifts,"), and nicknames
    quoted inside a person's name."""
    _type_list_lines(doc, mentions)
    for m in mentions:
        if m.pronoun:
            continue
        if m.source == "ner:WORK_OF_ART" and not m.quoted and (
                _apposed_group_noun(doc, m) or _scene_plural_before(doc, m)):
            m.type, m.source = G, m.source + "+cue"
        elif m.quoted and m.type is R and _nickname(doc, m):
            m.type, m.source, m.quoted = P, "caps+cue", False


def _union(entities: list[Entity], keep: Entity, gone: Entity, mentions_alias: bool = True) -> None:
    if keep is gone:
        return
    for m in gone.mentions:
        m.entity = keep.index
    keep.mentions.extend(gone.mentions)
    keep.aliases |= gone.aliases
    keep.short_forms |= gone.short_forms
    gone.mentions = []
    if keep.type is None:
        keep.type = gone.type


def _merge_stated_aliases(doc: Doc, mentions: list[Mention], entities: list[Entity]) -> None:
    toks = tokens(doc)
    named = [m for m in mentions if not m.pronoun and m.type is not R]
    text = doc_text(doc)
    for a, b in itertools.pairwise(named):
        if a.sent != b.sent or a.entity == b.entity:
            continue
        between = text[toks[a.end - 1].idx + len(toks[a.end - 1]):toks[b.start].idx]
        ea, eb = entities[a.entity], entities[b.entity]
        if {ea.type, eb.type} - {P, None}:
            continue
        paren = re.fullmatch(r"\s*\(\s*", between) and text[
            toks[b.end - 1].idx + len(toks[b.end - 1]):][:3].lstrip().startswith(")") and (
            b.source.split("+")[0] not in {"ner:GPE", "ner:NORP", "ner:LOC"})  # "Halvard (Norway)": no alias
        if paren or _ALIAS_BETWEEN.match(between):
            # The name used more often stays the display name; both become one entity.
            keep, gone = (ea, eb) if len(ea.mentions) >= len(eb.mentions) else (eb, ea)
            _union(entities, keep, gone)
            keep.type = keep.type or P
            # "V (Kim Taehyung)", "V, whose real name is ...": the first; "X, better known as V": the second
            keep.stage_name = b.text if not paren and _STAGE_NAME_FOLLOWS.search(between) else a.text


_PLAIN_FULL_NAME = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)? [A-Z][a-z]+(?:-[A-Z][a-z]+)?$")


def _merge_short_forms(entities: list[Entity]) -> None:
    full: dict[str, list[Entity]] = defaultdict(list)
    for e in entities:
        if not e.mentions or not (e.type is P or (e.type is None and any(
                _PLAIN_FULL_NAME.match(m.text) and not m.quoted for m in e.mentions))):
            continue  # a person, or an untyped plain "Skye Dane" that its surname alone may shorten
        for m in e.mentions:
            parts = m.text.split()
            if len(parts) >= 2:
                for part in (parts[0], parts[-1]):
                    if len(part) > 2:
                        full[_key(part)].append(e)
    for e in entities:
        if not e.mentions or e.type not in {P, None}:
            continue
        named = sorted((m for m in e.mentions if not m.pronoun), key=lambda m: m.start)
        texts = {m.text for m in named}
        if not named or len(named[0].text.split()) > 1:
            continue
        # "Kairo Black ... Black, real name Kai Robinson-Black": a short form first, its stated real name
        # after; it still shortens the full name named before it
        texts = {t for t in texts if len(t.split()) == 1}
        with_full = len(texts) < len({m.text for m in named})
        owners = {o.index: o for t in texts for o in full.get(_key(t), []) if o is not e}
        if len(owners) > 1:
            # "Cody Bratcher ... Bratcher ... his brother, Wes Bratcher": the surname keeps meaning
            # the one full name the article had introduced before it first used the surname
            first = named[0].start
            owners = {i: o for i, o in owners.items() if min(m.start for m in o.mentions) < first}
        if len(owners) > 1 and sum(o.type is P for o in owners.values()) == 1:
            # "Rhea Lund ... her label Studio Lund ... Lund said": the one name typed a person keeps the
            # surname over an untyped firm or project that merely carries it
            owners = {i: o for i, o in owners.items() if o.type is P}
        if len(owners) == 1:
            owner = next(iter(owners.values()))
            if with_full:
                lead = min(owner.mentions, key=lambda m: m.start)
                if lead.start > named[0].start:
                    continue
                owner.stage_name = owner.stage_name or lead.text  # the name it goes by, not the real name
            owner.short_forms |= texts
            _union(entities, owner, e)


_OWNERS_OR_SUBJECTS = frozenset(["nsubj", "nsubjpass"])


def _merge_group_short_forms(doc: Doc, entities: list[Entity]) -> None:
    """A band's long name cut to its first words after the full name, as an owner or a subject:
    "Harbor Light Collective released ... two of Harbor Light's singers" ("Harbor Light" is the
    band, whatever NER made of it). Only an untyped short form, never a person's name ("Kirk
    Vance" of "Kirk Vance and the Lanterns"), at least two words of a name of three or more, and
    only when one band has that beginning; a place after "in" or "from" ("New Dawn Choir ... in
    New Dawn") is left alone since it is neither an owner nor a subject."""
    toks = tokens(doc)
    starts: dict[str, list[tuple[Entity, int]]] = defaultdict(list)
    for e in entities:
        if e.type is not G or not e.mentions:
            continue
        first = min(m.start for m in e.mentions)
        for text in {m.text for m in e.mentions if not m.pronoun and not m.quoted}:
            words = re.sub(r"^(?i:the)\s+", "", text).split()
            if len(words) < 3 or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
                continue
            for k in range(2, len(words)):
                starts[_key(" ".join(words[:k]))].append((e, first))
    if not starts:
        return
    for e in entities:
        named = [m for m in e.mentions if not m.pronoun]
        if e.type is not None or not named or len({_key(m.text) for m in named}) != 1:
            continue
        owners = {o.index: (o, first) for o, first in starts.get(_key(named[0].text), []) if o is not e}
        if len(owners) != 1:
            continue
        owner, first = next(iter(owners.values()))
        if any(m.start < first or m.source.startswith("ner:PERSON") or not (
                (m.end < len(doc) and toks[m.end].text in {"'s", "’s", "'", "’"})
                or doc[m.start:m.end].root.dep_ in _OWNERS_OR_SUBJECTS) for m in named):
            continue
        owner.short_forms |= {m.text for m in named}
        _union(entities, owner, e)


_NUMBER_WORDS = frozenset(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])
_PAIR_WORDS = frozenset(["pair", "duo", "two"])
_DESCRIPTION_TYPES: dict[str, EntityType] = {
    **{w: P for w in person_role_words()}, **{w: G for w in GROUP_NOUNS},
    **{w: R for w in RELEASE_NOUNS}, **{w: G for w in _NUMBER_WORDS},
    "idol": P, "superstar": P, "pair": G,
}
_MEMBER_ROLE_WORDS = person_role_words() | {"member", "members", "bandmate", "bandmates", "alum", "alumnus"}
_POSSESSIVE_OR_REFLEXIVE = frozenset(["his", "her", "their", "himself", "herself", "themselves"])


def _binding(doc: Doc, ref: Mention) -> bool:
    """A possessive or reflexive pronoun, bound to its clause's subject ("Mara released her album").
    "her" as an object is not: in "Jon Vale sings alongside her", she is someone other than the
    subject (but after a preposition of place she may be the subject)."""
    low = ref.text.lower()
    if low not in _POSSESSIVE_OR_REFLEXIVE:
        return False
    tok = tokens(doc)[ref.start]
    return low != "her" or tok.tag_ == "PRP$" or tok.dep_ == "poss" or (
        tok.dep_ == "pobj" and tok.head.lower_ in _LOCATIVES)  # "Lina carries her culture inside her"


_LOCATIVES = frozenset(["inside", "within", "behind", "around", "about", "near", "under", "over", "above", "below"])


def reference_mentions(doc: Doc) -> list[Mention]:
    """Pronouns and definite descriptions ("the singer", "the K-pop idol's", "the
    seven-piece", "the 24-year-old"). A description's last word is its head: "the
    album chart", "the four-day festival" and "the band members" refer to nothing."""
    out: list[Mention] = []
    for tok in tokens(doc):
        low = tok.lower_
        if low in PERSON_PRONOUNS:
            out.append(Mention(tok.i, tok.i + 1, tok.text, P, "pronoun", pronoun="person"))
        elif low in PLURAL_PRONOUNS:
            out.append(Mention(tok.i, tok.i + 1, tok.text, G, "pronoun", pronoun="plural"))
        elif low in {"it", "its"}:
            out.append(Mention(tok.i, tok.i + 1, tok.text, R, "pronoun", pronoun="release"))
        elif low in {"the", "this", "that"}:
            found = _description_head(doc, tok.i)
            if found is not None:
                end, etype = found
                kind = {P: "person", G: "group", R: "release"}[etype]
                out.append(Mention(tok.i, end, doc[tok.i:end].text, etype, "description", pronoun=kind))
    return out


_KNOWN_AS = re.compile(r"(?:(?:formerly|previously|now|once|originally|also|better)\s+)?known\s+as\b", re.I)


def _names_itself(doc: Doc, after: int) -> bool:
    """The description goes on to give its name: "the band formerly known as NewDenim", "a group
    called Velvet" (a participle before a capital, not "the singer called it a gift")."""
    if _KNOWN_AS.match(doc[after:after + 4].text):
        return True
    nxt = tokens(doc)[after] if after < len(doc) else None
    return nxt is not None and nxt.lower_ in {"called", "named", "dubbed"} and nxt.tag_ == "VBN" and (
        after + 1 < len(doc) and tokens(doc)[after + 1].text[:1].isupper())


def _description_head(doc: Doc, det: int) -> tuple[int, EntityType] | None:
    """(end token, type) of the short description a determiner opens, or None."""
    toks = tokens(doc)
    j = det + 1
    while j < min(len(doc), det + 7):
        t = toks[j]
        word = t.lower_
        if not (t.is_alpha or t.text == "-" or t.like_num or "-" in t.text) or t.pos_ in {"VERB", "ADP", "AUX"}:
            return None
        nxt = toks[j + 1] if j + 1 < len(doc) else None
        if word in _NUMBER_WORDS or t.like_num:
            # "the seven-piece", "the nine-member group", "the four-day festival"
            if nxt is not None and nxt.text == "-" and j + 2 < len(doc):
                unit = toks[j + 2].lower_
                if unit in {"piece", "member", "strong"}:
                    after = toks[j + 3] if j + 3 < len(doc) else None
                    if after is not None and after.lower_ in GROUP_NOUNS:
                        return j + 4, G
                    if after is not None and after.is_alpha and after.pos_ in {"NOUN", "PROPN"}:
                        return None  # "the five-piece horn section"
                    return j + 3, G
                if unit == "year" and j + 4 < len(doc) and (
                        toks[j + 3].text == "-" and toks[j + 4].lower_ == "old"):
                    after = toks[j + 5] if j + 5 < len(doc) else None
                    if after is not None and after.is_alpha and after.pos_ in {"NOUN", "PROPN"}:
                        j += 5  # "the 24-year-old singer": the head comes later
                        continue
                    return j + 5, P
                j += 3
                continue
            is_head = nxt is None or not (nxt.is_alpha and nxt.pos_ in {"NOUN", "PROPN", "ADJ", "NUM"})
            if word in _NUMBER_WORDS and is_head and t.dep_ in {"nsubj", "nsubjpass"}:
                return j + 1, G  # "The four made their debut"
            if is_head:
                return None  # "the four they won": a count of something else
            j += 1
            continue
        if word in _DESCRIPTION_TYPES and t.pos_ in {"NOUN", "PROPN", "ADJ", "NUM"}:
            if nxt is not None and nxt.text[:1].isupper() and nxt.pos_ == "PROPN":
                return None  # "the singer IU": a role word before a name, not a reference
            if nxt is not None and nxt.is_alpha and nxt.pos_ in {"NOUN", "PROPN"} and nxt.lower_ != "s":
                j += 1  # "the album chart", "the title track": not the head yet
                continue
            if _names_itself(doc, j + 1):
                return None  # "the band formerly known as NewDenim": it names its band, refers to none before
            return j + 1, _DESCRIPTION_TYPES[word]
        if t.pos_ not in {"ADJ", "NOUN", "PROPN", "NUM", "ADV", "PUNCT"} and not t.like_num:
            return None
        j += 1
    return None


def _resolve_references(doc: Doc, mentions: list[Mention], entities: list[Entity]) -> ArticleCues:
    """Give each pronoun and description an entity, in text order, or leave it unresolved.

    A reference takes a recent entity (within three sentences of its latest
    mention, resolved references included, so a chain of "he ... his ... the
    singer" carries the topic along) of its type and, for "he"/"she", of no other
    known gender. A possessive is bound to its clause's subject; a subject
    pronoun prefers the subject of the previous sentence; a name mentioned once
    in passing yields to the passage's topic; "the rapper" prefers the entity
    introduced as a rapper; "the album" skips songs and "the track" albums; and
    "they"/"the pair" right after "A and B" (two people) stays unresolved."""
    named = [m for m in mentions if not m.pronoun and m.entity >= 0]
    cues = read_cues(doc, named, {e.index: e.type for e in entities})
    _learn_bound_genders(doc, mentions, named, entities, cues)
    history: list[Mention] = []
    for m in mentions:
        if not m.pronoun:
            if m.entity >= 0:
                history.append(m)
                cues.salience[m.entity] += 1
            continue
        target = _antecedent(doc, m, history, entities, cues)
        if target is not None:
            m.entity = target
            history.append(m)
            cues.salience[target] += 1
    return cues


def _ref_gender(ref: Mention) -> str | None:
    low = ref.text.lower()
    if ref.source == "pronoun":
        return PRONOUN_GENDER.get(low)
    head = low.split()[-1]
    return FEMALE if head in FEMALE_WORDS else MALE if head in MALE_WORDS else None


def _learn_bound_genders(doc: Doc, mentions: list[Mention], named: list[Mention], entities: list[Entity],
                         cues: ArticleCues) -> None:
    """Gender from pronouns the syntax binds to a named person: "Lady Sola rose from
    her seat", "Mira said she ...", "Rei told fans he ..."."""
    toks = tokens(doc)
    for ref in mentions:
        if ref.source != "pronoun" or ref.pronoun != "person":
            continue
        gender = PRONOUN_GENDER.get(ref.text.lower())
        subject = None
        if _binding(doc, ref):
            subject = None if _replaced_owner(doc, ref) else _clause_subject(doc, ref, named, entities)
        else:
            verb = speech_subject_verb(toks[ref.start])
            if verb is not None:
                subject = _subject_of(verb, named, entities, ref.start)
        if subject is not None and entities[subject.entity].type is P:
            if not _conjoined(doc, subject, named):  # "Pryor and Bratcher ... his": whose, it does not say
                cues.learn_gender(subject.entity, gender, 2)
        elif toks[ref.start].dep_ in {"nsubj", "nsubjpass"}:
            # "Sunho makes it clear that he hopes ...": the nearest subject above
            # a subject pronoun, when it is a named person (weak: "Mira said he ..." happens)
            above = _governing_subject(toks[ref.start], named)
            if above is not None and entities[above.entity].type is P:
                cues.learn_gender(above.entity, gender, 1)


def _governing_subject(tok, named: list[Mention]) -> Mention | None:
    """The named mention holding the first subject found above ``tok``'s clause."""
    verb = tok.head
    for _ in range(5):
        if verb.head.i == verb.i:
            return None
        verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i != tok.i]
        if subjects:
            head = subjects[0].i
            return next((m for m in named if m.start <= head < m.end and m.start < tok.i), None)
    return None


def _subject_of(verb, named: list[Mention], entities: list[Entity], before: int) -> Mention | None:
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects:
        return None
    lo, hi = subjects[0].left_edge.i, subjects[0].right_edge.i
    return next((m for m in named if lo <= m.start <= hi and m.start < before
                 and entities[m.entity].type is not None), None)


def _antecedent(doc: Doc, ref: Mention, history: list[Mention], entities: list[Entity],
                cues: ArticleCues) -> int | None:
    """The entity index ``ref`` refers to, or None."""
    low = ref.text.lower()
    head_word = low.split()[-1]
    gender = _ref_gender(ref)
    wanted = {"person": {P}, "group": {G}, "release": {R}, "plural": {G}}[ref.pronoun]
    release_kind = None
    if ref.source == "description" and ref.pronoun == "release":
        release_kind = (ALBUM if head_word in ALBUM_NOUNS - {"record"} else SONG if head_word in SONG_NOUNS
                        else "video" if head_word in VIDEO_NOUNS else None)

    def fits(m: Mention) -> bool:
        if entities[m.entity].type not in wanted or not cues.gender_fits(m.entity, gender):
            return False
        known = cues.release_kind.get(m.entity)
        if release_kind == ALBUM:
            return known != SONG
        if release_kind in {SONG, "video"}:
            return known != ALBUM
        return True

    replaced = ref.source == "pronoun" and _replaced_owner(doc, ref)
    if ref.source == "pronoun" and _binding(doc, ref) and not replaced:
        subject = _clause_subject(doc, ref, history, entities)
        if subject is not None and gender is not None:
            # "Pryor and Bratcher recorded the duet for his album": of a coordinated subject, the one
            # known to be of the pronoun's gender
            known = [m for m in [subject, *_conjoined(doc, subject, history)]
                     if cues.gender(m.entity) == gender and fits(m)]
            if len({m.entity for m in known}) == 1:
                subject = known[0]
        if subject is not None:
            entity = entities[subject.entity]
            if fits(subject) or (low == "their" and _weak_person(entity) and not subject.pronoun
                                 and not _conjoined(doc, subject, history)):  # "he and Daeri ... their"
                return subject.entity
            if entity.type not in wanted:
                return None  # a named subject of another kind: better unresolved than wrong
            # a subject of the other gender: "Sola praised Jupiter for his guitar" -> search on
    if ref.pronoun == "plural" and _recent_pair(doc, ref, history, entities) is not None:
        return None  # "Mira and Solana ... they": two people, not a group
    if head_word in _PAIR_WORDS and _two_people_since_group(ref, history, entities):
        return None  # "K-Dawn joined forces with R. Dunne, and the two ...": not a group
    candidates: list[Mention] = []
    same_type: set[int] = set()
    seen: set[int] = set()
    if ref.source == "description" or low in {"him", "her", "them"} or replaced:
        # "she praised the Spanish singer", "Harlow ... chemistry with him": not the clause's own subject
        own = _clause_subject(doc, ref, history, entities, head_only=True,
                              # "Marwick climbs, giving her two top 10s": a participle's object may be
                              # the main subject
                              through={"conj", "xcomp"} if ref.source == "pronoun" else _THROUGH)
        if own is not None and not _in_subject(doc, ref) and doc[ref.start:ref.end].root.dep_ not in {"attr", "appos"}:
            seen.add(own.entity)
            # "Kira Dunmore and Sasha Penn had featured alongside her": none of them
            seen.update(m.entity for m in _conjoined(doc, own, history, frozenset(["conj", "appos"])))
        if ref.source == "pronoun":
            # "The closer, 'Donde (with Mara Cortez)', pairs her with ...": a name inside the subject
            # phrase (not its owner) is not whom the object means either
            seen.update(m.entity for m in _buried_in_subject(doc, ref, history))
    for m in reversed(history):
        if m.start >= ref.start:
            continue
        if ref.sent - m.sent > 3:
            break
        if m.entity in seen:
            continue
        seen.add(m.entity)
        if entities[m.entity].type in wanted:
            same_type.add(m.entity)
        if fits(m):
            candidates.append(m)
    headline_only = ref.sent >= 2 and all(c.sent == 0 and _headline(doc) for c in candidates)
    if ref.source == "description" and head_word in _BAND_HEADS and (not candidates or headline_only):
        # no band in reach, or only one the headline listed ("X, Y and Dry Rib top the bill")
        named = _untyped_band(doc, ref, history, entities)
        if named is None and not candidates:
            named = _person_guess_band(doc, ref, history, entities)
        if named is not None:
            entities[named.entity].type = G  # "Frostlane's tenth album ... the band's frontman": Frostlane is a band
            return named.entity
    if not candidates and ref.source == "description" and ref.pronoun in {"release", "group"}:
        # "the film" long after the article named its only film: that one, if it is the only one
        pool = {m.entity for m in history if m.start < ref.start and fits(m)}
        if len(pool) != 1 and ref.pronoun == "group":
            topic = _topic_group(doc, ref, None, history, entities, cues)  # or the article's band
            return topic.entity if topic is not None else None
        return pool.pop() if len(pool) == 1 else None
    if not candidates:
        return None
    if ref.source == "description" and ref.pronoun == "group":
        # "former Pylon Kids guitarist June Nwachukwu ... co-founded the band": a band named only to
        # describe someone is rarely what "the band" means when another band is in reach
        fuller = [c for c in candidates if not _describes_member(doc, c)]
        candidates = fuller or candidates
    best = candidates[0]
    if low in {"he", "she"} and tokens(doc)[ref.start].dep_ in {"nsubj", "nsubjpass"} and best.sent < ref.sent and (
            _untyped_subject(doc, ref, history, entities)):
        return None  # "V's single arrived in March, shortly after he ...": V, whom nothing typed
    if ref.source == "description" and ref.pronoun == "person":
        best = _role_match(ref, head_word, best, history, entities, cues,
                           lambda m: fits(m) and m.entity not in seen - {c.entity for c in candidates}) or best
    elif low in {"he", "she", "they"} and (
            tokens(doc)[ref.start].dep_ in {"nsubj", "nsubjpass"} and best.sent < ref.sent):
        earlier = [c for c in candidates if c.sent == best.sent]
        subject = next((c for c in earlier if _as_subject(doc, c)), None)
        if subject is not None:
            best = subject  # "Moru is producing Kyo. He posted ...": the subject continues
    elif low in {"he", "she", "they"} and (
            tokens(doc)[ref.start].dep_ in {"nsubj", "nsubjpass"} and not _as_subject(doc, best)):
        # "Rei's single, featuring Dara, came out a month before he enlisted": the sentence's subject
        # (or its owner) over a name in a participle or an object
        subject = next((c for c in reversed(candidates) if c.sent == ref.sent and (
            _as_subject(doc, c) or _owns_a_subject(doc, c))), None)  # the first: the main clause's
        if subject is not None:
            best = subject
    subject_pronoun = low in {"he", "she"} and tokens(doc)[ref.start].dep_ in {"nsubj", "nsubjpass"}
    if gender is not None and cues.gender(best.entity) is None and not (
            subject_pronoun and best.sent == ref.sent and (_as_subject(doc, best) or _owns_a_subject(doc, best))
            and not _quoted(doc, ref)):
        # "Singer Lina Cho ... Producer Max Hale made the beat, and the video shows her dancing": the
        # woman the article has established, if she is the subject or the more talked-about, over a stranger
        # (not over the subject of a subject pronoun's own sentence: "Rei's single came out before he left")
        known = next((c for c in candidates if cues.gender(c.entity) == gender), None)
        if known is not None and cues.salience[known.entity] > cues.salience[best.entity]:
            best = known
    if _in_passing(doc, best, cues) and (_in_subject(doc, ref) or _binding(doc, ref)):
        # "... a cover of R. Dunne's Late Bloomer. The K-pop musician ...": a new statement about the topic
        topic = max(candidates, key=lambda c: cues.named_count[c.entity])
        if topic.entity != best.entity and cues.named_count[topic.entity] >= max(
                3, 2 * cues.named_count[best.entity]):
            best = topic
    if ref.source == "description" and ref.pronoun == "group":
        best = _topic_group(doc, ref, best, history, entities, cues) or best
    if ref.source == "pronoun" and len(same_type) == 1:
        cues.learn_gender(best.entity, gender, 1)  # the only person in reach: the pronoun tells their gender
    return best.entity


_BAND_HEADS = frozenset(["band", "group", "duo", "trio", "quartet", "quintet", "supergroup", "outfit"])
_NOT_NAMES = frozenset(["ner:DATE", "ner:TIME", "ner:MONEY", "ner:CARDINAL", "ner:ORDINAL", "ner:PERCENT",
                        "ner:QUANTITY", "ner:EVENT", "ner:LAW", "ner:LANGUAGE", "quoted"])


def _headline(doc: Doc) -> bool:
    """The first sentence is a line of its own (a headline)."""
    first = next(doc.sents)
    return first.end < len(doc) and "\n" in first[-1].text + first[-1].whitespace_ + tokens(doc)[first.end].text


def _untyped_band(doc: Doc, ref: Mention, history: list[Mention], entities: list[Entity]) -> Mention | None:
    """For "the band" with no band in reach: the one untyped name of this or the previous sentence
    that stands as a subject or owns one. "Whispers, which Harwood Lane released in 1979, ... was
    the band's only No. 1", "Frostlane's tenth album is out, and the band's frontman ...",
    "with Sources N.W. booked to end the main stage. That is the Cork band's only show"."""
    verb = doc[ref.start:ref.end].root
    for _ in range(6):
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    # "HEAVY WATER follows the duo's debut": the subject of the reference's own clause is not it
    own = {c.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}}
    found: dict[int, Mention] = {}
    for m in history:
        if m.start >= ref.start or ref.sent - m.sent > 1 or m.pronoun:
            continue
        entity = entities[m.entity]
        if entity.type is G:
            return None  # a band named right there: not an untyped name
        root = doc[m.start:m.end].root
        if entity.type is not None or not _band_shaped(doc, m) or root.i in own or root.head.i in own:
            continue
        if any(c.dep_ == "appos" and c.lower_ in RELEASE_NOUNS for c in root.children):
            continue  # "Out now: Glass Door, the new EP by Tin Owls": the title is not the band
        if is_subject(doc, m) or _owns_a_subject(doc, m) or _credited_by(doc, m):
            found[m.entity] = m
    if len(found) > 1:
        # "Frostlane's Night Moves is out, and the band's ...": a name another name owns is its work
        owners = {i for f in found.values() for i in range(f.start, f.end)}
        found = {k: f for k, f in found.items() if not any(
            c.dep_ == "poss" and c.i in owners for c in doc[f.start:f.end].root.children)}
    return next(iter(found.values())) if len(found) == 1 else None


def _credited_by(doc: Doc, m: Mention) -> bool:
    """The name is whom a release noun is "by": "the first new release by Tin Owls since ..."."""
    by = tokens(doc)[m.start - 1] if m.start > 0 else None
    return by is not None and by.lower_ == "by" and doc[m.start:m.end].root.head.i == by.i and (
        by.head.lower_ in RELEASE_NOUNS | {"release", "releases"})


def _ner_only_person(doc: Doc, entity: Entity, before: int) -> bool:
    """Typed a person by NER's guess alone: every name of it untyped or NER's PERSON, no context cue, no
    "he"/"she" bound to it before token ``before``, and its names not shaped like a given name and a
    surname ("Rattlejacks", "Maroon 5", "HALO BOYZ"): such a name may well be a band's."""
    if entity.type is not P:
        return False
    names = [m for m in entity.mentions if not m.pronoun]
    if not names or not any(m.source == "ner:PERSON" for m in names):
        return False
    for m in entity.mentions:
        if m.pronoun:
            if m.pronoun == "person" and m.start < before:
                return False
            continue
        if m.source not in {"ner:PERSON", "ner:ORG", "ner:PRODUCT", "caps"} or m.quoted:
            return False
        if _PERSON_SHAPE.fullmatch(m.text) and not m.text.startswith("The "):
            return False  # "Edith Fairbairn"
        if m.start > 0 and tokens(doc)[m.start - 1].lower_ in PERSON_ROLES | DIRECTOR_ROLES:
            return False
    return True


def _person_guess_band(doc: Doc, ref: Mention, history: list[Mention], entities: list[Entity]) -> Mention | None:
    """For "the band" / "the group" / "the Glasgow trio" with no band and no untyped name in reach:
    the one artist of the last three sentences (or of the headline) whom only NER's guess calls a
    person, if no other artist is named there: "Sony buys Rattlejacks' catalogue ... The sale covers
    the band's recordings"; "ALBUM REVIEW: Smirr – Salt ... The Glasgow trio have ..."."""
    if any(entities[m.entity].type is G for m in history if m.start < ref.start):
        return None  # the article has named a band: "the group" is more likely that one
    found: dict[int, Mention] = {}
    others: set[int] = set()
    headline = _headline(doc)
    for m in reversed(history):
        if m.start >= ref.start:
            continue
        if ref.sent - m.sent > 3 and not (headline and m.sent == 0):
            continue
        entity = entities[m.entity]
        if entity.type is None and not m.pronoun and ref.sent - m.sent <= 1 and _band_shaped(doc, m):
            return None  # a name that may be the band's, right there
        if entity.type is not P:
            continue
        if _ner_only_person(doc, entity, ref.start):
            found.setdefault(m.entity, m)
        else:
            others.add(m.entity)  # a person in reach: "the band" may be theirs
    if len(found) != 1 or others:
        return None
    guess = next(iter(found.values()))
    if any(_in_own_predicate(doc, ref, m) for m in entities[guess.entity].mentions if not m.pronoun):
        return None  # "The band signed to Interscope": named in what the band did, it is someone else
    return guess


_PREDICATE_LINKS = frozenset(["prep", "pobj", "dobj", "dative", "agent", "pcomp", "prt", "attr", "compound", "xcomp"])


def _in_own_predicate(doc: Doc, ref: Mention, m: Mention) -> bool:
    """``ref`` is its clause's subject and ``m`` an object of that clause's verb ("The band signed to
    Interscope", "the group thanked Rook"), reached through objects and prepositions only."""
    subject = doc[ref.start:ref.end].root
    if subject.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb, tok = subject.head, doc[m.start:m.end].root
    for _ in range(6):
        if tok.head.i == tok.i or tok.dep_ not in _PREDICATE_LINKS:
            return False
        tok = tok.head
        if tok.i == verb.i:
            return True
    return False


_VENUE_WORDS = frozenset(["center", "centre", "arena", "stadium", "hall", "theatre", "theater", "park", "club",
                          "weekender", "fest", "square", "garden", "gardens", "palace", "bowl", "dome"])


def _band_shaped(doc: Doc, m: Mention) -> bool:
    """A name that may be a band's: not a date or title, not NER's person, not a firm, platform or
    venue ("Sony Music", "Billboard.com", "Civic Center"), not a capitalised common word ("They"),
    not a modifier nor a name a common noun labels as something else."""
    source = m.source.split("+")[0]
    if source in _NOT_NAMES or source == "ner:PERSON" or m.type is R:
        return False
    words = m.text.lower().replace(".", " ").split()
    if not words or words[-1] in ORG_WORDS | _VENUE_WORDS or words[0] in PLATFORMS or "com" in words:
        return False  # ("Apple Music" is a platform, "Mrs. Green Apple" may be a band)
    first, root = tokens(doc)[m.start], doc[m.start:m.end].root
    if root.dep_ == "compound" or (m.start > 0 and tokens(doc)[m.start - 1].pos_ == "NOUN"):
        return False  # "Bandmate Leo Castillo", "the Northbound camp", "his ballet score Parables"
    return not (m.end - m.start == 1 and (first.is_stop or (first.is_sent_start and first.pos_ != "PROPN")))


def _topic_group(doc: Doc, ref: Mention, best: Mention | None, history: list[Mention], entities: list[Entity],
                 cues: ArticleCues) -> Mention | None:
    """"the band" when the nearest band was named in passing ("formerly of Doncaster mob Pylon
    Choir", "who played on The Fern Lads' 2019 album") or two or more sentences back, or when no
    band is in reach: the band the article keeps talking about (named or referred to three times or
    more, and at least twice as often as the nearest). Else ``best``; a description in apposition
    ("Paper Tigers, the new supergroup") always keeps its name."""
    if best is not None:
        apposed = doc[ref.start:ref.end].root.dep_ in {"appos", "attr"} or 0 <= ref.start - best.end <= 1
        passing = _in_passing(doc, best, cues) or (ref.sent - best.sent >= 2 and cues.named_count[best.entity] == 1)
        if apposed or not passing:
            return best
    seen = {m.entity: m for m in history if m.start < ref.start and not m.pronoun and entities[m.entity].type is G}
    if not seen:
        return best
    def weight(entity: int) -> int:  # named in the whole article, or named and referred to so far
        return max(cues.named_count[entity], cues.salience[entity])

    counts = {e: weight(e) for e in seen}
    top = max(counts.values())
    topic = next(e for e, n in counts.items() if n == top)
    if (best is not None and (topic == best.entity or top < 2 * weight(best.entity))) or top < 3 or (
            list(counts.values()).count(top) > 1):
        return best
    return seen[topic]


def _conjoined(doc: Doc, m: Mention, named: list[Mention], links: frozenset[str] = frozenset(["conj"])
               ) -> list[Mention]:
    """The named mentions coordinated with ``m`` ("Pryor and Bratcher": Bratcher for Pryor)."""
    root = doc[m.start:m.end].root
    found, todo = [], [c for c in root.children if c.dep_ in links]
    while todo:
        tok = todo.pop()
        todo.extend(c for c in tok.children if c.dep_ in links)
        found.extend(o for o in named if o.start <= tok.i < o.end and o is not m)
    return found


_PLACE_NOUNS = frozenset(["place", "shoes", "spot", "seat", "role", "position", "slot", "stead"])


def _replaced_owner(doc: Doc, ref: Mention) -> bool:
    """A possessive naming whom the subject replaces: "A will take his place", "B fills her
    shoes", "in his stead" - the owner is not the clause's subject."""
    tok = tokens(doc)[ref.start]
    if tok.lower_ not in {"his", "her", "their"} or tok.head.lemma_.lower() not in _PLACE_NOUNS:
        return False
    verb = tok.head.head
    return verb.lemma_.lower() in {"take", "fill", "step", "assume", "replace", "in"}


def _describes_member(doc: Doc, m: Mention) -> bool:
    """The name only qualifies a person's role: "former Pylon Kids guitarist A", "an X member"."""
    if m.pronoun or m.end >= len(doc):
        return False
    return tokens(doc)[m.end].lower_ in _MEMBER_ROLE_WORDS


def _as_subject(doc: Doc, m: Mention) -> bool:
    if m.pronoun:
        return tokens(doc)[m.start].dep_ in {"nsubj", "nsubjpass"}
    return is_subject(doc, m)


def _untyped_subject(doc: Doc, ref: Mention, history: list[Mention], entities: list[Entity]) -> bool:
    """The clause above the reference has an untyped name as its subject or a subject's owner."""
    above = {t.i for t in tokens(doc)[ref.start].ancestors}
    for m in history:
        if m.sent != ref.sent or m.start >= ref.start or m.pronoun or entities[m.entity].type is not None:
            continue
        root = doc[m.start:m.end].root
        subject = root if is_subject(doc, m) else root.head if _owns_a_subject(doc, m) else None
        while subject is not None and subject.dep_ not in {"nsubj", "nsubjpass"}:
            subject = subject.head  # up from a compound or an apposition to the subject itself
        if subject is not None and subject.head.i in above and _band_shaped(doc, m):
            return True
    return False


def _buried_in_subject(doc: Doc, ref: Mention, history: list[Mention]) -> list[Mention]:
    """Named mentions inside the subject phrase of the reference's own verb, other than its head or owner."""
    verb = tokens(doc)[ref.start].head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.i > ref.start:
        return []
    lo, hi = subject.left_edge.i, subject.right_edge.i
    return [m for m in history if lo <= m.start <= hi and not m.pronoun
            and doc[m.start:m.end].root.dep_ not in {"poss", "nsubj", "nsubjpass", "appos", "conj", "compound"}]


def _quoted(doc: Doc, ref: Mention) -> bool:
    """The reference is inside a quotation: "I'm glad he's getting recognised," Jones said."""
    sent = sentence_of(doc, ref.start)
    return sum(t.text in {'"', "“", "”"} for t in tokens(doc)[sent.start:ref.start]) % 2 == 1


def _owns_a_subject(doc: Doc, m: Mention) -> bool:
    """The mention owns its clause's subject: "Rei's single came out"."""
    root = doc[m.start:m.end].root
    return root.dep_ == "poss" and root.head.dep_ in {"nsubj", "nsubjpass"}


def _in_passing(doc: Doc, m: Mention, cues: ArticleCues) -> bool:
    """Named at most twice in the whole article, and here not as a subject: "a cover of R. Dunne's song".
    A name opening its sentence is what the sentence is about, however it is parsed ("Dry Rib return")."""
    return not m.pronoun and cues.named_count[m.entity] <= 2 and not is_subject(doc, m) and (
        not tokens(doc)[m.start].is_sent_start) and not _entry_heading(doc, m)


def _entry_heading(doc: Doc, m: Mention) -> bool:
    """The name stands on a short line of its own with the next line going on below it, as a list
    article heads each entry: '"Paper Moon" — Tin Owls (2019)' then "The folk band wrote it ...".
    Such a heading names what its entry is about, however briefly."""
    text = doc_text(doc)
    start = tokens(doc)[m.start].idx
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    if line_end < 0 or line_start == 0:
        return False  # the last line, or the first (a headline is read elsewhere)
    line = text[line_start:line_end].strip()
    return 0 < len(line.split()) <= 12 and line[-1:] not in {".", "!", "?", ":", ","} and bool(
        text[line_end:line_end + 2].strip())


def _role_match(ref: Mention, head: str, best: Mention, history: list[Mention], entities: list[Entity],
                cues: ArticleCues, fits) -> Mention | None:
    """For "the rapper": when the nearest person was introduced with other role
    words only ("sheriff Harry Lee"), the latest person introduced as a rapper
    within six sentences."""
    roles = cues.roles.get(best.entity, set())
    if head in roles or not roles or head in _GENERIC_ROLES:
        return None
    for m in reversed(history):
        if m.start >= ref.start:
            continue
        if ref.sent - m.sent > 6:
            break
        if head in cues.roles.get(m.entity, set()) and fits(m):
            return m
    return None


_GENERIC_ROLES = frozenset(["singer", "star", "artist", "musician", "idol", "superstar", "performer", "soloist",
                            "vocalist", "year-old", "old", "hitmaker", "icon", "celebrity"])


def _in_subject(doc: Doc, ref: Mention) -> bool:
    """The reference is part of its clause's subject ("Mira, the Thai rapper, released ...")."""
    tok = doc[ref.start:ref.end].root
    for _ in range(4):
        if tok.dep_ in {"nsubj", "nsubjpass", "appos"}:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _two_people_since_group(ref: Mention, history: list[Mention], entities: list[Entity]) -> bool:
    """Two different people named in this or the previous sentence after any group."""
    people: set[int] = set()
    for m in reversed(history):
        if m.start >= ref.start:
            continue
        if ref.sent - m.sent > 1 or entities[m.entity].type is G:
            break
        if entities[m.entity].type is P:
            people.add(m.entity)
    return len(people) >= 2


def _recent_pair(doc: Doc, ref: Mention, history: list[Mention], entities: list[Entity]) -> Mention | None:
    """The second of two people named together ("Mira and Solana", "Pell and
    Sunho") in this or the previous sentence, when no group was named after them."""
    text = doc_text(doc)
    earlier = [m for m in history if m.start < ref.start and ref.sent - m.sent <= 1]
    for a, b in reversed(list(itertools.pairwise(earlier))):
        if entities[b.entity].type is G:
            return None
        if a.sent != b.sent or a.pronoun or b.pronoun or a.entity == b.entity:
            continue
        if entities[a.entity].type is not P or entities[b.entity].type is not P:
            continue
        first = tokens(doc)[a.end - 1]
        between = text[first.idx + len(first):tokens(doc)[b.start].idx]
        # "Pell and Sunho", "singer Opal Reyes and rapper Dex Marlin"
        paired = re.fullmatch(r"\s*(?:and|&)\s*(?:[a-z][\w-]*\s+){0,2}", between)
        if paired and (a.sent == ref.sent or is_subject(doc, a)):
            return b
    return None


def _weak_person(entity: Entity) -> bool:
    """Typed a person only by NER on a one-word name ("Rattlejacks"): may well be a band."""
    return entity.type is P and all(m.source == "ner:PERSON" and " " not in m.text for m in entity.mentions)


_THROUGH = frozenset(["conj", "xcomp", "advcl"])


def _clause_subject(doc: Doc, ref: Mention, named: list[Mention], entities: list[Entity],
                    head_only: bool = False, through: set[str] | frozenset[str] = _THROUGH) -> Mention | None:
    """The named (or already resolved), typed subject of the clause a possessive
    pronoun sits in, before the pronoun: in "SOYA joined forces with DJ Benno
    Krall for her new single", "her" is SOYA's."""
    verb = tokens(doc)[ref.start]
    for _ in range(6):
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    for _ in range(2):
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:
            lo, hi = subjects[0].left_edge.i, subjects[0].right_edge.i
            head = subjects[0].i
            if head_only and subjects[0].lower_ in {"who", "that", "which"} and verb.dep_ == "relcl":
                # "Loretta Pryor, who asked him ...": the relative pronoun stands for the noun it follows (not
                # for possessives: "the trio that joined Montiel on her smash" is Montiel's smash)
                head = lo = hi = verb.head.i
            holder = next((m for m in named if m.start <= head < m.end and m.start < ref.start and m.entity >= 0
                           and entities[m.entity].type is not None and _binds(m)), None)
            if holder is not None or head_only:
                return holder
            for m in named:
                if lo <= m.start <= hi and m.start < ref.start and m.entity >= 0 and \
                        entities[m.entity].type is not None and _binds(m) and _owns_subject(doc, m, head):
                    return m
            return None
        if verb.dep_ not in through or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


_PRONOUN_ALIAS = re.compile(
    r"^\s*(?:alias|stage name|moniker|pseudonym|professional name|nickname|name)\s*,?\s*[“\"‘']?\s*$", re.I)


def _owns_subject(doc: Doc, m: Mention, head: int) -> bool:
    """The mention is the subject's possessor or in apposition to it ("VORS' new
    album ... their"), not a name inside a phrase of it ("a dinner with X")."""
    tok = doc[m.start:m.end].root
    for _ in range(4):
        if tok.i == head:
            return True
        if tok.dep_ not in {"poss", "compound", "appos", "conj", "nmod"}:
            return False
        tok = tok.head
    return False


def _binds(m: Mention) -> bool:
    """A clause subject that binds a possessive: a name, or a resolved reference to
    an artist ("The singer ... her followers"), not "it"."""
    return not m.pronoun or m.pronoun in {"person", "plural", "group"}


def _merge_pronoun_aliases(doc: Doc, mentions: list[Mention], entities: list[Entity]) -> None:
    """"... released under his alias Tembo K": the name joins the entity "his" refers to."""
    text = doc_text(doc)
    for ref, nxt in itertools.pairwise(mentions):
        if ref.source != "pronoun" or ref.entity < 0 or ref.text.lower() not in {"his", "her", "their"}:
            continue
        if nxt.pronoun or nxt.entity < 0 or nxt.sent != ref.sent or nxt.entity == ref.entity:
            continue
        owner, named = entities[ref.entity], entities[nxt.entity]
        if named.type not in {P, None} or owner.type not in {P, G}:
            continue
        if owner.type is G and named.type is None:
            pass
        elif owner.type is G:
            continue
        last = tokens(doc)[ref.end - 1]
        if not _PRONOUN_ALIAS.match(text[last.idx + len(last):tokens(doc)[nxt.start].idx]):
            continue
        if not re.search(r"\b(?:under|as|using|with|by)\s+(?:his|her|their)\s*$", text[max(0, last.idx - 12):
                                                                                       last.idx + len(last)]):
            continue
        gone = named
        _union(entities, owner, gone)
        for m in mentions:
            if m.entity == gone.index:
                m.entity = owner.index
