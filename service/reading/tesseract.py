"""Tesseract through pytesseract: words with boxes and confidences, and orientation detection (OSD)."""

from __future__ import annotations

import os
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import pytesseract

from service.config import OcrOptions
from service.reading import failures
from service.reading.types import ReadError, Word

# pytesseract starts tesseract with this process's environment. One OpenMP thread per Tesseract process:
# pages are read in parallel, one process per core, and Tesseract's own threads would only fight them.
os.environ["OMP_THREAD_LIMIT"] = "1"

MIN_USEFUL_DPI = 100  # below this a stated resolution is a camera's default (72), not the scan's
TIFF_UNCOMPRESSED = 1
SHARED_MEMORY = "/dev/shm"
MARK_CONFIDENCE = 50.0
SPECK_SHARE = 0.15  # of the median word height: a mark this small is dust, not a printed stop


@dataclass(frozen=True)
class Recognition:
    words: list[Word]
    text: str

    @property
    def mean_confidence(self) -> float:
        return sum(w.confidence for w in self.words) / len(self.words) if self.words else 0.0

    @property
    def confident_characters(self) -> float:
        """Characters read, each weighted by its word's confidence: compares two readings of one page.

        Mean confidence alone would prefer a reading that found only the few easy words on a page.
        """
        return sum(_letters_and_digits(w.text) * w.confidence / 100.0 for w in self.words)


def _letters_and_digits(text: str) -> int:
    return sum(1 for char in text if char.isalnum())


def _config(options: OcrOptions, dpi: float | None, extra: str = "") -> str:
    parts = [extra] if extra else []
    if dpi is not None and dpi >= MIN_USEFUL_DPI:
        parts.append(f"--dpi {round(dpi)}")
    return " ".join(parts)


def _scratch_folder(needed: int) -> str | None:
    """Memory-backed /dev/shm when it has room (writing a page there is twice as fast as to a disk-backed
    /tmp); else the usual temporary folder. Containers often give /dev/shm only 64 MB, hence the check."""
    try:
        found = os.statvfs(SHARED_MEMORY)
    except OSError:
        return None
    room = found.f_bavail * found.f_frsize
    return SHARED_MEMORY if room > 8 * needed and os.access(SHARED_MEMORY, os.W_OK) else None


def _run(call: str, gray: np.ndarray, options: OcrOptions, page: int, **kwargs: object) -> object:
    pytesseract.pytesseract.tesseract_cmd = options.tesseract_cmd
    scratch = _scratch_folder(gray.nbytes)
    with tempfile.TemporaryDirectory(prefix="petitions-ocr-", dir=scratch) as folder:
        # Uncompressed TIFF: written in ~10 ms and read by Tesseract as fast as the PNG plain Tesseract
        # gets. (Leptonica reads PGM a byte at a time: +14 % CPU per page; PNG costs ~60 ms to write.)
        path = Path(folder) / "page.tif"
        if not cv2.imwrite(str(path), gray, [cv2.IMWRITE_TIFF_COMPRESSION, TIFF_UNCOMPRESSED]):
            raise failures.ocr_failed(page, "could not write the page image")
        try:
            return getattr(pytesseract, call)(str(path), timeout=options.timeout_seconds, **kwargs)
        except RuntimeError as error:
            if "timeout" in str(error).lower():
                raise failures.ocr_timeout(page, options.timeout_seconds) from None
            raise
        except pytesseract.TesseractError as error:
            raise failures.ocr_failed(page, str(error.message or error)[:200]) from None


def recognise(gray: np.ndarray, *, options: OcrOptions, dpi: float | None, page: int) -> Recognition:
    """Words, boxes and confidences of one page (pixels of `gray`), and its text with lines kept."""
    data = _run(
        "image_to_data",
        gray,
        options,
        page,
        lang=options.language,
        config=_config(options, dpi),
        output_type=pytesseract.Output.DICT,
    )
    assert isinstance(data, dict)
    return _assemble(data)


def _assemble(data: dict[str, list]) -> Recognition:
    found: list[tuple[tuple[int, int, int], Word]] = []
    for index, raw in enumerate(data["text"]):
        text = unicodedata.normalize("NFC", str(raw)).strip()
        confidence = float(data["conf"][index])
        if int(data["level"][index]) != 5 or not text or confidence < 0:
            continue
        key = (int(data["block_num"][index]), int(data["par_num"][index]), int(data["line_num"][index]))
        left, top = int(data["left"][index]), int(data["top"][index])
        width, height = int(data["width"][index]), int(data["height"][index])
        found.append((key, Word(text, left, top, width, height, confidence)))
    speck = _speck_size([word for _, word in found])
    kept = [(key, word) for key, word in found if not _is_mark(word, speck)]
    return Recognition(words=[word for _, word in kept], text=_lines(kept))


def _speck_size(words: list[Word]) -> float:
    heights = sorted(word.height for word in words if any(char.isalnum() for char in word.text))
    return heights[len(heights) // 2] * SPECK_SHARE if heights else 0.0


def _is_mark(word: Word, speck: float) -> bool:
    """A "word" with no letter or digit that is either doubtful or tinier than any printed stop.

    Such marks are the loops of a signature, rules, and specks of dust, which Tesseract reads as
    ':', '.', '|' or '-_'; real punctuation is printed several pixels wide at scanning resolutions.
    """
    if any(char.isalnum() for char in word.text):
        return False
    return word.confidence < MARK_CONFIDENCE or max(word.width, word.height) <= speck


def _lines(words: list[tuple[tuple[int, int, int], Word]]) -> str:
    """The page's text: one line per Tesseract line, a blank line between blocks, as its text output."""
    lines: list[str] = []
    current: list[str] = []
    line_key: tuple[int, int, int] | None = None
    for key, word in words:
        if key != line_key:
            if current:
                lines.append(" ".join(current))
            if line_key is not None and key[0] != line_key[0]:
                lines.append("")
            current = []
            line_key = key
        current.append(word.text)
    if current:
        lines.append(" ".join(current))
    return "\n".join(lines)


@dataclass(frozen=True)
class Orientation:
    rotate: int  # clockwise degrees that put the page upright
    confidence: float


def detect_orientation(gray: np.ndarray, *, options: OcrOptions, page: int) -> Orientation | None:
    """Tesseract's orientation and script detection; None when it has too little to go on."""
    try:
        found = _run("image_to_osd", gray, options, page, output_type=pytesseract.Output.DICT)
    except ReadError:
        return None  # OSD refuses a page with too few letters ("Too few characters"): that is "unknown"
    assert isinstance(found, dict)
    if "rotate" not in found or "orientation_conf" not in found:
        return None
    return Orientation(rotate=int(found["rotate"]) % 360, confidence=float(found["orientation_conf"]))
