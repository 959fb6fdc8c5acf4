"""The part of a letter that says what it is about, as folded words for shingling.

Every letter follows the national template: the motto, "Kính gửi" lines, a place and date, a title, a
closing formula and a signature block. Two letters must not look alike because of that frame, and a letter
re-sent with a new date or to a new addressee must still look like itself, so the frame is cut away and
the stock phrases of petitions are dropped before shingling.
"""

from __future__ import annotations

import re

_MOTTO = re.compile(
    r"^\W*(cong hoa xa hoi chu nghia|doc lap\W+tu do|[-_=*.~\s]*$|[-_=*.~\s]*o0o[-_=*.~\s]*$)"
)
_ADDRESSEE = re.compile(r"^\W*(dong\s+)?kinh\s+gui\b")
_LIST_ITEM = re.compile(r"^\s*[-+*•–]")
_PLACE_DATE = re.compile(
    r"\bngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}\b|\bngay\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\b"
)
# "Ngày gửi: 13/09/2019", "Gửi lúc: 29/06/2022": the date stamp of a web form or a short note.
_DATE_LINE = re.compile(r"^[^:\d]{0,25}:\s*(ngay\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}\b")
_LIST_MARK = re.compile(r"^\s*(\d{1,2}|[a-h])\s*[.)]\s+", re.MULTILINE)  # "1. ", "2) ": numbering, not facts
_TITLE = re.compile(
    r"^\W*(don|thu|giay)\s+(khieu nai|to cao|kien nghi|phan anh|de nghi|trinh bay|xin|cau cuu|keu cuu|thu)\b"
)
# The signature block: the signer's caption, the list of co-signers, a confirmation, or the recipients
# list of an agency letter. Everything from there to the end is about who signed, not what is asked.
_SIGNATURE = re.compile(
    r"^\W*(nguoi\s+(lam|viet|lam don|dai dien|khieu nai|to cao|kien nghi|phan anh|de nghi)\b"
    r"|dai dien\b|(cac|nhung)\s+(ho|nguoi|cong dan)\b.{0,30}\bky\b|danh sach\b.{0,40}\bky\b"
    r"|xac nhan cua\b|noi nhan\s*:\s*(-|$)|\(?ky,?\s+(va\s+)?ghi ro|\(?ky ten\)?\s*$)"
)
_CLOSING = re.compile(r"^\W*(xin\s+)?(chan thanh|tran trong)\s+cam on\W*$|^\W*tran trong\W*$")

# Dates stay out of the shingles, since a re-sent copy adds the date of the earlier letter; they are
# compared as facts of the matter instead (body_dates).
_DATES = re.compile(
    r"\bngay\s+\d{1,2}\s*(thang|/|-|\.)\s*\d{1,2}\s*(nam|/|-|\.)\s*\d{2,4}\b"
    r"|\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\b|\bthang\s+\d{1,2}\s*(nam|/)\s*\d{4}\b"
)

# Sentences that say who the petitioner is. Identity is compared on its own (fingerprint.PersonKey); left
# in the text, it makes copies of one collective letter signed by different people look less alike, and
# two copies of one letter look different when the reader found the name in one and missed it in the other.
_IDENTITY = re.compile(
    r"\b(toi ten la|ho va ten|ho ten|sinh nam|nam sinh|cccd|cmnd|can cuoc|chung minh nhan dan|dien thoai"
    r"|sdt|so dt|tru tai|cu tru tai|ho khau thuong tru|dia chi thuong tru|chung toi gom)\b"
)
# Weaker cues ("tôi là nạn nhân" is content): a sentence needs two of them to be an introduction.
_IDENTITY_WEAK = re.compile(r"\b(toi la|dia chi|cu tru|thuong tru|nguoi dai dien|dai dien la|chung toi la)\b")
# A body that speaks for a group ("các gia đình chúng tôi", "các hộ dân"): a collective letter even when
# only one person signs this copy.
_GROUP_VOICE = re.compile(r"\b(cac gia dinh|cac ho( dan| gia dinh)?|tap the|nhieu ho|chung toi gom|ba con)\b")
_WE = re.compile(r"\bchung toi\b")
_SENTENCE = re.compile(r"(?<=[.;!?])\s+|\n")

_DATE_PARTS = re.compile(
    r"(?P<d>\d{1,2})\s*(?:thang|/|-|\.)\s*(?P<m>\d{1,2})\s*(?:nam|/|-|\.)\s*(?P<y>\d{4})\b"
)

# Stock phrases of Vietnamese petitions (folded). They appear in most letters of a kind whatever the
# matter, so shingles inside them would make unrelated letters of one kind look alike.
STOCK_PHRASES: tuple[str, ...] = (
    "toi xin cam doan nhung noi dung tren la dung su that",
    "toi xin cam doan nhung noi dung trinh bay tren la dung su that",
    "toi xin chiu trach nhiem truoc phap luat",
    "chiu hoan toan trach nhiem truoc phap luat",
    "xin chan thanh cam on",
    "tran trong cam on",
    "kinh mong cac co quan chuc nang",
    "kinh de nghi",
    "kinh mong",
    "xem xet giai quyet",
    "xem xet va giai quyet",
    "theo dung quy dinh cua phap luat",
    "theo quy dinh cua phap luat",
    "dung quy dinh phap luat",
    "de dam bao quyen va loi ich hop phap",
    "quyen va loi ich hop phap cua",
    "toi lam don nay",
    "toi viet don nay",
    "chung toi lam don nay",
    "nay toi lam don",
    "nay toi viet don",
    "kinh gui quy co quan",
    "mot cach thau tinh dat ly",
)
_STOCK = re.compile(
    r"\b(" + "|".join(re.escape(phrase) for phrase in sorted(STOCK_PHRASES, key=len, reverse=True)) + r")\b"
)
_WORD = re.compile(r"[a-z0-9]+(?:[/.,-][a-z0-9]+)*")
_THOUSANDS = re.compile(r"(?<=\d)[.,](?=\d{3}\b)")


def letter_body(folded: str) -> str:
    """The folded lines of the letter without its frame (motto, addressees, date line, title, signature)."""
    lines = folded.splitlines()
    end = _signature_start(lines)
    kept: list[str] = []
    in_addressees = False
    for line in lines[:end]:
        if _ADDRESSEE.match(line):
            in_addressees = True
            continue
        if in_addressees and _LIST_ITEM.match(line):
            continue
        in_addressees = False
        if _MOTTO.match(line) or _CLOSING.match(line) or _is_place_date(line) or _is_title(line):
            continue
        if _DATE_LINE.match(line) and len(line.split()) <= 6:
            continue
        kept.append(line)
    return "\n".join(kept)


def matter_text(folded: str) -> str:
    """The body without the sentences that introduce the petitioner: what the letter is about."""
    sentences = _SENTENCE.split(_LIST_MARK.sub("", letter_body(folded)))
    return "\n".join(s for s in sentences if not _introduces(s))


def body_words(folded: str) -> list[str]:
    """The words shingles are made of: the body without dates and stock phrases; numbers lose their
    thousands separators so "150.000.000" and "150,000,000" agree."""
    body = _DATES.sub(" ", matter_text(folded))
    body = _STOCK.sub(" ", body)
    return [_THOUSANDS.sub("", word) for word in _WORD.findall(body)]


def _introduces(sentence: str) -> bool:
    return bool(_IDENTITY.search(sentence)) or len(_IDENTITY_WEAK.findall(sentence)) >= 2


def speaks_for_a_group(folded: str) -> bool:
    text = matter_text(folded)
    return bool(_GROUP_VOICE.search(text)) and len(_WE.findall(text)) >= 3


def body_dates(folded: str) -> set[str]:
    """The dates the body mentions, as "d/m/yyyy": facts of the matter (the day of a decision, of an
    accident), which differ between neighbours who write about one project."""
    dates = set()
    for match in _DATE_PARTS.finditer(matter_text(folded)):
        day, month, year = match.group("d"), match.group("m"), match.group("y")
        dates.add(f"{int(day)}/{int(month)}/{year}")
    return dates


def _signature_start(lines: list[str]) -> int:
    # Only the last part of a letter can hold its signature: "đại diện" in the first half is content.
    for number in range(len(lines) // 2, len(lines)):
        if _SIGNATURE.match(lines[number]):
            return number
    return len(lines)


def _is_place_date(line: str) -> bool:
    return bool(_PLACE_DATE.search(line)) and len(line.split()) <= 14


def _is_title(line: str) -> bool:
    return bool(_TITLE.match(line)) and len(line.split()) <= 8
