"""Group an article's mentions into entities: aliases, short forms and references.

* Same folded name (ignoring a leading "the") -> one entity.
* Stated aliases: "A, known as B", "B (A)", "A, whose real name is B",
  "under his alias B" -> one entity; the name used most often leads.
* Short forms: "Puth" after "Charlie Puth" -> the full name's entity.
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
from artistgraph.loaders.lexicon import (
    GROUP_NOUNS,
    PERSON_PRONOUNS,
    PERSON_ROLES,
    PLURAL_PRONOUNS,
    RELEASE_NOUNS,
)
from artistgraph.loaders.mentions import Mention

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

    @property
    def name(self) -> str:
        counts = Counter(m.text for m in self.mentions if not m.pronoun and m.text not in self.short_forms)
        if not counts:
            counts = Counter(m.text for m in self.mentions if not m.pronoun)
        best = max(counts, key=lambda n: (counts[n], len(n), n))
        # "The Quiet Coast" once mid-sentence, "Quiet Coast" where NER cut it: the article is part of the name
        return f"The {best}" if f"The {best}" in counts else best

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


def _key(text: str) -> str:
    return normalize_name(re.sub(r"^(?i:the)\s+", "", text))


_ALIAS_BETWEEN = re.compile(
    r"^\s*(?:,\s*)?(?:(?:who is |also |better |more commonly |popularly |widely )?known as|"
    r"(?:whose |his |her )?real name(?: is)?|born|a\.k\.a\.?|aka|also called|"
    r"(?:who\s+)?(?:\w+\s+)?(?:under|using|with|as) (?:his|her|their|the) (?:alias|stage name|name|moniker|"
    r"pseudonym))\s*:?\s*$",
    re.I,
)


def build_entities(doc: Doc, mentions: list[Mention]) -> list[Entity]:
    """Cluster mentions into entities and resolve references; sets ``m.entity``."""
    entities: list[Entity] = []
    by_key: dict[tuple[str, bool], Entity] = {}
    for m in mentions:
        if m.pronoun:
            continue
        is_release = m.type is R
        key = (_key(m.text), is_release)
        entity = by_key.get(key)
        if entity is None:
            entity = Entity(len(entities))
            entities.append(entity)
            by_key[key] = entity
        entity.mentions.append(m)
        m.entity = entity.index
    _type_entities(entities)
    _merge_stated_aliases(doc, mentions, entities)
    _merge_short_forms(entities)
    _resolve_references(doc, mentions, entities)
    return entities


def _type_entities(entities: list[Entity]) -> None:
    rank = {"quoted": 5, "cue-title": 4, "gazetteer": 4}
    for entity in entities:
        votes: Counter = Counter()
        for m in entity.mentions:
            if m.type is None:
                continue
            weight = rank.get(m.source, 3 if "+cue" in m.source else 1)
            votes[m.type] += weight
        entity.type = votes.most_common(1)[0][0] if votes else None


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
    named = [m for m in mentions if not m.pronoun and m.type is not R]
    text = doc.text
    for a, b in itertools.pairwise(named):
        if a.sent != b.sent or a.entity == b.entity:
            continue
        between = text[doc[a.end - 1].idx + len(doc[a.end - 1]):doc[b.start].idx]
        ea, eb = entities[a.entity], entities[b.entity]
        if {ea.type, eb.type} - {P, None}:
            continue
        paren = re.fullmatch(r"\s*\(\s*", between) and text[
            doc[b.end - 1].idx + len(doc[b.end - 1]):][:3].lstrip().startswith(")")
        if paren or _ALIAS_BETWEEN.match(between):
            # The name used more often stays the display name; both become one entity.
            keep, gone = (ea, eb) if len(ea.mentions) >= len(eb.mentions) else (eb, ea)
            _union(entities, keep, gone)
            keep.type = keep.type or P


def _merge_short_forms(entities: list[Entity]) -> None:
    full: dict[str, list[Entity]] = defaultdict(list)
    for e in entities:
        if e.type is not P or not e.mentions:
            continue
        for m in e.mentions:
            parts = m.text.split()
            if len(parts) >= 2:
                for part in (parts[0], parts[-1]):
                    if len(part) > 2:
                        full[_key(part)].append(e)
    for e in entities:
        if not e.mentions or e.type not in {P, None}:
            continue
        texts = {m.text for m in e.mentions}
        if any(len(t.split()) > 1 for t in texts):
            continue
        owners = {o.index: o for t in texts for o in full.get(_key(t), []) if o is not e}
        if len(owners) == 1:
            owner = next(iter(owners.values()))
            owner.short_forms |= texts
            _union(entities, owner, e)


_DESCRIPTION_TYPES: dict[str, EntityType] = {
    **{w: P for w in PERSON_ROLES}, **{w: G for w in GROUP_NOUNS},
    **{w: R for w in RELEASE_NOUNS},
    "idol": P, "year-old": P, "superstar": P, "pair": G, "four": G, "seven": G,
}


def reference_mentions(doc: Doc) -> list[Mention]:
    """Pronouns and definite descriptions ("the singer", "the K-pop idol's")."""
    out: list[Mention] = []
    for tok in doc:
        low = tok.lower_
        if low in PERSON_PRONOUNS:
            out.append(Mention(tok.i, tok.i + 1, tok.text, P, "pronoun", pronoun="person"))
        elif low in PLURAL_PRONOUNS:
            out.append(Mention(tok.i, tok.i + 1, tok.text, G, "pronoun", pronoun="plural"))
        elif low in {"it", "its"}:
            out.append(Mention(tok.i, tok.i + 1, tok.text, R, "pronoun", pronoun="release"))
        elif low in {"the", "this", "that"}:
            # the head noun of a short description: "the (K-pop) (boy) group", "the 24-year-old"
            for j in range(tok.i + 1, min(len(doc), tok.i + 5)):
                word = doc[j].lower_
                if word in _DESCRIPTION_TYPES and doc[j].pos_ in {"NOUN", "PROPN", "ADJ", "NUM"}:
                    if j + 1 < len(doc) and doc[j + 1].text[:1].isupper() and doc[j + 1].pos_ == "PROPN":
                        break  # "the singer IU": a role word before a name, not a reference
                    etype = _DESCRIPTION_TYPES[word]
                    kind = {P: "person", G: "group", R: "release"}[etype]
                    out.append(Mention(tok.i, j + 1, doc[tok.i:j + 1].text, etype, "description",
                                       pronoun=kind))
                    break
                if not (doc[j].is_alpha or doc[j].text in {"-"}) or doc[j].pos_ in {"VERB", "ADP"}:
                    break
    return out


def _resolve_references(doc: Doc, mentions: list[Mention], entities: list[Entity]) -> None:
    """Each pronoun/description takes the most recent entity of its type within
    the last three sentences (persons for "he/she", groups or persons for "they")."""
    named = [m for m in mentions if not m.pronoun and m.entity >= 0]
    for ref in (m for m in mentions if m.pronoun):
        wanted = {"person": {P}, "group": {G}, "release": {R}, "plural": {G}}[ref.pronoun]
        if ref.text.lower() in {"his", "her", "their"}:
            subject = _clause_subject(doc, ref, named, entities)
            if subject is not None:
                if entities[subject.entity].type in wanted or (ref.text.lower() == "their" and _weak_person(
                        entities[subject.entity])):
                    ref.entity = subject.entity
                continue  # a named subject of another kind: better unresolved than wrong
        best = None
        for m in reversed(named):
            if m.start >= ref.start:
                continue
            if ref.sent - m.sent > 3:
                break
            etype = entities[m.entity].type
            if etype in wanted:
                best = m
                break
        if best is not None:
            ref.entity = best.entity


def _weak_person(entity: Entity) -> bool:
    """Typed a person only by NER on a one-word name ("Babyshambles"): may well be a band."""
    return entity.type is P and all(m.source == "ner:PERSON" and " " not in m.text for m in entity.mentions)


def _clause_subject(doc: Doc, ref: Mention, named: list[Mention], entities: list[Entity]) -> Mention | None:
    """The named, typed subject of the clause a possessive pronoun sits in, before
    the pronoun: in "RAEHA joined forces with DJ Marten Holm for her new
    single", "her" is RAEHA's."""
    verb = doc[ref.start]
    for _ in range(6):
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    for _ in range(2):
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:
            lo, hi = subjects[0].left_edge.i, subjects[0].right_edge.i
            for m in named:
                if lo <= m.start <= hi and m.start < ref.start and entities[m.entity].type is not None:
                    return m
            return None
        if verb.dep_ not in {"conj", "xcomp", "advcl"} or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None
