"""Find and type the names in a parsed article.

A mention is a token span that names a Person, Group, Release or
Organization, or a pronoun/description that refers to one. Sources, in order
of trust: quoted titles and credits, the gazetteer, release-noun cues, the
statistical NER, and runs of capitalised words that only context can type.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from artistgraph.graph.model import EntityType
from artistgraph.loaders.lexicon import (
    AWARD_CATEGORY_HEADS,
    AWARD_WORDS,
    BAND_ROLES,
    CHART_WORDS,
    DESCRIPTORS,
    DIRECTOR_ROLES,
    GROUP_NOUNS,
    MONTH_WORDS,
    NOT_NAMES,
    ORG_WORDS,
    PERSON_ROLES,
    PLATFORMS,
    PLURAL_ARTIST_NOUNS,
    RELEASE_NOUNS,
)

P, G, R, O = EntityType.PERSON, EntityType.GROUP, EntityType.RELEASE, EntityType.ORGANIZATION


@dataclass
class Mention:
    start: int  # token indices in the doc, end exclusive
    end: int
    text: str
    type: EntityType | None
    source: str
    quoted: bool = False
    pronoun: str | None = None  # "person", "group", "release", "plural" for references
    role: str | None = None  # "director" when the text says so
    entity: int = -1  # index of the entity this mention belongs to
    sent: int = 0
    credits: list[tuple[str, str]] = field(default_factory=list)  # ("feat", name) inside titles
    cue: int | None = None  # token index of the word that announced an unquoted title ("for", "with", "single")

    def span(self, doc: Doc) -> Span:
        return doc[self.start:self.end]


_QUOTES = [("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'"), ("‘", "‘"), ("’", "’"), ("«", "»")]
# Double quotes hold apostrophes freely ("Aces Hold 'Em", "Rollin' on Top of the Hill"); single
# quotes only an in-word one ('Don't Stop'), since any other closes them.
_QUOTED = re.compile(
    r"(?P<dopen>[“\"])(?P<dbody>[^“”\"\n]{1,80}?)(?P<dclose>[”\"])"
    r"|(?P<open>[‘'«])(?P<body>[^“”\"‘’'«»\n]{1,80}?(?:['’][a-z][^“”\"‘’«»\n]{0,60}?)?)(?P<close>[’'‘»])"
)
_CREDIT = re.compile(r"\s*[\(\[]\s*(feat\.?|ft\.?|featuring|with|avec|con|prod\.?(?: by)?)\s+([^)\]]+)[\)\]]\s*$", re.I)
_NICKNAME = re.compile(r".*?\b[A-Z][a-z]+ (?P<nick>[\"'‘“][A-Z][\w.-]*(?: [A-Z][\w.-]*)?[\"'’”]) [A-Z][a-z]", re.S)
_BARE_CREDIT = re.compile(r"\s+(feat\.|ft\.|featuring|prod\.(?: by)?|prod by)\s+(.+)$", re.I)  # "This Time prod. Moru"
_CREDIT_SPLIT = re.compile(r"\s*(?:,|&|\band\b|\bx\b)\s*", re.I)
_BRACKETED = re.compile(r"\[(?P<body>[^\[\]\n]{1,60})\]")
_TITLE_FILLERS = frozenset(["of", "the", "a", "an", "in", "on", "with", "to", "for", "and", "at", "me", "my", "you", "your", "it", "is", "i", "be", "by", "from", "our", "or"])


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per doc (spaCy joins every token again on each access)."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


def tokens(doc: Doc) -> list[Token]:
    """The doc's tokens as a list, built once per doc: ``doc[i]`` and iterating
    ``doc`` or a span make a new Token object every time, and the rules read
    the same tokens thousands of times per article.

    >>> # tokens(nlp("Vela's Tomo sings"))[1].text -> "'s"
    """
    toks = doc.user_data.get("tokens")
    if toks is None:
        toks = doc.user_data["tokens"] = list(doc)
    return toks


def span_tokens(span: Span) -> list[Token]:
    """A span's tokens from the doc's cached list (iterating a Span makes new Token objects).

    >>> # span_tokens(doc[2:4]) == tokens(doc)[2:4]
    """
    return tokens(span.doc)[span.start:span.end]


def span_text(span: Span) -> str:
    """``span.text`` cut from the doc's text (spaCy joins the span's tokens on every access)."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def sentence_of(doc: Doc, i: int) -> Span:
    """Token ``i``'s sentence (``Token.sent`` walks the doc on every access)."""
    sents = doc.user_data.get("sents")
    if sents is None:
        sents = doc.user_data["sents"] = list(doc.sents)
    starts = doc.user_data.get("sent_starts")
    if starts is None:
        starts = doc.user_data["sent_starts"] = [s.start for s in sents]
    return sents[bisect.bisect_right(starts, i) - 1]


def sentence_start(doc: Doc, i: int) -> int:
    """Index of the first token of token ``i``'s sentence (``doc[i].sent`` walks the doc each time)."""
    starts = doc.user_data.get("sent_starts")
    if starts is None:
        starts = doc.user_data["sent_starts"] = [s.start for s in doc.sents]
    return starts[bisect.bisect_right(starts, i) - 1]


def _has_caps(text: str) -> bool:
    return any(c.isupper() or c.isdigit() for c in text[:2])


def quoted_titles(doc: Doc) -> list[Mention]:
    """Titles in straight, curly or single quotes, and [bracketed] album names.

    A quoted phrase is a title when it looks like one (capitalised, or short
    and next to a release noun); a "feat./with/prod." credit inside it is
    split off."""
    text = doc_text(doc)
    out: list[Mention] = []
    lowered: list[Mention] = []  # short lower-case quotes, titles only beside titles
    pos = 0
    while (m := _QUOTED.search(text, pos)) is not None:
        # a rejected opening quote must not swallow the real one after it: "Harper Vale's "Neon Saints""
        pos = m.start() + 1
        g = "d" if m.group("dopen") else ""
        body_start, body = m.start(g + "body"), m.group(g + "body")
        if m.group(g + "open") in "'’" and m.start() > 0 and text[m.start() - 1].isalnum():
            continue  # an apostrophe inside a word, not an opening quote
        if m.group(g + "open") == '"' and m.start() > 0 and text[m.start() - 1] in ".,!?;:" and (
                text[m.start() + 1:m.start() + 2].isspace()):
            continue  # 'blown away." Wilson believes ...': a closing quote, not an opening one
        close = m.end(g + "close")
        if m.group(g + "close") in "'’‘" and close < len(text) and text[close].isalpha():
            continue
        pos = close
        mention = _quoted_title(doc, text, m.start(), body_start, body, close)
        if mention is not None:
            out.append(mention)
            continue
        if g and any(q in body for q in "'‘’"):
            pos = body_start  # "I love 'Hey Jude' so much": a title quoted inside a quoted remark
        if (lower := _quoted_title(doc, text, m.start(), body_start, body, close, lenient=True)) is not None:
            lowered.append(lower)
    out += _lower_case_titles(doc, out, lowered)
    for m in _BRACKETED.finditer(text):
        span = doc.char_span(m.start("body"), m.end("body"), alignment_mode="expand")
        if span is not None and _has_caps(m.group("body")) and _near_release_noun(doc, span):
            out.append(Mention(span.start, span.end, m.group("body").strip(), R, "quoted", quoted=True))
    return out


def _quoted_title(doc: Doc, text: str, open_at: int, body_start: int, body: str, close: int,
                  lenient: bool = False) -> Mention | None:
    """The title a quoted phrase names, its credit split off, or None for a remark or a nickname.
    A closing "?" or "!" is the title's own ("Do I Look Lost?", "Montana!!!"). ``lenient``:
    any quote of one to four words, whatever its case."""
    stripped = body.strip().rstrip(",.;:").strip()
    if not stripped or len(stripped.split()) > 9:
        return None
    nickname = _NICKNAME.match(text, max(0, open_at - 30))
    if nickname is not None and nickname.end("nick") == close:
        before_tok = doc.char_span(open_at - 2, open_at - 1, alignment_mode="expand")
        after_tok = doc.char_span(close + 1, close + 2, alignment_mode="expand")
        if before_tok is not None and after_tok is not None and "PERSON" in {
                before_tok.root.ent_type_, after_tok.root.ent_type_} and before_tok.root.text[1:].islower() and (
                after_tok.root.text[1:].islower()):
            return None  # "Dean 'Hawk' Pruitt": a nickname inside a person's name, not a title
    credits: list[tuple[str, str]] = []
    cm = _CREDIT.search(stripped) or _BARE_CREDIT.search(stripped)
    if cm:
        kind = cm.group(1).lower().rstrip(".").split()[0]
        kind = {"ft": "feat", "featuring": "feat", "avec": "with", "con": "with"}.get(kind, kind)  # "(avec Ké-Z)"
        credits = [(kind, n.strip()) for n in _CREDIT_SPLIT.split(cm.group(2)) if n.strip()]
        stripped = stripped[: cm.start()].strip()
    if not stripped:
        return None
    start = body_start + body.index(stripped[:1])
    span = doc.char_span(start, start + len(stripped), alignment_mode="expand")
    if span is None:
        return None
    near = _near_release_noun(doc, span)
    words = stripped.split()
    # a lower-case quote is a title only if it names something ("in the alley"), not a
    # remark ("make the film 'official'", "would 'rather not'")
    looks_titled = _has_caps(stripped) or (near and any(t.pos_ in {"NOUN", "PROPN", "NUM"} for t in span) and (
        len(words) > 1 or _near_release_noun(doc, span, window=1))
        and span.root.dep_ not in {"oprd", "acomp", "xcomp", "ccomp", "advmod", "amod"}) or _song_slot(span) or (
        len(words) <= 3 and _quote_described(span))
    if lenient:
        return Mention(span.start, span.end, stripped, R, "quoted", quoted=True) if len(words) <= 4 else None
    if not looks_titled:
        return None
    if len(words) > 5 and not near and sum(w[:1].isupper() for w in words) < len(words) / 2:
        return None  # a quoted remark, not a title
    return Mention(span.start, span.end, stripped, R, "quoted", quoted=True, credits=credits)


def _quote_described(span: Span) -> bool:
    """A short lower-case quote is a title when music writing dates or describes it straight
    after the closing quote: its year in brackets ('"drift" (2016)') or an apposition headed by
    a release noun ("on 'tidewater', a record about leaving home")."""
    doc = span.doc
    toks = tokens(doc)
    k = span.end + 1 if span.end < len(doc) and toks[span.end].is_quote else span.end
    if k == span.end or k + 2 >= len(doc):
        return False
    if toks[k].text == "(" and _YEAR.fullmatch(toks[k + 1].text) and toks[k + 2].text == ")":
        return True
    if toks[k].text != "," or toks[k + 1].lower_ not in {"a", "an", "the", "his", "her", "their", "its"}:
        return False
    for tok in toks[k + 2:min(len(doc), k + 6)]:
        if tok.lower_ in RELEASE_NOUNS:
            return True
        if not (tok.pos_ in {"ADJ", "NUM", "ADV"} or tok.ent_type_ in {"ORDINAL", "DATE"} or tok.text == "-"):
            return False
    return False


# Verbs of a chart move whose subject is a song: '"scuffle on" slips to No. 9'
_CHART_MOVES = frozenset(["rise", "slip", "climb", "fall", "jump", "debut", "enter", "re-enter", "drop", "peak",
                          "top", "soar", "surge", "tumble", "slide", "hold", "chart", "leap", "dip", "sink"])
# Verbs that present an album's songs: 'the album is led by "landslide"'
_LEAD_VERBS = frozenset(["lead", "precede", "trail", "preview", "herald", "front", "anchor", "spearhead"])


def _song_slot(span: Span) -> bool:
    """A quoted lower-case phrase stands where only a song goes, so it is a title, not a remark:
    the subject of a chart move ('"scuffle on" slips to No. 9'), or of "is a ... song" ('"werewolf"
    is a perfect pop song'), or what an album "is led by" ('led by "landslide"'). A determiner
    before the quote makes it a word in scare quotes ('the "hype" rose to fever pitch')."""
    doc = span.doc
    before = span.start - 2 if span.start > 0 and tokens(doc)[span.start - 1].is_quote else span.start - 1
    if before >= 0 and tokens(doc)[before].tag_ in {"DT", "PRP$", "JJ", "POS"}:
        return False
    root, after = span.root, span.end + 1 if span.end < len(doc) and tokens(doc)[span.end].is_quote else span.end
    head = root.head
    if after + 1 < len(doc) and tokens(doc)[after].lemma_.lower() in _CHART_MOVES and tokens(doc)[after].tag_ in {"VBZ", "VBD", "NNS"}:
        # the parser may read a lower-case title as the verb ('"scuffle on" slips')
        return any(t.lower_ in {"no", "no.", "chart", "charts", "hot", "billboard"} or (t.like_num and not t.is_alpha)
                   for t in tokens(doc)[after + 1:min(len(doc), after + 4)])
    if root.dep_ == "nsubj" and head.i >= span.end:
        return head.lemma_ == "be" and any(c.dep_ == "attr" and c.lower_ in RELEASE_NOUNS for c in head.children)
    return root.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_.lower() in _LEAD_VERBS

def _lower_case_titles(doc: Doc, titles: list[Mention], lowered: list[Mention]) -> list[Mention]:
    """Lower-case quotes that are titles by their company: an item of a list of quoted titles
    after a release noun ('Best tracks: "ER", "dodge these kicks", "edamame"'), or the same
    words as a title quoted elsewhere in the article ('steps forward on "edamame"')."""
    items = sorted(titles + lowered, key=lambda m: m.start)
    chains: list[list[Mention]] = []
    for m in items:  # runs of quotes joined only by commas, "and" and quote marks
        if chains and all(t.is_punct or t.lower_ in {"and", "&"} for t in tokens(doc)[chains[-1][-1].end:m.start]) and (
                m.start - chains[-1][-1].end <= 4):
            chains[-1].append(m)
        else:
            chains.append([m])
    out: list[Mention] = []
    for chain in chains:
        before = [t for t in tokens(doc)[max(0, chain[0].start - 8):chain[0].start] if not t.is_punct][-4:]
        if len(chain) > 1 and any(m in titles for m in chain) and any(
                t.lower_ in RELEASE_NOUNS or (t.lower_[-1:] == "s" and t.lower_[:-1] in RELEASE_NOUNS) for t in before):
            out += [m for m in chain if m in lowered]
    for m in lowered:
        if m not in out and _heading_dash_side(doc, m):
            out.append(m)
    known = {m.text.lower() for m in titles + out}
    return out + [m for m in lowered if m not in out and m.text.lower() in known]

def _heading_dash_side(doc: Doc, m: Mention) -> bool:
    """The quoted side after the dash of a heading line names the work: "Album review: Dry Rib –
    'sunscreen'"."""
    toks = tokens(doc)
    q = m.start - 1 if m.start > 0 and toks[m.start - 1].is_quote else m.start
    close = m.end + 1 if m.end < len(doc) and toks[m.end].is_quote else m.end
    line_end = close >= len(doc) or "\n" in toks[close - 1].whitespace_ or toks[close].is_space
    return q >= 2 and toks[q - 1].text in {"–", "—", "-"} and line_end and _is_name_token(toks[q - 2]) and (
        sentence_start(doc, q - 2) < q - 2)


def _near_release_noun(doc: Doc, span: Span, window: int = 4) -> bool:
    """A release noun within ``window`` words (punctuation and quotes not counted) of the span."""
    before = [t for t in tokens(doc)[max(0, span.start - 2 * window):span.start] if not t.is_punct][-window:]
    after = [t for t in tokens(doc)[span.end:min(len(doc), span.end + 2 * window)] if not t.is_punct][:window]
    return any(t.lower_ in RELEASE_NOUNS for t in before + after)


def _is_name_token(tok) -> bool:
    t = tok.text
    if not t or tok.is_punct or tok.like_url:
        return False
    if tok.lower_ in MONTH_WORDS:
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        # "Jun Ha-ram", "Colin May": month words are names beside other name words, not before a day number
        prev = tok.nbor(-1) if tok.i > 0 else None
        beside_name = (nxt is not None and nxt.text[:1].isupper() and nxt.lower_ not in MONTH_WORDS and not nxt.like_num
                       and len(tok.text) <= 3) or (
            prev is not None and prev.text[:1].isupper() and prev.is_alpha and prev.lower_ not in MONTH_WORDS
            and not prev.is_stop and prev.pos_ == "PROPN" and tok.lower_ in _MONTH_SURNAMES
            and tok.text[:1].isupper() and not (nxt is not None and (nxt.like_num or nxt.text[:1].isdigit())))
        if not beside_name:
            return False
    if t[0].isdigit() and _ORDINAL_OR_DECADE.fullmatch(t):
        return False  # "11th", "1990s": ordinals and decades are not names
    if _PARTICLE_SURNAME.fullmatch(t):
        return True  # "Derek deLuca": a surname written with its particle joined on
    return t[0].isupper() or (t[0].isdigit() and any(c.isalpha() for c in t))


_ORDINAL_OR_DECADE = re.compile(r"\d+(?:st|nd|rd|th|s)", re.I)
_PARTICLE_SURNAME = re.compile(r"(?:de|di|da|du|la|le|del|van|von|dos)[A-Z][a-z]+")
_MONTH_SURNAMES = frozenset(["may", "june", "april", "august", "march", "jan", "jun"])  # "Colin May", "Jun Ha-ram"
_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,4}")


def capitalised_runs(doc: Doc) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens, joined across in-word hyphens and
    dots ("K-Dawn", "R. Dunne"), skipping sentence-initial function words."""
    toks = tokens(doc)
    runs: list[tuple[int, int]] = []
    i, n = 0, len(doc)
    while i < n:
        tok = toks[i]
        if not _is_name_token(tok) or (tok.is_sent_start and tok.is_stop and tok.text != "I"):
            i += 1
            continue
        j = i + 1
        while j < n:
            nxt = toks[j]
            if nxt.text == "The" and (toks[j - 1].ent_type_ == "NORP" or toks[j - 1].tag_ in {"NNS", "NNPS"}):
                break  # "fellow Glaswegians The Parish Lanterns": a capitalised "The" starts a new name
            if _is_name_token(nxt) or (nxt.like_num and toks[j - 1].text.rstrip(".").lower() in {"pt", "part", "vol", "no"}):
                j += 1
            elif _glued_piece(toks, j):
                j += 1  # "Never Gonna Stay" (tokens "Gon" + "na"), "Micky Youre" ("You" + "re")
            elif j + 1 < n and not toks[j - 1].whitespace_ and _is_name_token(toks[j + 1]) and (
                    nxt.lower_ in _CONTRACTIONS or _elision(toks, j)):
                j += 2  # "What I Haven't Lost", "Fists N' Thorns", "Gettin' Tired"
            elif (j == i + 1 and nxt.text.isdigit() and not re.fullmatch(r"(?:19|20)\d\d", nxt.text) and j + 1 < n
                  and (toks[j + 1].pos_ not in {"NOUN", "ADJ", "PROPN", "NUM"} or toks[j + 1].lower_ in PERSON_ROLES)
                  and toks[j + 1].text != "%" and (toks[i].pos_ == "PROPN" or toks[i].text.isupper())):
                j += 1  # "Arlo 4000 and Big Tam"
            elif j > i + 1 and _sequel_number(doc, j):
                j += 1  # "Crockpot Season 2 is out"
            elif (nxt.text == "-" and j + 1 < n and not nxt.whitespace_ and not toks[j - 1].whitespace_
                  and j - 2 >= i and _KOREAN_GIVEN.fullmatch(f"{doc[j - 1].text}-{doc[j + 1].text}")):
                j += 2  # "Jun Ha-ram", "Yeo Dan-bi": a romanised given name, lower case after the hyphen
            elif nxt.is_quote and j + 3 < n and _is_name_token(toks[j + 1]) and toks[j + 2].is_quote and (
                    _is_name_token(toks[j + 3])) and toks[j - 1].whitespace_ and toks[j + 2].whitespace_ and (
                    not nxt.whitespace_) and "PERSON" in {toks[j - 1].ent_type_, toks[j + 3].ent_type_} and (
                    toks[j - 1].text[1:].islower() and toks[j + 3].text[1:].islower()):
                j += 4  # "Dean 'Hawk' Pruitt": a quoted nickname between given name and surname
            elif nxt.text in {"'", "’"} and not toks[j - 1].whitespace_ and j + 1 < n and _is_name_token(toks[j + 1]) and (
                    toks[j - 1].text in _APOSTROPHE_NAMES):
                j += 2  # "Lil' Brisk"
            elif nxt.text in {":", "/", "//"} and j + 1 < n and not nxt.whitespace_ and not toks[j - 1].whitespace_ and (
                    _all_caps(doc, j - 1, j) and _all_caps(doc, j + 1, j + 2)):
                j += 2  # "STELLAR:ON", "BLUSH//CODE:LOVE": K-pop names set tight around a colon or slash
            elif (nxt.text == "." and toks[j - 1].text.lower() in {"pt", "vol", "no"} and j + 1 < n and (
                    toks[j + 1].like_num)) or (nxt.text in {"-", "."} and j + 1 < n and _is_name_token(toks[j + 1]) and not nxt.whitespace_ and (
                    not toks[j - 1].whitespace_)):
                j += 2
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def _glued_piece(toks, j: int) -> bool:
    """Token ``j`` is the lower-case rest of the word before it, split off by the tokenizer
    ("Gonna" -> "Gon" + "na", "Youre" -> "You" + "re"): letters written tight to a name word."""
    tok, prev = toks[j], toks[j - 1]
    return not prev.whitespace_ and tok.is_alpha and tok.text.islower() and prev.is_alpha and prev.text[:1].isupper()


def _elision(toks, j: int) -> bool:
    """Token ``j`` is an apostrophe that stands for dropped letters of the word before it, not a
    possessive: after a single capital ("Fists N' Thorns") or a word ending in "in" ("Gettin'
    Tired", "Rollin' Home"); a plural's possessive ("the Pines' Harbour") ends in "s"."""
    tok, prev = toks[j], toks[j - 1]
    return tok.text in {"'", "’"} and tok.whitespace_ == " " and (
        (len(prev.text) == 1 and prev.text.isupper()) or (prev.text.endswith("in") and prev.text[:1].isupper()
                                                           and prev.is_alpha and len(prev.text) > 3))


# Words after which an unquoted title may follow, by the kind of context.
# Release nouns that announce a title after them ("tape" is hip-hop's word for a mixtape)
_CUE_NOUNS = RELEASE_NOUNS | frozenset(["tape"])
_COVER_NOUNS = frozenset(["cover", "version", "remix", "rendition", "remake"])
_LIST_CUES = frozenset(["including", "include", "includes", "included", "like"])
_APPOSITIVE_MODIFIERS = frozenset(["last", "latest", "new", "first", "final", "debut", "next", "previous", "recent",
                                   "current", "second", "third", "lead", "title", "breakthrough", "upcoming"])
_COMPOUND_MODIFIERS = frozenset(["comeback", "solo", "studio", "promotional", "debut", "collaboration", "charity",
                                 "holiday", "christmas", "summer", "concept", "cover", "tribute", "anniversary"])
_NOT_TITLE_START = frozenset(["best", "outstanding", "album", "song", "record", "artist", "video", "british",
                              "international", "male", "female", "new", "i", "it", "he", "she", "they", "we"])
# Words of a release schedule that follow a release noun without being a title: "MV Release", "Album Teaser"
_RELEASE_EVENT_WORDS = frozenset(["release", "releases", "teaser", "teasers", "trailer", "preview", "showcase",
                                  "launch", "premiere", "spoiler", "sampler", "medley", "highlight", "tracklist"])
# After a filler word, a name that NER knows as one of these is a new name, not more title:
# "the single Lady Marigold with Lil' Brisk".
_NAME_AFTER_FILLER = frozenset(["PERSON", "GPE", "LOC", "NORP", "ORG", "DATE", "TIME", "FAC", "EVENT"])
_CONTRACTIONS = frozenset(["n't", "n’t", "'ll", "’ll", "'re", "’re", "'ve", "’ve", "'m", "’m", "'d", "’d"])
_CONTRACTED_PRONOUNS = frozenset(["that", "it", "what", "here", "there", "who", "where", "let", "he", "she", "how"])
# Small words of Spanish, French, Italian, Portuguese, Dutch and German titles: "Noches de San Juan"
_TITLE_PARTICLES = frozenset(["de", "del", "la", "las", "el", "los", "en", "y", "con", "sin", "le", "les", "du", "des",
                              "et", "da", "do", "di", "della", "von", "van", "der", "und", "al", "ou", "e", "dos", "das",
                              "os", "em", "ao", "och", "og"])
_JOINING_FILLERS = frozenset(["and", "with", "by", "for", "at", "on", "in", "from", "to"])


def read_title(doc: Doc, j: int, max_tokens: int = 10, listing: bool = False, through_names: bool = False) -> int:
    """End (exclusive) of an unquoted title starting at token ``j``; ``j`` if none.

    A title is capitalised words, possibly joined by short runs of lower-case
    function words ("Back of the Harbour", "Ghost in a Jar"), contractions
    ("You Won't Guess My Name"), slashes and a closing "!" or "?" ("Hey Yo!").
    A name NER knows after a joining word ends the title ("the single Lady
    Marigold with Lil' Brisk"), unless it is only an organisation's and the words
    run on to the clause's verb or a "(year)": "the record Storm for the Moth came
    out", "An Evening at the Ballet (1977)". ``through_names``: read on over such names ("their
    only album, A Night with Satin Sonic, won", where the comma closes the title). An "&" and a
    "n'" join words too ("Dust & Gold", "Slow n' Steady"), except in a list of titles.

    >>> # read_title(nlp("with Where is the Light? on"), 1) -> 6
    """
    toks = tokens(doc)
    n = len(doc)
    if j >= n or not _is_name_token(toks[j]) or toks[j].ent_type_ in {"DATE", "TIME", "MONEY", "PERCENT"}:
        return j
    k = j + 1
    held = None  # where the title ends unless the words after an organisation's name close it
    while k < n and k - j < max_tokens:
        tok, prev = toks[k], toks[k - 1]
        if _is_name_token(tok) and not (tok.is_sent_start and tok.i > j):
            k += 1
            continue
        if not prev.whitespace_ and (tok.lower_ in _CONTRACTIONS or (
                tok.lower_ in {"'s", "’s"} and prev.lower_ in _CONTRACTED_PRONOUNS)):
            k += 1  # "You Won't Guess My Name", "That's Ridiculous" (but not "Harper Vale's")
            continue
        if _glued_piece(toks, k) or (_elision(toks, k) and k + 1 < n and _is_name_token(toks[k + 1])):
            k += 1  # "Never Gonna Stay Home" ("Gon" + "na"), "Gettin' Tired"
            continue
        if tok.text == "." and prev.lower_ in {"pt", "vol", "no"} and k + 1 < n and toks[k + 1].like_num:
            k += 2  # "Set Me Loose Pt. 2"
            continue
        if _ORDINAL_OR_DECADE.fullmatch(tok.text) and tok.text[0].isdigit() and k + 1 < n and _is_name_token(toks[k + 1]):
            k += 2  # "My 33rd Summer Blues", "Songs of the 90s Kids": a number word between capitals
            continue
        if _joined_words(doc, k) and not listing:
            k += 3 if tok.lower_ == "n" else 2 if toks[k + 1].lower_ != "the" else 3
            continue
        if tok.text in {"/", "-"} and not prev.whitespace_ and not tok.whitespace_ and k + 1 < n and (
                _is_name_token(toks[k + 1]) or (tok.text == "-" and toks[k + 1].is_alpha)):
            k += 2  # "Loudbox/The Quiet Side", "Stand-off", "K-Dawn"
            continue
        if _comma_connector(toks, k) and not listing:
            k += 2  # "The Long Way, But Slowly": a comma, then a capitalised "But" that only a title writes
            continue
        if tok.text in {"!", "?"} and not prev.whitespace_:
            k += 1
            break
        if _sequel_number(doc, k):
            k += 1  # "Crockpot Season 2 arrives Friday": the number ends the title
            break
        if listing and tok.lower_ in {"and", "&"}:
            break  # "his songs Like Tin Drummers and Just Shake It": two titles
        f = k
        while f < n and f - k < 3 and toks[f].lower_ in _TITLE_FILLERS | _TITLE_PARTICLES and toks[f].text.islower():
            f += 1
        if f == k or f >= n or not _is_name_token(toks[f]):
            break
        if not through_names and toks[k].lower_ in _JOINING_FILLERS and toks[f].ent_type_ in _NAME_AFTER_FILLER and toks[f].ent_iob_ == "B" and (
                toks[f - 1].lower_ not in {"a", "an"}):  # "Ghost in a Jar" is a title, "Static in the UK" is not
            if held is not None or not _organisation_in_title(doc, k, f):
                break
            held = k
        k = f + 1
    if held is not None and not _title_closed_by_clause(doc, k):
        return held
    return k


_COMMA_CONNECTORS = frozenset(["But", "So", "Yet", "Or", "Nor"])


def _comma_connector(toks, k: int) -> bool:
    """Token ``k`` is a comma inside a title: the word after it is a capitalised connector
    that prose writes in lower case mid-sentence ("Not Waving, But Drowning", "The End, So
    Far"), followed by a capitalised word."""
    n = len(toks)
    return toks[k].text == "," and k + 2 < n and toks[k + 1].text in _COMMA_CONNECTORS and (
        not toks[k + 1].is_sent_start) and _is_name_token(toks[k + 2]) and "\n" not in toks[k].whitespace_


def _joined_words(doc: Doc, k: int) -> bool:
    """Token ``k`` joins two capitalised words of one title: "&" ("Dust & Gold", "Rust & the
    Anchor") or a tight "n'" ("Slow n' Steady")."""
    toks = tokens(doc)
    n = len(doc)
    tok = toks[k]
    if tok.text == "&":
        nxt = k + 2 if k + 2 < n and toks[k + 1].text == "the" else k + 1
        return nxt < n and _is_name_token(toks[nxt]) and toks[nxt].ent_type_ not in {"PERSON", "DATE"}
    return tok.lower_ == "n" and k + 2 < n and toks[k + 1].text in {"'", "’"} and not tok.whitespace_ and (
        _is_name_token(toks[k + 2])) and toks[k - 1].whitespace_ == " "


def _organisation_in_title(doc: Doc, k: int, f: int) -> bool:
    """The name after the joining word ``doc[k]`` may be a title's word that NER took for an
    organisation ("Storm for the Moth", "Fall from Grace with God"), not a person, place or date,
    a label ("for Columbia Records") or a partner ("with Metallica")."""
    toks = tokens(doc)
    if toks[f].ent_type_ not in {"ORG", "FAC", "EVENT"} or toks[k].lower_ in {"with", "by", "and"}:
        return False
    ent_end = f + 1
    while ent_end < len(doc) and toks[ent_end].ent_iob_ == "I":
        ent_end += 1
    return not any(t.lower_ in ORG_WORDS for t in toks[f:ent_end])


def _title_closed_by_clause(doc: Doc, k: int) -> bool:
    """The words after a title are its clause's finite verb ("... came out", "... was their
    peak") or its year in brackets ("... (1975)"): nothing else can belong to the title."""
    toks = tokens(doc)
    if k >= len(doc):
        return False
    tok = toks[k]
    if tok.pos_ in {"VERB", "AUX"} and tok.tag_ in {"VBD", "VBZ", "VBP", "MD"}:
        return True
    return tok.text == "(" and k + 2 < len(doc) and _YEAR.fullmatch(toks[k + 1].text) is not None and (
        toks[k + 2].text == ")")


def _sequel_number(doc: Doc, k: int) -> bool:
    """Token ``k`` is a small number closing a title after a capitalised word ("Season 2",
    "Chapter 3"): not a year, and not counting the noun after it ("Season 2 episodes")."""
    toks = tokens(doc)
    tok = toks[k]
    if not (tok.text.isdigit() and len(tok.text) <= 2 and k > 0 and toks[k - 1].text[:1].isupper()
            and toks[k - 1].is_alpha and toks[k - 1].whitespace_):
        return False
    nxt = toks[k + 1] if k + 1 < len(doc) else None
    return nxt is None or nxt.is_punct or nxt.pos_ in {"VERB", "AUX", "ADP", "CCONJ", "PART"} or nxt.is_quote


def _title_end_is_closed(doc: Doc, k: int) -> bool:
    """An appositive title ("their last single, Rattlebag, which") ends at punctuation."""
    return k >= len(doc) or tokens(doc)[k].text in {",", ".", ";", ":", ")", "!", "?", "-", "–", "—"}


_CUE_WORDS = frozenset(["'s", "’s", "from", "titled", "entitled", "for", "with", "of", "as"])
_RELEASE_VERBS = frozenset(["release", "drop", "unveil", "debut", "premiere"])


def _title_cue(doc: Doc, i: int) -> str | None:
    """What kind of cue token ``i`` is for a title that follows it, or None."""
    toks = tokens(doc)
    tok = toks[i]
    low = tok.lower_
    if not (low in _CUE_NOUNS or low in _CUE_WORDS or low in _LIST_CUES or (low.endswith("s") and low[:-1] in _CUE_NOUNS)
            or (tok.pos_ == "VERB" and tok.lemma_.lower() in _RELEASE_VERBS)):
        return None  # most tokens cue nothing: skip the sentence window below
    if low in {"'s", "’s"}:
        # "2012's PM", "last year's The Van": a year's work is a release
        if i > 0 and (_YEAR.fullmatch(toks[i - 1].text) is not None or (
                i > 1 and toks[i - 1].lower_ == "year" and toks[i - 2].lower_ in {"last", "this"})):
            return "year"
        # "Kendra Lamb's To Paint a Sparrow": an artist's work, read through its small words
        return "owner" if i > 0 and _is_name_token(toks[i - 1]) and toks[i - 1].ent_type_ not in {
            "GPE", "LOC", "NORP", "DATE", "FAC", "EVENT"} and not toks[i - 1].like_num else None
    if low == "from":
        # '"Face Paint", also from The Van', "the former, from PM": the album a song named just before is on
        back = [t for t in toks[max(0, i - 3):i] if t.lower_ not in {"also", "both", "taken", "lifted", ","}]
        return "from" if back and (back[-1].is_quote or back[-1].lower_ in {"former", "latter"}) else None
    sent_start = sentence_start(doc, i)
    if tok.text[:1].isupper() and not tok.text.isupper() and not tok.is_sent_start and not _headline_token(doc, i):
        return None  # "Big Hit Music": a capitalised release noun inside a name cues nothing
    if low in _CUE_NOUNS or (low.endswith("s") and low[:-1] in _CUE_NOUNS and low != "hits"):
        if _counted_noun(doc, i) and i + 1 < len(doc) and toks[i + 1].text != ",":
            return None  # "After four albums Harbour Kid went solo": a count of records, not their titles
        return "noun"  # "his songs Like Tin Drummers and Just Shake It" ("hits" reads as a verb too often)
    if low not in {"titled", "entitled", "for", "with", "of", "as"} and low not in _LIST_CUES and tok.pos_ != "VERB":
        return None
    window = {t.lower_ for t in toks[max(sent_start, i - 8):i]}
    if low in {"titled", "entitled"} and window & _CUE_NOUNS and i + 1 < len(doc) and toks[i + 1].text != ",":
        # "a collaborative album with producer Deacon Frost titled Red Clay": the name given to a release
        # named a few words back (not "titled" straight after the noun, which the noun's own cue reads)
        return "noun"
    if low == "for" and (window & AWARD_WORDS or "of the year" in " ".join(t.lower_ for t in toks[sent_start:i])):
        return "award"
    if low == "with" and window & CHART_WORDS and not window & {"collaborat", "duet", "team"} and not (
            i > 0 and toks[i - 1].lower_ in {"together", "up", "forces", "collaborated", "collaborating", "teamed",
                                             "paired", "worked", "working", "duet", "duets", "recorded"}):
        # "the hit they made together with VORS": a partner, not a title
        return "chart"
    if low == "of" and i > 0 and toks[i - 1].lower_ in _COVER_NOUNS:
        return "cover"
    if low == "for" and i > 0 and toks[i - 1].lower_ in {"video", "clip", "visuals", "teaser", "trailer", "remix"}:
        return "noun"  # "a cosmic video for Our Galaxy"
    if low in _LIST_CUES and any(t.lower_ in {"hits", "songs", "singles", "albums", "tracks", "classics", "records"}
                                 for t in toks[max(sent_start, i - 4):i]):
        return "list"
    if low == "as" and i > 0 and toks[i - 1].lower_ == "such":
        return "list"
    if tok.pos_ == "VERB" and tok.lemma_.lower() in _RELEASE_VERBS and (
            tok.tag_ in {"VBD", "VBZ", "VBN", "VBP"}):
        return "verb"  # "Jupiter and Sola released Leave with a Song"
    return None


_COUNTS = frozenset(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                     "several", "many", "few", "dozen", "dozens", "multiple", "countless", "numerous"])
_COUNT_OWNERS = frozenset(["the", "these", "those", "its", "his", "her", "their", "my", "our", "your", "'s", "’s"])


def _counted_noun(doc: Doc, i: int) -> bool:
    """The release noun ``doc[i]`` is counted, with no owner before the count: "after three
    albums Harbour Kid went solo", "two singles later". A named title may follow an owned count
    ("her two singles Blue Hour and Tin Roof") but not a bare one: the name after a bare count
    is the clause's subject or object, not a title."""
    toks = tokens(doc)
    if i == 0:
        return False
    count = toks[i - 1]
    if not (count.lower_ in _COUNTS or (count.like_num and count.text.isdigit() and len(count.text) <= 2)):
        return False
    return i < 2 or toks[i - 2].lower_ not in _COUNT_OWNERS


_NUMBERED_RELEASES = frozenset(["album", "albums", "ep", "lp", "mixtape", "record", "debut", "mini-album", "tape"])


def _number_title(doc: Doc, i: int, j: int) -> bool:
    """Token ``j``, a number of one to three digits straight after an album word ``i`` that has
    its own determiner or modifier, opens a title: "the album 17, produced by", "her debut 21 &
    Restless", "the mini album 38 Letters" (a number after a song or track word is its position:
    "track 5")."""
    toks = tokens(doc)
    num = toks[j]
    if not (num.text.isdigit() and len(num.text) <= 3) or toks[i].lower_ not in _NUMBERED_RELEASES or i == 0:
        return False
    before = toks[i - 1]
    if not (before.tag_ in {"DT", "PRP$", "JJ", "POS"} or before.lower_ in {"mini", "studio", "debut", "solo"}):
        return False
    nxt = toks[j + 1] if j + 1 < len(doc) else None
    if nxt is None or nxt.text in {",", ".", "(", ";", ":", "—", "–", "&"}:
        return True
    return _is_name_token(nxt) and nxt.tag_ in {"NNS", "NNPS", "NNP", "NN"} and nxt.lower_ not in _CUE_NOUNS and (
        nxt.lower_.rstrip("s") not in _CUE_NOUNS)


def cue_titles(doc: Doc) -> list[Mention]:
    """Unquoted titles in the places titles go: after a release noun ("the
    single Back of the Harbour", "her last album, Lantern Keeps Time"), an
    award category ("best rap song for Saints Run"), a chart phrase ("number
    one with Round and Round"), "a cover of", a list of hits ("hits including A,
    B and C"); and before a release noun ("the Like Mad music video")."""
    toks = tokens(doc)
    out: list[Mention] = []
    n = len(doc)
    for i, tok in enumerate(doc):
        low = tok.lower_
        kind = _title_cue(doc, i)
        if kind is not None and not _headline_token(doc, i):  # title-case lines: only quoted titles
            j = i + 1
            if j + 1 < n and toks[j].text == "," and toks[j + 1].lower_ in {"called", "titled", "entitled", "named"}:
                j += 1  # "The song, titled Sorrow Keeps Late Hours"
            if j < n and toks[j].lower_ in {"called", "titled", "entitled", "named"}:
                j += 1
            appositive = kind == "noun" and j < n and toks[j].text == "," and i > 0 and (
                toks[i - 1].lower_ in _APPOSITIVE_MODIFIERS or toks[i - 1].tag_ in {"PRP$", "JJ", "JJS"}
                or toks[i - 1].ent_type_ == "ORDINAL" or (toks[i - 1].lower_ in {"the", "this", "that"} and (
                    toks[i - 1].is_sent_start or (i > 1 and toks[i - 2].pos_ in {"VERB", "AUX"})))
                or (toks[i - 1].head.i == i and toks[i - 1].dep_ == "compound" and (toks[i - 1].lower_ in _COMPOUND_MODIFIERS or toks[i - 1].ent_type_ == "PERSON"))
                or _YEAR.fullmatch(toks[i - 1].text) is not None or _parsed_apposition(doc, i, j + 1))
            # "The record, Hollow Moon, ...", "the band's comeback single, Glass River,", "the 1981 John
            # Fairley cover, Lonely Road": a release noun with its own determiner or modifier, then the title
            if appositive:
                j += 1
            if kind == "from" and j + 1 < n and _YEAR.fullmatch(toks[j].text) and toks[j + 1].text in {"'s", "’s"}:
                j += 2  # "from 2013's AM"
            plural = kind == "list" or (kind == "noun" and low not in RELEASE_NOUNS)
            k = read_title(doc, j, listing=plural)
            if k == j and kind == "noun" and _number_title(doc, i, j):
                if j + 2 < n and toks[j + 1].text == "&" and read_title(doc, j + 2) > j + 2:
                    k = read_title(doc, j + 2)  # "21 & Restless"
                elif j + 1 < n and _is_name_token(toks[j + 1]):
                    k = read_title(doc, j + 1)  # "38 Letters"
                else:
                    k = j + 1  # "the album 17, produced by"
            if appositive and not _title_end_is_closed(doc, k) and k < n and toks[k].lower_ in _JOINING_FILLERS:
                through = read_title(doc, j, listing=plural, through_names=True)
                if through > k and _title_end_is_closed(doc, through):
                    k = through  # "their only album, A Night with Satin Sonic, won": the commas close the title
            longest = 10
            if kind == "noun" and low in RELEASE_NOUNS and k > j and (second := _comma_title_end(doc, k)) is not None:
                k, longest = second, 16  # "the album Reise, Reise.", "his third album, Where I Stood, Isn't Where I Go, which"
            if k - j == 1 and toks[j].lower_ in _RELEASE_EVENT_WORDS:
                k = j  # "Nov 19 – Album & MV Release": the event, not a title
            if k > j and k - j <= longest and toks[j].lower_ not in _NOT_TITLE_START and toks[j].text not in _FORMAT_WORDS and toks[j].pos_ in {
                    "PROPN", "NUM", "NOUN", "ADJ", "X", "VERB", "ADV", "INTJ", "PRON", "DET", "AUX", "ADP", "SCONJ", "PART"}:
                # NER often calls a title an ORG; after an award or chart cue that is no reason to doubt it
                named = toks[j].ent_type_ in ({"PERSON", "GPE", "NORP", "DATE", "ORG", "EVENT", "LOC", "FAC"}
                                             if kind in {"noun", "list", "cover", "verb"} else
                                             {"PERSON", "GPE", "NORP", "DATE"} if kind in {"year", "from", "owner"} else
                                             {"PERSON", "GPE", "NORP", "DATE", "LOC"})
                if kind in {"year", "from", "owner"} and any(t.lower_ in AWARD_WORDS | ORG_WORDS | {"tour", "festival"}
                                                             for t in toks[j:k]):
                    named = True  # "this year's Mercury Prize", "last year's Reading Festival"
                if kind == "owner" and (k - j < 3 or not any(t.is_lower for t in toks[j + 1:k - 1]) or any(
                        t.ent_type_ in {"ORG", "FAC", "GPE", "EVENT"} for t in toks[j:k])):
                    named = True  # the owner's work only where its small words join capitals no run joins
                if kind == "verb" and named and toks[j].ent_type_ != "DATE" and k - j >= 3 and any(
                        t.is_lower for t in toks[j:k]):
                    named = False  # "released Dance with a Ghost": a name does not run on with "with a"
                next_is_verb = k < n and toks[k].pos_ in {"VERB", "AUX"} and (toks[j].ent_type_ == "PERSON" or not any(
                    c.dep_ in {"nsubj", "nsubjpass"} and (c.i == i or j <= c.i < k or (
                        low in {"titled", "entitled"} and c.lower_ in _CUE_NOUNS and c.i < i)) for c in toks[k].head.children))
                if next_is_verb and (toks[k].lemma_ in {"come", "arrive", "land"} or (
                        toks[k].lemma_ == "be" and k + 1 < n and toks[k + 1].lower_ in {"released", "out"}) or (
                        any(c.dep_ in {"dobj", "attr", "acomp", "oprd"} for c in toks[k].children) and any(
                        c.dep_ in {"nsubj", "nsubjpass"} and j <= c.i < k for c in toks[k].children))):
                    # "whose album Borough Clouds came out in 2021": only a work comes out; "whose 2015 album
                    # Monsoon Summer became a hit": the name is the subject of a whole clause of its own
                    # (in "the album Tessa Brightwell released" the verb's object is the album)
                    next_is_verb = False
                # ("the album Parallax Park has gone gold": the verb's subject is the album, so the name is its title)
                # "the album Tessa Brightwell released": a name, then its verb, is not a title
                strong = kind == "noun" and not next_is_verb and toks[j].ent_type_ != "DATE"
                possessive = k < n and toks[k].text in {"'s", "’s", "'", "’"}  # "video for Harper Vale's “Neon Saints”"
                if (not named or strong) and not possessive and (not appositive or _title_end_is_closed(doc, k)):
                    out.append(Mention(j, k, doc[j:k].text, R, "cue-title", cue=i))
                    if kind in {"list", "noun", "award", "chart"}:
                        out += _listed_titles(doc, k, i)
                    if kind == "noun" and low in {"album", "record", "ep", "mixtape", "lp", "tracklist"} and (
                            k + 1 < n and toks[k].text == ":"):
                        # "his solo record MASK: Set Me Loose Pt. 2, Like Mad and Lonely": its tracks
                        end = read_title(doc, k + 1, listing=True)
                        if end > k + 1:
                            out.append(Mention(k + 1, end, doc[k + 1:end].text, R, "cue-title", cue=k))
                            out += _listed_titles(doc, end, k)
        # "the Like Mad music video", "his Y'all Know of Me single"
        if low in {"video", "single", "album", "song", "track", "clip", "visuals", "ep"} and not _headline_token(doc, i):
            k = i - 1
            if k >= 0 and toks[k].lower_ == "music":
                k -= 1
            end = k + 1
            while k >= 0 and (_is_name_token(toks[k]) or (
                    toks[k].lower_ in _TITLE_FILLERS and toks[k].text.islower() and k > 0 and _is_name_token(toks[k - 1])
                    and k + 1 < end)):
                k -= 1
            if end - (k + 1) >= 1 and k >= 0 and (toks[k].lower_ in {"the", "new", "latest", "its", "his", "her",
                                                                      "their", "debut"} or toks[k].text in {"'s", "’s"}):
                span = doc[k + 1:end]
                if not any(t.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} for t in span):
                    out.append(Mention(k + 1, end, span.text, R, "cue-title"))
    return out


_YEAR = re.compile(r"(?:19|20)\d\d")
_APPOSED_OWNERS = frozenset(["the", "a", "an", "its", "his", "her", "their", "my", "our", "your"])


def apposed_titles(doc: Doc) -> list[Mention]:
    """A capitalised title that a release noun phrase after a comma describes: "lean on Definitely
    Perhaps, the 1996 debut that ...", "the tour for Yet Here We Stand, the Moth Pilots' 9th album".
    The noun must head its phrase ("Jay Rennart, the album's producer" is a person)."""
    out: list[Mention] = []
    n = len(doc)
    for c, tok in enumerate(doc):
        if tok.text != "," or c < 1 or c + 2 >= n or not _describes_release(doc, c + 1):
            continue
        start = _read_title_back(doc, c)
        if start >= c or c - start > 10 or any(
                t.ent_type_ in {"PERSON", "GPE", "NORP", "DATE", "TIME"} for t in tokens(doc)[start:c]):
            continue
        out.append(Mention(start, c, doc[start:c].text, R, "cue-title", cue=c + 1))
    return out


def _read_title_back(doc: Doc, c: int) -> int:
    """Start of an unquoted title that ends just before token ``c``; ``c`` if none. The words
    read back are those :func:`read_title` reads forward: capitalised words, short runs of small
    words between them ("Night at the Ballet"), "&" and "n'" ("Dust & Gold", "Slow n' Steady"),
    contractions, a closing "?" or "!", and a bracketed opening ("(Tell Me Why) Blue Hour")."""
    toks = tokens(doc)
    end = c - 1 if c > 1 and toks[c - 1].text in {"?", "!"} and not toks[c - 2].whitespace_ else c
    start = end
    while start > 0 and not toks[start].is_sent_start:
        t = toks[start - 1]
        if _is_name_token(t):
            start -= 1
            continue
        f = start - 1
        while f > 0 and start - f <= 3 and toks[f].is_lower and toks[f].lower_ in _TITLE_FILLERS | _TITLE_PARTICLES:
            f -= 1
        if f < start - 1 and start < end and _is_name_token(toks[f]) and not toks[f + 1].is_sent_start:
            start = f + 1  # "Night at the Ballet": small words between capitalised ones
            continue
        if t.text == "," and start < end and start > 1 and _is_name_token(toks[start - 2]) and _comma_connector(
                toks, start - 1):
            start -= 1  # "Not Waving, But Drowning": a comma before a capitalised "But" is the title's own
            continue
        join = start - 1 if t.text == "&" else start - 2  # "Dust & Gold"; "Rust & the Anchor", "Slow n' Steady"
        if start < end and join > 0 and _joined_words(doc, join):
            start = join  # its left word is read next
            continue
        if start > 1 and not toks[start - 2].whitespace_ and (t.lower_ in _CONTRACTIONS or (
                t.lower_ in {"'s", "’s"} and toks[start - 2].lower_ in _CONTRACTED_PRONOUNS)):
            start -= 1  # "Won't", "That's"
            continue
        if start < end and start > 1 and (_glued_piece(toks, start - 1) or _elision(toks, start - 1)):
            start -= 1  # "Gonna" ("Gon" + "na"), "Gettin' Tired"
            continue
        if t.text == ")" and start < end and t.whitespace_:
            o = start - 2
            while o > start - 9 and o > 0 and toks[o].text not in {"(", ")"}:
                o -= 1
            if o > 0 and toks[o].text == "(" and _is_name_token(toks[o + 1]) and not toks[o].whitespace_ and (
                    toks[o - 1].whitespace_ or toks[o - 1].is_punct):
                start = o  # "(Tell Me Why) Blue Hour": the bracket opens the title
        break
    while start < end and toks[start].is_lower:
        start += 1
    return start


def dated_titles(doc: Doc) -> list[Mention]:
    """A capitalised title with its year in brackets after it, the way music writing dates a
    release: "including A Night at the Ballet (1977) and", "From Glass Harbour Motel & Spa (2019)
    came", and a bare number in a list of such titles ("Wild Road (2021) and 29 (2022)"). A person or place (with NER's word for it on every word) is no title."""
    out: list[Mention] = []
    toks = tokens(doc)
    for c in range(1, len(doc) - 2):
        if toks[c].text != "(" or toks[c + 2].text != ")" or _YEAR.fullmatch(toks[c + 1].text) is None:
            continue
        start = _read_title_back(doc, c)
        if start == c and c > 3 and toks[c - 1].text.isdigit() and len(toks[c - 1].text) <= 3 and (
                toks[c - 2].lower_ in {"and", ",", "&"} and toks[c - 3].text == ")"):
            start = c - 1  # "Wild Road (2021) and 29 (2022)": a number in a list of dated titles
        if start >= c or c - start > 10 or _headline_token(doc, start):
            continue
        if toks[start].is_sent_start and toks[start].pos_ == "ADP" and not start <= toks[start].head.i < c:
            start += 1  # "From Glass Harbour Motel & Spa (2019) came ...": the preposition opens the sentence
        if start >= c or (all(t.ent_type_ in {"PERSON", "GPE", "NORP", "LOC", "DATE", "TIME"} for t in toks[start:c] if t.is_alpha) and (
                not toks[start].is_digit)):
            continue  # "Tamsin Holm (1988)", "Leeds (2004)"
        out.append(Mention(start, c, doc[start:c].text, R, "cue-title", cue=c + 1))
    return out


def _describes_release(doc: Doc, i: int) -> bool:
    """Tokens from ``i`` are a noun phrase headed by a release noun: "the 1994 debut that", "the Foo
    Fighters' 11th album,", "their ninth studio album" (not "the album's producer", "the album
    producer")."""
    toks = tokens(doc)
    if toks[i].lower_ not in _APPOSED_OWNERS:
        return False
    for k in range(i + 1, min(len(doc), i + 7)):
        t = toks[k]
        if t.lower_ in RELEASE_NOUNS - {"number", "project", "hit", "cover", "smash", "sequel"}:
            if k + 1 >= len(doc):
                return True
            nxt = toks[k + 1]
            if nxt.text in {"'s", "’s", "'", "’"}:
                return False
            return nxt.is_punct or nxt.pos_ in {"PRON", "ADP", "SCONJ", "AUX", "VERB", "CCONJ"}
        if (t.is_punct and t.text not in {"'", "’"}) or t.pos_ not in {"ADJ", "NUM", "PROPN", "NOUN", "PART", "ADV"}:
            return False
    return False


def _parsed_apposition(doc: Doc, noun: int, j: int) -> bool:
    """The parser hangs a proper name after the comma on the release noun as its
    apposition: "as their reunion album, Fresh Start, bows" (a second signal for
    modifiers the word lists do not know)."""
    return any(t.dep_ == "appos" and t.head.i == noun and t.pos_ == "PROPN" for t in tokens(doc)[j:min(len(doc), j + 6)])


def _comma_title_end(doc: Doc, k: int) -> int | None:
    """Where a one-title read after a singular release noun ends if the comma at ``k`` is the
    title's own: a capitalised run follows that closes the sentence ("the album Reise, Reise.")
    or is closed by a comma before a lower-case word ("his album, Where I Stood, Isn't Where I
    Go, which followed"); None for a list ("the album Foo, Bar and Baz"), a new clause ("on the
    single Foo, Tamsin Lee said") or a person, place or date after the comma."""
    toks = tokens(doc)
    n = len(doc)
    if not (k + 1 < n and toks[k].text == "," and _is_name_token(toks[k + 1])) or "\n" in toks[k].whitespace_:
        return None
    end = read_title(doc, k + 1, max_tokens=6)
    if end == k + 1 or end >= n or any(t.ent_type_ in {"PERSON", "GPE", "DATE", "NORP", "LOC"} for t in toks[k + 1:end]):
        return None
    after = toks[end]
    if after.text in {".", "!", "?", ";"} or "\n" in toks[end - 1].whitespace_:
        return end
    if after.text == "," and end + 1 < n and toks[end + 1].is_lower and toks[end + 1].lower_ not in {"and", "or", "&"}:
        return end
    return None


def _listed_titles(doc: Doc, k: int, cue: int) -> list[Mention]:
    """Titles listed after a cued one: "with other hits including A, B and the 1981 cover, C"."""
    toks = tokens(doc)
    out: list[Mention] = []
    n = len(doc)
    while k < n:
        if _title_closed_by_clause(doc, k) and toks[k].text == "(":
            k += 3  # "albums such as Up Till Dawn (2012) and Late Night Letters (2014)": a year after each
        if k >= n or toks[k].text not in {",", "and"}:
            break
        j = k + 1
        if j < n and toks[j].lower_ == "and" and toks[k].text == ",":
            j += 1
        end = read_title(doc, j, listing=True)
        if j < n and toks[j].ent_type_ in {"PERSON", "GPE", "NORP", "ORG", "DATE"} and not (
                end - j == 1 and toks[j].ent_type_ in {"PERSON", "ORG"} and end < n and toks[end].text in {",", "and"}) and not (
                toks[j].ent_type_ == "ORG" and end < n and toks[end].text == "(" and _title_closed_by_clause(doc, end)):
            # a name ends the list, but a one-word "title" NER took for a name between two titles does not,
            # nor one dated like the titles before it: "Up Till Dawn (2012) and Late Night Letters (2014)"
            break
        if end == j or toks[j].lower_ in _NOT_TITLE_START or (end < n and toks[end].pos_ in {"VERB", "AUX"}):
            break
        out.append(Mention(j, end, doc[j:end].text, R, "cue-title", cue=cue))
        k = end
    return out


# A list line of two names around a spaced dash: "7. Teflon Jules – Peach State Static",
# "ALBUM REVIEW: Smirr – Quiet Machinery ★★★★", "Tollbooth – Yung Ferrous"
_DASH_LINE = re.compile(r"^(?P<lead>[ \t]*(?:\d{1,3}[.)][ \t]+|[•·▪▸◦‣*][ \t]*)?(?:[A-Z][A-Za-z ]{2,30}:[ \t]+)?)"
                        r"(?P<a>[^\n–—:“”\"‘’();]{2,60}?)[ \t]+[–—-][ \t]+(?P<b>[^\n–—:“”\"‘’();]{2,80}?)"
                        r"[ \t]*[★☆½*]*[ \t]*$", re.M)
# the same line with one side quoted: the quotes show the outlet's order ("A – “Title”" or "“Title” – A")
_QUOTED_DASH_LINE = re.compile(r"^[ \t]*(?:\d{1,3}[.)][ \t]+)?(?:(?P<qa>[“\"‘][^\n“”\"]{1,60}[”\"’])[ \t]+[–—-][ \t]+[^\n“”\"]"
                               r"|[^\n“”\"–—]{2,60}?[ \t]+[–—-][ \t]+(?P<qb>[“\"‘][^\n“”\"]{1,60}[”\"’]))", re.M)


def _name_like_side(doc: Doc, span: Span | None) -> bool:
    """Every word capitalised (or a title's small word), at most seven, no date: a name or a title."""
    if span is None or not 1 <= len(span) <= 9 or any(t.text == "," for t in span):
        return False
    words = [t for t in span if not t.is_punct]
    if not words or len(words) > 7 or not _is_name_token(words[0]) or _dated_side(words):
        return False
    return all(_is_name_token(t) or t.lower_ in _TITLE_FILLERS | _TITLE_PARTICLES or t.text in {"&", "x"}
               for t in words)


def _dated_side(words: list) -> bool:
    """A date, a time or a sum: "Nov 19", "8 July" (but "Thursday", a band, is a name)."""
    return any(t.ent_type_ in {"TIME", "MONEY", "PERCENT"} or t.lower_ in MONTH_WORDS or (
        t.ent_type_ == "DATE" and any(c.isdigit() for c in t.text)) for t in words)


def _title_like_side(doc: Doc, span: Span | None, listing: bool) -> bool:
    """The title side of a list line may run longer than a name and hold any small word or a comma:
    "Longing, I Want to Fade Into Blue", "Did You Hear That There's a River Under Harbour Road"; in a
    list of such lines, lower case too ("the tape", "late thirties")."""
    if span is None or not 1 <= len(span) <= 16:
        return False
    words = [t for t in span if not t.is_punct]
    if not words or len(words) > 12 or _dated_side(words) or span[-1].text == ".":
        return False
    return _is_name_token(words[0]) or (listing and all(t.is_lower or not t.is_alpha for t in words))


def _lower_name_side(span: Span | None) -> bool:
    """A short artist name in a list of "Artist – Title" lines, maybe lower case: "lorna tate-king", "Dani
    kxo", "quietcraft"."""
    if span is None or not 1 <= len(span) <= 4:
        return False
    return all(t.is_alpha or t.text in {"&", "."} for t in span) and not _dated_side(list(span)) and not any(
        t.lower_ in _TITLE_FILLERS - {"the", "and"} or (t.is_stop and t.lower_ not in {"the", "and"}) for t in span)


def dash_line_titles(doc: Doc) -> list[Mention]:
    """Unquoted titles in list lines "Artist – Title" (chart countdowns, review headings) or
    "Title – Artist" (award winners). Which side is the title: the outlet's quoted lines in the
    same article decide ("Kola Adeyemi – “Lagos Rain”" says artist first), else the side NER
    reads as a person is the artist, else artist first, the common order. The line must be
    numbered, bulleted, carry a label ("ALBUM REVIEW: "), or be one of several dash lines. The
    artist side reads as a name; the title side may be longer ("8. Noemi Varek – Longing, I
    Want to Turn Into You"), and in a list of three or more lines either side may be lower case."""
    text = doc_text(doc)
    out: list[Mention] = _list_line_artists(doc, text)
    found = [(m, doc.char_span(m.start("a"), m.end("a"), alignment_mode="expand"),
              doc.char_span(m.start("b"), m.end("b"), alignment_mode="expand")) for m in _DASH_LINE.finditer(text)]
    strict = [(m, a, b) for m, a, b in found if _name_like_side(doc, a) and _name_like_side(doc, b)]
    listing = len(strict) >= 3
    lines = [(m, a, b) for m, a, b in found if ((_name_like_side(doc, a) or (listing and _lower_name_side(a))) and (
        _title_like_side(doc, b, listing))) or ((_name_like_side(doc, b) or (listing and _lower_name_side(b))) and (
        _title_like_side(doc, a, listing)))]
    if not lines:
        return out
    quoted = list(_QUOTED_DASH_LINE.finditer(text))
    vote = sum(1 if q.group("qb") else -1 for q in quoted)  # > 0: artist first
    for _, a, b in strict:
        vote += any(t.ent_type_ == "PERSON" for t in a) - any(t.ent_type_ == "PERSON" for t in b)
    several = len(lines) + len(quoted) >= 2
    for m, a, b in lines:
        if not (several or m.group("lead").strip()):
            continue
        artist, title = (a, b) if vote >= 0 else (b, a)
        if not (_name_like_side(doc, artist) or (listing and _lower_name_side(artist))) or not _title_like_side(
                doc, title, listing):
            continue
        out.append(Mention(title.start, title.end, title.text, R, "cue-title"))
        ent = next((e for e in doc.ents if e.start == artist.start and e.end == artist.end), None)
        out.append(Mention(artist.start, artist.end, artist.text, None, f"ner:{ent.label_}" if ent is not None and (
            ent.label_ in {"PERSON", "ORG", "PRODUCT"}) else "caps"))
        if ent is not None and ent.label_ == "PERSON":
            out[-1].type = P
    return out


# The heading of a track list: "Crockpot Season 2 tracklist:", "TRACKLIST", "DISC 1", "Tracks:",
# "Singles:" (entities.py types the lines under it by the same heading)
TRACK_LIST_HEADING = re.compile(r"(?:(?:tracks|songs|singles)\s*:|track\s*list(?:ing)?\s*:?|set\s*list\s*:?|"
                                r"\b(?:disc|cd|side)\s*(?:\d{1,2}|[ab]|one|two)\s*:?)[ \t]*$", re.I | re.M)
_TRACK_LINE = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+(?P<body>[^\n]{1,90}?)[ \t]*(?:\[[^\]\n]{1,60}\][ \t]*)*$")
_SKIPPED_TRACKS = re.compile(r"[ \t]*(?:\.{3}|…)[ \t]*$")
# a parenthesis after a track's title that credits people, not part of the title ("(feat. X)", "(A x B)")
_TRACK_CREDIT = re.compile(r"[ \t]*\((?:(?:feat\.?|ft\.?|featuring|with|w/|f/|prod\.?|produced|avec|con|mit)(?!\w)"
                           r"[^()\n]*|[^()\n]*\s(?:x|×|&)\s[^()\n]*)\)", re.I)


def track_list_titles(doc: Doc) -> list[Mention]:
    """The titles of a numbered track list under its heading ("Blue Flame Ministry tracklist:",
    "DISC 1"), each whole line one release: "1. Intro (Steam)", "5. The Carrion Sea",
    "9. Kompa for Grandma", "6. Gospel Sirens Pt. 2". A parenthesis that credits people
    ("(feat. X)", "(prod. by Y)", "(A x B)") and a bracketed note ("[bonus track]") are cut off;
    any other parenthesis belongs to the title. A line with quotes or a spaced dash is left to
    the quoted-title and list-line readers."""
    text = doc_text(doc)
    out: list[Mention] = []
    for head in TRACK_LIST_HEADING.finditer(text):
        pos, found = head.end() + 1, 0
        while pos < len(text):
            nl = text.find("\n", pos)
            end = len(text) if nl < 0 else nl
            line = _TRACK_LINE.fullmatch(text, pos, end)
            if line is None:
                blank = not text[pos:end].strip()
                if (blank and not found) or _SKIPPED_TRACKS.fullmatch(text, pos, end):
                    pos = end + 1
                    continue  # a blank line under the heading, or "..." for tracks left out
                break
            found += 1
            body = line.group("body")
            a = line.start("body")
            if any(q in body for q in "“”\"‘’") or re.search(r"\s[–—-]\s", body):
                pos = end + 1
                continue
            credit = _TRACK_CREDIT.search(body) or _BARE_CREDIT.search(body)
            b = a + (credit.start() if credit else len(body))
            span = doc.char_span(a, b, alignment_mode="expand")
            if span is not None and _has_caps(body) and 1 <= len(span) <= 10:
                out.append(Mention(span.start, span.end, span.text, R, "cue-title"))
            pos = end + 1
    return out


def _list_line_artists(doc: Doc, text: str) -> list[Mention]:
    """The credited names of a list line around a quoted title ("Kola Adeyemi – “Lagos Rain”",
    "“Glitter Alibi” – Cassie Lund & Theo Marr"), one mention each, whatever NER made of
    them (a place, a work, one name for two)."""
    out: list[Mention] = []
    pos = 0
    while (nl := text.find("\n", pos)) >= 0 or pos < len(text):
        end = len(text) if nl < 0 else nl
        m = _QUOTED_LIST_LINE.fullmatch(text, pos, end)
        pos = end + 1
        if m is None:
            continue
        group = "first" if m.group("first") else "after"
        a, b = m.start(group), m.end(group)
        cuts = [a] + [x for c in _CREDIT_JOIN.finditer(text, a, b) for x in c.span()] + [b]
        for x, y in zip(cuts[::2], cuts[1::2], strict=True):
            span = doc.char_span(x, y, alignment_mode="expand")
            if not _name_like_side(doc, span):
                continue
            ent = next((e for e in doc.ents if e.start == span.start and e.end == span.end), None)
            person = ent is not None and ent.label_ == "PERSON"
            out.append(Mention(span.start, span.end, span.text, P if person else None,
                               "ner:PERSON" if person else "caps"))
        if nl < 0:
            break
    return out


_NER_TYPES = {"PERSON": P, "ORG": None, "WORK_OF_ART": R, "PRODUCT": None, "GPE": None,
              "LOC": None, "FAC": None, "EVENT": None, "NORP": None}


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop leading determiners (but keep a capitalised "The" inside a sentence:
    "The Which") and trailing possessives/punctuation."""
    toks = tokens(doc)
    while start < end and (toks[start].is_punct or toks[start].is_space or toks[start].text in _BULLETS or (toks[start].lower_ in {"the", "a", "an"} and (
            toks[start].text.islower() or toks[start].is_sent_start) and end - start > 1)):
        start += 1
    while start < end and toks[start].is_space:
        start += 1
    while end - start > 1 and toks[start].is_lower and toks[start].is_alpha and toks[start].lower_ not in {"de", "van", "von", "da", "la", "le", "del", "di"}:
        start += 1  # "alias Tembo K", "rapper Kato": NER's lower-case lead-in is no part of the name
    while end - start > 1 and toks[start].text in _FORMAT_WORDS:
        start += 1  # "their 2022 debut LP Underpass Hymn": the format is no part of the title
    for k in range(start + 1, end - 1):
        if toks[k].text in {"-", "–", "—"} and toks[k - 1].whitespace_ and toks[k].whitespace_:
            # "drummer Fiona Tait - head out on tour", "Tansy & Bryn - Cardiff schoolfriends ...": a spaced
            # dash closes the name (names write their dashes tight: "Jay-Z")
            end = k
            break
        if toks[k].text in {"x", "×"} and toks[k - 1].whitespace_ and toks[k].whitespace_:
            end = k  # "Valeria Montiel x Los Tres Lunas": two credited names
            break
    while end - start > 1 and (toks[end - 1].lower_.rstrip(".") in {"feat", "ft", "featuring"} or toks[end - 1].text in {
            "x", "×"}):
        end -= 1  # "YARELIS FEAT. NICO BRAVA": the credit word starts the next name
    while end > start and (toks[end - 1].text in {"'s", "’s", "'", "’"} or toks[end - 1].is_punct
                           or toks[end - 1].is_space):
        end -= 1
    while end - start > 1 and toks[end - 1].text in {"of", "and", "the", "&", "with", "for"}:
        end -= 1  # NER's "The Greater Mt. Olive Voices of": a name does not end on a small word
    if end - start > 2 and toks[end - 1].text in {"Review", "REVIEW"} and toks[end - 2].lower_ in RELEASE_NOUNS:
        end -= 2  # "The Tin Meadow: Cold Summer Album Review": the heading's label, not the title
    if 0 < start < end and toks[start - 1].text == "The" and not toks[start - 1].is_sent_start:
        start -= 1  # "with The Quiet Coast": NER leaves out the capitalised article that is part of the name
    if end - start == 1 and (toks[start].lower_ in {"the", "a", "an"} or toks[start].text in _FORMAT_WORDS):
        return start, start  # "October 2022 - The group releases ...": a lone article is no name
    if doc[start:end].text.lower() in _SERVICE_NAMES:
        return start, start  # "completed his National Service": the duty, not a name
    return start, end


_FORMAT_WORDS = frozenset(["LP", "EP", "LPs", "EPs"])
# list bullets that NER and the capitals runs take into the name after them ("• Corwen", "▸ Odile Dane")
_BULLETS = frozenset(["•", "▸", "▪", "►", "◆", "◇", "■", "□", "●", "○", "※", "→", "»", "·", "*", "‣", "◦", "▶"])
_SERVICE_NAMES = frozenset(["national service", "military service", "mandatory service", "alternative service",
                            "social service"])


_APOSTROPHE_NAMES = frozenset(["Lil", "Big", "Ol", "Li'l"])  # "Lil' Brisk": the apostrophe is part of the name
_CONTEXT_WORDS = PERSON_ROLES | DIRECTOR_ROLES | GROUP_NOUNS | DESCRIPTORS | frozenset(["girl", "boy", "k-pop"])


_LEAD_ROLES = PERSON_ROLES | DIRECTOR_ROLES | GROUP_NOUNS
_STAGE_TITLES = frozenset(["DJ", "MC"])  # "DJ Ferro", "MC Tallow": written in capitals, part of the stage name


def _lead_role(doc: Doc, a: int, b: int) -> bool:
    """Token ``a`` opens the name span ``a..b`` as a role or kind word that is context, not name
    ("Rapper Kato Vale", "Rock band Ember Coast"); a "DJ" or "MC" in capitals before a one-word
    name is the name's own title ("DJ Ferro"; before a full name, "DJ Sara Holm", it is her job)."""
    tok = tokens(doc)[a]
    if tok.text in _STAGE_TITLES and b - a == 2:
        return False
    low = tok.lower_
    return low in _LEAD_ROLES or (low[-1:] == "s" and low[:-1] in _LEAD_ROLES and b - a > 2) or (
        low in DESCRIPTORS and tokens(doc)[a + 1].lower_ in _LEAD_ROLES)  # "Guitarists Ann Roe and ..."


def _headline_token(doc: Doc, i: int) -> bool:
    """Token ``i`` sits in a title-case line ("Rory Pell and VORS' Sunho Are
    Heartsick in 'Up And Down'"): a line without a full stop whose small words
    are capitalised too."""
    headline = doc.user_data.get("headline_tokens")
    if headline is None:
        headline = doc.user_data["headline_tokens"] = {t for a, b in _headline_lines(doc) for t in range(a, b)}
    return i in headline


# A list line, not a headline, though every word is capitalised: "Rex Halloran & Tilly Frame – “Four
# Walls High”", "“Velvet Alibi” – Jada Lorne & Seb Crane": its capitals are names
_QUOTED_LIST_LINE = re.compile(
    r"\s*(?:\d{1,3}[.)]\s+)?(?:[^\n:“”\"]{2,60}:\s+)?(?:(?P<first>[^\n“”\"–—:()]{2,60}?)\s+[–—-]\s+[“\"‘][^\n“”\"]{1,60}"
    r"[”\"’]\s*(?:\([^)\n]{1,60}\))?|[“\"‘][^\n“”\"]{1,60}[”\"’]\s+[–—-]\s+(?P<after>[^\n“”\"–—(]{2,60}?)\s*"
    r"(?:\([^)\n]{1,60}\))?)\s*")
_CREDIT_JOIN = re.compile(r"\s+(?:&|x|×|and|feat\.?|ft\.?|featuring)\s+|,\s+", re.I)


# Verbs of news headlines, which title case capitalises like the names around them ("Baron Lyle &
# Copper Kit Announce Joint Album"): a line with one is a headline even without a capitalised small word
_HEADLINE_VERBS = frozenset(["announce", "share", "drop", "release", "unveil", "reveal", "return", "tease", "confirm",
                             "debut", "join", "quit", "split", "reunite", "team", "tap", "enlist", "launch", "sign",
                             "premiere", "deliver", "preview", "detail", "cancel", "postpone", "celebrate", "mourn",
                             "recruit", "welcome", "wrap", "complete", "embark", "trade", "channel", "revisit"])


def _headline_lines(doc: Doc) -> list[tuple[int, int]]:
    toks = tokens(doc)
    out: list[tuple[int, int]] = []
    start = 0
    for k in range(len(doc) + 1):
        if k < len(doc) and "\n" not in toks[k].text and "\n" not in toks[k].whitespace_:
            continue
        end = min(k + 1, len(doc))
        words = [t for t in toks[start:end] if t.is_alpha]
        small_caps = [t for t in words[1:] if t.is_stop and t.text[:1].isupper() and t.lower_ not in {"i"}]
        ends_sentence = any(t.text in {".", "!", "?"} for t in toks[max(start, end - 2):end])
        verbs = [t for t in words[1:] if t.text[:1].isupper() and not t.text.isupper() and (
            t.lower_ in _HEADLINE_VERBS or (t.lower_.endswith("s") and t.lower_[:-1] in _HEADLINE_VERBS))]
        if len(words) >= 4 and (small_caps or verbs) and not ends_sentence and (
                sum(t.text[:1].isupper() for t in words) >= 0.7 * len(words)) and not (
                start < len(doc) and _QUOTED_LIST_LINE.fullmatch(doc_text(doc), toks[start].idx,
                                                                  toks[end - 1].idx + len(toks[end - 1].text.rstrip()))):
            out.append((start, end))
        start = end
    return out


def _split_headline(doc: Doc, m: Mention) -> list[Mention]:
    """In a title-case line every word is capitalised, so capitals say nothing:
    keep the runs of words the body of the article also capitalises mid-sentence
    (its names), and words in full capitals ("Sunho Are Heartsick" -> "Sunho")."""
    if m.quoted or not _headline_token(doc, m.start):
        return [m]
    body_caps = doc.user_data.get("body_caps")
    if body_caps is None:
        body_caps = doc.user_data["body_caps"] = {
            t.text for t in tokens(doc) if t.text[:1].isupper() and not (t.is_sent_start and t.is_stop)
            and not _headline_token(doc, t.i)}
    if not body_caps:
        return [m]  # a text of headlines only: nothing to compare with
    keep = [t.text in body_caps or (t.text.isupper() and len(t.text) > 1) or t.like_num for t in tokens(doc)[m.start:m.end]]
    out = []
    for kept, group in itertools.groupby(range(m.start, m.end), key=lambda k: keep[k - m.start]):
        idx = list(group)
        if kept:
            a, b = idx[0], idx[-1] + 1
            while a < b and tokens(doc)[a].is_stop:
                a += 1
            if b < m.end and tokens(doc)[b].text == "-" and not tokens(doc)[b - 1].whitespace_:
                continue  # "K" of "K-Pop Stars": half of a hyphenated word is no name
            if a < b:
                same = (a, b) == (m.start, m.end)
                out.append(m if same else Mention(a, b, doc[a:b].text, None, m.source))
    return out


def ner_and_runs(doc: Doc) -> list[Mention]:
    out: list[Mention] = []
    covered: set[int] = set()
    for ent in doc.ents:
        if ent.label_ not in _NER_TYPES:
            continue
        if ent.label_ in {"GPE", "LOC", "NORP", "FAC", "EVENT"} and ent.text.lower() in DESCRIPTORS:
            continue
        # Split "VORS' J" style spans at the possessive.
        ent_end = ent.end
        while ent_end < len(doc) and len(tokens(doc)[ent_end].text) == 1 and tokens(doc)[ent_end].text.isupper() and (
                tokens(doc)[ent_end - 1].whitespace_):
            ent_end += 1
        if ent.label_ == "PERSON" and ent_end < len(doc) and _PARTICLE_SURNAME.fullmatch(tokens(doc)[ent_end].text) and (
                tokens(doc)[ent_end - 1].whitespace_ == " "):
            ent_end += 1  # "Derek deLuca": NER stops before the lower-case particle
        while ent_end < len(doc) and _glued_piece(tokens(doc), ent_end):
            ent_end += 1  # "Micky Youre" (tokens "You" + "re"): NER stops inside the word
        if ent.label_ == "PERSON" and ent_end + 1 < len(doc) and tokens(doc)[ent_end].lower_ in MONTH_WORDS and (
                tokens(doc)[ent_end].text[:1].isupper() and tokens(doc)[ent_end - 1].whitespace_ == " " and not tokens(doc)[ent_end + 1].like_num
                and not tokens(doc)[ent_end + 1].text[:1].isdigit()):
            ent_end += 1  # "Colin May has said": the surname NER leaves out because it is a month
        if ent.label_ == "PERSON" and ent_end - ent.start == 1 and ent_end + 1 < len(doc) and (
                tokens(doc)[ent_end].like_num and tokens(doc)[ent_end].text.isdigit() and not re.fullmatch(r"(?:19|20)\d\d", tokens(doc)[ent_end].text)
                and tokens(doc)[ent_end + 1].pos_ not in {"NOUN", "ADJ", "PROPN", "NUM"} and tokens(doc)[ent_end + 1].text != "%"):
            ent_end += 1  # "Arlo 4000 said": a number that belongs to the name
        if ent_end + 1 < len(doc) and tokens(doc)[ent_end].text == "-" and not tokens(doc)[ent_end].whitespace_ and (
                not tokens(doc)[ent_end - 1].whitespace_) and _KOREAN_GIVEN.fullmatch(
                f"{doc[ent_end - 1].text}-{doc[ent_end + 1].text}"):
            ent_end += 2  # NER stops "Jun Ha-ram" at the hyphen
        elif ent_end < len(doc) and ent_end - ent.start >= 2 and tokens(doc)[ent_end - 1].text == "-" and (
                not tokens(doc)[ent_end - 1].whitespace_) and _KOREAN_GIVEN.fullmatch(
                f"{doc[ent_end - 2].text}-{doc[ent_end].text}"):
            ent_end += 1  # "Jung Hae-" + "in": NER keeps the hyphen but not the lower-case syllable after it
        elif ent.label_ == "PERSON" and ent_end - ent.start == 1 and ent_end + 2 < len(doc) and (
                tokens(doc)[ent_end - 1].whitespace_ and tokens(doc)[ent_end + 1].text == "-" and not tokens(doc)[ent_end].whitespace_
                and not tokens(doc)[ent_end + 1].whitespace_ and _KOREAN_GIVEN.fullmatch(
                    f"{doc[ent_end].text}-{doc[ent_end + 2].text}")):
            ent_end += 3  # "Hwang" + "In-yeop": a family name NER found, then the given name it missed
        while ent_end + 1 < len(doc) and tokens(doc)[ent_end].text in {":", "/", "//"} and not tokens(doc)[ent_end].whitespace_ and (
                not tokens(doc)[ent_end - 1].whitespace_) and _all_caps(doc, ent_end - 1, ent_end) and _all_caps(
                doc, ent_end + 1, ent_end + 2):
            ent_end += 2  # NER stops "NOVA:RISE" at the colon
        label = ent.label_ or tokens(doc)[ent.start].ent_type_
        ent = doc[ent.start:ent_end] if ent_end != ent.end else ent
        cut = [ent.start] + [t.i + 1 for t in ent if t.text in {"'s", "’s", "'", "’"} and t.i < ent.end - 1
                             and not (t.i > 0 and tokens(doc)[t.i - 1].text in _APOSTROPHE_NAMES)] + [ent.end]
        role_after = ent_end + 1 < len(doc) and tokens(doc)[ent_end].lower_ in PERSON_ROLES and tokens(doc)[ent_end + 1].text[:1].isupper()
        if role_after and any(t.lower_ in {"and", "&"} for t in ent):
            # "former Idle and Poor Company singer Glen Rowles": two bands before one role
            cut = sorted(set(cut) | {t.i for t in ent if t.lower_ in {"and", "&"}}
                         | {t.i + 1 for t in ent if t.lower_ in {"and", "&"}})
        pair = _two_full_names(doc, ent.start, ent.end) if ent.label_ in {"PERSON", "ORG", "PRODUCT"} else None
        if pair is not None:  # "Rex Halloran & Tilly Frame": two full names, not a band
            cut = sorted(set(cut) | {pair, pair + 1})
        verbs = [t.i for t in ent[1:-1] if t.is_lower and t.is_alpha and t.pos_ in {"VERB", "AUX"} and t.tag_ in {
            "VBZ", "VBD", "VBP"} and any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < t.i for c in t.children)]
        # (a verb with its subject before it; not a plural noun misread as one: "Bristol rockers Tin Owls")
        if verbs and ent.label_ in {"PERSON", "ORG"}:  # "Mira Holt rejoins Copper-9": NER ran over the verb
            cut = sorted(set(cut) | {verbs[0], verbs[0] + 1})
        listed = ent.start > 1 and tokens(doc)[ent.start - 1].text == "," and ent.end < len(doc) and tokens(doc)[ent.end].text == ","
        commas = [t.i for t in ent[:-1] if t.text == "," and (ent.label_ in {"PERSON", "ORG", "PRODUCT"} or (
                  listed and ent.label_ in {"GPE", "LOC"}))
                  and tokens(doc)[t.i + 1].text[:1].isupper() and tokens(doc)[t.i + 1].lower_ != "the"]
        # ("T.Rune, Dohwan, Tobias, Kun": inside a list NER's "place, place" is two names)
        the = [t.i for t in ent[1:] if t.text == "The" and (tokens(doc)[t.i - 1].ent_type_ == "NORP" or tokens(doc)[t.i - 1].tag_ in {
            "NNS", "NNPS"})]
        if the:  # "fellow Mancunians The Tin Wardens": the capitalised "The" starts the name
            cut = sorted(set(cut) | set(the))
        if commas:  # "Frostlane, Smudge and Atoll": NER ran two names together (but "Kyle, the Maker")
            cut = sorted(set(cut) | set(commas) | {i + 1 for i in commas})
        if any(t.text == "," for t in ent) and any(t.lower_ == "and" for t in ent):
            # "Sol, Rhea and Teal": NER sometimes takes a list of names for one
            cut = sorted(set(cut) | {t.i for t in ent if t.text == "," or t.lower_ == "and"}
                         | {t.i + 1 for t in ent if t.text == "," or t.lower_ == "and"})
        joint = _joined_credit(doc, ent) if ent.label_ in {"PERSON", "ORG", "PRODUCT", "GPE", "LOC", "FAC"} else None
        if joint is not None:  # "Lucan, Gyumin and E.Z", "Monarch + Eli Brandt", "Tavro of Nomads": two names
            cut = sorted(set(cut) | {joint, joint + 1})
        for a, b in itertools.pairwise(cut):
            if b - a == 1 and (tokens(doc)[a].text in {",", "+", "×"} or tokens(doc)[a].lower_ in {"and", "&", "of", "x"}
                               or a in verbs):
                continue
            a, b = _trim(doc, a, b)
            while a < b - 1 and _lead_role(doc, a, b):
                a += 1  # "Rock band Ember Coast"
            inner_role = [t.i for t in tokens(doc)[a:b - 1] if t.is_lower and t.lower_ in PERSON_ROLES | GROUP_NOUNS]
            if inner_role:
                a = inner_role[-1] + 1  # "Leeds band Baron Chiefs": the place and the noun are context
            while b - a > 1 and tokens(doc)[b - 1].is_lower and tokens(doc)[b - 1].lower_ in PERSON_ROLES | GROUP_NOUNS:
                b -= 1  # "former Gravel guitarist Niamh Doyle": NER's trailing role word is context too
            if a >= b or (b - a == 1 and re.fullmatch(r"(?:19|20)\d\d", tokens(doc)[a].text)):
                continue  # "The Pylon Kids' 2020 album": a bare year left over from NER's span names nothing
            if (label == "WORK_OF_ART" and b < ent.end) or (verbs and a > verbs[0]):
                # (what follows a verb NER ran over is a name of its own, of no type NER gave)
                # "Frostlane's Upper Hand": the owner is a name, not the work
                out.append(Mention(a, b, doc[a:b].text, None, "caps"))
            else:
                out.append(Mention(a, b, doc[a:b].text, _NER_TYPES.get(label), f"ner:{label}"))
            covered.update(range(a, b))
    runs = []
    person_at = {m.start: m for m in out if m.source in {"ner:PERSON", "ner:ORG"} and m.end - m.start == 1}
    for a, b in capitalised_runs(doc):
        # "VORS Sunho" where NER took only "Sunho": keep "VORS"
        pieces = [list(g) for k, g in itertools.groupby(range(a, b), key=lambda i: i in covered) if not k]
        for p in pieces:
            first, last = p[0], p[-1] + 1
            person = person_at.get(last)
            if (person is not None and last - first == 1 and (tokens(doc)[first].is_sent_start or _given_name_slot(doc, first))
                    and not tokens(doc)[first].is_stop
                    and tokens(doc)[first].text[1:].islower()
                    and tokens(doc)[first].lower_ not in {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "prof"}
                    and tokens(doc)[first].lower_ not in _CONTEXT_WORDS):
                # "Reid Basko, whose credits ...": NER took the surname only when the given name opens the sentence
                person.start, person.text = first, doc[first:person.end].text
                continue
            runs.append((first, last))
    for a, b in runs:
        a, b = _trim(doc, a, b)
        if all(t.lower_ in _CONTEXT_WORDS or (t.lower_[-1:] == "s" and t.lower_[:-1] in _LEAD_ROLES) for t in tokens(doc)[a:b]):
            continue  # "Singer" before an NER name, "Girl" of "Girl group": context, not a name
        while a < b - 1 and _lead_role(doc, a, b):
            a += 1  # "Rapper Kato Vale": the role word is context, not name
        if a < b:
            out.append(Mention(a, b, doc[a:b].text, None, "caps"))
    return _join_owner_names(doc, _join_comma_names(doc, _join_versions(doc, _join_band_names(doc, _stylised_edges(doc, _join_plural_of(
        doc, _join_caps_names(doc, _join_nicknames(doc, _join_slashed(
            doc, [piece for m in out for piece in _split_headline(doc, m)])))))))))


# Small words that join the capitalised words of a band's name: "Sons of the Harbour", "Rage Against the Tide"
_OWNER_JOINS = (("the",), ("of",), ("of", "the"), ("in", "the"), ("on", "the"), ("and", "the"))


def _owner_cue(doc: Doc, end: int) -> bool:
    """The words after a name ending at ``end`` make it an artist: it owns a release ("...'s
    fourth album", "...'s "Song"") or heads a role ("the ... frontman"), or a clause says who
    leads it (", fronted by")."""
    toks = tokens(doc)
    n = len(doc)
    if end >= n:
        return False
    nxt = toks[end]
    if nxt.text in {"'s", "’s", "'", "’"}:
        after = toks[end + 1:min(n, end + 5)]
        return bool(after) and (after[0].is_quote or any(t.lower_ in RELEASE_NOUNS for t in after))
    if nxt.is_lower and nxt.lower_ in PERSON_ROLES | BAND_ROLES:
        return True
    return nxt.text == "," and end + 2 < n and toks[end + 1].lower_ in {"fronted", "led"} and toks[end + 2].lower_ == "by"


def _join_owner_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A band's name with small words inside ("Sons of the Harbour", "Walk the Plank") where the
    words after it make it an artist (:func:`_owner_cue`): capitals and NER stop at the small
    words, so the pieces before the cue are joined back, as long as each is capitalised mid-sentence
    and names no person, place or date of NER's. The joined name is a band's: people's names do not
    run on "the" or "of"."""
    toks = tokens(doc)
    ordered = sorted(mentions, key=lambda m: m.start)
    out: list[Mention] = []
    for m in ordered:
        if m.quoted or m.type is R or not out or not _owner_cue(doc, m.end):
            out.append(m)
            continue
        start, k = m.start, len(out) - 1
        while k >= 0 and len(out) - k <= 2:  # up to two pieces before the last
            prev = out[k]
            gap = tuple(t.lower_ for t in toks[prev.end:start])
            if prev.quoted or prev.type is R or gap not in _OWNER_JOINS or any(
                    not t.is_lower for t in toks[prev.end:start]) or prev.end - prev.start > 3 or (
                    toks[prev.start].is_sent_start or _headline_token(doc, prev.start)) or any(
                    t.ent_type_ in {"PERSON", "DATE", "TIME", "NORP"} or (t.ent_type_ in {"GPE", "LOC"} and gap == ("the",))
                    for t in toks[prev.start:prev.end]):
                break  # ("gigs in London the Pines' album drew on": a place, then the band)
            start, k = prev.start, k - 1
        if start == m.start:
            out.append(m)
            continue
        del out[k + 1:]
        # an artist's name with "the" or "of" inside is a band's ("Walk the Plank"; people are "Ann Roe")
        out.append(Mention(start, m.end, doc[start:m.end].text, G, "caps+cue"))
    return out


def _join_comma_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Names written with a comma that NER and the capitals split: a title whose second part
    opens with a capitalised connector ("Not Waving, But Drowning"), and a band named as three
    single words with an ampersand before the last ("Sun, Sea & Sky"; a list of people or acts
    is written with "and", and none of the words is a person NER knows)."""
    toks = tokens(doc)
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        prev = out[-1] if out else None
        if prev is not None and not prev.quoted and not m.quoted and m.start == prev.end + 1 and (
                toks[prev.end].text == ",") and not _headline_token(doc, m.start):
            connector = _comma_connector(toks, prev.end)
            trio = prev.end - prev.start == 1 and m.end - m.start == 3 and toks[m.start + 1].text == "&" and (
                prev.start == 0 or toks[prev.start - 1].text != ",") and all(
                toks[t].is_alpha and toks[t].ent_type_ != "PERSON" for t in (prev.start, m.start, m.start + 2))
            if connector or trio:
                out[-1] = Mention(prev.start, m.end, doc[prev.start:m.end].text, R if connector else None, "caps")
                continue
        out.append(m)
    return out


def _given_name_slot(doc: Doc, i: int) -> bool:
    """Token ``i``, a capitalised word NER left out of the one-word person after it, stands
    where a name starts mid-sentence: after a lower-case word or a comma, outside a title-case
    line, and NER gave it no type of its own ("and Sunny Marlowe, a frequent duet partner";
    not "Atlanta Marlowe" or "Grammy Marlowe")."""
    toks = tokens(doc)
    tok = toks[i]
    if i == 0 or tok.ent_type_ or _headline_token(doc, i) or not tok.is_alpha:
        return False
    before = toks[i - 1]
    return (before.is_lower or before.text in {",", ";"}) and "\n" not in before.whitespace_


_VERSION_WORDS = frozenset(["remix", "mix", "edit", "version", "remaster", "remastered", "rework", "refix", "dub",
                            "flip", "bootleg", "demo", "acoustic", "live", "reprise", "interlude", "cover"])


def _join_versions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Paper Heart (Vold Remix)", "Low Tide (Acoustic Version)": a title with the version in
    brackets after it is one release, the bracket's last word being a version word; NER and
    capitals stop at the bracket."""
    toks = tokens(doc)
    n = len(doc)
    by_start = {m.start: m for m in mentions if not m.quoted}
    out: list[Mention] = []
    gone: set[int] = set()
    for m in sorted(mentions, key=lambda m: m.start):
        if m.start in gone:
            continue
        if not m.quoted and m.end < n and toks[m.end].text == "(" and toks[m.end - 1].whitespace_ and (
                (inner := by_start.get(m.end + 1)) is not None) and inner.end < n and toks[inner.end].text == ")" and (
                toks[inner.end - 1].lower_ in _VERSION_WORDS) and inner.end - inner.start <= 4:
            gone.add(inner.start)
            out.append(Mention(m.start, inner.end + 1, doc[m.start:inner.end + 1].text, R, m.source))
            continue
        out.append(m)
    return out


_DOTTED_WORD = re.compile(r"\.[A-Z][a-z]+")  # "Addison .Pike": a stage name's word written with a leading dot
_COUNT_BEFORE = frozenset(["no", "no.", "#", "top", "vol", "vol.", "part", "pt", "pt.", "number", "chapter", "season",
                           "episode", "track", "day", "the", "a", "an", "his", "her", "their", "its", "my", "our",
                           "all", "only", "over", "under", "about", "around", "nearly", "almost", "some", "than",
                           "aged", "age", "at", "to", "from", "of", "by", "in", "on", "for"])


def _leading_number(doc: Doc, m: Mention) -> bool:
    """The bare number just before name ``m`` is the name's first word ("31 Hazard said", "with
    Metro Vance and 31 Hazard"): a number of one to three digits that is no year, date, rank or
    count, before a capitalised word in the singular (a count goes before a plural: "12 Grammys",
    "3 Doors")."""
    toks = tokens(doc)
    i = m.start - 1
    if i < 0 or m.quoted or m.type is R:
        return False
    num, first = toks[i], toks[m.start]
    if not (num.text.isdigit() and len(num.text) <= 3 and num.whitespace_ == " ") or num.ent_type_ in {
            "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}:
        return False
    if first.tag_ in {"NNS", "NNPS"} or first.lower_.endswith("s") or not first.text[1:2].islower():
        return False
    if i > 0:
        prev = toks[i - 1]
        if prev.lower_ in _COUNT_BEFORE or prev.lower_ in MONTH_WORDS or prev.like_num or (
                prev.text[:1].isupper() and prev.is_alpha and not prev.is_sent_start and not prev.is_stop):
            return False  # "No. 21", "June 21", "top 40", "Arlo 4000"
        if prev.text in {".", ")"} and i > 1 and "\n" in toks[i - 2].whitespace_ + toks[i - 2].text:
            return False
    line_start = i == 0 or "\n" in toks[i - 1].text + toks[i - 1].whitespace_
    return not (line_start and m.end < len(doc) and toks[m.end].text in {".", ")"})


def _stylised_edges(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Stage names that run past where capitals and NER stop: a leading number ("31 Hazard"), a
    bracket opened and closed inside the first word ("(K)A-RIN"), a word with a leading dot
    ("Addison .Pike"), and a lower-case word closed by two dots ("Ned
    again..", where prose would write one dot or three)."""
    toks = tokens(doc)
    n = len(doc)
    grown: list[Mention] = []
    for m in mentions:
        if m.quoted or m.type is R:
            continue
        start, end = m.start, m.end
        if _leading_number(doc, m):
            start -= 1
        elif start > 0 and toks[start - 1].text in _STAGE_TITLES and toks[start - 1].whitespace_ == " " and (
                toks[start].text[1:].islower()) and end - start == 1:
            start -= 1  # "DJ Provo", where NER took only the name after the title
        if start > 0 and toks[start - 1].text == "(" and not toks[start - 1].whitespace_ and any(
                ")" in t.text and not t.whitespace_ for t in toks[start:min(end, start + 2)]):
            start -= 1  # "(K)A-RIN": a bracket closed inside the word is part of the name
        if end < n and _DOTTED_WORD.fullmatch(toks[end].text) and toks[end - 1].whitespace_ == " ":
            end += 1
        elif end + 1 < n and toks[end].is_alpha and toks[end].is_lower and toks[end + 1].text == ".." and (
                toks[end - 1].whitespace_ == " " and not toks[end].whitespace_):
            end += 2
        if (start, end) != (m.start, m.end):
            m.start, m.end, m.text = start, end, doc[start:end].text
            grown.append(m)
    if not grown:
        return mentions
    return [m for m in mentions if m in grown or not any(
        g.start <= m.start and m.end <= g.end for g in grown)]


def _join_band_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Band names built on a joiner and "the": "Flora + the Engine", "Perla & the Tremblers" (a
    title too: "Rust, Rope & the Anchor"), and a singer's name with the backing band's plural, "Dara
    Quill and the Lanterns" (lower-case "the", one plural word: "Ana Vey and The Dials" and "Jo
    Rand and the Night Owls" are two acts) or a collective noun ("Kira Dunn and the Family"). A one-word first name joins only if neither
    part is written alone anywhere else in the article ("Catfish and the Bottlemen"). After "the",
    a number before a singular capitalised word opens the band's name: "Jo Rand and the 400 Club"
    are Jo Rand and "400 Club" (a count goes before a plural: "the 12 Grammys"). NER and capitals
    stop at the small words."""
    ordered = sorted(mentions, key=lambda m: m.start)
    toks = tokens(doc)
    words = None
    out: list[Mention] = []
    for m in ordered:
        prev = out[-1] if out else None
        if m.start > 1 and toks[m.start - 1].is_digit and toks[m.start - 2].lower_ == "the" and not m.quoted and (
                m.type is not R and m.end - m.start == 1 and toks[m.start].tag_ not in {"NNS", "NNPS"}
                and toks[m.start - 1].whitespace_ == " " and toks[m.start - 1].ent_type_ not in {"DATE", "TIME"}):
            # "Jo Rand and the 400 Club": a number before a singular capitalised word after "the" opens the
            # name (a count goes before a plural: "the 12 Grammys")
            m = Mention(m.start - 1, m.end, doc[m.start - 1:m.end].text, m.type, m.source)
        if prev is not None and m.start == prev.end + 2 and not prev.quoted and not m.quoted and (
                R not in {prev.type, m.type}) and prev.end - prev.start <= 3 and m.end - m.start <= 3:
            join, the = toks[prev.end], toks[prev.end + 1]
            last = toks[m.end - 1]
            kind = None
            backing = last.text[1:].islower() and ((last.text.endswith("s") and not last.text.endswith("ss")) or (
                last.lower_ in _BACKING_NOUNS) or last.tag_ == "NNPS")
            if join.text in {"&", "+"} and the.lower_ == "the":
                kind = None if join.text == "&" else G
            elif (join.text == "and" and the.text == "the" and m.end - m.start == 1
                  and prev.type in {P, None} and backing and toks[prev.start].text[1:].islower()):
                if prev.end - prev.start == 1:
                    words = words or [t.text for t in toks]
                    if words.count(words[prev.start]) > 1 or words.count(words[m.start]) > 1:
                        join = None  # "Blur and the Pylons", each named alone elsewhere: two acts
                kind = G
            else:
                join = None
            if join is not None:
                out[-1] = Mention(prev.start, m.end, doc[prev.start:m.end].text, kind, "caps")
                continue
        out.append(m)
    return out


# Singular nouns a backing band takes after "and the": "Kira Dunn and the Family", "Ozzie Lamb and the Band"
_BACKING_NOUNS = frozenset(["family", "band", "crew", "gang", "posse", "orchestra", "choir", "collective",
                            "experience", "revue", "ensemble", "unit", "congregation", "mob"])


_CREDIT_JOINERS = frozenset(["and", "&", "+", "x", "×"])
_TWO_WORD_NAME = re.compile(r"[A-Z][\w.'’-]+ [A-Z][\w.'’-]+")


def _joined_credit(doc: Doc, ent: Span) -> int | None:
    """The joining token where one NER span holds two artists, or None: the last two names of a
    list ("Lucan, Gyumin and E.Z —"); a credit of a name the article also uses alone and a
    full personal name ("Monarch + Eli Brandt", "Someday & Tunnel Bloomin", where "Monarch" and
    "Someday" stand alone elsewhere); a performer and his group ("featuring Tavro of Nomads", a first
    word no dictionary knows). A band's own name keeps its joiner ("Clarice + the Engine",
    "Mumford & Sons", "Sons of Kemet": a "the", a single plural or a known word on one side)."""
    toks = tokens(doc)
    joins = [t for t in ent[1:-1] if t.lower_ in _CREDIT_JOINERS | {"of"}]
    if len(joins) != 1:
        return None
    j = joins[0]
    left, right = doc[ent.start:j.i], doc[j.i + 1:ent.end]
    if right[0].lower_ == "the" or not right[0].text[:1].isupper() or not left[0].text[:1].isupper():
        return None
    if j.lower_ == "of":
        word = left[0]
        return j.i if len(left) == 1 and len(right) == 1 and word.is_oov and not word.text.endswith("s") and (
            ent.start > 0 and toks[ent.start - 1].lower_ in {"featuring", "feat", "feat.", "ft", "ft.", "with"}) else None
    if j.lower_ == "and" and ent.start > 1 and toks[ent.start - 1].text == "," and toks[ent.start - 2].text[:1].isupper() and (
            not (len(right) == 1 and right[0].text.endswith("s") and right[0].text[1:].islower())):
        return j.i  # the end of a list of names: "Bom, Lucan, Gyumin and E.Z"
    if j.lower_ == "and":
        return None
    text = doc_text(doc)
    alone = re.compile(rf"(?<![&+×] )(?<!\w){re.escape(left.text)}(?![\w]| [&+x×] | and )")
    if _TWO_WORD_NAME.fullmatch(right.text) and len(alone.findall(text)) > 1:
        return j.i
    return None


def _join_plural_of(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Greater Mt. Olive Voices of Deliverance", "Sons of Kemet", "Tongues of the Drowned": a name
    ending in a capitalised plural noun, then "of" (or "of the") and a capitalised name, is one name;
    capitals stop at the small word, NER splits it. A single plural opening a sentence ("Fans of
    Kemet ...") and a name NER knows as a person on either side ("Seon of VORS") stay apart."""
    ordered = sorted(mentions, key=lambda m: m.start)
    out: list[Mention] = []
    for m in ordered:
        prev = out[-1] if out else None
        if prev is not None and not prev.quoted and not m.quoted and prev.type is not R and m.type is not R:
            gap = doc[prev.end:m.start]
            last = tokens(doc)[prev.end - 1]
            if ([t.text for t in gap] in (["of"], ["of", "the"]) and last.text[1:].islower() and (
                    last.tag_ in {"NNS", "NNPS"} and last.lower_.endswith("s") and not last.lower_.endswith("ss"))
                    and (prev.end - prev.start >= 2 or not tokens(doc)[prev.start].is_sent_start)
                    and m.end - m.start <= 3 and tokens(doc)[m.start].text[1:].islower()
                    and not {"ner:PERSON"} & {prev.source.split("+")[0], m.source.split("+")[0]}
                    and tokens(doc)[m.start].ent_type_ not in {"DATE", "TIME", "ORDINAL", "CARDINAL"}):
                out[-1] = Mention(prev.start, m.end, doc[prev.start:m.end].text, None, "caps")
                continue
        out.append(m)
    return out


def _two_full_names(doc: Doc, a: int, b: int) -> int | None:
    """Index of the "&"/"and" joining two full names of two or more capitalised words each
    ("Brody Kessler & Luz Marina"), else None. Bands so written put "the" or a possessive after
    the joiner ("Bob Marley & The Wailers", "Captain Beefheart & His Magic Band") or are a word
    a side ("Simon & Garfunkel")."""
    joins = [t.i for t in tokens(doc)[a:b] if t.lower_ in {"&", "and"}]
    if len(joins) != 1:
        return None
    k = joins[0]
    left, right = doc[a:k], doc[k + 1:b]
    if len(left) < 2 or len(right) < 2 or len(left) > 3 or len(right) > 3:
        return None
    if right[0].lower_ in {"the", "his", "her", "their", "my", "our"} or left[0].lower_ == "the":
        return None
    if not all(t.is_alpha and t.text[:1].isupper() and t.text[1:].islower() for t in [*left, *right]):
        return None
    return k


def _join_nicknames(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Dean 'Hawk' Pruitt": given name, quoted nickname and surname are one person."""
    by_start = {m.start: m for m in mentions}
    drop: set[int] = set()
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if m.start in drop:
            continue
        i = m.end
        nick, last = by_start.get(i + 1), by_start.get(i + 3)
        if (nick is not None and last is not None and nick.end == i + 2 and tokens(doc)[i].is_quote and tokens(doc)[i + 2].is_quote
                and tokens(doc)[i - 1].whitespace_ and tokens(doc)[i + 2].whitespace_ and not tokens(doc)[i].whitespace_
                and "ner:PERSON" in {m.source, last.source} and m.type in {P, None} and last.type in {P, None}
                and m.end - m.start == 1 and tokens(doc)[m.start].text[1:].islower() and tokens(doc)[last.start].text[1:].islower()):
            drop.update({nick.start, last.start})
            out.append(Mention(m.start, last.end, doc[m.start:last.end].text, P, "ner:PERSON"))
        else:
            out.append(m)
    return out


def _all_caps(doc: Doc, a: int, b: int) -> bool:
    return all(t.text.isupper() and len(t.text) > 1 and t.text[0].isalpha() for t in tokens(doc)[a:b])


def _join_caps_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"STELLA RUSH", "OSSUARY TIDE": in a line of mixed case, words in full capitals side by
    side are one name where NER took only some of them, if neither part stands alone anywhere
    in the article (so "VORS KD", group then member, stays two names when "VORS" recurs alone)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    if len(ordered) < 2:
        return mentions
    words = [t.text for t in tokens(doc)]
    out: list[Mention] = []
    for m in ordered:
        prev = out[-1] if out else None
        if (prev is not None and prev.end == m.start and not prev.quoted and not m.quoted
                and R not in {prev.type, m.type} and tokens(doc)[prev.end - 1].whitespace_ == " "
                and _all_caps(doc, prev.start, m.end) and _mixed_case_line(doc, m.start)
                and not _stands_alone(words, prev.start, prev.end, m.start, m.end)):
            out[-1] = Mention(prev.start, m.end, doc[prev.start:m.end].text, None, "caps")
            continue
        out.append(m)
    return out


def _stands_alone(words: list[str], a: int, b: int, c: int, d: int) -> bool:
    """The words a..b occur somewhere not followed by c..d, or c..d somewhere not after a..b."""
    left, right = words[a:b], words[c:d]
    for i in range(len(words)):
        if words[i:i + len(left)] == left and words[i + len(left):i + len(left) + len(right)] != right:
            return True
        if words[i:i + len(right)] == right and words[max(0, i - len(left)):i] != left:
            return True
    return False


def _mixed_case_line(doc: Doc, i: int) -> bool:
    """Token ``i``'s line has a word with lower-case letters (an all-caps line runs every name together)."""
    toks = tokens(doc)
    a = i
    while a > 0 and "\n" not in toks[a - 1].text + toks[a - 1].whitespace_:
        a -= 1
    b = i
    while b < len(doc) and "\n" not in toks[b].text + toks[b].whitespace_:
        b += 1
    return any(t.is_alpha and not t.is_upper for t in toks[a:min(b + 1, len(doc))])


def _join_slashed(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Loudbox/The Quiet Side", "AC/DC": names written tight around a slash
    are one name (a double album, a double A-side, a band), whatever NER split."""
    by_start = {m.start: m for m in mentions}
    out: list[Mention] = []
    absorbed: set[int] = set()
    for m in sorted(mentions, key=lambda m: m.start):
        if m.start in absorbed:
            continue
        end, parts = m.end, [m]
        while end + 1 < len(doc) and tokens(doc)[end].text == "/" and not tokens(doc)[end - 1].whitespace_ and (
                not tokens(doc)[end].whitespace_) and (nxt := by_start.get(end + 1)) is not None:
            parts.append(nxt)
            absorbed.add(nxt.start)
            end = nxt.end
        if len(parts) == 1:
            out.append(m)
            continue
        joined = R if any(p.type is R for p in parts) else None
        source = "caps" if all(p.source in {"caps", "ner:PERSON"} for p in parts) else m.source
        out.append(Mention(m.start, end, doc[m.start:end].text, joined, source))
    return out


def award_category(text: str) -> bool:
    """"Best New Artist", "Best OST", "Best Dance Performance": an award category,
    never an artist or a release (but "Best Coast" may be a band)."""
    words = text.split()
    return len(words) > 1 and words[0] == "Best" and words[-1].lower() in AWARD_CATEGORY_HEADS


def type_from_context(doc: Doc, m: Mention) -> EntityType | None:
    """Role words around a name type it: "singer ONA", "the group VORS",
    "director Cal Weyers", "Fable singer Jon Rafferty" (Fable is a group)."""
    before = [t.lower_ for t in tokens(doc)[max(0, m.start - 3):m.start]]
    after = [t.lower_ for t in tokens(doc)[m.end:m.end + 3]]
    words = {w.lower() for w in m.text.split()}
    if words & {"company", "collective", "club", "society"} and not words & (ORG_WORDS - {"company", "music"}) and (
            _band_role_follows(doc, m.end)):
        return G  # "Poor Company singer Glen Rowles", "Idle and Poor Company singer": a band may sound like a firm
    if award_category(m.text):
        return O
    if words & (ORG_WORDS - {"music"}) or m.text.lower() in PLATFORMS or (
            m.text.split()[0].lower() in PLATFORMS and len(words) > 1 and words - {m.text.split()[0].lower()} <= _PLATFORM_PARTS):
        return O  # "X Music" is a label as often as a band (Lacy Music): context decides; "Instagram Live" is not
    if _ensemble_name(doc, m):
        return G  # "The Ottilie Brandvold Quintet", "Modem Choir": a name that ends in an ensemble noun
    if after[:1] == [","] and _label_apposition(doc, m.end + 1):
        return O  # "Big Lift Music, VORS' label,": a company
    if after[:1] == [","] and _release_apposition(doc, m.end + 1) and before[-1:] != ["by"] and (
            before[-2:] != [",", "of"]) and not _release_noun_is_subject(doc, m.end + 1):
        # not "Produced by A, of Glass Parade, the album ...", nor "Credited as A x B, the track finds ..."
        return R  # "Velomania, her third album," (but not "Directed by Ana Ferro, the clip")
    if before[-1:] == [","] and _apposed_group_noun(doc, m):
        return G  # "they have formed a new band, The Day Shifts, and ..."
    if _scene_plural_before(doc, m):
        return G  # "to join Brighton shoegazers Lilac Fuzz": a scene's plural names a band
    if before[-1:] == [","] and _names_release_before(doc, m):
        return R  # "His 1972 album, Sweet Thunder, is ...": the name stands in apposition to a release noun
    if after[:1] == [","] and _RELEASED_WHICH.match(doc_text(doc), tokens(doc)[m.end].idx + 1):
        return R  # "The tour supports Night Atlas, which Holm released in August"
    if after[:1] in (["is"], ["was"], ["are"], ["were"]) and after[1:2] in (["a"], ["an"], ["the"]):
        # "Glowmint is a girl group formed in Seoul", "ONA is a singer": the copula names the kind
        words_after = list(itertools.takewhile(lambda t: t.pos_ not in {"ADP", "PUNCT", "VERB", "AUX", "PRON"},
                                               doc[m.end + 2:m.end + 6]))
        if any(t.lower_ in GROUP_NOUNS - {"act"} for t in words_after) and not any(
                t.lower_ in PERSON_ROLES for t in words_after):
            return G
    if after[:1] in (["is"], ["was"]) and _release_apposition(doc, m.end + 1) and (
            m.source != "ner:PERSON" or _COPULA_RELEASE_BY.match(doc_text(doc), tokens(doc)[m.end - 1].idx + len(tokens(doc)[m.end - 1]))) and (
            tokens(doc)[m.start].is_sent_start or (tokens(doc)[m.start - 1].is_sent_start and tokens(doc)[m.start - 1].is_quote)) and not (
            {t.lower_.rstrip(".") for t in tokens(doc)[max(0, m.start - 2):m.start]} & {"feat", "ft", "featuring", "with"}):
        return R  # "Cold Harbor is the new single by Mara Quill"
    if m.source == "ner:PERSON" and m.end - m.start == 1 and before[-1:] in (["former"], ["ex"], ["ex-"]) and (
            after[:1] and after[0] in BAND_ROLES - {"leader", "co-founder", "maknae"}):
        return G  # "the former Satori drummer": one word before a band role after "former" is a band
    if m.source in {"ner:NORP", "ner:GPE", "ner:LOC", "ner:FAC"} and m.text.lower() not in DESCRIPTORS and after[:1] and (
            (after[0] in BAND_ROLES and before[-1:] in (["former"], ["ex"], ["ex-"], ["then-"]))
            or (after[0] in {"frontman", "frontwoman"} and m.end + 1 < len(doc) and tokens(doc)[m.end + 1].text[:1].isupper())
            or (m.text.startswith("The ") and after[0] in PERSON_ROLES)):
        return G  # NER calls "Hollin Park" a place; places have no drummers: "the former Quarrel guitarist"
    if after[:1] == [","] and re.match(r"\s*(?:which|that)\s+(?:he|she|they|[A-Z]\w+)\s+(?:had\s+|has\s+|later\s+|then\s+)?"
                                     r"(?:formed|founded|co-founded|started|fronts|fronted|joined|left|quit)\b",
                                     doc_text(doc)[tokens(doc)[m.end].idx + 1:tokens(doc)[m.end].idx + 60]):
        return G  # "Rattlejacks, which he formed after ...": what a person forms or fronts is a band
    if m.source in {"ner:LOC", "ner:GPE", "ner:FAC"} and m.text.startswith("The ") and before[-1:] == ["of"] and any(
            t.ent_type_ == "PERSON" for t in tokens(doc)[max(0, m.start - 4):m.start - 1]):
        return G  # "Rufus and Colm Teague of The Kay Tees": people "of The X" belong to a band, not a place
    heading = _heading_description(doc, m)
    if heading is not None:
        return heading
    if _glossary_band(doc, m):
        return G
    if after[:2] == [",", "who"] and _person_only_clause(doc, m.end + 1):
        return P  # "following Siwoo, who was discharged in May": only people enlist, marry or die
    if _person_only_subject(doc, m):
        return P  # "Siwoo enlisted on Monday", "Dara Voss, the voice of a generation, dies at 80"
    if before[-2:] in (["departure", "from"], ["exit", "from"], ["split", "from"]) or before[-3:-1] in (
            ["departure", "from"], ["exit", "from"]):
        return G  # "his departure from the Lamplighters"
    if _group_object(doc, m):
        return G  # "fronts Northline", "make up Northline", "plays bass in Northline", "a member of Northline"
    if after[:1] and after[0] in {"'s", "’s", "'", "’"} and [t.lower_ for t in tokens(doc)[m.end + 1:m.end + 3]] in (
            [a, b] for a in ("lead", "main", "co-lead") for b in ("singer", "vocalist", "rapper", "guitarist")):
        return G  # "Northline's lead vocalist": a person has no lead singer
    if after[:1] and after[0] in {"member", "members"} and m.end + 1 < len(doc) and tokens(doc)[m.end + 1].text[:1].isupper() and (
            m.text.lower() not in DESCRIPTORS):
        return G  # "Orbita member Sunbin": a place has no members (NER calls many group names places)
    if before[-1:] == ["of"] and m.start >= 2 and (
            tokens(doc)[m.start - 2].lower_ in _MUSICIAN_ROLES or _role_named_person_before(doc, m.start - 1)
            or (tokens(doc)[m.start].text == "The" and tokens(doc)[m.start - 2].ent_type_ == "PERSON")):
        return G  # "the frontman of Thorn", "singer Wade Ellory of Hollin Park", "Colm Teague of The Kay Tees"
    if m.source in {"ner:GPE", "ner:LOC"} and m.text.lower() not in DESCRIPTORS and _plural_subject(doc, m, _BAND_VERBS):
        return G  # "The Quiet Coast have announced a tour": places do not tour
    appos = _apposition_kind(doc, m)
    if appos is not None:
        return appos
    agent = _music_agent(doc, m)
    if agent is not None:
        return agent
    if m.text.lower() not in DESCRIPTORS and (_plural_relative_after(doc, m) or _led_by_musician(doc, m) or (
            m.source == "ner:GPE" and _plural_verb_after(doc, m) and _verb_not_modifier(doc, m.end))):
        return G  # "Halifax, who close the night", "Halifax, led by guitarist Ann Roe", "Halifax return to ..."
    if m.text.lower() not in DESCRIPTORS and _plural_copula_group(doc, m):
        return G  # "Tin Owls are no longer the band who ...": a plural copula onto a group noun
    if m.source in {"ner:GPE", "ner:LOC", "ner:FAC"} and _counted_band(doc, m, before):
        return G  # "all five Hollin Parks": NER's place, counted like a band's members
    if m.text.lower() in DESCRIPTORS or (m.source in {"ner:NORP", "ner:GPE", "ner:LOC"} and not (
            before and before[-1] in PERSON_ROLES | DIRECTOR_ROLES | GROUP_NOUNS)):
        return None  # (but "the band The Quiet Coast": a place after a group noun is the group's name)
    if _the_plural_name(doc, m):
        return G  # "carried the Velvetones to the top", "a cover of the Harmonettes' song"
    listed = after[:1] in (["and"], [","], ["&"])  # "singers Ava Holt and Ben Ruiz": several people
    if before and before[-1] in PLURAL_ARTIST_NOUNS - PERSON_ROLES - GROUP_NOUNS and not listed:
        return G  # "rock giants Q4", "US rappers Lantern Boys"
    if before and before[-1] in {"rappers", "singers", "musicians", "stars", "idols"} and (
            tokens(doc)[m.start - 1].pos_ != "VERB"):  # ("the film, which stars Ava Holt as ...": the verb)
        return P if listed else G
    if before and before[-1] in DIRECTOR_ROLES:
        m.role = "director"
        return P
    if before and before[-1] in PERSON_ROLES:
        return P
    if before and (before[-1] in GROUP_NOUNS | _UNIT_NOUNS or before[-2:] == ["boy", "band"]):
        if _leader_of_named_band(doc, m):
            return P if m.source.startswith("ner:PERSON") else None
        return G  # "the band X", "the sub-unit X"
    if before and before[-1] in _PEER_NOUNS and not (after[:1] in (["and"], ["&"]) or (
            after[:1] == [","] and m.end + 1 < len(doc) and tokens(doc)[m.end + 1].text[:1].isupper())):
        return G  # "the January single of labelmates ORBIT7"
    if _forms_named_group(doc, m.end):
        return P  # "Ferris has since formed a trio, the Wagtails", "A and B debut as the sub-unit X"
    if after and after[0] in PERSON_ROLES | {"veteran", "alumnus", "alum", "legend"} and len(after) > 1 and (
            tokens(doc)[m.end + 1].text[:1].isupper() if m.end + 1 < len(doc) else False):
        return G  # "Fable singer Jon Rafferty"
    if after[:1] and after[0] in {"members", "member", "bandmate", "bandmates", "frontman", "leader"}:
        return G
    if after[:1] in (["'s"], ["’s"], ["'"], ["’"]):
        owned = next((t for t in tokens(doc)[m.end + 1:m.end + 5] if t.pos_ == "NOUN"), None)
        if owned is not None and (owned.lower_ in _BAND_ONLY_NOUNS or (
                owned.lower_ in {"split", "break-up", "breakup"} and m.source != "ner:PERSON")):
            return G  # "Snapped's line-up", "Thorn's guitarist": only bands have these (and splits, unless a person's)
    if after[:1] and after[0] in _BAND_EVENT_NOUNS and doc[m.start:m.end].root.dep_ == "compound" and (
            doc[m.start:m.end].root.head.i == m.end):
        return G  # "fans hoping for a Tin Owls reunion", "the classic Tin Owls line-up": only bands reunite
    if after[:2] == [",", "the"] and len(after) > 2 and after[2] in GROUP_NOUNS and not (
            m.end + 3 < len(doc) and tokens(doc)[m.end + 3].text in {"'s", "’s", "'", "’"}) and not _opens_clause(tokens(doc)[m.end + 2]):
        return G  # "Northline, the band" (but "Reggie Hale, the band's trombonist" is a person)
    if len(before) >= 2 and re.fullmatch(r"(?:19|20)\d\d", before[-2]) and before[-1] in {"'s", "’s"}:
        return R  # "1972's Carolina Flat"
    if len(m.text.split()) > 1 and m.text.split()[0].lower() in _STAGE_PREFIXES and m.text.split()[1][:1].isupper():
        return P  # "Lil Saffron", "DJ Pelón", "Yung Ferrous": a stage-name prefix that one performer takes
    if _KOREAN_NAME.match(m.text):
        return P  # "Pyo Sun-ho", "Yeo Dan-bi": family name and hyphenated given name
    if _plural_subject(doc, m) and not _headline_token(doc, m.start):
        return G  # "Lacy Music were formed", "Otto Casimir have won": a band, not a person
    if _plural_verb_after(doc, m):
        return G  # "Gutterglass have shared ...", the headline "Gutterglass share new single" (parse or not)
    if _main_clause_ensemble(doc, m):
        return G  # "When Gutterglass released X in 2013, the Leeds duo of A and B ...": the duo is the name
    return _news_signal(doc, m, before)


def _leader_of_named_band(doc: Doc, m: Mention) -> bool:
    """The name opens a longer band name after a group noun: "his band Rona Vail and the Tides",
    "the group Del Moss & the Drifters" (the band is named after the person; the name alone is not
    the band)."""
    after = tokens(doc)[m.end:m.end + 3]
    return len(after) == 3 and after[0].lower_ in {"and", "&"} and after[1].lower_ == "the" and after[2].text[:1].isupper()


_FRACTION_OF = frozenset(["half", "third", "quarter", "fifth", "halves", "thirds"])
_HEADCOUNT = frozenset(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])
_ARRIVAL_VERBS = frozenset(["arrive", "follow", "land", "drop", "appear"])
_OWNER_WORDS = frozenset(["their", "its", "his", "her", "the"])


def _counted_band(doc: Doc, m: Mention, before: list[str]) -> bool:
    """"one half of Tin Owls" (a person has no halves), "all four Tin Owls reunited" (a counted
    plural name is a band's members), whatever NER made of the name."""
    if m.start >= 2 and before[-1:] == ["of"] and tokens(doc)[m.start - 2].lower_ in _FRACTION_OF:
        return True
    return len(before) >= 2 and before[-2] == "all" and before[-1] in _HEADCOUNT and (
        m.text.split()[-1].lower().endswith("s")) and m.text.split()[-1].lower() not in _NOT_BAND_PLURALS


_PERSON_ONLY_SUBJECT_WORDS = frozenset(["born", "enlisted", "discharged", "died", "dies", "married", "drafted"])


def _person_only_subject(doc: Doc, m: Mention) -> bool:
    """The name alone is the subject of what only a person does: "Siwoo enlisted on Monday", "Dara
    Voss, voice of a generation, dies at 80", "Kim Arlo was born in Busan", "Rei is set to enlist".
    A name with a conjunct is left out ("Tin Owls and their singer ... married": whose marriage?)."""
    root = doc[m.start:m.end].root
    if root.dep_ not in {"nsubj", "nsubjpass"} or any(c.dep_ in {"conj", "poss"} or (
            c.dep_ == "appos" and c.i >= m.end and c.pos_ != "NOUN") for c in root.children) or (
            m.end < len(doc) and (tokens(doc)[m.end].text in {"'s", "’s", "'", "’"} or tokens(doc)[m.end].pos_ == "NOUN")):
        return False  # ("Tin Owls' Rei enlisted", "Tin Owls members Rei and Jun enlisted": the members did)
    verb = root.head
    if verb.i < m.end or any(c.dep_ in {"nsubj", "nsubjpass", "dobj"} and c.i != root.i and c.i > root.i
                             for c in verb.children):
        return False  # "SEOUL, May 2 — Rei enlisted": the dateline is not the subject; "X enlisted a drummer"
    verbs = [verb] + [c for c in verb.children if c.dep_ == "xcomp"]
    verbs += [g for v in verbs for g in v.children if g.dep_ == "xcomp"]
    return any(v.lemma_.lower() in _PERSON_ONLY_VERBS - {"bear"} or v.lower_ in _PERSON_ONLY_SUBJECT_WORDS or (
        v.lemma_ == "pass" and any(c.lower_ == "away" for c in v.children)) for v in verbs)


def _dated(toks, i: int, stop: int) -> bool:
    """A date (NER DATE or a bare year) among tokens ``i``..``stop``."""
    return any(t.ent_type_ == "DATE" or re.fullmatch(r"(?:19|20)\d\d", t.text) for t in toks[i:min(stop, len(toks))])


def _news_signal(doc: Doc, m: Mention, before: list[str]) -> EntityType | None:
    """How music news words what a name is when no role word sits next to it:
    "Pale Lantern, released in 2011," / "Pale Lantern, from 2019," / "Pale Lantern came out in 2016"
    (a release, unless the name is the cut tail of a longer title); "one half of Tin Owls", "all four Tin Owls" (a band);
    "Ada Wren is the band's new drummer", "confirmed Ada Wren as their new bassist" (a person)."""
    toks = tokens(doc)
    n = len(toks)
    person_ner = m.source.startswith("ner:PERSON")
    if _counted_band(doc, m, before):
        return G
    if len(before) >= 2 and before[-1] == "crew" and (before[-2] in {"the", "a"} or toks[m.start - 2].pos_ == "ADJ"):
        return G  # "founded the crew Tin Owls", "the grime crew Tin Owls"
    e = m.end
    if e + 2 < n and toks[e].text in {"'s", "’s", "'", "’"}:
        j = e + 1
        while j < min(n, e + 4) and toks[j].pos_ == "ADJ":
            j += 1  # "Tin Owls' Japanese sub-unit"
        if j < n and (toks[j].lower_ == "subunit" or (toks[j].lower_ == "sub" and j + 2 < n and toks[j + 1].text == "-"
                                                      and toks[j + 2].lower_ == "unit")):
            return G  # only a group has sub-units
    if e + 3 < n and toks[e].lower_ in {"is", "was", "as"}:
        j = e + 1
        if toks[j].lower_ in _OWNER_WORDS and j + 1 < n and toks[j + 1].lower_ in GROUP_NOUNS and (
                j + 2 < n and toks[j + 2].text in {"'s", "’s"}):
            j += 3  # "the band's"
        elif toks[j].lower_ in {"their", "its"}:
            j += 1
        else:
            j = -1
        if j > 0:
            while j < n and j < e + 7 and toks[j].pos_ == "ADJ":
                j += 1
            if j < n and toks[j].lower_ in BAND_ROLES | {"singer", "vocalist", "rapper"}:
                return P  # "Ada Wren is the band's new drummer", "confirmed Ada Wren as their bassist"
    if person_ner or m.source in {"ner:GPE", "ner:LOC", "ner:NORP"} or m.text.lower() in DESCRIPTORS or (
            _cut_title(toks, m)):
        return None
    if e + 2 < n and toks[e].text == ",":
        w1, w2 = toks[e + 1].lower_, toks[e + 2].lower_
        if w1 == "released" and w2 in {"in", "on"} and _dated(toks, e + 3, e + 6):
            return R  # "came from Pale Lantern, released in 1995"
        if w1 == "from" and re.fullmatch(r"(?:19|20)\d\d", toks[e + 2].text) and (
                e + 3 < n and toks[e + 3].text in {",", ".", ";", ")"}):
            return R  # "Pale Lantern, from 2019, included a duet"
    if before[-2:] == ["release", "of"] and not (e < n and toks[e].text in {"'s", "’s", "'", "’"}):
        return R  # "up to the release of Pale Lantern in 1969" (not "the release of Tin Owls' album")
    root = doc[m.start:m.end].root
    verb = root.head
    if root.dep_ == "dobj" and verb.i < m.start and all(
            t.pos_ in {"ADV", "PART"} or (t.lower_ == "out" and t.dep_ == "prt") for t in toks[verb.i + 1:m.start]) and (
            verb.lemma_ in _RELEASE_OBJECT_VERBS or (verb.lemma_ == "put" and any(
            c.dep_ == "prt" and c.lower_ == "out" for c in verb.children))) and not any(
            c.dep_ == "prep" and c.lower_ == "from" for c in verb.children):
        return R  # "who released Pale Lantern together in 2020", "put out Pale Lantern"
    if root.dep_ == "nsubj" and verb.i >= m.end and verb.i <= m.end + 2:
        if verb.lemma_ == "come" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children) and (
                _dated(toks, verb.i + 1, verb.i + 5)):
            return R  # "Pale Lantern came out in 2016"
        if verb.lemma_ in _ARRIVAL_VERBS and verb.i + 1 < n and toks[verb.i + 1].lower_ in {"in", "on"} and (
                _dated(toks, verb.i + 2, verb.i + 5)):
            return R  # "Pale Lantern arrived in 2015", "followed in September 2022"
    return None


_RELEASE_OBJECT_VERBS = frozenset(["release", "self-release", "issue"])


def _plural_copula_group(doc: Doc, m: Mention) -> bool:
    """"Tin Owls are no longer the band who ...", "Tin Owls were always a trio": the name is the
    subject of a plural copula whose complement is a group noun."""
    toks = tokens(doc)
    e = m.end
    if e + 2 >= len(toks) or toks[e].lower_ not in {"are", "were"}:
        return False
    j = e + 1
    while j < min(len(toks), e + 4) and toks[j].pos_ in {"ADV", "PART"}:
        j += 1  # "no longer", "still", "not"
    if j < len(toks) and toks[j].lower_ == "longer":
        j += 1
    if j >= len(toks) or toks[j].lower_ not in {"the", "a", "an"}:
        return False
    j += 1
    while j < min(len(toks), e + 8) and toks[j].pos_ in {"ADJ", "NOUN", "PROPN"} and toks[j].lower_ not in GROUP_NOUNS:
        j += 1
    return j < len(toks) and toks[j].lower_ in GROUP_NOUNS - {"act"}


_TITLE_GLUE = frozenset(["to", "of", "the", "and", "in", "on", "a", "for", "with", "n't", "’t", "'t", "&"])


def _cut_title(toks, m: Mention) -> bool:
    """The mention may be the tail of a longer title the parse cut ("No Need to | Argue",
    "We Don't | Trust You", "Heaven | and Earth"): a capitalised word or a title's glue word
    touches it inside the sentence."""
    i = m.start - 1
    if i >= 0 and toks[i].lower_ in _TITLE_GLUE and not toks[i].is_sent_start:
        i -= 1
    if i >= 0 and i < m.start and toks[i].text[:1].isupper() and not toks[i].is_sent_start and toks[i].is_alpha:
        return True
    e = m.end
    return e + 1 < len(toks) and toks[e].lower_ in {"and", "&", "of", "to"} and toks[e + 1].text[:1].isupper()


def _verb_not_modifier(doc: Doc, i: int) -> bool:
    """The word at ``i`` after a place's name reads as its verb, not as a noun the place qualifies:
    "Halifax return to the hall" (a preposition follows), not "Halifax return flights"."""
    nxt = tokens(doc)[i + 1] if i + 1 < len(doc) else None
    return nxt is not None and (tokens(doc)[i].lower_ in _PLURAL_FINITE or nxt.pos_ in {"ADP", "DET", "PART", "ADV",
                                                                                         "PRON", "VERB", "AUX"})


_PLURAL_FINITE = frozenset(["are", "were", "have", "'re", "’re", "'ve", "’ve"])


def _plural_relative_after(doc: Doc, m: Mention) -> bool:
    """", who" after a name alone, then a plural verb: "Halifax, who close the bill", "Halifax, who
    have sold out": a singular name taking a plural verb is a band (a person "closes", "has"). Not
    after a list ("A and B, who are ...") nor with a plural-looking name ("The Coasters, who ...")."""
    if m.end + 2 >= len(doc) or tokens(doc)[m.end].text != "," or tokens(doc)[m.end + 1].lower_ != "who":
        return False
    if m.text.split()[-1].lower().endswith("s") or any(w in {"and", "&", "x"} for w in m.text.lower().split()):
        return False
    if m.start > 0 and tokens(doc)[m.start - 1].lower_ in {"and", "&", "with", "x", "or"} and not (
            m.start > 1 and tokens(doc)[m.start - 2].text == ";"):
        return False  # "A and B, who are ...": both of them (but a ";" list's last entry stands alone)
    verb = tokens(doc)[m.end + 2]
    if verb.lower_ in {"also", "still", "now", "then", "once", "recently", "both", "all"} and m.end + 3 < len(doc):
        verb = tokens(doc)[m.end + 3]
    if verb.lower_ in _PLURAL_FINITE:
        return True
    return verb.tag_ == "VBP" and verb.is_lower and verb.lower_ not in {"am", "do"}


_LED_BY = re.compile(r"^\s*,\s*(?:(?:led|fronted|headed)\s+(?:[a-z]+\s+){0,2}?by\s+(?:(?:the\s+)?(?:[a-z-]+\s+){0,4}?)"
                     r"(?:singer|vocalist|guitarist|bassist|drummer|frontman|frontwoman|keyboardist|rapper)s?\b|"
                     r"the\s+(?:[a-z&-]+\s+){0,3}?(?:band|group|outfit|duo|trio|quartet|quintet)\s+"
                     r"(?:led|fronted|formed|founded|who|that|whose|behind)\b)")


def _led_by_musician(doc: Doc, m: Mention) -> bool:
    """The name is set off by a comma and "led/fronted by" a musician of a named role ("Halifax, led
    as ever by guitarist Ann Roe,": what a player leads is a band), or by a band noun that a clause
    goes on to describe ("Halifax, the country band led by Ann Roe", "Halifax, the trio who ...")."""
    if m.end >= len(doc) or tokens(doc)[m.end].text != ",":
        return False
    start = tokens(doc)[m.end].idx
    return bool(_LED_BY.match(doc_text(doc)[start:start + 120]))


_ENSEMBLE_SUBJECTS = GROUP_NOUNS - {"act", "collective", "orchestra", "ensemble"} | {"band", "pair"}


def _main_clause_ensemble(doc: Doc, m: Mention) -> bool:
    """The name alone is the subject of a clause set before the main one ("When Gutterglass released
    X", "After Gutterglass split"), and the main clause's subject is "the [...] duo/band/trio": the
    noun takes up the name ("..., the Leeds duo of A and B went ..."). Not when another name
    stands between (the noun may take that one up) nor for an owner ("the duo's label")."""
    root = doc[m.start:m.end].root
    if root.dep_ not in {"nsubj", "nsubjpass"} or any(c.dep_ in {"conj", "cc"} for c in root.children):
        return False
    verb = root.head
    if verb.dep_ != "advcl" or verb.i < root.i or not any(
            c.dep_ in {"mark", "advmod"} and c.i < root.i and c.lower_ in {"when", "after", "before", "since", "as",
                                                                            "once", "while", "until"}
            for c in verb.children):
        return False
    main = verb.head
    subject = next((c for c in main.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i > verb.i), None)
    if subject is None or subject.lower_ not in _ENSEMBLE_SUBJECTS or (
            subject.i + 1 < len(doc) and tokens(doc)[subject.i + 1].text in {"'s", "’s", "'", "’"}):
        return False
    det = next((c for c in subject.children if c.dep_ == "det"), None)
    if det is None or det.lower_ != "the":
        return False
    return not any(t.ent_type_ in {"PERSON", "ORG"} and t.pos_ == "PROPN" for t in tokens(doc)[m.end:det.i]
                   if t.dep_ in {"nsubj", "nsubjpass", "conj"})


def _apposition_kind(doc: Doc, m: Mention) -> EntityType | None:
    """The head noun of an apposition after the name types it: "Northline, the quartet of singer
    Ava Holt," is a band, "Ben Ruiz, the band's drummer," a person."""
    toks = tokens(doc)
    after = [t.lower_ for t in toks[m.end:m.end + 3]]
    if after[:2] and after[0] in {",", "—", "–", "-"} and after[1] in {"the", "a", "an"} and len(after) > 2:
        # the head noun of the apposition decides: "Northline, the quartet of singer Ava Holt," is a band
        # (before the places: NER calls "Haru, the group's Japanese member," a place); a dash sets one off
        # too: "Los Vientos — the same trio that ..."
        head_tok = next((t for t in toks[m.end + 2:_apposition_end(doc, m.end + 2)]
                         if (t.lower_ in PERSON_ROLES | GROUP_NOUNS | {"hitmaker", "superstar"} or _player_noun(t))
                         and not (t.i + 1 < len(doc) and toks[t.i + 1].text in {"'s", "’s", "'", "’"})
                         and not _in_compound_modifier(doc, t)), None)
        # ("Ben Ruiz, the band's drummer": the band is the possessor, the drummer the head;
        # "the five-member girl group": "member" only modifies; "Rita Mendes, the band was
        # completed by ...": the noun opens a new clause as its subject, no apposition)
        head = None if head_tok is None or _opens_clause(head_tok) else head_tok.lower_
        if head in GROUP_NOUNS:
            return G
        if head is not None:
            return P
    return None


def _apposition_end(doc: Doc, i: int) -> int:
    """Where to stop looking for the head noun of an apposition that starts at token ``i``: five
    tokens on, or further while no verb, preposition or pronoun has come ("Georgia Quakes, the
    Macon, Georgia, blues and soul band who ...": places and genres may pile up before the noun)."""
    end = i + 5
    for t in tokens(doc)[i:i + 12]:
        if t.pos_ in {"VERB", "AUX", "ADP", "PRON", "SCONJ"} or t.text in {".", ";", "(", ")", "\n"} or _line_break(t):
            break
        end = t.i + 1
    return max(end, i + 5)


# Plural names after a lower-case "the" that are not bands: award shows, papers, families
_NOT_BAND_PLURALS = frozenset(["awards", "grammys", "brits", "oscars", "emmys", "mobos", "globes", "olympics",
                               "games", "times", "news", "charts", "proms", "studios", "sessions", "isles",
                               "islands", "mountains", "hills", "highlands", "states", "nations", "sisters",
                               "brothers", "twins", "siblings"])
_FAMILY_NOUNS = frozenset(["sisters", "brothers", "family", "twins", "siblings", "household", "estate"])
_NAMED_FAMILIES = frozenset(["Brothers", "Sisters", "Bros", "Bros.", "Twins"])


def _the_plural_name(doc: Doc, m: Mention) -> bool:
    """A name in the plural after "the" ("the Velvetones", "the Green Eyed Beans", "the 1968
    single by The Tallboys"): people are not named so; bands are (award shows, papers, island groups
    and families are left out: "the Grammys", "the Times", "the Williams sisters")."""
    toks = tokens(doc)
    capital_the = (toks[m.start].text == "The" and m.end - m.start > 1) or (
        m.start > 0 and toks[m.start - 1].text == "The")
    if not (capital_the or (m.start > 0 and toks[m.start - 1].text == "the")) or toks[m.start].ent_type_ in {
            "GPE", "LOC", "NORP", "FAC", "EVENT", "DATE"} or toks[m.end - 1].ent_type_ in {"GPE", "LOC", "NORP"}:
        return False
    last = toks[m.end - 1].text
    if last in _NAMED_FAMILIES and m.end - m.start >= 2 and toks[m.start].text != last:
        # "the Pellow Brothers", "The Marsh Sisters": a capitalised family word inside the name is the
        # band's (a family is written "the Pellow brothers")
        return not (m.end < len(doc) and toks[m.end].lower_ in GROUP_NOUNS)
    if not (len(last) >= 4 and last.endswith("s") and last[0].isupper() and last[1:-1].islower()
            and last[-2] not in "su'" and last.lower() not in _NOT_BAND_PLURALS):
        return False
    return not (m.end < len(doc) and toks[m.end].lower_ in _FAMILY_NOUNS | GROUP_NOUNS)  # "The Leeds band": a qualifier


_PERSON_ONLY_VERBS = frozenset(["enlist", "discharge", "marry", "wed", "die", "bear", "graduate", "conscript",
                                 "draft"])


def _person_only_clause(doc: Doc, who: int) -> bool:
    """The relative clause opened by "who" at token ``who`` tells what only a person does
    ("who enlisted in March", "who was discharged", "who was born in Busan", "who is set to enlist")."""
    verb = tokens(doc)[who].head
    if verb.i <= who or verb.i - who > 5:
        return False
    verbs = [verb] + [c for c in verb.children if c.dep_ == "xcomp"]
    return any(v.lemma_.lower() in _PERSON_ONLY_VERBS or v.lower_ in {"born", "enlisted", "discharged"}
               for v in verbs)


def _line_break(tok) -> bool:
    return "\n" in tok.text or "\n" in tok.whitespace_


def _heading_description(doc: Doc, m: Mention) -> EntityType | None:
    """A list entry's heading line pairs a title and an artist with a dash ('3. "Title" - NAME',
    'NAME - "Title"'); when the next line opens by describing the artist ("The K-pop
    quintet's debut English single", "The enigmatic Berlin producer, known as J"), the
    noun types the name: a group noun a Group, a (singular) musician's role a Person."""
    toks = tokens(doc)
    end = m.end - 1
    while end < len(doc) and end - m.end < 16 and not _line_break(toks[end]):  # room for "(feat. A and B)"
        end += 1
    start = m.start
    while start > 0 and m.start - start < 10 and not _line_break(toks[start - 1]):
        start -= 1
    if end >= len(doc) - 1 or (start > 0 and not _line_break(toks[start - 1])) or (
            m.start > 0 and toks[m.start - 1].is_quote):
        return None
    line = doc[start:end + 1]
    touching = [t for t in (toks[m.start - 1] if m.start else None, toks[m.end] if m.end < len(doc) else None)
                if t is not None]
    comma_entry = _comma_entry(doc, m, start, end)
    if not any(t.text in {"-", "–", "—"} for t in touching) and not comma_entry:
        return None  # only the name the dash pairs with the title ("Bonus: NAME – “Title”" types NAME, not "Bonus")
    if not comma_entry and (not any(t.text in {"-", "–", "—"} for t in line) or not (
            any(t.is_quote for t in line) or _numbered_first(doc, m, start)) or any(
            t.pos_ == "VERB" and t.i not in range(m.start, m.end) and not t.is_quote and t.text[:1].islower()
            for t in line)):
        return None
    nxt = end + 1
    while nxt < len(doc) and toks[nxt].is_space:
        nxt += 1
    if nxt < len(doc) and toks[nxt].text not in {"The", "This"}:
        return _entry_describes_band(doc, nxt)
    if nxt >= len(doc):
        return None
    for tok in toks[nxt + 1:nxt + 7]:
        if (tok.is_punct and tok.text != "-") or _line_break(tok):
            break
        if _in_compound_modifier(doc, tok):
            continue  # "The five-member group's ...": "member" only modifies
        if tok.lower_ in GROUP_NOUNS or (tok.lower_ in PLURAL_ARTIST_NOUNS - PERSON_ROLES and tok.i + 1 < len(doc)
                                          and toks[tok.i + 1].text in {"'", "’"}):
            return G  # "The garage rockers’ first song": a scene's plural owns the song
        if tok.lower_ in PERSON_ROLES and not tok.lower_.endswith("s"):
            return P
    return None


_GLOSSARY_DASHES = frozenset(["—", "–", "-"])


def _glossary_entries(doc: Doc) -> set[int]:
    """Tokens that open a line "Name — description" in a text with two such lines at least: an
    explainer's or a roundup's entries ("Dakota — Lem Varga built the band's first album ...")."""
    toks = tokens(doc)
    cached = doc.user_data.get("glossary_entries")
    if cached is not None:
        return cached
    starts: set[int] = set()
    for tok in toks:
        if not tok.text[:1].isupper() or (tok.i and not _line_break(toks[tok.i - 1])):
            continue
        k = tok.i
        while k < len(doc) and k - tok.i < 5 and not _line_break(toks[k]) and toks[k].text not in _GLOSSARY_DASHES:
            k += 1
        if k < len(doc) and k > tok.i and toks[k].text in _GLOSSARY_DASHES and toks[k - 1].whitespace_ and (
                toks[k].whitespace_) and not _line_break(toks[k]):
            starts.add(tok.i)
    doc.user_data["glossary_entries"] = starts = starts if len(starts) >= 2 else set()
    return starts


def _glossary_band(doc: Doc, m: Mention) -> bool:
    """The name heads an entry line "Name — ..." whose first sentence calls its subject a band:
    "Dakota — Lem Varga built the band's 1979 debut", "Nevada — Moira Kettle's Dundee band
    peaked ...", "Oceania — The 1983 supergroup ..." (only in a text of several such lines, so a
    dateline "London — The band said ..." is not read)."""
    toks = tokens(doc)
    dash = m.end
    if dash < len(doc) and toks[dash].text == "(":  # "Halvard (Norway) — The Oslo trio ..."
        dash = next((t.i + 1 for t in toks[dash + 1:dash + 6] if t.text == ")"), dash)
    if m.quoted or m.start not in _glossary_entries(doc) or dash >= len(doc) or toks[dash].text not in _GLOSSARY_DASHES:
        return False
    for tok in toks[dash + 1:dash + 40]:
        if tok.text in {".", "!", "?"} or _line_break(tok):
            return False
        if tok.lower_ in GROUP_NOUNS - {"act"} | {"supergroup"} and not _in_compound_modifier(doc, tok) and not (
                tok.i + 1 < len(doc) and toks[tok.i + 1].text[:1].isupper()) and any(
                t.lower_ == "the" or t.text in {"'s", "’s", "'", "’"} for t in toks[max(dash + 1, tok.i - 3):tok.i]):
            return True  # "the band's", "The Swedish band's", "Moira Kettle's Dundee band" (not "the band Sure")
    return False


_UNIT_NOUNS = frozenset(["unit", "sub-unit", "subunit"])  # "the sub-unit ODESSA Moon" (tokenised "sub - unit")
_PEER_NOUNS = frozenset(["labelmates", "label-mates", "contemporaries"])
_FOUNDING_VERBS = frozenset(["formed", "form", "forms", "forming", "founded", "co-founded", "debut", "debuts",
                             "debuted", "debuting", "started", "launched"])
_FILLER_ADVERBS = frozenset(["has", "have", "had", "since", "later", "then", "will", "would", "also", "together",
                             "officially", "first", "soon", "went", "on", "to"])


def _forms_named_group(doc: Doc, i: int) -> bool:
    """From token ``i`` (just after a name): maybe more listed names, then "formed a duo,
    the Dovetails" or "debut as the sub-unit Moonrise": the subjects formed a named group,
    so they are people. The group must be named right after its noun ("VORS debuted as a
    seven-member group" names none, and is said of a band)."""
    toks = tokens(doc)
    n, j = len(doc), i
    while j < n and j - i < 8 and (toks[j].text in {",", "and", "&"} or toks[j].text[:1].isupper()):
        j += 1
    k = j
    while k < n and k - j < 3 and toks[k].lower_ in _FILLER_ADVERBS:
        k += 1
    if k >= n or toks[k].lower_ not in _FOUNDING_VERBS:
        return False
    k += 1
    if k < n and toks[k].lower_ == "as":
        k += 1
    if k >= n or toks[k].lower_ not in {"the", "a", "an", "their", "his", "her"}:
        return False
    k += 1
    start = k
    while k < n and k - start < 4 and toks[k].lower_ not in GROUP_NOUNS | _UNIT_NOUNS and (
            toks[k].is_lower or toks[k].text == "-" or toks[k].like_num):
        k += 1
    if k >= n or toks[k].lower_ not in GROUP_NOUNS | _UNIT_NOUNS:
        return False
    k += 1
    if k < n and toks[k].text == ",":
        k += 1
    if k < n and toks[k].lower_ == "the":
        k += 1
    return k < n and toks[k].text[:1].isupper() and toks[k].ent_type_ not in {"DATE", "TIME", "GPE", "CARDINAL"}


_MUSICIAN_ROLES = BAND_ROLES | frozenset(["singer", "vocalist", "rapper", "lead", "dancer", "members", "member",
                                          "frontwoman", "co-founder", "founding", "singers", "rappers", "vocalists"])


def _qualifies_group_noun(doc: Doc, i: int) -> bool:
    """From token ``i``: a few lower-case words, a group noun and a name ("garage
    band Velcro Saints"), so the name before ``i`` only qualifies the band
    ("plays in Derby garage band Nylon Angels": a place, not the band)."""
    toks = tokens(doc)
    j = i
    while j < len(doc) and j - i < 3 and toks[j].is_lower and toks[j].lower_ not in GROUP_NOUNS:
        j += 1
    return j + 1 < len(doc) and toks[j].lower_ in GROUP_NOUNS and toks[j + 1].text[:1].isupper()


def _role_named_person_before(doc: Doc, of: int) -> bool:
    """Token ``of`` ends "<musician role> <Name> of": "singer Wade Ellory of", "drummer Denny Oakes of"."""
    toks = tokens(doc)
    k = of - 1
    while k >= 0 and of - k <= 4 and toks[k].text[:1].isupper() and not toks[k].is_sent_start:
        k -= 1
    return k < of - 1 and k >= 0 and toks[k].lower_ in _MUSICIAN_ROLES


_BAND_ONLY_NOUNS = BAND_ROLES - {"leader", "maknae"} | {"line-up", "lineup", "members", "reunion", "reformation",
                                                         "disbandment", "bandmate", "frontman", "frontwoman"}
_BAND_EVENT_NOUNS = frozenset(["reunion", "reformation", "line-up", "lineup"])
_COPULA_RELEASE_BY = re.compile(r"\s+(?:is|was)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:single|song|album|track|ep|"
                                r"mixtape|ballad|anthem|record)\s+(?:by|from)\s", re.I)
_STAGE_PREFIXES = frozenset(["lil", "lil'", "lil’", "yung", "dj", "mc"])
_KOREAN_NAME = re.compile(r"^[A-Z][a-z]{0,3} [A-Z][a-z]+-[a-z]+$")


def _release_apposition(doc: Doc, i: int) -> bool:
    """Tokens from ``i`` read "her third album", "the lead single", "their 2019 EP"."""
    words = doc[i:i + 5]
    if not len(words) or (words[0].lower_ not in {"the", "a", "an"} and words[0].tag_ != "PRP$"):
        return False
    for k, tok in enumerate(words[1:], 1):
        if tok.lower_ in RELEASE_NOUNS - {"number", "project", "debut", "hit", "cover"}:
            return True
        if tok.text == "-" and not tok.whitespace_ and k + 1 < len(words):
            continue  # "a four-song EP": the hyphen of a compound
        if tok.text == "," and words[k - 1].pos_ == "ADJ" and k + 1 < len(words) and (
                words[k + 1].pos_ == "ADJ" or words[k + 1].dep_ == "amod"):
            continue  # "the lush, orchestral album": a comma between adjectives
        if (tok.pos_ not in {"ADJ", "NUM", "NOUN", "PROPN", "ADV"} and tok.dep_ != "amod") or tok.is_punct:
            return False
    return False


_RELEASED_WHICH = re.compile(r"\s*(?:which|that)\s+(?:he|she|they|[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)?)\s+"
                             r"(?:had\s+|has\s+|have\s+|first\s+|originally\s+)?(?:released|recorded|self-released|"
                             r"dropped|put\s+out|co-wrote|wrote|produced)\b")
_APPOSED_RELEASE_NOUNS = RELEASE_NOUNS - {"number", "project", "debut", "hit", "cover", "video", "clip", "visuals",
                                          "film", "movie", "smash", "sequel"}


# A release noun and the word before its artist: "the new album from", "a single by" (a song "from"
# a name may be from an album, "the first single from Carrion Hymnal", so songs take "by" only)
RELEASE_FROM = (r"(?:the|an?|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?(?:(?:album|ep|lp|mixtape|record|collection|"
                r"compilation)\s+(?:from|by)|(?:single|song|track|video|ballad|hit|anthem|duet)\s+by)")


def _names_release_before(doc: Doc, m: Mention) -> bool:
    """"his 1972 album, Sweet Thunder,": the name (after a comma) is parsed as the apposition of a
    release noun that a determiner or possessive opens (not "On the single, Mara Quill sings")."""
    toks = tokens(doc)
    root = doc[m.start:m.end].root
    noun = root.head
    if m.end < len(doc) and toks[m.end].text == "," and _NOUN_FROM_ARTIST.search(
            doc_text(doc)[max(0, toks[m.start].idx - 90):toks[m.start].idx]):
        return True  # "The new album from Harwood Lane, Whispers Live, arrives": the parse loses the apposition
    if root.dep_ != "appos" or noun.i != m.start - 2 or noun.lower_ not in _APPOSED_RELEASE_NOUNS:
        return False
    return any(c.dep_ in {"det", "poss"} for c in noun.children)


_NOUN_FROM_ARTIST = re.compile(rf"(?:^|\W)(?i:{RELEASE_FROM})\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z0-9][\w.&'’-]*){{0,3}},\s*$")


_NOT_SCENE_PLURALS = frozenset(["fans", "viewers", "listeners", "readers", "critics", "producers", "songwriters",
                                 "writers", "members", "parents", "judges", "voters", "officials", "organisers",
                                 "organizers", "lawyers", "attorneys", "prosecutors", "plaintiffs", "defendants",
                                 "police", "authorities", "executives", "directors", "actors", "actresses", "players",
                                 "brothers", "sisters", "twins", "siblings", "partners", "promoters", "managers",
                                 "teammates", "friends", "colleagues", "guests", "hosts", "presenters", "dancers"])


def _scene_plural_before(doc: Doc, m: Mention) -> bool:
    """"Brighton shoegazers Lilac Fuzz", "Swedish post-punks Vapour Trails": a plural noun for a
    scene's musicians, after a place or a genre, heads a single name, so the name is a band
    (a list of people after it, "Nashville songwriters A and B", is not read)."""
    toks = tokens(doc)
    if m.start < 2:
        return False
    noun, qualifier = toks[m.start - 1], toks[m.start - 2]
    low = noun.lower_
    if noun.tag_ != "NNS" or not noun.is_lower or len(low) < 5 or low in _NOT_SCENE_PLURALS or low in PERSON_ROLES or (
            low in PLURAL_ARTIST_NOUNS):  # those have their own rules
        return False
    if not (qualifier.ent_type_ in {"GPE", "NORP", "LOC"} or qualifier.lower_ in DESCRIPTORS) or qualifier.is_sent_start:
        return False
    nxt = toks[m.end] if m.end < len(doc) else None
    return nxt is None or not (nxt.lower_ in {"and", "&"} or (nxt.text == "," and m.end + 1 < len(doc)
                                                            and toks[m.end + 1].text[:1].isupper()))


def _apposed_group_noun(doc: Doc, m: Mention) -> bool:
    """"formed a new band, The Day Shifts, and": the name after a comma renames the group
    noun a determiner opens, and nothing but punctuation or "and" follows it (not "... quit the
    band, Ava Holt said")."""
    toks = tokens(doc)
    k = m.start - 2
    if k < 1 or toks[m.start - 1].text != "," or toks[k].lower_ not in GROUP_NOUNS - {"act"} | _UNIT_NOUNS:
        return False
    j = k - 1
    while j > 0 and k - j < 4 and toks[j].is_lower and toks[j].pos_ in {"ADJ", "NUM", "NOUN"}:
        j -= 1
    if toks[j].lower_ not in {"a", "an", "the", "their", "his", "her", "its"}:
        return False
    return m.end >= len(doc) or toks[m.end].text in {",", ".", ";", "—", "–", "-", ")", "and"} or _line_break(toks[m.end - 1])


def _release_noun_is_subject(doc: Doc, i: int) -> bool:
    """The release noun of the phrase at token ``i`` ("the track") is the subject of a verb after it
    ("..., the track has the two swapping lines"): a new clause, not an apposition of the name before."""
    noun = next((t for t in tokens(doc)[i:i + 5] if t.lower_ in RELEASE_NOUNS), None)
    return noun is not None and noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.i > noun.i and (
        noun.head.pos_ in {"VERB", "AUX"})


def _in_compound_modifier(doc: Doc, tok) -> bool:
    """``tok`` ends a hyphenated modifier of a noun after it: "five-member" of "five-member girl group"."""
    toks = tokens(doc)
    return tok.i > 0 and toks[tok.i - 1].text == "-" and tok.i + 1 < len(doc) and toks[tok.i + 1].is_alpha and (
        toks[tok.i + 1].is_lower)


def _player_noun(tok) -> bool:
    """A player of an instrument named by "-ist" ("trombonist", "cellist"), never a list ("setlist")."""
    low = tok.lower_
    return tok.is_lower and len(low) > 6 and low.endswith("ist") and not low.endswith("list")


def _band_role_follows(doc: Doc, i: int) -> bool:
    """From token ``i``: a band role and a name, maybe after "and <another band>"
    ("singer Glen Rowles", "and Cinder Vale singer Owen Castell")."""
    toks = tokens(doc)
    j = i
    if j < len(doc) and toks[j].lower_ in {"and", "&"}:
        j += 1
        while j < len(doc) and j - i < 6 and toks[j].text[:1].isupper():
            j += 1
    return j + 1 < len(doc) and toks[j].lower_ in BAND_ROLES | {"singer", "vocalist", "frontman"} and (
        toks[j + 1].text[:1].isupper())


_PLATFORM_PARTS = frozenset(["live", "stories", "story", "post", "posts", "reels", "account", "page", "channel", "music",
                             "premium", "originals", "wrapped", "shorts", "spaces", "broadcast", "stream", "global",
                             "hot", "chart", "charts", "200", "100", "tv", "radio", "video", "videos", "community"])
_GROUP_OBJECT_VERBS = frozenset(["fronts", "fronted", "fronting", "front", "rejoined", "rejoins"])
_GROUP_OBJECT_PHRASES = frozenset([("make", "up"), ("makes", "up"), ("made", "up"), ("sings", "in"), ("sang", "in"),
                                   ("plays", "in"), ("played", "in"), ("drums", "for"), ("drummed", "for"),
                                   ("drums", "in"), ("members", "of"), ("member", "of"), ("bass", "in"),
                                   ("guitar", "in"), ("keys", "in"), ("drums", "in"), ("bass", "for"),
                                   ("guitar", "for"), ("keyboards", "in"), ("left", "the"), ("quit", "the"), ("been", "in")])
_BAND_VERBS = frozenset(["release", "announce", "tour", "play", "perform", "form", "split", "reunite", "record", "drop",
                         "unveil", "share", "sign", "headline", "cancel", "return", "debut", "reform", "disband"])


def _group_object(doc: Doc, m: Mention) -> bool:
    """The name is what one fronts, plays in or has been in ("fronts Northline", "a member of
    Northline", "has been in The Agency"), but not a place ("plays in London")."""
    toks = tokens(doc)
    before = [t.lower_ for t in toks[max(0, m.start - 2):m.start]]
    if before[-1:] == ["in"] and {toks[m.start].ent_type_, toks[m.end - 1].ent_type_} & {"GPE", "LOC", "FAC"}:
        return False
    if before == ["and", "of"] and any(t.lower_ in {"member", "members"} and toks[t.i + 1].lower_ == "of"
                                       for t in toks[max(0, m.start - 10):m.start - 2]):
        return not _qualifies_group_noun(doc, m.end)  # "a member of The Looters and of Zeno"
    return bool(before[-1:]) and (before[-1] in _GROUP_OBJECT_VERBS or tuple(before[-2:]) in _GROUP_OBJECT_PHRASES) and (
        not _qualifies_group_noun(doc, m.end))


_BARE_INFINITIVE_HEADS = frozenset(["see", "watch", "hear", "let", "make", "help", "have", "feel"])


def _plural_subject(doc: Doc, m: Mention, verbs: frozenset[str] | None = None) -> bool:
    """A name alone as the subject of a plural verb ("are", "were", "have"),
    optionally only of one of ``verbs`` (lemmas)."""
    root = doc[m.start:m.end].root
    if root.dep_ not in {"nsubj", "nsubjpass"} or any(c.dep_ in {"conj", "cc"} for c in root.children):
        return False
    if verbs is not None and root.head.lemma_.lower() not in verbs:
        return False
    if root.head.dep_ in {"ccomp", "xcomp"} and root.head.head.lemma_.lower() in _BARE_INFINITIVE_HEADS:
        return False  # "the album sees Ava Holt guest on ...": a bare infinitive, of any number
    if m.text.lower() in {"they", "we", "you", "i"} or (root.tag_ in {"NNS", "NNPS"} and len(m.text.split()) == 1):
        return False
    verb = root.head
    if verb.i > m.end and any(t.lower_ in {"and", "&"} for t in tokens(doc)[m.end:verb.i]) and any(
            t.ent_type_ == "PERSON" for t in tokens(doc)[m.end:verb.i]):
        return False  # "Marla Quinn, Callum Reid and Kaya Holt are among ...": a list the parser left unjoined
    finite = [verb] + [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return any(t.lower_ in {"are", "were", "have", "'re", "’re"} or (t.tag_ == "VBP" and t.lower_ != "am")
               for t in finite[-1:] + finite[:1] if t.i > root.i) and not any(
        t.lower_ in {"is", "was", "has"} for t in finite)


# -- more typing cues: ensembles, plural verbs, list entries ---
_ENSEMBLE_HEADS = frozenset(["band", "duo", "trio", "quartet", "quintet", "sextet", "septet", "octet", "orchestra",
                             "ensemble", "choir", "big-band", "all-stars", "allstars", "clan", "gang", "crew", "posse"])
# Base forms a headline or a sentence uses after a plural subject (a singular one takes "-s"); past forms
# that look the same ("set", "split", "hit", "put") are left out
_PLURAL_VERB_FORMS = frozenset(["have", "are", "were", "'ve", "’ve", "'re", "’re", "share", "announce", "release",
                                "return", "drop", "unveil", "reveal", "tease", "detail", "confirm", "premiere",
                                "debut", "reunite", "sign", "join", "team", "cancel", "postpone", "launch",
                                "celebrate", "deliver", "head", "tour", "play", "perform", "cover", "revisit",
                                "preview", "channel", "embrace", "unleash", "offer", "go", "make", "take", "land",
                                "top", "win", "break", "bring", "kick", "get", "look", "say", "talk", "open",
                                "close", "plot", "map", "mark", "wrap"])


# Verbs whose subject is an artist when their object is a release or a show ("Nevada released a new
# album", "Marzipan shared the single ..."); "headline" needs no object (an act headlines, a place does not)
_AGENT_VERBS = frozenset(["release", "drop", "reissue", "record", "announce", "share", "unveil", "tease", "debut",
                          "premiere", "preview", "issue", "deliver", "put", "return", "cover", "perform", "play",
                          "confirm", "detail", "reveal", "launch", "headline", "tour"])
_AGENT_OBJECTS = RELEASE_NOUNS - {"number", "project", "debut", "film", "movie"} | {
    "ep", "lp", "tour", "show", "shows", "concert", "concerts", "residency", "gig", "gigs", "set", "setlist",
    "collection", "compilation", "box", "anthology", "songs", "singles", "albums", "tracks", "videos"}
# where a name is a record company's: "out via Interscope", "signed to Atlantic", "on the Sub Pop label"
_LABEL_CONTEXT = r"(?:via|through|signed\s+(?:to|with)|deal\s+with|imprint|on)\s+(?:the\s+)?"
_AGENT_SOURCES = frozenset(["ner:ORG", "ner:GPE", "ner:NORP", "ner:LOC", "ner:FAC", "ner:PRODUCT"])
_WORK_FROM = re.compile(rf"(?:^|\W){RELEASE_FROM}\s*$", re.I)


def _music_agent(doc: Doc, m: Mention) -> EntityType | None:
    """An untyped name (NER's guess a place, a company or nothing) is an artist when it does what
    only artists do to a record or a show: "Nevada released a greatest hits collection", "Marzipan
    shared the single X", "Crimson 9 announced a Las Vegas residency", "X will headline Friday"; or
    when a release is "from"/"by" it ("the new album from Harwood Lane"). A group unless it reads
    as a personal name; None when nothing says so."""
    # a name NER saw as no entity at all is as likely a person as a band: the relation rules decide
    if m.quoted or m.type is not None or m.source.split("+")[0] not in _AGENT_SOURCES:
        return None
    root = doc[m.start:m.end].root
    if not (_released_from(doc, m, root) or _acts_on_record(doc, m, root)):
        return None
    if any(e.label_ == "PERSON" and e.end - e.start > 1 and e[-1].text == m.text for e in doc.ents):
        return None  # "Delacroix will perform ...": a surname of a person named in full
    if m.text.lower() in PLATFORMS or _label_name(doc_text(doc), m.text):
        return None  # labels and platforms release and announce records too
    return _agent_kind(doc, m, root)


def _released_from(doc: Doc, m: Mention, root) -> bool:
    """"the new album from Harwood Lane", "the single by Dry Rib": the name ends the phrase."""
    return root.dep_ == "pobj" and root.head.lower_ in {"from", "by"} and (
        m.end >= len(doc) or not (tokens(doc)[m.end].text[:1].isupper() or tokens(doc)[m.end].pos_ in {"NOUN", "PROPN"})) and bool(
        _WORK_FROM.search(doc_text(doc)[max(0, root.head.idx - 60):root.head.idx + len(root.head)]))


def _acts_on_record(doc: Doc, m: Mention, root) -> bool:
    """The name is the subject of an artist's verb on a record or a show ("Nevada released a new
    album", "X will headline")."""
    if root.dep_ != "nsubj" or any(c.dep_ == "conj" for c in root.children):
        return False
    verb = root.head
    if verb.lemma_.lower() not in _AGENT_VERBS or verb.i < root.i or verb.i - m.end > 4:
        return False
    if verb.lemma_.lower() == "headline":
        return True
    objects = [c for c in verb.children if c.dep_ in {"dobj", "attr"}] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    # "a Las Vegas residency", "the single Chemicals", "“Unravelling”": the object or a word before it
    return any(any(t.lower_ in _AGENT_OBJECTS or t.lemma_.lower() in _AGENT_OBJECTS
                   for t in tokens(doc)[obj.left_edge.i:obj.i + 1]) or (
        obj.i > 0 and tokens(doc)[obj.i - 1].is_quote and obj.text[:1].isupper()) for obj in objects)


_LABEL_BEFORE = re.compile(rf"{_LABEL_CONTEXT}$")
_LABEL_AFTER = re.compile(r"^\s+(?:label|imprint|records|subsidiary)\b", re.I)


def _label_name(text: str, name: str) -> bool:
    """``name`` is a record company's somewhere in ``text``: "out via Interscope", "the Sub Pop label"."""
    at = text.find(name)
    while at >= 0:
        if _LABEL_BEFORE.search(text[max(0, at - 30):at]) or _LABEL_AFTER.match(text[at + len(name):at + len(name) + 15]):
            return True
        at = text.find(name, at + 1)
    return False


def _agent_kind(doc: Doc, m: Mention, root) -> EntityType | None:
    """Person or group for an artist NER took for a place or a firm: the pronouns of its clause say
    ("MIRA released her single" is a person, "Nevada released their album" a band); without one, a
    name in capitals may be either ("ZICO", "TWICE"), and so may one shaped like a personal name;
    any other ("Nevada", "Crimson 9", "The Fridays") is read as a band."""
    words = {t.lower_ for t in tokens(doc)[m.end:min(len(doc), root.head.i + 8)]}
    if words & {"his", "her", "he", "she", "solo"}:
        return P
    if words & {"their", "they"}:
        return G
    if m.text.isupper() or len(m.text) <= 3 or re.fullmatch(r"[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+){1,2}", m.text):
        return None  # ("Ravi Okonkwo shares new single": NER's firm may be a person's name)
    return G


def _ensemble_name(doc: Doc, m: Mention) -> bool:
    """The name's last word is an ensemble noun, capitalised as part of the name ("The Ottilie Brandvold
    Quintet", "Modem Choir", "Harbour Street Big Band"): a group. A title-case headline capitalises any
    noun ("Ava Holt Joins New Band"), so its lines are not read."""
    words = m.text.split()
    if m.quoted or len(words) < 2 or not words[-1][:1].isupper() or words[-1].lower() not in _ENSEMBLE_HEADS:
        return False
    return not _headline_token(doc, m.start) and not any(w.lower() in {"new", "joins", "forms", "the"} for w in words[1:])


def _label_apposition(doc: Doc, i: int) -> bool:
    """From token ``i`` (after a comma): an apposition naming a company role ("VORS' label", "the
    singer's agency"), with no verb on the way ("Tomas Okafor-Lind, become the label's newest signing"
    is a list's last name before the verb)."""
    for t in tokens(doc)[i:i + 5]:
        if t.is_punct and t.text not in {"'", "’", "'s"}:
            return False
        if t.pos_ in {"VERB", "AUX"} and t.lower_ not in {"label", "management"}:
            return False
        if t.lower_ in {"label", "agency", "management", "publisher", "distributor"}:
            return True
    return False


def _opens_clause(tok) -> bool:
    """``tok`` is the subject of a verb after it ("..., the band was completed by"): a new clause."""
    return tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.i > tok.i and tok.head.pos_ in {"VERB", "AUX"}


def _plural_verb_after(doc: Doc, m: Mention) -> bool:
    """A name alone at the start of a line or sentence, followed at once by a plural verb form: "have",
    "are", "were", or a bare present a headline uses ("Gutterglass share new single", "Gutterglass have
    shared their ..."): a person would take "has" / "shares". Read from the words, since the parser often
    fails on headlines. Not for coordinated names ("A and B share ...") nor quoted titles."""
    toks = tokens(doc)
    if m.quoted or m.end >= len(doc) or m.start >= len(doc):
        return False
    first = toks[m.start]
    if not (first.is_sent_start or m.start == 0 or _line_break(toks[m.start - 1])) and not (
            toks[m.start - 1].text == "The" and (toks[m.start - 1].is_sent_start or m.start == 1)) and not (
            _after_opening_phrase(doc, m.start)):
        return False
    if any(w.lower() in {"and", "&", "x", "with", "feat.", "ft."} for w in m.text.split()) or "," in m.text:
        return False
    if m.end - m.start == 1 and (first.pos_ == "PRON" or len(first.text) < 2 or (
            first.tag_ not in {"NNP", "NNPS"} and not first.is_upper)):
        return False  # "I have ...", "Tickets go on sale": a word that opens the sentence, no name
    nxt = toks[m.end]
    if nxt.lower_ not in _PLURAL_VERB_FORMS or not nxt.is_lower:
        return False
    after = toks[m.end + 1] if m.end + 1 < len(doc) else None
    if nxt.lower_ in {"have", "'ve", "’ve"}:
        return after is not None and (after.tag_ in {"VBN", "RB"} or after.lower_ in {"been", "just", "also", "now"})
    if nxt.lower_ in {"are", "were", "'re", "’re"}:
        return after is not None and after.is_lower
    # a bare verb: what follows is its object or particle, not a noun phrase the name qualifies
    return after is not None and not after.is_punct and after.tag_ not in {"VBZ", "VBD"}


def _after_opening_phrase(doc: Doc, i: int) -> bool:
    """Token ``i`` opens the main clause after one opening phrase and its comma ("Three years after
    a debut that ..., NAME have returned"): the sentence's first comma, not after a name (so not
    the second name of a list, "A, B have ...") nor after "and"."""
    toks = tokens(doc)
    if i < 3 or toks[i - 1].text != ",":
        return False
    prev = toks[i - 2]
    if prev.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or prev.lower_ in {"and", "&"}:
        return False
    sent = sentence_of(doc, i)
    return not any(t.text in {",", ";", ":"} or t.lower_ in {"and", "&"} for t in toks[sent.start:i - 1]) and (
        toks[sent.start].ent_type_ not in {"PERSON", "ORG", "GPE", "NORP"} and toks[sent.start].pos_ != "PROPN")


def _numbered_first(doc: Doc, m: Mention, start: int) -> bool:
    """The name opens a numbered list line ("6. Modem Choir – Static Hearts"): the artist's slot."""
    return bool(re.fullmatch(r"\s*\d{1,3}\s*[.)]\s*", doc[start:m.start].text + " ")) if m.start > start else False


def _comma_entry(doc: Doc, m: Mention, start: int, end: int) -> bool:
    """The line is just 'NAME, “Title”' (maybe numbered): a list entry's heading, artist first."""
    if m.start > start and not _numbered_first(doc, m, start):
        return False
    rest = [t for t in tokens(doc)[m.end:end + 1] if not t.is_space]
    return len(rest) >= 3 and rest[0].text == "," and rest[1].is_quote and rest[-1].is_quote


_BAND_LINE_ROLES = frozenset(["frontman", "frontwoman", "drummer", "bassist", "guitarist", "keyboardist"])


def _entry_describes_band(doc: Doc, nxt: int) -> EntityType | None:
    """The line after a list entry's heading names a band member by role ("Frontwoman Dot Kavanagh
    screams ...") or calls the act a band in its first sentence ("Singer A whispers on the Oslo
    band’s return"): the entry's artist is a group."""
    toks = tokens(doc)
    if toks[nxt].lower_ in _BAND_LINE_ROLES and nxt + 1 < len(doc) and toks[nxt + 1].text[:1].isupper():
        return G
    for tok in toks[nxt:nxt + 30]:
        if tok.text in {".", "!", "?"} or _line_break(tok):
            break
        if tok.lower_ in GROUP_NOUNS - {"act"} and tok.i + 1 < len(doc) and toks[tok.i + 1].text in {
                "'s", "’s"} and any(t.lower_ == "the" for t in toks[max(nxt, tok.i - 3):tok.i]):
            return G
    if _owned_band_subject(doc, nxt):
        return G
    return None


def _owned_band_subject(doc: Doc, nxt: int) -> bool:
    """The line opens "PERSON's [rock] band gave ...": the entry's act is that person's band, the
    subject of the line (not "A's former band", "A's backing band", which name another)."""
    for tok in tokens(doc)[nxt:nxt + 8]:
        if _line_break(tok) or (tok.is_punct and tok.text not in {"'s", "’s", "'", "’"}):
            return False
        if tok.lower_ in {"band", "group", "duo", "trio", "quartet", "quintet"}:
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            return tok.dep_ in {"nsubj", "nsubjpass"} and owner is not None and (
                owner.ent_type_ == "PERSON" or owner.tag_ == "NNP") and not any(
                t.lower_ in {"former", "old", "backing", "touring", "new", "other", "first", "previous", "house"}
                for t in tokens(doc)[owner.i + 1:tok.i])
    return False


# Partners a "with"/"featuring" names: "a duet with X", "pairs A with X", "teamed up with X"
_PARTNER_WORDS = frozenset(["duet", "duets", "collaboration", "collab", "pairs", "paired", "pairing", "team", "teams",
                            "teamed", "joined", "joins", "featuring", "feat", "feat.", "ft", "ft.", "recorded", "shared"])
_NO_NAME_DEPS = frozenset(["det", "poss", "amod", "compound", "nummod", "case"])


def _lower_name_word(tok) -> bool:
    """A word that may be a name written in lower case by its owner ("vexbloom"): lower-case
    letters only, out of the model's vocabulary (no vector), no stop word, not a handle."""
    return tok.is_alpha and tok.is_lower and tok.is_oov and len(tok.text) >= 3 and not tok.is_stop and not (
        tok.i > 0 and tokens(tok.doc)[tok.i - 1].text in {"/", "@", "#", "u/", "r/"}) and not (
        tok.i + 1 < len(tok.doc) and tokens(tok.doc)[tok.i + 1].text in {"_", ":", "/"} and not tok.whitespace_)


def _lower_name_cue(doc: Doc, tok) -> bool:
    """The lower-case word ``tok`` stands where only a name goes: a bare subject of a verb (a
    common noun takes a determiner or a modifier: "zorbex has returned"), joined to a capitalised
    name by "and"/"with" ("Mira Cole and zorbex", "pairs Tal Orr with zorbex"), a partner after
    "with"/"featuring" beside a duet word ("a duet with zorbex"), the owner of a release
    ("zorbex's new single") or named straight after a role or group noun ("the rapper zorbex")."""
    toks = tokens(doc)
    i = tok.i
    if i + 2 < len(doc) and toks[i + 1].text in {"'s", "’s"} and any(
            t.lower_ in RELEASE_NOUNS for t in toks[i + 2:min(len(doc), i + 6)]):
        return True
    if (i + 1 < len(doc) and _is_name_token(toks[i + 1])) or tok.lower_ in PERSON_ROLES | GROUP_NOUNS:
        return False  # "hitmaker Tomo Vale": a word before a name describes it
    if i > 0 and toks[i - 1].lower_ in PERSON_ROLES | GROUP_NOUNS and toks[i - 1].is_lower:
        return True
    before = i - 3 if i > 2 and _glued_piece(toks, i - 2) else i - 2  # "Micky Youre" ("You" + "re")
    if before >= 0 and toks[i - 1].lower_ in {"and", "&", "with"} and toks[before].ent_type_ in {"PERSON", "ORG"} and (
            toks[before].text[:1].isupper()):
        return True  # "Nicky Vale and zorbex" (the parser may hang the word anywhere)
    children = list(tok.children)
    if any(c.dep_ in _NO_NAME_DEPS for c in children) or tok.tag_ in {"NNS", "VBG", "VBN", "RB"}:
        return False
    head = tok.head
    if tok.dep_ in {"nsubj", "nsubjpass"} and head.pos_ in {"VERB", "AUX"} and head.i > i:
        return head.lemma_ != "be" or any(c.dep_ in {"attr", "acomp"} and c.lower_ in PERSON_ROLES | GROUP_NOUNS
                                          for c in head.children)
    if tok.dep_ == "conj" or any(c.dep_ == "conj" for c in children):
        partners = [head] if tok.dep_ == "conj" else [c for c in children if c.dep_ == "conj"]
        return any(p.ent_type_ in {"PERSON", "ORG"} or (p.pos_ == "PROPN" and p.text[:1].isupper()) for p in partners)
    if tok.dep_ == "pobj" and head.lower_ in {"with", "featuring", "feat", "feat.", "ft", "ft.", "by"}:
        around = toks[max(0, head.i - 4):head.i]
        return any(t.lower_ in _PARTNER_WORDS for t in around) or (
            head.lower_ == "with" and head.head.pos_ == "VERB" and any(
                c.dep_ == "dobj" and (c.ent_type_ in {"PERSON", "ORG"} or c.pos_ == "PROPN") for c in head.head.children))
    return False


def lower_case_names(doc: Doc) -> list[Mention]:
    """Names their owners write in lower case ("vexbloom", "saltwife"): a lower-case word out of
    the vocabulary that stands once in a name's place (:func:`_lower_name_cue`) is a name there
    and wherever else the article writes it."""
    words = {t.text for t in tokens(doc) if _lower_name_word(t) and _lower_name_cue(doc, t)}
    if not words:
        return []
    toks = tokens(doc)
    out = []
    for t in toks:
        if t.text not in words or _credit_line(doc, t.i):
            continue
        m = Mention(t.i, t.i + 1, t.text, None, "caps")
        before = t.i - 3 if t.i > 2 and _glued_piece(toks, t.i - 2) else t.i - 2
        if before >= 0 and toks[t.i - 1].lower_ in {"and", "&"} and toks[before].ent_type_ == "PERSON":
            m.type, m.source = P, "caps+cue"  # "Nicky Vale and zorbex": a person's partner, set in parallel
        out.append(m)
    return out


_NAME_COMPOUNDS = frozenset(["directed", "produced", "helmed", "penned", "written", "led", "fronted", "assisted",
                             "featuring", "starring", "backed", "signed", "managed", "inspired", "approved"])


def find_mentions(doc: Doc, gazetteer: dict[str, EntityType] | None = None) -> list[Mention]:
    """All name mentions of an article, without overlaps, in text order."""
    candidates = quoted_titles(doc) + track_list_titles(doc)
    if gazetteer:
        candidates += gazetteer_mentions(doc, gazetteer)
    candidates += dash_line_titles(doc)
    candidates += cue_titles(doc)
    candidates += apposed_titles(doc)
    candidates += dated_titles(doc)
    candidates += ner_and_runs(doc)
    lower = lower_case_names(doc)
    candidates += lower
    lower_ids = {id(m) for m in lower}
    taken: set[int] = set()
    chosen: list[Mention] = []
    mid_sentence_caps = {t.text for t in tokens(doc) if not t.is_sent_start and t.text[:1].isupper()}
    for m in candidates:  # earlier sources win overlaps
        while m.end - m.start > 1 and tokens(doc)[m.start].text in _BULLETS and not m.quoted:
            m.start += 1  # "• Corwen – Where Am I": a list line's bullet is no part of its name
            m.text = doc[m.start:m.end].text
        if any(i in taken for i in range(m.start, m.end)):
            continue
        if _credit_line(doc, m.start) or _dateline(doc, m):
            continue
        if award_category(m.text):
            m.type, m.quoted = O, False
        if m.source in {"caps", "ner:PERSON", "ner:ORG", "ner:PRODUCT", "ner:GPE", "ner:LOC",
                        "ner:FAC", "ner:EVENT", "ner:NORP"}:
            cue = type_from_context(doc, m)
            if cue is not None:
                m.type = cue
                m.source += "+cue"
            elif m.text.lower() in PLATFORMS:
                m.type = O
        elif m.source == "ner:WORK_OF_ART" and not m.quoted and (
                _group_object(doc, m) or _apposition_kind(doc, m) is G):
            # ("Georgia Quakes, the Macon, Georgia, blues and soul band who ...": NER's work is a band)
            m.type = G  # "has been in The Agency with A and The Verdict with B": what one has been in is a band
            m.source += "+cue"
        elif m.source == "ner:WORK_OF_ART" and not m.quoted and m.start and not tokens(doc)[m.start].is_sent_start and (
                tokens(doc)[m.start - 1].lower_ in GROUP_NOUNS - {"act"} | PLURAL_ARTIST_NOUNS | _UNIT_NOUNS or (
                    tokens(doc)[m.start - 1].tag_ == "NNS" and tokens(doc)[m.start - 1].is_lower and _plural_subject(doc, m))):
            # "surf band The Riptides", "Britpop survivors The Daydreams have reunited": NER reads a band's
            # name after a group noun, or a plural noun heading its subject, as a title
            m.type = G
            m.source += "+cue"
        if m.type is None and (m.text.lower() in DESCRIPTORS or m.text.lower() in MONTH_WORDS):
            continue
        if not m.quoted and m.text.lower() in RELEASE_NOUNS | PERSON_ROLES | GROUP_NOUNS | NOT_NAMES:
            continue  # "EP", "Singer": the noun, not a name
        if m.source == "caps" and m.end - m.start == 1 and tokens(doc)[m.start].is_sent_start and id(m) not in lower_ids and tokens(doc)[m.start].pos_ not in {
                "PROPN", "X"} and tokens(doc)[m.start].text not in mid_sentence_caps and not (
                m.end < len(doc) and tokens(doc)[m.end].lower_ in {"by", "feat", "feat.", "featuring", "ft", "ft."}
                and tokens(doc)[m.start].pos_ not in {"VERB", "AUX"} and not tokens(doc)[m.start].lower_.endswith("ed")):
            # ("Spiral by rock giants Q4 won": a title credited right after it stays)
            continue  # "Confirmation of Snapped's split": a capitalised sentence opener (but "Banks" of "Tamsin Banks")
        if not m.quoted and m.source != "cue-title" and not any(c.isupper() or c.isdigit() for c in m.text) and (
                id(m) not in lower_ids):
            continue  # names are capitalised; lower-case runs are caption residue (a list line's "the record" is not)
        if m.end < len(doc) - 1 and tokens(doc)[m.end].text == "-" and not tokens(doc)[m.end - 1].whitespace_ and (
                tokens(doc)[m.end + 1].is_lower) and tokens(doc)[m.end + 1].lower_ not in _NAME_COMPOUNDS:
            continue  # "K-pop", "X-rated": a prefix, not a name (but "the Reid Vasko-directed video" is)
        taken.update(range(m.start, m.end))
        chosen.append(m)
    chosen = _repeat_known_names(doc, chosen)
    chosen = _repeat_known_titles(doc, chosen)
    chosen.sort(key=lambda m: m.start)
    _type_parallel_names(doc, chosen)
    _type_member_lists(doc, chosen)
    sentence_start(doc, 0)  # fills the cached sentence starts
    starts = doc.user_data["sent_starts"]
    for m in chosen:
        m.sent = bisect.bisect_right(starts, m.start) - 1
    _share_surnames(doc, chosen)
    for m in chosen:
        if _line_label_article(doc, m):
            m.start -= 1
            m.text = doc[m.start:m.end].text
    return chosen


def _line_label_article(doc: Doc, m: Mention) -> bool:
    """"The Hollyhocks (accepted by ...)", "The Understudies (A — bass; B — drums)": a "The" opening
    a line whose name then ends the line or opens a parenthesis is the name's own article, though
    it stands where a sentence's "The" would be dropped."""
    toks = tokens(doc)
    i = m.start - 1
    if i < 0 or toks[i].text != "The" or m.quoted or m.type not in {G, None} or m.pronoun:
        return False
    if i > 0 and "\n" not in toks[i - 1].text + toks[i - 1].whitespace_:
        return False
    if "\n" in toks[m.end - 1].whitespace_ or m.end >= len(doc):
        return True
    return toks[m.end].text == "(" or "\n" in toks[m.end].text


def _type_parallel_names(doc: Doc, chosen: list[Mention]) -> None:
    """"has been in The Agency with A and The Verdict with B": a name NER alone called a work, set
    after "and" in the same frame ("<prep> X with ... and Y with") as a band typed by its
    context, is a band too. Mentions must be sorted by position."""
    toks = tokens(doc)
    for k, m in enumerate(chosen):
        if m.source != "ner:WORK_OF_ART" or m.quoted or m.start < 1 or toks[m.start - 1].lower_ != "and" or (
                m.end >= len(doc) or toks[m.end].pos_ != "ADP"):
            continue
        start = sentence_start(doc, m.start)
        for x in chosen[:k]:
            if x.start >= start and x.type is G and "+cue" in x.source and x.start > 0 and (
                    toks[x.start - 1].pos_ == "ADP" and x.end < len(doc) and toks[x.end].lower_ == toks[m.end].lower_):
                m.type, m.source = G, m.source + "+cue"
                break


_LIST_CLOSERS = {"(": ")", "—": "—", "–": "–"}


def _member_list_start(doc: Doc, m: Mention) -> int | None:
    """The opening bracket or spaced dash of a line-up set off after the group ``m`` ("FORTYSIX —
    T.Rune, ...", "KDT (Minkwan, ..."), or before ``m`` after "members" ("The remaining members
    — Teddy, ..."); None otherwise."""
    toks = tokens(doc)
    if m.type is G and not m.quoted and m.end < len(doc) and toks[m.end].text in _LIST_CLOSERS and (
            toks[m.end].text == "(" or toks[m.end - 1].whitespace_):
        return m.end
    if m.start > 1 and toks[m.start - 1].text in _LIST_CLOSERS and toks[m.start - 2].lower_ in {
            "members", "line-up", "lineup"}:
        return m.start - 1
    return None


def _type_member_lists(doc: Doc, chosen: list[Mention]) -> None:
    """A list of names set off right after a group ("FORTYSIX — T.Rune, Pazi, JT and Rino —",
    "the sub-unit KDT (Minkwan, Sori and JT)", "The remaining members — Teddy, Kaito and Liam —")
    spells out its members: each name is a person."""
    toks = tokens(doc)
    at = {m.start: m for m in chosen}
    for m in chosen:
        opener = _member_list_start(doc, m)
        if opener is None:
            continue
        i = opener + 1
        names: list[Mention] = []
        while i < len(doc) and (x := at.get(i)) is not None and not x.quoted and x.type is not R:
            names.append(x)
            i = x.end
            while i < len(doc) and toks[i].lower_ in {",", "and", "&"}:
                i += 1
        if len(names) < 2 or i >= len(doc) or toks[i].text != _LIST_CLOSERS[toks[opener].text]:
            continue  # the list must close where it opened: "VORS — the group's Seon, Moru and ... said" is prose
        for x in names:
            if "+cue" not in x.source:
                x.type = P
                x.source = x.source.split("+")[0] + "+cue"


def _repeat_known_names(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """A multi-word artist name found once is the same name wherever its words recur,
    even where NER cut it up: "country band Dry Creek ... Dry Creek's new album" (the
    second read as "Dry" and "Creek"). Only fragments lying wholly inside the repeat
    give way; a repeat overlapping any other name is left alone."""
    toks = tokens(doc)
    names: dict[tuple[str, ...], Mention] = {}
    for m in chosen:
        if m.type in {P, G} and not m.quoted and m.end - m.start >= 2 and all(
                t.whitespace_ for t in toks[m.start:m.end - 1]):  # words, not a hyphenated "Chae-on"
            names.setdefault(tuple(t.text for t in toks[m.start:m.end]), m)
    if not names:
        return chosen
    at = {i: m for m in chosen for i in range(m.start, m.end)}
    out = list(chosen)
    texts = [t.text for t in toks]
    positions: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        positions.setdefault(text, []).append(i)
    for words, first in names.items():
        n = len(words)
        for i in positions.get(words[0], []):
            if tuple(texts[i:i + n]) != words:
                continue
            inside = {id(at[j]): at[j] for j in range(i, i + n) if j in at}
            if any(m.start == i and m.end == i + n for m in inside.values()) or any(
                    m.start < i or m.end > i + n for m in inside.values()):
                continue  # already whole, or part of a longer name
            for m in inside.values():
                out.remove(m)
            repeat = Mention(i, i + n, doc[i:i + n].text, None, first.source.split("+")[0])
            out.append(repeat)
            at.update(dict.fromkeys(range(i, i + n), repeat))
    return out


def _repeat_known_titles(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """A title found quoted, cued or listed once is a title wherever its words recur unquoted:
    "Album review: Dry Rib – 'sunscreen'" ... "Dry Rib have returned with sunscreen", "the
    record Storm for the Moth" ... "on Storm for the Moth" (where the runs gave "Storm" and "Moth").
    Names lying wholly inside the repeat give way unless they are typed artists; a lower-case
    title recurs only as a bare word, not inside a phrase ("a werewolf movie")."""
    titles = {tuple(t.text for t in tokens(doc)[m.start:m.end]) for m in chosen
              if m.type is R and m.source in {"quoted", "cue-title"} and not m.credits}
    artists = {m.text for m in chosen if m.type in {P, G}}
    titles = {w for w in titles if " ".join(w) not in artists and not (
        len(w) == 1 and (w[0].lower() in RELEASE_NOUNS | NOT_NAMES or w[0].isdigit()))}
    if not titles:
        return chosen
    at = {i: m for m in chosen for i in range(m.start, m.end)}
    out = list(chosen)
    texts = [t.text for t in tokens(doc)]
    firsts: dict[str, list[tuple[str, ...]]] = {}
    for w in titles:
        firsts.setdefault(w[0], []).append(w)
    for i, text in enumerate(texts):
        for words in firsts.get(text, []):
            n = len(words)
            if tuple(texts[i:i + n]) != words or not _bare_repeat(doc, i, i + n):
                continue
            inside = {id(at[j]): at[j] for j in range(i, i + n) if j in at}
            if any(m.start < i or m.end > i + n or m.type in {P, G} or (m.start == i and m.end == i + n)
                   for m in inside.values()):
                continue  # already whole, part of a longer name, or an artist's name
            for m in inside.values():
                out.remove(m)
            repeat = Mention(i, i + n, doc[i:i + n].text, R, "cue-title")
            out.append(repeat)
            at.update(dict.fromkeys(range(i, i + n), repeat))
    return out


def _bare_repeat(doc: Doc, i: int, j: int) -> bool:
    """Words ``i:j`` stand alone as a name: not run into more capitalised words, and, when lower
    case, not a common word inside a phrase ("the werewolf movie")."""
    toks = tokens(doc)
    if (i > 0 and _is_name_token(toks[i - 1]) and toks[i - 1].whitespace_ and not toks[i - 1].is_sent_start) or (
            j < len(doc) and _is_name_token(toks[j])):
        return False
    if any(c.isupper() or c.isdigit() for c in doc[i:j].text):
        return True
    return not (i > 0 and toks[i - 1].tag_ in {"DT", "PRP$", "JJ", "JJR", "JJS", "CD", "POS"}) and not (
        j < len(doc) and toks[j].pos_ in {"NOUN", "PROPN"})


def _share_surnames(doc: Doc, mentions: list[Mention]) -> None:
    """"Rufus and Colm Teague": a lone given name joined by "and" to a full name
    shares its surname, unless the article gives it another surname elsewhere."""
    toks = tokens(doc)
    full_names = [m.text.split() for m in mentions if m.type is P and len(m.text.split()) >= 2]
    for a, b in itertools.pairwise(mentions):
        if not (a.type is P and b.type is P and a.end - a.start == 1 and b.end - b.start == 2
                and b.start == a.end + 1 and toks[a.end].lower_ == "and"):
            continue
        if a.start > 0 and toks[a.start - 1].text == ",":
            continue  # "Tull, Brack and Ivo Penn": a list of surnames, not a shared one
        if toks[b.start].lower_ in _STAGE_PREFIXES or (a.start > 0 and toks[a.start - 1].lower_ in _STAGE_PREFIXES):
            continue  # "DJ Hollowtip and MC Goshawk": stage names, no given name and surname
        given = a.text
        if any(parts[0] == given and parts[-1] != b.text.split()[-1] for parts in full_names):
            continue  # the article names another "Rufus"
        if any(x.text == given and x.start < a.start and not x.pronoun for x in mentions):
            continue  # "Monarch's catalogue ... credited to Monarch and Duncan Raye": a name already used alone
        a.text = f"{given} {b.text.split()[-1]}"


_CREDIT_LINE = re.compile(
    r"\s*(?:\(?(?:photo(?:graph)?s?|pictures?|images?|credit|source|illustration)\b(?:\s+by)?\s*[:|-]?"
    r"|by\s+[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}\s*(?:,|\||$|\n|for\b|and\s+[A-Z])"
    r"|(?:written|reported|edited)\s+by\b)", re.I)
_AGENCY_CREDIT = re.compile(r"/\s*(?:Getty|AFP|Reuters|AP|PA|Shutterstock|Alamy|EPA|Yonhap|Newsis|Invision|WireImage|"
                            r"FilmMagic|Redferns|Rex)\b|\bGetty Images\b|\(Photo(?:graph)? by\b")


_PRESS_DATELINE_AFTER = re.compile(
    r"\s*(?:,\s*[A-Z][A-Za-z.]{1,5}\s*)?[–—-]\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d")
_DATELINE_AFTER = re.compile(r"\s*(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\s*)?(?:\([A-Za-z.]{2,12}\)\s*)?[–—-]\s")


def _dateline(doc: Doc, m: Mention) -> bool:
    """"SEOUL – Rei ...", "LONDON (Reuters) - ...": a place in capitals opening a line, then a dash."""
    toks = tokens(doc)
    first = toks[m.start]
    if first.i > 0 and "\n" not in toks[first.i - 1].text + toks[first.i - 1].whitespace_:
        return False
    last = toks[m.end - 1]
    if not m.text.isupper():
        # a press release's "Toronto, ON – June 4, 2026 –": a place, its state, a dash and a date
        return first.ent_type_ in {"GPE", "LOC"} and _PRESS_DATELINE_AFTER.match(doc_text(doc), last.idx + len(last)) is not None
    hit = _DATELINE_AFTER.match(doc_text(doc), last.idx + len(last))
    # a place (NER says so, or an agency follows): "NEON PARADE - A, B and C - have ..." is a line-up
    return hit is not None and (first.ent_type_ in {"GPE", "LOC"} or "(" in hit.group())


def _credit_line(doc: Doc, i: int) -> bool:
    """Token ``i`` sits on a byline, photo credit or caption-credit line ("By Jane Doe, Staff
    Writer", "Photo: Kim Lee/Getty Images"): the names there are journalists and photographers."""
    lines = doc.user_data.get("credit_lines")
    if lines is None:
        text = doc_text(doc)
        lines = []
        start = 0
        for line in text.split("\n"):
            end = start + len(line)
            # a credit line is short: a sentence that begins "By the end of ..." is prose
            if len(line) <= 120 and ((_CREDIT_LINE.match(line) and not line.rstrip().endswith("."))
                                     or _AGENCY_CREDIT.search(line)):
                lines.append((start, end))
            start = end + 1
        doc.user_data["credit_lines"] = lines
    char = tokens(doc)[i].idx
    return any(a <= char < b for a, b in lines)


def gazetteer_mentions(doc: Doc, gazetteer: dict[str, EntityType]) -> list[Mention]:
    """Names already known from the graph, matched case-insensitively but only
    where the text capitalises them (so a known "Gold" does not match gold)."""
    from artistgraph.graph.model import normalize_name

    out: list[Mention] = []
    n = len(doc)
    for i in range(n):
        if not _is_name_token(tokens(doc)[i]):
            continue
        for j in range(min(n, i + 6), i, -1):
            key = normalize_name(doc[i:j].text)
            etype = gazetteer.get(key)
            if etype is not None and _is_name_token(tokens(doc)[j - 1]):
                out.append(Mention(i, j, doc[i:j].text, etype, "gazetteer"))
                break
    return out
