"""Vietnamese text without diacritics, for comparing what people wrote in different ways.

Letters arrive with and without diacritics, typed or read by OCR; comparing their folded forms makes
"Nguyễn Văn Hùng" and "Nguyen Van Hung" the same person and the same shingles.
"""

from __future__ import annotations

import re
import unicodedata


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {ord("đ"): "d", ord("Đ"): "d"}
    # Latin-1 Supplement to Latin Extended Additional covers every precomposed Vietnamese letter.
    for code in range(0x00C0, 0x1EFA):
        char = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
        if base != char and len(base) == 1:
            table[code] = base.lower()
    return table


_TABLE = _fold_table()


def fold(text: str) -> str:
    """Lower-case `text` and drop its diacritics (đ -> d); one character in, one character out for NFC
    input, so offsets into the folded text are offsets into the original."""
    text = unicodedata.normalize("NFC", text)
    folded = text.translate(_TABLE).lower()
    if len(folded) != len(text):  # a few characters (e.g. "İ") grow when lower-cased
        folded = "".join(c.translate(_TABLE).lower()[:1] or c for c in text)
    # Stray combining marks (text that was not composed) are dropped, like their precomposed forms.
    return _COMBINING.sub("", folded)


_COMBINING = re.compile("[\u0300-\u036f\u1dc0-\u1dff]")
