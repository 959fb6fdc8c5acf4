"""PDF text layers: used when they are real Vietnamese text, OCR'd over when they lie."""

from __future__ import annotations

import io

import numpy as np
import pytest

from samples import paper
from samples.pdf_writer import PdfPage, ScannedImage, TextRun, write_pdf
from service.reading import read_document
from service.reading.text_layer import trustworthy
from tests.reading.support import (
    assert_boxes_inside,
    cer,
    encoded,
    letter_layout,
    limits,
    options,
    printed_page,
    sample,
    truth_pages,
)

VIETNAMESE = "Kính gửi: Chủ tịch Ủy ban nhân dân huyện Văn Lâm. Tôi tên là Nguyễn Văn Thắng, sinh năm 1968."


@pytest.mark.parametrize(
    "text",
    [
        "Céng hßa x· héi chñ nghÜa ViÖt Nam, §éc lËp - Tù do - H¹nh phóc, kÝnh göi ñy ban nh©n d©n",  # TCVN3
        "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam, Ñoäc laäp - Töï do - Haïnh phuùc, kính göûi",  # VNI
        "(cid:38)(cid:79)(cid:81)(cid:74) (cid:73)(cid:80)(cid:66) (cid:89)(cid:66) (cid:73)(cid:80)(cid:74) "
        * 3,
        "Kính gửi",  # too short to stand in for the page
    ],
    ids=["tcvn3", "vni", "cid", "short"],
)
def test_untrustworthy_text_layers(text: str) -> None:
    assert not trustworthy(text, min_letters=40, over_scan=False)


def test_vietnamese_and_unaccented_text_layers_are_trusted() -> None:
    assert trustworthy(VIETNAMESE, min_letters=40, over_scan=False)
    assert trustworthy(
        "Kinh gui: Chu tich Uy ban nhan dan huyen Van Lam, toi ten la Thang", min_letters=40, over_scan=False
    )


def test_an_ocr_layer_without_tone_marks_over_a_scan_is_not_trusted() -> None:
    unaccented = "Kinh gui: Chu tich Uy ban nhan dan huyen Van Lam, toi ten la Nguyen Van Thang"
    assert not trustworthy(unaccented, min_letters=40, over_scan=True)
    assert trustworthy(VIETNAMESE, min_letters=40, over_scan=True)


def test_born_digital_pdf_is_read_from_its_text_layer() -> None:
    pages = read_document(sample("born_digital.pdf"), limits=limits(), options=options())
    assert [page.source for page in pages] == ["text-layer"]
    page = pages[0]
    assert cer(truth_pages("born_digital.pdf")[0], page.text) == 0.0
    assert page.mean_confidence == 100.0 and all(word.confidence == 100.0 for word in page.words)
    assert page.image is not None and max(page.image.size) <= options().page_image_long_side
    assert_boxes_inside(page)
    # The box of "ĐƠN" (the title) sits in the top fifth of the page, centred.
    title = next(word for word in page.words if word.text == "ĐƠN")
    assert title.top < page.image.height / 5 and abs(title.left + title.width - page.image.width / 2) < 200


def test_a_pdf_named_jpg_is_read_as_the_pdf_it_is() -> None:
    pages = read_document(sample("bad_pdf_named.jpg"), limits=limits(), options=options())
    assert pages[0].source == "text-layer" and cer(truth_pages("bad_pdf_named.jpg")[0], pages[0].text) == 0.0


def _scan_with_layer(words: str) -> PdfPage:
    scan = paper.flatbed_scan(printed_page(150), np.random.default_rng(5), skew=0.0)
    font = paper.truetype(paper.TYPEFACES["liberation-serif"].regular)
    return PdfPage(
        image=ScannedImage(encoded(scan, "JPEG", quality=80), scan.width, scan.height),
        runs=[TextRun(60, 100, words, font, 10, invisible=True)],
    )


@pytest.mark.slow
def test_a_scanners_ocr_layer_without_tone_marks_is_ocrd_again() -> None:
    layer = (
        "Cong hoa xa hoi chu nghia Viet Nam Doc lap Tu do Hanh phuc Kinh gui Chu tich Uy ban nhan dan huyen"
    )
    pages = read_document(write_pdf([_scan_with_layer(layer)]), limits=limits(), options=options(dpi=200))
    assert pages[0].source == "ocr"
    assert cer(letter_layout().true_text, pages[0].text) < 0.02


@pytest.mark.slow
def test_text_layer_and_scanned_pages_in_one_pdf() -> None:
    font = paper.truetype(paper.TYPEFACES["liberation-serif"].regular)
    typed = PdfPage(runs=[TextRun(60, 100 + 20 * n, VIETNAMESE, font, 11) for n in range(3)])
    scanned = _scan_with_layer("")
    pages = read_document(write_pdf([typed, scanned]), limits=limits(), options=options(dpi=200))
    assert [page.source for page in pages] == ["text-layer", "ocr"]
    assert [page.number for page in pages] == [1, 2]
    assert "Nguyễn Văn Thắng" in pages[0].text and "Nguyễn Văn Thắng" in pages[1].text
    for page in pages:
        assert_boxes_inside(page)


def test_the_text_layer_is_read_without_tesseract(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_ocr(*args: object, **kwargs: object) -> None:
        raise AssertionError("OCR ran on a page with a good text layer")

    monkeypatch.setattr("service.reading.ocr_page.recognise", no_ocr)
    pages = read_document(
        io.BytesIO(sample("born_digital.pdf")).getvalue(), limits=limits(), options=options()
    )
    assert pages[0].source == "text-layer"
