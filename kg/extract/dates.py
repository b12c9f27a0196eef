"""Date expressions: find them in the parse, resolve them against the publication date.

News dates are mostly relative ("on Tuesday", "yesterday", "Jan. 15" without a
year), so every phrase is resolved against `article.published`, and nothing is
ever resolved to a day after it: a reported meeting cannot lie in the future.
A phrase that names only a month or a year ("in December", "last year") gives no
day but is kept as a *vague* date, so that it still tells two meetings apart.
Relative phrases ("three days later", "the next day", "later that day") count
from the last day named before them; counted from something else ("a day after
the election") the day is unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import cache

from dateutil import parser as dateparser
from dateutil.easter import easter
from spacy.tokens import Doc

from kg.extract import rules, units

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
MONTH_NAMES = [
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
PARTS_OF_DAY = {"morning", "afternoon", "evening", "night", "noon", "midday"}
NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
UNIT_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7}
# "three days later", "a day after the call", "two days earlier": days from the event just told.
_COUNT = r"(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"  # "two", "a", "10": see `_count`
COUNTED_OFFSET = re.compile(
    rf"^(?:some |about |just |only )?{_COUNT}[ -](days?|weeks?) (later|after|afterwards|before|earlier|on)\b"
)
# "the next day", "the following morning", "the day before", "later that day", "that evening".
NAMED_OFFSETS = [
    (re.compile(r"^the (next|following) (day|morning|afternoon|evening|night)\b"), 1),
    (re.compile(r"^(on )?the (day|morning|evening|night) after\b"), 1),
    (re.compile(r"^(on )?the (previous|preceding) (day|morning|afternoon|evening|night)\b"), -1),
    (re.compile(r"^(on )?the (day|evening|night) before\b"), -1),
    (re.compile(r"^(later|earlier) (that|the same) (day|morning|afternoon|evening|night)\b"), 0),
    (re.compile(r"^(on )?(that|the same) (day|morning|afternoon|evening|night)\b"), 0),
    (re.compile(r"^(earlier|later) in the (day|morning|afternoon|evening)\b"), 0),
    (re.compile(r"^in the (morning|afternoon|evening)\b"), 0),  # "In the afternoon, she visited X"
    (
        re.compile(
            r"^(just |only |a few |some |two |three |several )?(hours|minutes|moments) (later|earlier|after|before)\b"
        ),
        0,
    ),
]
# "24 hours earlier", "48 hours later": whole days counted in hours
for _hours, _days in (("24|twenty-four", 1), ("48|forty-eight", 2)):
    for _words, _sign in (("later|after", 1), ("earlier|before", -1)):
        NAMED_OFFSETS.insert(0, (re.compile(rf"^(?:just |only |some |about )?(?:{_hours}) hours (?:{_words})\b"),
                                 _sign * _days))
OFFSET_STARTS = {"the", "later", "earlier", "that", "on", "some", "about", "just", "only", "few", "several"}
OFFSET_STARTS |= {"hours", "minutes", "moments", "in", "24", "48", "twenty", "forty"} | set(NUMBER_WORDS)
# "the 14th"; old style "the 31st ultimo" (of last month), "the 4th inst." (of this month)
ORDINAL_DAY = re.compile(
    r"^(?:on )?the (\d{1,2})(?:st|nd|rd|th)(?: (inst|instant|ult|ultimo)\.?| of (this|last) month)?$"
)  # "the 14th", "the 14th inst.", "the 10th of this month"
# A live blog's entry starts with its time ("4:52 p.m. —", "14:05 GMT", "10.42am:"): that day, as published.
TIMESTAMP = re.compile(
    r"^[ \t]*(?:updated:? |posted:? |at )?\d{1,2}[:.]\d{2}[ \t]*"
    r"(?:a\.?m\.?|p\.?m\.?|hrs|h|gmt|bst|cet|cest|utc|[ecmp][sd]?t|ist|wat|eat|aest|aedt|local|local time)?"
    r"[ \t]*(?:[—–\-:|,]|\n|$)"
    r"|^[ \t]*\d{1,2}:\d{2}[ \t]+(?=[A-Z])",
    re.I | re.M,
)
FUTURE = re.compile(r"\b(tomorrow|next|coming|upcoming|later this)\b")
MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
MONTH_DAY = re.compile(rf"\b({MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.I)
DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH_RE})\b\.?(?:,?\s+(\d{{4}}))?", re.I)
YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")
MONTH_WORD = re.compile(rf"\b({MONTH_RE})\b", re.I)
# Words before a bare month name that show it is a date and not "may" the verb.
MONTH_CUES = {
    "in",
    "since",
    "until",
    "till",
    "by",
    "early",
    "late",
    "mid",
    "last",
    "of",
    "through",
    "before",
    "after",
    "during",
    "-",
    "this",
    "next",
}


@dataclass(frozen=True)
class When:
    """What a date phrase says: a day, or only a month or a year, or nothing usable."""

    day: date | None = None
    year: int | None = None
    month: int | None = None

    @classmethod
    def on(cls, day: date) -> When:
        """One whole day; its year and month follow from it."""
        return cls(day, day.year, day.month)

    @property
    def vague(self) -> bool:
        """A time reference that does not name one day."""
        return self.day is None and (self.year is not None or self.month is not None)


NOWHEN = When()


@dataclass(frozen=True)
class DatePhrase:
    """A date expression in the parse: tokens [start, end) and what it resolves to."""

    start: int
    end: int
    when: When
    offset: int | None = None  # days after the event told just before ("three days later")
    unknown: bool = False  # a day the text gives but we cannot tell ("a day after the election")


@cache
def _safe_day(year: int, month: int, day: int) -> date | None:
    """A calendar day, or None for impossible dates like 31 February."""
    try:
        parsed = dateparser.parse(f"{MONTH_NAMES[month]} {day} {year}")
    except (ValueError, OverflowError, dateparser.ParserError):
        return None
    return parsed.date() if isinstance(parsed, datetime) else None


def _month_day(month: int, day: int, year: int | None, published: date) -> date | None:
    """Month and day, with the year taken from publication unless written: the nearest such day."""
    if year is not None:
        found = _safe_day(year, month, day)
        return found if found is not None and found <= published else None
    found = _safe_day(published.year, month, day)
    if found is not None and found > published:
        # the nearer of this year's (a day still to come: "inspectors will start on November 1")
        # and last year's ("on Dec. 30", read in May)
        before = _safe_day(published.year - 1, month, day)
        if before is not None and published - before <= found - published:
            return before
    return found


_WEEKDAY_WORDS = [(re.compile(rf"\b{name}\b"), index) for name, index in WEEKDAYS.items()]
# The relative words of `resolve` and `_vague`, compiled once (not looked up in re's cache per phrase).
_YESTERDAY = re.compile(r"\byesterday\b|\blast (night|evening)\b")
_TODAY = re.compile(r"\b(today|tonight)\b|\bthis (morning|afternoon|evening)\b")
# "two days ago": counted back from the day of publication ("a week ago" is as often about a week)
_AGO = re.compile(rf"\b{_COUNT} (days?) ago\b")
_WEEK_BEFORE = re.compile(r"\b(last|previous|past) week\b")
_LAST = re.compile(r"\blast\b")
_LAST_MONTH = re.compile(r"\blast month\b")
_THIS_MONTH = re.compile(r"\bthis month\b")
_LAST_YEAR = re.compile(r"\blast year\b")
_THIS_YEAR = re.compile(r"\bthis year\b")
_NEAR_WEEK = re.compile(r"\b(last|this|past) week\b")


OLD_SPELLINGS = re.compile(r"\bto-(day|night)\b")


def resolve(text: str, published: date | None) -> When:
    """Resolve one date phrase; never returns a day after `published`.

    Relative words need the publication date: without it only explicit
    full dates resolve.
    """
    low = " ".join(text.lower().replace("’", "'").split())
    low = OLD_SPELLINGS.sub(r"to\1", low)  # "to-day", "to-night": the old spelling
    if not low:
        return NOWHEN
    if FUTURE.search(low):
        return NOWHEN
    if published is not None and (feast := _feast(low, published)) is not None:
        return feast
    match = MONTH_DAY.search(low) or None
    day_first = DAY_MONTH.search(low) if match is None else None
    if match or day_first:
        if match:
            month, day, year = MONTHS[match.group(1).lower()], int(match.group(2)), match.group(3)
        else:
            assert day_first is not None
            day, month, year = int(day_first.group(1)), MONTHS[day_first.group(2).lower()], day_first.group(3)
        explicit = int(year) if year else None
        if published is None:
            return When(_safe_day(explicit, month, day) if explicit else None, explicit, month)
        if explicit is None and _LAST_YEAR.search(low):
            explicit = published.year - 1  # "on the night of May 18 last year"
        found = _month_day(month, day, explicit, published)
        return When(found, found.year if found else explicit, month)
    if published is None:
        years = YEAR.findall(low)
        return When(None, int(years[0]), None) if years else NOWHEN
    ordinal = ORDINAL_DAY.match(low)
    if ordinal:
        which = ordinal.group(2) or {"this": "inst", "last": "ult"}.get(ordinal.group(3) or "")
        return _day_of_month(int(ordinal.group(1)), published, which)
    numeric = _numeric(low)
    if numeric is not None:
        return When.on(numeric) if numeric <= published else NOWHEN
    if "day before yesterday" in low:
        return When(published - timedelta(days=2))
    if _YESTERDAY.search(low):
        return When(published - timedelta(days=1))  # "last night": the evening before the paper
    if _TODAY.search(low):
        return When(published)
    ago = _AGO.search(low)
    if ago:
        return When(published - timedelta(days=_count(ago.group(1)) * UNIT_DAYS[ago.group(2)]))
    for pattern, index in _WEEKDAY_WORDS:
        if pattern.search(low):
            if _WEEK_BEFORE.search(low):  # "on Wednesday last week"
                return When(published - timedelta(days=published.weekday() + 7 - index))
            back = (published.weekday() - index) % 7
            if back in {0, 1} and _LAST.search(low):
                back += 7  # "last Thursday" in a Friday paper: yesterday would be "yesterday"; a week before
            return When(published - timedelta(days=back))
    return _vague(low, published)


ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
SLASH_DATE = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")


def _numeric(low: str) -> date | None:
    """ "2024-05-13"; "13/05/2024" or "5/13/2024" only when the day cannot be read as a month."""
    iso = ISO_DATE.search(low)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
    else:
        slash = SLASH_DATE.search(low)
        if not slash:
            return None
        first, second, year = (int(g) for g in slash.groups())
        if first > 12 >= second:
            day, month = first, second
        elif second > 12 >= first:
            day, month = second, first
        else:
            return None  # 05/06/2024: May 6 or 5 June, nobody can tell
    if not 1 <= month <= 12:
        return None
    return _safe_day(year, month, day)


OLD_MONTH_WORDS = frozenset({"inst", "instant", "ult", "ultimo"})


# Days named by the church year: offsets from Easter Sunday, and fixed days of the calendar.
EASTER_DAYS = {"ash wednesday": -46, "palm sunday": -7, "maundy thursday": -3, "good friday": -2,
               "holy saturday": -1, "easter sunday": 0, "easter monday": 1, "whit sunday": 49, "whit monday": 50}
FIXED_DAYS = {"new year's day": (1, 1), "christmas eve": (12, 24), "christmas day": (12, 25),
              "boxing day": (12, 26), "st stephen's day": (12, 26), "new year's eve": (12, 31),
              "st patrick's day": (3, 17), "all saints' day": (11, 1), "all souls' day": (11, 2)}
CHURCH_WORDS = frozenset(k.split()[0] for k in EASTER_DAYS)  # the word before a weekday: "ash", "good"
_FEAST = re.compile(r"\b(" + "|".join(re.escape(k) for k in [*EASTER_DAYS, *FIXED_DAYS]) + r")\b")


def fixed_day_start(lowers: list[str], i: int) -> int | None:
    """Where a fixed day ending in token `i` ("day", "eve") starts: "Boxing Day", "New Year's Eve" (four tokens)."""
    for back in (1, 2, 3):
        if i - back < 0:
            break
        phrase = " ".join(lowers[i - back : i + 1]).replace(" 's", "'s").replace(" ’s", "'s").replace(" '", "'")
        phrase = phrase.replace("’", "'").replace("st. ", "st ")
        if phrase in FIXED_DAYS:
            return i - back
    return None


def _feast(low: str, published: date) -> When | None:
    """ "on Ash Wednesday", "on Boxing Day": the last such day on or before publication."""
    match = _FEAST.search(low.replace("st. ", "st "))
    if match is None:
        return None
    name = match.group(1)
    told = [int(y) for y in YEAR.findall(low)]  # "Christmas Eve 1959"
    for year in told[:1] or [published.year, published.year - 1]:
        if name in EASTER_DAYS:
            day = easter(year) + timedelta(days=EASTER_DAYS[name])
        else:
            month, dom = FIXED_DAYS[name]
            day = date(year, month, dom)
        if day <= published:
            return When.on(day)
    return NOWHEN


def _day_of_month(day: int, published: date, which: str | None = None) -> When:
    """ "on the 14th": that day of the publication month, else of the month before.

    "the 14th inst." is of the publication month only, "the 31st ult." of the month before only.
    """
    month, year = published.month, published.year
    if which is not None and which.startswith("ult"):
        month, year = (month - 1, year) if month > 1 else (12, year - 1)
    for _ in range(1 if which else 2):
        found = _safe_day(year, month, day)
        if found is not None and found <= published:
            return When.on(found)
        month, year = (month - 1, year) if month > 1 else (12, year - 1)
    return NOWHEN


def _count(number: str) -> int:
    """The number a `_COUNT` match names: "two" 2, "a" 1, "10" 10."""
    return int(number) if number.isdigit() else NUMBER_WORDS[number]


def offset(text: str) -> int | None:
    """Days from the event told just before: "three days later" 3, "the day before" -1, "that evening" 0."""
    low = " ".join(text.lower().replace("’", "'").split())
    counted = COUNTED_OFFSET.match(low)
    if counted and counted.end() == len(low):
        days = _count(counted.group(1)) * UNIT_DAYS[counted.group(2)]
        return -days if counted.group(3) in {"before", "earlier"} else days
    for pattern, days in NAMED_OFFSETS:
        named = pattern.match(low)
        if named and named.end() == len(low):
            return days
    return None


def _unbounded(pattern: re.Pattern[str]) -> str:
    """A phrase pattern without its final word boundary: it then matches every text that starts with a match."""
    source = pattern.pattern
    assert source.startswith("^") and source.endswith(r"\b")
    return "(?:" + source[1:-2] + ")"


# Some phrase pattern can match the start of a text only if this matches it: a match of any
# pattern on a few tokens is also a match of this on the same tokens and those after them.
_ANY_OFFSET = re.compile("|".join(_unbounded(p) for p in [COUNTED_OFFSET] + [p for p, _ in NAMED_OFFSETS]))
_OFFSETS_KEY = "kg_date_offset_spans"


def _offset_spans(doc: Doc) -> list[tuple[int, int, int | None]]:
    """(start, end, days) of the relative phrases of the document; days None: from an unknown day."""
    cached = doc.user_data.get(_OFFSETS_KEY)
    if cached is not None:
        return list(cached)
    out: list[tuple[int, int, int | None]] = []
    n = len(doc)
    text = units.text(doc)
    lowers, texts, idx = units.words(doc)
    ends = units.attrs(doc).ends  # each token's offset plus its length
    # Every pattern starts with one of OFFSET_STARTS or a number: the other tokens are skipped in C.
    for i in sorted({*units.positions(lowers, OFFSET_STARTS), *units.where(map(str.isdigit, lowers))}):
        if i > 0 and lowers[i - 1] in OFFSET_STARTS and lowers[i - 1] not in {"on", "in"}:
            continue  # inside a phrase that starts earlier
        longest = " ".join(text[idx[i] : ends[min(n, i + 5) - 1]].lower().replace("’", "'").split())
        if not _ANY_OFFSET.match(longest):
            continue
        for length in (5, 4, 3, 2):
            end = min(n, i + length)
            days = offset(text[idx[i] : ends[end - 1]])
            if days is None:
                continue
            if lowers[end - 1] in {"after", "before"}:
                if end < n and lowers[end] in {"yesterday", "today", "tomorrow"}:
                    break  # "the day before yesterday" is a day of its own
                end = _event_after(doc, end)
            # "a day after the election": counted from something that is not a meeting, a day unknown
            out.append((i, end, days) if end is not None else (i, i + length, None))
            break
    doc.user_data[_OFFSETS_KEY] = tuple(out)
    return out


def _event_after(doc: Doc, k: int) -> int | None:
    """End of "the call" in "a day after the call": the offset counts from a meeting only.

    "a day after the election" counts from something else: not an offset from the last meeting.
    """
    n = len(doc)
    if k >= n or doc[k].is_punct:
        return k
    if doc[k].pos_ in {"PART", "CCONJ", "ADP"} or doc[k].lower_ in {"when", "while", "as"}:
        return k  # "had met X alone the day before to prepare the ground": said of the day, no event named
    nouns = rules.kinds("meeting_nouns")
    if doc[k].tag_ == "VBG" and doc[k].lower_ in rules.kinds("meeting_verbs"):
        return k + 1  # "a day after meeting the union": counted from that meeting
    j = k
    modifier = {"poss", "amod", "compound"}
    while j < n and j < k + 4 and (doc[j].pos_ in {"DET", "PRON", "ADJ"} or doc[j].dep_ in modifier):
        if doc[j].lower_ in nouns:
            break
        j += 1
    if j < n and doc[j].lower_ in nouns and (doc[j].pos_ in {"NOUN", "PROPN"} or doc[j].dep_ == "pobj"):
        return j + 1  # ("after the Kessel talks": "talks" tagged a verb, yet the object of "after")
    if doc[k].lower_ in {"that", "this", "it"} and (k + 1 >= n or doc[k + 1].is_punct):
        return k + 1
    return None


def timestamp_paragraphs(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges [start, end) of live-blog entries: paragraphs that start with a time of day."""
    text = units.text(doc)
    out: list[tuple[int, int]] = []
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    for k, start in enumerate(starts):
        if not TIMESTAMP.match(text, start):
            continue
        end = len(text)
        for nxt in starts[k + 1 :]:
            if TIMESTAMP.match(text, nxt):
                end = nxt
                break
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            out.append((span.start, span.end))
    return out


def _vague(low: str, published: date) -> When:
    """Month-only and year-only phrases ("in December", "last year")."""
    month_match = MONTH_WORD.search(low)
    years = YEAR.findall(low)
    if month_match and month_match.group(1).lower() in MONTHS:
        month = MONTHS[month_match.group(1).lower()]
        if years:
            return When(None, int(years[0]), month)
        year = published.year if month <= published.month else published.year - 1
        return When(None, year, month)
    if years:
        return When(None, int(years[0]), None)
    if _LAST_MONTH.search(low):
        first = published.replace(day=1) - timedelta(days=1)
        return When(None, first.year, first.month)
    if _THIS_MONTH.search(low):
        return When(None, published.year, published.month)
    if _LAST_YEAR.search(low):
        return When(None, published.year - 1, None)
    if _THIS_YEAR.search(low):
        return When(None, published.year, None)
    if _NEAR_WEEK.search(low):
        return When(None, published.year, None)
    season = re.search(r"\b(last|this|past) (spring|summer|autumn|fall|winter)\b", low)
    if season:  # "last autumn": some day of a season, no day
        begins = SEASONS[season.group(2)]
        return When(None, published.year if begins <= published.month else published.year - 1, None)
    return NOWHEN


SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


# Every word that starts a pattern of `_phrase_spans` other than the ones starting with a digit.
_PHRASE_WORDS = (
    frozenset(WEEKDAYS) | {"today", "yesterday", "tonight"} | PARTS_OF_DAY | frozenset(MONTHS) | frozenset(SEASONS)
    | {"day", "eve", "night"}  # "Boxing Day", "Christmas Eve", "to-night"
)


def _starts_with_digit(text: str) -> bool:
    return text[:1].isdigit()


def _ordinal_of_a_name(doc: Doc, start: int, end: int) -> bool:
    """ "the 12th Strategic Dialogue", "the 3rd round": an ordinal that numbers a thing, not a day."""
    if end >= len(doc) or not ORDINAL_DAY.match(units.span_text(doc, start, end).lower()):
        return False
    after = doc[end]
    return after.pos_ in {"NOUN", "PROPN", "ADJ"} and after.lower_.rstrip(".") not in MONTHS and after.lower_ != "of"


def _year_of_a_thing(doc: Doc, start: int, end: int) -> bool:
    """ "the 2007 Asian champion", "the 2010 budget": a year that tells which thing, not when the news happened."""
    if end - start != 1 or not YEAR.fullmatch(doc[start].text):
        return False
    head = doc[start].head
    # ("during the 1982 election campaign": the year of the occasion is when)
    timed = head.dep_ == "pobj" and head.head.lower_ in {"during", "at", "in", "before", "after", "since", "until"}
    return doc[start].dep_ in {"nummod", "compound", "amod", "nmod"} and head.i > start and not timed and (
        head.pos_ in {"NOUN", "PROPN"} and head.lower_.rstrip(".") not in MONTHS
    )


def _names_a_day(lower: str) -> bool:
    """A word of `_PHRASE_WORDS`, perhaps with a full stop ("Jan.")."""
    return lower.rstrip(".") in _PHRASE_WORDS


_leading_digit = units.Kept(_starts_with_digit)
_phrase_word = units.Kept(_names_a_day)


def _phrase_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges that look like date expressions: DATE entities and our own patterns."""
    n = len(doc)
    lowers, texts, _ = units.words(doc)
    spans: list[tuple[int, int]] = [
        (e.start, e.end) for e in doc.ents if e.label_ == "DATE" and not _ordinal_of_a_name(doc, e.start, e.end)
        and not _year_of_a_thing(doc, e.start, e.end)
    ]
    # The number patterns (ISO, slashed, ordinal day) all start with a digit; no branch below
    # takes a token that starts with none and is none of _PHRASE_WORDS (skipped in C).
    digits = units.where(map(_leading_digit.__getitem__, texts))
    for i in sorted({*digits, *units.where(map(_phrase_word.__getitem__, lowers))}):
        low = lowers[i].rstrip(".")
        text = texts[i]
        digit = text[:1].isdigit()
        if low in WEEKDAYS or low in {"today", "yesterday", "tonight"}:
            start, end = i, i + 1
            if i > 0 and lowers[i - 1] in {"last", "this", "past"} | CHURCH_WORDS:
                start = i - 1  # "last Tuesday", "Ash Wednesday"
            if end < n and lowers[end] in {"'s", "’s"}:
                end += 1
            if end < n and lowers[end] in PARTS_OF_DAY:
                end += 1
            spans.append((start, end))
        elif low in {"day", "night"} and i > 1 and texts[i - 1] in {"-", "‐"} and lowers[i - 2] == "to" and (
            not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_
        ):
            spans.append((i - 2, i + 1))  # "to-day", "to-night": the old spelling
        elif low in {"day", "eve"} and (back := fixed_day_start(lowers, i)) is not None:
            spans.append((back, i + 1))  # "on Boxing Day", "Christmas Eve", "New Year's Eve", "St Stephen's Day"
        elif digit and (ISO_DATE.fullmatch(text) or SLASH_DATE.fullmatch(text)):
            spans.append((i, i + 1))
        elif low in PARTS_OF_DAY and i > 0 and lowers[i - 1] == "this":
            spans.append((i - 1, i + 1))
        elif low in {"night", "evening"} and i > 0 and lowers[i - 1] == "last":
            spans.append((i - 1, i + 1))
        elif low in SEASONS and i > 0 and lowers[i - 1] in {"last", "this", "past"}:
            spans.append((i - 1, i + 1))  # "last autumn"
        elif digit and ORDINAL_DAY.match(f"the {low}") and i > 0 and lowers[i - 1] == "the":
            nxt_low = lowers[i + 1].rstrip(".") if i + 1 < n else ""
            if nxt_low in OLD_MONTH_WORDS:
                spans.append((i - 1, i + 2 + (i + 2 < n and texts[i + 2] == ".")))  # "the 31st ult."
            elif nxt_low == "of" and i + 3 < n and lowers[i + 2] in {"this", "last"} and lowers[i + 3] == "month":
                spans.append((i - 1, i + 4))  # "the 10th of this month"
            elif nxt_low not in MONTHS and nxt_low != "of" and not _ordinal_of_a_name(doc, i - 1, i + 1):
                spans.append((i - 1, i + 1))
        elif low in MONTHS and text[:1].isupper():
            nxt = doc[i + 1] if i + 1 < n else None
            prev = doc[i - 1] if i > 0 else None
            nxt_day = _day_number(nxt.text) if nxt is not None else None  # "March 14", "March 14th"
            if nxt_day is not None and 1 <= nxt_day <= 31:
                end = i + 2
                if end + 1 < n and texts[end] == "," and YEAR.fullmatch(texts[end + 1]):
                    end += 2
                elif end < n and YEAR.fullmatch(texts[end]):
                    end += 1
                spans.append((i, end))
            elif prev is not None and (prev_day := _day_number(prev.text)) is not None and 1 <= prev_day <= 31:
                # "2 March 1962", which the model may split into "2" and a DATE "March 1962"
                spans.append((i - 1, i + 2 if i + 1 < n and YEAR.fullmatch(texts[i + 1]) else i + 1))
            elif prev is not None and prev.lower_ in MONTH_CUES:
                spans.append((i, i + 1))
    return spans


def _day_number(text: str) -> int | None:
    """The day a token beside a month names: "14" or "14th" 14; None for anything else."""
    digits = text[:-2] if text[-2:].lower() in {"st", "nd", "rd", "th"} else text
    return int(digits) if digits.isdigit() and len(digits) <= 2 else None


# ("Feb", "FEB": a dateline in capitals may write its month in capitals too)
_MONTH_NAMES = "|".join(f"{m.capitalize()}|{m.upper()}" for m in sorted(MONTHS, key=len, reverse=True))
# "MUSCAT, Tuesday 11 March 2025 -": a release may name the weekday before the day
_WEEKDAY_BEFORE = "(?:(?:" + "|".join(d.capitalize() for d in WEEKDAYS if len(d) > 3) + r"),?\s+)?"
# A dateline stands at the text's start or after a heading's full stop ("Press Release. Envoy calls on
# Minister. NAIROBI, 13th June 2012: ..."); its day and month in either order, the day maybe an ordinal.
_LINE_START = r"(?:^|(?<=[.!?]\s)|(?<=\n))\s*"


def _day_month(after_month_day: str = "") -> str:
    """The regex of a dateline's day: "March 16" (then `after_month_day`) or "16 March", "13th June"."""
    return (rf"(?:(?P<m1>{_MONTH_NAMES})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?{after_month_day}"
            rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH_NAMES}))")


# "MONTEVIDEO, Dec 7 (Reuters) -", "BUSAN, South Korea, Nov. 19 Kyodo -", "NAIROBI, 3 November 2009 (UNHCR) -"
_DATELINE = re.compile(
    rf"{_LINE_START}[A-Z][A-Z .'/-]+,(?:\s*[A-Z][A-Za-z .]+,)?\s*{_WEEKDAY_BEFORE}"
    rf"{_day_month()}\b(?:,?\s+\d{{4}})?\s*"
    rf"(?:\(|[A-Z][a-z]+\s*[-–—]|[-–—]|[.:]\s+(?=[A-Z]))"
)  # case matters: the city is in capitals, the month capitalised; "NEW DELHI, March 16. The ..." too
# "Addis Ababa, 20 August 2014 - ": a release's dateline in title case, with the year and a dash, or with
# its agency in brackets ("Doha, October 3 (QNA) - ")
_DATELINE_TITLED = re.compile(
    rf"{_LINE_START}[A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}},\s*{_WEEKDAY_BEFORE}{_day_month(',?')}"
    rf"(?:\s+\d{{4}}\s*[-–—]|(?:,?\s+\d{{4}})?\s*\([A-Z][A-Za-z]+\)\s*[-–—])"
)
# "OUR CORRESPONDENT Chandigarh, November 17:", "New Delhi, Nov 17 (PTI):": a dateline that ends in a colon
_DATELINE_COLON = re.compile(
    rf"(?:{_LINE_START}|(?<=[A-Z]{{2}}\s))[A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}},\s*{_day_month()}"
    rf"(?:\s*\([A-Z][A-Za-z]+\))?\s*:"
)


def dateline(text: str, published: date | None) -> date | None:
    """The day a wire dateline gives ("MONTEVIDEO, Dec 7 (Reuters) -"): the day the story was filed.

    Relative dates in the story ("on Tuesday", "yesterday") count from it, not from the
    paper's date; it is used only when it lies in the week before publication.
    """
    if published is None:
        return None
    match = _DATELINE.search(text[:400]) or _DATELINE_TITLED.search(text[:400]) or _DATELINE_COLON.search(text[:400])
    if match is None:
        return None
    month = MONTHS[(match.group("m1") or match.group("m2")).lower().rstrip(".")]
    day = _month_day(month, int(match.group("d1") or match.group("d2")), None, published)
    return day if day is not None and timedelta(0) <= published - day <= timedelta(days=7) else None


def find(doc: Doc, published: date | None, quoted: frozenset[int] | set[int] = frozenset()) -> list[DatePhrase]:
    """Every date expression of the document that resolves to a day or a vague date.

    Phrases on the tokens in `quoted` (inside quotations: "Today it is a highway") are
    left out: a speaker's "today" is a way of talking, not the story's day.
    """
    found: list[DatePhrase] = []
    taken: set[int] = set()
    # "BELO HORIZONTE, Aug. 8 — ... held talks here to-day" in the paper of Aug. 9: the story's today
    anchor = filed_day(units.text(doc), published) or published
    # Longer spans first, so "Oct. 11, 2010" wins over "Oct. 11".
    relative = _offset_spans(doc) if published else []
    offsets = {i for start, end, _ in relative for i in range(start, end)}
    for start, end in sorted(set(_phrase_spans(doc)), key=lambda s: (s[0] - s[1], s[0])):
        if any(i in taken for i in range(start, end)) or start in offsets:
            continue
        when = resolve(units.span_text(doc, start, end), anchor)
        if when.day is None and not when.vague:
            continue
        taken.update(range(start, end))
        found.append(DatePhrase(start, end, when))
    if published is not None:
        for start, end, days in sorted(relative, key=lambda s: (s[0] - s[1], s[0])):
            if any(i in taken for i in range(start, end)):
                continue
            taken.update(range(start, end))
            found.append(DatePhrase(start, end, NOWHEN, days, unknown=days is None))
    found = sorted((p for p in found if p.start not in quoted), key=lambda p: p.start)
    if published is not None:
        found = _years_told_before(doc, found, published)
    return _count_offsets(doc, _weekday_named_day(doc, found), published)


def _weekday_named_day(doc: Doc, found: list[DatePhrase]) -> list[DatePhrase]:
    """ "on Monday, 22 April": the weekday is the name of the day written after it, not the last Monday."""
    out = list(found)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if a.end - a.start == 1 and doc[a.start].lower_ in WEEKDAYS and b.start == a.end + 1 and (
                doc[a.end].text == ",") and b.offset is None and b.when.day is not None:
            out[k] = DatePhrase(a.start, a.end, b.when)
    return out


def _yearless(text: str) -> tuple[int, int] | None:
    """The month and day of a phrase that names them without a year ("On 17 October", "Oct. 17")."""
    low = text.lower()
    if YEAR.search(low):
        return None
    if match := MONTH_DAY.search(low):
        return MONTHS[match.group(1).lower()], int(match.group(2))
    if match := DAY_MONTH.search(low):
        return MONTHS[match.group(2).lower()], int(match.group(1))
    return None


def _this_year(doc: Doc, phrase: DatePhrase) -> bool:
    """ "On May 2 this year": the phrase, or the two words after it, bring the story back to the present."""
    return "this year" in (units.span_text(doc, phrase.start, phrase.end) + " " + doc[
        phrase.end:phrase.end + 2].text).lower()


def _years_told_before(doc: Doc, found: list[DatePhrase], published: date) -> list[DatePhrase]:
    """A month and day without a year, told in the same paragraph one or two sentences after a date that names an
    earlier year, is in that year ("Her finest hour came in October 1979. On 17 October she sat down with the
    minister"): the story has gone back in time, so the latest such day before publication is wrong."""
    index = units.index(doc)
    out: list[DatePhrase] = []
    for k, phrase in enumerate(found):
        prior = found[k - 1] if k else None
        md = _yearless(units.span_text(doc, phrase.start, phrase.end)) if phrase.when.day else None
        that_year = phrase.when.day is not None and doc[phrase.end:phrase.end + 2].text.lower() == "that year"
        if that_year:
            md = phrase.when.day.month, phrase.when.day.day  # "On Christmas Eve that year"
        year = prior.when.year if prior is not None and YEAR.search(units.span_text(doc, prior.start, prior.end)) \
            and not _since(doc, prior) and not _by_year(doc, prior) else None
        if prior is not None and out and out[-1].when.day is not None and year is None and (
                out[-1].when.day != prior.when.day):
            # "On 1 November that year ... On the evening of 2 November": the year the story went back to
            prior, year = out[-1], out[-1].when.day.year
        named = [p for p in found[:k] if YEAR.search(units.span_text(doc, p.start, p.end))]
        if that_year and named and named[-1].when.year is not None and named[-1].when.year < published.year:
            # "By 1976 he was head of investigations. On 1 November that year ...": the year named last
            prior, year = named[-1], named[-1].when.year
        elif md is None or prior is None or year is None or year >= published.year or _this_year(doc, phrase) or \
                index[phrase.start] - index[prior.start] > 2 or "\n" in doc[prior.start:phrase.start].text:
            out.append(phrase)
            continue
        day = _safe_day(year, md[0], md[1])
        start = prior.when.day or (_safe_day(year, prior.when.month, 1) if prior.when.month else date(year, 1, 1))
        if day is None or day < start:
            out.append(phrase)
            continue
        out.append(DatePhrase(phrase.start, phrase.end, When(day, year, md[0]), phrase.offset, phrase.unknown))
    return out


DATELINE = re.compile(
    r"(?:^|[.!?][)\]]?\s+)\W{0,3}[A-Z][A-Z .'’-]{1,40}?,\s+(?:[A-Z][A-Za-z .]{1,30}?,\s+)?" + _WEEKDAY_BEFORE +
    r"(?:([A-Z][a-z]{2,8}|[A-Z]{3,9})\.?\s+(\d{1,2})|(\d{1,2})\s+([A-Z][a-z]{2,8}|[A-Z]{3,9})\.?|([A-Z][a-z]{5,8}))"
    r"(?:,?\s+\d{4})?\s*(?:\(|—|–|-|\.)"
)


BROADCAST_DAY = re.compile(
    r"\btranscript of (?:the |an? )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s|’s)?"
    r"(?: (?:morning|afternoon|evening|night)(?:'s|’s)?)? (?:segment|programme|program|broadcast|show|bulletin|"
    r"interview|edition)", re.IGNORECASE)


def _by_year(doc: Doc, phrase: DatePhrase) -> bool:
    """ "By 2012 he was the union's president": the state reached by then, which the story has not gone back to."""
    return phrase.start > 0 and doc[phrase.start - 1].lower_ == "by" or doc[phrase.start].lower_ == "by"


def _since(doc: Doc, phrase: DatePhrase) -> bool:
    """ "no ties since 1978": a state that runs on to the story's day, which has not gone back to that year."""
    return doc[phrase.start].lower_ == "since" or (phrase.start > 0 and doc[phrase.start - 1].lower_ == "since")


def _weekday_before(name: str, published: date) -> date | None:
    """The last day called `name` ("Wednesday") before the publication day, or None for that day itself."""
    index = WEEKDAYS.get(name.lower())
    if index is None:
        return None
    back = (published.weekday() - index) % 7
    return published - timedelta(days=back) if back else None


def filed_day(text: str, published: date | None) -> date | None:
    """The day a dateline gives ("CAIRO, Jan. 30 -", "AMMAN, 12 April (LNA) -", "CANBERRA, Wednesday."), when
    it is one to seven days before publication: relative words in the story count from the day it was filed."""
    if published is None:
        return None
    m = DATELINE.search(text[:200])
    if m is None:
        # "The following is a transcript of Tuesday morning's segment ...": the day it went on air
        aired = BROADCAST_DAY.search(text[:300])
        return _weekday_before(aired.group(1), published) if aired else None
    if m.group(5):  # "CANBERRA, Wednesday. ...": the last such day before the paper
        return _weekday_before(m.group(5), published)
    month = MONTHS.get((m.group(1) or m.group(4)).lower())
    day = int(m.group(2) or m.group(3))
    if month is None or not 1 <= day <= 31:
        return None
    try:
        filed = date(published.year, month, day)
    except ValueError:
        return None
    if filed > published:
        try:
            filed = date(published.year - 1, month, day)
        except ValueError:
            return None
    return filed if 1 <= (published - filed).days <= 7 else None


def told_aside(doc: Doc, phrase: DatePhrase, any_acl: bool = False) -> bool:
    """A day inside a relative clause or a participle ("hoped to build on the talk held on March 2")."""
    a = units.attrs(doc)
    cur = attachment(doc, phrase)
    nouns = rules.kinds("meeting_nouns")
    for _ in range(12):
        if a.deps[cur] in {"relcl", "acl"} and a.bares[of_head(doc, a.heads[cur])] in nouns and (
            a.deps[cur] == "relcl" or a.deps[a.heads[cur]] in {"nsubj", "nsubjpass"}
        ):
            # "a summit which opened on Tuesday", "The meeting, held on Tuesday, was chaired by X": the day of
            # the meeting the story tells (not "hoped to build on the talk held on March 2")
            cur = a.heads[cur]
            continue
        if a.deps[cur] == "relcl" or (a.deps[cur] == "acl" and (any_acl or a.tags[cur] == "VBN")):
            return True  # (not "evidence that X met Y on May 3": a clause telling the story's own day)
        if a.heads[cur] == cur:
            return False
        cur = a.heads[cur]
    return False


def of_head(doc: Doc, noun: int) -> int:
    """The noun an "of" phrase hangs on ("a summit of producing countries"), else `noun` itself."""
    a = units.attrs(doc)
    of = a.heads[noun]
    if a.deps[noun] == "pobj" and units.words(doc).lowers[of] == "of" and a.heads[of] != of:
        return a.heads[of]
    return noun


def _count_offsets(doc: Doc, found: list[DatePhrase], published: date | None) -> list[DatePhrase]:
    """ "Three days later": days after the last day the text named before the phrase.

    A day named aside, in a relative clause or a participle, is passed over when the story
    named one of its own before: "On the same day" is the day of the news.
    """
    out: list[DatePhrase] = []
    last: date | None = None
    aside: date | None = None
    aside_in = -1  # the sentence the day named aside is in
    last_at = aside_at = -1  # where each was named
    paragraph = units.paragraph_of(doc) if found else []
    for k, phrase in enumerate(found):
        if phrase.unknown:
            phrase = _counted_from_a_told_day(doc, phrase, found[k + 1 :], published)
        if phrase.offset is not None and not phrase.unknown:
            # ("A, who flew in on Thursday, had dinner with B that evening": the aside's day, in its own sentence;
            # not "A, who arrived on Sunday, had held talks the day before": the story's day before)
            here = units.unit_bounds(doc, phrase.start)[0]
            same_day_aside = phrase.offset == 0 and aside is not None and aside_in == here
            # ("08:05 - ... late last night. 08:40 - Back in Paris, where A met B on June 22. The two met again
            # the following day": the day told in this paragraph, not the one of a paragraph before)
            own_aside = aside is not None and last is not None and aside_at > last_at and aside_in != here and (
                paragraph[aside_at] == paragraph[phrase.start] != paragraph[last_at])
            base = last if last is not None and not same_day_aside and not own_aside else aside
            if base is last and last_at >= here and _counts_from_its_event(doc, phrase):
                # "moved closer on Thursday to a deal, a day after talks between A and B": the day of the
                # sentence is the one after the talks, not one counted on from it
                base = None
            day = base + timedelta(days=phrase.offset) if base is not None else None
            if day is not None and published is not None and day > published:
                day = None
            phrase = DatePhrase(phrase.start, phrase.end, When.on(day) if day else NOWHEN,
                                phrase.offset)
        before = out[-1] if out else None
        apposed = before is not None and doc[before.end].text == "," and (
            phrase.start == before.end + 1 or (phrase.start == before.end + 2 and doc[before.end + 1].lower_ == "on"))
        if before is not None and before.offset is not None and before.when.day is not None and (
                phrase.offset is None and apposed
                and _yearless(units.span_text(doc, phrase.start, phrase.end))
                == (before.when.day.month, before.when.day.day)):
            # "The next morning, May 19,", "Four days later, on 17 January,": the year counted to
            phrase = replace(phrase, when=before.when)
        if phrase.when.day is not None and (published is None or phrase.when.day <= published) and not _since(
                doc, phrase):  # ("448 homes lost since New Year's Eve": a state's start, not the story's day)
            # (a day still to come counts nothing back: "the previous day" is of a day told as past)
            flashback = phrase.offset is not None and _flashback(doc, phrase)
            looked_back = phrase.offset is None and _looked_back(doc, phrase)
            if (phrase.offset is None and told_aside(doc, phrase)) or flashback or looked_back:
                aside = phrase.when.day
                aside_in = units.unit_bounds(doc, phrase.start)[0]
                aside_at = phrase.start
            else:
                last = phrase.when.day
                last_at = phrase.start
        out.append(phrase)
    return out


def _counts_from_its_event(doc: Doc, phrase: DatePhrase) -> bool:
    """The phrase names the event it counts from: "a day after talks between A and B"."""
    lowers = units.words(doc).lowers
    return any(lowers[k] in {"after", "before"} for k in range(phrase.start, phrase.end - 1))


def _flashback(doc: Doc, phrase: DatePhrase) -> bool:
    """ "The two had met over dinner the night before. The following day ...": a day counted back in the
    pluperfect looks back from the story's day; the next day counted is from the story's day (a day
    named in it, "had met on Sunday", moves the story back there)."""
    verb = phrase_verb(doc, phrase)
    return verb is not None and pluperfect_at(doc, verb)


LOOK_BACK_ADVERBS = frozenset({"last", "previously"})


def _looked_back(doc: Doc, phrase: DatePhrase) -> bool:
    """ "The two last spoke on 12 May", "had previously met in 2019": a day looked back to from the story's, which
    "earlier in the day" or "the next day" does not count from."""
    verb = phrase_verb(doc, phrase)
    deps, lowers = units.attrs(doc).deps, units.words(doc).lowers
    return verb is not None and any(deps[c] == "advmod" and lowers[c] in LOOK_BACK_ADVERBS and c < verb
                                    for c in units.children(doc)[verb])  # (not "met on Sunday last")


def phrase_verb(doc: Doc, phrase: DatePhrase) -> int | None:
    """The verb (or auxiliary) of a date phrase's clause: the first at or above the word it modifies, within
    twelve steps; None when the climb reaches the root without one."""
    a = units.attrs(doc)
    cur = attachment(doc, phrase)
    for _ in range(12):
        if a.poss[cur] in {"VERB", "AUX"}:
            return cur
        if a.heads[cur] == cur:
            return None
        cur = a.heads[cur]
    return None


def pluperfect_at(doc: Doc, i: int) -> bool:
    """Token `i` has the auxiliary "had" ("had met", "she'd called"): told as before the story's day."""
    deps, lowers = units.attrs(doc).deps, units.words(doc).lowers
    return any(deps[c] == "aux" and lowers[c] in {"had", "'d"} for c in units.children(doc)[i])


def _counted_from_a_told_day(doc: Doc, phrase: DatePhrase, after: list[DatePhrase],
                             published: date | None) -> DatePhrase:
    """ "The day before he left for Paris on Wednesday": counted from a day the clause after it gives."""
    days = offset(units.span_text(doc, phrase.start, phrase.end))
    sentence_end = units.unit_bounds(doc, phrase.start)[1]
    told = next((p for p in after if p.start < min(sentence_end, phrase.end + 12)), None)
    if days is None or told is None or told.when.day is None or told.offset is not None:
        return phrase
    day = told.when.day + timedelta(days=days)
    if published is not None and day > published:
        return phrase
    return DatePhrase(phrase.start, phrase.end, When.on(day))


AS_RECENTLY = frozenset({"recently", "late"})  # "as recently as Monday"


def attachment(doc: Doc, phrase: DatePhrase) -> int:
    """The word a date phrase modifies, as a token number: through "on"/"in"/"during" to the verb or noun."""
    a = units.attrs(doc)
    root = units.span_root(doc, phrase.start, phrase.end)
    head = a.heads[root]
    if head == root:
        return root
    if a.deps[head] == "prep" or a.poss[head] == "ADP":
        up = a.heads[head]
        if a.poss[up] == "ADV" and units.words(doc).lowers[up] in AS_RECENTLY:
            # "had met X as recently as Monday to review ...": the adverb's verb; a purpose clause
            # ("to review") the parser hangs it on tells no past day, the verb it serves does
            up = a.heads[up]
            if a.deps[up] == "advcl" and a.tags[up] == "VB" and any(
                a.deps[c] == "aux" and units.words(doc).lowers[c] == "to" for c in units.children(doc)[up]
            ):
                up = a.heads[up]
        return up
    if a.deps[root] in {"npadvmod", "appos"} and a.poss[head] in {"NOUN", "PROPN"} and (
        a.deps[head] in {"pobj", "dobj", "appos"}
    ):
        # "had spoken with Minister A the following day": the parser hangs the day on the name; it dates the verb
        up = head
        while a.deps[up] in {"pobj", "prep", "dobj", "appos"} and a.heads[up] != up:
            up = a.heads[up]
        if a.poss[up] in {"VERB", "AUX"}:
            return up
    return _before_the_mark(doc, phrase, head)


def _before_the_mark(doc: Doc, phrase: DatePhrase, verb: int) -> int:
    """ "This morning, two days after the paper told her story, X received Y": a day written before the "after"
    that opens the clause the parser hung it on stands outside that clause; it is the clause's head's."""
    a = units.attrs(doc)
    if a.poss[verb] not in {"VERB", "AUX"} or a.deps[verb] not in {"advcl", "ccomp"} or a.heads[verb] == verb:
        return verb
    marks = [c for c in units.children(doc)[verb] if a.deps[c] == "mark"]
    if marks and phrase.end <= marks[0]:
        return a.heads[verb]
    return verb


def compatible(a: When, b: When) -> bool:
    """Whether two dates can describe the same event (unknown fits anything)."""
    if a.day and b.day:
        return a.day == b.day
    if a.year and b.year and a.year != b.year:
        return False
    if a.month and b.month and a.month != b.month:
        return False
    day = a.day or b.day
    other = b if a.day else a
    if day is not None:
        if other.year and other.year != day.year:
            return False
        if other.month and other.month != day.month:
            return False
    return True
