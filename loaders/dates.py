"""Resolve date phrases to ISO dates at the precision the text gives.

Relative phrases ("on Friday", "last month", "today") are resolved against
the article's publication date, looking forward or back by the tense of the
clause. Without a publication date only explicit dates resolve.

>>> from datetime import date
>>> resolve_date("January 24, 2024", None)
'2024-01-24'
>>> resolve_date("on Friday", date(2024, 8, 20), future=False)
'2024-08-16'
>>> resolve_date("March 2021", None)
'2021-03'
>>> resolve_date("earlier this year", date(2024, 8, 20))
'2024'
>>> resolve_date("last week", date(2024, 8, 20)) is None
True
>>> resolve_date("July last year", date(2024, 6, 24))
'2023-07'
>>> resolve_date("on Valentine's Day", date(2023, 12, 12), future=False)
'2023-02-14'
>>> resolve_date("earlier in the month", date(2023, 7, 26))
'2023-07'
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}

_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"((?:19|20)\d{2})"

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"\b{_YEAR}[-./]([01]?\d)[-./]([0-3]?\d)\b"), "ymd"),
    (re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"), "mdy"),
    (re.compile(rf"\b(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b"), "dmy"),
    (re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b"), "my"),
    (re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!\s*,?\s*(?:19|20)\d{{2}})"), "md"),
    (re.compile(rf"\b(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}\b"), "dm"),
    (re.compile(rf"\b{_YEAR}\b"), "y"),
]
_RELATIVE = re.compile(
    r"\b(today|tonight|yesterday|tomorrow|"
    r"(?:last|this|next|coming|past)\s+(?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"(?:a|one|two|three|four|five|six|seven|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|later)|"
    r"(?:in|on|since|from|by|until|during|of)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)",
    re.I,
)
_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _iso(y: int, m: int | None = None, d: int | None = None) -> str | None:
    try:
        if d is not None and m is not None:
            return date(y, m, d).isoformat()
    except ValueError:
        return None
    if m is not None:
        return f"{y:04d}-{m:02d}" if 1 <= m <= 12 else None
    return f"{y:04d}"


def _month_number(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")[:4] if text.lower().startswith("sept") else text.lower().rstrip(".")[:3]]


def _near_year(month: int, day: int | None, base: date, future: bool | None) -> int:
    """The year that puts MONTH (DAY) on the side of ``base`` the tense asks for."""
    candidate = date(base.year, month, min(day or 1, 28))
    ref = base.replace(day=1) if day is None else base
    if future is True and candidate < ref:
        return base.year + 1
    if future is False and candidate > ref:
        return base.year - 1
    if future is None:  # unknown tense: the reading nearest the publication date
        return min((base.year - 1, base.year, base.year + 1),
                   key=lambda y: abs((date(y, month, min(day or 1, 28)) - ref).days))
    return base.year


# Days named for a holiday ("Out on Valentine's Day", "in cinemas since Christmas Day"): the fixed day they fall on
_HOLIDAYS = [(re.compile(r"\bvalentine['’]?s\s+day\b"), "february 14"),
             (re.compile(r"\bchristmas\s+day\b"), "december 25"), (re.compile(r"\bchristmas\s+eve\b"), "december 24"),
             (re.compile(r"\bnew\s+year['’]?s\s+eve\b"), "december 31"),
             (re.compile(r"\bnew\s+year['’]?s\s+day\b"), "january 1"), (re.compile(r"\bhalloween\b"), "october 31")]


@lru_cache(maxsize=4096)
def resolve_date(phrase: str, published: date | None, future: bool | None = None) -> str | None:
    """ISO date for a date phrase, or None when it cannot be pinned down.

    ``future`` says which way relative phrases point: True (will, due, set
    to), False (past tense), None (unknown: the nearest reading).
    """
    text = phrase.strip().lower()
    for holiday, day in _HOLIDAYS:
        text = holiday.sub(day, text)
    for pattern, kind in _PATTERNS:
        m = pattern.search(text)
        if not m:
            continue
        g = m.groups()
        if kind == "ymd":
            return _iso(int(g[0]), int(g[1]), int(g[2]))
        if kind == "mdy":
            return _iso(int(g[2]), _month_number(g[0]), int(g[1]))
        if kind == "dmy":
            return _iso(int(g[2]), _month_number(g[1]), int(g[0]))
        if kind == "my":
            return _iso(int(g[1]), _month_number(g[0]))
        if kind in {"md", "dm"}:
            if published is None:
                return None
            month, day = (_month_number(g[0]), int(g[1])) if kind == "md" else (
                _month_number(g[1]), int(g[0]))
            if not 1 <= day <= 31:
                return None
            return _iso(_near_year(month, day, published, future), month, day)
        if kind == "y":
            return _iso(int(g[0]))
    if published is None:
        return None
    return _resolve_relative(text, published, future)


_WORD_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}


def _resolve_relative(text: str, base: date, future: bool | None) -> str | None:
    m = re.search(r"\b(a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|\d{1,2})\s+"
                  r"years?\s+ago\s+(?:today|this\s+week)\b", text)
    if m:  # "five years ago today": an anniversary, the same day that many years back
        n = _WORD_NUMBERS.get(m.group(1)) or int(m.group(1))
        try:
            return base.replace(year=base.year - n).isoformat()
        except ValueError:  # 29 February
            return base.replace(year=base.year - n, day=28).isoformat()
    if re.search(r"\b(today|tonight|midnight)\b", text):  # "dropped at midnight": the night of publication
        return base.isoformat()
    if "yesterday" in text:
        return (base - timedelta(days=1)).isoformat()
    if "tomorrow" in text:
        return (base + timedelta(days=1)).isoformat()
    m = re.search(r"\b(january|february|march|april|may|june|july|august|september|october|november|december)"
                  r"\s+(?:of\s+)?(last|this|next)\s+year\b", text)
    if m:  # "in July last year", "in March this year": the month of that year
        return _iso(base.year + {"last": -1, "this": 0, "next": 1}[m.group(2)], MONTHS[m.group(1)])
    m = re.search(r"\b(?:earlier|later)\s+in\s+the\s+(month|year)\b", text)
    if m:  # "unveiled earlier in the month": the month (or year) of publication
        return _iso(base.year, base.month) if m.group(1) == "month" else _iso(base.year)
    m = re.search(r"\b(last|this|next|coming|past)\s+(week|month|year)\b", text)
    if m:
        step = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}[m.group(1)]
        if m.group(2) == "year":
            return _iso(base.year + step)
        if m.group(2) == "month":
            month = base.month + step
            year = base.year + (month - 1) // 12
            return _iso(year, (month - 1) % 12 + 1)
        return None  # a week is not a precision ISO dates have
    m = re.search(r"\b(a|one|two|three|four|five|six|seven|\d+)\s+(day|week|month|year)s?\s+(ago|earlier|later)\b", text)
    if m:
        n = _NUMBERS.get(m.group(1)) or int(m.group(1))
        sign = 1 if m.group(3) == "later" else -1
        if m.group(2) == "day":
            return (base + timedelta(days=sign * n)).isoformat()
        if m.group(2) == "month":
            month = base.month + sign * n
            return _iso(base.year + (month - 1) // 12, (month - 1) % 12 + 1)
        if m.group(2) == "year":
            return _iso(base.year + sign * n)
        if m.group(3) == "ago":  # "three weeks ago": counted to the day from publication
            return (base - timedelta(weeks=n)).isoformat()
        return None
    m = re.fullmatch(r"(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)", text)
    if m:  # "on the 28th" (a press release's day of the month): this month, or the next / last one by tense
        return _day_of_month(int(m.group(1)), base, future)
    m = re.search(r"\b(?:(last|this|next|coming)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", text)
    if m:
        target = WEEKDAYS[m.group(2)]
        delta = target - base.weekday()
        direction = {"last": False, "next": True, "coming": True}.get(m.group(1) or "", future)
        if delta == 0 and m.group(1) not in {"last", "next"}:
            return base.isoformat()
        if direction is True:
            delta = delta % 7 or 7
        elif direction is False:
            delta = -((-delta) % 7 or 7)
        else:  # unknown tense: the nearest such day, news mostly reports the past
            delta = delta if abs(delta) <= 3 else (delta - 7 if delta > 0 else delta + 7)
        return (base + timedelta(days=delta)).isoformat()
    m = re.search(r"\b(last|this|next|coming)?\s*(january|february|march|april|may|june|july|august|september|october|november|december)\b", text)
    if m:
        month = MONTHS[m.group(2)]
        if m.group(1) == "last":
            year = base.year if month < base.month else base.year - 1
        elif m.group(1) in {"next", "coming"}:
            year = base.year if month > base.month else base.year + 1
        elif m.group(1) == "this":
            year = base.year
        else:
            year = _near_year(month, None, base, future)
        return _iso(year, month)
    return None


def _day_of_month(day: int, base: date, future: bool | None) -> str | None:
    """ISO date of day ``day`` in the publication month, moved a month on (future) or back (past)
    when the day already lies on the wrong side of ``base``.

    >>> _day_of_month(28, date(2026, 1, 14), True), _day_of_month(3, date(2026, 1, 14), True)
    ('2026-01-28', '2026-02-03')
    """
    if not 1 <= day <= 31:
        return None
    step = 1 if future is True and day < base.day else -1 if future is False and day > base.day else 0
    month = base.month + step
    return _iso(base.year + (month - 1) // 12, (month - 1) % 12 + 1, day)


_ANAPHORIC_YEAR = [
    (re.compile(r"^(?:in\s+|during\s+)?(?:the\s+same|that(?:\s+same)?)\s+year$"), 0),
    (re.compile(r"^(?:in\s+|during\s+)?the\s+(?:following|next|subsequent)\s+year$"), 1),
    (re.compile(r"^(?:in\s+|during\s+)?the\s+(?:previous|preceding|prior)\s+year$"), -1),
    (re.compile(r"^(?:a|one)\s+year\s+(?:later|after(?:wards?)?|on)$"), 1),
    (re.compile(r"^(?:a|one)\s+year\s+(?:earlier|before)$"), -1),
    (re.compile(r"^the\s+year\s+after$"), 1),
    (re.compile(r"^the\s+year\s+before$"), -1),
    # "later that year", "later the same year", "later in the year", "earlier that year": the year told last
    (re.compile(r"^(?:later|earlier)\s+(?:that(?:\s+same)?|the\s+same|in\s+(?:that|the(?:\s+same)?))\s+year$"), 0),
]

# "two years later", "three years after that", "a decade later": counted from the year the text told last,
# never from the publication date (that is "two years ago")
_YEARS_LATER = re.compile(r"^(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(years?|decades?)\s+"
                          r"(later|after(?:wards?)?|on|earlier|before)(?:\s+that)?$")


def anaphoric_year(phrase: str) -> int | None:
    """Offset in years when the phrase points at a year named earlier in the
    text rather than at the publication date, else None.

    News tells a career in order and then says "the same year", "that year",
    "the following year": those count from the last year the text gave, while
    "next year" or "this year" count from the publication date.

    >>> anaphoric_year("the following year"), anaphoric_year("That year"), anaphoric_year("next year")
    (1, 0, None)
    """
    text = " ".join(phrase.lower().split())
    for pattern, offset in _ANAPHORIC_YEAR:
        if pattern.match(text):
            return offset
    m = _YEARS_LATER.match(text)
    if m:
        n = (_WORD_NUMBERS.get(m.group(1)) or int(m.group(1))) * (10 if m.group(2).startswith("decade") else 1)
        return -n if m.group(3) in {"earlier", "before"} else n
    return None


_MONTH_NAME = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"

_ANAPHORIC_MONTH = [
    # "released that March", "in that same March": the month of the year the text gave last
    re.compile(rf"^(?:in\s+|during\s+)?that\s+(?:same\s+)?({_MONTH_NAME})$"),
    # "on April 15 of the same year", "in June of that year"
    re.compile(rf"^(?:in\s+|on\s+)?({_MONTH_NAME}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?|(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?"
               rf"\s+(?:of\s+)?{_MONTH_NAME})\s+(?:of\s+|in\s+)?(?:the\s+same|that(?:\s+same)?)\s+year$"),
]


def anaphoric_month(phrase: str) -> str | None:
    """The month (and day) of a phrase that dates it in a year named earlier in the text,
    not in the publication year, else None.

    >>> anaphoric_month("that March"), anaphoric_month("April 15 of the same year"), anaphoric_month("this March")
    ('march', 'april 15', None)
    """
    text = " ".join(phrase.lower().split())
    for pattern in _ANAPHORIC_MONTH:
        m = pattern.match(text)
        if m:
            return m.group(1)
    return None


def looks_like_date(text: str) -> bool:
    """True when the phrase holds something :func:`resolve_date` can use."""
    low = text.lower()
    return any(p.search(low) for p, _ in _PATTERNS) or bool(_RELATIVE.search(low))
