"""The rendered samples read with real Tesseract: right text, right way up, pages in order, boxes inside."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from samples import paper
from service.reading import read_document
from service.reading.images import ImagePages
from service.reading.types import ReadError
from tests.reading.support import (
    assert_boxes_inside,
    cer,
    encoded,
    limits,
    manifest,
    options,
    printed_page,
    sample,
    short_note,
    truth_pages,
)

# Bounds well above what these samples measure (0.1-0.3 %) and far below what a missed turn or skew gives
# (upside down or 6 degrees crooked, Tesseract alone scores 75-90 % CER).
MAX_CER = {"phone_photo.jpg": 0.02, "upside_down.jpg": 0.02, "rotated_90.jpg": 0.02}
DEFAULT_MAX_CER = 0.01

READABLE = sorted(name for name, entry in manifest().items() if entry["error"] is None)
BAD = sorted(name for name, entry in manifest().items() if entry["error"] is not None)


@pytest.mark.slow
@pytest.mark.parametrize("name", READABLE)
def test_sample_reads_close_to_its_true_text(name: str) -> None:
    expected = manifest()[name]
    pages = read_document(sample(name), limits=limits(), options=options())
    truth = truth_pages(name)
    assert len(pages) == expected["pages"] == len(truth)
    for page, page_truth in zip(pages, truth, strict=True):
        assert page.source == expected["source"]
        assert page.rotation == expected["rotation"]
        assert cer(page_truth, page.text) <= MAX_CER.get(name, DEFAULT_MAX_CER), page.text
        assert page.image is not None and page.image.mode in ("L", "RGB")
        assert_boxes_inside(page)


@pytest.mark.parametrize("name", BAD)
def test_bad_sample_gives_its_error(name: str) -> None:
    with pytest.raises(ReadError) as caught:
        read_document(sample(name), limits=limits(), options=options())
    assert caught.value.code == manifest()[name]["error"]


@pytest.mark.slow
def test_pages_of_a_tiff_come_in_order() -> None:
    pages = read_document(sample("multipage.tif"), limits=limits(), options=options(parallel_pages=2))
    first, second = truth_pages("multipage.tif")
    assert [page.number for page in pages] == [1, 2]
    assert cer(first, pages[0].text) < 0.02 and cer(second, pages[1].text) < 0.02
    assert cer(second, pages[0].text) > 0.5  # the pages really differ, so the order is tested


@pytest.mark.slow
def test_exif_orientation_of_the_phone_photo_is_honoured() -> None:
    assert manifest()["phone_photo.jpg"]["exif_orientation"] == 6
    with Image.open(io.BytesIO(sample("phone_photo.jpg"))) as stored:
        assert stored.width > stored.height  # the sensor's pixels lie on their side
    page = read_document(sample("phone_photo.jpg"), limits=limits(), options=options())[0]
    assert page.image is not None and page.image.height > page.image.width
    assert page.rotation == 0  # EXIF did the turning; nothing was left to turn


@pytest.mark.parametrize(
    "orientation, turn",
    [(3, Image.Transpose.ROTATE_180), (6, Image.Transpose.ROTATE_90), (8, Image.Transpose.ROTATE_270)],
)
def test_exif_orientation_is_applied_on_decoding(orientation: int, turn: Image.Transpose) -> None:
    page = printed_page(60)
    exif = Image.Exif()
    exif[0x0112] = orientation
    data = encoded(page.transpose(turn), "JPEG", quality=90, exif=exif.tobytes())
    decoded = ImagePages(data, "image/jpeg", limits()).page(0).image
    assert decoded.size == page.size
    difference = np.abs(np.asarray(decoded.convert("L"), dtype=np.int16) - np.asarray(page, dtype=np.int16))
    assert difference.mean() < 6  # the same picture, up to JPEG's loss


@pytest.mark.slow
@pytest.mark.parametrize("turned_ccw", [0, 180])
def test_a_short_note_is_read_the_right_way_up(turned_ccw: int) -> None:
    # Too little text for the quick look to be sure: OSD, then the readings' confidence, decide.
    note = short_note()
    image = paper.turned(note, turned_ccw) if turned_ccw else note
    page = read_document(encoded(image, "PNG"), limits=limits(), options=options())[0]
    assert page.rotation == turned_ccw
    assert "Trần Thị Mai" in page.text and "BIÊN NHẬN" in page.text
