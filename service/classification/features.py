"""From a parsed letter to the inputs of the fitted pipeline.

Thông tư 05/2021/TT-TTCP Art. 6 classifies a letter by its content, never by its title, and titles often
mislead ("ĐƠN TỐ CÁO" over a complaint about the writer's own compensation). So the title line and the
subject line that goes with it ("V/v ...") are dropped before any text feature is built: what is left is
the body, read two ways (underthesea word tokens, and the folded text for character n-grams that survive
missing diacritics and OCR damage), plus the legal cues of `cues.py`.

A feature row is a plain object array so the fitted pipeline holds only scikit-learn types and loads from
skops without trusting any code of ours.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

import numpy as np

from service.classification.cues import CUE_NAMES, later_cues, structure_cues, text_cues
from service.understanding.types import ParsedLetter

# Column layout of a feature row, shared with the pipeline built at training time.
WORDS_COLUMN: Final = 0
FOLDED_COLUMN: Final = 1
CUE_COLUMNS: Final[list[int]] = list(range(2, 2 + len(CUE_NAMES)))
ROW_WIDTH: Final = 2 + len(CUE_NAMES)

# A title sits in the letter's header; further down, a short line starting with "Đơn" is body text.
_HEADER_LINES = 15
_TITLE_MAX_CHARS = 110
_SUBJECT_MAX_CHARS = 200
_TITLE_START = re.compile(r"^[\s\-–*•.(\[]*(don|thu|to trinh)\b")
_TITLE_WORDS = re.compile(
    r"\b(khieu nai|to cao|kien nghi|phan anh|de nghi|yeu cau|trinh bay|xin|cau cuu|keu cuu|cam on|"
    r"to giac|kien nghi|thu|khan cap)\b"
)
_SUBJECT_START = re.compile(r"^[\s(\[]*(v/v|v\.v|v/viec|ve viec)\b")
_DIGIT = re.compile(r"\d")
_SPACE = re.compile(r"\s+")
_WORD_CHAR = re.compile(r"\w")


@dataclass(frozen=True)
class LetterFeatures:
    words: str  # body tokens, lower case, joined by spaces; digits masked so ID numbers teach nothing
    folded: str  # body folded (no diacritics), whitespace collapsed, digits masked
    cues: tuple[float, ...]


def fold(text: str) -> str:
    """Lower case without diacritics, đ -> d: the same view the understanding step calls `folded`."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def title_line_indexes(lines: Sequence[str], folded_lines: Sequence[str], title: str | None) -> set[int]:
    """Indexes of the header lines that make up the title and its subject line."""
    title_key = _squash(title) if title else ""
    dropped: set[int] = set()
    for index in range(min(len(lines), _HEADER_LINES)):
        line, folded_line = lines[index].strip(), folded_lines[index].strip()
        if not line:
            continue
        line_key = _squash(line)
        if (
            (title_key and len(line_key) >= 3 and line_key in title_key)
            or _looks_like_title(line, folded_line)
            or _is_subject_line(line, folded_line)
            and (
                # A subject line belongs to the title when parenthesised or right under it.
                line.startswith(("(", "[")) or _previous_non_empty(lines, index) in dropped
            )
        ):
            dropped.add(index)
    return dropped


def _is_subject_line(line: str, folded_line: str) -> bool:
    return bool(_SUBJECT_START.match(folded_line)) and len(line) <= _SUBJECT_MAX_CHARS


def _looks_like_title(line: str, folded_line: str) -> bool:
    if len(line) > _TITLE_MAX_CHARS or line.endswith((".", ",", ";")) or not _TITLE_START.match(folded_line):
        return False
    letters = [ch for ch in line if ch.isalpha()]
    mostly_upper = bool(letters) and sum(ch.isupper() for ch in letters) >= 0.6 * len(letters)
    return mostly_upper or bool(_TITLE_WORDS.search(folded_line))


def _previous_non_empty(lines: Sequence[str], index: int) -> int:
    for previous in range(index - 1, -1, -1):
        if lines[previous].strip():
            return previous
    return -1


def _squash(text: str) -> str:
    return _SPACE.sub("", unicodedata.normalize("NFC", text)).replace("_", "").lower()


def drop_token_runs(tokens: Sequence[str], dropped_lines: Sequence[str]) -> list[str]:
    """Tokens without the runs that spell the dropped lines (their first occurrence only)."""
    keys = [_squash(token) for token in tokens]
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    position = 0
    for index, key in enumerate(keys):
        starts[position] = index
        position += len(key)
        ends[position] = index
    joined = "".join(keys)
    drop = [False] * len(tokens)
    for line in dropped_lines:
        target = _squash(line)
        found = joined.find(target) if target else -1
        while found >= 0:
            first, last = starts.get(found), ends.get(found + len(target))
            if first is not None and last is not None and not any(drop[first : last + 1]):
                drop[first : last + 1] = [True] * (last - first + 1)
                break
            found = joined.find(target, found + 1)
    return [token for token, gone in zip(tokens, drop, strict=True) if not gone]


def letter_features(parsed: ParsedLetter) -> LetterFeatures:
    lines = parsed.text.split("\n")
    folded = parsed.folded
    if folded.count("\n") != len(lines) - 1:
        # The folded view is expected line for line; if it is not, fold the text ourselves.
        folded = fold(parsed.text)
    folded_lines = folded.split("\n")
    dropped = title_line_indexes(lines, folded_lines, parsed.structure.title)
    body_tokens = drop_token_runs(parsed.tokens, [lines[i] for i in sorted(dropped)])
    words = " ".join(token.lower().replace(" ", "_") for token in body_tokens if _WORD_CHAR.search(token))
    folded_body = _SPACE.sub(" ", " ".join(f for i, f in enumerate(folded_lines) if i not in dropped))
    cues = text_cues(folded_body) + structure_cues(parsed.structure) + later_cues(folded_body, folded)
    return LetterFeatures(
        words=_DIGIT.sub("0", words), folded=_DIGIT.sub("0", folded_body).strip(), cues=tuple(cues)
    )


def feature_rows(letters: Sequence[ParsedLetter]) -> np.ndarray:
    """The pipeline's input: one object row per letter (words, folded body, cue values)."""
    rows = np.empty((len(letters), ROW_WIDTH), dtype=object)
    for index, parsed in enumerate(letters):
        features = letter_features(parsed)
        rows[index, WORDS_COLUMN] = features.words
        rows[index, FOLDED_COLUMN] = features.folded
        rows[index, CUE_COLUMNS] = features.cues
    return rows
