"""Hiding a denouncer's identity (Luật Tố cáo: name, address, ID number, phone, handwriting).

Everything here is pure: given the letter's analysis and text, compute what to hide and return masked
copies. Text is masked character for character (█), so evidence offsets into it stay valid; fields are
replaced by a fixed marker; on page images the words of the identity and the signature block are boxed
out. ID-card and phone numbers anywhere in the letter are hidden too: a number is as telling as a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, TypeGuard

from service.review.search import fold

MASK = "[đã che]"
BLOCK = "█"
PERSON_FIELDS = ("name", "id_number", "address", "phone", "birth_year")
# Decided (edited) fields that hold the petitioner's identity.
IDENTITY_FIELDS = ("petitioner_name", "petitioner_address", "petitioner_id_number", "petitioner_phone")
# CCCD has 12 digits, the old CMND 9; phone numbers start with 0 or +84 and have 10 digits.
NUMBER_PATTERNS = (
    re.compile(r"(?<!\d)(?<!\d[.,])\d{9}(?:\d{3})?(?!\d|[.,]\d)"),
    re.compile(r"(?<![\d+])(?:\+84|0)(?:[ .]?\d){9,10}(?![\d])"),
)
MIN_VALUE_LENGTH = 3
_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Box:
    left: int
    top: int
    right: int
    bottom: int


def identity_values(analysis: dict[str, Any] | None, fields: dict[str, Any] | None = None) -> list[str]:
    """Every identifying value known for the letter's petitioner(s), longest first."""
    values: set[str] = set()
    analysis = analysis or {}
    people = [analysis.get("petitioner") or {}, *(analysis.get("petitioners") or [])]
    for person in people:
        for key in ("name", "id_number", "address", "phone"):
            value = person.get(key) if isinstance(person, dict) else None
            if isinstance(value, str) and len(value.strip()) >= MIN_VALUE_LENGTH:
                values.add(value.strip())
    for key in IDENTITY_FIELDS:
        value = (fields or {}).get(key)
        if isinstance(value, str) and len(value.strip()) >= MIN_VALUE_LENGTH:
            values.add(value.strip())
    return sorted(values, key=len, reverse=True)


def identity_spans(text: str, values: Iterable[str]) -> list[tuple[int, int]]:
    """Offsets of every occurrence of the values (accent- and case-insensitive) and of ID/phone numbers."""
    folded = fold(text)
    spans: list[tuple[int, int]] = []
    for value in values:
        needle = fold(value)
        start = folded.find(needle)
        while start >= 0:
            spans.append((start, start + len(needle)))
            start = folded.find(needle, start + len(needle))
    for pattern in NUMBER_PATTERNS:
        spans.extend(match.span() for match in pattern.finditer(text))
    return merge_spans(spans)


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def mask_text(text: str, spans: Iterable[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        for index in range(max(start, 0), min(end, len(chars))):
            if not chars[index].isspace():
                chars[index] = BLOCK
    return "".join(chars)


def mask_string(value: str, values: Iterable[str]) -> str:
    """A free-text string (a flag's reason, a note) with the identity replaced by the marker."""
    spans = identity_spans(value, values)
    for start, end in reversed(spans):
        value = value[:start] + MASK + value[end:]
    return value


def masked_analysis(analysis: dict[str, Any], text: str | None, values: list[str]) -> dict[str, Any]:
    """A copy of the analysis without the identity: petitioner fields replaced, every string scrubbed,
    evidence re-read from the masked text so its offsets still match."""
    masked_text = mask_text(text, identity_spans(text, values)) if text else None
    result = _scrub(analysis, values)
    if isinstance(result.get("petitioner"), dict):
        result["petitioner"] = _masked_person(result["petitioner"])
    people = result.get("petitioners") or []
    result["petitioners"] = [_masked_person(p) for p in people if isinstance(p, dict)]
    if masked_text is not None:
        _reslice_evidence(result, masked_text)
    return result


def _masked_person(person: dict[str, Any]) -> dict[str, Any]:
    return {key: (MASK if person.get(key) not in (None, "") else None) for key in PERSON_FIELDS}


def _scrub(value: Any, values: list[str]) -> Any:
    if isinstance(value, str):
        return mask_string(value, values)
    if isinstance(value, dict):
        return {key: _scrub(item, values) for key, item in value.items()}
    if isinstance(value, list):
        return [_scrub(item, values) for item in value]
    return value


def _is_offset(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and value >= 0


def _reslice_evidence(node: Any, text: str) -> None:
    if isinstance(node, dict):
        start, end = node.get("start"), node.get("end")
        if _is_offset(start) and _is_offset(end) and "text" in node and start <= end <= len(text):
            node["text"] = text[start:end]
        for item in node.values():
            _reslice_evidence(item, text)
    elif isinstance(node, list):
        for item in node:
            _reslice_evidence(item, text)


# Page images ----------------------------------------------------------------------------------------

# The words that open a signature block: "Người làm đơn", "Người tố cáo", "Người viết đơn", ...
SIGNATURE_OPENERS = {"lam", "viet", "to", "khieu", "kien", "dai", "dung", "gui", "phan"}


def _word_token(word: list[Any]) -> str:
    return "".join(_TOKEN.findall(fold(str(word[0]))))


def _box(word: list[Any], pad: int = 4) -> Box:
    left, top, width, height = (int(v) for v in word[1:5])
    return Box(left - pad, top - pad, left + width + pad, top + height + pad)


def identity_word_indexes(words: list[list[Any]], values: Iterable[str]) -> set[int]:
    """Indexes of the words that spell an identity value, or that look like an ID or phone number."""
    tokens = [_word_token(word) for word in words]
    hidden: set[int] = set()
    for value in values:
        needle = [t for t in _TOKEN.findall(fold(value)) if t]
        if not needle:
            continue
        for start in range(len(tokens) - len(needle) + 1):
            if tokens[start : start + len(needle)] == needle:
                hidden.update(range(start, start + len(needle)))
    for index in range(len(words)):
        # A phone number is often read as several words ("0912 345 678").
        for count in (1, 2, 3):
            joined = " ".join(str(w[0]) for w in words[index : index + count]).strip(" ,.;:()")
            if any(_number_in(pattern, joined, whole=count > 1) for pattern in NUMBER_PATTERNS):
                hidden.update(range(index, min(index + count, len(words))))
                break
    return hidden


def _number_in(pattern: re.Pattern[str], value: str, *, whole: bool) -> bool:
    # Several words must together be exactly the number, or a neighbour word would be hidden too.
    return bool(pattern.fullmatch(value) if whole else pattern.search(value))


def signature_box(words: list[list[Any]], width: int, height: int) -> Box:
    """The signature block of the last page: from its opening words ("Người làm đơn") down, on the
    right; without them, the lower right of the page, where Vietnamese letters are signed."""
    tokens = [_word_token(word) for word in words]
    for index in range(len(tokens) - 1, 0, -1):
        word = words[index - 1]
        opens_block = tokens[index - 1] == "nguoi" and tokens[index] in SIGNATURE_OPENERS
        if opens_block and int(word[2]) > height * 0.4:
            left = max(0, min(int(word[1]) - int(width * 0.05), width // 2))
            return Box(left, max(0, int(word[2]) - 8), width, height)
    return Box(int(width * 0.4), int(height * 0.7), width, height)


def page_mask_boxes(
    words: list[list[Any]], values: Iterable[str], *, width: int, height: int, last_page: bool
) -> list[Box]:
    boxes = [_box(words[index]) for index in sorted(identity_word_indexes(words, values))]
    if last_page:
        boxes.append(signature_box(words, width, height))
    return boxes


def words_outside(words: list[list[Any]], boxes: list[Box]) -> list[list[Any]]:
    """The page's words that no mask box touches: the others must not reach the browser either."""
    kept = []
    for word in words:
        box = _box(word, pad=0)
        if not any(_overlap(box, mask) for mask in boxes):
            kept.append(word)
    return kept


def _overlap(a: Box, b: Box) -> bool:
    return a.left < b.right and b.left < a.right and a.top < b.bottom and b.top < a.bottom


def mask_image(image_bytes: bytes, boxes: list[Box]) -> bytes:
    """The page image (JPEG) with the boxes filled in black."""
    import io

    from PIL import Image, ImageDraw

    with Image.open(io.BytesIO(image_bytes)) as source:
        image = source.convert("RGB")
    draw = ImageDraw.Draw(image)
    for box in boxes:
        draw.rectangle((box.left, box.top, box.right, box.bottom), fill=(0, 0, 0))
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=80)
    return out.getvalue()
