"""Small letter pages rendered on the fly, so pipeline tests do not depend on sample files' names."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")

LETTER_LINES = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "",
    "ĐƠN KIẾN NGHỊ",
    "",
    "Kính gửi: Ủy ban nhân dân xã Tân Phước",
    "",
    "Tôi tên là Lê Thị Hồng Nhung, sinh năm 1979,",
    "trú tại ấp Bình Lợi, xã Tân Phước.",
    "Đoạn đường liên ấp dài khoảng 800 mét bị sụt lún",
    "và ngập nước mỗi khi mưa lớn, học sinh đi lại",
    "rất nguy hiểm. Tôi kiến nghị Ủy ban nhân dân xã",
    "quan tâm sửa chữa, nâng cấp tuyến đường này.",
    "",
    "Người viết đơn",
    "Lê Thị Hồng Nhung",
]


def render_page(lines: list[str] | None = None, *, dpi: int = 200, seed_text: str = "") -> Image.Image:
    width, height = int(8.27 * dpi), int(11.69 * dpi)
    page = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(FONT), size=int(dpi * 0.16))
    y = int(dpi * 0.8)
    for line in (lines or LETTER_LINES) + ([seed_text] if seed_text else []):
        draw.text((int(dpi * 0.9), y), line, fill=0, font=font)
        y += int(dpi * 0.28)
    return page


def png_bytes(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def tiff_bytes(images: list[Image.Image]) -> bytes:
    buffer = io.BytesIO()
    images[0].save(buffer, format="TIFF", save_all=True, append_images=images[1:], compression="tiff_deflate")
    return buffer.getvalue()
