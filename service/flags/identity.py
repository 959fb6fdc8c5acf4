"""Who wrote a letter and what it is about, reduced to keys that compare across retyped copies.

Identity keys are pseudonymised (keyed BLAKE2 hashes of the normalised values) before they are stored:
fingerprints travel to a shared Redis, and a denouncer's name, ID number and phone must not (Luật Tố cáo
protects the denouncer's identity; domain.md §5). Two letters can still be told to come from the same
person, and a reviewer sees the letters themselves side by side.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from typing import NamedTuple

from service.understanding.folding import fold

NAME_TYPO_DICE = 0.8  # "nguyen van hung" / "nguyen vn hung" pass; a different family name does not


class NameKey(NamedTuple):
    full: int
    given: int
    syllables: int
    grams: frozenset[int]  # character bigrams of the folded name, for typos


_KEY = b"petitions/flags/identity/v1"
_HONORIFICS = {"ong", "ba", "anh", "chi", "co", "chu", "bac", "cu", "em", "toi", "ten", "la", "ho", "va"}
_NAME_WORD = re.compile(r"[a-z]+")
_DIGITS = re.compile(r"\d")
_ADDRESS_WORD = re.compile(r"[a-z0-9]+")
# Administrative words say which kind of unit, not which one; without them two addresses are compared
# by their names and numbers ("thôn 3, xã Tân Phú" vs "ấp 3 Tân Phú").
_ADDRESS_STOP = {
    "so", "nha", "duong", "pho", "ngo", "hem", "kiet", "to", "tdp", "dan", "thon", "ap", "ban", "xom",
    "khu", "khom", "bon", "buon", "lang", "xa", "phuong", "thi", "tran", "huyen", "quan", "tinh", "thanh",
    "tp", "tt", "tx", "p", "q", "h", "x", "t", "tai", "tru", "thuong", "dia", "chi", "cu", "hien", "nay",
}  # fmt: skip
_DOC_NUMBER = re.compile(r"(\d+)\s*/\s*(\d{4}\s*/\s*)?([a-z0-9đ]+(?:\s*-\s*[a-z0-9đ]+)*)")


@lru_cache(maxsize=1 << 18)
def pseudonym(kind: str, value: str) -> int:
    """A stable 63-bit key for a normalised value (fits a JSON number and a signed 64-bit column)."""
    digest = hashlib.blake2b(value.encode(), digest_size=8, key=_KEY, person=kind.encode()[:16]).digest()
    return int.from_bytes(digest, "little") >> 1


def short_pseudonym(kind: str, value: str) -> int:
    """32 bits, for the parts of a name or an address that are only compared within one small set."""
    return pseudonym(kind, value) >> 31


def name_words(name: str | None) -> tuple[str, ...]:
    """The syllables of a person's name, folded, without "ông", "bà", "tôi tên là"..."""
    if not name:
        return ()
    words = _NAME_WORD.findall(fold(name))
    while words and words[0] in _HONORIFICS:
        words = words[1:]
    return tuple(words)


def name_key(name: str | None) -> NameKey | None:
    words = name_words(name)
    if not words:
        return None
    joined = " ".join(words)
    grams = frozenset(short_pseudonym("name-gram", joined[i : i + 2]) for i in range(len(joined) - 1))
    return NameKey(pseudonym("name", joined), pseudonym("name", words[-1]), len(words), grams)


def id_number_key(id_number: str | None) -> int | None:
    """CCCD has 12 digits, the old CMND 9; anything shorter is a misreading, not an identity."""
    digits = "".join(_DIGITS.findall(id_number or ""))
    return pseudonym("id", digits) if len(digits) in (9, 12) else None


def phone_key(phone: str | None) -> int | None:
    digits = "".join(_DIGITS.findall(phone or ""))
    if digits.startswith("84") and len(digits) in (11, 12):
        digits = "0" + digits[2:]
    return pseudonym("phone", digits) if len(digits) in (10, 11) and digits.startswith("0") else None


def address_key(address: str | None) -> frozenset[int]:
    words = [w for w in _ADDRESS_WORD.findall(fold(address or "")) if w not in _ADDRESS_STOP]
    return frozenset(short_pseudonym("address", w) for w in words)


def document_key(number: str | None) -> str | None:
    """A cited document number as "1234/qd-ubnd": spaces, case and diacritics vary between copies."""
    match = _DOC_NUMBER.search(fold(number or "").replace("đ", "d"))
    if match is None:
        return None
    return f"{int(match.group(1))}/{re.sub(r'[^a-z0-9]+', '-', match.group(3)).strip('-')}"


def names_match(a: NameKey | None, b: NameKey | None) -> bool:
    """The same name, allowing a typo or two: same number of syllables, same given name (the last
    syllable), and nearly all character pairs in common. "Trần Văn An" is not "Nguyễn Văn An"."""
    if a is None or b is None:
        return False
    if a.full == b.full:
        return True
    if a.syllables != b.syllables or a.given != b.given or not a.grams or not b.grams:
        return False
    dice = 2 * len(a.grams & b.grams) / (len(a.grams) + len(b.grams))
    return dice >= NAME_TYPO_DICE
