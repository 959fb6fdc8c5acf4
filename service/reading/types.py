"""What reading a document yields: pages with text, confidence and word boxes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from PIL import Image

PageSource = Literal["text-layer", "ocr"]


@dataclass(frozen=True)
class Word:
    text: str
    left: int
    top: int
    width: int
    height: int
    confidence: float  # 0-100; 100 for words from a PDF text layer


@dataclass
class PageText:
    number: int  # 1-based
    source: PageSource
    text: str
    mean_confidence: float  # mean word confidence 0-100 (100 for a text layer)
    rotation: int  # degrees clockwise applied before reading: 0, 90, 180 or 270 (after any EXIF turn)
    skew: float = 0.0  # degrees the page was turned counter-clockwise to level its lines; 0: not levelled
    words: list[Word] = field(default_factory=list)
    # The page as it was read (oriented, deskewed, not binarised); word boxes are in its pixels.
    image: Image.Image | None = None


class ReadError(Exception):
    """A document that cannot be read, with a reason a clerk can act on, in Vietnamese and English."""

    def __init__(self, code: str, message_vi: str, message_en: str) -> None:
        super().__init__(message_en)
        self.code = code
        self.message_vi = message_vi
        self.message_en = message_en
