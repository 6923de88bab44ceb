"""What an article itself says about its entities, for resolving references.

Reference resolution (:func:`artistgraph.loaders.entities._resolve_references`)
needs more than the nearest name of the right type. This module reads, from the
article alone:

* each person's **gender** from unambiguous evidence: a possessive or reflexive
  pronoun bound to the subject of its own clause ("Mara Quill released her
  debut"), "X said she ...", gendered role and title words ("actress",
  "frontman", "Mr", "widow"), and membership of a girl group or boy band;
* the **role words** each entity was introduced with ("rapper K-Havoc",
  "Mira, the Thai rapper"), so "the rapper" finds the rapper;
* whether a release is an **album** or a **song** ("the album MASK", "her new
  single 'Tin Crown'"), so "the album" does not land on a track;
* which mentions are **subjects** and how often each entity is named, so a
  name mentioned once in passing does not steal a pronoun from the artist the
  passage is about.

None of it is about particular artists: the cues are how news is written.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from artistgraph.graph.model import EntityType
from artistgraph.loaders.lexicon import GROUP_NOUNS, PERSON_ROLES
from artistgraph.loaders.mentions import Mention, doc_text, sentence_of, tokens

P, G, R = EntityType.PERSON, EntityType.GROUP, EntityType.RELEASE

FEMALE, MALE = "f", "m"

# Words that, next to a name, say which gender the person is.
FEMALE_WORDS = frozenset([
    "actress", "songstress", "frontwoman", "singer-actress", "chanteuse", "diva", "woman", "girl", "wife", "widow",
    "daughter", "mother", "sister", "girlfriend", "queen", "princess", "mrs", "ms", "miss", "dame", "businesswoman",
    "spokeswoman", "chairwoman", "heiress", "hostess", "duchess", "countess", "grandmother", "aunt", "niece",
    "bride", "fiancee", "fiancée", "mum", "mom", "ballerina", "starlet", "comedienne", "madam", "madame",
])
MALE_WORDS = frozenset([
    "actor", "frontman", "singer-actor", "man", "boy", "husband", "widower", "son", "father", "brother",
    "boyfriend", "king", "prince", "mr", "sir", "lord", "businessman", "spokesman", "chairman", "grandfather",
    "uncle", "nephew", "groom", "fiance", "dad", "crooner", "bandleader-man", "monsieur",
])
_FEMALE_GROUP = re.compile(
    r"\b(?:girl[\s-]?(?:group|band)s?|all[\s-]female|female[\s-](?:group|band|trio|duo|quartet))\b", re.I)
_MALE_GROUP = re.compile(r"\b(?:boy[\s-]?(?:group|band)s?|all[\s-]male|male[\s-](?:group|band|trio|duo|quartet))\b",
                         re.I)
PRONOUN_GENDER = {"he": MALE, "him": MALE, "his": MALE, "himself": MALE,
                  "she": FEMALE, "her": FEMALE, "hers": FEMALE, "herself": FEMALE}
# Verbs of saying and thinking: "X said she ...": the subject pronoun of their
# complement clause is the speaker (in news, nearly always).
SPEECH_VERBS = frozenset(["say", "tell", "add", "explain", "admit", "reveal", "claim", "insist", "promise",
                          "believe", "think", "feel", "confirm", "announce", "write", "post", "recall", "note",
                          "state", "declare", "stress", "hope", "vow", "confess", "joke", "share", "describe"])

ALBUM_NOUNS = frozenset(["album", "albums", "ep", "lp", "mixtape", "mini-album", "anthology", "compilation",
                         "full-length", "record"])
SONG_NOUNS = frozenset(["song", "single", "track", "tune", "ballad", "anthem", "duet", "hit", "number", "smash",
                        "b-side", "cut", "songs", "singles", "tracks", "title-track"])
VIDEO_NOUNS = frozenset(["video", "clip", "mv", "music-video", "visuals", "visualizer", "film"])
ALBUM, SONG = "album", "song"


@dataclass
class ArticleCues:
    """Per-entity evidence read from one article (indices are entity indices)."""

    votes: dict[int, Counter] = field(default_factory=dict)
    roles: dict[int, set[str]] = field(default_factory=dict)
    release_kind: dict[int, str] = field(default_factory=dict)
    named_count: Counter = field(default_factory=Counter)
    salience: Counter = field(default_factory=Counter)  # mentions so far, resolved references included

    def learn_gender(self, entity: int, gender: str | None, weight: int = 1) -> None:
        """Record one piece of evidence (a role word weighs 3, a bound pronoun 2, a
        pronoun in a sentence naming no one else 1)."""
        if gender is not None and entity >= 0:
            self.votes.setdefault(entity, Counter())[gender] += weight

    def gender(self, entity: int) -> str | None:
        """The entity's gender if the evidence for it outweighs the rest two to one, else None."""
        votes = self.votes.get(entity)
        if not votes:
            return None
        f, m = votes[FEMALE], votes[MALE]
        return FEMALE if f >= 2 * m and f else MALE if m >= 2 * f and m else None

    def gender_fits(self, entity: int, gender: str | None) -> bool:
        """True unless the entity is known to be of the other gender."""
        known = self.gender(entity)
        return gender is None or known is None or known == gender


def mention_root(doc: Doc, m: Mention) -> Token:
    return doc[m.start:m.end].root


def is_subject(doc: Doc, m: Mention) -> bool:
    """The mention is (part of) the subject of a clause: "Mira and Renée said", "VORS' J released"
    is J's, not VORS's (a possessor is in passing)."""
    tok = mention_root(doc, m)
    for _ in range(4):
        if tok.dep_ in {"nsubj", "nsubjpass"}:
            return True
        if tok.dep_ not in {"compound", "appos", "conj", "flat"} or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def read_cues(doc: Doc, named: list[Mention], types: dict[int, EntityType | None]) -> ArticleCues:
    """Gender, roles and release kinds from the named mentions of one article.

    ``types`` maps entity index -> entity type. Possessive binding evidence is
    added later by the resolver, which knows the clause subjects."""
    cues = ArticleCues()
    group_gender: dict[int, str] = {}
    for m in named:
        cues.named_count[m.entity] += 1
        etype = types.get(m.entity)
        words = _attached_words(doc, m) if etype is not G else set()  # a group's cues are read from its phrase
        if etype in {P, None}:
            # every label, not only music roles: "sheriff Harry Lee" is no "rapper"
            cues.roles.setdefault(m.entity, set()).update(words - {"the", "a", "an", "'s", "’s", "-"})
            if etype is P:
                if words & FEMALE_WORDS:
                    cues.learn_gender(m.entity, FEMALE, 3)
                if words & MALE_WORDS:
                    cues.learn_gender(m.entity, MALE, 3)
        if etype is G:
            window = _np_text(doc, m)
            if _FEMALE_GROUP.search(window):
                group_gender[m.entity] = FEMALE
            elif _MALE_GROUP.search(window):
                group_gender[m.entity] = MALE
        if etype is R:
            kind = _release_kind(words)
            if kind is not None:
                cues.release_kind.setdefault(m.entity, kind)
                if cues.release_kind[m.entity] != kind:
                    cues.release_kind[m.entity] = "both"
    for entity, kind in list(cues.release_kind.items()):
        if kind == "both":
            del cues.release_kind[entity]
    _inherit_group_gender(doc, named, types, group_gender, cues)
    return cues


def _release_kind(words: set[str]) -> str | None:
    album, song = bool(words & ALBUM_NOUNS), bool(words & SONG_NOUNS)
    if album and not song:
        return ALBUM
    if song and not album:
        return SONG
    return None


def _attached_words(doc: Doc, m: Mention) -> set[str]:
    """Lower-cased words the text puts right next to the name as a label: the
    pre-modifiers ("Spanish actress X", "Mr X", "girl group Y's X") and an
    apposition ("X, the Thai rapper and singer," / "X, her new single")."""
    toks = tokens(doc)
    out: set[str] = set()
    sent = sentence_of(doc, m.start)
    j = m.start - 1
    steps = 0
    while j >= sent.start and steps < 5:
        tok = toks[j]
        low = tok.lower_.rstrip(".")
        if tok.pos_ == "CCONJ" and j > sent.start and (
                toks[j - 1].lower_ in PERSON_ROLES | FEMALE_WORDS | MALE_WORDS):
            j -= 1  # "actress and singer Lina Cho"
            steps += 1
            continue
        if tok.pos_ in {"VERB", "AUX", "ADP", "PRON", "SCONJ", "CCONJ"} or (
                tok.is_punct and tok.text not in {"-", "'s", "’s"}):
            break
        if tok.pos_ == "PROPN" and j + 1 < m.start and toks[j + 1].text in {"'s", "’s", "'", "’"}:
            break  # a possessor: "Glowmint's Mira" (a group's gender is read separately)
        if tok.pos_ == "DET" and low not in {"the", "a", "an"}:
            break
        out.add(low)
        if low in {"the", "a", "an"}:
            break
        j -= 1
        steps += 1
    root = doc[m.start:m.end].root
    if root.dep_ == "appos" and root.head.i < m.start:
        # "Its lead single, Polar, ...": the noun the name is in apposition to
        out.add(root.head.lower_)
        out.update(c.lower_ for c in root.head.children if c.dep_ in {"amod", "compound"})
    k = m.end
    if k < len(doc) and toks[k].text == "," and k + 1 < sent.end:
        for tok in toks[k + 1:min(sent.end, k + 8)]:
            if tok.is_punct and tok.text not in {"-"}:
                break
            if tok.pos_ in {"VERB", "AUX"} and tok.dep_ not in {"amod"}:
                break
            low = tok.lower_
            if tok.dep_ in {"appos", "conj", "compound", "amod"} or tok.head.i in range(m.start, m.end) or (
                    tok.head.dep_ == "appos"):
                out.add(low)
    return out


def _np_text(doc: Doc, m: Mention) -> str:
    """The few words before a name and its apposition, as text: "K-pop girl group X", "X, a boy band"."""
    sent = sentence_of(doc, m.start)
    lo = max(sent.start, m.start - 4)
    hi = min(sent.end, m.end + 6)
    after = doc[m.end:hi].text
    after = after.split(".")[0]
    return doc[lo:m.start].text + " | " + (after if after.startswith(",") else "")


_MEMBERSHIP_LINK = re.compile(r"^\s*(?:['’]s?|member|,?\s*(?:a|one|the)?\s*(?:\w+\s+)?(?:member|leader|maknae|"
                              r"vocalist|rapper|singer|dancer)s?\s+(?:of|from|in)(?:\s+(?:the\s+)?[\w-]+\s+"
                              r"(?:group|band))?|\s*(?:of|from|in)(?:\s+(?:the\s+)?(?:[\w-]+\s+)?(?:girl|boy)"
                              r"[\s-]?(?:group|band))?|\s*member)\s*$", re.I)


def _inherit_group_gender(doc: Doc, named: list[Mention], types: dict[int, EntityType | None],
                          group_gender: dict[int, str], cues: ArticleCues) -> None:
    """A member of a girl group is a woman, of a boy band a man: "Glowmint's Mira",
    "Mira of girl group Glowmint", "boy band Oxa member Rei"."""
    if not group_gender:
        return
    text = doc_text(doc)
    for a, b in itertools.pairwise(named):
        if a.sent != b.sent:
            continue
        first, second = tokens(doc)[a.end - 1], tokens(doc)[b.start]
        between = text[first.idx + len(first):second.idx]
        if len(between) > 40 or not _MEMBERSHIP_LINK.match(between):
            continue
        person, group = (b, a) if types.get(a.entity) is G else (a, b)
        if types.get(person.entity) is P and group.entity in group_gender:
            cues.learn_gender(person.entity, group_gender[group.entity], 3)


def speech_subject_verb(tok: Token) -> Token | None:
    """For a subject pronoun of a clause reported by a speech verb ("X said (that)
    she ..."), that speech verb; else None."""
    if tok.dep_ != "nsubj":
        return None
    verb = tok.head
    if verb.dep_ not in {"ccomp", "xcomp"}:
        return None
    gov = verb.head
    if gov.lemma_.lower() in SPEECH_VERBS:
        return gov
    return None


def person_role_words() -> frozenset[str]:
    """Singular role nouns a description may use to refer to one person: "the
    rapper", "the songstress" (not family words: "the widow of X" names her by X)."""
    return frozenset(w for w in PERSON_ROLES if not w.endswith("s")) | {
        "songstress", "frontwoman", "frontman", "actress", "actor", "chanteuse", "starlet", "diva", "crooner"}


GROUP_WORDS = GROUP_NOUNS
