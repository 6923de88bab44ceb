"""Pair rules: two mentions in one sentence and the words between them
("VORS' J", "Spiral by Q4", "X, a member of Y", "directed by X"), each a named
pattern with the types it implies and a check that guards it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Token

from artistgraph.graph.model import EntityType
from artistgraph.loaders.entities import TYPEABLE_SOURCES
from artistgraph.loaders.lexicon import AWARD_WORDS, DESCRIPTORS, GROUP_NOUNS, ORG_WORDS, PERSON_ROLES, PLATFORMS
from artistgraph.loaders.mentions import RELEASE_FROM, Mention, span_text, tokens
from artistgraph.loaders.relations.context import ART, Candidate, Context, G, P, R
from artistgraph.loaders.relations.coordination import coordinated, coordinated_before
from artistgraph.loaders.relations.lookups import artistlike, is_musician, is_qualifier, modifies_other_artist
from artistgraph.loaders.relations.wording import (
    _RELEASE_HEAD,
    _THEN_TITLE,
    MOD,
    POSS,
    QCOMMA,
    QEND,
    RELEASE_WORDS,
    ROLE,
)

# nouns of an apposition that describes an artist before "whose"
_WHOSE_NOUNS = (r"band|group|duo|trio|quartet|quintet|sextet|collective|outfit|act|ensemble|orchestra|choir|"
                r"singer|rapper|songwriter|singer-songwriter|producer|musician|artist|star|dj|crew")

PAIR_RULES: list[tuple[str, str, frozenset, frozenset, bool, re.Pattern[str], float, str]] = [
    # (name, relation, types of first mention, types of second, subject is first?, between, confidence)
    ("possessive-member", "MEMBER_OF", frozenset({G}), frozenset({P}), False,
     re.compile(rf"^\s*{POSS}\s*{MOD}?(?:{ROLE}\s+)?$", re.I), 0.85, "possessed-member"),
    ("possessive-untyped-release", "BY_ARTIST", ART, frozenset(), False,
     re.compile(rf"^\s*{POSS}\s*(?:{RELEASE_WORDS}\s*,?\s*)*$", re.I), 0.7, "possessed-release"),
    ("group-role-person", "MEMBER_OF", frozenset({G}), frozenset({P}), False,
     re.compile(rf"^\s*{MOD}?(?:(?!(?:after|before|with|and|by|for|to|from|of|as|when|while|than|is|was|are|were|"
                rf"has|had|have|says|said)\s)[a-z-]+\s+)?"
                rf"{ROLE}s?\s+(?:and\s+(?:[a-z-]+\s+)?{ROLE}\s+)?$", re.I), 0.9, "role-names-no-band"),
    ("group-made-of-people", "MEMBER_OF", frozenset({G}), frozenset({P}), False,
     re.compile(r"^\s*(?:[”\"’']\s*)?,\s*(?:the|a|an)\s+(?:[\w&/-]+\s+){0,3}?(?:duo|trio|band|group|pair|quartet|"
                r"quintet|sextet|septet|octet|outfit|act|unit|supergroup|collective|partnership)\s+(?:of|made up of|"
                r"comprising|consisting of|formed by|fronted by|led by)\s+(?:(?:[\w-]+\s+)?" + ROLE + r"\s+|"
                r"(?:real-life\s+|twin\s+)?(?:sisters|brothers|siblings|twins|cousins|spouses)\s+)?$", re.I),
     0.85, ""),
    ("group-consists-of-people", "MEMBER_OF", frozenset({G}), frozenset({P}), False,
     re.compile(r"^\s*(?:(?:now|currently|still|also)\s+)?(?:consists of|consisted of|consist of|(?:is|was|are|were) "
                r"made up of|comprises|comprised|(?:is|was|are|were) comprised of|(?:is|was|are|were) completed by|"
                r"(?:is|was|are|were) fronted by|(?:is|was|are|were) led by)\s+(?:(?:[\w-]+\s+)?" + ROLE + r"\s+)?$",
                re.I), 0.85, "typed-group"),
    ("group-welcomed-person", "MEMBER_OF", frozenset({G}), frozenset({P}), False,
     re.compile(r"^\s*(?:(?:has|have|had|recently|officially|just)\s+)*(?:welcomed|welcome|welcomes|added|add|adds|"
                r"recruited|recruits|brought in|bring in|drafted in|unveiled|introduced|enlisted|hired|tapped)\s+"
                r"(?:(?:a|their|its|the)\s+)?(?:new\s+)?(?:(?:[\w-]+\s+)?(?:" + ROLE + r"|member)s?\s*,?\s+)?$", re.I),
     0.75, "typed-group"),
    # "Mill Road have announced a new bassist, Jo Finch": a line-up change names the newcomer's part
    ("group-welcomed-person", "MEMBER_OF", frozenset({G}), frozenset({P}), False,
     re.compile(r"^\s*(?:(?:has|have|had|recently|officially|just|now)\s+)*(?:announced|announces|announce|named|names|"
                r"confirmed|confirms|unveiled|unveils|revealed|reveals)\s+(?:a|their|its)\s+new\s+(?:[\w-]+\s+)?"
                r"(?:" + ROLE + r"|member|keyboard player|bass player)\s*[,:]?\s+$", re.I), 0.75, "typed-group"),
    ("group-features-members", "MEMBER_OF", frozenset({G}), frozenset({P}), False,
     re.compile(r"^\s*,\s*(?:which\s+|who\s+)?(?:features|featuring|includes|including|comprising|comprises|"
                r"made up of|consisting of|consists of)\s+(?:(?:former|ex-|original)\s+)?$", re.I), 0.75, "typed-group"),
    ("group-person", "MEMBER_OF", frozenset({G}), frozenset({P}), False,
     re.compile(r"^\s+$"), 0.7, "caps-group"),
    ("person-of-group", "MEMBER_OF", frozenset({P}), frozenset({G}), True,
     re.compile(rf"^\s*,?\s*(?:\d{{1,3}}\s*,\s*)?(?:(?:who\s+(?:is|was)|is|was|a|an|the|one|another|former|formerly|"
                rf"previously|once|fellow|lead|main|youngest|oldest|also|now|(?:who\s+)?(?:will\s+)?(?:remains?|remained|"
                rf"stays?|stayed))\s+)*(?:(?:[\w&/-]+\s+){{0,2}}?(?:{ROLE}s?|half|third)\s+)?"
                rf"(?:of|from|in)\s+(?:the\s+)?"
                rf"(?:(?:[\w-]+\s+){{0,3}}?(?:group|band|act|outfit|unit|duo|trio|septet|quartet|quintet|sextet|"
                rf"mob|crew|combo|collective|supergroup|ensemble|phenomenon|sensation|giants|heavyweights|"
                rf"juggernaut|powerhouse)\s+)?$", re.I),
     0.85, "place-not-band"),
    ("person-belongs-to-group", "MEMBER_OF", frozenset({P}), frozenset({G}), True,
     re.compile(r"^\s*,?\s*(?:who\s+)?(?:(?:has|had|have|recently|officially|also|now|later|then|just|formally)\s+)*"
                r"(?:belongs|belonged|joined|joins|is part|was part|are part|were part|(?:will\s+)?(?:remains?|remained|stays?|"
                r"stayed) part|left|leaves|quit|quits|fronts|fronted|fronting|"
                r"leads|led|sings in|sang in|sings for|sang for|plays in|played in|plays for|played for|"
                r"drums for|drummed for|drums in|(?:plays|played) (?:guitar|bass|drums|keys|keyboards) (?:in|for)|"
                r"rejoined|rejoins|co-founded|co-founds|founded)\s+"
                r"(?:to|of)?\s*(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:group|band|act|outfit)\s+)?$", re.I),
     0.85, ""),
    ("members-of-group-are", "MEMBER_OF", frozenset({G}), frozenset({P}), False,
     re.compile(r"^\s*(?:are|were|include|included|includes|:|-|–|—)\s*$", re.I), 0.85, "members-of-before"),
    ("person-bracket-group", "MEMBER_OF", frozenset({P}), frozenset({G}), True,
     re.compile(r"^\s*[(\[]\s*(?:ex-?|former\s+|formerly\s+(?:of|with)\s+|of\s+|from\s+)?$", re.I), 0.75,
     "bracket-closes"),
    ("person-comma-group-role", "MEMBER_OF", frozenset({P}), frozenset({G}), True,
     re.compile(r"^\s*,\s*(?:now\s+|also\s+)?$", re.I), 0.8, "group-role-after"),
    ("people-make-up-group", "MEMBER_OF", frozenset({P}), frozenset({G}), True,
     re.compile(r"^\s*(?:[(][^()]{1,20}[)]\s*)?,?\s*(?:who\s+)?(?:(?:together|now|also|currently)\s+)?"
                r"(?:make up|makes up|made up|comprise|comprised|form|formed|are|were)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?"
                r"(?:group|band|act|outfit|duo|trio|quartet|line-up|lineup|collective|supergroup|crew)\s+(?:of\s+)?)?$",
                re.I), 0.8, "people-list"),
    ("person-a-group-member", "MEMBER_OF", frozenset({P}), frozenset({G}), True,
     re.compile(r"^\s*,\s*(?:another|a|an|the|fellow|former|one of(?: the)?)\s+(?:(?:[\w-]+\s+){0,2}?)$", re.I),
     0.8, "member-after"),
    ("artist-possessive-band", "MEMBER_OF", frozenset({P}), frozenset({G}), True,
     re.compile(rf"^\s*(?:{POSS})?\s*(?:(?:new|former|old|own|first|current|original|previous|latest|"
                rf"pop|rock|rap|hip-hop|indie|punk)\s+)*(?:band|group|outfit|side-project|side project)\s*,?\s*$",
                re.I), 0.8, "person-pronoun-ok"),
    ("person-departure-from-group", "MEMBER_OF", frozenset({P}), frozenset({G}), True,
     re.compile(rf"^\s*(?:{POSS})?\s*(?:(?:[a-z]+-)?[a-z]+\s+)?"
                rf"(?:departure|exit|"
                r"resignation|dismissal|sacking|firing)\s+from\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$", re.I),
     0.75, "person-pronoun-ok"),
    ("person-bandmate-in-group", "MEMBER_OF", frozenset({P}), frozenset({G}), True,
     re.compile(rf"^\s*,\s*(?:[\w.-]+\s+){{0,3}}?[\w.-]+{POSS}\s*(?:fellow\s+)?(?:bandmate|band-mate|groupmate|"
                r"colleague)\s+(?:in|of|from)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I), 0.8, ""),
    ("group-lineup", "MEMBER_OF", frozenset({G}), frozenset({P}), False,
     re.compile(r"^\s*(?:[-–—:(]\s*(?:(?:real-life\s+|twin\s+)?(?:siblings|brothers|sisters|twins|cousins|couple|"
                r"spouses|childhood friends|school friends|schoolfriends|classmates)\s+)?|"
                r"(?:.{0,80}?\b(?:line-?up|members)\s*(?:is|are|was|were|includes?|included|"
                r"consists? of|comprises?|:)?\s*:?))\s*$", re.I), 0.85, "lineup-nearest-group"),
    # "the new supergroup featuring Ironbridge frontman Dale Kerrow": a band (or a description of one) and the
    # people it features, each named with a role (named like the rule above so the rest of the list follows)
    ("group-features-members", "MEMBER_OF", frozenset({G}), frozenset({P}), False,
     re.compile(rf"^\s*,?\s*(?:which\s+|who\s+)?(?:features|featuring|includes|including|comprising|comprises|"
                rf"(?:brings|bring|brought|bringing)\s+together|unites|uniting)\s+"
                rf"(?:{MOD}?(?:[\w&'’.-]+\s+){{0,3}}?{ROLE}\s+)?$", re.I), 0.75, "group-featuring"),
    # "Vos, one half of the duo Vos & Vale alongside Juliette Vale": the partner named after the band is in it too
    ("partner-in-group", "MEMBER_OF", frozenset({G}), frozenset({P}), False,
     re.compile(r"^\s*,?\s*(?:alongside|together with)\s+(?:(?:[\w-]+\s+){0,2}?)$", re.I), 0.75, "half-of-before"),
    # "Shale have confirmed the exit of their founding drummer Orla Keane"
    ("group-announces-departure", "MEMBER_OF", frozenset({G}), frozenset({P}), False,
     re.compile(rf"^\s*(?:(?:have|has|had|have now|has now)\s+)?(?:announced|confirmed|revealed|mourned|mourn|"
                rf"mourns|are mourning|is mourning)\s+(?:the\s+)?(?:departure|exit|death|loss|dismissal|sacking|"
                rf"firing|resignation|retirement)\s+of\s+(?:(?:their|its)\s+)?(?:{MOD}?(?:[\w-]+\s+)?{ROLE}\s+)?$",
                re.I), 0.8, "typed-group"),
    ("artist-possessive-release", "BY_ARTIST", ART, frozenset({R}), False,
     re.compile(rf"^\s*{POSS}\s*(?:{RELEASE_WORDS}\s*,?\s*)*{_THEN_TITLE}[“\"‘']?\s*$", re.I), 0.85, "not-person-name"),
    ("pronoun-possessive-release", "BY_ARTIST", ART, frozenset({R}), False,
     re.compile(rf"^\s*(?:{RELEASE_WORDS}\s*,?\s*)+{_THEN_TITLE}[“\"‘']?\s*$", re.I), 0.75, "possessive-pronoun"),
    ("release-by-artist", "BY_ARTIST", frozenset({R}), ART, True,
     re.compile(rf"^{QEND}(?:(?:is|was|the|a|an|his|her|their|new|latest|hit|single|song|album|track|"
                r"record|cover|version|lead|debut|first|second|third|next|upcoming|forthcoming|ep|mixtape|"
                r"\d{4})\s+)*(?:by|from)\s+(?:(?:the\s+)?(?:[a-z-]+\s+){0,2}?)$", re.I),
     0.8, "artist-not-possessor"),
    # "“X,” the January single of labelmates Y", "“X,” the third album from Cardiff's Y": a release noun,
    # then "by/from/of" and the artist (a place's possessive may come first)
    ("release-noun-by-artist", "BY_ARTIST", frozenset({R}), ART, True,
     re.compile(rf"^{QEND}(?:(?:is|was|the|a|an|his|her|their|its)\s+)?(?:[\w-]+\s+){{0,3}}?{_RELEASE_HEAD}\s+"
                rf"(?:by|from|of)\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}?(?:[A-Z][\w-]*{POSS}\s+)?$", re.I),
     0.75, "artist-not-possessor"),
    # "the new album from Harwood Lane, Whispers Live, arrives": the noun and its artist, then the title set off
    ("noun-from-artist-title", "BY_ARTIST", ART, frozenset({R}), False,
     re.compile(r"^\s*,\s*[“\"‘']?\s*$"), 0.75, "release-noun-from-before"),
    # "DJ Nilo's 2021 club hit “X”", "Kane's stripped-back piano ballad “Y”": lower-case words before the noun
    ("artist-possessive-described-release", "BY_ARTIST", ART, frozenset({R}), False,
     re.compile(rf"^\s*{POSS}\s*(?:(?:19|20)\d\d\s+)?(?:[a-z][a-z-]*\s+){{1,3}}(?i:{_RELEASE_HEAD})\s*,?\s*"
                rf"{_THEN_TITLE}[“\"‘']?\s*$"), 0.75, "owner-made-it"),
    # "the 1979 Ned Fairley cover, Lonely Road", "a Marrowbones classic, “Last Tuesday”": the artist's name as an adjective
    ("artist-noun-release", "BY_ARTIST", ART, frozenset({R}), False,
     re.compile(rf"^\s+(?:(?:{RELEASE_WORDS})\s+)*?(?:song|single|hit|classic|cover|ballad|track|album|anthem|"
                r"tune|record|ep|lp|mixtape)\s*,?\s*[“\"‘']?$", re.I), 0.75, "name-as-adjective"),
    # "the group's 2016 hit “X”", "the singer's new single “Y”": a description the references resolved
    ("description-possessive-release", "BY_ARTIST", ART, frozenset({R}), False,
     re.compile(rf"^\s*{POSS}\s*(?:(?i:{RELEASE_WORDS})\s+|[a-z][a-z-]*\s+){{0,3}}(?i:{_RELEASE_HEAD})\s*,?\s*"
                rf"{_THEN_TITLE}[“\"‘']?\s*$"), 0.75, "description-owner"),
    ("release-performed-by", "BY_ARTIST", frozenset({R}), ART, True,
     # "“X,” the 1967 fado first recorded by A", "“Y,” was sung by NOVELLA's Yeojin", "is performed by
     # Italian-Japanese singer A"
     re.compile(rf"^{QEND}(?i:(?:(?:the|a|an)\s+(?:(?:19|20)\d\d\s+)?(?:[a-z-]+\s+){{0,2}}?(?:song|fado|ballad|hit|single|"
                rf"track|standard|classic|tune|theme|anthem)\s*,?\s+)?(?:(?:which|that)\s+)?"
                rf"(?:is|was|has been|had been)?\s*(?:(?:written|co-written|"
                r"penned|produced)\s+and\s+)?(?:(?:recorded|sung|released|put out|performed|"
                r"(?:originally|first)\s+(?:recorded|performed|released|sung))\s+by|credited to))\s+"
                # (a capitalised word is a place or nationality, "Italian-Japanese singer A"; not the credit's
                # own artist in "credited to A featuring B")
                r"(?:(?:the\s+)?(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+(?=[a-z])(?!(?:featuring|feat|ft|with|and)\b))?"
                r"(?:[a-z-]+\s+){0,2}?)"
                rf"(?:[A-Z][\w-]*{POSS}\s+)?$"), 0.8,
     "not-a-version"),
    ("artist-whose-release", "BY_ARTIST", ART, frozenset({R}), False,
     # "X, the Tromsø big band whose 2012 album Y", "X, whose lone album, Y"
     re.compile(rf"^\s*,\s*(?:(?:the|a|an)\s+(?:[\w&'’/-]+\s+){{0,4}}?(?:{_WHOSE_NOUNS})\s+)?whose\s+"
                rf"(?:(?:{RELEASE_WORDS}|[a-z]+-[a-z]+|lone|only|sole|acclaimed|celebrated|cult|classic|"
                rf"landmark|much-loved|beloved|one)\s*,?\s*)*[“\"‘']?$", re.I), 0.85,
     "release-noun-somewhere"),
    ("pronoun-title-noun", "BY_ARTIST", ART, frozenset({R}), False,
     re.compile(r"^\s*(?:new\s+|latest\s+|hit\s+|debut\s+)?[“\"‘']?$", re.I), 0.8, "pronoun-then-release-noun"),
    ("artist-known-for-release", "BY_ARTIST", ART, frozenset({R}), False,
     re.compile(rf"^\s*,?\s*(?:who\s+)?(?:is|was|are|were|,)?\s*(?:best\s+|widely\s+|perhaps\s+best\s+|still\s+)?"
                rf"known\s+for\s+(?:(?:his|her|their|the)\s+)?(?:{RELEASE_WORDS}\s+)*[“\"‘']?$", re.I), 0.8, ""),
    ("release-apposition-artist", "BY_ARTIST", frozenset({R}), ART, True,
     re.compile(rf"^(?:{QCOMMA})(?:the\s+|a\s+|an\s+)?(?:(?:new|latest|upcoming|forthcoming|debut|album|single|"
                r"record|song|track|ep|mixtape|[\w-]+)\s+){0,4}[“\"‘']?$", re.I), 0.75, "artist-owns-after"),
    ("artist-behind-release", "BY_ARTIST", ART, frozenset({R}), False,
     re.compile(r"^\s*,\s*(?:the|a|an)\s+(?:[\w&/-]+\s+){0,3}?(?:behind|who\s+(?:sang|recorded|released|made|"
                r"wrote))\s+(?:(?:the\s+)?(?:[\w-]+\s+)?(?:hits?|songs?|singles?|albums?|tracks?|records?)\s+"
                r"(?:like|such as|including)\s+)?[“\"‘']?$", re.I), 0.8, ""),
    ("artist-released-release", "BY_ARTIST", ART, frozenset({R}), False,
     re.compile(r"^\s*(?:,[^,]{0,60},\s*)?(?:has |have |had |will |finally |officially |just |also |recently |"
                r"then |now |quickly |is |are |was |were )*(?:released|releases|release|releasing|dropped|drops|"
                r"drop|dropping|put out|puts out|putting out|issued|issues|unveiled|unveils|shared|shares|"
                r"debuted|debuts|launched|launches|recorded|records|returned with|returns with|back with|"
                r"came back with|presented|premiered|premieres|teased|teases|led the way|came next|followed)"
                r"\b[^.;:]{0,70}?[“\"‘']?\s*$", re.I), 0.75, "no-artist-between"),
    ("release-feat-artist", "FEATURES", frozenset({R}), ART, True,
     re.compile(r"^\s*[”\"’']?\s*,?\s*[”\"’']?\s*(?:[(\[]\s*)?(?:feat\.?|ft\.?|featuring|which features|that features|"
                r"which also features|which featured|with guest|with a guest verse from|with vocals from)\s+"
                # (not "featuring a cameo by A": a cameo is a walk-on, not a part of the song)
                r"(?:(?!cameos?\b)[\w-]+\s+){0,4}?$", re.I), 0.9, "not-qualifier"),
    # "“Afterparty” features singers A and B": only role words between the verb and the name
    # (named like the rule above so the names listed after the first are featured too)
    ("release-feat-artist", "FEATURES", frozenset({R}), ART, True,
     re.compile(r"^\s*[”\"’']?\s*,?\s*(?:also\s+)?(?:features|featured)\s+(?:(?:guest\s+)?(?:singers?|rappers?|"
                r"vocalists?|artists?|stars?|producers?|djs?|duo|trio|group|band|soloists?|idols?|"
                r"(?:[\w-]+\s+)?(?:singer-songwriters?|rappers?|singers?|stars?|groups?|bands?))\s+)?$", re.I),
     0.8, "not-qualifier"),
    # "“Dock Lamps” by Owen Tillery with Nell Quarry": the name after the artist's is a credit
    ("release-by-with-artist", "FEATURES", frozenset({R}), ART, True,
     re.compile(r"^\s*[”\"’']?\s*,?\s*by\s+(?:[A-Z0-9][\w'’.&-]*\s+){1,4}(?:with|feat\.?|ft\.?|featuring)\s+$"),
     0.8, "one-artist-between"),
    ("release-with-artist", "FEATURES", frozenset({R}), ART, True,
     re.compile(r"^\s*[”\"’']?\s*,?\s*[”\"’']?\s*with\s+$", re.I), 0.7, "with-credit-title"),
    # "“X”, a previously unreleased track with A", "“X”, her 1981 single with A", "“X”, boosted by a remix with A",
    # "“X,” her heartbreak bachata with rapper A": a noun for the song (any style: not a duet or a joint work, whose
    # partner is a co-primary, nor a show, tour or video), "with" and at most role words
    ("release-noun-with-artist", "FEATURES", frozenset({R}), ART, True,
     re.compile(r"^\s*[”\"’']?\s*,\s*[”\"’']?\s*(?:[a-z][\w-]*\s+){0,3}?(?:a|an|the|his|her|their|its)\s+"
                r"(?:(?!joint\b|collaborative\b)[\w'’-]+\s+){0,3}?(?:single|track|song|remix|version|cut|number|b-side|"
                r"outtake|hit|smash|ballad|anthem|jam|tune|banger|bachata|reggaeton|cumbia|slow\s+jam|love\s+song|"
                r"chart-topper|club\s+track)\s+with\s+(?:(?:[A-Z][a-z]+\s+)?(?:singer|rapper|vocalist|star|artist|"
                r"singer-songwriter|producer-artist|dj|mc)\s+)?$"),
     0.75, "with-credit-title"),
    # "Dalton Pryde is on “We Need Some Rain”": an artist on a song is its guest
    ("artist-is-on-release", "FEATURES", ART, frozenset({R}), False,
     # "Lucky Sey, a frequent duet partner, is on “Smoke”": a short aside may stand between
     re.compile(r"^\s*(?:,\s*(?:a|an|the|another|his|her|their)\s+[^,;:“”\"]{1,40},\s*)?(?:is|was|’s|'s)\s+(?:also\s+)?"
                r"on\s+[“\"‘']$"), 0.75, "guest-on-release"),
    # "“Dead Right” brings in Boyish Lupino and Mara Ochoa" (named like the rule above for the list)
    ("release-feat-artist", "FEATURES", frozenset({R}), ART, True,
     re.compile(r"^\s*[”\"’']?\s*,?\s*(?:also\s+)?(?:brings|brought)\s+in\s+(?:(?:guest\s+)?(?:singers?|rappers?|"
                r"vocalists?|stars?)\s+)?$", re.I), 0.75, "not-qualifier"),
    # "“Glass Hour,” with (singer) Teo Brandt on the second verse"
    ("release-comma-with-part", "FEATURES", frozenset({R}), ART, True,
     re.compile(r"^\s*[”\"’']?\s*,\s*[”\"’']?\s*with\s+(?:(?:guest\s+)?(?:singers?|rappers?|vocalists?|"
                r"(?:[\w-]+\s+)?(?:singer-songwriters?|rappers?|singers?|vocalists?))\s+)?$", re.I),
     0.75, "with-performer"),
    ("release-with-credit", "FEATURES", frozenset({R}), ART, True,
     re.compile(r"^\s*[”\"’']?\s*[(\[]\s*with\s+$", re.I), 0.85, ""),
    ("artist-features-on-release", "FEATURES", ART, frozenset({R}), False,
     re.compile(r"^\s*(?:,\s*who\s+)?(?:(?:has|have|had|also)\s+)*(?:(?:features|featured|guests|guested|appears|appeared|raps|rapped|sings|sang|"
                r"stars|starred|is featured|was featured|(?:is|was)\s+(?:also\s+)?credited|(?:turns|turned|pops|popped|shows|showed)\s+up)"
                r"\s+(?:on|in)|(?:lends?|lent|contributes?|contributed|adds?|"
                r"added|provides?|provided|delivers?|delivered)\s+(?:a\s+|an\s+|his\s+|her\s+|their\s+)?"
                r"(?:guest\s+|featured\s+|show-stealing\s+)?(?:verse|vocals|rap|feature|voice|bars|hook)\s+"
                r"(?:to|on|for))\s+(?:(?!(?:shows?|radio|tv|programm?e?s?|podcasts?|episodes?|stage|tour|festival)\b)"
                r"[\w'’]+\s+){0,5}?[“\"‘']?$", re.I),  # "guested on a radio show to sing “X”" is no feature
     0.8, "guest-on-release"),
    ("release-directed-by", "DIRECTED_BY", frozenset({R}), frozenset({P}), True,
     re.compile(r"^(?:[^.;]{0,80}?\b(?:directed|co-directed|helmed|shot|filmed|made)\s+by\s+(?:(?:the\s+)?[\w-]+\s+){0,3}?|"
                r"[^.;]{0,60}?\b(?:video|clip|visuals?|mv)\s+(?:by|from)\s+(?:the\s+)?(?:[\w-]+\s+)?"
                r"(?:director|filmmaker|film-maker)\s+|"
                r"\s*[”\"’']?\s*(?:(?:official\s+)?(?:music\s+)?(?:video|clip|mv|visuals?)\s*)?"
                r"[(\[]\s*(?:dir\.|directed by|director:?|video by|mv by)\s*)$", re.I),
     0.9, "directed-by-video"),
    ("director-directed-release", "DIRECTED_BY", frozenset({P}), frozenset({R}), False,
     re.compile(r"^\s*,?\s*(?:who\s+)?(?:has\s+|had\s+|also\s+|previously\s+|recently\s+)*(?:directed|helmed)\s+"
                r"(?:(?:the|a|an|this|that)\s+)?(?:[\w'’-]+\s+){0,3}?[“\"‘']?$", re.I), 0.85, ""),
    ("directed-by-fronted", "DIRECTED_BY", frozenset({P}), frozenset({R}), False,
     re.compile(r"^\s*,\s*(?:the|a|an|its|their|his|her)?\s*(?:[\w-]+\s+){0,3}?(?:video|clip|mv|visuals?|film|"
                r"short)\s+(?:for|of|to|accompanying)\s+[“\"‘']?$", re.I), 0.85, "fronted-director"),
    # "Sasha Levin, the director behind Dion Carter's “Heatwave” video"
    ("director-of-release", "DIRECTED_BY", frozenset({P}), frozenset({R}), False,
     re.compile(r"^\s*,\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:director|filmmaker|film-maker)\s+(?:behind|of|for)\s+"
                r"(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,4}?[“\"‘']?$", re.I), 0.85, "no-release-between"),
    # "the “Heatwave” video director Sasha Levin"
    ("release-video-director", "DIRECTED_BY", frozenset({R}), frozenset({P}), True,
     re.compile(r"^\s*[”\"’']?\s*(?:music\s+)?(?:video|clip|mv|visuals?|film|movie)\s+(?:co-)?(?:director|filmmaker)\s+$",
                re.I), 0.85, ""),
    # "(with) director Sasha Levin for the “Heatwave” video", "director A, hired to shoot the clip for X"
    ("director-for-video", "DIRECTED_BY", frozenset({P}), frozenset({R}), False,
     re.compile(r"^\s*,?\s*(?:(?:again|once again|who was hired|hired|brought in|drafted in)\s+)?"
                r"(?:for|on|to\s+(?:direct|co-direct|shoot|helm|film|make))\s+(?:(?:the|his|her|their|its|a)\s+)?"
                r"(?:(?:music\s+)?(?:video|clip|visuals?|mv)\s+(?:for|of|to)\s+)?(?:[\w'’-]+\s+){0,3}?[“\"‘']?$", re.I),
     0.8, "director-named-video"),
    ("film-by-director", "DIRECTED_BY", frozenset({P}), frozenset({R}), False,
     re.compile(r"^\s*(?:film|movie|documentary)\s+$", re.I), 0.75, ""),
    # MEMBER_OF: a band's bandmate
    # "Static Parade bandmate Jonah Kells", "Harbour's former bandmate A": the band names whose bandmate A is
    ("group-bandmate-person", "MEMBER_OF", frozenset({G}), frozenset({P}), False,
     re.compile(rf"^\s*{POSS}?\s*(?:(?:former|fellow|ex-|longtime|long-time|one-time)\s*)?(?:bandmate|band-mate|"
                r"groupmate|group-mate)\s+$", re.I), 0.8, "typed-group"),
    # "Mags Rowe Announces Third Album ‘X’", "ORBIT5 confirms comeback with 4th mini album “Y”",
    # "A has detailed her new EP, “Z”": announcing a release with its noun right before the title
    ("artist-announces-release", "BY_ARTIST", ART, frozenset({R}), False,
     re.compile(r"^\s+(?:(?:has|have|had|will|officially|finally|just|also|today|now)\s+)*(?:announces?|announced|"
                r"confirms?|confirmed|reveals?|revealed|details?|detailed|unveils?|unveiled)\s+"
                r"(?:(?:[\w'’-]+\s+){0,3}?(?:with|for)\s+)?(?:(?:her|his|their|its|the|a|an|new|\d+(?:st|nd|rd|th)|first|"
                r"second|third|fourth|fifth|sixth|seventh|joint|debut|sophomore|studio|solo|upcoming|next|"
                r"full-length|english|japanese|korean|spanish|special|mini|collaborative|(?:19|20)\d\d)\s+){0,4}"
                r"(?:album|ep|lp|single|mini[- ]album|mixtape|record)\s*[,:]?\s*[“\"‘']?$", re.I),
     0.75, "no-artist-between"),
    # MEMBER_OF: the make-up of a band
    # "Hedge & Briar is the duo of singer A and guitarist B", "X are a trio of A, B and C": the band and its make-up
    # (named like the rule above so the rest of the list follows)
    ("group-made-of-people", "MEMBER_OF", frozenset({G}), frozenset({P}), False,
     re.compile(r"^\s*(?:is|are|was|were)\s+(?:(?:now|still)\s+)?(?:the|a|an)\s+(?:[\w&/-]+\s+){0,3}?"
                r"(?:duo|trio|band|group|pair|quartet|quintet|sextet|outfit|collective|partnership)\s+"
                r"(?:of|made up of|comprising|consisting of|formed by|fronted by|led by)\s+"
                r"(?:(?:(?:[a-z-]+\s+){0,4}?(?:" + ROLE + r"|player)|(?:sisters|brothers|siblings|twins|cousins|spouses))\s+)?$",
                re.I), 0.8, ""),
    # "The Final Supper Club, led by Ida Morland;", "Dakota, led as ever by guitarist Lem Varga,"
    ("group-consists-of-people", "MEMBER_OF", frozenset({G}), frozenset({P}), False,
     re.compile(r"^\s*,\s*(?:(?:now|still|once|formerly|originally|long|since)\s+)*(?:fronted|led|co-led|headed)\s+"
                r"(?:(?:as\s+ever|as\s+always|still|now|again)\s+)?by\s+(?:(?:[\w-]+\s+){0,2}?(?:" + ROLE +
                r"|producer|songwriter)\s+(?:(?:and|&)\s+(?:[\w-]+\s+)?(?:" + ROLE + r"|producer|songwriter)\s+)?)?$",
                re.I), 0.8, "fronted-or-led"),
    # "The duo of producer A and singer B wrote ...": a description of the article's band opening on its make-up
    ("group-made-of-people", "MEMBER_OF", frozenset({G}), frozenset({P}), False,
     re.compile(r"^\s+(?:of|made up of|comprising|consisting of)\s+(?:(?:(?:[a-z-]+\s+){0,2}?(?:" + ROLE +
                r"|producer|player)|(?:sisters|brothers|siblings|twins|cousins|spouses))\s+)?$", re.I), 0.8,
     "description-band-noun"),
    # "“Glasswing” – Sunday Parade (dir. A)": a listing line, the title, its artist and the director in brackets
    ("title-artist-dir", "DIRECTED_BY", frozenset({R}), frozenset({P}), True,
     re.compile(r"^\s*[”\"’']?\s*[-–—]\s+[^\n.;()“”\"]{1,50}?\s*[(\[]\s*(?:dir\.|dir:|directed\s+by:?|director:?)\s*$",
                re.I), 0.85, ""),
    # "shared lead single “X,” a dark folk song, together with its official clip directed by A"
    ("release-with-video-directed-by", "DIRECTED_BY", frozenset({R}), frozenset({P}), True,
     re.compile(r"^\s*,?\s*[”\"’']?[^.;“”\"]{0,100}?\b(?:alongside|along\s+with|together\s+with|with|plus)\s+"
                r"(?:an?|its|the|their|her|his)\s+(?:official\s+|accompanying\s+|new\s+)?(?:music\s+)?"
                r"(?:video|clip|visuals?|mv)\s*,?\s*(?:directed|co-directed|helmed)\s+by\s+$", re.I), 0.8, ""),
]

# Rules whose first name may be a resolved description: "The MV was directed by X", "the group - A, B and C -"
_DESCRIPTION_SUBJECT_RULES = frozenset({"release-directed-by", "release-feat-artist", "group-lineup",
                                        "description-possessive-release",
                                        "group-made-of-people", "group-features-members"})

_PERSON_NAME = re.compile(r"^[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+)+$")


_NOUN_FROM_BEFORE = re.compile(rf"(?:^|\W){RELEASE_FROM}\s+(?:the\s+)?$", re.I)


_TITLE_DASH_BEFORE = re.compile(r"[”\"’']\s+[-–—]\s+$")


_RULES_BY_TYPES: dict[tuple[EntityType, EntityType], list] = {}


def _rules_for_types(first: EntityType | None, second: EntityType | None) -> list:
    """The pair rules that can fire for two names of these types, in rule order: when both
    are typed only the rules whose type slots hold both types (an untyped name may
    still fill a slot, so it keeps every rule)."""
    if first is None or second is None:
        return PAIR_RULES
    key = (first, second)
    if key not in _RULES_BY_TYPES:
        _RULES_BY_TYPES[key] = [rule for rule in PAIR_RULES if first in rule[2] and second in rule[3]]
    return _RULES_BY_TYPES[key]


def pair_candidates(ctx: Context) -> Iterator[Candidate]:
    named = sorted(ctx.mentions, key=lambda m: m.start)
    for i, a in enumerate(named):
        sent = ctx.sents[a.sent]
        for b in named[i + 1:i + 7]:
            if a.entity == b.entity or b.start - a.end > 30 or b.pronoun:
                continue
            rules = _rules_for_types(ctx.etype(a), ctx.etype(b))
            if not rules:
                continue
            between = ctx.between(a, b)
            if "\n" in between:
                continue
            # The parser sometimes ends a sentence at "feat."; real sentence ends stop pairs.
            if b.sent != a.sent and re.search(r"(?<!feat)(?<!\bft)(?<!\bdir)[.!?][”\"’']?\s", between + " "):
                continue
            for name, relation, ta, tb, a_is_subject, pattern, conf, check in rules:
                # "VORS Sunho": an all-caps group may be untyped, the person may not
                strong = check != "caps-group" or (a.text.isupper() and len(a.text) > 1)
                if a.pronoun and check not in {"possessive-pronoun", "person-pronoun-ok", "pronoun-then-release-noun"} and not (
                        a.source == "description" and name in _DESCRIPTION_SUBJECT_RULES):
                    continue
                if a.pronoun and check == "person-pronoun-ok" and a.text.lower() not in {"his", "her"}:
                    continue
                if check == "possessive-pronoun" and not (
                        a.pronoun and a.text.lower() in {"his", "her", "their"}):
                    continue
                credit = name in {"release-feat-artist", "release-with-credit"}
                # the types first: they rule out most rules for a pair at a fraction of a pattern's cost
                if not (ctx.fits(a, ta, strong) and (ctx.fits(b, tb, strong and check != "caps-group", credit)
                                                     if tb else (
                        ctx.etype(b) is None and b.source.split("+")[0] in TYPEABLE_SOURCES))):
                    continue
                if not pattern.match(between):
                    continue
                if credit and ctx.etype(a) is None and _TITLE_DASH_BEFORE.search(ctx.before(a, 12)):
                    continue  # "“Maldita Playa” - Rubí Santana feat. Yeyo": the name after a title's dash is its artist
                if credit and ctx.etype(a) is not R and re.search(r"[”\"’']?\s*\bby\s+$", ctx.before(a, 8)):
                    continue  # "“X” by A featuring B": the name after "by" is the title's artist
                if relation == "MEMBER_OF" and a_is_subject and re.match(rf"{POSS}\s", ctx.after(b, 4)):
                    continue  # "one of the Republic's best-loved artists": "of" reaches the possessed noun
                if not _check(ctx, check, a, b, between):
                    continue
                subj, obj = (a, b) if a_is_subject else (b, a)
                start, end = ctx.char_span(a, b)
                yield Candidate(relation, subj.entity, obj.entity, start, end, sent, conf, name,
                                subject_type=implied_type(relation, True, subj, ctx),
                                object_type=implied_type(relation, False, obj, ctx))
                break


def _possessed_kind(ctx: Context, owner: Mention, owned: Mention) -> str:
    """What "X's Y" means when the types leave it open: a member ("OXA's Rei")
    or a work ("Sisters Aloft's Wake Me Slowly")."""
    owner_type, owned_type = ctx.etype(owner), ctx.etype(owned)
    if owned_type is R:
        return "release"
    if owned_type is P and owned.source.startswith(("ner:PERSON", "gazetteer", "caps+cue")):
        return "member" if owner_type in {G, None} and not _PERSON_NAME.match(owner.text) else "none"
    if owned_type is not None:
        return "member" if owned_type is P and (owner_type is G or (owner_type is None and not _PERSON_NAME.match(
            owner.text))) else "none"
    words = owned.text.split()
    nxt = ctx.tokens[owned.end] if owned.end < len(ctx.doc) else None
    if nxt is not None and nxt.lemma_.lower() in {"say", "tell", "add", "explain", "admit", "claim", "insist", "think",
                                                   "believe", "describe", "recall", "acknowledge"}:
        return "none"  # "Beat FM's K Cash says ...": what speaks is no release
    if owner_type is P or (len(words) >= 2 and not owned.source.startswith("ner:PERSON")):
        return "release"
    return "member" if owner_type in {G, None} else "none"


def implied_type(relation: str, subject: bool, m: Mention, ctx: Context) -> EntityType | None:
    if ctx.etype(m) is not None:
        return None
    return {("MEMBER_OF", True): P, ("MEMBER_OF", False): G, ("DIRECTED_BY", False): P,
            ("BY_ARTIST", True): R, ("FEATURES", True): R, ("DIRECTED_BY", True): R,
            ("BY_ARTIST", False): artist_guess(m), ("FEATURES", False): artist_guess(m),
            }.get((relation, subject))


def artist_guess(m: Mention) -> EntityType:
    """An untyped artist: a person when it reads like a personal name."""
    return P if m.source.startswith("ner:PERSON") or _PERSON_NAME.match(m.text) else G


# words that introduce an artist's name ("labelmates ORBIT7", "Glasgow band The Marigolds")
_ARTIST_WORDS = PERSON_ROLES | GROUP_NOUNS | {"labelmates", "labelmate", "stablemates", "compatriots", "rookies",
                                              "newcomers", "veterans", "legends", "rockers", "hitmakers", "popsters",
                                              "juniors", "seniors", "sunbaes", "singer-songwriter", "girl", "boy"}


def _check(ctx: Context, check: str, a: Mention, b: Mention, between: str) -> bool:
    if not check:
        return True
    if check in _MEMBERSHIP_CHECKS:
        return _membership_check(ctx, check, a, b)
    if check == "caps-group":
        # "VORS Sunho": only a group written in capitals, or typed as a group.
        return ctx.etype(a) is G or (a.text.isupper() and len(a.text) > 1 and a.text.lower() not in PERSON_ROLES)
    if check == "release-noun-from-before":
        return bool(_NOUN_FROM_BEFORE.search(ctx.before(a, 50)))
    if check == "member-after":
        return bool(re.match(rf"^\s*{POSS}?\s*(?:{ROLE}|members|bandmate)\b", ctx.after(b), re.I))
    if check == "possessed-member":
        return _possessed_kind(ctx, a, b) == "member"
    if check == "possessed-release":
        if not _owned_work(ctx, b, between) or _name_open(ctx, b, between):
            return False
        return not _place_possessive(ctx, a, between) and _possessed_kind(ctx, a, b) == "release"
    if check == "not-person-name":
        # "HARROW & VINE ANNOUNCE NEW ALBUM 'X'": a spaced apostrophe opens a quote, it owns nothing;
        # "The Pylon Kids' 2020 album": a bare year is no title
        if re.fullmatch(r"(?:19|20)\d\d", b.text.strip()) or not _owned_work(ctx, b, between) or _name_open(
                ctx, b, between):
            return False
        return not _place_possessive(ctx, a, between)
    if check == "artist-owns-after":
        # "“K-9,” Moru's second solo mixtape", "“H-Hour,” the album Moru has coming"
        owner_after = bool(re.match(
            rf"^\s*{POSS}\s*(?:[\w-]+\s+){{0,3}}?(?:album|single|song|track|record|ep|mixtape|hit|debut|release)\b",
            ctx.after(b), re.I))
        if owner_after and re.search(r"\b(?:track|song|single|cut|number|ballad)\s+(?:from|of|off|on)\s*$", between, re.I):
            return True  # "“Greenroom”, the opening track of Suri Pak's debut"
        if re.match(rf"^(?:{QCOMMA})(?:the|a|an)\s+(?:[a-z-]+\s+){{0,3}}$", between) and re.match(
                r"^\s*(?:album|single|song|track|record|ep|lp|mixtape|video|debut|ballad|anthem)\b", ctx.after(b, 12),
                re.I) and b.text.lower() not in PLATFORMS and not AWARD_WORDS & set(b.text.lower().split()):
            return True  # "“Novembre,” the only Les Pluies album": the artist's name used as an adjective
        return (bool(re.match(rf"^(?:{QCOMMA})[“\"‘']?$", between)) and bool(re.match(
            rf"^\s*{POSS}\s*(?:[\w-]+\s+){{0,3}}?(?:album|single|song|track|record|ep|mixtape|hit|debut|release)\b",
            ctx.after(b), re.I))) or bool(
            re.search(r"\b(?:album|single|song|track|record|ep|mixtape)\s*$", between, re.I)
            and re.match(r"^\s*(?:has|had|is|was|will|released|dropped|recorded|put out|made)\b", ctx.after(b), re.I))
    if check == "artist-not-possessor":
        if not _release_by_maker(ctx, a, b, between):
            return False
        # "from Cardiff's Tuesday": the name before "'s" only qualifies the name after it (but "the single
        # from Quinn's third album" is Quinn's)
        if re.match(rf"^\s*{POSS}\s+[A-Z]", ctx.after(b, 8)):
            return False
        if re.search(r"\b(?:directors?|film-?makers?|photographers?|producers?|video|clip|visuals?|mv)\s+(?:by\s+)?"
                     r"(?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?$", between, re.I):
            return False  # "a video by director Sasha Levin": who made the video, not whose song it is
        hit = re.search(r"\b(?P<noun>\w+)\s+(?P<prep>by|from|of)\s+(?P<role>(?:the\s+)?(?:[\w-]+\s+){0,2}?)"
                        rf"(?:[\w-]+{POSS}\s+)?$", between, re.I)
        if hit is None or hit.group("prep").lower() == "by" or ctx.etype(b) in ART:
            return True
        if re.match(rf"^\s*{POSS}\s+(?:[\w-]+\s+){{0,3}}?(?i:{_RELEASE_HEAD})\b", ctx.after(b, 40)):
            return True  # "the lead single from Dorsey's second album": the album's artist
        # an untyped name after "from"/"of" may be an album ("the title track of KYO 5th"): only a role
        # word or an album noun says it is the artist ("the single of labelmates Y", "the album from Y")
        role = hit.group("role").split()
        return bool(role and role[-1].lower() in _ARTIST_WORDS) or (
            hit.group("prep").lower() == "from" and hit.group("noun").lower() in {
                "album", "albums", "ep", "lp", "record", "mixtape", "debut", "mini-album", "effort", "offering"})
    if check == "owner-made-it":  # "Nilo's club hit X", not "Nilo's favourite song X"
        return not _name_open(ctx, b, between) and not re.search(r"\b(?:favou?rite|fave|go-to|least|preferred|dream|karaoke|cover|covers)\b", between, re.I)
    if check == "description-owner":
        # "the group's 2016 hit": a description the references resolved, when no other artist of its
        # type is named in this or the previous sentence ("... Harbour frontman A. The band's first single")
        if not (a.source == "description" and a.pronoun in {"group", "person"}
                and _check(ctx, "owner-made-it", a, b, between)):
            return False
        kind = ctx.etype(a)
        return not any(m.entity != a.entity and not m.pronoun and (ctx.etype(m) is kind or (
            ctx.etype(m) is None and m.source.split("+")[0] in TYPEABLE_SOURCES))
                       for s in (a.sent - 1, a.sent) for m in ctx.by_sent.get(s, []))
    if check == "possessive-pronoun":
        # "Ocampo has worked with Lira since his 2020 album": a pronoun resolved to the article's director
        # is more likely the artist's; "their first No. 1 album" names a chart place, not a title
        return not _presented_as_director(ctx, a.entity) and not re.fullmatch(r"(?:No\.?|Number)\s*\d+", b.text)
    if check == "name-as-adjective":
        # a determiner before the name ("the 1979 Ned Fairley cover"), and no label, outlet or award name
        words = set(a.text.lower().split())
        return bool(re.search(r"\b(?:the|a|an|this|that|another)\s+(?:(?:19|20)\d\d\s+|[a-z][a-z-]*\s+){0,2}$",
                              ctx.before(a, 30))) and not words & (PLATFORMS | ORG_WORDS | AWARD_WORDS)
    if check == "no-artist-between":
        inner = [m for m in ctx.by_sent.get(a.sent, []) if a.end <= m.start and m.end <= b.start]
        if not _released_work(ctx, b, between, inner):
            return False
        if modifies_other_artist(ctx, a):
            return False  # "K-Dawn of VORS put out X": the release is K-Dawn's
        return not any(ctx.etype(m) in ART and m.entity != a.entity and not modifies_other_artist(ctx, m)
                       for m in inner) and not re.search(
            r"\b(?:written|produced|composed|penned|directed|said|says|told|featured|which|that)\b",
            between, re.I) and not re.search(  # "recorded a duet with Rosa Delgado": a partner, not the work
            r"\b(?:duet|collaboration|track|song|single|record|album|video|forces)\s+(?:with|featuring|alongside)\s*$",
            between, re.I)
    if check == "with-performer":
        # the part they perform after the name; "“X”, with producer Y", "co-wrote “X”, with Y"
        # or "released “X”, with singer Y" (a co-credit?) is no feature
        return _check(ctx, "title-not-collab-object", a, b, between) and bool(re.match(
                r"^\s*(?:on|handling|taking|singing|rapping|adding)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?"
                r"(?:verse|chorus|hook|bridge|vocals?|rap|harmon(?:y|ies)|refrain)\b", ctx.after(b, 40), re.I))
    if check == "title-not-collab-object":
        # "the hit track Lady Marigold with Lil' Brisk" credits Lil' Brisk on it; "collaborated on X with Y" does not
        before = ctx.before(a, 40).lower()
        return not re.search(r"\b(?:on|in|collaborat\w*|duet\w*|perform\w*|sang|sing\w*)\s+(?:the\s+)?(?:\w+\s+)?[“\"‘']?$",
                             before)
    if check == "with-credit-title":
        return _with_credit_title(ctx, a, b, between)
    if check == "person-pronoun-ok":
        # "his new band Skyforge", "Thornton's departure from Snapped"; not "Manchester band The Copper Kites"
        return a.pronoun is not None or bool(re.match(rf"^\s*{POSS}", between))
    if check == "lineup-nearest-group":
        inner = [m for m in ctx.by_sent.get(a.sent, []) if a.end <= m.start and m.end <= b.start]
        return not any(artistlike(ctx, m) for m in inner) and lineup_closes(ctx, a, b, between)
    if check == "group-featuring":
        # a role before the name ("featuring frontman A"), or a description of a band before "featuring" ("the
        # new supergroup featuring A"): "VORS featuring Delsey" credits a guest on a song, not a member
        # "X brings together A singer B, ..." says X is a band even when nothing else typed it
        brings = bool(re.match(r"^\s*(?:brings|bring|brought|bringing)\s+together\b", between, re.I))
        return (ctx.etype(a) is G or (brings and ctx.etype(a) is None)) and (bool(re.search(rf"{ROLE}\s+$", between, re.I)) or (
            a.source == "description" and a.pronoun == "group"))
    if check == "half-of-before":  # "one half of the duo Vos & Vale alongside Juliette Vale"
        return ctx.etype(a) is G and bool(re.search(
            rf"\b(?:half|third|quarter|{ROLE}s?)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?$", ctx.before(a, 50), re.I))
    if check == "members-of-before":  # "The (current) members of Northline are A, B and C"
        return bool(re.search(r"\bmembers\s+of\s+(?:the\s+)?$", ctx.before(a, 40), re.I))
    if check == "release-noun-somewhere":  # "whose album New Shapes" or "whose New Shapes album"
        return bool(re.search(rf"\b{RELEASE_WORDS}\b", between, re.I)) or bool(re.match(
            r"^\s*[”\"’']?\s*(?:album|single|song|track|ep|mixtape|record|lp)\b", ctx.after(b, 12), re.I))
    if check == "pronoun-then-release-noun":  # "his Y'all Know of Me single"
        return a.pronoun is not None and a.text.lower() in {"his", "her", "their"} and bool(re.match(
            r"^\s*[”\"’']?\s*(?:album|single|song|track|ep|mixtape|record|lp|ballad|anthem)\b", ctx.after(b, 12), re.I))
    if check == "not-a-version":  # "a version of Walk This Road sung by 4tune": a cover, not the original
        if re.match(rf"^\s*{POSS}\s", ctx.after(b, 4)) or re.search(r"\b(?:live|concert|ceremony|gala|show)\b",
                                                                   between, re.I):
            return False  # "sung by NOVELLA's Yeojin": the group only says whose member sang it
        return not re.search(r"\b(?:version|cover|rendition|remake|remix|take)\s+of\s+(?:the\s+)?[“\"‘']?$",
                             ctx.before(a, 40), re.I)
    if check == "bracket-closes":  # "Marco Vitti (ex-Glass Tigers)": the bracket holds only the band
        return bool(re.match(r"^\s*[)\]]", ctx.after(b, 5)))
    if check == "group-role-after":  # "Ava Holt, Northline's lead vocalist"
        return bool(re.match(rf"^\s*{POSS}\s*{MOD}?(?:[\w-]+\s+)?{ROLE}\b", ctx.after(b), re.I))
    if check == "people-list":  # "A (vocals), B (guitar) and C make up Northline": only a list of people
        listed = coordinated_before(ctx, a)
        return len(listed) >= 2 or ctx.etype(b) is G
    if check == "fronted-or-led":
        # "fronted by" names a band's singer whatever typed the band; "led by" only with a band or a band role
        # ("fronted by Thornton's brother" names someone else)
        if re.match(rf"^\s*{POSS}", ctx.after(b, 4)):
            return False
        return bool(re.search(r"\bfronted\b", between, re.I)) or ctx.etype(a) is G or bool(
            re.search(rf"\b(?:{ROLE})\s+$", between, re.I))
    if check == "description-band-noun":  # "the duo of A and B", not "the band of the year" or "the leader of"
        return a.source == "description" and a.pronoun == "group" and bool(re.fullmatch(
            r"(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:duo|trio|pair|quartet|quintet|sextet|band|group|outfit)",
            a.text, re.I))
    if check == "typed-group":  # "Supergroup Iron Orchard, featuring A and B" (an untyped name may be a song)
        return ctx.etype(a) is G
    if check == "fronted-director":  # "Directed by X, the clip for Y"
        return bool(re.search(r"\b(?:directed|co-directed|helmed|shot|filmed)\s+by\s+$", ctx.before(a, 30), re.I))
    if check == "not-qualifier":  # "featuring MORU of VORS": VORS only says whose member MORU is
        return not is_qualifier(ctx, b)
    if check == "guest-on-release":
        # "A guests on B's song X" (not on B); an actor or a clip appearance is a cameo, not a feature
        inner = [m for m in ctx.by_sent.get(a.sent, []) if a.end <= m.start and m.end <= b.start]
        return (is_musician(ctx, a) and not re.match(rf"^\s*{POSS}", ctx.after(b, 3))
                and not re.search(r"\bappear\w*\s+in\b", between, re.I)
                and not any(ctx.etype(m) is R for m in inner))
    if check == "directed-by-video":
        # "shot by" / "made by" direct only a video: "the cover was shot by photographer A" does not
        if re.search(r"\b(?:shot|filmed|made)\s+by\b", between, re.I) and (re.search(
                r"\b(?:photographer|photo|photos|cover|artwork|producer)\b", between, re.I) or not re.search(
                r"\b(?:video|clip|mv|visuals?|film|movie)\b", span_text(ctx.sents[a.sent]), re.I)):
            return False
        return _check(ctx, "no-release-between", a, b, between)
    if check == "director-named-video":
        # only a person called a director, and only for a video: "director A for the “X” video"
        return (a.role == "director" or bool(re.search(r"\b(?:director|filmmaker|film-maker)\s*$", ctx.before(a, 20),
                                                         re.I))) and bool(
            re.search(r"\b(?:video|clip|visuals?|mv)\b", between, re.I)
            or re.match(r"^\s*[”\"’']?\s*(?:music\s+)?(?:video|clip|visuals?|mv)\b", ctx.after(b, 20), re.I))
    if check == "one-artist-between":
        inner = [m for m in ctx.by_sent.get(a.sent, []) if a.end <= m.start and m.end <= b.start and not m.pronoun]
        return len(inner) == 1 and artistlike(ctx, inner[0]) and not is_qualifier(ctx, b)
    if check == "no-release-between":
        inner = [m for m in ctx.by_sent.get(a.sent, []) if a.end <= m.start and m.end <= b.start]
        return not any(ctx.etype(m) is R for m in inner)
    return True


# "recorded “X” with B", "released X with B": B made the record with its artist (a co-credit, read by
# collaborations.made_with_candidates); "records as X with B", "half of X with B": X names an act, not a song
_MADE_OR_NAMED_BEFORE = re.compile(r"\b(?:recorded|records|record|recording|released|releases|release|cut|cuts|made|"
                                   r"makes|wrote|writes|co-wrote|dropped|drops|shared|shares|put\s+out|puts\s+out|"
                                   r"issued|issues|as|(?:half|part|members?|one)\s+of)\s+(?:(?:the|a|an|his|her|their|its|new|joint|"
                                   r"single|song|track|album|ep|duet)\s+)*[“\"‘']?$", re.I)

# "“X” with B ... credited jointly to both acts": a shared credit, not a guest's
_JOINT_CREDIT = re.compile(r"\b(?:credited\s+jointly|jointly\s+credited|credited\s+to\s+both|co-credited|"
                           r"joint\s+(?:single|release|track|song|album|ep))\b", re.I)


def _with_credit_title(ctx: Context, a: Mention, b: Mention, between: str) -> bool:
    """Whether "X with B" credits B as a guest of the title X ("His song Come On Back
    with Nina Falk won ..."): X is a title (typed or quoted), not the work of a
    verb of making or an act's name ("He recorded “X” with B", "records as The X with
    B"), and the sentence does not call the credit joint."""
    if ctx.etype(a) is not R and not a.quoted and (ctx.etype(b) not in ART or not ctx.before(a, 40).strip(
            ) or ctx.tokens[a.start].is_sent_start or "\n" in ctx.before(a, 3)):
        return False  # "Fall from Grace with God": a piece of a longer name; "Deep Cuts with A": a show's
    if not _check(ctx, "title-not-collab-object", a, a, between) or _MADE_OR_NAMED_BEFORE.search(ctx.before(a, 40)):
        return False
    if re.match(r"^\s*[”\"’']?\s*,?\s*With\s", between):
        return False  # "Revisit ‘Lake Effect’ With 25th Anniversary Edition": a title-case headline
    if re.match(rf"^\s*{POSS}", ctx.after(b, 4)):
        return False  # "“X,” with A's cameo in the video": A's part is named, and it is no credit
    if re.match(r"^\s+(?!sing|rapp|duet|trad|add|deliver|croon)[a-z]+ing\b", ctx.after(b, 20)):
        return False  # "came “X”, with A playing lounge crooner": what A does, not a credit
    return not _JOINT_CREDIT.search(span_text(ctx.sents[a.sent]))


def _place_possessive(ctx: Context, a: Mention, between: str) -> bool:
    """"the album from Leeds's Drowned Orchard": after "<release> by/from/of", a name
    possessing the next name directly is a place or label that qualifies the artist."""
    return bool(re.match(rf"^\s*{POSS}\s*$", between) and re.search(
        rf"\b(?i:{_RELEASE_HEAD})s?\s+(?:by|from|of)\s+(?:the\s+)?$", ctx.before(a, 40)))


# a director of something else than a film or video: "creative director A", "A, the band's art director"
_NOT_FILM_DIRECTOR = r"(?:creative|art|artistic|musical|music|managing|executive|casting|fashion|marketing|label|festival)"
# "directed by A", "helmed by A", "director A", "music-video director A", "one of pop's busiest directors, A"
_DIRECTOR_BEFORE = re.compile(r"\b(?:(?:co-)?directed|helmed)\s+by\s*$|"
                              rf"(?:(?<![\w-])(?!{_NOT_FILM_DIRECTOR}\s)[\w-]+\s+|^\s*|[^\w\s-]\s*)(?:director\s*|directors\s*,\s*)$", re.I)
# "A, the Oslo-based director", "A, a video director", "A: the quiet filmmaker behind ..." (a heading)
_DIRECTOR_APPOSITION = re.compile(rf"^\s*[,:]\s*(?:(?:the|a|an)\s+)?(?:(?!{_NOT_FILM_DIRECTOR}\s)[\w-]+\s+){{0,3}}?"
                                  r"(?:director|filmmaker|film-maker)\b", re.I)


def _presented_as_director(ctx: Context, entity: int) -> bool:
    """The article introduces ``entity`` by name as a director ("directed by A", "director A",
    "A, the film director"): a pronoun that stands for them directs other people's videos too,
    and "his album" is less likely theirs. (directors.py uses it too.)"""
    return entity >= 0 and any(not x.pronoun and (
        x.role == "director" or _DIRECTOR_BEFORE.search(ctx.before(x, 30))
        or _DIRECTOR_APPOSITION.match(ctx.after(x, 50))) for x in ctx.entities[entity].mentions)


def qualifies_partner(ctx: Context, m: Mention) -> bool:
    """``m`` only qualifies another name through a role ("UNIT 404 member Daeho",
    "former Idle singer Glen Rowles")."""
    node = ctx.doc[m.start:m.end].root
    owner = ctx.token_mention.get(node.head.i)
    return node.dep_ in {"compound", "nmod", "amod"} and (
        node.head.lower_ in PERSON_ROLES or (owner is not None and owner is not m and ctx.tokens[m.end].lower_ in
                                             PERSON_ROLES))


def inside_clause(ctx: Context, m: Mention, top: Token) -> bool:
    """``m`` sits in a clause hanging on ``top`` ("The group, formed in 2019 by A and B,"):
    a name there is not the subject itself."""
    node = ctx.doc[m.start:m.end].root
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ in {"acl", "relcl", "advcl"}:
            return True
        node = node.head
    return False


# -- line-ups closed by their marks ---------------------------------------------------------------------

_LINEUP_CLOSE = {"(": re.compile(r"^\s*\)"), ":": re.compile(r"^\s*(?:[.;]|$)")}


def lineup_closes(ctx: Context, a: Mention, b: Mention, between: str) -> bool:
    """A name set off after a band starts its line-up only when the text says so:
    "whose line-up is A, B and C", or a band (or a description of one) whose set-off
    list names two people at least and closes ("NEON PARADE - A, B and C - have",
    "duo X (A and B)"); "Words: Rosie Tait", "Ash Semaphore – Greyhound Motel" and
    "Bandwidth (Lil Saffron x Dro)" are captions, track lines and credits."""
    if re.search(r"\b(?:line-?ups?|members)\b", between, re.I):
        return True
    if not (ctx.fits(a, {G}, True) or (a.source == "description" and a.pronoun == "group")):
        return False
    doc = ctx.doc
    if a.start > 1 and tokens(doc)[a.start - 1].text in {":", "-", "/", "//"} and not tokens(doc)[a.start - 2].whitespace_ and (
            a.start - 2 in ctx.token_mention):
        return False  # "BLUSH//CODE:LOVE (A, B)": the last piece of a name in pieces is no band of its own
    opener = next((c for c in between if c in "(:-–—"), "-")
    opener = opener if opener in "(:" else "-"
    listed = coordinated(ctx, b)
    close = _LINEUP_CLOSE.get(opener, re.compile(r"^\s*(?:--|[-–—])(?:\s|$)"))
    return len(listed) >= 2 and bool(close.match(ctx.after(listed[-1], 6)))


# -- membership from make-up descriptions, replacements and guides ---------------------------------------

# Words that end a genre's name ("Afropop star A", "Synthpunk singer B"): a genre qualifies a role, it is no band
_GENRE_END = re.compile(r"(?:pop|rock|punk|core|wave|hop|step|soul|jazz|metal|folk|gaze|house|techno|trap|drill|"
                        r"funk|grime|beat|tronica|piano)$", re.I)

_PLACE_SOURCES = frozenset({"ner:GPE", "ner:LOC", "ner:NORP", "ner:FAC"})


_MEMBERSHIP_CHECKS = frozenset({"role-names-no-band", "place-not-band"})


def _membership_check(ctx: Context, check: str, a: Mention, b: Mention) -> bool:
    """Guards of the MEMBER_OF pair rules that read a band's make-up."""
    doc = ctx.doc
    if check == "role-names-no-band":
        # "Rising singer A", "Acclaimed guitarist B", "Afropop star C": a capitalised adjective or a genre
        # opening the sentence describes the person; it is no band (a band named elsewhere in the article is)
        if re.fullmatch(r"(?:[A-Z][a-z]+-)+[A-Z][a-z]*(?:an|ese|ish|ch|ic|i)", a.text):
            return False  # "Franco-Chilean singer A", "Korean-American rapper B": nationalities, no band
        if a.end - a.start != 1 or ctx.mention_counts(G).get(a.entity, 0) > 1:
            return True
        tok = tokens(doc)[a.start]
        if tok.i > 0 and tokens(doc)[tok.i - 1].text in {"-", "–"} and not tokens(doc)[tok.i - 1].whitespace_ and tok.i > 1 and (
                not tokens(doc)[tok.i - 2].whitespace_):
            return False  # "Palestinian-Chilean singer A": the end of a hyphenated adjective is no band
        first = tok.i == tok.sent.start or tokens(doc)[tok.i - 1].is_punct
        return not (first and (tok.tag_ in {"VBG", "VBN"} or _GENRE_END.search(tok.text) or tok.lower_ in DESCRIPTORS
                               or re.search(r"(?:ed|ing|ous|ful|ive)$", tok.lower_)))
    if check == "place-not-band":
        if re.search(r"\b(?:not|never)\b", ctx.between(a, b), re.I):
            return False  # "Kim, who is not a member of Harbour"
        # "formerly of Grimsby hardcore mob Iron Hymnal": a place that only qualifies the band is not the band
        source = b.source.split("+")[0]
        return not (ctx.etype(b) is None and b.end < len(doc) and tokens(doc)[b.end].is_lower and tokens(doc)[b.end].pos_ in {"NOUN", "ADJ"}
                    and (source in _PLACE_SOURCES or source == "caps"))
    return True


# -- what is not an authorship credit -------------------------------------------------------------------

# "reworks of “X” by A", "a cover of “X” by A": the name after "by" made the new version, not the song
_VERSION_OF_BEFORE = re.compile(r"\b(?:remix(?:es)?|re-?works?|re-?mix(?:es)?|mix(?:es)?|edits?|covers?|versions?|"
                                r"renditions?|reinterpretations?|remakes?|re-?recordings?)\s+of\s+(?:the\s+)?[“\"‘']?\s*$", re.I)
# "Artwork: “Taxonomy No. 3” by A", "Cover photo: X by A": a credit line for a picture
_PICTURE_LINE = re.compile(r"(?:^|\n)\s*(?:(?:cover\s+)?(?:art|artwork|photo|photograph|photography|painting|"
                           r"illustration|image|picture)s?)\s*:\s*[“\"‘']?\s*$", re.I)
# "the upcoming RPG from studio Kiln & Comet": makers of games and films, labels
_NOT_ARTIST_WORDS = frozenset({"studio", "studios", "developer", "developers", "publisher", "publishers", "label",
                               "imprint", "distributor", "network", "broadcaster", "company", "brand"})


def _release_by_maker(ctx: Context, a: Mention, b: Mention, between: str) -> bool:
    """Whether "“X” by/from A" can credit the release X to A: not for a remix or
    cover of X ("reworks of “X” by A"), a picture's credit ("Artwork: “X” by A"),
    a studio or label ("from studio A"), or a production credit line ("Mixed by A")."""
    before = ctx.before(a, 60)
    if _VERSION_OF_BEFORE.search(before) or _PICTURE_LINE.search(before):
        return False
    words = re.findall(r"[a-z-]+", between.lower())
    if words and words[-1] in _NOT_ARTIST_WORDS:
        return False
    return not (not a.quoted and re.fullmatch(r"[A-Z][a-z]+ed", a.text.strip()))


_DATE_TEXT = re.compile(r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|"
                        r"\d{1,2}(?:st|nd|rd|th)?\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?")


def _released_work(ctx: Context, b: Mention, between: str, inner: list[Mention]) -> bool:
    """Whether the name after "A released/recorded ..." is the work A put out: not
    vocals or a verse for someone's track ("Adair recorded vocals for “X”"), a
    platform or place ("launches April 24 on PC"), a date ("dropped X on Wednesday
    (Jan. 21)") or a title's translation ("released Rua Sem Nome (“Street
    Without Name”)")."""
    if re.search(r"\b(?:vocals?|verses?|harmon(?:y|ies)|parts?|bars|hook|guitar|drums|bass|keys|piano|strings|"
                 r"backing|session|overdubs?|features?|cameos?)\s+(?:for|on|to)\s+[“\"‘']?\s*$", between, re.I):
        return False
    if re.search(r"\b(?:on|at|in|via|through|across)\s+(?:the\s+)?$", between, re.I):
        return False
    if _DATE_TEXT.fullmatch(b.text.strip()):
        return False
    return not re.search(r"\S\s*[(\[]\s*[“\"‘']?\s*$", between)


# places, venues and businesses a possessive names ("Glastonbury's Other Stage", "Lagos' Eko Convention
# Centre", "Vandal's Halfway House imprint", "Delphine Rourke's Song Catalog")
_PLACE_HEADS = frozenset({"stage", "centre", "center", "hall", "arena", "stadium", "theatre", "theater", "park",
                          "club", "festival", "catalog", "catalogue", "estate", "foundation", "records", "school",
                          "college", "university", "studio", "studios", "house", "church", "chapel", "street",
                          "square", "bridge", "museum", "gallery", "bar", "pub", "hotel", "airport", "station"})
_BUSINESS_AFTER = re.compile(r"^\s*(?:imprint|label|records|studio|studios|venue|club|stage|tour|festival|"
                             r"estate|company|shop|store|restaurant)\b", re.I)


# after an untyped name: the title (or a list of names) goes on ("Ormsby's Hold Me Near and Far", "Iron-Lotus
# Clan's QZA and VZA", "Quick n' Easy"), or the name is an artist described next ("A's Low Flying Kites, whose ...")
_NAME_GOES_ON = re.compile(r"^\s*(?:(?:n['’]?|['’]n['’]?|(?:of|for|from|with)(?:\s+(?:the|a|an))?)\s+[A-Z0-9]|"
                           r",\s*(?:who|whose)\b)")
_AND_NAME = re.compile(r"^\s*(?:and|&)\s+[A-Z0-9]")


def _name_open(ctx: Context, b: Mention, between: str) -> bool:
    """The unquoted name after "A's" is no whole title: a lone capital letter the text goes on from
    ("Vane's fourth album I left"), a title the text goes on with ("Marrow's solo record Storm for the Moth", "Quick n' Easy"), a
    name described as an artist ("A's Low Flying Kites, whose ...") or, with no release noun to say the
    names are works, a pair ("Ormsby's Hold Me Near and Far", "Iron-Lotus Clan's QZA and VZA")."""
    if b.quoted:
        return False
    after = ctx.after(b, 30)
    if len(b.text) == 1 and re.match(r"^\s+[a-z]", after):
        return True
    if _NAME_GOES_ON.match(after):
        return True
    return bool(_AND_NAME.match(after)) and not re.search(rf"(?i:{RELEASE_WORDS})", between)


def _owned_work(ctx: Context, b: Mention, between: str) -> bool:
    """Whether the untyped name after "A's" can be A's work: not after a spaced
    quote mark ("Desmond 'Dessie' Hebblethwaite"), nor a venue, place or business
    ("Glastonbury's Other Stage", "Vandal's Halfway House imprint")."""
    if re.match(r"^\s+['’](?!s\b)", between):
        return False
    if b.text.split()[-1].lower() in _PLACE_HEADS and not b.quoted:
        return False
    return not _BUSINESS_AFTER.match(ctx.after(b, 20))
