"""FEATURES: featured artists in prose ("X features Y", "Y guests on X", "a verse
from Y"), featuring phrases, "x" credits, credits inside titles and asides."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from artistgraph.loaders.lexicon import ACHIEVEMENT_VERBS
from artistgraph.loaders.mentions import Mention, sentence_of, span_text, span_tokens, tokens
from artistgraph.loaders.relations.collaborations import collab_subjects, implied_artist, performer
from artistgraph.loaders.relations.context import ART, Candidate, Context, P, R, clause_negated, statement_modality
from artistgraph.loaders.relations.coordination import coordinated, coordinated_before
from artistgraph.loaders.relations.lookups import (
    VIDEO_NOUNS,
    artistlike,
    in_apposition,
    is_musician,
    is_qualifier,
    main_release,
    mentions_in,
    release_at,
)
from artistgraph.loaders.relations.release_dates import release_noun
from artistgraph.loaders.relations.releases import RELEASE_LEMMAS, focus_artist, owned_elsewhere
from artistgraph.loaders.relations.wording import POSS, QCOMMA, QEND, ROLE

_PART_NOUNS = {"vocals", "vocal", "verse", "verses", "rap", "raps", "appearance", "appearances", "contribution",
               "contributions", "feature", "features", "turn", "bars", "hook", "spot", "guest", "guests", "help"}

_SINGING_PARTS = {"chorus", "hook", "verse", "bridge", "part", "parts", "rap", "vocals", "lines", "refrain"}

_SEES_VERBS = {"deliver", "add", "contribute", "lend", "rap", "sing", "drop", "trade", "bring", "spit", "croon",
               "provide", "offer", "take", "handle", "join", "share", "belt", "duet"}

# not "appear on": artists appear on shows, charts, lists and covers more often than on records
_ON_VERBS = {"guest", "feature", "sing", "rap", "star"}

_GUEST_PART = re.compile(r"\b(?:(?:guest|featured|special)\s+(?:verse|vocals?|rap|appearance|spot|turn|feature|bars|"
                         r"hook|contribution)s?|(?:verses?|features?|bars)|(?:a|an|the)\s+(?:\w+\s+)?rap|"
                         r"(?<=with\s)(?:additional\s+)?vocals)\s+"
                         r"(?:from|by|courtesy of)\s+(?:(?:the\s+)?[\w-]+\s+){0,2}?$", re.I)

_CAMEO = re.compile(r"\bcameos?\b", re.I)


def _artists_of_phrase(ctx: Context, tok: Token) -> list[Mention]:
    """Artists a featuring object names: "singer Carys Bell", "A and B", "guest vocals
    from A", "a verse by A"; not "12 tracks" or "a cameo from A"."""
    if tok.lower_ in _PART_NOUNS or tok.lemma_.lower() in _PART_NOUNS:
        out = [m for c in tok.children if c.dep_ == "prep" and c.lower_ in {"from", "by"}
               for m in mentions_in(ctx, list(c.subtree))]
    elif _CAMEO.search(tok.lower_) or release_noun(tok):
        return []
    else:
        heads = [tok, *(c for c in tok.conjuncts)]
        out = mentions_in(ctx, [t for h in heads for t in h.subtree if t.dep_ not in {"prep", "pobj"}
                                 or t.head.i in {x.i for x in heads}])
        out = [m for m in out if ctx.doc[m.start:m.end].root.i in {h.i for h in heads}
               or ctx.doc[m.start:m.end].root.head.i in {h.i for h in heads}]
    return [m for m in out if not m.pronoun and artistlike(ctx, m) and ctx.etype(m) is not R
            and not is_qualifier(ctx, m) and is_musician(ctx, m) and m.role != "director"]


# verbs that hand over a sung part: "A delivers the song's bridge", "On “X,” A adds a hook"
_DELIVER_VERBS = {"deliver", "add", "contribute", "lend", "provide", "bring", "croon", "belt", "handle", "spit", "trade"}

_DELIVERED_PARTS = {"chorus", "hook", "verse", "bridge", "rap", "vocals", "refrain", "bars", "verses", "hooks", "vocal"}


def _delivered_part(ctx: Context, tok: Token, sent_index: int) -> list[tuple[Mention, Mention]]:
    """(release, artist) for "A delivers the song's melodic bridge", "A adds a verse to
    “X”", "On “X,” A delivers a hook": the subject sings a part of the named or
    described release. Empty when no sung part or no release is named."""
    parts = [c for c in tok.children if c.dep_ == "dobj" and c.lower_ in _DELIVERED_PARTS]
    if not parts:
        return []
    release = None
    for holder in [tok, *parts]:
        for c in holder.children:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "prep" and c.lower_ in {
                "on", "to", "for", "of"} else None
            if pobj is not None and pobj.lower_ not in VIDEO_NOUNS:
                release = release or release_at(ctx, pobj, sent_index)
            if c.dep_ == "poss" and holder is not tok and c.lower_ not in {"his", "her", "their", "its"}:
                release = release or release_at(ctx, c, sent_index)  # "the song's bridge"
    if release is None:
        return []
    artists = [m for m in collab_subjects(ctx, tok) if (not m.pronoun or ctx.etype(m) in ART)
               and ctx.etype(m) is not R and is_musician(ctx, m) and m.role != "director"]
    return [(release, a) for a in artists]


def _feature_subject(tok: Token) -> tuple[Token | None, Token]:
    """The subject of ``tok`` and the verb that carries it: its own, or for a second
    verb of a pair ("“X” is out now and features A") the first verb's."""
    clause = tok
    for _ in range(3):
        # a title starting with a participle parses as a clausal subject ("“Broken Open” features A")
        subj = next((c for c in clause.children if c.dep_ in {"nsubj", "csubj"}), None)
        if subj is not None or clause.dep_ != "conj" or clause.head.pos_ not in {"VERB", "AUX"}:
            return subj, clause
        # "“X” features A, and “Y” features B": a title right before the second verb is its own subject
        before = [t for t in tok.lefts if t.i > clause.head.i and not t.is_punct and t.dep_ != "cc"]
        if before:
            return before[-1], tok
        clause = clause.head
    return None, clause


def _feature_sentence_candidates(ctx: Context) -> Iterator[Candidate]:
    """Featuring told in prose: "The track features singer Carys Bell", "His new
    single, “X”, features A and B", "The song sees A deliver a verse", "A guests
    on B's song", "A sings the hook on it", "with a guest verse from A"."""
    for tok in ctx.tokens:
        lemma = tok.lemma_.lower()
        if tok.pos_ not in {"VERB", "AUX"} or lemma not in {"feature", "see"} | _ON_VERBS | _DELIVER_VERBS:
            continue
        sent = sentence_of(tok.doc, tok.i)
        sent_index = ctx.sent_index.get(sent.start, -1)
        modality = statement_modality(sent, tok)
        if modality == 0.0 or clause_negated(tok) or _CAMEO.search(span_text(sent)):
            continue
        pairs: list[tuple[Mention, Mention, str]] = []  # (release, artist, rule)
        subj, clause = _feature_subject(tok)
        # a video "features" dancers and cameos too: only a song or record subject counts
        release = release_at(ctx, subj, sent_index) if subj is not None and lemma in {"feature", "see"} and (
            subj.lower_ not in VIDEO_NOUNS) else None
        if release is None and subj is not None and subj.lower_ in {"which", "that"} and lemma in {"feature", "see"} \
                and clause.dep_ == "relcl" and clause.head.lower_ not in VIDEO_NOUNS:
            # "The song, which features A", "“X”, which arrived Monday and features A": the clause's noun
            release = release_at(ctx, clause.head, sent_index)
            if release is None and clause.head.dep_ == "appos" and clause.head.pos_ == "NOUN":
                # "“X,” a rallying cry that features A": the noun describes the title it stands beside
                release = release_at(ctx, clause.head.head, sent_index)
        if release is None and subj is not None and lemma == "feature" and subj.lower_ in {"track", "song", "cut"} \
                and any(c.lower_ == "title" for c in subj.children):
            # "Its title track features A": the track carries the record's name
            release = ctx.focus_release(sent_index, subj.i)
        if release is not None and tok.tag_ != "VBN":
            # the release is the subject: "The track features A", "The song sees A rap"
            if lemma == "feature":
                for obj in (c for c in tok.children if c.dep_ == "dobj"):
                    pairs += [(release, a, "release-features-artist") for a in _artists_of_phrase(ctx, obj)]
            else:  # "sees A deliver a verse", "sees A on the hook"
                for comp in (c for c in tok.children if c.dep_ in {"ccomp", "xcomp", "dobj"}):
                    if comp.dep_ == "dobj":
                        if any(c.dep_ == "prep" and c.lower_ == "on" for c in comp.children) or any(
                                c.dep_ in {"acl", "xcomp"} and c.lemma_.lower() in _SEES_VERBS
                                for c in comp.children):
                            pairs += [(release, a, "release-sees-artist")
                                      for a in _artists_of_phrase(ctx, comp)]
                    elif comp.lemma_.lower() in _SEES_VERBS:
                        doers = [c for c in comp.children if c.dep_ in {"nsubj", "dobj"} and c.i < comp.i]
                        pairs += [(release, a, "release-sees-artist") for d in doers
                                  for a in _artists_of_phrase(ctx, d)]
        elif lemma in _ON_VERBS and tok.tag_ != "VBN":
            # "A guests on B's song", "A sings the hook on “X”", "singer A stars in the video for X"
            preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"on", "in"}]
            parts = [c for c in tok.children if c.dep_ == "dobj" and c.lower_ in _SINGING_PARTS]
            preps += [c for p in parts for c in p.children if c.dep_ == "prep" and c.lower_ in {"on", "of", "in"}]
            for prep in preps:
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is None:
                    continue
                video = pobj.lower_ in VIDEO_NOUNS
                if prep.lower_ == "in" and not (video and lemma in {"star", "sing", "rap"}):
                    continue  # "sings in Korean"; starring is in a video
                if lemma == "appear" and video:
                    continue  # appearing in a clip is a cameo
                release = release_at(ctx, pobj, sent_index)
                if video and not any(c.dep_ == "prep" for c in pobj.children):
                    # "featured on A's “X,” starring in its video": the video of the title just named
                    named = [m for m in ctx.by_sent.get(sent_index, []) if m.end <= tok.i and not m.pronoun
                             and ctx.etype(m) is R]
                    release = named[-1] if named else release
                if release is None:
                    continue
                # "A — B's goddaughter — features on “X”": B only describes the subject
                artists = [m for m in collab_subjects(ctx, tok) if (not m.pronoun or ctx.etype(m) in ART)
                           and ctx.etype(m) is not R and is_musician(ctx, m) and m.role != "director"
                           and not re.match(rf"^\s*{POSS}\s*[a-z]", ctx.after(m, 12))]
                if lemma == "star" and not all(ctx.etype(a) in ART for a in artists):
                    continue
                # singing or starring on a release is a feature only on someone else's release: the
                # extractor keeps it only when another artist of the release is known (see extract.py)
                rule = "artist-sings-on-release" if lemma in {"sing", "rap", "star"} else "artist-on-release"
                pairs += [(release, a, rule) for a in artists]
        elif lemma in _DELIVER_VERBS and tok.tag_ != "VBN":
            pairs += [(release, a, "artist-sings-on-release") for release, a in _delivered_part(ctx, tok, sent_index)]
        for release, artist, rule in pairs:
            if release.entity == artist.entity:
                continue
            start, end = ctx.char_span(release, artist) if release.sent == artist.sent else ctx.char_span(artist)
            yield Candidate("FEATURES", release.entity, artist.entity, start, end, sent, 0.8 * modality, rule,
                            object_type=implied_artist(ctx, artist))


def _guest_part_candidates(ctx: Context) -> Iterator[Candidate]:
    """"... with a guest verse from A", "a feature from A", "guest vocals courtesy of A":
    A is featured on the release the sentence is about."""
    for sent_index, ms in ctx.by_sent.items():
        sent = ctx.sents[sent_index]
        for m in ms:
            if m.pronoun or not artistlike(ctx, m) or ctx.etype(m) is R or not _GUEST_PART.search(ctx.before(m, 60)):
                continue
            if is_qualifier(ctx, m) or not is_musician(ctx, m):
                continue
            before = [r for r in ms if r.end <= m.start and (ctx.etype(r) is R or (
                ctx.etype(r) is None and not r.pronoun and re.search(r"[“\"‘']\s*$", ctx.before(r, 2))))]
            # "“X”, from A's album Y, features a verse from B": the subject of the verb holding the part
            release = _part_verb_subject(ctx, m, sent_index) or (before[-1] if before else ctx.focus_release(sent_index))
            modality = statement_modality(sent)
            if release is None or modality == 0.0 or _CAMEO.search(span_text(sent)):
                continue
            for guest in coordinated(ctx, m):  # "guest appearances from A, B and singer C"
                if guest is not m and (is_qualifier(ctx, guest) or not is_musician(ctx, guest)):
                    break
                start, end = ctx.char_span(guest)
                yield Candidate("FEATURES", release.entity, guest.entity, start, end, sent, 0.75 * modality,
                                "guest-part-from", subject_type=R if ctx.etype(release) is None else None,
                                object_type=implied_artist(ctx, guest))


def _part_verb_subject(ctx: Context, m: Mention, sent_index: int) -> Mention | None:
    """The release subject of the verb whose object holds ``m``: "“X”, from A's album
    Y, features a verse from B" gives X; None when the parse says otherwise."""
    tok = ctx.doc[m.start:m.end].root
    for _ in range(4):
        if tok.pos_ in {"VERB", "AUX"} or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.pos_ not in {"VERB", "AUX"}:
        return None
    subj = next((c for c in tok.children if c.dep_ in {"nsubj", "csubj"}), None)
    return release_at(ctx, subj, sent_index) if subj is not None else None


_X_CREDIT = re.compile(r"^\s*(?:x|X|×)\s*$")


def _x_credit_candidates(ctx: Context) -> Iterator[Candidate]:
    """"Ana Ruiz x Kito Banks – “Tide”": two artists joined by "x" share the credit."""
    for ms in ctx.by_sent.values():
        for i in range(len(ms) - 1):
            a, b = ms[i], ms[i + 1]
            if a.pronoun or b.pronoun or not (artistlike(ctx, a) and artistlike(ctx, b)):
                continue
            between = ctx.between(a, b)
            if re.search(r"\s[xX×]$", a.text) and not between.strip():
                between = " x "  # NER took the "x" into the first name: "Ana Ruiz x"
            if ctx.etype(a) is R or ctx.etype(b) is R or not _X_CREDIT.match(between):
                continue
            start, end = ctx.char_span(a, b)
            yield Candidate("COLLABORATED_WITH", a.entity, b.entity, start, end, ctx.sents[a.sent], 0.8, "x-credit",
                            subject_type=implied_artist(ctx, a), object_type=implied_artist(ctx, b))


# What may stand between a title and the "featuring" that credits its guest: the title's own
# artist ("“X” by rapper A featuring B") and/or a noun phrase describing the title ("“X,” a
# bilingual single featuring B", "“X,” A's 2024 single featuring B"); "@" marks an artist name.
_TITLE_TO_FEAT = re.compile(
    # a year in brackets after the title ("“X” (2014), featuring B") is a list entry's date
    r"^\s*[”\"’']?\s*(?:[(\[]\s*(?:19|20)\d\d\s*[)\]]\s*)?,?\s*[”\"’']?\s*(?:(?:by|from)\s+(?:[A-Za-z-]+\s+){0,3}?@\s*,?\s*)?"
    r"(?:(?:the|a|an|@(?:'s|’s)|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?(?:single|song|track|album|ep|hit|tune|"
    r"remix|cut|number|duet|anthem|ballad|record|mixtape|version|b-side)\s*,?\s*)?$", re.I)

_FEAT_WORD = re.compile(r"^\s*(?:[(\[]\s*)?(?:featuring|feat\.?|ft\.|f/)\s+((?:[A-Z]?[a-z-]+\s+){0,4}?)$")

# a role ("Nashville singer", "the British pop star"), a relative or partner of the title's artist ("featuring
# his brother A"), or an article and a word or two describing the guest ("featuring a then-unknown A", "the late A")
_FEAT_ROLE_WORDS = (r"(?:[A-Z][a-z-]+\s+)?(?:[a-z-]+\s+){0,2}?(?:singer|rapper|vocalist|star|producer|dj|duo|trio|group|"
                    r"band|artist|idol|singer-songwriter|crooner|mc|songwriter|soloist)s?\s+")
_FEAT_ROLE = re.compile(rf"^(?:{_FEAT_ROLE_WORDS}|"
                        r"(?:his|her|their)\s+(?:[a-z-]+\s+)?(?:brother|sister|son|daughter|father|mother|dad|mum|mom|"
                        r"wife|husband|partner|cousin|bandmate|labelmate|friend)\s+|"
                        # (not "featuring a verse from A", "a cameo by A", "the video of A")
                        r"(?:the|a|an)\s+(?!(?:[\w-]+\s+){0,3}?(?:from|by|of|with|and|on|in|for|cameos?|verses?|guests?|"
                        rf"remix|video|clip|sample|nod|version)\s)(?:{_FEAT_ROLE_WORDS}|[a-z-]+\s+(?:[a-z-]+\s+)?))?$")

_ROLE_LIST_GAP = re.compile(rf"\s*(?:,|,?\s*and|&)\s+(?:(?:[a-z-]+\s+)?{ROLE}s?\s+)?", re.I)


def _featuring_phrase_candidates(ctx: Context) -> Iterator[Candidate]:
    """"“X” by rapper A featuring singer B", "“X,” a bilingual single featuring
    Nashville singer B", "“X,” A's 2024 single featuring B": a "featuring" credit
    whose title is separated from it only by the title's artist or a noun phrase
    describing the title. Between "featuring" and the guest only role words may
    stand; guests listed after the first ("featuring A and B") are featured too."""
    for sent_index, ms in ctx.by_sent.items():
        # places and dates ("Nashville singer A") read as plain words here; a name of unknown
        # kind right after "featuring" is the guest unless a role word follows it
        ms = [m for m in ms if not m.pronoun and (ctx.etype(m) is R or artistlike(ctx, m) or (
            ctx.etype(m) is None and re.search(r"\b(?:featuring|feat\.?|ft\.|f/)\s+$", ctx.before(m, 20))
            and not re.match(r"\s+[a-z]", ctx.after(m, 20))))]
        for i, m in enumerate(ms):
            if i == 0 or ctx.etype(m) is R:
                continue
            feat = re.search(r"(?:[(\[]\s*)?\b(?:featuring|feat\.?|ft\.|f/)\s", ctx.between(ms[i - 1], m))
            if feat is None:
                continue
            tail = ctx.between(ms[i - 1], m)[feat.start():]
            word = _FEAT_WORD.match(tail)
            if word is None or not _FEAT_ROLE.match(word.group(1)):
                continue
            release = None
            for j in range(i - 1, -1, -1):  # the nearest title before, past the title's own artists
                cand = ms[j]
                if ctx.etype(cand) is R:
                    release = cand
                    break
            if release is None or ms.index(release) < i - 3:
                continue
            # the text from the title to "featuring", artist names masked
            pieces, pos = [], release.end
            for x in ms[ms.index(release) + 1:i]:
                pieces.append(ctx.doc[pos:x.start].text_with_ws if x.start > pos else "")
                pieces.append("@ ")
                pos = x.end
            pieces.append(ctx.doc[pos:m.start].text_with_ws if m.start > pos else "")
            gap = re.sub(r"@\s+(['’]s)", r"@\1", " " + "".join(pieces))
            cut = re.search(r"(?:[(\[]\s*)?\b(?:featuring|feat\.?|ft\.|f/)\s[^@]*$", gap)
            if cut is None or not _TITLE_TO_FEAT.match(gap[:cut.start()]):
                continue
            sent = ctx.sents[sent_index]
            modality = statement_modality(sent)
            if modality == 0.3 and _negation_in_titles_only(ctx, sent):
                modality = 1.0  # "A — “Not Me” (2014), featuring B": the "not" is the title's
            if modality == 0.0:
                continue
            guests = [m]
            for x in ms[i + 1:]:  # "featuring A and singer B": artists of either kind, or of none yet
                if not artistlike(ctx, x) or not _ROLE_LIST_GAP.fullmatch(ctx.between(guests[-1], x)):
                    break
                if re.match(rf"^\s*{POSS}", ctx.after(x, 4)):
                    break  # "featuring A, and B's “Y”": B owns the next title, the list of guests has ended
                guests.append(x)
            for guest in guests:
                if guest is not m and (is_qualifier(ctx, guest) or not is_musician(ctx, guest)):
                    break
                if re.match(r"[ \t]+[A-Z][a-z]", ctx.after(guest, 4)):
                    continue  # a name cut short ("Big" of "Big Nikki Sauvé") would be a wrong guest
                start, end = ctx.char_span(release, guest)
                yield Candidate("FEATURES", release.entity, guest.entity, start, end, sent, 0.85 * modality,
                                "featuring-after-credit", object_type=implied_artist(ctx, guest))


def _negation_in_titles_only(ctx: Context, sent: Span) -> bool:
    """Every negation word of ``sent`` is part of a title ("“Not Me”", "“Never Again”")."""
    negations = [t for t in span_tokens(sent) if t.lower_ in {"not", "never", "n't"}]
    return bool(negations) and all(
        (m := ctx.token_mention.get(t.i)) is not None and ctx.etype(m) is R for t in negations)


_FEATURED_ARTIST = re.compile(r"\b(?:(?:as|is|was)\s+(?:the|a)\s+featured\s+(?:artist|guest|vocalist|rapper)|"
                              r"(?:as|is|was)\s+(?:the|a)\s+guest\s+(?:artist|vocalist|rapper|singer)\s+on|"
                              r"(?:features?|featured)\s+on\b|featured\s+artist)\b", re.I)

# "“Pressure,” out now, features A", "“X,” featured rapper A": the title's closing comma (either side of
# its quote), an optional short aside of plain words, then the verb and role words only
_TITLE_ASIDE_FEATURES = re.compile(
    rf"^{QCOMMA}(?:(?!(?:which|who|whose|that|where|when|while|video|clip|visuals?|mv)\b)[a-z0-9][\w' -]{{0,28}},\s*)?"
    r"(?:also\s+)?(?:features|featured)\s+(?:(?:[A-Z][a-z-]+\s+)?(?:guest\s+|fellow\s+)?(?:[a-z-]+\s+)?"
    r"(?:singers?|rappers?|vocalists?|artists?|stars?|djs?|duo|trio|group|band|mcs?|crooner|soloists?|"
    r"singer-songwriters?)\s+)?$")


def _title_aside_features_candidates(ctx: Context) -> Iterator[Candidate]:
    """"Lead single “Pressure,” out now, features A and B trading bars": the title is
    the subject of "features", with at most a short aside between; each listed name is a guest."""
    for ms in ctx.by_sent.values():
        named = [m for m in ms if not m.pronoun]
        for i, (rel, guest) in enumerate(itertools.pairwise(named)):
            if ctx.etype(rel) is not R or not (artistlike(ctx, guest) and ctx.etype(guest) is not R):
                continue
            if not _TITLE_ASIDE_FEATURES.match(ctx.between(rel, guest)):
                continue
            if is_qualifier(ctx, guest):
                # "features ODESSA's Chae-on": the group names the guest
                nxt = named[i + 2] if i + 2 < len(named) else None
                if nxt is None or not artistlike(ctx, nxt) or ctx.etype(nxt) is R or not re.fullmatch(
                        rf"{POSS}\s*", ctx.between(guest, nxt)):
                    continue
                guest = nxt
            sent = ctx.sents[rel.sent]
            modality = statement_modality(sent)
            if modality == 0.0 or _CAMEO.search(span_text(sent)):
                continue
            for g in coordinated(ctx, guest):
                if g is not guest and (is_qualifier(ctx, g) or not artistlike(ctx, g)):
                    break
                if re.match(r"[ \t]+[A-Z][a-z]", ctx.after(g, 4)):
                    continue  # a name cut short ("Lil" of "Lil Tuesday") would be a wrong guest
                start, end = ctx.char_span(rel, g)
                yield Candidate("FEATURES", rel.entity, g.entity, start, end, sent, 0.8 * modality,
                                "title-aside-features", object_type=implied_artist(ctx, g))


# "“X,” on which she sang the hook", "“X”, on which A raps the second verse"
# "“X,” on which rapper A", "“X”, the 2019 ballad on which B's singer A": the title, an optional noun phrase
# naming what it is, "on which", and an optional description of the singer (who may be a band's)
_ON_WHICH = re.compile(rf"^(?:{QCOMMA}|{QEND}(?:is|was)\s+(?=(?:the|a|an|his|her|their|@)\s))(?:@\s+|(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){{0,3}}?(?:ballad|song|"
                       r"single|track|duet|cut|number|anthem|hit|tune|closer|opener|remix)\s+)?on\s+which\s+"
                       rf"(?:(?:@\s*{POSS}\s+)?(?:[A-Za-z-]+\s+){{0,2}}?(?:singer|rapper|vocalist|star|mc|crooner|"
                       r"singer-songwriter|frontman|frontwoman|boss|mentor|partner|friend|labelmate|label\s+mate)\s+)?$",
                       re.I)

# "on which A is joined by B": A sings the song; B is its guest
_JOINED_BY = re.compile(r"^\s*(?:is|was|gets|got|are|were)\s+(?:also\s+)?joined\s+by\s+(?:(?:his|her|their|the)\s+)?"
                        r"(?:[\w'’-]+\s+){0,4}?$", re.I)

_ON_WHICH_PART = re.compile(r"^\s*(?:also\s+|once\s+)?(?:sang|sings|sung|raps|rapped|delivers|delivered|"
                            r"contributes|contributed|adds|added|guests|guested|features|featured|appears|appeared|"
                            r"trades|traded|lends|lent|provides|provided|joins|joined|duets|duetted|"
                            # "on which rapper A had a guest verse"
                            r"(?:has|had)\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:verse|rap|feature|hook|part|solo|spot))\b",
                            re.I)


# "“X,” a tribute to A's late mother, on which B sings": a noun phrase between the title and "on which"
_ON_WHICH_ASIDE = re.compile(r"^\s*[”\"’']?\s*,\s*[”\"’']?\s*(?:a|an|the)\s+[^,;:“”\"]{1,60}?,\s*(?=on\s+which\b)", re.I)


def _aside_pairs(ctx: Context, ms: list[Mention]) -> list[tuple[Mention, Mention]]:
    """(title, singer) pairs with other names between them, for "“X,” a tribute to A's
    mother, on which B sings" (the aside checked by the caller)."""
    out = []
    for j, singer in enumerate(ms):
        if j < 2 or ctx.etype(singer) not in ART or not re.search(r"\bon\s+which\s+(?:[\w'’-]+\s+){0,3}$",
                                                                   ctx.before(singer, 40)):
            continue
        rel = next((m for m in reversed(ms[:j - 1]) if ctx.etype(m) is R and not m.pronoun), None)
        if rel is not None and singer.start - rel.end <= 25:
            out.append((rel, singer))
    return out


def _on_which_sang_candidates(ctx: Context) -> Iterator[Candidate]:
    """"DJ A's club hit “X,” on which she sang the hook": the singer of the relative
    clause (a name or a resolved pronoun) is featured on the title, unless it is the
    title's own artist (the extractor drops a primary featured on their own release)."""
    for ms in ctx.by_sent.values():
        for rel, singer in [*itertools.pairwise(ms), *_aside_pairs(ctx, ms)]:
            described = rel.pronoun and rel.source == "description"  # "“X”, the 1987 single on which A sang"
            if (rel.pronoun and not described) or ctx.etype(rel) is not R or ctx.etype(singer) not in ART or (
                    singer.entity == rel.entity):
                continue
            gap = _masked_gap(ctx, rel, singer, ms)
            if not (_ON_WHICH.match(_ON_WHICH_ASIDE.sub(", ", gap, count=1)) or (described and _ON_WHICH.match(
                    ", " + gap))):
                continue
            if not _ON_WHICH_PART.match(ctx.after(singer, 30)):
                yield from _joined_on_which(ctx, rel, singer, ms)
                continue
            owner = next((m for m in reversed(ms) if m.end <= rel.start and not m.pronoun), None)
            if owner is not None and not (rel.start - owner.end <= 7 and ctx.etype(owner) in ART and re.match(
                    rf"^{POSS}\s*(?:[\w-]+\s+){{0,4}}[“\"‘']?\s*$", ctx.between(owner, rel))):
                owner = None
            if singer.pronoun and owner is not None and owner.entity == singer.entity:
                # "A's hit “X,” on which she sang": "she" is not the owner A the resolver may have picked
                singer = next((m for m in reversed(ms) if m.start < owner.start and not m.pronoun
                               and ctx.etype(m) is ctx.etype(owner) and m.entity != owner.entity), None)
                if singer is None:
                    continue
            sent = ctx.sents[rel.sent]
            modality = statement_modality(sent, ctx.tokens[min(singer.end, len(ctx.doc) - 1)]) if not singer.pronoun else (
                statement_modality(sent, ctx.tokens[min(rel.end + 4, len(ctx.doc) - 1)]))
            if modality == 0.0:
                continue
            start, end = ctx.char_span(rel, singer)
            yield Candidate("FEATURES", rel.entity, singer.entity, start, end, sent, 0.8 * modality,
                            "on-which-sang", object_type=implied_artist(ctx, singer))


def _joined_on_which(ctx: Context, rel: Mention, singer: Mention, ms: list[Mention]) -> Iterator[Candidate]:
    """"“Harbor”, on which Rina Vale is joined by her mentor Ira Cole": the one who joins
    the singer is the title's guest, and the two worked together."""
    guest = next((m for m in ms if m.start >= singer.end and not m.pronoun), None)
    if guest is None or ctx.etype(guest) not in ART or guest.entity in {singer.entity, rel.entity} or (
            not _JOINED_BY.match(ctx.between(singer, guest))) or not performer(ctx, guest, ctx.between(singer, guest)):
        return  # (not "joined by producer B": a producer works behind the song)
    sent = ctx.sents[rel.sent]
    modality = statement_modality(sent, ctx.tokens[guest.start])
    if modality == 0.0:
        return
    start, end = ctx.char_span(rel, guest)
    yield Candidate("FEATURES", rel.entity, guest.entity, start, end, sent, 0.85 * modality, "on-which-joined",
                    object_type=implied_artist(ctx, guest))
    if ctx.etype(singer) in ART and not singer.pronoun:
        yield Candidate("COLLABORATED_WITH", singer.entity, guest.entity, start, end, sent, 0.8 * modality,
                        "on-which-joined")


# -- featured parts and credit blocks --
_PART_WORDS = r"(?:verse|verses|hook|chorus|bridge|vocals?|feature|rap|bars|refrain|duet\s+verse|turn|cameo)"

# "A's guest verse on “X”", "her feature on B's “X”": the possessor sings on the title
_POSS_PART_ON = re.compile(rf"^{POSS}\s+(?:[\w-]+\s+){{0,2}}?{_PART_WORDS}\s+on\s+(?:(?:the|his|her|their)\s+)?"
                           r"(?:[\w-]+\s+){0,2}?(?:@\S*\s+)?(?:[\w-]+\s+){0,2}?[“\"‘']?\s*$", re.I)

# "“X,” with A's ghostly chorus": the title, then the possessor's part
_TITLE_WITH_POSS = re.compile(rf"^{QCOMMA}?\s*with\s+(?:(?:[a-z-]+\s+){{0,2}}?)$")
_POSS_PART_AFTER = re.compile(rf"^{POSS}\s+(?:[a-z-]+\s+){{0,2}}?(?:verse|hook|chorus|bridge|vocals?|rap|bars|"
                              r"refrain|feature|guest\s+verse)\b", re.I)

# credits blocks: "A — additional vocals on “X” and “Y”", "Additional vocals on “X”: A"
_CREDIT_VOCALS = re.compile(r"^\s*[—–:-]\s*(?:(?:additional|guest|featured|lead)\s+)?vocals?\b[^\n]{0,40}?\bon\s+[“\"‘']?$", re.I)
_VOCALS_ON_LINE = re.compile(r"(?:^|\n)[ \t]*(?:additional|guest|featured)\s+vocals?\s+on\s+[^\n]*$", re.I)
_TITLE_LIST_GAP = re.compile(r"^\s*[”\"’']?\s*(?:,|,?\s*and|&)\s*[“\"‘']?\s*$")


def _masked_gap(ctx: Context, left: Mention, right: Mention, ms: list[Mention]) -> str:
    """The text between two mentions with each mention between them written "@"."""
    pieces, pos = [], left.end
    for x in ms:
        if x.start >= pos and x.end <= right.start:
            pieces += [ctx.doc[pos:x.start].text_with_ws, "@ "]
            pos = x.end
    pieces.append(ctx.doc[pos:right.start].text_with_ws)
    return " " + "".join(pieces) if ctx.text[ctx.tokens[left.end - 1].idx + len(ctx.tokens[left.end - 1]):][:1] == " " \
        else "".join(pieces)


def _possessive_part_candidates(ctx: Context) -> Iterator[Candidate]:
    """"rapper A's guest verse on “X”", "her feature on B's “X”" and "“X,” with A's
    ghostly chorus": the possessor of a singing part is featured on the title."""
    for sent_index, ms in ctx.by_sent.items():
        sent = ctx.sents[sent_index]
        if _CAMEO.search(span_text(sent)):
            continue
        for i, m in enumerate(ms):
            if ctx.etype(m) not in ART or (m.pronoun and m.text.lower() not in {"his", "her"}):
                continue
            if not m.pronoun and not artistlike(ctx, m):
                continue
            release = None
            nxt_r = next((r for r in ms[i + 1:] if ctx.etype(r) is R and not r.pronoun), None)
            if nxt_r is not None:
                gap = _masked_gap(ctx, m, nxt_r, ms)
                if _POSS_PART_ON.match(("'s" + gap) if m.pronoun else gap):
                    release = nxt_r
            prev = ms[i - 1] if i > 0 else None
            if release is None and not m.pronoun and prev is not None and ctx.etype(prev) is R and not prev.pronoun \
                    and _TITLE_WITH_POSS.match(ctx.between(prev, m)) and _POSS_PART_AFTER.match(ctx.after(m, 40)):
                release = prev
            if release is None or release.entity == m.entity:
                continue
            # the noun phrase takes the part for granted: "A's verse on X almost didn't happen" still has it
            modality = statement_modality(sent, ctx.tokens[m.start])
            modality = 1.0 if modality == 0.3 else modality
            if modality == 0.0 or not is_musician(ctx, m) or m.role == "director":
                continue
            start, end = ctx.char_span(m, release) if m.start < release.start else ctx.char_span(release, m)
            yield Candidate("FEATURES", release.entity, m.entity, start, end, sent, 0.75 * modality,
                            "possessive-part-on-release", object_type=implied_artist(ctx, m))


def _credit_vocals_candidates(ctx: Context) -> Iterator[Candidate]:
    """Credits blocks: "A — additional vocals on “X” and “Y”" and "Additional vocals
    on “X”: A" make A a guest of each title."""
    # the parser splits credit lines into sentences at will: read the whole article's names, line by line
    named = [m for m in ctx.mentions if not m.pronoun]
    for i, m in enumerate(named):
        if not artistlike(ctx, m) or ctx.etype(m) is R:
            continue
        at = ctx.tokens[m.start].idx
        line_start = ctx.text.rfind("\n", 0, at) + 1
        titles: list[Mention] = []
        rest = named[i + 1:]
        if not ctx.text[line_start:at].strip():
            # "A — additional vocals on “X” and “Y”" (the name opens the line)
            if rest and ctx.etype(rest[0]) is R and _CREDIT_VOCALS.match(ctx.between(m, rest[0])):
                titles = [rest[0]]
                for r in rest[1:]:
                    if ctx.etype(r) is not R or not _TITLE_LIST_GAP.match(ctx.between(titles[-1], r)):
                        break
                    titles.append(r)
        elif re.search(r"[”\"’']?\s*:\s*$", ctx.text[line_start:at]) and _VOCALS_ON_LINE.search(
                ctx.text[max(0, line_start - 1):at]):
            # "Additional vocals on “X”: A"
            titles = [r for r in named[:i] if ctx.etype(r) is R and ctx.tokens[r.start].idx >= line_start]
        for r in titles:
            if r.entity == m.entity:
                continue
            start, end = ctx.char_span(m, r) if m.start < r.start else ctx.char_span(r, m)
            yield Candidate("FEATURES", r.entity, m.entity, start, end, ctx.sents[m.sent], 0.8, "credit-vocals-on",
                            object_type=implied_artist(ctx, m))


# "A guests on two tracks, the brooding “X” and the uptempo “Y”", "sees A guest on the nine-minute “X”"
_GUESTS_ON = re.compile(r"^\s+(?:also\s+|briefly\s+)?(?:guests|guested|guest|guesting|features|featured|appears|"
                        r"appeared|sings|sang|raps|rapped)\s+on\s+"
                        r"(?:[^.;:“”\"\n]{0,40}?\s)?[“\"‘']?$", re.I)
_NEXT_TITLE = re.compile(r"^\s*[”\"’']?\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?[“\"‘']?\s*$")


_BROADCAST = {"show", "shows", "program", "programme", "podcast", "episode", "broadcast", "stream", "livestream",
              "tv", "radio", "stage", "tour", "festival", "concert", "set"}


def _guests_on_titles_candidates(ctx: Context) -> Iterator[Candidate]:
    """"French trumpeter A guests on two tracks, the brooding “X” and the uptempo
    “Y”": A is a guest of each title named after "guests on"."""
    for sent_index, ms in ctx.by_sent.items():
        sent = ctx.sents[sent_index]
        named = [m for m in ms if not m.pronoun]
        for i, m in enumerate(named):
            if not artistlike(ctx, m) or ctx.etype(m) is R or i + 1 >= len(named) or is_qualifier(ctx, m):
                continue
            first = named[i + 1]
            if ctx.etype(first) is not R or not _GUESTS_ON.match(ctx.between(m, first)):
                continue
            # "guested on a talk show, then sang “X”": no second verb, no broadcast before the title
            gap = ctx.doc[m.end:first.start]
            if sum(t.pos_ in {"VERB", "AUX"} for t in gap) > 1 or any(t.lower_ in _BROADCAST for t in gap):
                continue
            modality = statement_modality(sent, ctx.tokens[m.start])
            if modality == 0.0 or not is_musician(ctx, m) or m.role == "director" or _CAMEO.search(span_text(sent)):
                continue
            titles = [first]
            for r in named[i + 2:]:
                if ctx.etype(r) is not R or not _NEXT_TITLE.match(ctx.between(titles[-1], r)) or _opens_clause(ctx, r):
                    break
                titles.append(r)
            for r in titles:
                start, end = ctx.char_span(m, r)
                yield Candidate("FEATURES", r.entity, m.entity, start, end, sent, 0.75 * modality,
                                "artist-guests-on-titles", object_type=implied_artist(ctx, m))


# "A features on “X”, B on “Y” and C on “Z”": the verb of the first guest is left out for the others
_GUEST_VERB = re.compile(r"\b(?:features|featured|guests|guested|appears|appeared|sings|sang|raps|rapped)\s+on\b", re.I)

_GAPPED_BEFORE = re.compile(r"(?:,|,?\s+and)\s+(?:[A-Za-z][\w-]*\s+){0,2}?(?:[a-z][\w-]*\s+)?$")


def _gapped_guests_candidates(ctx: Context) -> Iterator[Candidate]:
    """"Wade Colter features on “X”, Buck Tanner on “Y” and Tom Calder on “Z”": each
    name listed with "on" and a title after a guesting verb guests on that title."""
    for sent_index, ms in ctx.by_sent.items():
        sent = ctx.sents[sent_index]
        verb = _GUEST_VERB.search(span_text(sent))
        if verb is None or _CAMEO.search(span_text(sent)):
            continue
        named = [m for m in ms if not m.pronoun and ctx.tokens[m.start].idx >= sent.start_char + verb.end()]
        for m, r in itertools.pairwise(named):
            if not artistlike(ctx, m) or ctx.etype(m) is R or ctx.etype(r) is not R or r.entity == m.entity:
                continue
            if not re.fullmatch(r"\s+on\s+[“\"‘']?", ctx.between(m, r)) or not _GAPPED_BEFORE.search(ctx.before(m, 40)):
                continue
            if is_qualifier(ctx, m) or not is_musician(ctx, m) or m.role == "director":
                continue
            modality = statement_modality(sent, ctx.tokens[m.start])
            if modality == 0.0:
                continue
            start, end = ctx.char_span(m, r)
            yield Candidate("FEATURES", r.entity, m.entity, start, end, sent, 0.75 * modality, "gapped-guest-on",
                            object_type=implied_artist(ctx, m))


# a guest named with "on" and a title and no verb: "Drake on “X”", "A, also on “X”", "B again, this time on “Y”"
_VERBLESS_ON = re.compile(r"^\s*,?\s*(?:(?:also|again|too)\s*,?\s*)?(?:this\s+time\s+)?on\s+[“\"‘']?$", re.I)
# what opens such a list: a colon ("Confirmed on the tracklist: A on “X”"), or a comma and "with" ("..., with A on “X”")
_VERBLESS_OPENS = re.compile(r"(?::|(?:^|[,—–(])\s*with(?:\s+(?:the\s+)?[a-z][\w-]*){0,2}?)\s*$")
_VERBLESS_NEXT = re.compile(r"^\s*[”\"’']?\s*(?:,\s*(?:and\s+)?|,?\s*and\s+|;\s*)(?:[a-z][\w-]*\s+){0,2}?$")


def _verbless_guests_candidates(ctx: Context) -> Iterator[Candidate]:
    """Guests listed without a verb, each name with "on" and a title: after a colon
    ("Confirmed on the tracklist: A on “X” and B on “Y”"), after "with" ("the album
    followed in 2020, with A on “X” and B again, this time on “Y”"), or as list lines of
    their own ("A on “X”." / "B, also on “X”."; two such lines at least, since a lone
    "A on “X”" heads an interview as often as it lists a guest)."""
    lines: list[tuple[Mention, Mention, Span]] = []
    for sent_index, ms in ctx.by_sent.items():
        sent = ctx.sents[sent_index]
        if " on " not in span_text(sent):
            continue
        named = [m for m in ms if not m.pronoun]
        pairs = [(m, r) for m, r in itertools.pairwise(named) if ctx.etype(r) is R and ctx.etype(m) is not R
                 and artistlike(ctx, m) and _VERBLESS_ON.match(ctx.between(m, r))]
        if not pairs:
            continue
        modality = statement_modality(sent)
        if modality == 0.0 or _CAMEO.search(span_text(sent)):
            continue
        found: list[tuple[Mention, Mention]] = []
        for k, (m, r) in enumerate(pairs):
            guests = [g for g in coordinated_before(ctx, m) if ctx.etype(g) is not R][::-1]
            lead = ctx.text[sent.start_char:ctx.char_starts[guests[0].start]]
            prev = found[-1][1] if found else None
            if prev is not None and prev.end <= guests[0].start and _VERBLESS_NEXT.match(ctx.between(prev, guests[0])):
                pass  # the list goes on: "A on “X”, and B on “Y”"
            elif _VERBLESS_OPENS.search(lead):
                pass
            elif k == 0 and re.fullmatch(r"[\W\d]*", lead) and re.fullmatch(r"[\s”\"’'.!]*", ctx.text[
                    ctx.char_ends[r.end - 1]:sent.end_char]):
                lines += [(g, r, sent) for g in guests]  # a line of its own: kept if another one follows
                continue
            else:
                continue
            found += [(g, r) for g in guests]
        for g, r in found:
            if not is_qualifier(ctx, g) and is_musician(ctx, g) and g.role != "director" and g.entity != r.entity:
                start, end = ctx.char_span(g, r)
                yield Candidate("FEATURES", r.entity, g.entity, start, end, sent, 0.75 * modality, "verbless-guest-on",
                                object_type=implied_artist(ctx, g))
    if len({id(sent) for _, _, sent in lines}) >= 2:
        for g, r, sent in lines:
            if not is_qualifier(ctx, g) and is_musician(ctx, g) and g.role != "director" and g.entity != r.entity:
                start, end = ctx.char_span(g, r)
                yield Candidate("FEATURES", r.entity, g.entity, start, end, sent, 0.7 * statement_modality(sent),
                                "verbless-guest-line", object_type=implied_artist(ctx, g))


def _opens_clause(ctx: Context, m: Mention) -> bool:
    """A verb follows the title: "..., and the uptempo “Y” is A alone" makes Y a subject."""
    nxt = next((t for t in ctx.tokens[m.end:m.end + 3] if not t.is_punct), None)
    return nxt is not None and nxt.pos_ in {"VERB", "AUX"}


def _relative_clause_modality(sent: Span, anchor: Token | None) -> float:
    """:func:`statement_modality` of ``anchor``'s statement, except that a negation in
    the main clause does not reach a relative clause on its subject ("A, who is
    featured on “X,” is not named in the suit": the featuring stands)."""
    modality = statement_modality(sent, anchor)
    verb = anchor
    while verb is not None and verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    if modality == 0.3 and verb is not None and verb.dep_ == "relcl" and not any(
            t.lower_ in {"not", "never", "n't"} or t.dep_ == "neg" for t in verb.subtree):
        return 1.0
    return modality


# "is credited as featuring A", "credited as A featuring B", "credited to A with B", "credited jointly to A and B"
_CREDITED_AS = re.compile(r"\s+(?:(?:jointly|solely|simply|officially|formally|instead)\s+)?(?:as|to)\s+"
                          r"(?P<feat>(?:featuring|feat\.?|ft\.)\s+)?(?:both\s+)?"
                          r"(?:(?:[A-Z][a-z]+\s+)?(?:[a-z-]+\s+){0,2}?(?:singer|rapper|star|vocalist|artist|dj|duo|group|band|"
                          r"brother|sister|son|daughter)\s+)?")

_CREDIT_AND = re.compile(r"\s*(?:,|,?\s*and|&|x|×)\s*(?:[a-z-]+\s+){0,2}?", re.I)
_CREDIT_GUEST = re.compile(r"\s*,?\s*(?:featuring|feat\.?|ft\.|with)\s+(?:(?:[A-Z][a-z]+\s+)?(?:[a-z-]+\s+){0,2}?)?")


def _credit_run(ctx: Context, first: Mention, names: list[Mention], gap: re.Pattern[str]) -> list[Mention]:
    """``first`` and the names after it joined each to the one before by ``gap``."""
    run = [first]
    for x in names[names.index(first) + 1:]:
        if not gap.fullmatch(ctx.between(run[-1], x)) or not (artistlike(ctx, x) or (
                x.pronoun and ctx.etype(x) in ART)) or ctx.etype(x) is R:
            break
        run.append(x)
    return run


def _credited_release(ctx: Context, tok: Token, sent_index: int) -> Mention | None:
    """The release a "credited" says is credited: the verb's subject ("“X” is credited as ...",
    "It was credited as ..."), else for a participle or relative clause the title it follows
    ("recorded “X” with B, credited as A featuring B", "a duet credited to A and B")."""
    subj = next((c for c in tok.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
    if subj is not None and subj.lower_ not in {"which", "that"}:
        found = release_at(ctx, subj, sent_index)
        if found is None and subj.lower_ in {"it", "track", "song", "single", "remix", "record"}:
            found = ctx.focus_release(sent_index, subj.i)
        return found
    before = [m for m in ctx.by_sent.get(sent_index, []) if m.end <= tok.i and ctx.etype(m) is R]
    return before[-1] if before else None


def _credited_as_candidates(ctx: Context) -> Iterator[Candidate]:
    """A credit written out in prose: "“X” is credited as featuring A and B" (A and B are its
    guests), "It was credited as A featuring B", "credited to A with B" (A its artist, B its
    guest), "credited jointly to A and B" (both its artists, who worked together)."""
    for tok in ctx.tokens:
        if tok.lower_ != "credited":
            continue
        hit = _CREDITED_AS.match(ctx.text, tok.idx + len(tok))
        if hit is None:
            continue
        sent = sentence_of(tok.doc, tok.i)
        sent_index = ctx.sent_index.get(sent.start, -1)
        names = [m for m in ctx.by_sent.get(sent_index, []) if m.start > tok.i and (not m.pronoun or (
            hit.group("feat") and ctx.etype(m) in ART))]
        first = next((m for m in names if ctx.tokens[m.start].idx >= hit.end()), None)
        if first is None or ctx.tokens[first.start].idx != hit.end() or not (artistlike(ctx, first) or first.pronoun) \
                or ctx.etype(first) is R:
            continue
        modality = statement_modality(sent, tok)
        if modality == 0.0 or clause_negated(tok):
            continue
        release = _credited_release(ctx, tok, sent_index)
        if release is None:
            continue
        if hit.group("feat"):
            primaries, guests = [], _credit_run(ctx, first, names, _CREDIT_AND)
        else:
            primaries = [m for m in _credit_run(ctx, first, names, _CREDIT_AND) if not m.pronoun]
            rest = names[names.index(primaries[-1]) + 1:] if primaries else []
            guests = _credit_run(ctx, rest[0], names, _CREDIT_AND) if rest and _CREDIT_GUEST.fullmatch(
                ctx.between(primaries[-1], rest[0])) and (artistlike(ctx, rest[0]) or rest[0].pronoun) else []
            if not guests and len({m.entity for m in primaries}) < 2:
                continue  # "credited to A": whose release it is, read by the release rules
        guests = [g for g in guests if is_musician(ctx, g) and g.role != "director"]
        start, end = ctx.char_span(release, *primaries, *guests) if release.sent == sent_index else ctx.char_span(
            *primaries, *guests)
        for g in guests:
            if g.entity != release.entity:
                yield Candidate("FEATURES", release.entity, g.entity, start, end, sent, 0.85 * modality, "credited-as",
                                object_type=implied_artist(ctx, g))
        for p in primaries:
            if p.entity != release.entity:
                yield Candidate("BY_ARTIST", release.entity, p.entity, start, end, sent, 0.8 * modality, "credited-as",
                                object_type=implied_artist(ctx, p))
        for a, b in itertools.combinations(primaries, 2):
            if a.entity != b.entity:
                yield Candidate("COLLABORATED_WITH", a.entity, b.entity, start, end, sent, 0.8 * modality,
                                "credited-as", subject_type=implied_artist(ctx, a), object_type=implied_artist(ctx, b))


# -- remixes: a remix's guest is a guest of the song remixed --
# role words before a guest's name: "featuring the British pop star A", "with rapper A"
_GUEST_ROLE = (r"(?:(?:the|a|an)\s+)?(?:(?:[A-Z][a-z-]+|[a-z-]+)\s+){0,3}?(?:singer|rapper|star|vocalist|artist|mc|"
               r"crooner|singer-songwriter|duo|trio|group|band|legend|icon|veteran|newcomer)s?\s+")
_REMIX_GUEST_VERB = r"(?:featuring|feat\.?|ft\.|with|features|featured|adds|added|brings\s+in|brought\s+in)"
# "“X” remix with A", "“X”, whose remix featured A", "“X” ... before its remix featuring A" (no other name between)
_TITLE_REMIX_GUEST = re.compile(
    rf"^\s*[”\"’']?\s*(?:(?:,\s*whose|[^“”\"@;:]{{0,100}}?\b(?:its|the\s+song's|the\s+track's))\s+(?:[\w-]+\s+){{0,2}}?)?"
    rf"remix(?:es)?\s*,?\s+(?:(?:now|also|later)\s+)?{_REMIX_GUEST_VERB}\s+(?:{_GUEST_ROLE})?$", re.I)
# "the remix of “X”, B's slow-burning hit, now features A": the title after "remix of", its verb after an aside
_REMIX_OF = re.compile(r"\bremix(?:es)?\s+of\s+[“\"‘']?\s*$", re.I)
_REMIX_OF_GUEST = re.compile(rf"^\s*[”\"’']?\s*(?:,\s*[^,;:“”\"]{{1,60}},\s*)?(?:(?:now|also|later)\s+)?"
                             rf"{_REMIX_GUEST_VERB}\s+(?:{_GUEST_ROLE})?$", re.I)


def _remix_guest_candidates(ctx: Context) -> Iterator[Candidate]:
    """A remix with a guest names the song remixed: "“Harbour” remix with A", "“Harbour”,
    whose remix featured A", "“Harbour” spread online before its remix featuring A",
    "the remix of “Harbour”, B's hit, now features A": A is a guest of Harbour.
    Not "a remix by A" (the remixer) nor a remix with no title of its own named."""
    for sent_index, ms in ctx.by_sent.items():
        sent = ctx.sents[sent_index]
        if "remix" not in span_text(sent).lower():
            continue
        named = [m for m in ms if not m.pronoun]
        for i, guest in enumerate(named):
            if i == 0 or ctx.etype(guest) is R or not artistlike(ctx, guest) or "remix" not in ctx.before(
                    guest, 160).lower():
                continue
            release = next((r for r in reversed(named[:i]) if ctx.etype(r) is R), None)
            if release is None:
                continue
            # names between: none but places and companies for "its remix", an owner in the aside after "remix of"
            between = [m for m in named[named.index(release) + 1:i] if ctx.etype(m) is R or artistlike(ctx, m)]
            gap = _masked_gap(ctx, release, guest, between)
            if not ((not between and _TITLE_REMIX_GUEST.match(gap)) or (
                    _REMIX_OF.search(ctx.before(release, 30)) and _REMIX_OF_GUEST.match(gap))):
                continue
            modality = statement_modality(sent, ctx.tokens[guest.start])
            if modality == 0.0 or _CAMEO.search(span_text(sent)):
                continue
            for g in coordinated(ctx, guest):
                if is_qualifier(ctx, g) or not is_musician(ctx, g) or g.role == "director" or ctx.etype(g) is R or (
                        g.entity == release.entity):
                    break
                start, end = ctx.char_span(release, g)
                yield Candidate("FEATURES", release.entity, g.entity, start, end, sent, 0.75 * modality,
                                "remix-guest", object_type=implied_artist(ctx, g))


def featured_artist_candidates(ctx: Context) -> Iterator[Candidate]:
    """"X comes on board as the featured artist", "Featured artist X turns up",
    "MORU ... produced and features on [her single]"; featuring in prose
    (:func:`_feature_sentence_candidates`, :func:`_guest_part_candidates`) and
    "A x B" credits."""
    yield from _feature_sentence_candidates(ctx)
    yield from _guest_part_candidates(ctx)
    yield from _x_credit_candidates(ctx)
    yield from _featuring_phrase_candidates(ctx)
    yield from _title_aside_features_candidates(ctx)
    yield from _on_which_sang_candidates(ctx)
    yield from _possessive_part_candidates(ctx)
    yield from _credit_vocals_candidates(ctx)
    yield from _guests_on_titles_candidates(ctx)
    yield from _gapped_guests_candidates(ctx)
    yield from _credited_as_candidates(ctx)
    yield from _remix_guest_candidates(ctx)
    yield from _verbless_guests_candidates(ctx)
    for sent_index, sent in enumerate(ctx.sents):
        for match in _FEATURED_ARTIST.finditer(span_text(sent)):
            found = _featured_artist(ctx, sent_index, sent, match)
            # "A, who is featured on “X,” is not named in the suit": only the featuring clause counts
            anchor = ctx.doc.char_span(sent.start_char + match.start(), sent.start_char + match.end(),
                                       alignment_mode="expand")
            modality = _relative_clause_modality(sent, anchor.root if anchor is not None else None)
            if found is None or modality == 0.0:
                continue
            target, artist = found
            # "A and rapper B are both featured on “X”": every name of the listed subject
            listed = [artist] if artist.pronoun or artist.start >= _token_at(sent, match.start()) else [
                artist, *(x for x in coordinated(ctx, artist)[1:] if artistlike(ctx, x) and ctx.etype(x) is not R
                          and not is_qualifier(ctx, x) and ctx.tokens[x.start].idx < sent.start_char + match.start())]
            for guest in listed:
                if target.entity == guest.entity:
                    continue
                start, end = ctx.char_span(guest)
                yield Candidate("FEATURES", target.entity, guest.entity, start, end, sent, 0.8 * modality,
                                "featured-artist")


def _token_at(sent: Span, offset: int) -> int:
    """The index of the first token of ``sent`` at or after character ``offset`` of the sentence."""
    at = sent.start_char + offset
    return next((t.i for t in span_tokens(sent) if t.idx >= at), sent.end)


def _featured_artist(ctx: Context, sent_index: int, sent: Span, match: re.Match) -> tuple[Mention, Mention] | None:
    """(release, artist) of one "featured artist" / "features on" phrase: the
    artist is the name after "Featured artist", else the subject of the clause
    (a resolved "he" too, never a group that only qualifies a member); the release
    is the one after "on", else the one the clause is about, else the article's
    main release. "Features on the programme" is not about a release."""
    doc = ctx.doc
    span = doc.char_span(sent.start_char + match.start(), sent.start_char + match.end(), alignment_mode="expand")
    if span is None:
        return None
    ms = ctx.by_sent.get(sent_index, [])
    text = match.group(0).lower()
    release: Mention | None = None
    if span[0].pos_ == "NOUN" and text.startswith("feature"):
        return None  # "her feature on A's “X”": a noun, read by the possessive-part rule
    if text.startswith("featured") and not text.endswith(" on"):  # "she featured on X": the subject
        artist = next((m for m in ms if m.start >= span.end and not m.pronoun and artistlike(ctx, m)
                       and re.fullmatch(r"[\s,]*", ctx.text[span.end_char:tokens(doc)[m.start].idx])), None)
    else:
        verb = span[0]
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in {"VERB", "AUX"}:
            return None
        artists = [m for m in collab_subjects(ctx, verb) if (not m.pronoun or ctx.etype(m) in ART)
                   and ctx.etype(m) is not R and not is_qualifier(ctx, m)]
        artist = artists[0] if artists else None
        on = next((t for t in span_tokens(span) if t.lower_ == "on"), None)
        pobj = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None
        if pobj is not None:
            release = release_at(ctx, pobj, sent_index) or _owned_title_after(ctx, on, sent_index)
            if release is None:
                return None  # "to feature on the program"
        elif verb.dep_ in {"relcl", "conj"}:
            head = verb.head
            while head.dep_ == "conj" and head.head.i != head.i:
                head = head.head
            release = release_at(ctx, head.head if head.dep_ == "relcl" else head, sent_index)
    if artist is None:
        return None
    if release is None:
        named = [m for m in ms if ctx.etype(m) is R and not m.pronoun]
        release = named[-1] if named else main_release(ctx, sent_index)
    return (release, artist) if release is not None else None


# from "on" to the title: "on label mate A's single “X”", "on Japanese singer A's 2019 hit “X”"
_ON_OWNED_TITLE = re.compile(rf"^\s*(?:[a-z-]+\s+){{0,3}}?@{POSS}\s*(?:[\w-]+\s+){{0,3}}?[“\"‘']?\s*$")


def _owned_title_after(ctx: Context, on: Token, sent_index: int) -> Mention | None:
    """The title "on" leads to through its owner, however parsed: "featured on label
    mate A's single “X”" gives X; None when anything but role words, the owner and
    a release noun stand between."""
    ms = [m for m in ctx.by_sent.get(sent_index, []) if m.start > on.i and not m.pronoun]
    if len(ms) < 2 or not artistlike(ctx, ms[0]) or ctx.etype(ms[1]) is not R:
        return None
    gap = ctx.doc[on.i + 1:ms[0].start].text_with_ws + "@" + ctx.doc[ms[0].end:ms[1].start].text_with_ws
    return ms[1] if _ON_OWNED_TITLE.match(gap) else None


_PRIMARY_VERBS = ACHIEVEMENT_VERBS | RELEASE_LEMMAS | {"be", "perform", "sing", "unveil", "share"}


def sentence_primary(ctx: Context, cand: Candidate) -> Mention | None:
    """The artist a featuring sentence credits with the release when no rule named
    one: the one artist subject of the verb the release hangs on ("Steward's other
    wins were for Hey Now!, featuring Lil Quarry", "Tia Rowe performed Lanterns featuring
    Obi Hart"), else None."""
    sent_index = ctx.sent_index.get(cand.sent.start, -1)
    release = next((m for m in ctx.by_sent.get(sent_index, []) if m.entity == cand.subject), None)
    if release is None:
        return None
    node = ctx.doc[release.start:release.end].root
    for _ in range(6):
        # "released A featuring B and C featuring D": a participle "featuring" is no clause of its own
        if (node.pos_ in {"VERB", "AUX"} and node.lower_ not in {"featuring", "feat"}) or node.head.i == node.i:
            break
        node = node.head
    if node.pos_ not in {"VERB", "AUX"} or node.lemma_.lower() not in _PRIMARY_VERBS:
        return None
    if release.start in {t.i for c in node.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}:
        return None  # the release is the subject: the sentence names no artist of it
    # "The 19-year-old, formerly a member of collective X, broke out with Y featuring Z": an apposition
    # on the subject names where the subject came from, not who released Y
    subjects = [m for m in collab_subjects(ctx, node) if m.entity != cand.object and m.role != "director"
                and (not m.pronoun or ctx.etype(m) in ART) and ctx.etype(m) in ART | {None}
                and not in_apposition(ctx, m, node)]
    if len({m.entity for m in subjects}) != 1:
        return None
    return subjects[0]


def credit_candidates(ctx: Context) -> Iterator[Candidate]:
    """Credits inside quoted titles: “4K (feat. Jed Harlan)”."""
    for m in ctx.mentions:
        for kind, name in m.credits:
            if kind not in {"feat", "with"}:
                continue
            target = next((e for e in ctx.entities if e.mentions and name in e.names and e.type in ART | {None}), None)
            if target is None:
                continue
            start, end = ctx.char_span(m)
            yield Candidate("FEATURES", m.entity, target.index, start, end + len(name) + 10, ctx.sents[m.sent],
                            0.95, "title-credit", object_type=P if target.type is None else None)


def guest_release_primary(ctx: Context, release: int, guests: set[int], bystanders: set[int],
                          bands: dict[int, set[int]]) -> int | None:
    """The artist a release with guests but no named artist belongs to: the artist the
    article is about (named at least three times and twice as often as any other artist
    but the release's ``guests`` and the ``bystanders``: directors, producers, guests of
    other releases), when no other artist owns the release where it is named ("A's
    “X”", "“X” by A") and its sentences name no other artist than those, the focus and
    its bandmates or bands (``bands``: artist -> artists it is a member of or has as members).
    Example: a story on Lowlight Relay's album lists "2. Copper Wire (feat. Noor
    Sabbagh)": Copper Wire is Lowlight Relay's. Returns the entity index or None."""
    named = [m for m in ctx.mentions if m.entity == release and not m.pronoun]
    if not named or any(owned_elsewhere(ctx, m) for m in named):
        return None
    counts: dict[int, int] = {}
    for m in ctx.mentions:
        if ctx.etype(m) in ART and m.entity not in guests | bystanders and m.role != "director":
            counts[m.entity] = counts.get(m.entity, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])[:2]
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
        return None
    focus = ranked[0][0]
    # "Marla Quinn, Callum Reid and Kaya Holt recorded “X”": a release named among other artists is not clearly the focus's
    allowed = guests | bystanders | {focus} | bands.get(focus, set())
    for m in named:
        # only the subject of the title's clause or of a clause above it ("A and B recorded “X”", "A is
        # among the singers who recorded “X”"); "B features on “Y”, which reworks an A hook, and C joins
        # him on “X”" and "“X” reunites A with B" say nothing of who made X
        verb = _clause_verb(ctx.doc[m.start:m.end].root)
        if any(artistlike(ctx, o) and not o.pronoun and o.entity not in allowed and o.entity != release
               and ctx.etype(o) is not R and _speaks_of(ctx.doc[o.start:o.end].root, verb)
               for o in ctx.by_sent.get(m.sent, [])):
            return None
    return focus


def _speaks_of(tok: Token, verb: Token) -> bool:
    """``tok`` (a name's root) is a subject, or one of a list of subjects, of ``verb`` or of
    a clause ``verb`` hangs under: "A and B recorded “X”", "A is among the singers who
    recorded “X”"; not an object, a possessor or a place ("“X” reunites A with B")."""
    while tok.dep_ in {"conj", "appos"} and tok.head.i != tok.i:
        tok = tok.head
    above, node = {verb.i}, verb
    while node.head.i != node.i:  # (a verb joined by "and" is a sibling clause, not one above)
        if node.dep_ != "conj":
            above.add(node.head.i)
        node = node.head
    return tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.i in above


def _clause_verb(tok: Token) -> Token:
    """The verb of the clause ``tok`` sits in (the sentence root if none)."""
    while tok.pos_ not in {"VERB", "AUX"} and tok.head.i != tok.i:
        tok = tok.head
    return tok


# phrasings where the named partner sings or plays on the record beside the guest
_SINGER_PARTNER_RULES = frozenset({"with-verb-phrase", "traded-with", "collaboration-verb"})


def band_singer_partner_candidates(ctx: Context, candidates: list[Candidate]) -> Iterator[Candidate]:
    """"On “Ferry Lights” folk singer A trades verses with Kerr", "A duets with Marsh on
    “Tidal”" in a story on Kerr's (Marsh's) band: a guest who sings with the band's singer
    on the band's record worked with the band too. The sentence names a record, and the
    band is the article's focus or owns that record; not when the record is said to be
    the guest's or the singer's own."""
    members: dict[int, set[int]] = {}
    for c in candidates:
        if c.relation == "MEMBER_OF" and c.confidence >= 0.5 and isinstance(c.object, int):
            members.setdefault(c.subject, set()).add(c.object)
    owners: dict[int, set[int]] = {}
    for c in candidates:
        # (a duet's two singers are a guess from the verb; whose record it is is not said)
        if c.relation == "BY_ARTIST" and c.confidence >= 0.5 and isinstance(c.object, int) and c.rule != "duet-on-release":
            owners.setdefault(c.subject, set()).add(c.object)
    focus = None
    for c in candidates:
        if c.relation != "COLLABORATED_WITH" or c.rule not in _SINGER_PARTNER_RULES or c.confidence < 0.5:
            continue
        guest, singer = c.subject, c.object
        bands = members.get(singer, set()) - members.get(guest, set()) - {guest}
        if not bands:
            continue
        records = {m.entity for m in ctx.by_sent.get(ctx.sent_index.get(c.sent.start, -1), []) if ctx.etype(m) is R}
        if not records or any(owners.get(r, set()) & {guest, singer} for r in records):
            continue
        if focus is None:
            focus = focus_artist(ctx, members)
        for band in bands:
            if band == focus or any(band in owners.get(r, set()) for r in records):
                yield Candidate("COLLABORATED_WITH", guest, band, c.start, c.end, c.sent, 0.9 * c.confidence,
                                "band-singer-partner")
