"""Image clean-up before OCR: turn, level, even out the light, binarise. Each step runs only when asked."""

from __future__ import annotations

import math

import cv2
import numpy as np
from PIL import Image

from service.reading.page_look import paper_background
from service.reading.types import Word

QUARTER_TURNS = {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_COUNTERCLOCKWISE}


def to_gray(image: Image.Image) -> np.ndarray:
    if image.mode == "L":
        return np.asarray(image)
    rgb = np.asarray(image if image.mode == "RGB" else image.convert("RGB"))
    return cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)


def turn(gray: np.ndarray, rotation: int) -> np.ndarray:
    """The page turned `rotation` degrees clockwise (a quarter-turn multiple)."""
    return gray if rotation % 360 == 0 else cv2.rotate(gray, QUARTER_TURNS[rotation % 360])


def level(gray: np.ndarray, angle: float, fill: float) -> np.ndarray:
    """The page turned `angle` degrees counter-clockwise, enlarged so that no corner of the sheet is cut."""
    height, width = gray.shape
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    cos, sin = abs(math.cos(math.radians(angle))), abs(math.sin(math.radians(angle)))
    new_width = int(round(height * sin + width * cos))
    new_height = int(round(height * cos + width * sin))
    matrix[0, 2] += new_width / 2 - width / 2
    matrix[1, 2] += new_height / 2 - height / 2
    return cv2.warpAffine(
        gray,
        matrix,
        (new_width, new_height),
        flags=cv2.INTER_CUBIC,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=float(fill),
    )


def even_out_light(gray: np.ndarray) -> np.ndarray:
    """Divide by the paper's own brightness, so a shadow or a dim corner becomes white paper again."""
    background = paper_background(gray)
    flat = cv2.divide(gray.astype(np.float32), np.maximum(background, 1.0), scale=250.0)
    return np.clip(flat, 0, 255).astype(np.uint8)


def binarise(gray: np.ndarray) -> np.ndarray:
    _, black_and_white = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    return black_and_white


def shrink(gray: np.ndarray, words: list[Word], long_side: int) -> tuple[np.ndarray, list[Word]]:
    """A copy of the page at most `long_side` pixels long for review, with the word boxes moved to it.

    Halving (a Gaussian pyramid step) is ten times cheaper than resizing to an exact size, and a review
    image between half and all of `long_side` serves as well.
    """
    small = gray
    while long_side and max(small.shape) > long_side:
        small = cv2.pyrDown(small)
    if small is gray:
        return gray, words
    scale = small.shape[1] / gray.shape[1]
    return small, [scale_word(word, scale, small.shape) for word in words]


def scale_word(word: Word, scale: float, shape: tuple[int, ...]) -> Word:
    height, width = shape[:2]
    left = min(max(0, int(word.left * scale)), width - 1)
    top = min(max(0, int(word.top * scale)), height - 1)
    return Word(
        text=word.text,
        left=left,
        top=top,
        width=max(1, min(width - left, math.ceil(word.width * scale))),
        height=max(1, min(height - top, math.ceil(word.height * scale))),
        confidence=word.confidence,
    )
