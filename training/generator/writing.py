"""How letters write dates, sums, areas and document numbers: several hands, several habits."""

from __future__ import annotations

import random
from datetime import date, timedelta


def fmt_date(day: date, rng: random.Random) -> str:
    """A date inside a sentence, as a citizen or a clerk would type it."""
    style = rng.randrange(6)
    if style == 0:
        return f"{day.day} tháng {day.month} năm {day.year}"
    if style == 1:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    if style == 2:
        return f"{day.day}-{day.month}-{day.year}"
    if style == 3:
        return f"{day.day:02d} tháng {day.month:02d} năm {day.year}"
    return f"{day.day}/{day.month}/{day.year}"


def fmt_date_line(place: str, day: date, rng: random.Random) -> str:
    """The place-and-date line of a letter ("Tân Hòa, ngày 5 tháng 3 năm 2024")."""
    style = rng.randrange(5)
    if style == 0:
        return f"{place}, ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"
    if style == 1:
        return f"{place}, ngày {day.day} tháng {day.month} năm {day.year}"
    if style == 2:
        return f"{place}, ngày {day.day}/{day.month}/{day.year}"
    if style == 3:
        return f"{place}, ngày {day.day} tháng {day.month} năm {day.year}."
    return f"{place}, ngày {day.day:02d}/{day.month:02d}/{day.year}"


def _group_thousands(value: int, separator: str) -> str:
    return f"{value:,}".replace(",", separator)


def fmt_money(value: int, rng: random.Random) -> str:
    """A sum in đồng: "1.250.000 đồng", "1,25 triệu đồng", "125 triệu"."""
    style = rng.randrange(4)
    if style == 0 or value < 1_000_000:
        return f"{_group_thousands(value, '.')} đồng"
    if style == 1:
        return f"{_group_thousands(value, '.')}đ"
    millions = value / 1_000_000
    if millions >= 1000:
        billions = f"{millions / 1000:.2f}".rstrip("0").rstrip(".").replace(".", ",")
        return f"{billions} tỷ đồng"
    text = f"{millions:.2f}".rstrip("0").rstrip(".").replace(".", ",")
    return f"{text} triệu đồng" if style == 2 else f"{text} triệu"


def fmt_area(value: float, rng: random.Random) -> str:
    style = rng.randrange(4)
    text = f"{value:.1f}".replace(".", ",")
    if text.endswith(",0"):
        text = text[:-2]
    if style == 0:
        return f"{text} m²"
    if style == 1:
        return f"{text}m2"
    if style == 2:
        return f"{text} m2"
    return f"{text} mét vuông"


_DECISION_SUFFIX = {
    "committee": ("QĐ-UBND", "QĐ-UBND", "QĐ-CT", "QĐ-UB"),
    "fine": ("QĐ-XPHC", "QĐ-XPVPHC", "QĐ-XPHC"),
    "enforce": ("QĐ-CC", "QĐ-CCXP", "QĐ-UBND"),
    "land_office": ("QĐ-TNMT", "QĐ-STNMT"),
    "enforcement": ("QĐ-CCTHADS", "QĐ-THADS", "QĐ-CTHADS"),
    "discipline": ("QĐ-KL", "QĐ-UBND", "QĐ-PGDĐT", "QĐ-SGDĐT"),
    "insurance": ("BHXH-CSYT", "BHXH-CĐBHXH", "BHXH-GĐBHYT"),
    "police": ("QĐ-XPHC", "QĐ-XPVPHC"),
    "construction": ("QĐ-SXD", "GPXD", "QĐ-UBND"),
    "notice": ("TB-UBND", "TB-VPĐK", "TB-UBND"),
    "letter": ("UBND-KT", "UBND-TNMT", "UBND-VP", "UBND-XD", "UBND-ĐC"),
}


def decision_number(kind: str, rng: random.Random, *, level: str, year: int | None = None) -> str:
    """A document number ("245/QĐ-UBND"); higher bodies issue more documents a year."""
    ceiling = {"commune": 320, "district": 4800, "province": 3600, "central": 2200}.get(level, 900)
    number = rng.randint(1, ceiling)
    suffix = rng.choice(_DECISION_SUFFIX[kind])
    if year is not None and rng.random() < 0.12:
        return f"{number}/{year}/{suffix}"
    return f"{number}/{suffix}"


def days_before(day: date, rng: random.Random, low: int, high: int) -> date:
    return day - timedelta(days=rng.randint(low, high))


def days_after(day: date, rng: random.Random, low: int, high: int) -> date:
    return day + timedelta(days=rng.randint(low, high))


def round_to(value: float, step: int) -> int:
    return int(round(value / step) * step)
