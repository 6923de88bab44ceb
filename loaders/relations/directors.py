"""DIRECTED_BY: directors of music videos and films, named by "directed by",
"X-directed", "X directed the video", "the MV, helmed by X" and film titles."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Token

from artistgraph.loaders.entities import TYPEABLE_SOURCES
from artistgraph.loaders.mentions import Mention, span_text, tokens
from artistgraph.loaders.relations.collaborations import listed_under
from artistgraph.loaders.relations.context import (
    ART,
    Candidate,
    Context,
    G,
    O,
    P,
    R,
    clause_negated,
    statement_modality,
)
from artistgraph.loaders.relations.coordination import coordinated
from artistgraph.loaders.relations.lookups import VIDEO_NOUNS, main_release, mentions_in, release_at
from artistgraph.loaders.relations.pairs import _presented_as_director as presented_as_director
from artistgraph.loaders.relations.wording import POSS

_DIRECTOR_TRIGGER = re.compile(r"-directed\b|\b(?:directed|helmed)\b", re.I)

_DIRECTING_VERBS = {"direct", "helm", "make", "shoot", "create", "film", "craft"}


def _directed_works(ctx: Context, m: Mention) -> list[tuple[Token, list[Token]]]:
    """The verbs and objects of which ``m`` is the subject of directing: "Cal
    Weyers, who ..., helmed the Our Galaxy clip", "Lowell Ko made the music video",
    and a relative clause on the name ("Director A, who also made the “Cinder” video, ...")."""
    root = ctx.doc[m.start:m.end].root
    verbs = [c for c in root.children if c.dep_ == "relcl" and any(
        g.dep_ == "nsubj" and g.lower_ in {"who", "that"} for g in c.children)]
    if root.dep_ == "nsubj":
        verbs.append(root.head)
        # "A has filmed for the band since 2020, directing the clips for ...": the
        # participle clause shares the subject
        verbs.extend(c for c in root.head.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                     and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children))
        # "he made A's “X” and that same year shot B's “Y”": a second verb sharing the subject
        verbs.extend(c for c in root.head.children if c.dep_ == "conj" and c.pos_ == "VERB"
                     and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children))
    out = []
    for verb in verbs:
        if verb.lemma_.lower() not in _DIRECTING_VERBS:
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if not objects:
            title = _title_after(ctx, verb)  # the parser read a title as a verb: "directed B's “Never Say It”"
            if title is None:
                continue
            objects = [ctx.tokens[title.start]]
            obj_tokens = list(ctx.tokens[title.start:title.end])
        else:
            obj_tokens = list(objects[0].subtree)
        if verb.lemma_.lower() not in {"direct", "helm"} and objects[0].lower_ not in VIDEO_NOUNS and not (
                _names_a_title(ctx, objects[0]) and presented_as_director(ctx, m.entity)):
            continue  # "made the music video" directs; "made history" does not; a director "shot B's “Y”"
        if clause_negated(verb):
            continue  # "did not direct the video"
        out.append((verb, obj_tokens))
    return out


_TO_TITLE = re.compile(r"^\s*(?:[^,.;:“”\"\n]{1,40}?(?:'s|’s)\s*)?[“\"‘']?\s*$")


def _title_after(ctx: Context, verb: Token) -> Mention | None:
    """The release named right after ``verb`` ("directed B's “X”", "shot “X”"), for a title
    the parser did not take as the object; None when anything else comes between."""
    sent_index = ctx.sent_index.get(verb.sent.start, -1)
    for r in ctx.by_sent.get(sent_index, []):
        if r.start <= verb.i or r.pronoun:
            continue
        if r.start > verb.i + 8:
            return None
        if ctx.etype(r) is R and _TO_TITLE.match(ctx.text[verb.idx + len(verb.text):ctx.tokens[r.start].idx]):
            return r
    return None


def _included_releases(ctx: Context, verb: Token, obj: Token) -> list[Mention]:
    """The titles an "including" phrase on a directing verb, its object or its "for" phrase
    names: "directed a few more for the trio, including “A” and “B”" gives [A, B]."""
    out: list[Mention] = []
    for prep in verb.subtree:
        if prep.dep_ != "prep" or prep.lower_ != "including" or not (prep.head in (verb, obj) or (
                prep.head.dep_ == "pobj" and prep.head.head.head == verb)):
            continue
        heads = [t for c in prep.children if c.dep_ == "pobj" for t in [c, *c.conjuncts]]
        # (a title the parser read as a clause: the name right after "including")
        found = [ctx.token_mention.get(t.i) for t in heads] or [x for x in (
            ctx.token_mention.get(i) for i in (prep.i + 1, prep.i + 2) if i < len(ctx.tokens)) if x is not None][:1]
        for r in found:
            if r is not None and not r.pronoun and ctx.etype(r) is R and r not in out:
                out.append(r)
    return out


def _names_a_title(ctx: Context, obj: Token) -> bool:
    """The object is a release's own name ("B's “Y”", "Anima"), not a noun ("his album")."""
    r = ctx.token_mention.get(obj.i)
    return r is not None and not r.pronoun and r.source != "description" and ctx.etype(r) is R


def _listed_releases(ctx: Context, noun: Token) -> list[Mention]:
    """Every title a "for"/"of" phrase on ``noun`` lists when it lists more than one:
    "the videos for “A” and “B”" gives [A, B]; one title, or none, gives []."""
    out: list[Mention] = []
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"for", "of"}:
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            for head in [pobj, *pobj.conjuncts]:
                m = ctx.token_mention.get(head.i)
                if m is not None and ctx.etype(m) is R and not m.pronoun and m not in out:
                    out.append(m)
    return out if len({m.entity for m in out}) > 1 else []


def director_candidates(ctx: Context) -> Iterator[Candidate]:
    """"the Vistatic-directed visuals", "Cal Weyers helmed the clip",
    "director Lowell Ko made the music video"."""
    for sent_index, sent in enumerate(ctx.sents):
        ms = ctx.by_sent.get(sent_index, [])
        for m in ms:
            hyphen = re.match(r"^\s?-\s?directed\b", ctx.after(m, 40))
            if hyphen and ctx.etype(m) is R and all(x.source == "ner:WORK_OF_ART" for x in ctx.entities[m.entity].mentions):
                ctx.entities[m.entity].type = None  # NER took "Reid Vasko-directed" for a title
            if ctx.etype(m) not in {P, None, G} or (m.pronoun and (hyphen or ctx.etype(m) is not P or not (re.search(
                    r"\b(?:herself|himself|themselves)\b", span_text(sent), re.I) or presented_as_director(ctx, m.entity)))):
                continue  # "She directed the clip herself": a resolved pronoun directs only her own video
            targets: list[Mention | None] = []
            if hyphen:
                targets.append(main_release(ctx, sent_index))
            elif ctx.etype(m) is None and m.source.split("+")[0] not in TYPEABLE_SOURCES:
                continue
            for verb, obj_tokens in [] if hyphen else _directed_works(ctx, m):
                is_director = m.role == "director" or re.search(r"\bdirector\b", ctx.after(m, 80) + ctx.before(m, 30), re.I)
                if verb.lemma_.lower() not in {"direct", "helm"} and not is_director and next(
                        t for t in obj_tokens if t.head not in obj_tokens).lower_ in VIDEO_NOUNS:  # (a title object passed only for a presented director)
                    continue
                # "Director X shot it"; "X directed it" once the passage is about a video
                it_video = verb.lemma_.lower() in {"direct", "helm", "co-direct"} and re.search(
                    r"\b(?:video|clip|mv|visuals?)\b", ctx.text[ctx.sents[max(0, sent_index - 1)].start_char:
                                                            sent.end_char], re.I)
                obj = next(t for t in obj_tokens if t.head not in obj_tokens)
                listed = _listed_releases(ctx, obj) or (_listed_releases(ctx, verb) if obj.lemma_.lower() in VIDEO_NOUNS
                                                        else [])  # "directed the clips for A and B"
                if not listed and verb.lemma_.lower() in {"direct", "helm", "co-direct"}:
                    listed = _included_releases(ctx, verb, obj)  # "directed several more for them, including A"
                if listed:
                    targets.extend(listed)
                    continue
                named = [r for r in mentions_in(ctx, obj_tokens) if ctx.etype(r) is R and (
                    not r.pronoun or ((is_director or it_video) and r.source != "description"))]
                if not named and verb.lemma_.lower() in {"direct", "co-direct"} and [
                        t.lower_ for t in obj_tokens if t.lower_ not in _REFLEXIVES and not t.is_punct] in (
                        ["it"], ["this"], ["this", "one"], ["that", "one"]):
                    # "Ferrante directed this one herself", after a video was named
                    targets.append(_video_release(ctx, sent_index, m.start) or heading_release(
                        ctx, ctx.tokens[m.start].idx) or (_only_release(ctx, sent_index) if re.search(r"\b(?:videos?|clips?|mvs?|visuals?)\b",
                                                                      ctx.text[:sent.end_char], re.I) else None))
                    continue
                targets.append(named[0] if named else (
                    main_release(ctx, sent_index) if any(t.lower_ in VIDEO_NOUNS for t in obj_tokens) else None))
            modality = statement_modality(sent, ctx.tokens[m.start])  # hedges in another clause do not touch the credit
            for target in targets:
                if target is None or modality == 0.0:
                    continue
                start, end = ctx.char_span(m, target)
                yield Candidate("DIRECTED_BY", target.entity, m.entity, start, end, sent, 0.85 * modality,
                                "hyphen-directed" if hyphen else "director-made-video", object_type=P)
    yield from _directed_by_agent(ctx)
    yield from _opening_film_credit(ctx)
    yield from _director_film_title(ctx)
    yield from _directors_possessive_film(ctx)
    yield from _which_directed(ctx)
    yield from _video_by_director(ctx)
    yield from _worked_on_video(ctx)
    yield from director_description_candidates(ctx)


_DIRECTING_PARTICIPLES = {"direct", "co-direct", "helm", "shoot", "film", "co-helm"}


def _directed_by_agent(ctx: Context) -> Iterator[Candidate]:
    """"It was directed by A", "The clip was co-directed by A and B", "the video,
    shot by A,": each person after "by" directed the release the clause is about
    (a title, a resolved "it", or the passage's release for "the video")."""
    for tok in ctx.tokens:
        lemma = tok.lemma_.lower()
        if tok.tag_ != "VBN" or (lemma not in _DIRECTING_PARTICIPLES and tok.lower_ not in {"co-directed"}):
            continue
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        if agent is None:
            continue
        sent = tok.sent
        sent_index = ctx.sent_index.get(sent.start, -1)
        modality = statement_modality(sent, tok)
        if modality == 0.0 or clause_negated(tok):
            continue
        people = [m for m in mentions_in(ctx, list(agent.subtree)) if listed_under(ctx, m, agent)
                  and not m.pronoun and ctx.etype(m) in {P, None} and ctx.fits(m, {P}, True)]
        thing = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if thing is None and tok.dep_ in {"acl", "amod"}:
            thing = tok.head  # "the video, directed by A"
        if thing is None and tok.dep_ == "advcl" and tok.i < tok.head.i:
            # "Directed by A, the clip sees the singer ...": the main clause's subject
            thing = next((c for c in tok.head.children if c.dep_ in {"nsubj", "nsubjpass"}
                          and c.lower_ in VIDEO_NOUNS), None)
        if thing is None and tok.i == sent.start:
            thing = _opening_credit_noun(agent)
        if thing is None or not people:
            continue
        if lemma in {"shoot", "film"} and thing.lower_ not in VIDEO_NOUNS and not re.search(
                r"\b(?:video|clip|mv|visuals?|film)\b", span_text(sent), re.I):
            continue  # "the cover was shot by A" is a photograph
        named = ctx.token_mention.get(thing.i)
        if named is not None and not named.pronoun:
            continue  # a title before "directed by" is the pair rules' case
        confidence, rule = 0.85, "directed-by-agent"
        listed = _listed_releases(ctx, thing) if thing.lemma_.lower() in VIDEO_NOUNS else []
        if listed:  # "the clips, for A and B, were both directed by C": each title
            for release in listed:
                for person in people:
                    start, end = ctx.char_span(person)
                    yield Candidate("DIRECTED_BY", release.entity, person.entity, start, end, sent,
                                    confidence * modality, "listed-videos-directed-by",
                                    object_type=P if ctx.etype(person) is None else None)
            continue
        if thing.lower_ in VIDEO_NOUNS and any(c.dep_ == "prep" and c.lower_ in {"for", "of"}
                                                  for c in thing.children):
            release = release_at(ctx, thing, sent_index)  # "the video for X"
        elif thing.lower_ in VIDEO_NOUNS - {"film", "movie", "documentary"} or (
                thing.lower_ == "it" and re.search(r"\b(?:video|clip|mv|visuals?)\b", ctx.text[
                    ctx.sents[max(0, sent_index - 1)].start_char:sent.end_char], re.I)):
            # "the clip", "the MV", "Its video", "It" after the video was named. A release the text
            # has already tied to a video ("the music video for X", "the X MV") is what "the MV"
            # means; otherwise only a passage about one release is safe, and resolving the
            # reference is unsure (it held for one in three on unseen text), so those facts stay
            # below the default export threshold.
            owner = next((ctx.token_mention.get(c.i) for c in thing.children if c.dep_ == "poss"), None)
            release = owner if owner is not None and ctx.etype(owner) is R else _video_release(
                ctx, sent_index, thing.i)  # "Its video, directed by A": the release "its" stands for
            confidence, rule = 0.75, "directed-by-video-reference"
            if release is None and owner is None and any(c.dep_ == "poss" and c.lower_ == "its" for c in thing.children):
                release, rule = _its_release(ctx, sent_index, thing.i), "directed-by-its-video"
            if release is None:
                release, rule = heading_release(ctx, thing.idx), "directed-by-heading-video"
            if release is None:
                release = _only_release(ctx, sent_index)
                confidence, rule = 0.45, "directed-by-agent"
        elif thing.lower_ in {"film", "movie", "documentary"}:
            release, confidence, rule = _film_release(ctx, sent_index, thing), 0.75, "directed-by-film-reference"
            if release is None and tok.dep_ == "advcl" and tok.i < thing.i:
                # "Directed by A, the band's concert film ...": the one title named since the last sentence
                release, confidence = _only_release(ctx, sent_index), 0.65
        else:
            continue
        if release is None:
            continue
        inner = [m for m in ctx.by_sent.get(sent_index, []) if ctx.etype(m) is R and m.entity != release.entity
                 and thing.i < m.start < agent.i]
        if inner:
            continue  # "the video for A, a remake of B, directed by C": leave it to the pair rules
        for person in people:
            if person.entity == release.entity:
                continue
            start, end = ctx.char_span(person)
            yield Candidate("DIRECTED_BY", release.entity, person.entity, start, end, sent, confidence * modality,
                            rule, object_type=P if ctx.etype(person) is None else None)


# "Directed by A and B, the band's concert film follows ...": the credit opens the sentence and
# the film noun is the main clause's subject
_OPENING_FILM = re.compile(r"^\s*(?:co-)?directed\s+by\s+(?P<names>[^;:()]{2,160}?)\s*,\s+(?:the|this|its|their|his|her|"
                           r"[\w.'’-]+(?:'s|’s))\s+(?:[\w'’-]+\s+){0,4}?(?:film|movie|documentary|doc|biopic|feature|"
                           r"thriller|drama|comedy|epic|musical)\b(?!\s*(?:'s|’s))", re.I)
# where the passage names its film: "a restoration of X", "the film X", "X, the first documentary ..."
_FILM_NAMED_BEFORE = re.compile(r"\b(?:film|movie|documentary|biopic|doc|restoration|screening|premiere|re-release)\s+"
                                r"(?:of\s+)?[“\"‘']?$", re.I)
_FILM_NAMED_AFTER = re.compile(r"^\s*[”\"’']?\s*,\s*(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:film|movie|documentary|biopic|"
                               r"thriller|drama|comedy|epic|feature)\b", re.I)


def _opening_film_credit(ctx: Context) -> Iterator[Candidate]:
    """"Directed by A, the film follows ..." after a sentence that names the film: A directed
    the one title the two sentences before call a film ("a restoration of X", "X, the first
    documentary about ..."); the names run to the first comma, "who" or "and <verb>"."""
    for sent_index, sent in enumerate(ctx.sents):
        if sent_index == 0 or "irected" not in sent.text[:16]:
            continue
        hit = _OPENING_FILM.match(sent.text)
        if hit is None:
            continue
        names_end = sent.start_char + hit.start("names") + len(re.split(r",|\s+and\s+(?=[a-z])|\s+who\b",
                                                                        hit.group("names"))[0])
        people = [m for m in ctx.by_sent.get(sent_index, []) if not m.pronoun and ctx.fits(m, {P}, True)
                  and ctx.tokens[m.start].idx < names_end]
        if not people or any(ctx.etype(m) is R and not m.pronoun and m.source != "description"
                             for m in ctx.by_sent.get(sent_index, [])
                             if ctx.tokens[m.start].idx < sent.start_char + hit.end()):
            continue
        films = {m.entity: m for s in range(max(0, sent_index - 2), sent_index) for m in ctx.by_sent.get(s, [])
                 if not m.pronoun and ctx.etype(m) in {R, None} and (
                     _FILM_NAMED_BEFORE.search(ctx.before(m, 40)) or _FILM_NAMED_AFTER.match(ctx.after(m, 60)))}
        if len(films) != 1:
            continue
        film = next(iter(films.values()))
        if ctx.etype(film) is None and not (film.quoted or film.source.split("+")[0] in TYPEABLE_SOURCES | {
                "ner:WORK_OF_ART"}):
            continue
        modality = statement_modality(sent)
        if modality == 0.0:
            continue
        for person in people:
            if person.entity == film.entity:
                continue
            start, end = ctx.char_span(person)
            yield Candidate("DIRECTED_BY", film.entity, person.entity, start, end, sent, 0.75 * modality,
                            "directed-by-opening-film", subject_type=R if ctx.etype(film) is None else None,
                            object_type=P if ctx.etype(person) is None else None)


def _opening_credit_noun(agent: Token) -> Token | None:
    """The video noun a sentence opening "Directed by A," goes on with, however the parser
    read it: "Directed by A, the video stars ..." gives "video"."""
    doc = agent.doc
    after = agent.right_edge.i if agent.right_edge.text == "," else agent.right_edge.i + 1  # (the parser may hang the comma on the name)
    if after >= len(doc) or tokens(doc)[after].text != ",":
        return None
    for t in tokens(doc)[after + 1:min(len(doc), after + 5)]:
        if t.lower_ in VIDEO_NOUNS:
            return t
        if not (t.dep_ in {"det", "poss", "amod", "compound", "case"} or t.pos_ in {"DET", "ADJ", "PRON"}):
            return None
    return None


def _which_directed(ctx: Context) -> Iterator[Candidate]:
    """"Remy Stone's clip for “Cold Snap”, which Ada Fenn directed", "The clip, which
    A and B co-directed": the subject of a relative clause directs the video it hangs on."""
    for tok in ctx.tokens:
        if tok.dep_ != "relcl" or tok.lemma_.lower() not in _DIRECTING_PARTICIPLES | {"co-direct", "make"}:
            continue
        if not any(c.dep_ == "dobj" and c.lower_ in {"which", "that"} for c in tok.children):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or clause_negated(tok):
            continue
        people = [m for m in mentions_in(ctx, list(subj.subtree)) if not m.pronoun and ctx.fits(m, {P}, True)
                  and (ctx.etype(m) is P or m.source.split("+")[0] in TYPEABLE_SOURCES)]
        head = tok.head
        sent = tok.sent
        sent_index = ctx.sent_index.get(sent.start, -1)
        named = ctx.token_mention.get(head.i)
        if named is not None and ctx.etype(named) is R and not named.pronoun:
            release = named if tok.lemma_.lower() in {"direct", "co-direct", "helm"} else None
        elif head.lower_ in VIDEO_NOUNS:
            release = release_at(ctx, head, sent_index)
        else:
            release = None
        modality = statement_modality(sent, tok)
        if release is None or modality == 0.0:
            continue
        for person in people:
            if person.entity == release.entity:
                continue
            start, end = ctx.char_span(person)
            yield Candidate("DIRECTED_BY", release.entity, person.entity, start, end, sent, 0.85 * modality,
                            "which-directed", object_type=P if ctx.etype(person) is None else None)


# ("“X,” and its music video ...": the title and its video named together)
_VIDEO_AFTER_TITLE = re.compile(r"^\s*[”\"’']?\s*(?:'s\s+|’s\s+|,?\s*[”\"’']?\s*(?:and|with)\s+its\s+(?:accompanying\s+)?)?"
                                r"(?:official\s+|new\s+)?(?:music\s+|performance\s+)?(?:video|clip|mv|visuals?)\b", re.I)

_VIDEO_BEFORE_TITLE = re.compile(r"\b(?:video|clip|mv|visuals?)\s+(?:for|of|to|accompanying)\s+(?:[\w'’-]+\s+){0,4}?"
                                 r"[“\"‘']?\s*$", re.I)


def _video_release(ctx: Context, sent_index: int, before_token: int) -> Mention | None:
    """The release the text last tied to a video, in this sentence (before ``before_token``)
    or the two before it: "the music video for the title track “X”", "the X MV",
    "X's official video". None when no release was tied to a video there.

    >>> # "... along with the music video for “Salt Kiss.” Directed by A, the MV ..." -> Salt Kiss
    """
    for s in range(sent_index, max(-1, sent_index - 3), -1):
        for m in reversed(ctx.by_sent.get(s, [])):
            if ctx.etype(m) is not R or m.pronoun or (s == sent_index and m.start >= before_token):
                continue
            if _VIDEO_AFTER_TITLE.match(ctx.after(m, 30)) or _VIDEO_BEFORE_TITLE.search(ctx.before(m, 60)):
                return m
    return None


# films only: "the Tessa Brightwell video X" names the artist, not the director
def _only_release(ctx: Context, sent_index: int) -> Mention | None:
    """The release named in this or the previous sentence when there is exactly one, else None."""
    named = [m for s in (sent_index - 1, sent_index) for m in ctx.by_sent.get(s, [])
             if ctx.etype(m) is R and not m.pronoun]
    return named[-1] if len({m.entity for m in named}) == 1 else None


_FILM_BY = re.compile(r"^\s*(?:film|movie|documentary|biopic)\s*,?\s*[“\"‘']?$", re.I)


def _director_film_title(ctx: Context) -> Iterator[Candidate]:
    """"the Tobias Wendle film 36 Hour Dance Hall": a person named before
    "film" and a title directly after it; the title is a release whatever NER took it for."""
    for ms in ctx.by_sent.values():
        for i in range(len(ms) - 1):
            person, title = ms[i], ms[i + 1]
            if person.pronoun or title.pronoun or ctx.etype(person) is not P or ctx.etype(title) in ART | {O}:
                continue
            if not _FILM_BY.match(ctx.between(person, title)) or not re.search(
                    r"\b(?:the|a|an)\s*$", ctx.before(person, 10), re.I):
                continue
            modality = statement_modality(ctx.sents[person.sent])
            if modality == 0.0:
                continue
            start, end = ctx.char_span(person, title)
            yield Candidate("DIRECTED_BY", title.entity, person.entity, start, end, ctx.sents[person.sent],
                            0.75 * modality, "director-film-title", subject_type=R if ctx.etype(title) is None else None)


# (a documentary, a biopic, a concert or tour film and a "short film" are as often about a musician, or a
# music video, as by a director)
_FILM_WORDS = r"(?:film|movie|feature|epic|drama|thriller|comedy|western|horror|anime)"
_NOT_A_FEATURE = re.compile(r"\b(?:concert|tour|live|short|music|video|documentary|doc|dance|performance|visual)\s+"
                            rf"{_FILM_WORDS}", re.I)
# "A's new animated feature, X": the film noun between the name and the title
_POSS_FILM_TITLE = re.compile(rf"^\s*{POSS}\s+(?:(?:19|20)\d\d\s+|[\w-]+\s+){{0,3}}?{_FILM_WORDS}\s*,?\s*[“\"‘']?\s*$", re.I)
_POSS_TITLE = re.compile(rf"^\s*{POSS}\s*[“\"‘']?\s*$")
# "a small role in A's X", "starred in A's X": an actor's part in a film
_ACTING_IN = re.compile(r"\b(?:role|roles|cameo|part|appearance|appeared|appears|starred|stars|starring|acted|acting|cast)"
                        r"\s+in\s+$", re.I)
# "X, the 2018 superhero film", "X, a documentary about ...": the title called a film where it is named
_FILM_APPOSITION = re.compile(rf"^\s*[”\"’']?\s*,\s*(?:the|a|an|his|her|their)\s+(?:(?:19|20)\d\d\s+)?(?:[\w-]+\s+){{0,3}}?"
                              rf"{_FILM_WORDS}\b", re.I)


def _called_a_film(ctx: Context, entity: int) -> bool:
    """The article names ``entity`` as a film somewhere: "the film X", "X, the 2019 thriller"."""
    for x in ctx.entities[entity].mentions:
        if x.pronoun:
            continue
        before = ctx.before(x, 40)
        if _FILM_BEFORE.search(before) and not re.search(r"\b(?:documentary|doc|biopic)\s*,?\s*[“\"‘']?\s*$", before, re.I):
            return True
        after = _FILM_APPOSITION.match(ctx.after(x, 60))
        if after and not _NOT_A_FEATURE.search(after.group()):
            return True
    return False


def _directors_possessive_film(ctx: Context) -> Iterator[Candidate]:
    """A film is its director's: "A's new animated feature, X", "a small role in A's X", and
    "A's X" where the article calls X a film elsewhere. A musician's possessive names their
    record, so the title must be a film by the text's own words."""
    for m in ctx.mentions:
        if m.pronoun or ctx.after(m, 3)[:2] not in {"'s", "’s"} or ctx.etype(m) is not P:
            continue
        title = next((x for x in ctx.by_sent.get(m.sent, []) if x.start >= m.end), None)
        if title is None or title.pronoun or title.start - m.end > 8:
            continue
        between = ctx.between(m, title)
        film_noun = _POSS_FILM_TITLE.match(between) and not _NOT_A_FEATURE.search(between)
        if film_noun and ctx.etype(title) in ART and all(
                x.source.split("+")[0] == "ner:PERSON" for x in ctx.entities[title.entity].mentions if not x.pronoun):
            ctx.entities[title.entity].type = None  # NER took a film's one-word title for a name ("A's new feature, Kite")
        if not (ctx.etype(title) is R or (ctx.etype(title) is None and (
                title.quoted or title.source.split("+")[0] in TYPEABLE_SOURCES))):
            continue
        if film_noun:
            rule = "director-possessive-film"
        elif _POSS_TITLE.match(between) and (_ACTING_IN.search(ctx.before(m, 30)) or _called_a_film(ctx, title.entity)):
            rule = "director-possessive-named-film"
        else:
            continue
        yield from _director_credit(ctx, [title], m, rule)


_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself"})


# --- "its video", the section's release, "the film", "a short by director X" ---

def _its_release(ctx: Context, sent_index: int, before_token: int) -> Mention | None:
    """"The title track “X” features A, and its video was directed by B": "its" is
    the one release named before it in the sentence; None when several are."""
    named = [m for m in ctx.by_sent.get(sent_index, []) if m.start < before_token and not m.pronoun
             and ctx.etype(m) is R]
    return named[-1] if len({m.entity for m in named}) == 1 else None


def heading_release(ctx: Context, at_char: int) -> Mention | None:
    """The release a roundup's section heading names ("GLINT – “Paper Moon”" on
    its own line) for a paragraph right under it that speaks of "the clip" or "this one";
    None when the line above the paragraph is no short heading with one release.

    >>> # "A – “X”\nThe group's video, helmed by B, ..." -> X
    """
    para_start = ctx.text.rfind("\n", 0, at_char)
    while para_start > 0 and not ctx.text[ctx.text.rfind("\n", 0, para_start) + 1:para_start].strip():
        para_start = ctx.text.rfind("\n", 0, para_start)  # blank lines between heading and paragraph
    if para_start <= 0:
        return None
    head_start = ctx.text.rfind("\n", 0, para_start) + 1
    heading = ctx.text[head_start:para_start]
    if not heading.strip() or len(heading) > 90 or re.search(r"[.!?:]\s*$", heading) or not re.search(
            r"\s[–—-]\s", heading):
        return None
    named = [m for m in ctx.mentions if head_start <= ctx.tokens[m.start].idx < para_start
             and ctx.etype(m) is R and not m.pronoun]
    if len({m.entity for m in named}) > 1:
        named = [m for m in named if m.quoted]  # "The Pale Reeds – “Monday's Child”": the quoted title
    return named[-1] if len({m.entity for m in named}) == 1 else None


_FILM_BEFORE = re.compile(r"\b(?:film|movie|documentary|biopic|doc)\s*,?\s*[“\"‘']?\s*$", re.I)


def _film_release(ctx: Context, sent_index: int, noun: Token) -> Mention | None:
    """"the film" is the release the reference resolver read it as, else the one release
    the text has called a film or documentary in this or the two sentences before
    ("Tar Engine's documentary, Ten Nights on the M6, ...")."""
    described = ctx.token_mention.get(noun.i)
    if described is not None and described.source == "description" and ctx.etype(described) is R:
        return described
    named = [m for s in range(max(0, sent_index - 2), sent_index + 1) for m in ctx.by_sent.get(s, [])
             if ctx.etype(m) is R and not m.pronoun and _FILM_BEFORE.search(ctx.before(m, 40))]
    return named[-1] if len({m.entity for m in named}) == 1 else None


_BY_DIRECTOR = re.compile(r"\b(?:video|clip|short|visuals?|mv)\s+by\s+(?:the\s+)?(?:director|filmmaker|film-maker)\s+$",
                          re.I)


def _video_by_director(ctx: Context) -> Iterator[Candidate]:
    """"this deadpan short by director A", "a clip by filmmaker A": A directed the video
    of the release the passage is about (tied to a video, or its section heading)."""
    for m in ctx.mentions:
        if m.pronoun or not ctx.fits(m, {P}, True) or not _BY_DIRECTOR.search(ctx.before(m, 60)):
            continue
        sent = ctx.sents[m.sent]
        modality = statement_modality(sent, ctx.tokens[m.start])
        if modality == 0.0:
            continue
        named = [r for r in ctx.by_sent.get(m.sent, []) if ctx.etype(r) is R and not r.pronoun and r.end <= m.start]
        release = _video_release(ctx, m.sent, m.start) or heading_release(ctx, ctx.tokens[m.start].idx)
        if release is None or (named and release.entity not in {r.entity for r in named}):
            continue  # a title in the sentence that is not the video's: the pair rules read it
        start, end = ctx.char_span(m)
        yield Candidate("DIRECTED_BY", release.entity, m.entity, start, end, sent, 0.75 * modality,
                        "video-by-director", object_type=P if ctx.etype(m) is None else None)


# "worked with A on the video for “X”", "teamed up with director A on the clip for “X”"
_WORKED_WITH = re.compile(r"\b(?:worked|teamed\s+up|teamed|collaborated|reunited)\s+(?:again\s+)?with\s+"
                          r"(?:(?:the\s+)?(?:director|filmmaker|film-maker)\s+)?$", re.I)
_ON_VIDEO_FOR = re.compile(r"^\s+(?:again\s+)?on\s+(?:the|a|an|his|her|their)\s+(?:new\s+)?(?:music\s+)?"
                           r"(?:video|clip|visuals?|mv)\s+(?:for|of|to)\s+[“\"‘']?$", re.I)


def _worked_on_video(ctx: Context) -> Iterator[Candidate]:
    """"The trio first worked with A on the video for “X”": A directed X's video, when the
    text calls A a director somewhere ("director A", "A, the film director") or the name
    follows "director"."""
    for m in ctx.mentions:
        if not ctx.fits(m, {P}, True) or not _WORKED_WITH.search(ctx.before(m, 60)):
            continue
        if not (re.search(r"(?:director|filmmaker|film-maker)\s+$", ctx.before(m, 20), re.I)
                or presented_as_director(ctx, m.entity)):
            continue
        release = next((r for r in ctx.by_sent.get(m.sent, []) if r.start >= m.end and not r.pronoun
                        and ctx.etype(r) is R), None)
        if release is None or not _ON_VIDEO_FOR.match(ctx.between(m, release)):
            continue
        yield from _director_credit(ctx, [release], m, "worked-on-video")


# --- a roundup entry's credit line ---

# "Dir. Vin Ashby.", "From director A comes ...", "Directed by: A" at the start of an entry's sentence, and
# "co-directed this one with filmmaker A"
_ENTRY_CREDIT = re.compile(r"(?:(?:^|[\n.!?]\s*|[(\[]\s*)(?:dir\.|dir:|directed\s+by:?|video\s+by:?|director:|"
                           r"from\s+(?:the\s+)?(?:director|filmmaker|film-maker))|\bco-directed\s+(?:this(?:\s+one)?|it|"
                           r"the\s+(?:video|clip))\s+with\s+(?:[\w-]+\s+){0,2}?(?:director|filmmaker|film-maker)?)\s*$",
                           re.I)


def entry_director_candidates(ctx: Context) -> Iterator[Candidate]:
    """A credit that opens a sentence of a roundup entry ("Dir. A.", "From director A comes a
    cardboard-city set") names the director of the entry's release, the title of the heading
    line above the paragraph; nothing when the sentence names another release."""
    for m in ctx.mentions:
        if m.pronoun or not ctx.fits(m, {P}, True) or not _ENTRY_CREDIT.search(ctx.before(m, 70)):
            continue
        release = heading_release(ctx, ctx.tokens[m.start].idx)
        if release is None or any(r.entity != release.entity and ctx.etype(r) is R and not r.pronoun
                                  for r in ctx.by_sent.get(m.sent, [])):
            continue
        sent = ctx.sents[m.sent]
        modality = statement_modality(sent, ctx.tokens[m.start])
        if modality == 0.0:
            continue
        start, end = ctx.char_span(m)
        yield Candidate("DIRECTED_BY", release.entity, m.entity, start, end, sent, 0.8 * modality,
                        "entry-director-credit", object_type=P if ctx.etype(m) is None else None)


# --- a film or video described by its director ---

_FILM_NOUNS = r"(?:film|movie|documentary|biopic|feature|epic|drama|thriller|short|video|clip|music\s+video)"

# "X, the new film from director A", "X, a documentary by filmmaker A"
_WORK_FROM_DIRECTOR = re.compile(rf"^\s*(?:[”\"’']\s*,?|,\s*[”\"’']?)\s*(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,3}}?{_FILM_NOUNS}\s+"
                                 r"(?:from|by)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:director|filmmaker|film-maker)\s+$", re.I)
# "X, A's epic of ..." (after the name: a film noun; a song or album is the artist's)
_WORK_OF_DIRECTOR = re.compile(r"^\s*(?:[”\"’']\s*,?|,\s*[”\"’']?)\s*$")
_DIRECTOR_POSS_FILM = re.compile(r"^\s*(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:film|movie|documentary|biopic|epic|drama|"
                                 r"thriller)\b", re.I)
# "A, the director behind X and Y", "A — the man behind B's “X” clip"
_DIRECTOR_BEHIND = re.compile(r"^\s*(?:,|[-–—])\s*(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?P<who>director|filmmaker|film-maker|"
                              r"man|woman)\s+(?:behind|who\s+(?:directed|made|shot))\s+(?:(?:the|a)\s+)?"
                              r"(?:[\w-]+\s+){0,2}?(?:(?:films?|movies?|videos?|clips?|documentar(?:y|ies))\s+)?"
                              r"(?:for\s+)?(?P<poss>[^\n,;:.“”\"]{1,40}?(?:'s|’s)\s+)?[“\"‘']?$", re.I)
_VIDEO_AFTER = re.compile(r"^\s*[”\"’']?\s*(?:music\s+)?(?:video|clip|visuals?|mv)\b", re.I)


def director_description_candidates(ctx: Context) -> Iterator[Candidate]:
    """A film or video described by its director: "X, the new film from director A",
    "X, A's epic of ...", "A, the director behind X and Y", "A, the man behind B's
    “X” clip" (a man or woman behind a title directs only its video)."""
    for ms in ctx.by_sent.values():
        named = [m for m in ms if not m.pronoun]
        for i, a in enumerate(named):
            for b in named[i + 1:i + 4]:
                between = ctx.between(a, b)
                if len(between) > 90:
                    break
                if ctx.fits(a, {R}, True) and ctx.fits(b, {P}, True) and (
                        _WORK_FROM_DIRECTOR.match(between) or (
                            _WORK_OF_DIRECTOR.match(between) and _DIRECTOR_POSS_FILM.match(ctx.after(b, 40)))):
                    yield from _director_credit(ctx, [a], b, "work-from-director")
                    break
                hit = _DIRECTOR_BEHIND.match(between)
                if hit is None or not ctx.fits(a, {P}, True) or ctx.etype(b) not in {R, None}:
                    continue
                if hit.group("who").lower() in {"man", "woman"} and not _VIDEO_AFTER.match(ctx.after(b, 20)):
                    continue  # "the man behind X" wrote or sang it, unless X is named as a video
                if ctx.etype(b) is None and not (b.quoted or b.source.split("+")[0] in TYPEABLE_SOURCES):
                    continue
                works = [x for x in coordinated(ctx, b) if ctx.etype(x) in {R, None} and not x.pronoun]
                yield from _director_credit(ctx, works, a, "director-behind-work")
                break


def _director_credit(ctx: Context, works: list[Mention], person: Mention, rule: str) -> Iterator[Candidate]:
    sent = ctx.sents[person.sent]
    modality = statement_modality(sent, ctx.tokens[person.start])
    if modality == 0.0:
        return
    for work in works:
        if work.entity == person.entity:
            continue
        start, end = ctx.char_span(work, person)
        yield Candidate("DIRECTED_BY", work.entity, person.entity, start, end, sent, 0.8 * modality, rule,
                        subject_type=R if ctx.etype(work) is None else None,
                        object_type=P if ctx.etype(person) is None else None)
