"""normalize and fold: Unicode, tone placement, OCR repairs, hyphenation and line joining."""

from __future__ import annotations

import unicodedata

import pytest

from service.understanding import fold, normalize
from service.understanding.syllables import is_syllable, place_tone
from tests.understanding.letters import ALL_LETTERS, OCR_NOISY_COMPLAINT


def test_decomposed_unicode_is_composed() -> None:
    decomposed = unicodedata.normalize("NFD", "Nguyễn Văn Hùng khiếu nại")
    assert decomposed != "Nguyễn Văn Hùng khiếu nại"
    assert normalize(decomposed) == "Nguyễn Văn Hùng khiếu nại"


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("hoà", "hòa"),
        ("thuý", "thúy"),
        ("khoẻ", "khỏe"),
        ("uỷ ban", "ủy ban"),
        ("Thuỵ", "Thụy"),
        ("HOÀ", "HÒA"),
        ("CỘNG HOÀ", "CỘNG HÒA"),
        ("Uỷ ban nhân dân", "Ủy ban nhân dân"),
        ("qùy", "quỳ"),
        ("qủa", "quả"),
        ("gìa", "già"),
        ("GÌA", "GIÀ"),
        ("nguỵ", "ngụy"),
        ("hoàng", "hoàng"),  # a coda keeps the tone on the last vowel
        ("hòa", "hòa"),  # already in the convention
        ("người", "người"),
        ("gìn", "gìn"),  # "gi" + n: the i is the vowel here
        ("khuỷu", "khuỷu"),
    ],
)
def test_one_tone_convention(written: str, expected: str) -> None:
    assert normalize(written) == expected


def test_tone_placement_leaves_non_vietnamese_words_alone() -> None:
    for word in ("UBND", "Kernel", "HĐND", "TNHH", "email"):
        assert place_tone(word) == word


def test_a_word_with_two_tones_is_not_guessed() -> None:
    word = unicodedata.normalize("NFC", "ha\u0300\u0301")
    assert place_tone(word) == word


@pytest.mark.parametrize(
    ("read", "expected"),
    [
        ("Tôi tên |à Lan", "Tôi tên là Lan"),
        ("pháp |uật", "pháp luật"),
        ("KH|ẾU NẠI", "KHIẾU NẠI"),
        ("năm 2O24", "năm 2024"),
        ("số 1O/QĐ-UBND", "số 10/QĐ-UBND"),
        ("điện thoại O9O3123456", "điện thoại 0903123456"),
        ("c0n đường", "con đường"),
        ("H0ÀNG", "HOÀNG"),
        ("rnột lần", "một lần"),
        ("nărn 2024", "năm 2024"),
        ("Quyết ðịnh", "Quyết định"),
        ("Ðơn", "Đơn"),
        ("ǎn ở", "ăn ở"),
        ("Vie\u0302\u0323t Nam", "Việt Nam"),
    ],
)
def test_safe_ocr_repairs(read: str, expected: str) -> None:
    assert normalize(read) == expected


@pytest.mark.parametrize(
    "kept",
    ["Kernel Linux", "Burns", "A4", "Q.10", "P.5", "| STT | Họ và tên |", "tờ bản đồ số 1a", "1.250 m2"],
)
def test_repairs_keep_what_has_no_safe_reading(kept: str) -> None:
    assert normalize(kept) == kept


def test_spacing_accent_after_a_vowel_becomes_the_tone() -> None:
    assert normalize("ca\u00b4c") == "các"


def test_zero_width_and_soft_hyphen_are_removed() -> None:
    assert normalize("khiếu\u200b nại\u00ad") == "khiếu nại"


def test_hyphenation_at_line_end() -> None:
    assert normalize("Quyết định số 12/QĐ-\nUBND ngày 3/5/2024") == "Quyết định số 12/QĐ-UBND ngày 3/5/2024"
    assert normalize("giải quyết tranh-\nchấp đất đai") == "giải quyết tranh chấp đất đai"
    assert normalize("những ng-\nười dân") == "những người dân"


def test_wrapped_paragraph_lines_are_joined() -> None:
    raw = (
        "Ngày 15/01/2024, Ủy ban nhân dân huyện Phú Tân ban hành Quyết định số 125/QĐ-UBND về việc thu hồi\n"
        "1.250 m2 đất nông nghiệp của gia đình tôi tại thửa đất số 45, tờ bản đồ số 12 để thực hiện dự án\n"
        "nâng cấp đường tỉnh 954.\n"
        "Gia đình tôi không đồng ý."
    )
    text = normalize(raw)
    assert text.split("\n") == [
        "Ngày 15/01/2024, Ủy ban nhân dân huyện Phú Tân ban hành Quyết định số 125/QĐ-UBND về việc thu hồi "
        "1.250 m2 đất nông nghiệp của gia đình tôi tại thửa đất số 45, tờ bản đồ số 12 để thực hiện dự án "
        "nâng cấp đường tỉnh 954.",
        "Gia đình tôi không đồng ý.",
    ]


def test_structural_lines_are_kept() -> None:
    raw = ALL_LETTERS["formal_complaint"]
    lines = normalize(raw).split("\n")
    for kept in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Phú Tân, ngày 12 tháng 3 năm 2024",
        "ĐƠN KHIẾU NẠI",
        "Kính gửi: Chủ tịch Ủy ban nhân dân huyện Phú Tân, tỉnh An Giang",
        "Tôi tên là: Nguyễn Văn Hùng, sinh năm 1968",
        "Điện thoại: 0918 234 567",
        "Tôi kính đề nghị:",
        "2. Hỗ trợ chuyển đổi nghề nghiệp cho gia đình tôi theo quy định;",
        "Người khiếu nại",
        "(Ký và ghi rõ họ tên)",
        "Nguyễn Văn Hùng",
    ):
        assert kept in lines


def test_a_bullet_list_of_recipients_keeps_its_lines() -> None:
    text = normalize("Kính gửi:\n- UBND xã Tân Phú,\n- UBND huyện Phú Tân,\n- Thanh tra tỉnh An Giang.")
    assert text.count("\n") == 3


def test_lower_case_signature_line_is_not_joined_to_the_body() -> None:
    text = normalize("Số điện thoại của tôi 0975.111.222\nngười làm đơn\nTrần Thị Lan")
    assert text.split("\n") == ["Số điện thoại của tôi 0975.111.222", "người làm đơn", "Trần Thị Lan"]


def test_ocr_letter_reads_clean() -> None:
    text = normalize(OCR_NOISY_COMPLAINT)
    assert "Độc lập" in text
    assert "Tôi tên là: Nguyễn Văn Hùng, sinh năm 1960" in text
    assert "ấp Phú Hòa" in text
    assert "Quyết định số 126/QĐ-UBND ngày 15/01/2024" in text
    assert "vì mức bồi thường quá thấp, không thỏa đáng với giá trị" in text


@pytest.mark.parametrize("name", sorted(ALL_LETTERS))
def test_normalize_is_idempotent(name: str) -> None:
    once = normalize(ALL_LETTERS[name])
    assert normalize(once) == once


@pytest.mark.parametrize("name", sorted(ALL_LETTERS))
def test_fold_is_aligned_with_the_text(name: str) -> None:
    text = normalize(ALL_LETTERS[name])
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded.isascii() or all(not unicodedata.combining(ch) for ch in folded)
    assert folded == folded.lower()


def test_fold_meets_diacritic_free_typing() -> None:
    assert fold("Kính gửi: Ủy ban nhân dân xã Tân Phú, ĐƠN KHIẾU NẠI") == (
        "kinh gui: uy ban nhan dan xa tan phu, don khieu nai"
    )
    assert fold("Đặng Thị Thu, đường Nguyễn Huệ") == "dang thi thu, duong nguyen hue"


def test_syllable_model() -> None:
    assert is_syllable("nghiêng") and is_syllable("khuya") and is_syllable("quốc")
    assert not is_syllable("UBND") and not is_syllable("rnột") and not is_syllable("ghong")
