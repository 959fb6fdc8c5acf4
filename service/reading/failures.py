"""Every way a document can fail to be read, with a reason a clerk can act on, in Vietnamese and English."""

from __future__ import annotations

from service.reading.types import ReadError


def _vi_number(value: int) -> str:
    """Vietnamese groups thousands with dots: 60.000.000."""
    return f"{value:,}".replace(",", ".")


def empty() -> ReadError:
    return ReadError(
        "empty", "Tệp tải lên không có nội dung (0 byte).", "The uploaded file is empty (0 bytes)."
    )


def unsupported_type() -> ReadError:
    return ReadError(
        "unsupported_type",
        "Không nhận dạng được loại tệp. Chỉ đọc được PDF, JPEG, PNG và TIFF "
        "(xét theo nội dung tệp, không theo tên đuôi).",
        "The file type is not recognised. Only PDF, JPEG, PNG and TIFF can be read "
        "(judged by the content, not the file name).",
    )


def corrupt_pdf(detail: str = "") -> ReadError:
    suffix = f" ({detail})" if detail else ""
    return ReadError(
        "corrupt_pdf",
        "Tệp PDF bị hỏng hoặc không đầy đủ (có thể tải lên bị gián đoạn). "
        "Vui lòng quét hoặc tải lại bản gốc." + suffix,
        "The PDF is damaged or incomplete (perhaps a broken upload). "
        "Please scan or upload the original again." + suffix,
    )


def encrypted_pdf() -> ReadError:
    return ReadError(
        "encrypted_pdf",
        "Tệp PDF được đặt mật khẩu nên không mở được. Đề nghị người gửi cung cấp bản không có mật khẩu.",
        "The PDF is password-protected and cannot be opened. Ask the sender for a copy without a password.",
    )


def too_many_pages(pages: int, limit: int) -> ReadError:
    return ReadError(
        "too_many_pages",
        f"Tài liệu có {pages} trang, vượt quá giới hạn {limit} trang. Hãy tách thành các tệp nhỏ hơn.",
        f"The document has {pages} pages, more than the limit of {limit}. Split it into smaller files.",
    )


def image_too_large(pixels: int, limit: int, page: int | None = None) -> ReadError:
    """`pixels` is 0 when Pillow refused the header before the size could be read."""
    where_vi = f" (trang {page})" if page else ""
    where_en = f" (page {page})" if page else ""
    size_vi = f" có {_vi_number(pixels)} điểm ảnh," if pixels else ""
    size_en = f" has {pixels:,} pixels," if pixels else " is"
    return ReadError(
        "image_too_large",
        f"Ảnh{where_vi}{size_vi} vượt quá giới hạn {_vi_number(limit)} điểm ảnh. "
        "Hãy quét lại với độ phân giải thấp hơn (200-300 dpi).",
        f"The image{where_en}{size_en} over the limit of {limit:,} pixels. "
        "Scan it again at a lower resolution (200-300 dpi).",
    )


def corrupt_image(detail: str = "") -> ReadError:
    suffix = f" ({detail})" if detail else ""
    return ReadError(
        "corrupt_image",
        "Tệp ảnh bị hỏng hoặc không đầy đủ nên không giải mã được. Vui lòng chụp hoặc quét lại." + suffix,
        "The image file is damaged or incomplete and cannot be decoded. Please photograph or scan it again."
        + suffix,
    )


def no_text() -> ReadError:
    return ReadError(
        "no_text",
        "Không tìm thấy chữ đọc được trong tài liệu (ảnh trống, quá mờ hoặc không phải văn bản). "
        "Vui lòng kiểm tra lại bản quét.",
        "No readable text was found in the document (blank, too blurred, or not a document). "
        "Please check the scan.",
    )


def ocr_timeout(page: int, seconds: int) -> ReadError:
    return ReadError(
        "ocr_timeout",
        f"Trang {page} không đọc xong trong {seconds} giây. Có thể thử lại khi hệ thống bớt tải.",
        f"Page {page} could not be read within {seconds} seconds. Retry when the system is less busy.",
    )


def ocr_failed(page: int, detail: str) -> ReadError:
    return ReadError(
        "ocr_failed",
        f"Không nhận dạng được chữ ở trang {page}: {detail}",
        f"Text recognition failed on page {page}: {detail}",
    )
