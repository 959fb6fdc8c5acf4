"""What happens to a letter between the writer and the classifier: a scanner and Tesseract, a retyping clerk,
a lost second page.
"""

from __future__ import annotations

import random
import textwrap
import unicodedata

from training.generator.styles import strip_diacritics

# Glyphs Tesseract's `vie` model confuses on poor scans: marks lost or swapped, hooks read as other vowels.
_CONFUSIONS = {
    "ế": "é",
    "ề": "è",
    "ể": "e",
    "ễ": "ê",
    "ệ": "ẹ",
    "ố": "ó",
    "ồ": "ò",
    "ổ": "ô",
    "ộ": "ọ",
    "ớ": "ó",
    "ờ": "ò",
    "ở": "ỏ",
    "ợ": "ọ",
    "ứ": "ú",
    "ừ": "ù",
    "ử": "ủ",
    "ự": "ụ",
    "ấ": "á",
    "ầ": "à",
    "ậ": "ạ",
    "ắ": "á",
    "ằ": "à",
    "ặ": "ạ",
    "ơ": "o",
    "ư": "u",
    "â": "a",
    "ă": "a",
    "ê": "e",
    "ô": "o",
    "đ": "d",
    "Đ": "D",
    "ị": "i",
    "ỉ": "i",
    "ọ": "o",
    "ạ": "a",
    "ụ": "u",
    "ỳ": "y",
    "ý": "y",
    "í": "i",
    "ì": "i",
    "l": "1",
    "I": "l",
    "O": "0",
    "o": "ơ",
    "u": "ư",
    "c": "e",
    "e": "c",
    "m": "rn",
    "ỏ": "ó",
    "ả": "á",
    "ã": "á",
    "õ": "ỏ",
}
_STRAY = ("|", "~", "'", "‘", "_", "¦", "•", ".", ",", "—", "^", "`", "°")
_HEADER_NOISE = (
    "- 1 -",
    "Trang 1/2",
    "1",
    "Scanned with CamScanner",
    "||||",
    "~~ - .",
    "' ,",
    "BẢN SAO",
    "ĐƠN THƯ",
    "ĐẾN",
)


def _confuse(char: str, rng: random.Random) -> str:
    swap = _CONFUSIONS.get(char)
    if swap is None:
        if unicodedata.category(char).startswith("L") and rng.random() < 0.3:
            return strip_diacritics(char)
        return char
    return swap


def ocr_line(line: str, rng: random.Random, rate: float) -> str:
    out: list[str] = []
    for char in line:
        roll = rng.random()
        if char == " ":
            if roll < rate * 0.8:
                continue  # merged words
            out.append(char)
            continue
        if roll < rate:
            out.append(_confuse(char, rng))
        elif roll < rate * 1.25 and char.isalpha():
            out.append(char + " ")  # a word split in two
        else:
            out.append(char)
        if rng.random() < rate * 0.08:
            out.append(rng.choice(_STRAY))
    return "".join(out)


def ocr(text: str, rng: random.Random, *, receipt: str | None = None) -> str:
    """The text as Tesseract returns it from a poor scan: paper line breaks, damaged marks, stray glyphs."""
    rate = rng.uniform(0.015, 0.06)
    width = rng.randint(52, 86)
    lines: list[str] = []
    if rng.random() < 0.35:
        lines.append(rng.choice(_HEADER_NOISE))
    if receipt:
        lines.append(receipt)
    for line in text.split("\n"):
        wrapped = textwrap.wrap(line, width=width) if len(line) > width else [line]
        for piece in wrapped:
            if rng.random() < 0.05 and piece:
                piece = rng.choice(_STRAY) + " " + piece
            lines.append(ocr_line(piece, rng, rate))
        if rng.random() < 0.04:
            lines.append(rng.choice(("", " ", rng.choice(_STRAY))))
    if rng.random() < 0.3:
        lines.append(rng.choice(_HEADER_NOISE))
    return unicodedata.normalize("NFC", "\n".join(lines))


_RETYPE_SWAPS = (
    ("Kính đề nghị", "Đề nghị"),
    ("Đề nghị", "Kính đề nghị"),
    ("gia đình tôi", "gia đình chúng tôi"),
    ("xem xét", "xem xét, giải quyết"),
    ("Nay tôi", "Vì vậy tôi"),
    ("Tôi xin cam đoan", "Tôi cam đoan"),
    ("hiện nay", "hiện tại"),
    ("rất", "hết sức"),
    ("Quý cơ quan", "quý cơ quan"),
    ("đến nay", "cho đến nay"),
    ("theo quy định", "theo đúng quy định"),
    ("không", "chưa"),
)


def _retype_line(line: str, rng: random.Random) -> str:
    words = line.split(" ")
    for index, word in enumerate(words):
        if len(word) > 3 and word.isalpha() and rng.random() < 0.015:
            position = rng.randrange(1, len(word) - 1)
            words[index] = word[:position] + word[position + 1] + word[position] + word[position + 2 :]
        elif len(word) > 2 and rng.random() < 0.01:
            words[index] = strip_diacritics(word)
    return " ".join(words)


def retype(text: str, rng: random.Random, keep: tuple[str, ...] = ()) -> str:
    """A second typing of the same letter: a few words swapped, some typos, lines joined differently.

    Lines holding any of `keep` (title, recipients, the writer's name) are copied as they were.
    """
    lines = text.split("\n")
    swaps = rng.sample(_RETYPE_SWAPS, rng.randint(2, 5))
    for index, line in enumerate(lines):
        if any(item and item in line for item in keep):
            continue
        for old, new in swaps:
            if old in line and rng.random() < 0.5:
                line = line.replace(old, new, 1)
        lines[index] = _retype_line(line, rng)
    text = "\n".join(lines)
    if rng.random() < 0.4:
        text = text.replace("\n\n", "\n")
    return unicodedata.normalize("NFC", text)


def cut_first_page(text: str, rng: random.Random, keep_until: int) -> str:
    """Only the first page survived: the text stops somewhere after `keep_until`, often mid-sentence."""
    low = min(len(text) - 1, max(keep_until + 30, int(len(text) * 0.4)))
    high = max(low + 1, int(len(text) * 0.78))
    cut = rng.randint(low, high)
    if rng.random() < 0.5:
        space = text.rfind(" ", 0, cut)
        cut = space if space > keep_until else cut
    piece = text[:cut].rstrip()
    if rng.random() < 0.35:
        piece += "\n" + rng.choice(("- 1 -", "1", "Trang 1", "1/2"))
    return piece
