"""Lays out a letter on A4, prints it to pixels or to a PDF, and ages it like a scanner or a phone would.

A letter is written in a tiny line markup (first characters of a line):

    ^  centred           >  right-aligned          ]  centred in the right half (signature block)
    <  left, no indent    (none) a paragraph, wrapped, first line indented
    after the alignment: *  bold   /  italic
    ---  a short rule under the previous line     ~  a handwritten signature     (empty) a gap

The true text of a letter is every printed line, in order, as laid out (rules and signatures have none).
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from samples.pdf_writer import PdfPage, ScannedImage, TextRun, write_pdf
from samples.truetype import TrueTypeFont

FONT_DIR = Path("/usr/share/fonts/truetype")
A4 = (595.28, 841.89)  # points
MARGINS = (85.0, 57.0, 57.0, 57.0)  # left, right, top, bottom: 3 cm binding margin, 2 cm elsewhere


@dataclass(frozen=True)
class Typeface:
    name: str
    regular: Path
    bold: Path
    italic: Path

    def path(self, style: str) -> Path:
        return {"*": self.bold, "/": self.italic}.get(style, self.regular)


def _face(name: str, folder: str, regular: str, bold: str, italic: str) -> Typeface:
    base = FONT_DIR / folder
    return Typeface(name, base / regular, base / bold, base / italic)


TYPEFACES = {
    face.name: face
    for face in (
        _face(
            "liberation-serif",
            "liberation2",
            *(f"LiberationSerif-{s}.ttf" for s in ("Regular", "Bold", "Italic")),
        ),
        _face("dejavu-serif", "dejavu", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"),
        _face("noto-serif", "noto", *(f"NotoSerif-{s}.ttf" for s in ("Regular", "Bold", "Italic"))),
        _face("noto-sans", "noto", *(f"NotoSans-{s}.ttf" for s in ("Regular", "Bold", "Italic"))),
        _face(
            "liberation-sans",
            "liberation2",
            *(f"LiberationSans-{s}.ttf" for s in ("Regular", "Bold", "Italic")),
        ),
        _face("dejavu-sans", "dejavu", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
    )
}


@cache
def truetype(path: Path) -> TrueTypeFont:
    return TrueTypeFont.load(path)


@dataclass(frozen=True)
class Placed:
    """One printed line (or mark) of a page, in points from the top-left corner."""

    kind: str  # "text", "rule" or "signature"
    x: float
    baseline: float
    text: str = ""
    style: str = ""
    width: float = 0.0


@dataclass(frozen=True)
class Layout:
    face: Typeface
    size: float
    pages: list[list[Placed]]

    @property
    def true_text(self) -> str:
        return "\n\n".join(page_text(page) for page in self.pages)


def page_text(page: list[Placed]) -> str:
    return "\n".join(item.text for item in page if item.kind == "text")


def _split(line: str) -> tuple[str, str, str]:
    align = line[0] if line[:1] in ("^", ">", "]", "<") else ""
    rest = line[len(align) :]
    style = rest[0] if rest[:1] in ("*", "/") else ""
    return align, style, rest[len(style) :].strip()


def _wrap(words: list[str], font: TrueTypeFont, size: float, first: float, width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        room = width - (first if not lines else 0.0)
        if current and font.text_width(candidate, size) > room:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


def lay_out(markup: str, face: Typeface, size: float = 13.0, leading: float = 1.4) -> Layout:
    """Place every line of a letter on as many A4 pages as it needs."""
    left, right, top, bottom = MARGINS
    width = A4[0] - left - right
    step = size * leading
    pages: list[list[Placed]] = [[]]
    y = top + size

    def place(item: Placed, height: float = step) -> None:
        nonlocal y
        if y > A4[1] - bottom and pages[-1]:
            pages.append([])
            y = top + size
        pages[-1].append(Placed(item.kind, item.x, y, item.text, item.style, item.width))
        y += height

    for raw in markup.strip("\n").splitlines():
        line = raw.rstrip()
        if not line:
            y += step * 0.5
            continue
        if line == "---":
            previous = pages[-1][-1]
            rule_width = previous.width * 0.8
            rule_x = previous.x + (previous.width - rule_width) / 2
            pages[-1].append(Placed("rule", rule_x, previous.baseline + size * 0.45, width=rule_width))
            y += step * 0.3
            continue
        if line == "~":
            place(Placed("signature", left + width * 0.62, 0, width=width * 0.25), step * 2.6)
            continue
        align, style, text = _split(line)
        font = truetype(face.path(style))
        if align in ("^", ">", "]"):
            text_width = font.text_width(text, size)
            x = {
                "^": left + (width - text_width) / 2,
                ">": left + width - text_width,
                "]": left + width * 0.75 - text_width / 2,
            }[align]
            place(Placed("text", x, 0, text, style, text_width))
            continue
        indent = 0.0 if align == "<" else size * 2.2
        for n, piece in enumerate(_wrap(text.split(), font, size, indent, width)):
            x = left + (indent if n == 0 else 0.0)
            place(Placed("text", x, 0, piece, style, font.text_width(piece, size)))
    return Layout(face, size, [page for page in pages if page])


# --- printing -------------------------------------------------------------------------------------------


@cache
def _pil_font(path: Path, pixels: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), pixels)


def _signature(draw: ImageDraw.ImageDraw, x: float, y: float, width: float, seed: int, scale: float) -> None:
    """A looping pen stroke; no text, as a real signature gives the OCR none either."""
    rng = np.random.default_rng(seed)
    t = np.linspace(0, 1, 300)
    loops = rng.uniform(3, 6)
    xs = x + width * t + width * 0.06 * np.sin(2 * math.pi * loops * t + rng.uniform(0, 3))
    ys = y - 14 * scale * np.sin(2 * math.pi * loops * t * 0.5) * (1 - t) - 10 * scale * t
    draw.line(list(zip(xs.tolist(), ys.tolist(), strict=True)), fill=40, width=max(2, int(2.2 * scale)))


def print_page(layout: Layout, page: int, dpi: int = 300, *, signature_seed: int = 7) -> Image.Image:
    """The page as a perfect print: black ink on white, grayscale, at `dpi`."""
    scale = dpi / 72
    size = (round(A4[0] * scale), round(A4[1] * scale))
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    for item in layout.pages[page]:
        if item.kind == "text":
            font = _pil_font(layout.face.path(item.style), round(layout.size * scale))
            draw.text((item.x * scale, item.baseline * scale), item.text, font=font, fill=0, anchor="ls")
        elif item.kind == "rule":
            y = item.baseline * scale
            draw.line(
                [(item.x * scale, y), ((item.x + item.width) * scale, y)], fill=0, width=max(1, int(scale))
            )
        else:
            _signature(draw, item.x * scale, item.baseline * scale, item.width * scale, signature_seed, scale)
    image.info["dpi"] = (dpi, dpi)
    return image


def text_layer_pdf(layout: Layout, **passwords: str) -> bytes:
    """A born-digital PDF of the letter: real text in the embedded font, extractable."""
    pages = []
    for placed in layout.pages:
        runs = [
            TextRun(item.x, item.baseline, item.text, truetype(layout.face.path(item.style)), layout.size)
            for item in placed
            if item.kind == "text"
        ]
        pages.append(PdfPage(runs=runs))
    return write_pdf(pages, **passwords)


def scanned_pdf(images: list[Image.Image], *, quality: int = 75) -> bytes:
    """A PDF of page images only, as a scanner writes it: one JPEG per A4 page."""
    pages = []
    for image in images:
        gray = image.mode == "L"
        picture = image if gray else image.convert("RGB")
        pages.append(
            PdfPage(
                image=ScannedImage(jpeg_bytes(picture, quality), picture.width, picture.height, gray=gray)
            )
        )
    return write_pdf(pages)


def jpeg_bytes(image: Image.Image, quality: int, **extra: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=quality, dpi=image.info.get("dpi", (300, 300)), **extra)
    return buffer.getvalue()


def png_bytes(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True, dpi=image.info.get("dpi", (300, 300)))
    return buffer.getvalue()


def tiff_bytes(images: list[Image.Image]) -> bytes:
    """A multi-page bilevel TIFF (CCITT group 4), what office scanners write for fax-like documents."""
    bilevel = [image.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1") for image in images]
    buffer = io.BytesIO()
    bilevel[0].save(
        buffer, format="TIFF", compression="group4", save_all=True, append_images=bilevel[1:], dpi=(300, 300)
    )
    return buffer.getvalue()


# --- ageing -------------------------------------------------------------------------------------------


def _paper(image: Image.Image, rng: np.random.Generator) -> np.ndarray:
    """Ink is never pure black and paper never pure white."""
    paper = rng.uniform(230, 248)
    ink = rng.uniform(18, 50)
    values = np.asarray(image, dtype=np.float32) / 255.0
    return ink + (paper - ink) * values


def _rotate(values: np.ndarray, degrees: float, fill: float) -> np.ndarray:
    height, width = values.shape[:2]
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), degrees, 1.0)
    return cv2.warpAffine(
        values,
        matrix,
        (width, height),
        flags=cv2.INTER_CUBIC,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=fill,
    )


def _to_image(values: np.ndarray, dpi: int) -> Image.Image:
    image = Image.fromarray(np.clip(values, 0, 255).astype(np.uint8))
    image.info["dpi"] = (dpi, dpi)
    return image


def flatbed_scan(
    page: Image.Image, rng: np.random.Generator, *, skew: float, noise: float = 8.0
) -> Image.Image:
    """A flatbed scan: the sheet a little crooked, toner a little soft, sensor noise and some dust."""
    values = _paper(page, rng)
    fill = float(np.median(values))
    values += rng.normal(0, noise, values.shape).astype(np.float32)  # sensor noise, softened by the optics
    values = cv2.GaussianBlur(values, (0, 0), rng.uniform(0.6, 0.9))
    values = _rotate(values, skew, fill)
    height, width = values.shape
    for _ in range(int(rng.integers(20, 60))):  # dust
        y, x = int(rng.integers(0, height)), int(rng.integers(0, width))
        cv2.circle(values, (x, y), int(rng.integers(1, 3)), float(rng.uniform(60, 140)), -1)
    if rng.random() < 0.5:  # the lid's shadow along one edge
        band = int(rng.integers(15, 40))
        values[:, :band] *= np.linspace(0.55, 1.0, band, dtype=np.float32)[None, :]
    return _to_image(values, page.info.get("dpi", (300, 300))[0])


def turned(image: Image.Image, degrees: int) -> Image.Image:
    """The sheet put on the glass turned by `degrees` counter-clockwise (90, 180 or 270)."""
    out = image.rotate(degrees, expand=True)
    out.info["dpi"] = image.info.get("dpi", (300, 300))
    return out


def phone_photo(
    page: Image.Image, rng: np.random.Generator, *, angle: float, scale: float = 0.72
) -> Image.Image:
    """A phone photo of the sheet on a desk: turned a few degrees, lit from one side, a hand's shadow."""
    paper = _paper(page, rng)
    paper = cv2.resize(paper, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    height, width = paper.shape
    frame_h, frame_w = int(height * 1.12), int(width * 1.14)
    desk = rng.uniform(70, 120)
    surface = np.full((frame_h, frame_w), desk, dtype=np.float32)
    surface += cv2.GaussianBlur(rng.normal(0, 18, surface.shape).astype(np.float32), (0, 0), 6)  # wood grain
    sheet = np.full_like(surface, desk)
    mask = np.zeros_like(surface)
    top, left = (frame_h - height) // 2, (frame_w - width) // 2
    sheet[top : top + height, left : left + width] = paper
    mask[top : top + height, left : left + width] = 1.0
    matrix = cv2.getRotationMatrix2D((frame_w / 2, frame_h / 2), angle, 1.0)
    turned_sheet = cv2.warpAffine(sheet, matrix, (frame_w, frame_h), flags=cv2.INTER_CUBIC, borderValue=desk)
    turned_mask = cv2.warpAffine(mask, matrix, (frame_w, frame_h), flags=cv2.INTER_LINEAR)
    values = turned_sheet * turned_mask + surface * (1 - turned_mask)

    # Light falls off across the sheet from the window side, with a vignette from the lens.
    ys, xs = np.mgrid[0:frame_h, 0:frame_w].astype(np.float32)
    direction = rng.uniform(0, 2 * math.pi)
    ramp = (xs / frame_w - 0.5) * math.cos(direction) + (ys / frame_h - 0.5) * math.sin(direction)
    light = 1.0 - rng.uniform(0.4, 0.55) * (ramp - ramp.min()) / (ramp.max() - ramp.min())
    radius = np.hypot(xs / frame_w - 0.5, ys / frame_h - 0.5)
    light *= 1.0 - 0.35 * radius**2
    # The shadow of the phone and the hand holding it: a dark band with a soft edge across one corner.
    shadow = np.zeros_like(values)
    corner = (int(frame_w * rng.choice([0.0, 1.0])), int(frame_h * rng.choice([0.0, 1.0])))
    cv2.circle(shadow, corner, int(rng.uniform(0.45, 0.6) * frame_w), 1.0, -1)
    shadow = cv2.GaussianBlur(shadow, (0, 0), frame_w * rng.uniform(0.008, 0.02))
    light *= 1.0 - rng.uniform(0.4, 0.5) * shadow
    values = values * light

    values = cv2.GaussianBlur(values, (0, 0), rng.uniform(0.9, 1.2))
    rgb = np.stack([values * 1.0, values * 0.95, values * 0.84], axis=-1)  # warm indoor light
    rgb += rng.normal(0, 5.0, rgb.shape).astype(np.float32)
    image = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")
    image.info["dpi"] = (round(300 * scale), round(300 * scale))
    return image


def exif_rotated(image: Image.Image) -> tuple[Image.Image, bytes]:
    """Pixels as a phone sensor stores them for a portrait shot, plus the EXIF tag that says so (6)."""
    stored = image.transpose(Image.Transpose.ROTATE_90)
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise to display
    return stored, exif.tobytes()
