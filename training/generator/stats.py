"""Measurements of a corpus: how labels, fields, styles, forms and levels are spread, and how often the most
common sentence of each label recurs (the cap on phrase reuse that keeps a model from learning the generator).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

_SPLIT = re.compile(r"[.!?\n]+")
_DIGITS = re.compile(r"\d+")
_NOISE = re.compile(r"[^\w\s]")
# The national motto heads most letters of every label by law of form; it is reported, not capped.
MOTTO = frozenset(
    {
        "cộng hòa xã hội chủ nghĩa việt nam",
        "cộng hoà xã hội chủ nghĩa việt nam",
        "cong hoa xa hoi chu nghia viet nam",
        "độc lập tự do hạnh phúc",
        "doc lap tu do hanh phuc",
    }
)


def normalise_sentence(text: str) -> str:
    text = unicodedata.normalize("NFC", text).lower()
    text = _DIGITS.sub("0", text)
    text = _NOISE.sub(" ", text)
    return " ".join(text.split())


def sentences_of(text: str, min_words: int = 4) -> set[str]:
    out: set[str] = set()
    for part in _SPLIT.split(text):
        sentence = normalise_sentence(part)
        # a field label followed by a number ("Số điện thoại: 09...") is not a sentence
        if sum(1 for word in sentence.split() if not word.isdigit()) >= min_words:
            out.add(sentence)
    return out


def sentence_shares(
    records: Iterable[Mapping[str, Any]], *, min_words: int = 4, exclude_motto: bool = True
) -> dict[str, tuple[float, str, int]]:
    """Per label: the largest share of its letters that contain one same sentence, that sentence, and n."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    totals: Counter[str] = Counter()
    for rec in records:
        label = rec["label"]
        totals[label] += 1
        for sentence in sentences_of(rec["text"], min_words):
            if exclude_motto and sentence in MOTTO:
                continue
            counts[label][sentence] += 1
    out: dict[str, tuple[float, str, int]] = {}
    for label, counter in counts.items():
        sentence, n = counter.most_common(1)[0]
        out[label] = (n / totals[label], sentence, totals[label])
    return out


def distribution(records: Iterable[Mapping[str, Any]], key: str) -> Counter[str]:
    return Counter(str(rec[key]) for rec in records)


def table(records: Sequence[Mapping[str, Any]]) -> str:
    """A plain-text report of every spread the brief asks for."""
    total = len(records)
    lines = [f"letters: {total}"]
    for key in ("label", "field", "style", "form", "addressee_level", "competent_level"):
        counter = distribution(records, key)
        cells = ", ".join(f"{name} {n} ({100 * n / total:.1f}%)" for name, n in counter.most_common())
        lines.append(f"{key}: {cells}")
    flags = {
        "overreaching": sum(1 for r in records if r["overreaching"]),
        "prior_resolution": sum(1 for r in records if r["prior_resolution"]),
        "anonymous": sum(1 for r in records if r["anonymous"]),
        "collective": sum(1 for r in records if r["collective"]),
        "in dup group": sum(1 for r in records if r["dup_group"]),
        "in near-miss group": sum(1 for r in records if r["near_miss"]),
        "no title": sum(1 for r in records if not r["title"]),
        "no date": sum(1 for r in records if not r["date"]),
        "two-tier (dated ≥ 2025-07-01)": sum(1 for r in records if r["date"] and r["date"] >= "2025-07-01"),
    }
    lines.append("flags: " + ", ".join(f"{name} {n} ({100 * n / total:.1f}%)" for name, n in flags.items()))
    by_label: dict[str, Counter[str]] = defaultdict(Counter)
    for rec in records:
        by_label[rec["label"]][rec["field"]] += 1
    for label, counter in sorted(by_label.items()):
        lines.append(f"fields of {label}: " + ", ".join(f"{f} {n}" for f, n in counter.most_common()))
    misleading = sum(1 for r in records if title_misleads(r))
    lines.append(f"titles naming another label: {misleading} ({100 * misleading / total:.1f}%)")
    for exclude in (True, False):
        shares = sentence_shares(records, exclude_motto=exclude)
        tag = "body sentences (motto excluded)" if exclude else "all sentences (motto included)"
        lines.append(f"max sentence share per label, {tag}:")
        for label, (share, sentence, n) in sorted(shares.items()):
            lines.append(f"  {label} (n={n}): {100 * share:.2f}%  «{sentence[:90]}»")
    return "\n".join(lines)


_TITLE_WORDS = {
    "complaint": ("khieu nai",),
    "denunciation": ("to cao", "to giac", "trinh bao"),
    "recommendation": ("kien nghi", "phan anh"),
}


def title_misleads(rec: Mapping[str, Any]) -> bool:
    """A title that names a petition type other than the letter's label."""
    title = rec.get("title")
    if not title:
        return False
    bare = strip(title.lower())
    named = {label for label, words in _TITLE_WORDS.items() if any(w in bare for w in words)}
    return bool(named) and rec["label"] not in named


def strip(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return (
        "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
        .replace("đ", "d")
        .replace("Đ", "D")
    )
