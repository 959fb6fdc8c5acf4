"""A quick look at a page image before OCR: which way is up, how crooked it is, how evenly it is lit.

All of it is measured on a small copy of the page, in a few tens of milliseconds, so that a clean page is
sent to Tesseract once and untouched, and only a page that needs it is turned, levelled or relit.

- Text lines: ink is reduced to letter-sized marks (connected components), which ignores the dark desk
  around a photographed sheet, the shadow of a scanner lid, rules and stamps.
- Direction of lines: within a word or a number, a letter's nearest neighbour sits beside it; the next
  line is farther away. So the nearest neighbours of letter-sized marks point along the lines (the
  "docstrum" idea). Unlike projection profiles, this is not fooled by the columns of a table.
- Skew: the projection of the marks onto a line at angle a has the sharpest profile (largest sum of
  squares) when a is the angle of the text lines (projection-profile search).
- Up or down: in Latin script, and even more in Vietnamese with its stacked tone marks, far more ink
  stands above a line's x-height band (capitals, ascenders, diacritics) than hangs below its baseline
  (g, p, q, y and the dot-below). The ratio flips when the page is upside down.
- Light: the paper's brightness, estimated by closing the text away on a tiny copy, should be flat
  across the sheet; a phone photo's is not.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np
from scipy.spatial import cKDTree

WORK_SIDE = 1200  # long side of the working copy, px: ~100 dpi for A4, enough to see lines and marks
MIN_SIDE = 32  # px; anything smaller holds no line of text Tesseract could read
MIN_MARKS = 12  # fewer letter-sized marks than this: a blank page
COARSE_ANGLES = np.arange(-15.0, 15.01, 0.5)
FINE_STEP = 0.05
MAX_POINTS_COARSE = 6_000
MAX_POINTS_FINE = 30_000
UPRIGHT_RATIO = 1.5  # ink above / below the x-height band beyond which up is settled (and 1/ratio down)
MIN_LINES_FOR_DIRECTION = 3
LETTER_SHARE = 0.6  # marks this big against the median mark are letters, smaller ones tone marks and dots
NEIGHBOUR_MAJORITY = 0.6  # share of nearest neighbours along one axis that settles the direction of lines


@dataclass(frozen=True)
class PageLook:
    blank: bool
    rotation: int  # clockwise quarter turn that puts the text upright: 0, 90, 180 or 270
    rotation_certain: bool
    skew: float  # degrees to turn the upright page counter-clockwise to level its lines
    uneven_light: float  # (p90 - p10) / p90 of the paper's brightness inside the sheet
    paper_level: float  # typical brightness of the paper, 0-255
    up_ratio: float
    lines: int


BLANK = PageLook(True, 0, True, 0.0, 0.0, 255.0, 1.0, 0)


def look_at(gray: np.ndarray) -> PageLook:
    if min(gray.shape[:2]) < MIN_SIDE:
        return BLANK
    small = _working_copy(gray)
    background = paper_background(small)
    marks, centres, sizes = _letter_marks(small, background)
    if len(centres) < MIN_MARKS:
        return BLANK
    points = np.column_stack(np.nonzero(marks)[::-1]).astype(np.float64)  # (x, y)
    height, width = small.shape
    vertical = _lines_run_down(centres, sizes)
    if vertical is None:  # too few letters to tell: the sharper projection profile decides
        vertical = _best_angle(points[:, ::-1], COARSE_ANGLES)[1] > _best_angle(points, COARSE_ANGLES)[1]
    base = 90 if vertical else 0
    upright_points = _turn_points(points, base, width, height)
    skew_angle = _refine(upright_points, _best_angle(upright_points, COARSE_ANGLES)[0])
    up_ratio, lines = _up_ratio(upright_points, skew_angle)
    flipped = up_ratio < 1.0
    certain = lines >= MIN_LINES_FOR_DIRECTION and max(up_ratio, 1 / max(up_ratio, 1e-9)) >= UPRIGHT_RATIO
    uneven, paper = _light(background)
    return PageLook(
        blank=False,
        rotation=(base + (180 if flipped else 0)) % 360,
        rotation_certain=certain,
        skew=skew_angle,
        uneven_light=uneven,
        paper_level=paper,
        up_ratio=up_ratio,
        lines=lines,
    )


def _working_copy(gray: np.ndarray) -> np.ndarray:
    # Halving with a Gaussian pyramid costs ~2 ms on a 300 dpi page where area averaging costs ~20;
    # what is left of the way down is a plain linear resize of an already smoothed image.
    small = gray
    while max(small.shape) >= 2 * WORK_SIDE:
        small = cv2.pyrDown(small)
    if max(small.shape) <= WORK_SIDE * 1.2:
        return small
    scale = WORK_SIDE / max(small.shape)
    size = (round(small.shape[1] * scale), round(small.shape[0] * scale))
    return cv2.resize(small, size, interpolation=cv2.INTER_LINEAR)


def paper_background(gray: np.ndarray) -> np.ndarray:
    """The brightness of the bare paper under the ink, same size as `gray` (float32)."""
    tiny = cv2.resize(gray, None, fx=0.25, fy=0.25, interpolation=cv2.INTER_AREA)
    # A closing wider than any stroke at this scale lifts the ink up to the paper around it.
    size = max(5, (min(tiny.shape) // 50) | 1)
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (size, size))
    closed = cv2.morphologyEx(tiny, cv2.MORPH_CLOSE, kernel)
    smooth = cv2.GaussianBlur(closed.astype(np.float32), (0, 0), size)
    return cv2.resize(smooth, (gray.shape[1], gray.shape[0]), interpolation=cv2.INTER_LINEAR)


def _letter_marks(small: np.ndarray, background: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The ink of letter-sized marks, and each mark's centre (x, y) and size (longer side)."""
    flat = np.clip(small.astype(np.float32) / np.maximum(background, 1.0) * 255.0, 0, 255).astype(np.uint8)
    _, ink = cv2.threshold(flat, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    count, labels, stats, centres = cv2.connectedComponentsWithStats(ink, connectivity=8)
    heights = stats[:, cv2.CC_STAT_HEIGHT]
    widths = stats[:, cv2.CC_STAT_WIDTH]
    areas = stats[:, cv2.CC_STAT_AREA]
    limit = max(small.shape) / 25
    # Letters are small and reasonably solid; desk edges, lid shadows, rules and noise are not.
    keep = (heights < limit) & (widths < limit) & (areas >= 3) & (areas > 0.08 * heights * widths)
    keep &= np.maximum(heights, widths) >= 3
    keep[0] = False
    return keep[labels], centres[keep], np.maximum(heights, widths)[keep]


def _lines_run_down(centres: np.ndarray, sizes: np.ndarray) -> bool | None:
    """Whether the text lines run up and down the image, from where letters' nearest neighbours lie.

    Tone marks and dots are left out: their nearest neighbour is the letter under them, not beside them.
    None when there are too few letters or their neighbours point every which way.
    """
    letters = centres[sizes >= LETTER_SHARE * np.median(sizes)]
    if len(letters) < MIN_MARKS:
        return None
    _, nearest = cKDTree(letters).query(letters, k=2)
    step = np.abs(letters[nearest[:, 1]] - letters)
    along_x = float(np.mean(step[:, 0] > 1.7 * step[:, 1]))  # within 30 degrees of horizontal
    along_y = float(np.mean(step[:, 1] > 1.7 * step[:, 0]))
    if max(along_x, along_y) < NEIGHBOUR_MAJORITY:
        return None
    return along_y > along_x


def _subsample(points: np.ndarray, limit: int) -> np.ndarray:
    if len(points) <= limit:
        return points
    return points[:: math.ceil(len(points) / limit)]


def _sharpness(points: np.ndarray, angle: float) -> float:
    """Sum of squares of the profile of points projected across lines at `angle` (x, y columns)."""
    rows = points[:, 1] - points[:, 0] * math.tan(math.radians(angle))
    bins = np.bincount((rows - rows.min()).astype(np.int64))
    return float(np.dot(bins, bins)) / len(points)


def _best_angle(points: np.ndarray, angles: np.ndarray) -> tuple[float, float]:
    sample = _subsample(points, MAX_POINTS_COARSE)
    centred = sample - sample.mean(axis=0)
    scores = [_sharpness(centred, float(a)) for a in angles]
    best = int(np.argmax(scores))
    return float(angles[best]), scores[best]


def _refine(points: np.ndarray, around: float) -> float:
    sample = _subsample(points, MAX_POINTS_FINE)
    centred = sample - sample.mean(axis=0)
    angles = np.arange(around - 0.6, around + 0.6 + 1e-9, FINE_STEP)
    scores = [_sharpness(centred, float(a)) for a in angles]
    return round(float(angles[int(np.argmax(scores))]), 2)


def _turn_points(points: np.ndarray, rotation: int, width: int, height: int) -> np.ndarray:
    """Coordinates of the points after turning the page `rotation` degrees clockwise."""
    x, y = points[:, 0], points[:, 1]
    if rotation == 90:
        return np.column_stack([height - 1 - y, x])
    if rotation == 180:
        return np.column_stack([width - 1 - x, height - 1 - y])
    if rotation == 270:
        return np.column_stack([y, width - 1 - x])
    return points


def _up_ratio(points: np.ndarray, angle: float) -> tuple[float, int]:
    """Ink above the x-height band over ink below the baseline, summed over the text lines."""
    rows = points[:, 1] - points[:, 0] * math.tan(math.radians(angle))
    profile = np.bincount((rows - rows.min()).astype(np.int64)).astype(np.float64)
    on = profile > 0.03 * profile.max()
    above = below = 0.0
    lines = 0
    edges = np.flatnonzero(np.diff(np.concatenate([[0], on.astype(np.int8), [0]])))
    for start, stop in zip(edges[::2], edges[1::2], strict=True):
        line = profile[start:stop]
        if len(line) < 4:
            continue
        core = np.flatnonzero(line >= 0.5 * line.max())
        above += float(line[: core[0]].sum())
        below += float(line[core[-1] + 1 :].sum())
        lines += 1
    if lines == 0:
        return 1.0, 0
    return (above + 1.0) / (below + 1.0), lines


def _light(background: np.ndarray) -> tuple[float, float]:
    height, width = background.shape
    inner = background[int(height * 0.15) : int(height * 0.85), int(width * 0.15) : int(width * 0.85)]
    low, high = np.percentile(inner, [10, 90])
    return float((high - low) / max(high, 1.0)), float(high)
