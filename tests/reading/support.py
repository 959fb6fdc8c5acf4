"""Shared helpers of the reading tests: the samples, CER, and small documents made on the fly."""

from __future__ import annotations

import io
import json
import re
from functools import cache
from pathlib import Path

import cv2
import numpy as np
from PIL import Image
from rapidfuzz.distance import Levenshtein

from samples import letters, paper
from samples.pdf_writer import PdfPage, TextRun, write_pdf
from service.config import OcrOptions, ReadLimits
from service.reading.types import PageText

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
PAGE_BREAK = "\f"


def limits(**overrides: object) -> ReadLimits:
    return ReadLimits(**overrides)  # type: ignore[arg-type]


def options(**overrides: object) -> OcrOptions:
    return OcrOptions(**overrides)  # type: ignore[arg-type]


@cache
def manifest() -> dict[str, dict[str, object]]:
    return json.loads((SAMPLES / "manifest.json").read_text(encoding="utf-8"))


def sample(name: str) -> bytes:
    return (SAMPLES / name).read_bytes()


def truth_pages(name: str) -> list[str]:
    truth = manifest()[name]["truth"]
    assert isinstance(truth, str)
    return (SAMPLES / truth).read_text(encoding="utf-8").split(PAGE_BREAK)


def normalised(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def cer(truth: str, read: str) -> float:
    """Character error rate after collapsing whitespace, as the benchmark measures it."""
    expected = normalised(truth)
    return Levenshtein.distance(expected, normalised(read)) / max(1, len(expected))


def assert_boxes_inside(page: PageText) -> None:
    assert page.image is not None
    width, height = page.image.size
    for word in page.words:
        assert word.left >= 0 and word.top >= 0 and word.width > 0 and word.height > 0, word
        assert word.left + word.width <= width and word.top + word.height <= height, (word, page.image.size)


@cache
def letter_layout(face: str = "liberation-serif") -> paper.Layout:
    return paper.lay_out(letters.LAND_COMPENSATION, paper.TYPEFACES[face])


def printed_page(dpi: int = 200) -> Image.Image:
    return paper.print_page(letter_layout(), 0, dpi=dpi)


def encoded(image: Image.Image, fmt: str, **params: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **params)
    return buffer.getvalue()


def text_pdf(
    lines: list[str], *, pages: int = 1, size: tuple[float, float] = (595.28, 841.89), **passwords: str
) -> bytes:
    font = paper.truetype(paper.TYPEFACES["liberation-serif"].regular)
    runs = [TextRun(60, 80 + 20 * n, line, font, 12) for n, line in enumerate(lines)]
    return write_pdf([PdfPage(width=size[0], height=size[1], runs=runs) for _ in range(pages)], **passwords)


def texture(seed: int, size: tuple[int, int] = (1600, 1200)) -> Image.Image:
    """A photo of nothing: a soft, uneven, grainy surface with a few blurry blobs."""
    rng = np.random.default_rng(seed)
    height, width = size
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    values = 120 + 60 * np.sin(xs / 230.0 + rng.uniform(0, 3)) * np.cos(ys / 310.0)
    values += rng.normal(0, 12, values.shape)
    for _ in range(6):
        centre = (int(rng.integers(0, width)), int(rng.integers(0, height)))
        cv2.circle(values, centre, int(rng.integers(40, 160)), float(rng.uniform(30, 90)), -1)
    values = cv2.GaussianBlur(values, (0, 0), 3)
    return Image.fromarray(np.clip(values, 0, 255).astype(np.uint8))


def signature_list(dpi: int = 150) -> Image.Image:
    """The page of signatures that comes with a collective letter: a table of short, aligned columns."""
    face = paper.TYPEFACES["liberation-serif"]
    names = ["Nguyễn Văn Hải", "Trần Thị Lan", "Lê Minh Tuấn", "Phạm Thị Hoa", "Võ Văn Khánh", "Đỗ Thị Nhung"]
    items = [paper.Placed("text", 200, 80, "DANH SÁCH CÁC HỘ DÂN KÝ TÊN", "*")]
    for row in range(22):
        y = 130 + row * 28
        items += [
            paper.Placed("text", 70, y, f"{row + 1}"),
            paper.Placed("text", 110, y, names[row % len(names)]),
            paper.Placed("text", 290, y, f"Thôn {row % 5 + 1}, xã Tân Hòa"),
            paper.Placed("text", 470, y, f"09{row % 10}2 38{row % 10} 5{row % 10}4"),
        ]
    return paper.print_page(paper.Layout(face, 12.0, [items]), 0, dpi=dpi)


def short_note(dpi: int = 300) -> Image.Image:
    """Two lines on an otherwise empty sheet: too little for the quick look to say which way is up."""
    note = "^*GIẤY BIÊN NHẬN\nĐã nhận đơn của bà Trần Thị Mai ngày 12 tháng 5 năm 2024."
    return paper.print_page(paper.lay_out(note, paper.TYPEFACES["liberation-serif"]), 0, dpi=dpi)
