"""Reading: from the bytes of a scan or PDF to the text of each page, with confidence and word boxes.

`read_document` is the one entry point. The bytes decide what the file is (never its name); a PDF page
with a trustworthy text layer is read from it, every other page is rasterised, cleaned up only as far as
it needs, and read by Tesseract, several pages at a time. Anything wrong with the bytes ends in a
`ReadError` whose code and bilingual reason say what the clerk can do about it.

`read_document` is loaded on first use: the web process imports `service.reading.formats` only to sniff
uploads, and should not pay for OpenCV, SciPy, pdfium and pdfminer (about 50 MB) to do so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from service.reading.types import PageText, ReadError, Word

if TYPE_CHECKING:
    from service.reading.document import read_document

__all__ = ["PageText", "ReadError", "Word", "read_document"]


def __getattr__(name: str) -> object:
    if name == "read_document":
        from service.reading.document import read_document

        return read_document
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
