"""Reading a whole document: choose the page source from the bytes, read its pages, check there is text."""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Protocol

import pytesseract

from service.config import OcrOptions, ReadLimits
from service.reading import failures
from service.reading.formats import PDF, sniff_media_type
from service.reading.images import ImagePages, PageImage
from service.reading.ocr_page import read_page_image
from service.reading.pdf import PdfPages
from service.reading.types import PageText, ReadError

log = logging.getLogger(__name__)

# A document must hold at least this many letters or digits read with some confidence; below it, what
# OCR found in a photo of a desk or a blank sheet is texture, not text.
MIN_READABLE_CHARACTERS = 20
READABLE_CONFIDENCE = 50.0


class PageSource(Protocol):
    count: int

    def page(self, index: int) -> PageText | PageImage: ...

    def close(self) -> None: ...


def read_document(data: bytes, *, limits: ReadLimits, options: OcrOptions) -> list[PageText]:
    """Every page of the document, in order. Raises ReadError when the bytes cannot give any text."""
    if not data:
        raise failures.empty()
    media_type = sniff_media_type(data)
    if media_type is None:
        raise failures.unsupported_type()
    source: PageSource = (
        PdfPages(data, limits, options) if media_type == PDF else ImagePages(data, media_type, limits)
    )
    try:
        pages = _read_pages(source, options)
    finally:
        source.close()
    if sum(readable_characters(page) for page in pages) < MIN_READABLE_CHARACTERS:
        raise failures.no_text()
    return pages


def readable_characters(page: PageText) -> int:
    return sum(
        sum(1 for char in word.text if char.isalnum())
        for word in page.words
        if word.confidence >= READABLE_CONFIDENCE
    )


def _read_pages(source: PageSource, options: OcrOptions) -> list[PageText]:
    workers = max(1, min(options.parallel_pages, source.count))
    if workers == 1:
        return [_read_page(source, index, options) for index in range(source.count)]
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ocr-page") as pool:
        futures = [pool.submit(_read_page, source, index, options) for index in range(source.count)]
        try:
            return [future.result() for future in futures]
        except BaseException:
            _cancel(futures)
            raise


def _cancel(futures: list[Future[PageText]]) -> None:
    for future in futures:
        future.cancel()


def _read_page(source: PageSource, index: int, options: OcrOptions) -> PageText:
    number = index + 1
    try:
        item = source.page(index)
        if isinstance(item, PageText):
            return item
        return read_page_image(item.image, number=number, dpi=item.dpi, options=options)
    except (ReadError, pytesseract.TesseractNotFoundError):
        raise
    except Exception as error:
        # Bytes that decoded but then broke a step are still this document's problem, not the worker's:
        # the letter fails with a reason, and the traceback goes to the log for whoever maintains this.
        log.exception("page %d could not be read", number)
        raise failures.ocr_failed(number, f"{type(error).__name__}: {error}"[:160]) from None
