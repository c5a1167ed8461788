"""Event dates (stage 4, coding): the day a sentence's event happened or is planned for.

Time expressions come from spaCy DATE/TIME entities and our own patterns, and are resolved against
the publication date by our rules; dateparser (English only) is the fallback for other month-name dates.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Literal

from spacy.tokens import Span

Prefer = Literal["past", "future"]

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {name: i for i, name in enumerate(calendar.month_name) if name} | {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12}
MONTHS = {k.lower(): v for k, v in MONTHS.items()}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "a few": 3,
           "a couple of": 2}
DURATION_PREPOSITIONS = frozenset({"for", "over", "within", "throughout", "spanning", "lasting", "after",
                                   "until", "till", "before"})
"""A DATE entity right after one of these words is a duration or an interval, not a point in time."""
# Parts of a month: "early/mid/late March" resolve to the first day of that part.
PART_DAY = {"early": 1, "mid": 11, "middle": 11, "late": 21, "end": 21}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_NUM = r"(?P<num>\d+|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r")"
_UNIT = r"(?P<unit>minute|hour|day|week|month|year)s?"

_ISO = re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})")
_DURATION = re.compile(r"(\d+|" + "|".join(NUMBERS) + r")[- ](minute|hour|day|week|month|year|decade)s?"
                       r"(-old|-long)?|(the )?(past|last|next|coming) (\d+|" + "|".join(NUMBERS) + r") \w+|"
                       r"(decades|years|months|weeks|days|hours)|(the )?\d{4}s")
_AGO = re.compile(_NUM + r" " + _UNIT + r" ago")
_IN_N = re.compile(r"in " + _NUM + r" " + _UNIT)
_WEEKDAY_RE = re.compile(r"(?:(?P<rel>last|next|this|coming|past|on)\s+)?(?:(?:early|late)\s+)?" + _WEEKDAY
                         + r"(?:\s+(?:morning|afternoon|evening|night))?")
_REL_PERIOD = re.compile(r"(?P<mod>earlier |later )?(?P<rel>last|next|this|past|coming) "
                         r"(?P<period>week|weekend|month|year)")
_REL_MONTH = re.compile(r"(?P<rel>last|next|this|past|coming) " + _MONTH)
_DAY_MONTH = re.compile(r"(?:the )?(?P<day>\d{1,2})(?:st|nd|rd|th)?(?: of)? " + _MONTH
                        + r"(?:,? (?P<year>\d{4}))?")
_MONTH_DAY = re.compile(_MONTH + r" (?:the )?(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,? (?P<year>\d{4}))?")
_PART_MONTH = re.compile(r"(?:the )?(?P<part>early|mid|middle|late|end)(?:-| of | )" + _MONTH
                         + r"(?:,? (?P<year>\d{4}))?")
_MONTH_YEAR = re.compile(_MONTH + r"(?:,? (?P<year>\d{4}))?")
_YEAR = re.compile(r"(?P<year>(?:19|20)\d{2})")
_PART_YEAR = re.compile(r"(?P<part>early|mid|late)[- ](?P<year>(?:19|20)\d{2})")
# Parts of a year: "early/mid/late 2002" resolve to the first day of that third of the year.
PART_MONTH = {"early": 1, "mid": 5, "late": 9}
_SAME_DAY = frozenset({"today", "tonight", "this morning", "this afternoon", "this evening", "earlier today",
                       "later today", "now"})
_PREFIX = re.compile(r"^(?:on|in|at|by|during|as of|since|from)\s+")
_NEEDS_DATEPARSER = re.compile(r"\d{1,4}[/.]\d{1,2}[/.]\d{1,4}|\b(" + "|".join(MONTHS) + r")\b")


def resolve_event_date(sentence: Span, published_on: date | None, *, future: bool,
                       ents: Sequence[Span] | None = None, text: str | None = None) -> date | None:
    """The date of the event in ``sentence``: its own time expression resolved against ``published_on``,
    else ``published_on`` itself.

    Weekdays and bare months resolve to the previous occurrence for past events and the next one
    for planned events (``future=True``). Durations ("for two weeks") and adjectives ("a 20-year
    pact") do not move the date. Without a publication date only expressions with an explicit year
    resolve; the result is then None when there is none.

    Args:
        sentence: a sentence of a parsed Doc (its DATE/TIME entities are used).
        published_on: the article's publication date, or None.
        future: True when the event is planned or expected (future tense, "scheduled to").
        ents: the sentence's entities (``sentence.ents``), when the caller has them already: ``Span.ents``
            builds a span for every entity of the whole doc on each call (see ``sentence_ents``).
        text: the sentence's text (``sentence.text``), when the caller has read it already (it is built from
            the tokens on each call).
    """
    prefer: Prefer = "future" if future else "past"
    for expression in _time_expressions(sentence, sentence.ents if ents is None else ents,
                                        sentence.text if text is None else text):
        if published_on is None:
            if not _YEAR.search(expression):
                continue
            found = resolve_time_expression(expression, date(2000, 1, 1), prefer=prefer)
        else:
            found = resolve_time_expression(expression, published_on, prefer=prefer)
        if found is not None:
            return found
    return published_on


@functools.lru_cache(maxsize=4096)
def resolve_time_expression(text: str, base: date, *, prefer: Prefer) -> date | None:
    """The day ``text`` denotes, relative to ``base``, or None when it names no point in time.

    Periods resolve to their first day ("last month" -> the 1st of that month, "late August" -> 21
    August), except the current week/month/year, which resolve to ``base``.

    >>> base = date(2025, 10, 15)  # a Wednesday
    >>> resolve_time_expression("on Friday", base, prefer="past"), resolve_time_expression("Friday", base, prefer="future")
    (datetime.date(2025, 10, 10), datetime.date(2025, 10, 17))
    >>> resolve_time_expression("last January", base, prefer="past")
    datetime.date(2025, 1, 1)
    >>> resolve_time_expression("for two weeks", base, prefer="past") is None
    True
    """
    t = " ".join(text.lower().replace("’", "'").split()).strip(" .,;:")
    t = re.sub(r"^(the )?(morning|afternoon|evening|night) of ", "", t)
    t = re.sub(r"'s$", "", t)  # "last week's"
    if " and " in t:  # "on Sunday and Monday": the first day named
        t = t.split(" and ", 1)[0]
    if t.startswith(tuple(p + " " for p in DURATION_PREPOSITIONS)):
        return None
    if m := _IN_N.fullmatch(t):  # "in two weeks": a point ahead, not the duration "two weeks"
        return _shift(base, _number(m["num"]), m["unit"])
    t = _PREFIX.sub("", t)
    return _by_rules(t, base, prefer) if not _DURATION.fullmatch(t) else None


def _by_rules(t: str, base: date, prefer: Prefer) -> date | None:
    if t in _SAME_DAY:
        return base
    if t in ("yesterday", "last night", "yesterday morning", "yesterday afternoon", "yesterday evening"):
        return base - timedelta(days=1)
    if t == "the day before yesterday":
        return base - timedelta(days=2)
    if t in ("tomorrow", "tomorrow morning", "tomorrow night", "tomorrow evening"):
        return base + timedelta(days=1)
    if m := _ISO.fullmatch(t):
        return _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    if m := _AGO.fullmatch(t):
        return _shift(base, -_number(m["num"]), m["unit"])
    if m := _WEEKDAY_RE.fullmatch(t):
        return _weekday(base, WEEKDAYS.index(m["weekday"]), m["rel"], prefer)
    if m := _REL_PERIOD.fullmatch(t):
        return _relative_period(base, m["rel"], m["period"], bool(m["mod"]) and m["mod"].strip() == "earlier",
                                prefer)
    if m := _REL_MONTH.fullmatch(t):  # "last January" (dateparser returns None for it)
        if m["rel"] == "this":
            return _month(base, MONTHS[m["month"]], None, prefer)
        direction: Prefer = "past" if m["rel"] in ("last", "past") else "future"
        return _month(base, MONTHS[m["month"]], None, direction, strict=True)
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        if m := pattern.fullmatch(t):
            return _day_month(base, int(m["day"]), MONTHS[m["month"]], m["year"], prefer)
    if m := _PART_MONTH.fullmatch(t):
        first = _month(base, MONTHS[m["month"]], m["year"], prefer)
        return first.replace(day=PART_DAY[m["part"]]) if first else None
    if m := _MONTH_YEAR.fullmatch(t):
        return _month(base, MONTHS[m["month"]], m["year"], prefer)
    if m := _PART_YEAR.fullmatch(t):
        return date(int(m["year"]), PART_MONTH[m["part"]], 1)
    if m := _YEAR.fullmatch(t):
        year = int(m["year"])
        return base if year == base.year else date(year, 1, 1)
    if _NEEDS_DATEPARSER.search(t):
        return _dateparser(t, base, prefer)
    return None


def sentence_ents(ents: Sequence[Span], sentences: Sequence[Span]) -> list[list[Span]]:
    """``sentence.ents`` for every one of ``sentences`` (in order) from the doc's ``ents``, read once.

    ``Span.ents`` rebuilds a span for every entity of the whole doc each time; an article codes many
    sentences, so the coder reads ``doc.ents`` once and splits it here, with ``Span.ents``'s rule: the
    entities that lie wholly inside the sentence.
    """
    out: list[list[Span]] = []
    k = 0
    for sentence in sentences:
        while k < len(ents) and ents[k].start < sentence.start:
            k += 1
        inside: list[Span] = []
        for ent in ents[k:]:
            if ent.end > sentence.end:
                break
            inside.append(ent)
        out.append(inside)
    return out


def _time_expressions(sentence: Span, ents: Sequence[Span], sentence_text: str) -> list[str]:
    """The sentence's candidate time expressions, in text order, without durations and adjectives."""
    found: list[tuple[int, str]] = []
    doc = sentence.doc
    for ent in ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        before = doc[ent.start - 1].lower_ if ent.start > sentence.start else ""
        if before in DURATION_PREPOSITIONS:
            continue
        if ent.root.dep_ in ("amod", "nmod", "compound") and ent.root.head.pos_ in ("NOUN", "PROPN") \
                and ent.root.head.ent_type_ not in ("DATE", "TIME"):
            continue  # "a 20-year partnership", "the three-day visit"
        text = ent.text
        if before in ("last", "next", "this", "early", "late", "mid", "on"):
            text = f"{before} {text}"
        found.append((ent.start_char, text))
    covered = [(ent.start_char, ent.end_char) for ent in ents]
    for m in _EXTRA.finditer(sentence_text):
        start = sentence.start_char + m.start()
        if not any(s <= start < e for s, e in covered):
            found.append((start, m.group(0)))
    return [text for _, text in sorted(found)]


# Expressions spaCy's small model sometimes leaves untagged.
_EXTRA = re.compile(r"\b(?:yesterday|today|tonight|last night|(?:last|next|this) (?:week|month|year)|"
                    r"\d{4}-\d{2}-\d{2}|(?:last|next|on) (?:" + "|".join(WEEKDAYS) + r"))\b", re.IGNORECASE)


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBERS[word]


def _shift(base: date, n: int, unit: str) -> date:
    if unit in ("minute", "hour"):
        return base + timedelta(hours=n) if abs(n) >= 24 else base
    if unit == "day":
        return base + timedelta(days=n)
    if unit == "week":
        return base + timedelta(weeks=n)
    if unit == "month":
        months = base.year * 12 + base.month - 1 + n
        year, month = divmod(months, 12)
        return _clamped(year, month + 1, base.day)
    return _clamped(base.year + n, base.month, base.day)


def _weekday(base: date, weekday: int, rel: str | None, prefer: Prefer) -> date:
    back = (base.weekday() - weekday) % 7
    ahead = (weekday - base.weekday()) % 7
    if rel in ("last", "past"):
        return base - timedelta(days=back or 7)
    if rel in ("next", "coming"):
        return base + timedelta(days=ahead or 7)
    return base - timedelta(days=back) if prefer == "past" else base + timedelta(days=ahead)


def _relative_period(base: date, rel: str, period: str, earlier: bool, prefer: Prefer) -> date:
    step = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": 0}[rel]
    if period == "weekend":
        saturday = _weekday(base, 5, None, prefer) if step == 0 else None
        return saturday or _weekday(base, 5, "last" if step < 0 else "next", prefer)
    if period == "week":
        start = base - timedelta(days=base.weekday()) + timedelta(weeks=step)
    elif period == "month":
        start = _shift(base.replace(day=1), step, "month")
    else:
        start = date(base.year + step, 1, 1)
    if step == 0:
        return start if earlier and start < base else base
    return start


def _month(base: date, month: int, year: str | None, prefer: Prefer, *, strict: bool = False) -> date:
    if year:
        return date(int(year), month, 1)
    if prefer == "past":
        y = base.year if (month < base.month or (month == base.month and not strict)) else base.year - 1
    else:
        y = base.year if (month > base.month or (month == base.month and not strict)) else base.year + 1
    return date(y, month, 1)


def _day_month(base: date, day: int, month: int, year: str | None, prefer: Prefer) -> date | None:
    if year:
        return _safe_date(int(year), month, day)
    this_year = _safe_date(base.year, month, day)
    if this_year is None:
        return None
    if prefer == "past":
        return this_year if this_year <= base else _safe_date(base.year - 1, month, day)
    return this_year if this_year >= base else _safe_date(base.year + 1, month, day)


def _clamped(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _dateparser(text: str, base: date, prefer: Prefer) -> date | None:
    """dateparser for month-name and numeric dates our rules do not cover (English only: 18x faster)."""
    import datetime as _dt

    import dateparser

    settings = {"RELATIVE_BASE": _dt.datetime(base.year, base.month, base.day, 12),
                "PREFER_DATES_FROM": prefer, "PREFER_DAY_OF_MONTH": "first",
                "REQUIRE_PARTS": ["month"]}
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed is not None else None
