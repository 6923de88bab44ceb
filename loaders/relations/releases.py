"""BY_ARTIST: release verbs, joint releases, duets, covers, title lines, tracks on
albums, release references ("the band's 2019 breakthrough X") and achievements."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator

from spacy.tokens import Token

from artistgraph.loaders.entities import TYPEABLE_SOURCES
from artistgraph.loaders.lexicon import (
    ACHIEVEMENT_VERBS,
    AWARD_WORDS,
    CHART_WORDS,
    GROUP_NOUNS,
    NEGATIONS,
    PERSON_ROLES,
    RELEASE_NOUNS,
)
from artistgraph.loaders.mentions import Mention, sentence_of, tokens
from artistgraph.loaders.relations.collaborations import (
    _RELATIVE_PRONOUNS,
    _split_credit,
    implied_artist,
    subject_mentions,
)
from artistgraph.loaders.relations.context import ART, Candidate, Context, G, P, R, clause_negated, statement_modality
from artistgraph.loaders.relations.coordination import coordinated, coordinated_before
from artistgraph.loaders.relations.lookups import artistlike, mentions_in
from artistgraph.loaders.relations.members import CAREER_VERBS, head_subjects, person_or_untyped
from artistgraph.loaders.relations.pairs import implied_type
from artistgraph.loaders.relations.wording import POSS, QEND, RELEASE_WORDS

RELEASE_LEMMAS = {"release", "drop", "issue", "unveil", "share", "debut", "premiere", "launch", "put",
                   "record", "present", "tease", "deliver", "reissue", "re-release", "rerelease", "remaster"}

NOT_THE_RELEASE = frozenset(["preview", "previews", "teaser", "teasers", "trailer", "poster", "posters", "photo",
                              "photos", "image", "images", "snippet", "snippets", "glimpse", "details", "tracklist",
                              "statement", "message", "news", "schedule", "date", "title", "cover", "artwork"])

# "recorded vocals for “X”", "shared a verse on “Y”": a part of someone's track, not the track
_PART_WORDS = frozenset(["vocals", "vocal", "verse", "verses", "harmonies", "harmony", "bars", "hook", "parts", "part",
                         "backing", "overdubs", "cameo", "feature", "features", "guitar", "drums", "strings"])

_JOINT_LEMMAS = {"team": "up", "pair": "up", "link": "up", "join": "forces", "unite": ""}


def joint_release_candidates(ctx: Context) -> Iterator[Candidate]:
    """Artists who team up on a release share it: "A and B have teamed up for
    “X”", "A and B joined forces on “X”" (each is its artist)."""
    for tok in ctx.tokens:
        need = _JOINT_LEMMAS.get(tok.lemma_.lower())
        if need is None or tok.pos_ != "VERB" or clause_negated(tok):
            continue
        if need and not any(c.lower_ == need for c in tok.children):
            continue
        release = None
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in {"on", "for"}:
                release = next((m for m in mentions_in(ctx, list(prep.subtree))
                                if ctx.etype(m) is R and not m.pronoun), None)
                break
        artists = [m for m in subject_mentions(ctx, tok) if ctx.etype(m) in ART and not m.pronoun]
        if release is None or len({m.entity for m in artists}) < 2:
            continue  # "A teamed up with B on X": who leads is not said
        sent = sentence_of(tok.doc, tok.i)
        modality = statement_modality(sent, tok)
        for artist in artists:
            start, end = ctx.char_span(artist, release)
            yield Candidate("BY_ARTIST", release.entity, artist.entity, start, end, sent, 0.75 * modality,
                            "joint-release")


# a work two acts made as equals: "duet", "joint single", "joint 2021 chart-topper" (a "collaboration with"
# is as often a guest's verse, so it is not one)
_JOINT_WORK = (r"(?:duet|joint\s+(?:[\w-]+\s+)?(?:single|song|track|album|ep|lp|record|release|mixtape|hit|"
               r"chart-topper|effort|project))")

# "“X,” his duet with A", "“X”, a joint single with A", "“X,” the group's joint single with A"
_DUET_AFTER = re.compile(rf"^{QEND}(?:(?P<pron>his|her|their)|a|an|the\s+(?P<desc>[\w-]+){POSS}|the)\s+"
                         rf"(?:[\w'’-]+\s+){{0,2}}?{_JOINT_WORK}\s+(?:with|alongside)\s+", re.I)

# "“X”, a duet between A and B", "“X,” credited jointly to A and B": both names are its artists
_BOTH_AFTER = re.compile(rf"^{QEND}(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,3}}?duet\s+between|"
                         r"(?:(?:the|a|an)\s+(?:(?:19|20)\d\d\s+)?(?:[\w-]+\s+){0,2}?(?:single|song|track|album|"
                         r"record|ep)\s+)?(?:(?:which|that)\s+(?:is|was)\s+)?(?:credited\s+jointly|jointly\s+credited|"
                         r"co-credited)\s+to)\s+", re.I)

_DUET_BEFORE = re.compile(rf"(?:\b(?P<pron>his|her|their)|\b(?:a|an|the)|(?P<poss>{POSS}))\s+(?:[\w'’-]+\s+){{0,2}}?"
                          rf"{_JOINT_WORK}\s+(?:with|alongside)\s+(?P<rest>[^,;:()“”\"]{{1,60}}?)\s*,\s*[“\"‘']?$", re.I)

_DUET_TITLED = re.compile(rf"\b(?:(?P<pron>his|her|their)\s+|(?:a|an|the)\s+)(?:[\w-]+\s+)?{_JOINT_WORK}\s*[“\"‘']?$",
                          re.I)

_WITH_AFTER = re.compile(rf"^{QEND}(?:with|alongside)\s+", re.I)

_PARTNER_GAP = re.compile(r"^(?:(?:the|a|an)\s+)?(?:[\w&'’-]+\s+){0,3}$")


def _partner_at(ctx: Context, rel: Mention, char: int) -> Mention | None:
    """The artist named first after ``char`` in ``rel``'s sentence, behind at most
    a few role words ("with (Malaysian) singer A"), or None."""
    for m in ctx.by_sent.get(rel.sent, []):
        at = ctx.tokens[m.start].idx
        if at < char or m.pronoun or m.entity == rel.entity:
            continue
        if at - char > 50 or not _PARTNER_GAP.match(ctx.text[char:at]):
            return None
        if _qualifies_next(ctx, m):
            continue  # "with the Accra singer A", "with Glasshouse singer B": the partner comes after the role
        if artistlike(ctx, m) and ctx.etype(m) is not R:
            return m
    return None


def _qualifies_next(ctx: Context, m: Mention) -> bool:
    """``m`` is followed by a role word and the name it qualifies: "Accra singer A", "Glasshouse
    drummer B" (the first name only says where A is from, or what B plays in)."""
    nxt = next((o for o in ctx.by_sent.get(m.sent, []) if o.start >= m.end), None)
    if nxt is None or not 1 <= nxt.start - m.end <= 3:
        return False
    gap = ctx.tokens[m.end:nxt.start]
    return all(t.is_lower and t.is_alpha for t in gap) and gap[-1].lower_ in GROUP_NOUNS | PERSON_ROLES


def _pronoun_at(ctx: Context, rel: Mention, char: int) -> Mention | None:
    """The resolved possessive pronoun at ``char`` ("his duet"), or the description ending there
    ("the group's duet", when no other artist of its type is named since the sentence before),
    if it names an artist."""
    owner = next((o for o in ctx.by_sent.get(rel.sent, []) if o.pronoun and ctx.tokens[o.start].idx <= char
                  <= ctx.tokens[o.end - 1].idx), None)
    if owner is None or owner.entity < 0 or ctx.etype(owner) not in ART:
        return None
    if owner.source == "description" and _rival_antecedent(ctx, owner):
        return None
    return owner


def duet_candidates(ctx: Context) -> Iterator[Candidate]:
    """A duet is by both its singers: "“X,” his duet with (singer) A", "his 2018 duet
    with A, “X,”", "released the duet “X” with A" give X by A (and by the owner
    of "his"/"her"/"their")."""
    for rel in ctx.mentions:
        if rel.pronoun or ctx.etype(rel) is not R:
            continue
        sent = ctx.sents[rel.sent]
        rel_end = ctx.tokens[rel.end - 1].idx + len(ctx.tokens[rel.end - 1])
        after, before = ctx.after(rel, 80), ctx.before(rel, 120)
        pron_char, partners = None, []
        if hit := _DUET_AFTER.match(after):
            partner = _partner_at(ctx, rel, rel_end + hit.end())
            partners = coordinated(ctx, partner) if partner is not None else []
            pron_char = rel_end + hit.start("pron") if hit.group("pron") else (
                # "the group's joint single": a band named by its noun (a "singer" could be any of several)
                rel_end + hit.start("desc") if hit.group("desc") and hit.group("desc").lower() in GROUP_NOUNS else None)
        elif hit := _DUET_BEFORE.search(before):
            offset = ctx.tokens[rel.start].idx - len(before)
            rest_end = offset + hit.end("rest")
            partners = [m for m in ctx.by_sent.get(rel.sent, []) if not m.pronoun and artistlike(ctx, m)
                        and ctx.etype(m) is not R and offset + hit.start("rest") <= ctx.tokens[m.start].idx
                        and ctx.tokens[m.end - 1].idx + len(ctx.tokens[m.end - 1]) == rest_end]
            pron_char = offset + hit.start("pron") if hit.group("pron") else None
            if hit.group("poss"):  # "Dale Whitford's 2015 duet with A, “X,”"
                partners += [m for m in ctx.by_sent.get(rel.sent, []) if not m.pronoun and artistlike(ctx, m)
                             and ctx.tokens[m.end - 1].idx + len(ctx.tokens[m.end - 1]) == offset + hit.start("poss")]
        elif hit := _BOTH_AFTER.match(after):
            first = _partner_at(ctx, rel, rel_end + hit.end())
            partners = coordinated(ctx, first) if first is not None else []
            if len(partners) == 1 and (joint := re.match(r"^\s*(?:and|&)\s+", ctx.after(first, 10))):
                # "between Rocio V and fellow Colombian Marisol": a descriptor before the second name
                first_end = ctx.tokens[first.end - 1].idx + len(ctx.tokens[first.end - 1])
                second = _partner_at(ctx, rel, first_end + joint.end())
                partners += [second] if second is not None else []
            if len(partners) < 2:
                partners = []  # "a duet between A and B" names both; one name is a misread list
        elif (hit := _DUET_TITLED.search(before)) and (w := _WITH_AFTER.match(after)):
            partner = _partner_at(ctx, rel, rel_end + w.end())
            partners = coordinated(ctx, partner) if partner is not None else []
            offset = ctx.tokens[rel.start].idx - len(before)
            pron_char = offset + hit.start("pron") if hit.group("pron") else None
        if not partners:
            continue
        # (a duet "between" two names, or a joint credit, names every artist: no owner is guessed beside them)
        rule = "joint-credit" if hit.re is _BOTH_AFTER else "duet-partner"
        modality = statement_modality(sent)
        owner = _pronoun_at(ctx, rel, pron_char) if pron_char is not None else None
        for artist in [*partners, *([owner] if owner is not None else [])]:
            if artist.entity == rel.entity:
                continue
            start, end = ctx.char_span(rel, artist)
            yield Candidate("BY_ARTIST", rel.entity, artist.entity, start, end, sent, 0.75 * modality,
                            rule, object_type=implied_artist(ctx, artist))


_COVER_OF = re.compile(rf"(?:(?P<poss>{POSS})|\b(?P<pron>his|her|their))\s+(?:[\w-]+\s+){{0,2}}?(?:cover|version|"
                       r"rendition|reading|take|remake|re-recording|reworking)\s+of\s+"
                       rf"(?:[^,;.“”\"]{{1,40}}?{POSS}\s+)?(?:(?:the\s+)?[\w-]+\s+){{0,2}}?[“\"‘']?$", re.I)


_COVER_WORDS = ("cover", "version", "rendition", "reading", "take", "remake", "re-recording", "reworking")


def cover_candidates(ctx: Context) -> Iterator[Candidate]:
    """A cover is also by the artist who covers it: "Nearlights' cover of Cora
    Bain's Wolves of Night", "his reading of “X”", "their version of “Y”"."""
    for rel in ctx.mentions:
        # an untyped name may be the title: "cover of Cora Bain's Wolves of Night" says it is one
        if rel.pronoun or not (ctx.etype(rel) is R or (
                ctx.etype(rel) is None and rel.source.split("+")[0] in TYPEABLE_SOURCES)):
            continue
        before = ctx.before(rel, 120)
        lowered = before.lower()
        if not any(word in lowered for word in _COVER_WORDS):
            continue  # the pattern's scan costs far more than this test, which most titles fail
        hit = _COVER_OF.search(before)
        if hit is None or re.match(rf"^\s*{POSS}", ctx.after(rel, 4)):
            continue  # "cover of Cora Bain's ...": the original artist, the title comes next
        offset = ctx.tokens[rel.start].idx - len(before)
        if hit.group("pron"):
            owner = _pronoun_at(ctx, rel, offset + hit.start("pron"))
        else:
            owner = next((m for m in ctx.by_sent.get(rel.sent, []) if not m.pronoun and artistlike(ctx, m)
                          and ctx.tokens[m.end - 1].idx + len(ctx.tokens[m.end - 1]) == offset + hit.start("poss")), None)
        if owner is None or owner.entity == rel.entity or ctx.etype(owner) is R:
            continue
        sent = ctx.sents[rel.sent]
        start, end = ctx.char_span(owner, rel)
        yield Candidate("BY_ARTIST", rel.entity, owner.entity, start, end, sent, 0.7 * statement_modality(sent),
                        "cover-by-artist", subject_type=implied_type("BY_ARTIST", True, rel, ctx),
                        object_type=implied_artist(ctx, owner))


_TITLE_LINE_START = re.compile(r"^\s*(?:\d{1,3}[.)]\s*|[-*•]\s+)?[“\"‘']?$")

_TITLE_DASH = re.compile(r"^\s*[.!?]?[”\"’']?\s+[-–—]\s+$")  # (a title may end in its own full stop: “Done.” — A)

_LINE_TAIL = re.compile(r"^\s*[)\]]?\s*(?:\(\s*(?:19|20)\d\d\s*\)\s*)?[.!]?\s*$")  # (a year may close it: "(2024)")


def title_dash_artist_candidates(ctx: Context) -> Iterator[Candidate]:
    """List lines "3. “Title” - Artist", "“Title” - A & B (with C)", "“Title” - A feat. C":
    the names after the dash are the title's artists (after "feat."/"with" its guests);
    the line holds nothing else."""
    for r in ctx.mentions:
        if r.pronoun or ctx.etype(r) is not R:
            continue
        r_start = ctx.tokens[r.start].idx
        line_start = ctx.text.rfind("\n", 0, r_start) + 1
        line_end = ctx.text.find("\n", r_start)
        line_end = len(ctx.text) if line_end < 0 else line_end
        if not _TITLE_LINE_START.match(ctx.text[line_start:r_start]):
            continue
        names = sorted((m for m in ctx.mentions if m.start >= r.end and not m.pronoun
                        and ctx.tokens[m.start].idx < line_end), key=lambda m: m.start)
        if not names or not all(artistlike(ctx, m) and ctx.etype(m) is not R for m in names):
            continue
        if not _TITLE_DASH.match(ctx.between(r, names[0])):
            continue
        last = ctx.tokens[names[-1].end - 1]
        if not _LINE_TAIL.match(ctx.text[last.idx + len(last):line_end]):
            continue
        split = _split_credit(ctx, names)
        if split is None:
            continue
        primaries, guests = split
        sent = ctx.sents[r.sent]
        start, end = ctx.char_span(r, names[-1])
        for p in primaries:
            yield Candidate("BY_ARTIST", r.entity, p.entity, start, end, sent, 0.8, "title-dash-artist",
                            object_type=implied_artist(ctx, p))
        for g in guests:
            yield Candidate("FEATURES", r.entity, g.entity, start, end, sent, 0.8, "title-dash-artist",
                            object_type=implied_artist(ctx, g))


def _describes_next(ctx: Context, m: Mention, subjects: list[Mention]) -> bool:
    """``m`` is an untyped place or scene before a descriptor of the next subject:
    Bristol in "Bristol trio Moss Harbour released ...", "Leeds indie band X"."""
    if ctx.etype(m) is not None:
        return False
    for o in subjects:
        gap = ctx.doc[m.end:o.start]
        if o is not m and 1 <= len(gap) <= 3 and all(t.is_lower and t.is_alpha for t in gap) and (
                gap[-1].lower_ in GROUP_NOUNS | PERSON_ROLES):
            return True
    return False


def _glossed(ctx: Context, m: Mention) -> bool:
    """``m`` stands in brackets after another title, as its translation: "Casa Sem
    Janelas (“House Without Windows”)"."""
    return bool(re.search(r"\S\s*[(\[]\s*[“\"‘']?\s*$", ctx.before(m, 4)))


def release_verb_candidates(ctx: Context) -> Iterator[Candidate]:
    """"Pixie Owl, the star behind ..., dropped “Hold Me Close”": the subject of a
    release verb is the artist of its object."""
    yield from joint_release_candidates(ctx)
    yield from duet_candidates(ctx)
    yield from title_dash_artist_candidates(ctx)
    yield from cover_candidates(ctx)
    yield from credit_line_candidates(ctx)
    yield from headline_release_candidates(ctx)
    yield from chart_as_candidates(ctx)
    for tok in ctx.tokens:
        if tok.pos_ != "VERB" or (tok.lemma_.lower() not in RELEASE_LEMMAS and not _makes_record(tok)):
            continue
        if tok.lemma_.lower() == "put" and not any(c.lower_ == "out" for c in tok.children):
            continue
        if any(c.dep_ == "agent" for c in tok.children) or (tok.tag_ == "VBN" and tok.dep_ in {"acl", "amod"}):
            continue
        sent = sentence_of(tok.doc, tok.i)
        modality = statement_modality(sent, tok)
        if modality == 0.0 or clause_negated(tok):
            continue
        subjects = head_subjects(ctx, [m for m in subject_mentions(ctx, tok) if not m.pronoun or m.entity >= 0], tok)
        subjects = [m for m in subjects if not _describes_next(ctx, m, subjects)]
        if not subjects and tok.dep_ == "relcl" and any(
                c.dep_ == "nsubj" and c.lower_ in _RELATIVE_PRONOUNS for c in tok.children):
            # "singer Ivo Brandt, who released it in 2017": the relative pronoun stands for the name
            # ("A and B, who released X together": for each name listed)
            subjects = [x for m in mentions_in(ctx, [tok.head]) if artistlike(ctx, m) and not m.pronoun
                        for x in coordinated_before(ctx, m)[::-1] if artistlike(ctx, x)]
        objects: list[Mention] = []
        for child in tok.children:
            # xcomp/oprd: the parser reads a title like "Hold Me Close" as a clause
            if child.lower_ in NOT_THE_RELEASE or child.lower_ in _PART_WORDS:
                continue  # "shared a preview of the project": the preview is out, not the project
            if child.dep_ in {"dobj", "attr", "xcomp", "oprd"} or (child.dep_ == "prep" and child.lower_ == "with"):
                for t in [child, *child.children]:
                    m = ctx.token_mention.get(t.i)
                    # a reference only as the object itself ("released it"): "its" in "released its first
                    # album, X" or "the duet" in "the duet “X”" name another release or this one again
                    if m is not None and ctx.etype(m) is R and m not in objects and (t is child or not m.pronoun) and not (
                            t is not child and _glossed(ctx, m)):
                        objects.append(m)
                    for g in t.children:
                        if g.dep_ in {"appos", "conj", "pobj"}:
                            mm = ctx.token_mention.get(g.i)
                            if mm is not None and ctx.etype(mm) is R and mm not in objects and not mm.pronoun and not (
                                    g.dep_ == "appos" and _glossed(ctx, mm)):
                                objects.append(mm)
        if tok.lemma_.lower() == "share" and any(
                c.dep_ == "dobj" and c.i not in ctx.token_mention and c.lemma_.lower() not in RELEASE_NOUNS
                for c in tok.children):
            objects = []  # "share a mic on X", "share top billing with X", "shared a photo": not a release
        objects += [x for m in list(objects) for x in _listed_after(ctx, m) if x not in objects]
        # "she co-wrote Ada Bell's “X” ... and released the debut album ...": a description the references
        # tied to a title the text gives to another artist is some other release
        objects = [m for m in objects if not (m.source == "description" and _credited_by_name(ctx, m.entity))]
        if tok.lemma_.lower() not in RELEASE_LEMMAS:
            # "I made this record on tour buses": only a title makes "made" a release
            objects = [m for m in objects if not m.pronoun]
        if not objects and tok.dep_ == "relcl" and any(
                c.dep_ == "dobj" and c.lower_ in {"which", "that"} for c in tok.children):
            # "Whispers, which Harwood Lane released in 1979": the relative pronoun stands for the title
            objects = [m for m in mentions_in(ctx, [tok.head]) if ctx.etype(m) is R and not m.pronoun]
        unit = next((m for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"
                     for m in mentions_in(ctx, list(c.subtree))
                     if not m.pronoun and ctx.fits(m, {G}, True) and m.entity not in {s.entity for s in subjects}),
                    None)
        if unit is not None and objects:
            # "A and B will debut as the unit Dusk with the single “X”": the unit is the artist, they its members
            for rel in objects:
                start, end = ctx.char_span(unit, rel)
                yield Candidate("BY_ARTIST", rel.entity, unit.entity, start, end, sent, 0.75 * modality,
                                "release-verb-as", object_type=G)
            # the parser's conjuncts of each subject ("members A and B will debut as ...")
            people = {m.entity: m for s_ in subjects if not s_.pronoun
                      for m in mentions_in(ctx, [ctx.tokens[s_.end - 1], *ctx.tokens[s_.end - 1].conjuncts])}
            for person in people.values():
                if person_or_untyped(ctx, person) and person.entity != unit.entity:
                    start, end = ctx.char_span(person, unit)
                    yield Candidate("MEMBER_OF", person.entity, unit.entity, start, end, sent, 0.75 * modality,
                                    "release-verb-as", subject_type=P, object_type=G)
            continue
        for rel in objects:
            for artist in subjects:
                if artist.entity == rel.entity or artist.role == "director":
                    continue
                start, end = ctx.char_span(artist, rel)
                yield Candidate("BY_ARTIST", rel.entity, artist.entity, start, end, sent, 0.75 * modality,
                                "release-verb", object_type=implied_artist(ctx, artist))
        partners = _release_partners(ctx, tok, objects, subjects) if objects and subjects else []
        for rel in objects:
            for partner in partners:
                # "recorded “X” with A and “Y” with B": a partner named after a title goes with that title only
                if partner.entity == rel.entity or (partner.start > rel.start and any(
                        rel.start < o.start < partner.start and ctx.etype(o) is R and not o.pronoun
                        for o in ctx.by_sent.get(rel.sent, []))):
                    continue
                start, end = ctx.char_span(partner, rel)
                yield Candidate("BY_ARTIST", rel.entity, partner.entity, start, end, sent, 0.75 * modality,
                                "release-verb-with", object_type=implied_artist(ctx, partner))
        for artist in subjects:
            for partner in partners:
                if artist.entity != partner.entity and artist.role != "director":
                    start, end = ctx.char_span(artist, partner)
                    yield Candidate("COLLABORATED_WITH", artist.entity, partner.entity, start, end, sent,
                                    0.7 * modality, "co-primary", subject_type=implied_artist(ctx, artist),
                                    object_type=implied_artist(ctx, partner))
        named = [m for m in subjects if not m.pronoun]
        if objects and len(named) >= 2:
            for i, a in enumerate(named):
                for b in named[i + 1:]:
                    start, end = ctx.char_span(a, b)
                    yield Candidate("COLLABORATED_WITH", a.entity, b.entity, start, end, sent, 0.7 * modality,
                                    "co-primary", subject_type=implied_artist(ctx, a),
                                    object_type=implied_artist(ctx, b))


# "made the albums X and Y", "cut a record": making is releasing only when a record is what was made
_MADE_NOUNS = frozenset(["album", "albums", "record", "records", "ep", "eps", "lp", "lps", "mixtape", "mixtapes",
                         "single", "singles"])


def _credited_by_name(ctx: Context, entity: int) -> bool:
    """The text names the release with its artist somewhere ("Ada Bell's “X”", "X by Ada Bell")."""
    return any(m.entity == entity and not m.pronoun and owned_elsewhere(ctx, m) for m in ctx.mentions)


def _makes_record(verb: Token) -> bool:
    """``verb`` is "make"/"cut" with a record as its object: "made two albums of standards"."""
    return verb.lemma_.lower() in {"make", "cut"} and any(
        c.dep_ == "dobj" and c.lower_ in _MADE_NOUNS for c in verb.children)


def _listed_after(ctx: Context, m: Mention) -> list[Mention]:
    """Releases listed after ``m`` with their years in brackets: "Lifting Dust (2008)
    and Lift the Floor (2020)" gives [Lift the Floor] for Lifting Dust."""
    out, prev = [], m
    for x in ctx.by_sent.get(m.sent, []):
        if x.start < prev.end or x.pronoun:
            continue
        if ctx.etype(x) is not R or not _YEAR_LISTED.fullmatch(ctx.between(prev, x)):
            break
        out.append(x)
        prev = x
    return out


_YEAR_LISTED = re.compile(r"\s*[”\"’']?\s*(?:\((?:19|20)\d\d\)\s*)?(?:,|,?\s*and|&)\s*[“\"‘']?\s*")

# "with producer A", "with his band B": who else took part in a record without being its artist
_NOT_PARTNER_BEFORE = re.compile(r"\b(?:producers?|engineers?|directors?|mixers?|songwriters?|writers?|team|label|"
                                 r"band|group|orchestra|choir|help)\s*$", re.I)

# the release verbs whose "with B" names a co-primary ("recorded “X” with B", "released the joint single with B")
_PARTNER_LEMMAS = frozenset({"record", "release", "make", "cut", "put", "drop", "issue"})


def _release_partners(ctx: Context, verb: Token, objects: list[Mention], subjects: list[Mention]) -> list[Mention]:
    """The artists a release verb says its subject made the release with, read as
    co-primaries: "A recorded “X” with B", "A, who released the joint single “X” with
    B and C", "B, with whom he made the albums X and Y". Producers, bands of the
    subject's own and guests ("featuring") are not partners."""
    if verb.lemma_.lower() not in _PARTNER_LEMMAS:
        return []
    # ("with whom he made the albums X and Y": the parser may hang "with whom" on the object noun)
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj"),
             *(ctx.tokens[t] for m in objects for t in range(m.start, m.end))]
    preps = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in {"with", "alongside"}]
    found: list[Mention] = []
    for prep in preps:
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if obj.lower_ == "whom" and verb.dep_ == "relcl":
                # "Tilda Brauer, with whom he made ...": the relative pronoun stands for the name
                found += [m for m in mentions_in(ctx, [verb.head]) if not m.pronoun]
                continue
            first = ctx.token_mention.get(obj.i)
            if first is None or first.pronoun:
                continue
            found += coordinated(ctx, first)
    own = {s.entity for s in subjects} | {o.entity for o in objects}
    partners: dict[int, Mention] = {}
    for m in found:
        if ctx.etype(m) not in ART or m.entity in own or m.role == "director" or _NOT_PARTNER_BEFORE.search(
                ctx.before(m, 30)):
            continue
        partners.setdefault(m.entity, m)
    return list(partners.values())


_ALBUM_HOLDS = re.compile(
    # (after the album: its year in brackets or "in April 2012", or an apposition "its 1995 follow-up,")
    rf"^{QEND}(?:\s*\((?:19|20)\d\d\)|\s+in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)?"
    r"(?:\s*,\s*(?:its|his|her|their|the|a|an)\s+[^,;:.“”\"()]{1,40},)?"
    r"(?::|,?\s*(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w-]+\s+){0,3}?(?:(?:which|that)\s+)?"
    r"(?:also\s+)?(?:features|featured|featuring|includes|included|including|contains|contained|boasts|boasted|"
    r"pairs|paired|spawned|yielded|opens with|opened with|closes with|closed with|home to)\s+(?:the\s+)?"
    r"(?:(?:lead|title|hit|singles?|songs?|tracks?|ballad|number)\s+)*(?:called\s+|titled\s+)?)\s*[“\"‘']?$", re.I)

_TRACK_ON = re.compile(
    rf"^{QEND}(?:(?:(?:the|a|an)\s+)?(?:(?:lead|title|opening|closing|first|second|third|final|focus|"
    r"bonus|pre-release|hit|new|latest|standout)\s+)*(?:single|track|song|cut|number|ballad)\s+(?:from|off|on|of)|"
    # "“Face Paint”, also from The Van", "“ASAP” from the Stand Up EP", "the former, from 2012's PM"
    r",?\s*(?:(?:also|both)\s+)?(?:taken\s+)?(?:from|off)(?=\s)|"
    r"(?:which\s+|that\s+)?(?:(?:first|originally|also|later|previously|initially)\s+)?(?:appeared|appears|"
    r"is featured|was featured|is included|was included|"
    r"got an official release|was released|is out)\s+on)\s+(?:(?:the|his|her|their|its|a|an)\s+)?"
    r"(?:[\w'’-]+\s+){0,5}?[“\"‘']?$", re.I)

# "its singles “Oro” and “Madrugada”": the tracks of the album "its" refers to
# "Velvet Hours, which arrived in May, led by the single “X”", "the EP, preceded by the singles “X” and “Y”":
# an album and the singles that went before it
_ALBUM_LED_BY = re.compile(
    rf"^{QEND}(?:[^.;:“”\"]{{0,60}}?,\s*)?(?:(?:which|that)\s+(?:was|is|were|had\s+been|has\s+been)\s+)?"
    r"(?:led|preceded|trailed|heralded|spearheaded|fronted|previewed)\s+by\s+(?:the\s+)?"
    r"(?:(?:lead|title|hit|first|second|third|pre-release|focus|advance|viral|breakout)\s+)*"
    r"(?:singles?|tracks?|songs?|cuts?)\s*,?\s*[“\"‘']?$", re.I)

# "From Velvet Hours came the single “X”": the album first, then what came from it
_FROM_ALBUM_CAME = re.compile(r"^\s*[”\"’']?\s*,?\s*(?:came|comes|come|sprang|emerged|arrived)\s+(?:the\s+)?"
                              r"(?:[\w-]+\s+){0,3}?(?:singles?|tracks?|songs?|hits?|cuts?)?\s*,?\s*[“\"‘']?$", re.I)

# "“X” and “Y”, the former from Velvet Hours": which of two listed titles the album holds
_FORMER_FROM = re.compile(r"^\s*[”\"’']?\s*,?\s*(?:and\s+)?the\s+(?P<which>former|latter)\s*,?\s*(?:(?:also|both)\s+)?"
                          r"(?:taken\s+)?(?:from|off)\s+(?:(?:the|his|her|their|its|a|an)\s+)?"
                          r"(?:[\w'’-]+\s+){0,4}?[“\"‘']?$", re.I)

_ITS_TRACKS = re.compile(r"\bits\s+(?:[\w-]+\s+){0,2}?(?:singles?|tracks?|songs?|title[ -]track|b-sides?|cuts?|"
                         r"centrepiece|centerpiece|opener|closer|highlights?|standouts?)\s*"
                         r"(?:,\s*)?[“\"‘']?$", re.I)


# a heading over a numbered track list, read for the album it names (mentions.TRACK_LIST_HEADING finds the
# titles under any track-list heading): "Basement Tapes Vol. 3 tracklist:", "PAPER LANTERNS TRACKLIST",
# "Tracklist for Night Ferry:", "Track listing — X"
_TRACKLIST_HEAD = re.compile(r"^(?P<pre>.*?)[\s:–—-]*\b(?:full\s+|complete\s+)?(?:track\s*-?\s*list(?:ing)?|"
                             r"track\s+by\s+track)\b(?P<post>.*?)[:.]?\s*$", re.I)
_NUMBERED_LINE = re.compile(r"\s*\d{1,2}\s*[.)]\s+")


def tracklist_tracks(ctx: Context) -> Iterator[tuple[Mention, Mention | None]]:
    """(track, album) pairs from a numbered track list under a heading ("Salt Year
    tracklist:" then "1. Brackish", "2. Tidewrack (feat. A)"): each entry whose name
    fills its line (up to a credit in brackets) is a track on the album. The album is
    the release the heading names, or None when it names none we know ("Tracklist:",
    or a title the text spells otherwise)."""
    text = ctx.text
    if not re.search(r"(?i)track\s*-?\s*list|track\s+by\s+track", text):
        return
    named = sorted((m for m in ctx.mentions if not m.pronoun and ctx.etype(m) is R), key=lambda m: m.start)
    starts = {ctx.tokens[m.start].idx: m for m in ctx.mentions if not m.pronoun and ctx.etype(m) in {R, None}}
    pos = 0
    lines = text.split("\n")
    offsets = []
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    for i, line in enumerate(lines):
        head = _TRACKLIST_HEAD.match(line)
        if head is None or len(line) > 120 or _NUMBERED_LINE.match(line):
            continue
        at, end = offsets[i], offsets[i] + len(line)
        album = next((m for m in named if at <= ctx.tokens[m.start].idx < end), None)
        if album is None and head.group("pre").strip():
            title = head.group("pre").strip(" :–—-").lower()  # "PAPER LANTERNS, IRON GATES" for "Paper Lanterns, Iron Gates"
            album = next((m for m in named if m.text.lower() == title), None)
        for j in range(i + 1, len(lines)):
            entry = _NUMBERED_LINE.match(lines[j])
            if entry is None:
                if lines[j].strip():
                    break
                continue
            track = starts.get(offsets[j] + entry.end())
            if track is None or (album is not None and track.entity == album.entity):
                continue
            rest = text[ctx.tokens[track.end - 1].idx + len(ctx.tokens[track.end - 1]):offsets[j] + len(lines[j])]
            if _TRACK_LINE_REST.match(rest):
                yield track, album


# after a track's name on its line: guest and producer credits in brackets, a running time
_TRACK_LINE_REST = re.compile(r"^\s*(?:[(\[]\s*(?:feat\.?|ft\.?|f/|featuring|with|w/|prod\.?|produced|remix|"
                              r"bonus|interlude|skit|live|acoustic|demo)(?![a-z])[^()\[\]]*[)\]]\s*)*(?:[-–—]\s*\d{1,2}:\d\d\s*|\d{1,2}:\d\d\s*)?$")


def album_tracks(ctx: Context) -> Iterator[tuple[Mention, Mention]]:
    """(track, album) pairs the text states: "MASK: Set Me Loose Pt. 2, Like Mad
    and Lonely", "‘Ground Zero’, a single album which featured ‘Zoomzoom’ and
    ‘Hum’", "“Gold”, the second track from Amira"."""
    named = sorted((m for m in ctx.mentions if not m.pronoun and ctx.etype(m) is R), key=lambda m: m.start)
    for track, album in tracklist_tracks(ctx):
        if album is not None:
            yield track, album
    for a, b in itertools.pairwise(named):
        if a.sent != b.sent or a.entity == b.entity or b.start - a.end > 15:
            continue
        between = ctx.between(a, b)
        if _ALBUM_HOLDS.match(between) or _ALBUM_LED_BY.match(between) or (
                _FROM_ALBUM_CAME.match(between) and _opens_with_from(ctx, a)):
            for track in coordinated(ctx, b):
                if ctx.etype(track) is R and track.entity != a.entity:
                    yield track, a
        elif _TRACK_ON.match(between):
            yield a, b
        elif (former := _FORMER_FROM.match(between)) is not None:
            first = next((m for m in reversed(named) if m.sent == a.sent and m.end <= a.start), None)
            pair = [first, a] if first is not None and any(m is a for m in coordinated(ctx, first)) else []
            if pair:
                held = pair[0] if former.group("which").lower() == "former" else pair[1]
                if held.entity != b.entity:
                    yield held, b
    for track in named:
        if not _ITS_TRACKS.search(ctx.before(track, 50)):
            continue
        its = next((m for m in ctx.by_sent.get(track.sent, []) if m.pronoun and m.text.lower() == "its"
                    and m.end <= track.start and track.start - m.end <= 6), None)
        album = next((m for m in reversed(named) if its is not None and m.entity == its.entity
                      and m.start < track.start), None)
        if album is None:  # the references left "its" open: the release named last before it
            album = next((m for m in reversed(named) if m.sent == track.sent and m.end <= track.start
                          and m.entity != track.entity), None)
        if album is None or album.entity == track.entity:
            continue
        for listed in coordinated(ctx, track):
            if ctx.etype(listed) is R and listed.entity != album.entity:
                yield listed, album


def _opens_with_from(ctx: Context, m: Mention) -> bool:
    """``m`` follows a "From" that opens its sentence (or its "And from"): "From Velvet Hours came ..."."""
    start = ctx.sents[m.sent].start
    i = m.start - 1
    while i > start and ctx.tokens[i].is_quote:
        i -= 1
    if i < 0 or ctx.tokens[i].lower_ != "from":
        return False
    return i == start or (i - 1 == start and ctx.tokens[i - 1].lower_ in {"and", "but"})


def focus_artist(ctx: Context, members: dict[int, set[int]] | None = None) -> int | None:
    """The artist an article is about: named (or referred to) at least three
    times and at least twice as often as any other artist; else None.
    ``members`` (person -> their groups): a group's own members do not compete with it
    ("LUMINA ... leader Haeun ... Haeun"), though they still may be the focus themselves."""
    counts: Counter[int] = Counter(m.entity for m in ctx.mentions
                              if ctx.etype(m) in {P, G})
    if members:
        top = counts.most_common(1)[0][0] if counts else None
        groups = [e for e, _ in counts.most_common() if ctx.entities[e].type is G]
        if groups and top == groups[0]:  # (a member named most may be the story: "Haeun goes solo")
            counts = Counter({e: n for e, n in counts.items() if groups[0] not in members.get(e, set())})
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
        return None
    return ranked[0][0]


# "the band's 2019 breakthrough “X”", "Their previous two videos, for “X” and “Y”", "the group's 2021
# documentary “X”": a release noun (with up to four modifiers) right before the title
_OWNED_NOUN = (r"(?:singles?|albums?|songs?|tracks?|eps?|lps?|mixtapes?|records?|ballads?|hits?|debut|breakthrough|"
               r"documentary|film|videos?|clips?|mini[- ]albums?|b-sides?|duets?|anthems?|follow-up|comeback|"
               r"sophomore|smash|effort|offering|release)")

_REFERENCE_OWNS = re.compile(rf"^\s*(?:{POSS}\s*)?(?:[\w-]+,?\s+){{0,4}}?{_OWNED_NOUN}\s*"
                             r"(?:,?\s*(?:for|titled|called|entitled)\s+)?[,:]?\s*[“\"‘']?\s*$", re.I)

_NOT_OWNED = re.compile(r"\b(?:cover|covers|version|rendition|remix|reading|take|sample|favourite|favorite|"
                        r"of|on|from|than|with|by|in|at|to|and|or|as)\b", re.I)


def reference_owner_release_candidates(ctx: Context) -> Iterator[Candidate]:
    """A release its sentence gives to an artist named only by a reference:
    "Producer A, who had also produced the band's 2018 breakthrough “X”": X is by the
    band the reference resolved to; "Their previous two videos, for “X” and “Y”" gives
    both. Covers, versions and favourites ("her reading of “X”") are not owned."""
    for ref in ctx.mentions:
        if not ref.pronoun or ctx.etype(ref) not in ART:
            continue
        low = ref.text.lower()
        if ref.source != "description" and low not in {"his", "her", "their"}:
            continue
        if ref.source == "description" and not ctx.after(ref, 3).lstrip().startswith(("'s", "’s", "'", "’")):
            continue  # "the band" as a subject owns nothing here; "the band's" does
        release = next((m for m in ctx.by_sent.get(ref.sent, []) if m.start >= ref.end and not m.pronoun
                        and ctx.etype(m) is R), None)
        if release is None or release.entity == ref.entity or release.start - ref.end > 8:
            continue
        between = ctx.between(ref, release)
        if not _REFERENCE_OWNS.match(between) or _NOT_OWNED.search(between) or owned_elsewhere(ctx, release):
            continue
        if _rival_antecedent(ctx, ref):
            continue
        sent = ctx.sents[ref.sent]
        for rel in coordinated(ctx, release):
            if ctx.etype(rel) is not R or rel.entity == ref.entity:
                continue
            start, end = ctx.char_span(ref, rel)
            yield Candidate("BY_ARTIST", rel.entity, ref.entity, start, end, sent,
                            0.75 * statement_modality(sent), "reference-possessive-release")


def _rival_antecedent(ctx: Context, ref: Mention) -> bool:
    """Another artist of the reference's type is named since the previous sentence,
    so "the band's" / "her" could point to either: "... Paper Tigers, featuring Harbour
    frontman A. The band's first single ..." """
    etype = ctx.etype(ref)
    near = [m for s in (ref.sent - 1, ref.sent) for m in ctx.by_sent.get(s, [])
            if not m.pronoun and m.start < ref.start]
    return any(m.entity != ref.entity and ctx.etype(m) is etype for m in near)


_TITLE_ROLES = {"singer": {P, G}, "rapper": {P}, "hitmaker": {P, G}, "star": {P, G}, "singer-songwriter": {P},
                "crooner": {P}, "songstress": {P}, "rocker": {P}, "rockers": {G}, "band": {G}, "group": {G},
                "duo": {G}, "trio": {G}, "act": {G, P}, "artist": {P}, "diva": {P}, "idol": {P}, "hitmakers": {G}}


def title_descriptor_candidates(ctx: Context) -> Iterator[Candidate]:
    """"The Downtown Soul singer opens the clip": a title used to name its artist,
    who is the one the article is about (or the last artist named before)."""
    doc = ctx.doc
    for m in ctx.mentions:
        if m.pronoun or ctx.etype(m) not in {R, None} or (ctx.etype(m) is None and m.source.split("+")[0] not in
                                                          TYPEABLE_SOURCES | {"quoted"}):
            continue
        start = m.start - 1 if m.start > 0 and tokens(doc)[m.start - 1].is_quote else m.start
        end = m.end + 1 if m.end < len(doc) and tokens(doc)[m.end].is_quote else m.end
        if start < 1 or end >= len(doc) or tokens(doc)[start - 1].lower_ != "the":
            continue
        wanted = _TITLE_ROLES.get(tokens(doc)[end].lower_)
        if wanted is None or (end + 1 < len(doc) and tokens(doc)[end + 1].pos_ == "PROPN"):
            continue  # "the Prism singer Tansy Hargrove" names its artist: the pair rules read it
        # only when one artist dominates: "the Rocket singer" in a story on a duet could be either
        artist = focus_artist(ctx)
        named: Counter[int] = Counter(o.entity for o in ctx.mentions if not o.pronoun and ctx.etype(o) in {P, G})
        if artist is None or artist == m.entity or ctx.entities[artist].type not in wanted or any(
                n >= 2 for e, n in named.items() if e != artist):
            continue
        sent = ctx.sents[m.sent]
        c_start, c_end = tokens(doc)[start - 1].idx, tokens(doc)[end].idx + len(tokens(doc)[end])
        yield Candidate("BY_ARTIST", m.entity, artist, c_start, c_end, sent, 0.65 * statement_modality(sent, tokens(doc)[end]),
                        "title-descriptor", subject_type=R)


# (lower-case modifiers too: "“X,” his award-winning single")
_PRONOUN_APPOSITION = re.compile(rf"^\s*[”\"’']?\s*,\s*[”\"’']?\s*(?P<pron>his|her|their)\s+"
                                 rf"(?:(?:{RELEASE_WORDS}|[a-z]+-[a-z]+)\s+)*?"
                                 r"(?:single|album|song|track|ep|mini-album|mixtape|record|ballad|lp)\b", re.I)


def pronoun_apposition_candidates(ctx: Context) -> Iterator[Candidate]:
    """"K-Dawn ... put out “in the alley,” his new single": the title's apposition
    names its owner with a pronoun the references resolved."""
    for m in ctx.mentions:
        if m.pronoun or ctx.etype(m) is not R:
            continue
        hit = _PRONOUN_APPOSITION.match(ctx.after(m, 80))
        if hit is None:
            continue
        char = ctx.tokens[m.end - 1].idx + len(ctx.tokens[m.end - 1]) + hit.start("pron")
        owner = next((o for o in ctx.by_sent.get(m.sent, []) if o.pronoun and ctx.tokens[o.start].idx == char), None)
        if owner is None or owner.entity < 0 or ctx.etype(owner) not in ART or owner.entity == m.entity:
            continue
        sent = ctx.sents[m.sent]
        start, end = ctx.char_span(m, owner)
        yield Candidate("BY_ARTIST", m.entity, owner.entity, start, end, sent, 0.75 * statement_modality(sent),
                        "release-pronoun-apposition")


def owned_elsewhere(ctx: Context, rel: Mention) -> bool:
    """The text names the release's artist right at it: "Cora Bain's Wolves of Night", "X by Y"."""
    # (not a year: "Tidewater, from 2019, ...")
    if re.match(r"^\s*[”\"’']?\s*,?\s*(?:by|from)\s(?!\s*(?:the\s+)?(?:early\s+|mid-?|late\s+)?(?:19|20)\d\ds?\b)",
                ctx.after(rel, 30)):
        return True
    # (an opening quote may stand between owner and title: "the Police's “Roxanne”")
    ends = [rel.start - 1, rel.start - 2] if rel.start >= 2 and ctx.tokens[rel.start - 1].is_quote else [rel.start - 1]
    for i in ends:
        prev = ctx.token_mention.get(i - 1) if i >= 1 else None
        if prev is not None and ctx.tokens[i].text in {"'s", "’s", "'", "’"} and artistlike(ctx, prev):
            return True
    return False


# a chart place ("No. 2", "number 1", "#3") and the verbs that move a release to one ("holds at No. 2 with X")
_CHART_PLACE = re.compile(r"(?:\bNo\.|\bNumber|#)\s*\d", re.I)
_CHART_MOVES = frozenset({"hold", "stay", "remain", "debut", "bow", "start", "open", "jump", "leap", "vault", "surge",
                          "slip", "fall", "drop", "slide", "dip", "re-enter", "sit", "move", "return", "spend"})


def _negated(verb: Token) -> bool:
    """:func:`clause_negated`, except that a chart place is no negation: "scored their first No. 1"."""
    if not clause_negated(verb):
        return False
    head = verb if verb.pos_ in {"VERB", "AUX"} else verb.head
    return any(c.dep_ == "neg" or (c.lower_ in NEGATIONS and not (
        c.lower_ == "no" and c.i + 1 < len(c.doc) and (c.nbor(1).text == "." or c.nbor(1).like_num)))
        for c in head.children)


# "became a star with X", "went global with X", "made her name with X", "found fame with X"
FAME_WORDS = {"become": {"star", "superstar", "name", "sensation", "phenomenon", "icon", "household"},
               "go": {"global", "viral", "worldwide", "international", "mainstream"},
               "make": {"name"}, "find": {"fame", "success", "stardom"}, "win": {"fame", "stardom"}}


def made_a_name(verb: Token) -> bool:
    """``verb`` says its subject broke through: "became a star", "went global", "made her name"."""
    words = FAME_WORDS.get(verb.lemma_.lower())
    return words is not None and any(c.dep_ in {"attr", "dobj", "acomp", "advmod", "oprd"} and c.lower_ in words
                                     for c in verb.children)


def achievement_candidates(ctx: Context) -> Iterator[Candidate]:
    """The subject's own release, named after "for"/"with": "Kade North won best
    rap song for Saints Run", "Nessa has a new number one with Round and
    Round", "she rose to fame with her 1998 single Back of the Harbour";
    "the award went to Jon Tierney for Nieces"."""
    doc = ctx.doc
    for rel in ctx.mentions:
        if rel.pronoun or ctx.etype(rel) is not R or owned_elsewhere(ctx, rel):
            continue
        prep = tokens(doc)[rel.cue] if rel.cue is not None and tokens(doc)[rel.cue].lower_ in {"for", "with"} else None
        node = doc[rel.start:rel.end].root
        for _ in range(4):
            if prep is not None or node.head.i == node.i:
                break
            node = node.head
            if node.dep_ == "prep" and node.lower_ in {"for", "with"}:
                prep = node
        if prep is None:
            continue
        window = {t.lower_ for t in tokens(doc)[max(prep.sent.start, prep.i - 10):prep.i]}
        if prep.lower_ == "with":  # "broke through with the 2019 album X": the release's own noun counts
            window |= {t.lower_ for t in tokens(doc)[prep.i + 1:rel.start]}
        verb = prep.head
        for _ in range(3):
            if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
                break
            verb = verb.head
        # "broke out with X", "launched her solo career with X": a breakthrough needs no chart word
        breakthrough = prep.lower_ == "with" and verb.pos_ == "VERB" and (
            (verb.lemma_.lower() == "break" and any(c.dep_ == "prt" and c.lower_ in {"out", "through"}
                                                     for c in verb.children))
            or (verb.lemma_.lower() in CAREER_VERBS and any(c.dep_ == "dobj" and c.lower_ == "career"
                                                             for c in verb.children))
            or made_a_name(verb))
        # "A holds at No. 2 with X", "scored their first No. 1 with X": a chart place before "with"
        chart_place = prep.lower_ == "with" and bool(_CHART_PLACE.search(doc[max(prep.sent.start, prep.i - 10):prep.i].text))
        if not breakthrough and not chart_place and not window & (
                AWARD_WORDS | {"year"} if prep.lower_ == "for" else CHART_WORDS | RELEASE_NOUNS):
            continue
        if verb.pos_ not in {"VERB", "AUX"} or (verb.lemma_.lower() not in ACHIEVEMENT_VERBS and not breakthrough and not (
                chart_place and verb.lemma_.lower() in _CHART_MOVES)):
            continue
        sent = ctx.sents[rel.sent]
        modality = statement_modality(sent, verb)
        if modality == 0.0 or _negated(verb):
            continue
        artists = []
        if verb.lemma_.lower() == "go":
            artists = [m for c in verb.children if c.lower_ == "to"
                       for m in mentions_in(ctx, list(c.subtree)) if artistlike(ctx, m)
                       and not re.fullmatch(r"(?:No\.?|Number)\s*\d+", m.text, re.I)]  # a chart place
            if not artists and prep.lower_ == "with" and (made_a_name(verb) or any(
                    t.lower_ == "to" for t in tokens(doc)[verb.i + 1:prep.i])):
                # "A went straight to No. 1 with X" (no one after "to"), "A went global with X": the subject went there
                artists = [m for m in subject_mentions(ctx, verb) if not m.pronoun or m.entity >= 0]
                artists = head_subjects(ctx, artists, verb)
        else:
            subject_verb = verb
            if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":  # "rose to fame before launching ... with X"
                subject_verb = verb.head.head
            artists = [m for m in subject_mentions(ctx, subject_verb) if not m.pronoun or m.entity >= 0]
            artists = head_subjects(ctx, artists, subject_verb)
        for artist in artists:
            if artist.entity == rel.entity or artist.role == "director":
                continue
            start, end = ctx.char_span(artist, rel)
            yield Candidate("BY_ARTIST", rel.entity, artist.entity, start, end, sent, 0.7 * modality,
                            "achievement-with-release", object_type=implied_artist(ctx, artist))


# -- list lines that credit a title to the names before it ---------------------------------------------

# "Saoirse Quill, “Lantern Jaw”", "8. Wreckers Yard – Bin Day", "A x B, “Title” (feat. C)": the line's start
_CREDIT_LINE_START = re.compile(r"^\s*(?:#?\d{1,3}[.)]?\s+|[-*•]\s+)?$")

# what joins the names and the title: a comma before a quoted title, or a spaced dash
_CREDIT_LINE_COMMA = re.compile(r"^\s*,\s*[“\"‘']\s*$")
_CREDIT_LINE_DASH = re.compile(r"^\s+[-–—]\s+[“\"‘']?\s*$")

# after the title: its closing quote, guests in brackets or after "feat.", nothing else
_CREDIT_LINE_TAIL = re.compile(r"^\s*[”\"’']?\s*(?:[(\[]\s*(?:feat\.?|ft\.?|featuring|with|prod\.?\s+by)\s+[^()\[\]\n]+"
                               r"[)\]]\s*|(?:feat\.?|ft\.?|featuring)\s+[^\n]+)?(?:[(\[]\s*(?:19|20)\d\d\s*[)\]])?"
                               r"\s*[.!]?\s*$", re.I)  # (and the year in brackets: "A – X (2003).")
# "8. A – X (2017). The first album to ...": an entry's year in brackets, then the entry's commentary
_YEAR_THEN_COMMENT = re.compile(r"^\s*[”\"’']?\s*\((?:19|20)\d\d\)[.:;]\s+\S")
_ENTRY_YEAR = re.compile(r"\((?:19|20)\d\d\)[.:;]\s")
_CREDIT_LINE_GUEST = re.compile(r"^\s*[”\"’']?\s*[(\[]?\s*(?:feat\.?|ft\.?|featuring|with)\s+", re.I)


def _credit_lines(ctx: Context) -> Iterator[tuple[list[Mention], Mention, list[Mention], bool]]:
    """Lines that hold only a credit, artists first: (artists, title, guests, dashed).

    "Remy Castell, “Oxygen” (feat. Juno Okri)" gives ([Remy Castell], Oxygen, [Juno Okri], False);
    "8. Wreckers Yard – Bin Day" gives ([Wreckers Yard], Bin Day, [], True). A title after a
    comma must be quoted; the names before it must be joined by "&", "and", "x" or commas."""
    named = sorted((m for m in ctx.mentions if not m.pronoun), key=lambda m: m.start)
    line_start, i = 0, 0
    for line in ctx.text.split("\n"):
        line_end = line_start + len(line)
        ms = []
        while i < len(named) and ctx.tokens[named[i].start].idx < line_end:
            ms.append(named[i])
            i += 1
        here, line_start = line_start, line_end + 1
        if len(ms) < 2 or (len(line) > 160 and not _ENTRY_YEAR.search(line, 0, 160)):
            continue
        for k in range(1, len(ms)):
            title, names = ms[k], ms[:k]
            gap = ctx.between(names[-1], title)
            dashed = bool(_CREDIT_LINE_DASH.match(gap))
            if not dashed and not _CREDIT_LINE_COMMA.match(gap):
                continue
            if not _CREDIT_LINE_START.match(ctx.text[here:ctx.tokens[names[0].start].idx]):
                break
            # (a title the tagger took for a person still heads its entry: "3. A – Glass Orchard")
            if (ctx.etype(title) in ART and not dashed) or not all(
                    artistlike(ctx, m) and ctx.etype(m) is not R for m in names):
                break
            last = ctx.tokens[title.end - 1]
            tail = ctx.text[last.idx + len(last):line_end]
            if not _CREDIT_LINE_TAIL.match(tail) and not _YEAR_THEN_COMMENT.match(tail):
                break
            split = _split_credit(ctx, names)
            if split is None or split[1]:
                break  # "A feat. B, “X”" reads as a credit too, but a comma list of names is rarer than a guest
            guests = [m for m in ms[k + 1:] if artistlike(ctx, m) and ctx.etype(m) is not R] if \
                _CREDIT_LINE_GUEST.match(tail) else []
            yield split[0], title, guests, dashed
            break


# a list whose lines put a quoted title first ("“Sidewalk Saints” – Mikey Dross"): its other
# "A – B" lines are title first too ("Best Rap Album" / "Tollbooth – Yung Ferrous")
_TITLE_FIRST_LINE = re.compile(r"^\s*(?:#?\d{1,3}[.)]?\s+)?[“\"‘][^\n”\"’]{1,80}[”\"’]\s+[-–—]\s+\S", re.M)


def _listed_credits(ctx: Context) -> list[tuple[list[Mention], Mention, list[Mention], bool]]:
    """The credit lines to trust: a dashed line with an unquoted title only in a list of
    at least two such lines, and never in a list that puts its titles first."""
    lines = list(_credit_lines(ctx))
    plain = [line for line in lines if line[3] and not line[1].quoted and ctx.etype(line[1]) is not R]
    if len(plain) >= 2 and not _TITLE_FIRST_LINE.search(ctx.text):
        return lines
    return [line for line in lines if not any(line is p for p in plain)]


def credit_line_candidates(ctx: Context) -> Iterator[Candidate]:
    """List lines "Artist, “Title”" and "N. Artist – Title" (a song-of-the-week pick, a
    year-end list): the names before the title are its artists, those in "(feat. C)" its
    guests. A dashed line with an unquoted title counts only inside a list of at least
    two such lines (a lone "A – B" may be a place, a date or a headline)."""
    for artists, title, guests, _ in _listed_credits(ctx):
        sent = ctx.sents[title.sent]
        start, end = ctx.char_span(artists[0], title, *guests)
        subject_type = R if ctx.etype(title) is None else None
        for a in artists:
            yield Candidate("BY_ARTIST", title.entity, a.entity, start, end, sent, 0.8, "credit-line",
                            subject_type=subject_type, object_type=implied_artist(ctx, a))
        for g in guests:
            yield Candidate("FEATURES", title.entity, g.entity, start, end, sent, 0.8, "credit-line",
                            subject_type=subject_type, object_type=implied_artist(ctx, g))
        for x, y in itertools.combinations(artists, 2):
            if x.entity != y.entity:
                yield Candidate("COLLABORATED_WITH", x.entity, y.entity, start, end, sent, 0.75, "credit-line",
                                subject_type=implied_artist(ctx, x), object_type=implied_artist(ctx, y))


_NEXT_ENTRY = re.compile(r"\n\s*#?\d{1,3}[.)]\s")


def credit_line_sections(ctx: Context) -> list[tuple[int, int, list[int]]]:
    """The stretches of text a list line heads, as (start char, end char, artist entities):
    from the end of the title in the line "4. Ravenna Holm – Afterhours Atlas" to the next such line (at
    most 700 characters on, and not past the paragraph under it). What the stretch says is
    about that entry's artists."""
    heads = [(ctx.char_ends[title.end - 1], ctx.text.find("\n", ctx.char_ends[title.end - 1]),
              [a.entity for a in artists]) for artists, title, _, _ in _listed_credits(ctx)]
    heads = [(t, h, a) for t, h, a in heads if h >= 0]
    out = []
    for i, (title_end, start, artists) in enumerate(heads):
        # up to the start of the next head's own line, or the first blank line after some text
        end = ctx.text.rfind("\n", start, heads[i + 1][1]) if i + 1 < len(heads) else len(ctx.text)
        blank = ctx.text.find("\n\n", start + 2)
        if 0 <= blank < end:
            end = blank
        entry = _NEXT_ENTRY.search(ctx.text, start, end)
        if entry is not None:  # the next numbered entry, though we could not read its credit
            end = entry.start()
        # (from the title's end: "1. A – X (2003). Its singles “Y” and “Z” ..." goes on in the line)
        out.append((title_end, min(end, start + 700), artists))
    return out


# -- headlines and chart lines --------------------------------------------------------------------------

# names that lead a headline are joined by "&", "and", "x", "+" or commas (a role word may follow: "and violinist B")
_HEAD_JOIN = re.compile(r"^\s*(?:,|&|and|x|×|\+)\s*(?:[a-z][\w-]*\s+)?$", re.I)
_HEAD_PREFIX = re.compile(r"^\s*(?:\[[^\]\n]{1,30}\]\s*)?(?:the\s+|dj\s+|mc\s+)?$", re.I)

# verbs a release headline leads with: "A Drops 'X'", "A & B Reunite for 'X'", "A to return with album 'X'"
_HEAD_VERBS = (r"(?:announces?|drops?|releases?|shares?|unveils?|debuts?|premieres?|delivers?|revisits?|reissues?|"
               r"teases?|previews?|details?|launch(?:es)?|serves?|offers?|presents?|returns?|reunites?|teams?|"
               r"go(?:es)?|sets?|gets?|brings?|celebrates?|confirms?|reveals?|issues?|expands?|is\s+back|are\s+back|"
               r"comes?\s+back|puts?\s+out|joins?\s+forces)")
_HEAD_DETS = (r"(?:the|their|his|her|its|a|an|new|latest|debut|joint|collaborative|first|second|third|fourth|fifth|"
              r"\d+(?:st|nd|rd|th)|full(?:-length)?|studio|live|mini|solo|sophomore|long-awaited|surprise|"
              r"album|single|ep|lp|mixtape|track|song|video|visuals?|deluxe|edition|anniversary|"
              r"(?:19|20)\d\d)")
_HEAD_VERB_GAP = re.compile(rf"^\s+(?:(?:to|will|have|has|finally|officially)\s+)*{_HEAD_VERBS}\b"
                            rf"(?:\s+[\w'’-]+){{0,4}}?\s+(?:(?:on|for|with|in)\s+)?(?:{_HEAD_DETS}\s+){{0,5}}"
                            r"[,:]?\s*[“\"‘']$", re.I)
# any verb, then "on"/"for"/"with" right before the title: "A set sail on 'X'", "A go sub-zero on the 'X' EP",
# "A turn up the heat on 'X'"
_HEAD_PREP_GAP = re.compile(rf"^\s+(?:(?:to|will|have|has)\s+)?(?!(?:covers?|remix(?:es)?|samples?|reacts?|responds?|"
                            r"slams?|praises?|defends?|sues?|denies?|joins?|honou?rs?|salutes?|discuss(?:es)?|"
                            r"explains?|performs?|sings?|plays?|talks?|opens?|wins?|apologi[sz]es?|speaks?|links?|"
                            r"on|in|at|and|x|vs)\b)[A-Za-z][\w'-]*(?:\s+[\w'’-]+){0,3}?\s+(?:on|for|with)\s+"
                            rf"(?:{_HEAD_DETS}\s+){{0,4}}[“\"‘']$", re.I)
# a following title in the same headline: "... Album ‘X,’ Drop “Y” f/ C"
_HEAD_NEXT_GAP = re.compile(rf"^\s*[”\"’']?\s*[,;]?\s*[”\"’']?\s*(?:and\s+|&\s+|\+\s+)?{_HEAD_VERBS}\s+"
                            rf"(?:{_HEAD_DETS}\s+){{0,4}}[“\"‘']$", re.I)
_HEAD_TAIL = re.compile(r"^\s*?[”\"’']?[ \t]*(?:$|\n|[,:;…\[(|–—-]|\.\.\.|(?:(?:ep|album|single|lp|mixtape|video|visuals?|"
                        r"music\s+video|deluxe|reissue|with|out|ahead|from|on|at|in|via|featuring|feat\.?|ft\.?|f/|"
                        r"and|&|\+|plus|today|now|this|next|tracklist|stream|watch|listen|title\s+track)(?!\w)))", re.I)
# "The Tin Meadow: Cold Summer Album Review", "Mira Vance – Glass Harbour review"
_HEAD_REVIEW = re.compile(r"^\s*(?:album|ep|lp|mixtape|record)?\s*review\b", re.I)


def _headline_leaders(ctx: Context, ms: list[Mention], line_start: int) -> list[Mention]:
    """The artists a headline opens with ("A & B ...", "[Press Release] A ..."), or []."""
    if not ms or not _HEAD_PREFIX.match(ctx.text[line_start:ctx.tokens[ms[0].start].idx]):
        return []
    leaders = [ms[0]]
    for m in ms[1:]:
        if not _HEAD_JOIN.match(ctx.between(leaders[-1], m)):
            break
        leaders.append(m)
    if not all(artistlike(ctx, m) and ctx.etype(m) is not R for m in leaders):
        return []
    return leaders


def _bare_review_head(ctx: Context, rest: list[Mention], line_end: int) -> bool:
    """A review's headline that is only "Artist: Title" ("Harbour Owls: Lanternfish"): the
    title ends the line, nothing else is named in it, and the story names the title again."""
    title = rest[0]
    if len(rest) != 1 or ctx.text[ctx.char_ends[title.end - 1]:line_end].strip(" ”\"’'"):
        return False
    return any(m.entity == title.entity and not m.pronoun and ctx.char_starts[m.start] > line_end
               for m in ctx.mentions)


def headline_release_candidates(ctx: Context) -> Iterator[Candidate]:
    """A headline that opens with its artists and names a quoted title: "A & B Reunite
    for 'X'", "A Drops “Y”", "A set sail on 'X'", "A to return with 2nd album 'X'",
    "A: X Album Review". Nothing else may be named between the artists and the title,
    and the title ends its phrase (not "A Slams 'X' Rumours")."""
    text = ctx.text.lstrip("\n ")
    line_start = len(ctx.text) - len(text)
    line_end = ctx.text.find("\n", line_start)
    line_end = len(ctx.text) if line_end < 0 else line_end
    if line_end - line_start > 200 or ctx.text[line_start:line_end].rstrip().endswith((".", "?")):
        return
    ms = sorted((m for m in ctx.mentions if not m.pronoun and line_start <= ctx.tokens[m.start].idx < line_end),
                key=lambda m: m.start)
    leaders = _headline_leaders(ctx, ms, line_start)
    if not leaders or clause_negated(ctx.tokens[leaders[-1].end - 1]):
        return
    rest = ms[len(leaders):]
    titles: list[Mention] = []
    if rest and ctx.etype(rest[0]) in {R, None} and re.fullmatch(r"\s*:\s*", ctx.between(leaders[-1], rest[0])) and (
            _HEAD_REVIEW.match(ctx.after(rest[0], 20)) or _bare_review_head(ctx, rest, line_end)):
        titles = [rest[0]]
    elif rest and ctx.etype(rest[0]) is R and rest[0].quoted:
        gap = ctx.between(leaders[-1], rest[0])
        if _HEAD_VERB_GAP.match(gap) or _HEAD_PREP_GAP.match(gap):
            titles = [rest[0]]
            for m in rest[1:]:
                if ctx.etype(m) is not R or not m.quoted or not _HEAD_NEXT_GAP.match(ctx.between(titles[-1], m)):
                    break
                titles.append(m)
    sent = ctx.sents[leaders[0].sent]
    for title in titles:
        if not _HEAD_TAIL.match(ctx.after(title, 20)) and not _HEAD_REVIEW.match(ctx.after(title, 20)):
            break
        start, end = ctx.char_span(leaders[0], title)
        for artist in leaders:
            if artist.entity != title.entity:
                yield Candidate("BY_ARTIST", title.entity, artist.entity, start, end, sent, 0.75, "headline-release",
                                subject_type=R if ctx.etype(title) is None else None,
                                object_type=implied_artist(ctx, artist))


# "A scores its fifth top 10 as the EP X enters at No. 4", "A notches a first Hot 100 entry as “X” debuts at
# No. 38", "A return to the top 10 as their reunion album, X, bows at No. 6"
_CHART_AS_BEFORE = re.compile(
    r"^\s+(?:(?:also|now|finally|officially)\s+)?(?:earns?|earned|notch(?:es|ed)?|scores?|scored|lands?|landed|"
    r"returns?|returned|claims?|claimed|collects?|collected|nabs?|nabbed|grabs?|grabbed|secures?|secured|logs?|logged|"
    r"racks?\s+up|racked\s+up|makes?|made|gets?|got|adds?|added|celebrates?|celebrated|enjoys?|enjoyed|"
    r"reaches|reached|achieves?|achieved)\b"
    r"[^.;“”\"]{0,60}?\b(?:top|entry|entries|no\.|number|chart|hot|hits?|debut|spot|place|albums?|singles?)\b"
    r"[^.;“”\"]{0,50}?\s(?:as|when)\s+(?:(?:the|its|their|his|her|a|an)\s+)?(?:[\w-]+,?\s+){0,3}?[“\"‘']?$", re.I)
_CHART_AS_AFTER = re.compile(
    r"^\s*[”\"’']?\s*,?\s*(?:debuts?|debuted|starts?|started|bows?|bowed|enters?|entered|re-enters?|re-entered|"
    r"opens?|opened|lands?|landed|arrives?|arrived|climbs?|climbed|jumps?|jumped|rises?|rose|soars?|soared|"
    r"rockets?|rocketed|vaults?|vaulted|reaches|reached|peaks?|peaked|lands?)\s+(?:at|in|to|inside|into|on)\s+"
    r"(?:the\s+)?(?:no\.|number|#|top|\d)", re.I)


def chart_as_candidates(ctx: Context) -> Iterator[Candidate]:
    """A chart line that credits its artist in the main clause and names the release in
    an "as" clause: "A scores its fifth top 10 as the EP X enters at No. 4". Nothing but
    the artist's own pronouns may be named in between."""
    for rel in ctx.mentions:
        if rel.pronoun or ctx.etype(rel) is not R or not _CHART_AS_AFTER.match(ctx.after(rel, 40)):
            continue
        before = [m for m in ctx.by_sent.get(rel.sent, []) if m.end <= rel.start]
        artist = next((m for m in reversed(before) if not m.pronoun and artistlike(ctx, m) and ctx.etype(m) is not R
                       and _CHART_AS_BEFORE.match(ctx.between(m, rel))), None)
        if artist is None:
            continue
        inside = [m for m in before if m.start >= artist.end]
        # (an untyped name in between is a chart's: "its first Hot 100 entry")
        if any(not m.pronoun and ctx.etype(m) in ART | {R} for m in inside) or any(
                m.pronoun and m.entity >= 0 and ctx.etype(m) in ART and m.entity != artist.entity for m in inside):
            continue
        sent = ctx.sents[rel.sent]
        modality = statement_modality(sent)
        if modality == 0.0:
            continue
        start, end = ctx.char_span(artist, rel)
        yield Candidate("BY_ARTIST", rel.entity, artist.entity, start, end, sent, 0.75 * modality,
                        "chart-as-release", object_type=implied_artist(ctx, artist))
