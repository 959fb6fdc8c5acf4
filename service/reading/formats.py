"""Which kind of file an upload is, judged by its first bytes, never by its name."""

from __future__ import annotations

PDF = "application/pdf"
JPEG = "image/jpeg"
PNG = "image/png"
TIFF = "image/tiff"
SUPPORTED = (PDF, JPEG, PNG, TIFF)


def sniff_media_type(data: bytes) -> str | None:
    """The media type the bytes really are, or None when they are none of the kinds we read."""
    head = data[:1024]
    # Some scanners write a few bytes of junk before the PDF header; the spec allows it within 1 KB.
    if b"%PDF-" in head:
        return PDF
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return TIFF
    return None
