"""The quick look before OCR: which way is up, how crooked, how evenly lit. No Tesseract needed."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from samples import paper
from service.reading.cleanup import to_gray
from service.reading.ocr_page import UNEVEN_LIGHT, cleanup_for
from service.reading.page_look import look_at
from tests.reading.support import printed_page, short_note, signature_list


def gray_of(image: Image.Image) -> np.ndarray:
    return to_gray(image)


@pytest.mark.parametrize("turned_ccw", [0, 90, 180, 270])
def test_finds_which_way_is_up(turned_ccw: int) -> None:
    scan = paper.flatbed_scan(printed_page(150), np.random.default_rng(turned_ccw), skew=0.5)
    look = look_at(gray_of(paper.turned(scan, turned_ccw) if turned_ccw else scan))
    # A sheet turned counter-clockwise is put right by the same turn clockwise.
    assert look.rotation == turned_ccw and look.rotation_certain


@pytest.mark.parametrize("skew", [-3.0, -1.2, 0.8, 2.5])
def test_measures_skew(skew: float) -> None:
    scan = paper.flatbed_scan(printed_page(150), np.random.default_rng(7), skew=skew)
    look = look_at(gray_of(scan))
    # The scan was turned `skew` degrees counter-clockwise; levelling turns it back.
    assert look.skew == pytest.approx(-skew, abs=0.15)


def test_measures_skew_of_a_page_on_its_side() -> None:
    scan = paper.flatbed_scan(printed_page(150), np.random.default_rng(3), skew=1.5)
    look = look_at(gray_of(paper.turned(scan, 90)))
    assert look.rotation == 90 and look.skew == pytest.approx(-1.5, abs=0.15)


def test_phone_photo_is_unevenly_lit_and_a_scan_is_not() -> None:
    page = printed_page(150)
    photo = look_at(gray_of(paper.phone_photo(page, np.random.default_rng(1), angle=5.0)))
    scan = look_at(gray_of(paper.flatbed_scan(page, np.random.default_rng(1), skew=1.0)))
    assert photo.uneven_light >= UNEVEN_LIGHT > scan.uneven_light
    assert photo.skew == pytest.approx(-5.0, abs=0.3)  # turned back the way it was turned


def test_blank_and_tiny_pages_are_blank() -> None:
    assert look_at(np.full((2000, 1400), 245, dtype=np.uint8)).blank
    assert look_at(np.zeros((20, 300), dtype=np.uint8)).blank


def test_a_clean_level_page_gets_no_cleanup() -> None:
    steps = cleanup_for(look_at(gray_of(printed_page(150))))
    assert steps.skew == 0.0 and not steps.even_out_light and not steps.binarise


def test_a_crooked_photo_is_levelled_and_relit() -> None:
    look = look_at(gray_of(paper.phone_photo(printed_page(150), np.random.default_rng(2), angle=-6.0)))
    steps = cleanup_for(look)
    assert steps.skew == pytest.approx(6.0, abs=0.3) and steps.even_out_light and not steps.binarise


@pytest.mark.parametrize("turned_ccw", [0, 90, 180, 270])
def test_a_table_is_not_taken_for_text_on_its_side(turned_ccw: int) -> None:
    # The columns of a signature list line up better than its rows; letters still sit side by side.
    page = signature_list()
    look = look_at(gray_of(paper.turned(page, turned_ccw) if turned_ccw else page))
    assert look.rotation == turned_ccw


def test_two_lines_are_too_few_to_be_sure_which_way_is_up() -> None:
    look = look_at(gray_of(paper.turned(short_note(150), 180)))
    assert look.rotation % 180 == 0 and not look.rotation_certain
