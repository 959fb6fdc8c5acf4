"""Reading a person's or an organisation's name where a letter writes one.

Names are written capitalised ("Nguyễn Văn An"), in capitals ("NGUYỄN VĂN AN"), or, by a hurried or
semi-literate hand, in lower case ("nguyễn văn an"); the last are accepted only when they start with a
family name, so that "tôi là người dân ..." is not read as a name. Names come back title-cased so that a
retyped copy of a letter yields the same name.
"""

from __future__ import annotations

import re

from service.understanding.folding import fold
from service.understanding.words import word_set

# Common Vietnamese family names (folded).
SURNAMES = word_set(
    """
    nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh doan trinh truong lam
    mai luong luu ha cao chau chu dao diep giang han hua khuc kieu la lai lieu loc luc ma mac nghiem
    nong ong phi phung quach quan ta tang thai than thach tieu to ton tong trieu van vi vuong au banh
    bach cam cu dam dieu du hau hong kha khong kim lang lo lu mong ninh nhan on quang sam son tat tiet
    ung viet y yen kpa ksor nie h rmah siu rcom
    """
)
# Capitalised words that open a phrase, never a personal name.
NOT_NAMES = word_set(
    """
    nguoi cong dan mot nhan tap cac dai ban ho gia cu ba con chung toi em chau ong anh chi uy ubnd so
    phong thanh huyen xa tinh thon ap to quan phuong kinh dong nay hien sinh dia tru thuong dien so ngay
    luat van cong chu pho giam truong can doan hoi mat quoc thu chinh tong bo nhung thay noi ky xac danh
    stt tm dt sdt cccd cmnd email trang
    """
)
HONORIFICS = re.compile(
    r"(?:ong|ba|anh|chi|cu|em|chau|co|chu|bac|luat su|ls\.?|dong chi|d/c|ong/ba|ho ong|ho ba)\s+"
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_NAME_STOP = word_set(
    """
    sinh nam la o tru hien dia cccd cmnd so dien thoai sdt dt va cung voi cua co trong tai thuong ngu
    que nay toi xin lam hkt hktt nghe can chuc vu dan toc quoc tich ton giao email
    """
)
MAX_NAME_WORDS = 6
_MIDDLE_NAMES = word_set("thi van")
# Names of the Central Highlands peoples often are one word: K'Brơi, H'Hen, Y'Sun.
_ONE_WORD_NAME = re.compile(r"[A-ZĐ]['’][^\W\d_]{2,}")


def read_name(
    text: str, folded: str, start: int, *, strict: bool = False, min_words: int = 2
) -> tuple[int, int] | None:
    """Offsets of the name starting at `start` (an honorific before it is skipped), or None.

    strict: the name must start with a known family name (used for names standing alone on a line).
    After an honorific one word is enough ("ông Tư"): that is how people name a neighbour or official.
    """
    honorific = HONORIFICS.match(folded, start)
    if honorific is not None and honorific.end() < len(text) and text[honorific.end()].isalpha():
        start = honorific.end()
        min_words = 1
    words: list[tuple[int, int]] = []
    cursor = start
    while len(words) < MAX_NAME_WORDS:
        match = _WORD.match(text, cursor)
        if match is None:
            break
        word = match.group()
        folded_word = folded[match.start() : match.end()]
        if words and folded_word in _NAME_STOP and not word[0].isupper():
            break
        words.append((match.start(), match.end()))
        cursor = match.end()
        if (
            cursor < len(text)
            and text[cursor] == " "
            and cursor + 1 < len(text)
            and text[cursor + 1].isalpha()
        ):
            cursor += 1
            continue
        break
    if not words:
        return None
    capitalised = [text[s].isupper() for s, _ in words]
    for index in range(1, len(capitalised) - 1):
        # "Vũ thị Nhàn", "Hoàng văn Quý": a hurried hand does not capitalise the middle name.
        if folded[words[index][0] : words[index][1]] in _MIDDLE_NAMES and capitalised[index + 1]:
            capitalised[index] = True
    if capitalised[0] and not all(capitalised):
        words = words[: capitalised.index(False)]  # the name ends where the capitals do
    elif not capitalised[0]:
        if any(capitalised) or fold(text[words[0][0] : words[0][1]]) not in SURNAMES:
            return None
        words = words[:4]
    first = folded[words[0][0] : words[0][1]]
    if first in NOT_NAMES and first not in SURNAMES:
        return None
    if strict and first not in SURNAMES:
        return None
    if len(words) < min_words and not _ONE_WORD_NAME.match(text, words[0][0]):
        return None
    return words[0][0], words[-1][1]


def tidy_name(name: str) -> str:
    """Title-case a name written in capitals or partly in lower case ("Vũ thị Nhàn" -> "Vũ Thị Nhàn").

    Names whose words are already capitalised stay as written (McDonald, K'Brơi).
    """
    words = name.split()
    capitals = all(w.isupper() for w in words if len(w) > 1)
    lower = all(w.islower() or fold(w) in _MIDDLE_NAMES or w[:1].isupper() for w in words)
    if _ONE_WORD_NAME.fullmatch(name) or not (capitals or (lower and _hurried(words))):
        return name
    return " ".join(w[:1].upper() + w[1:].lower() for w in words)


def _hurried(words: list[str]) -> bool:
    """All in lower case, or a person's name with a lower-case middle name ("Hoàng văn Quý")."""
    if all(w.islower() for w in words):
        return True
    return len(words) <= 4 and any(fold(w) in _MIDDLE_NAMES and w.islower() for w in words[1:-1])
