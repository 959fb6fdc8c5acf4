from __future__ import annotations

import datetime as dt

import pytest

from service.review.calendar import (
    add_working_days,
    handling_deadline,
    is_working_day,
    local_date,
    public_holidays,
    working_days_between,
)


def test_weekends_do_not_count():
    friday = dt.date(2026, 11, 20)
    assert add_working_days(friday, 1) == dt.date(2026, 11, 23)  # the Monday
    assert add_working_days(friday, 5) == dt.date(2026, 11, 27)


def test_tet_is_five_days_off():
    # Tết 2026: the lunar new year falls on Tuesday 17 February.
    holidays = public_holidays(2026)
    for day in range(16, 21):
        assert dt.date(2026, 2, day) in holidays
    assert not is_working_day(dt.date(2026, 2, 18))
    assert add_working_days(dt.date(2026, 2, 13), 1) == dt.date(2026, 2, 23)


def test_fixed_holidays_and_national_day_pair():
    holidays = public_holidays(2025)
    assert {dt.date(2025, 1, 1), dt.date(2025, 4, 30), dt.date(2025, 5, 1), dt.date(2025, 9, 2)} <= holidays
    assert dt.date(2025, 9, 1) in holidays  # 2/9/2025 is a Tuesday: Monday 1/9 goes with it
    assert dt.date(2025, 4, 7) in holidays  # Hùng Kings' day


def test_a_holiday_on_a_weekend_is_given_back_on_the_next_working_day():
    # 1 January 2028 is a Saturday.
    assert dt.date(2028, 1, 3) in public_holidays(2028)


@pytest.mark.parametrize(
    ("label", "days"), [("complaint", 10), ("recommendation", 10), ("other", 10), ("denunciation", 7)]
)
def test_handling_deadline_counts_working_days_by_label(label, days):
    received = dt.date(2026, 11, 2)  # a Monday
    deadline = handling_deadline(received, label)
    assert working_days_between(received, deadline) == days
    assert is_working_day(deadline)


def test_working_days_between_is_signed():
    monday, friday = dt.date(2026, 11, 2), dt.date(2026, 11, 6)
    assert working_days_between(monday, friday) == 4
    assert working_days_between(friday, monday) == -4


def test_receipt_day_is_taken_in_vietnam_time():
    late_evening_utc = dt.datetime(2026, 11, 2, 18, 30, tzinfo=dt.UTC)  # 01:30 on the 3rd in Hà Nội
    assert local_date(late_evening_utc) == dt.date(2026, 11, 3)
    assert local_date(dt.datetime(2026, 11, 2, 18, 30)) == dt.date(2026, 11, 3)  # naive = UTC
