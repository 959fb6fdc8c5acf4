"""Image uploads (JPEG, PNG, many-page TIFF) as page images: upright per EXIF, 8-bit, bomb-guarded."""

from __future__ import annotations

import io
import re
import threading
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageOps

from service.config import ReadLimits
from service.reading import failures
from service.reading.formats import TIFF
from service.reading.types import ReadError

EXIF_ORIENTATION = 0x0112


@dataclass(frozen=True)
class PageImage:
    image: Image.Image  # mode L or RGB, upright as the camera or scanner said (EXIF orientation)
    dpi: float | None


def guard_pixels(limits: ReadLimits) -> None:
    """Pillow's decompression-bomb guard, set from the installation's limit rather than switched off.

    Pillow keeps the limit process-wide; every caller in one installation uses the same setting. Pillow
    itself refuses images over twice the limit while decoding the header; sizes between the limit and
    twice the limit are refused by `ImagePages` before any pixel is decoded.
    """
    Image.MAX_IMAGE_PIXELS = limits.max_pixels_per_page


class ImagePages:
    """The pages of one image file, decoded one at a time so a long TIFF is never all in memory."""

    def __init__(self, data: bytes, media_type: str, limits: ReadLimits) -> None:
        guard_pixels(limits)
        self._limits = limits
        self._lock = threading.Lock()
        self._image = _open(data)
        self.count = _frame_count(self._image) if media_type == TIFF else 1
        if self.count > limits.max_pages:
            raise failures.too_many_pages(self.count, limits.max_pages)
        if self.count < 1:
            raise failures.corrupt_image("no frames")

    def page(self, index: int) -> PageImage:
        with self._lock:  # a Pillow image seeks through one file pointer: one frame at a time
            try:
                self._image.seek(index)
                return self._decode(index + 1)
            except ReadError:
                raise
            except Image.DecompressionBombError:
                raise failures.image_too_large(0, self._limits.max_pixels_per_page, index + 1) from None
            except Exception as error:
                raise failures.corrupt_image(_short(error)) from None

    def _decode(self, number: int) -> PageImage:
        width, height = self._image.size
        if width * height > self._limits.max_pixels_per_page:
            raise failures.image_too_large(width * height, self._limits.max_pixels_per_page, number)
        if width < 1 or height < 1:
            raise failures.corrupt_image("empty image")
        if self._image.format == "JPEG" and self._image.mode in ("RGB", "YCbCr"):
            # Reading needs only gray: libjpeg then skips the colour planes (about half the decoding).
            self._image.draft("L", self._image.size)
        self._image.load()
        turned = self._image.getexif().get(EXIF_ORIENTATION, 1) not in (1, None)
        # exif_transpose copies even an upright image; a 300 dpi page is not copied for nothing.
        upright = (ImageOps.exif_transpose(self._image) or self._image) if turned else self._image
        return PageImage(_eight_bit(upright), _dpi(self._image))

    def close(self) -> None:
        self._image.close()


def _open(data: bytes) -> Image.Image:
    try:
        image = Image.open(io.BytesIO(data))
        image.size  # noqa: B018 - the header is parsed by now; a bad one fails here, not later
        return image
    except Image.DecompressionBombError as error:
        raise failures.image_too_large(_pixels_in(error), Image.MAX_IMAGE_PIXELS or 0) from None
    except Exception as error:
        raise failures.corrupt_image(_short(error)) from None


def _frame_count(image: Image.Image) -> int:
    try:
        return int(getattr(image, "n_frames", 1))
    except Exception as error:
        raise failures.corrupt_image(_short(error)) from None


def _eight_bit(image: Image.Image) -> Image.Image:
    """Grayscale or RGB, 8 bits a channel, transparency flattened onto white paper."""
    if image.mode in ("L", "RGB"):
        return image
    if image.mode == "1":
        return image.convert("L")
    if image.mode in ("I;16", "I;16B", "I;16L", "I;16N", "I", "F"):
        values = np.asarray(image, dtype=np.float64)
        top = float(values.max()) or 1.0
        return Image.fromarray((np.clip(values / top, 0, 1) * 255).astype(np.uint8), "L")
    if image.mode in ("RGBA", "LA", "PA", "P", "La", "RGBa") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(paper, rgba).convert("RGB")
    return image.convert("RGB")


def _dpi(image: Image.Image) -> float | None:
    dpi = image.info.get("dpi")
    try:
        return float(dpi[0]) if dpi else None
    except (TypeError, ValueError, IndexError):
        return None


def _pixels_in(error: Exception) -> int:
    found = re.search(r"\((\d+) pixels\)", str(error))
    return int(found.group(1)) if found else 0


def _short(error: Exception) -> str:
    return f"{type(error).__name__}: {error}"[:160]
