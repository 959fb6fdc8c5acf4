"""Which line breaks of a letter are layout and which are structure.

A scan or a text layer breaks a paragraph wherever the paper ended; those breaks are joined. Breaks that
carry the letter's structure stay: the national motto and header, the title, each "Kính gửi" recipient,
"key: value" lines about the petitioner, list items, the place and date, the signature block.
"""

from __future__ import annotations

import re

from service.understanding.folding import fold
from service.understanding.words import word_set

_BULLET = re.compile(r"^(?:[-–—+•*·▪●○]|\d{1,2}[.)/]|[a-zđ][.)]|[IVX]{1,4}[.)])(?:\s|$)")
# Line openings (folded) that start a structural line when capitalised.
_STRUCTURAL_OPENINGS = re.compile(
    r"^(?:kinh gui|kinh goi|dong kinh gui|dong gui|noi nhan|toi ten la|ten toi|ho va ten|ho ten|"
    r"dia chi|tru tai|thuong tru|hktt|ho khau|cho o|noi o|sinh nam|nam sinh|sinh ngay|ngay sinh|"
    r"so cccd|cccd|cmnd|can cuoc|so dinh danh|dien thoai|so dien thoai|sdt|dt|di dong|email|"
    r"nguoi khieu nai|nguoi to cao|nguoi kien nghi|nguoi phan anh|nguoi de nghi|nguoi lam don|"
    r"nguoi viet don|nguoi dai dien|nguoi bi|co quan bi|noi dung|ly do|tai lieu|xac nhan|"
    r"v/v|ve viec|stt|ky ten|ky va|ky,|\(ky|\(da ky|tm\.|t/m|thay mat|chu ky)\b"
)
_SIGNATURE_LINE = re.compile(
    r"^(?:nguoi (?:lam|viet|gui) don|nguoi (?:khieu nai|to cao|kien nghi|phan anh|de nghi)|kinh don|"
    r"ky ten|tm\.|thay mat)\b"
)
_DATE_LINE = re.compile(r",\s*ngay\s+[\d.…_ ]{1,4}\s*(?:thang|/|-)", re.IGNORECASE)
_TERMINAL = ".!?:;"
_MIN_WRAPPED_LINES = 2
# Words a Vietnamese sentence does not end on: a line ending on one of them goes on below.
_NEVER_LAST = word_set(
    """
    xa huyen tinh phuong quan thon ap xom ong ba anh chi cua va la cho voi cac nhung so ngay thang tai
    de da bi duoc ve tu den theo trong tren ubnd uy ban nhan dan thanh pho thi tran
    """
)


def join_wrapped_lines(lines: list[str]) -> str:
    """Join the lines of one paragraph; keep the lines that carry the letter's structure."""
    if not lines:
        return ""
    width = _typical_width(lines)
    out = [lines[0]]
    for line in lines[1:]:
        previous = out[-1]
        if _continues(previous, line, width):
            out[-1] = f"{previous} {line}"
        else:
            out.append(line)
    return "\n".join(out)


def _typical_width(lines: list[str]) -> int:
    """The width a page wraps at (its longest line), or 0 when too few lines come near it to show one."""
    lengths = [len(line) for line in lines if line]
    if not lengths:
        return 0
    width = max(lengths)
    wrapped = sum(1 for n in lengths if n >= 0.8 * width)
    return width if wrapped >= _MIN_WRAPPED_LINES else 0


def _continues(previous: str, line: str, width: int) -> bool:
    if not previous or not line or _is_structural(line) or _ends_block(previous):
        return False
    first = line[0]
    if first.islower():
        return True
    if previous[-1] in _TERMINAL:
        return False
    if previous[-1] == ",":
        return True
    last_word = _fold_opening(previous[-12:]).rsplit(" ", 1)[-1]
    if last_word in _NEVER_LAST and len(previous) >= 30:
        return True  # "... Bí thư Đảng ủy xã" / "Định Tân ...": a sentence does not end on "xã"
    # A full-width line ending mid-sentence wraps onto the next one.
    return width >= 40 and len(previous) >= 0.8 * width and (first.isalpha() or first.isdigit())


def _is_structural(line: str) -> bool:
    if _BULLET.match(line) or _is_caps(line):
        return True
    if line[0] in "(|" or line.startswith("...") or "|" in line:
        return True  # brackets, dotted blanks and table rows stand on their own line
    folded = _fold_opening(line)
    if line[0].isupper() and _STRUCTURAL_OPENINGS.match(folded):
        return True
    if len(line) <= 40 and _SIGNATURE_LINE.match(folded):
        return True  # "người làm đơn" starts the signature block even when typed in lower case
    return bool(_DATE_LINE.search(folded[:80]))


def _ends_block(previous: str) -> bool:
    if previous.endswith(":") or _is_caps(previous) or "|" in previous:
        return True
    folded = _fold_opening(previous)
    return folded.startswith(("kinh gui", "kinh goi", "dong kinh gui", "noi nhan")) and len(previous) < 120


def _is_caps(line: str) -> bool:
    return len(line) >= 4 and line.isupper()


def _fold_opening(line: str) -> str:
    return fold(line[:60])
