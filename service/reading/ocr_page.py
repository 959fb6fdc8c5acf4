"""Reading one page image: look at it, clean up only what needs it, OCR once, and retry only when unsure.

Measured on rendered letters (see bench/ocr.py): a clean scan read untouched is as good as it gets, and
evening out the light of an evenly lit scan, or binarising, made Tesseract worse. So each step has a
trigger taken from the page's own statistics (page_look), and a second reading is made only when the
first is doubtful: the orientation was uncertain, or the words came back with low confidence.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image

from service.config import OcrOptions
from service.reading import cleanup
from service.reading.page_look import PageLook, look_at
from service.reading.tesseract import Recognition, detect_orientation, recognise
from service.reading.types import PageText

# Degrees of skew from which a page is levelled. Measured on 32 rendered flatbed scans: below 2 degrees
# Tesseract copes by itself and levelling only moves single pages by +-0.3 CER points either way (equal
# on average, and costing a resampling); from 2.1 degrees Tesseract alone fails on some pages (45-52 %
# CER) which levelling brings under 1.5 %. 1.5 keeps a margin below that.
MIN_SKEW = 1.5
UNEVEN_LIGHT = 0.10  # paper brightness spread (p90-p10)/p90 beyond which the light is evened out
CONFIDENT = 80.0  # mean word confidence of a reading that needs no second opinion
DOUBTFUL = 60.0  # below this, the other way up and a binarised copy are tried as well


@dataclass(frozen=True)
class Attempt:
    rotation: int
    skew: float
    page: np.ndarray  # turned and levelled, never relit or binarised: what the reviewer sees
    reading: Recognition


def read_page_image(image: Image.Image, *, number: int, dpi: float | None, options: OcrOptions) -> PageText:
    gray = cleanup.to_gray(image)
    look = look_at(gray)
    if look.blank:
        return _page_text(number, Attempt(0, 0.0, gray, Recognition([], "")), options)

    orientations = _orientations(gray, look, options, number)
    best: Attempt | None = None
    for rotation in orientations:
        attempt = _attempt(gray, look, rotation, options, dpi, number, binarised=False)
        best = _better(best, attempt)
        if attempt.reading.mean_confidence >= CONFIDENT:
            break
        if look.rotation_certain and attempt.reading.mean_confidence >= DOUBTFUL:
            break
    assert best is not None
    if best.reading.words and best.reading.mean_confidence < DOUBTFUL:
        best = _better(best, _attempt(gray, look, best.rotation, options, dpi, number, binarised=True))
    return _page_text(number, best, options)


def _orientations(gray: np.ndarray, look: PageLook, options: OcrOptions, number: int) -> list[int]:
    """The turns to try, most likely first; the second is only read if the first reads badly."""
    other = (look.rotation + 180) % 360
    if look.rotation_certain:
        return [look.rotation, other]
    # The direction of the lines is reliable even on a sparse page; which end is up is not. Ask OSD,
    # which costs about half a reading, and let the confidence of the reading have the last word.
    base = look.rotation % 180
    found = detect_orientation(cleanup.turn(gray, base), options=options, page=number)
    if found is not None and found.rotate == 180:
        return [(base + 180) % 360, base]
    if found is not None and found.rotate == 0:
        return [base, (base + 180) % 360]
    return [look.rotation, other]


@dataclass(frozen=True)
class Cleanup:
    skew: float  # degrees to level by; 0 leaves the page as it is
    even_out_light: bool
    binarise: bool


def cleanup_for(look: PageLook, *, binarise: bool = False) -> Cleanup:
    """Which clean-up steps this page needs, judged from its statistics alone."""
    return Cleanup(
        skew=look.skew if abs(look.skew) >= MIN_SKEW else 0.0,
        even_out_light=look.uneven_light >= UNEVEN_LIGHT or binarise,
        binarise=binarise,
    )


def _attempt(
    gray: np.ndarray,
    look: PageLook,
    rotation: int,
    options: OcrOptions,
    dpi: float | None,
    number: int,
    *,
    binarised: bool,
) -> Attempt:
    steps = cleanup_for(look, binarise=binarised)
    page = cleanup.turn(gray, rotation)
    if steps.skew:
        page = cleanup.level(page, steps.skew, look.paper_level)
    ocr_input = cleanup.even_out_light(page) if steps.even_out_light else page
    if steps.binarise:
        ocr_input = cleanup.binarise(ocr_input)
    reading = recognise(ocr_input, options=options, dpi=dpi, page=number)
    return Attempt(rotation, steps.skew, page, reading)


def _better(best: Attempt | None, candidate: Attempt) -> Attempt:
    if best is None or candidate.reading.confident_characters > best.reading.confident_characters:
        return candidate
    return best


def _page_text(number: int, attempt: Attempt, options: OcrOptions) -> PageText:
    page, words = cleanup.shrink(attempt.page, attempt.reading.words, options.page_image_long_side)
    return PageText(
        number=number,
        source="ocr",
        text=attempt.reading.text,
        mean_confidence=attempt.reading.mean_confidence,
        rotation=attempt.rotation,
        skew=attempt.skew,
        words=words,
        image=Image.fromarray(np.ascontiguousarray(page)),
    )
