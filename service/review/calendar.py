"""Working days and the statutory deadline for handling a received letter (domain.md §2.2).

Deadlines run in working days from the day after receipt: Saturdays, Sundays and public holidays do
not count. Public holidays follow the Labour Code (Bộ luật Lao động 2019, Art. 112): New Year, five days
of Tết, the Hùng Kings' day, 30 April, 1 May, and 2 September with one adjacent day. The lunar dates
below are looked up from the lunar calendar, not from each year's government announcement, which may
shift a day of Tết or add swapped days: an office that needs exactness corrects them here.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

VIETNAM = dt.timezone(dt.timedelta(hours=7))  # Indochina Time, no daylight saving

# First day of the lunar year (mùng 1 Tết) and the Hùng Kings' day (10/3 lunar), by year.
LUNAR_NEW_YEAR = {
    2020: dt.date(2020, 1, 25),
    2021: dt.date(2021, 2, 12),
    2022: dt.date(2022, 2, 1),
    2023: dt.date(2023, 1, 22),
    2024: dt.date(2024, 2, 10),
    2025: dt.date(2025, 1, 29),
    2026: dt.date(2026, 2, 17),
    2027: dt.date(2027, 2, 6),
    2028: dt.date(2028, 1, 26),
    2029: dt.date(2029, 2, 13),
    2030: dt.date(2030, 2, 3),
}
HUNG_KINGS_DAY = {
    2020: dt.date(2020, 4, 2),
    2021: dt.date(2021, 4, 21),
    2022: dt.date(2022, 4, 10),
    2023: dt.date(2023, 4, 29),
    2024: dt.date(2024, 4, 18),
    2025: dt.date(2025, 4, 7),
    2026: dt.date(2026, 4, 26),
    2027: dt.date(2027, 4, 16),
    2028: dt.date(2028, 4, 4),
    2029: dt.date(2029, 4, 23),
    2030: dt.date(2030, 4, 12),
}

# Monday .. Sunday: which side of 2 September its adjacent day off falls on.
NATIONAL_DAY_NEIGHBOUR = {0: 1, 1: -1, 2: 1, 3: 1, 4: -1, 5: -1, 6: 1}

# Working days to process a received letter: 10 in general; a denunciation's initial processing
# (vào sổ, classification, checking the denouncer) has 7 (Luật Tố cáo Art. 24(1)).
HANDLING_DAYS = {"denunciation": 7}
DEFAULT_HANDLING_DAYS = 10


@cache
def public_holidays(year: int) -> frozenset[dt.date]:
    days: set[dt.date] = set()
    fixed = [dt.date(year, 1, 1), dt.date(year, 4, 30), dt.date(year, 5, 1), dt.date(year, 9, 2)]
    days.update(fixed)
    # The day adjacent to National Day (Art. 112 since 2021): 1 or 3 September, whichever joins the
    # holiday to a weekend (Tuesday → the Monday before, Thursday → the Friday after).
    national_day = dt.date(year, 9, 2)
    days.add(national_day + dt.timedelta(days=NATIONAL_DAY_NEIGHBOUR[national_day.weekday()]))
    # Tết: the last day of the old year and the first four of the new (Tết always falls in Jan-Feb).
    tet = LUNAR_NEW_YEAR.get(year)
    if tet is not None:
        days.update(tet + dt.timedelta(days=offset) for offset in range(-1, 4))
    if year in HUNG_KINGS_DAY:
        days.add(HUNG_KINGS_DAY[year])
    # A fixed holiday on a weekend is given back on the next working day (Art. 111(3)).
    for holiday in sorted(fixed):
        if holiday.weekday() >= 5:
            extra = holiday + dt.timedelta(days=1)
            while extra.weekday() >= 5 or extra in days:
                extra += dt.timedelta(days=1)
            days.add(extra)
    return frozenset(days)


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in public_holidays(day.year)


def add_working_days(start: dt.date, count: int) -> dt.date:
    """The `count`-th working day after `start` (start itself is not counted)."""
    day = start
    remaining = count
    while remaining > 0:
        day += dt.timedelta(days=1)
        if is_working_day(day):
            remaining -= 1
    return day


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days after `start` up to and including `end`; negative when `end` is before `start`."""
    if end < start:
        return -working_days_between(end, start)
    count = 0
    day = start
    while day < end:
        day += dt.timedelta(days=1)
        if is_working_day(day):
            count += 1
    return count


def local_date(moment: dt.datetime) -> dt.date:
    if moment.tzinfo is None:  # SQLite hands back naive UTC
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(VIETNAM).date()


def handling_deadline(received_on: dt.date, label: str) -> dt.date:
    return add_working_days(received_on, HANDLING_DAYS.get(label, DEFAULT_HANDLING_DAYS))


def today() -> dt.date:
    return dt.datetime.now(VIETNAM).date()
