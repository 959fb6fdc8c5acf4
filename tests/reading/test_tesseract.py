"""Turning Tesseract's word table into text and boxes; its environment."""

from __future__ import annotations

import os

from service.reading import tesseract
from service.reading.tesseract import Recognition, _assemble
from service.reading.types import Word


def table(rows: list[tuple[int, int, int, str, float, tuple[int, int, int, int]]]) -> dict[str, list]:
    data: dict[str, list] = {k: [] for k in ("level", "block_num", "par_num", "line_num", "text", "conf")}
    for key in ("left", "top", "width", "height"):
        data[key] = []
    for block, par, line, text, conf, (left, top, width, height) in rows:
        for key, value in zip(
            ("level", "block_num", "par_num", "line_num", "text", "conf", "left", "top", "width", "height"),
            (5, block, par, line, text, conf, left, top, width, height),
            strict=True,
        ):
            data[key].append(value)
    # Tesseract also reports page, block, paragraph and line rows, with conf -1 and no text.
    for key, value in zip(data, (2, 1, 1, 1, "", -1, 0, 0, 500, 500), strict=True):
        data[key].append(value)
    return data


def test_lines_and_blocks_are_kept() -> None:
    read = _assemble(
        table(
            [
                (1, 1, 1, "CỘNG", 96, (10, 10, 80, 30)),
                (1, 1, 1, "HÒA", 95, (95, 10, 60, 30)),
                (1, 1, 2, "Độc", 94, (10, 50, 60, 30)),
                (2, 1, 1, "Kính", 93, (10, 200, 70, 30)),
                (2, 1, 1, "gửi:", 92, (85, 200, 60, 30)),
            ]
        )
    )
    assert read.text == "CỘNG HÒA\nĐộc\n\nKính gửi:"
    assert [w.text for w in read.words] == ["CỘNG", "HÒA", "Độc", "Kính", "gửi:"]
    assert read.mean_confidence == (96 + 95 + 94 + 93 + 92) / 5


def test_specks_and_doubtful_marks_are_dropped_but_punctuation_kept() -> None:
    read = _assemble(
        table(
            [
                (1, 1, 1, ":", 80, (5, 12, 3, 3)),  # dust: tinier than any printed stop
                (1, 1, 1, "Ngày", 95, (20, 10, 80, 30)),
                (1, 1, 1, "-", 93, (105, 20, 10, 4)),  # a real hyphen
                (1, 1, 1, "20", 95, (120, 10, 40, 30)),
                (1, 1, 2, "-_", 40, (200, 60, 30, 10)),  # a signature's loop
                (1, 1, 2, "Nguyễn", 94, (20, 100, 120, 32)),
            ]
        )
    )
    assert read.text == "Ngày - 20\nNguyễn"


def test_a_reading_of_more_words_beats_a_surer_reading_of_fewer() -> None:
    few = Recognition([Word("Kính", 0, 0, 1, 1, 96.0)], "Kính")
    many = Recognition([Word("Kính", 0, 0, 1, 1, 80.0), Word("gửi", 0, 0, 1, 1, 80.0)], "Kính gửi")
    assert few.mean_confidence > many.mean_confidence
    assert many.confident_characters > few.confident_characters


def test_tesseract_runs_one_thread_per_process() -> None:
    assert tesseract.os.environ["OMP_THREAD_LIMIT"] == "1" == os.environ["OMP_THREAD_LIMIT"]
