"""PDF uploads: pages with a trustworthy text layer are read from it; the others are rasterised for OCR.

pdfium (pypdfium2) opens, counts and renders; pdfplumber (pdfminer) reads the text layer. Neither is
thread-safe, so both are used under one lock per document, and only OCR runs in parallel.
"""

from __future__ import annotations

import io
import logging
import math
import threading
import unicodedata

import pdfplumber
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from service.config import OcrOptions, ReadLimits
from service.reading import failures, text_layer
from service.reading.images import PageImage
from service.reading.types import PageText, ReadError

log = logging.getLogger(__name__)
POINTS_PER_INCH = 72.0
SCAN_COVERAGE = 0.5  # an image over this share of the page makes its text layer someone else's OCR


class PdfPages:
    def __init__(self, data: bytes, limits: ReadLimits, options: OcrOptions) -> None:
        self._limits = limits
        self._options = options
        self._lock = threading.Lock()
        self._document = _open(data)
        try:
            self.count = len(self._document)
        except Exception as error:
            self._document.close()
            raise failures.corrupt_pdf(_short(error)) from None
        if self.count < 1:
            self._document.close()
            raise failures.corrupt_pdf("no pages")
        if self.count > limits.max_pages:
            self._document.close()
            raise failures.too_many_pages(self.count, limits.max_pages)
        self._plumber = _open_text_layer(data, self.count)

    def page(self, index: int) -> PageText | PageImage:
        """The page read from its text layer, or its image for OCR."""
        with self._lock:
            try:
                page = self._document[index]
            except Exception as error:
                raise failures.corrupt_pdf(f"page {index + 1}: {_short(error)}") from None
            try:
                from_text = self._from_text_layer(page, index)
                return from_text if from_text is not None else self._render_for_ocr(page, index)
            finally:
                page.close()

    def _from_text_layer(self, page: pdfium.PdfPage, index: int) -> PageText | None:
        if self._plumber is None:
            return None
        layer = None
        try:
            layer = self._plumber.pages[index]
            text = unicodedata.normalize("NFC", layer.extract_text() or "")
            if not text_layer.trustworthy(
                text, min_letters=self._options.min_text_layer_chars, over_scan=_over_scan(layer)
            ):
                return None
            words = layer.extract_words()
            origin = (float(layer.bbox[0]), float(layer.bbox[1]))
            size_points = (float(layer.width), float(layer.height))
        except Exception as error:  # pdfminer trips over odd files pdfium reads well: OCR them instead
            log.info("text layer of page %d unreadable, reading it by OCR: %s", index + 1, _short(error))
            return None
        finally:
            if layer is not None:
                layer.close()  # drop pdfplumber's cached characters
        image = self._render(page, index, self._review_dpi(page))
        scale = (image.width / size_points[0], image.height / size_points[1])
        boxes = text_layer.words_in_pixels(words, origin=origin, scale=scale, size=image.size)
        return PageText(
            number=index + 1,
            source="text-layer",
            text=text,
            mean_confidence=100.0,
            rotation=0,
            skew=0.0,
            words=boxes,
            image=image,
        )

    def _review_dpi(self, page: pdfium.PdfPage) -> float:
        long_side = self._options.page_image_long_side
        if not long_side:
            return float(self._options.dpi)
        width, height = page.get_size()
        return min(float(self._options.dpi), long_side * POINTS_PER_INCH / max(width, height, 1.0))

    def _render_for_ocr(self, page: pdfium.PdfPage, index: int) -> PageImage:
        dpi = float(self._options.dpi)
        return PageImage(self._render(page, index, dpi), dpi)

    def _render(self, page: pdfium.PdfPage, index: int, dpi: float) -> Image.Image:
        try:
            width, height = page.get_size()
        except Exception as error:
            raise failures.corrupt_pdf(f"page {index + 1}: {_short(error)}") from None
        scale = dpi / POINTS_PER_INCH
        pixels = math.ceil(width * scale) * math.ceil(height * scale)
        if pixels > self._limits.max_pixels_per_page:
            raise failures.image_too_large(pixels, self._limits.max_pixels_per_page, index + 1)
        if pixels <= 0:
            raise failures.corrupt_pdf(f"page {index + 1} has no size")
        try:
            bitmap = page.render(scale=scale, grayscale=True)
            image = bitmap.to_pil().convert("L")  # a copy that outlives pdfium's buffer
            bitmap.close()
            return image
        except ReadError:
            raise
        except Exception as error:
            raise failures.corrupt_pdf(f"page {index + 1}: {_short(error)}") from None

    def close(self) -> None:
        with self._lock:
            if self._plumber is not None:
                self._plumber.close()
            self._document.close()


def _over_scan(layer: pdfplumber.page.Page) -> bool:
    """Whether an image covers most of the page, making any text over it someone else's OCR."""
    page_area = float(layer.width * layer.height) or 1.0
    return any(
        (float(image["x1"]) - float(image["x0"])) * (float(image["bottom"]) - float(image["top"]))
        >= SCAN_COVERAGE * page_area
        for image in layer.images
    )


def _open(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if getattr(error, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise failures.encrypted_pdf() from None
        raise failures.corrupt_pdf(str(error)) from None
    except Exception as error:
        raise failures.corrupt_pdf(_short(error)) from None


def _open_text_layer(data: bytes, count: int) -> pdfplumber.PDF | None:
    """pdfplumber on the same bytes, or None when it cannot follow the file as pdfium does."""
    try:
        document = pdfplumber.open(io.BytesIO(data))
        if len(document.pages) == count:
            return document
        document.close()
        log.info(
            "pdfplumber sees %d pages where pdfium sees %d: reading every page by OCR",
            len(document.pages),
            count,
        )
    except Exception as error:
        log.info("no usable text layer: %s", _short(error))
    return None


def _short(error: Exception) -> str:
    return f"{type(error).__name__}: {error}"[:160]
