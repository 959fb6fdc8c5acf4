"""Image clean-up steps and moving word boxes between resolutions."""

from __future__ import annotations

import numpy as np
from PIL import Image

from service.reading import cleanup
from service.reading.types import Word


def test_turn_is_clockwise() -> None:
    page = np.zeros((30, 20), dtype=np.uint8)
    page[0, 0] = 255  # top-left corner
    turned = cleanup.turn(page, 90)
    assert turned.shape == (20, 30) and turned[0, -1] == 255  # now the top-right corner


def test_level_keeps_the_corners_of_the_sheet() -> None:
    page = np.full((300, 200), 40, dtype=np.uint8)
    levelled = cleanup.level(page, 10.0, fill=255)
    assert levelled.shape[0] > 300 and levelled.shape[1] > 200
    assert (levelled < 128).sum() >= 0.97 * page.size  # no ink lost off the edges


def test_even_out_light_flattens_a_shadow() -> None:
    light = np.linspace(250, 110, 800, dtype=np.float32)[None, :].repeat(600, axis=0)
    page = light.copy()
    page[280:300, 100:700] *= 0.2  # a line of ink across the shadow
    flat = cleanup.even_out_light(page.astype(np.uint8))
    paper = flat[100:200, 50:750]
    assert paper.max() - paper.min() < 25  # was 140
    assert flat[285:295, 150:650].mean() < 100  # the ink is still ink


def test_binarise_gives_two_levels() -> None:
    page = np.random.default_rng(0).integers(0, 256, (50, 50), dtype=np.uint8)
    assert set(np.unique(cleanup.binarise(page))) <= {0, 255}


def test_shrink_moves_word_boxes_with_the_image() -> None:
    page = np.full((4000, 3000), 255, dtype=np.uint8)
    words = [Word("Kính", 2900, 3900, 100, 100, 90.0), Word("gửi", 100, 200, 300, 80, 95.0)]
    small, moved = cleanup.shrink(page, words, 2500)
    assert small.shape == (2000, 1500)  # halved: at most the long side asked for
    assert moved[1] == Word("gửi", 50, 100, 150, 40, 95.0)
    for word in moved:
        assert word.left + word.width <= 1500 and word.top + word.height <= 2000
    unchanged, same = cleanup.shrink(page, words, 0)
    assert unchanged is page and same == words


def test_to_gray_takes_rgb_and_palette_images() -> None:
    rgb = Image.new("RGB", (10, 10), (200, 100, 50))
    assert cleanup.to_gray(rgb).shape == (10, 10)
    assert cleanup.to_gray(rgb.convert("P")).dtype == np.uint8
