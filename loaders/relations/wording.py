"""Regular-expression pieces shared by several rule families: role words, possessives,
the words that introduce a release title and the punctuation that closes one."""

from __future__ import annotations

ROLE = (r"(?:singer|rapper|member|leader|vocalist|dancer|bassist|guitarist|drummer|frontman|"
         r"frontwoman|keyboardist|maknae|pianist|co-founder|founder|lead singer|lead vocalist|"
         r"main vocalist|rapper-dancer|star|sub-vocalist|visual|idol|veteran|alumnus|alum)")

MOD = r"(?:(?:former|ex-|new|fellow|founding|original|late|youngest|oldest|eldest|lead|main|then-)\s*)"

POSS = r"(?:'s|’s|‘s|'|’)"

RELEASE_WORDS = (r"(?:new|latest|upcoming|forthcoming|debut|first|second|third|fourth|fifth|sixth|"
                  r"\d+(?:st|nd|rd|th)|solo|lead|title|hit|classic|breakthrough|sophomore|comeback|"
                  r"full-length|studio|long-awaited|pre-release|earlier|previous|next|own|official|smash|"
                  r"chart-topping|single|album|song|track|ep|mini-album|record|mixtape|ballad|anthem|"
                  r"music|video|cover|version|number|release|project|duet|lp|english|korean|japanese|"
                  r"digital|special|mini|studio|concept|joint|collaborative|last|final|biggest|best-known|famous|"
                  r"most|recent|newest|current|double|cd|live|greatest|seventh|eighth|ninth|tenth|"
                  r"singles|songs|albums|tracks|hits|records|eps|mixtapes|\d{4})")

# "her hits include A", "their first hit was 1972's A", "his album, titled A"
_THEN_TITLE = (rf"(?:(?:include|includes|included|including|like|such as|was|is|were|are|has been|remains|titled|"
               rf"called|entitled)\s+)?(?:(?:19|20)\d\d{POSS}\s*)?")

QCOMMA = r"\s*(?:[”\"’']\s*,|,\s*[”\"’']|,)\s*"  # the comma closing a quoted title, either side of the quote

# the end of a quoted title: its closing quote and/or a comma, in either order ("X," / "X",), or nothing
QEND = r"\s*(?:[”\"’']\s*,?|,\s*[”\"’']?)?\s*"

# nouns a release is introduced with ("the 1968 single by", "his club hit")
_RELEASE_HEAD = (r"(?:single|album|song|track|record|ep|lp|mixtape|mini-album|hit|ballad|anthem|debut|video|"
                 r"release|cut|tune|number|offering|effort|smash|jam|banger|duet|collaboration|ost|b-side)")
