"""Every kind of bad upload ends in a ReadError with its own code and a reason in both languages."""

from __future__ import annotations

import struct
import zlib

import numpy as np
import pytest
from PIL import Image

from service.reading import read_document
from service.reading.formats import PDF, sniff_media_type
from service.reading.images import ImagePages, PageImage
from service.reading.pdf import PdfPages
from service.reading.types import PageText, ReadError
from tests.reading.support import encoded, limits, options, printed_page, sample, text_pdf, texture

CODES = {
    "empty",
    "unsupported_type",
    "corrupt_pdf",
    "encrypted_pdf",
    "too_many_pages",
    "image_too_large",
    "corrupt_image",
    "no_text",
    "ocr_timeout",
    "ocr_failed",
}
LETTER = [
    "Kính gửi: Ủy ban nhân dân xã Hòa Bình",
    "Tôi tên là Nguyễn Văn An, sinh năm 1970, trú tại thôn Đông.",
]


def read_error(data: bytes, **limit_overrides: object) -> ReadError:
    with pytest.raises(ReadError) as caught:
        read_document(data, limits=limits(**limit_overrides), options=options())
    error = caught.value
    assert error.message_vi and error.message_en and error.message_vi != error.message_en
    return error


def png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims the given size, the shape of a decompression bomb."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )


def test_empty_upload() -> None:
    assert read_error(b"").code == "empty"


@pytest.mark.parametrize(
    "data",
    [b"hello, world", b"PK\x03\x04" + bytes(100), b"<html><body>don</body></html>", bytes(range(256)) * 4],
    ids=["text", "zip", "html", "binary"],
)
def test_unknown_bytes_are_unsupported(data: bytes) -> None:
    assert read_error(data).code == "unsupported_type"


def test_truncated_pdf_is_corrupt() -> None:
    assert read_error(sample("bad_truncated.pdf")).code == "corrupt_pdf"


def test_garbage_after_pdf_header_is_corrupt() -> None:
    assert read_error(b"%PDF-1.7\n" + bytes(range(256)) * 8).code == "corrupt_pdf"


def test_password_protected_pdf_is_encrypted() -> None:
    assert read_error(sample("bad_encrypted.pdf")).code == "encrypted_pdf"


def test_pdf_with_only_an_owner_password_is_read() -> None:
    # Restrictions on printing or copying do not stop anyone reading the letter, nor should they stop us.
    pages = read_document(text_pdf(LETTER * 3, owner_password="vanthu"), limits=limits(), options=options())
    assert pages[0].source == "text-layer" and "Nguyễn Văn An" in pages[0].text


def test_pdf_with_more_pages_than_the_limit() -> None:
    error = read_error(text_pdf(LETTER, pages=3), max_pages=2)
    assert error.code == "too_many_pages" and "3" in error.message_en and "2" in error.message_vi


def test_tiff_with_more_pages_than_the_limit() -> None:
    frames = [Image.new("L", (200, 300), 255) for _ in range(3)]
    data = encoded(frames[0], "TIFF", save_all=True, append_images=frames[1:])
    assert read_error(data, max_pages=2).code == "too_many_pages"


def test_image_bomb_header_is_refused_by_the_pillow_guard() -> None:
    error = read_error(png_header_only(100_000, 100_000))
    assert error.code == "image_too_large"
    assert limits().max_pixels_per_page == Image.MAX_IMAGE_PIXELS  # set from the setting, never disabled


def test_image_over_the_setting_is_refused_before_decoding() -> None:
    data = encoded(Image.new("L", (1200, 1000), 255), "PNG")
    error = read_error(data, max_pixels_per_page=1_000_000)
    assert error.code == "image_too_large" and "1,200,000" in error.message_en


def test_pdf_page_too_large_to_render() -> None:
    # 5000 pt square at 300 dpi would be 434 million pixels.
    assert read_error(text_pdf(["x"], size=(5000.0, 5000.0))).code == "image_too_large"


def test_truncated_jpeg_is_corrupt() -> None:
    data = encoded(printed_page(100), "JPEG", quality=80)
    assert read_error(data[: len(data) // 2]).code == "corrupt_image"


def test_damaged_png_is_corrupt() -> None:
    data = bytearray(encoded(printed_page(100), "PNG"))
    data[200:400] = bytes(200)  # zeroes over the compressed pixels
    assert read_error(bytes(data)).code == "corrupt_image"


def test_blank_page_has_no_text() -> None:
    assert read_error(encoded(Image.new("L", (1654, 2339), 250), "PNG")).code == "no_text"


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2])
def test_photo_of_nothing_has_no_text(seed: int) -> None:
    assert read_error(encoded(texture(seed), "JPEG", quality=80)).code == "no_text"


def _mutations(seed: int) -> list[bytes]:
    rng = np.random.default_rng(seed)
    small = printed_page(40).crop((0, 0, 330, 200))
    originals = [
        encoded(small, "PNG"),
        encoded(small, "JPEG", quality=70),
        encoded(small, "TIFF", save_all=True, append_images=[small]),
        text_pdf(LETTER, size=(200.0, 120.0)),
    ]
    out = []
    for original in originals:
        cut = original[: int(rng.integers(1, len(original)))]
        flipped = bytearray(original)
        for at in rng.integers(8, len(original), size=int(rng.integers(1, 12))):
            flipped[int(at)] = int(rng.integers(0, 256))
        out += [cut, bytes(flipped)]
    return out


@pytest.mark.parametrize("seed", range(40))
def test_fuzzed_inputs_decode_or_fail_with_a_read_error(seed: int) -> None:
    """Decoding is where bad bytes bite; every page either decodes or raises ReadError, nothing else."""
    for data in _mutations(seed):
        kind = sniff_media_type(data)
        if kind is None:
            continue
        try:
            source = PdfPages(data, limits(), options()) if kind == PDF else ImagePages(data, kind, limits())
            for index in range(source.count):
                page = source.page(index)
                assert isinstance(page, PageText | PageImage)
            source.close()
        except ReadError as error:
            assert error.code in CODES


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(6))
def test_fuzzed_inputs_end_in_pages_or_a_read_error(seed: int) -> None:
    for data in _mutations(seed):
        try:
            pages = read_document(data, limits=limits(), options=options(timeout_seconds=30))
        except ReadError as error:
            assert error.code in CODES and error.message_vi and error.message_en
        else:
            assert pages and all(page.number == n for n, page in enumerate(pages, start=1))
