from __future__ import annotations

import io

from PIL import Image

from service.review import masking
from tests.review.letters import BINH, DENUNCIATION, analysis_for, page_image


def test_identity_values_take_every_petitioner_and_edited_fields():
    analysis = analysis_for(DENUNCIATION, label="denunciation", petitioner=BINH)
    analysis["petitioners"].append({"name": "Phạm Thị Lan", "address": None})
    values = masking.identity_values(analysis, {"petitioner_phone": "0987 654 321"})
    assert {"Trần Văn Bình", "079070001234", "Phạm Thị Lan", "0987 654 321"} <= set(values)
    assert values == sorted(values, key=len, reverse=True)


def test_masking_text_keeps_length_and_hides_every_occurrence_accent_insensitively():
    text = "Tôi là Trần Văn Bình. Ký tên: TRAN VAN BINH. CCCD 079070001234, ĐT 0912.345.678."
    masked = masking.mask_text(text, masking.identity_spans(text, ["Trần Văn Bình"]))
    assert len(masked) == len(text)
    assert "Bình" not in masked and "BINH" not in masked
    assert "079070001234" not in masked and "0912.345.678" not in masked
    assert masked.startswith("Tôi là ███")


def test_money_and_document_numbers_are_not_taken_for_ids():
    text = "Bồi thường 150.000.000 đồng theo Quyết định số 1234/QĐ-UBND năm 2024."
    assert masking.identity_spans(text, []) == []


def test_masked_analysis_replaces_person_and_reslices_evidence():
    analysis = analysis_for(
        DENUNCIATION,
        label="denunciation",
        petitioner=BINH,
        flags=[{"code": "x", "reason": "Người ký: Trần Văn Bình", "evidence": []}],
    )
    start = DENUNCIATION.index("Trần Văn Bình")
    analysis["flags"][0]["evidence"] = [{"start": start, "end": start + 13, "text": "Trần Văn Bình"}]
    values = masking.identity_values(analysis)
    masked = masking.masked_analysis(analysis, DENUNCIATION, values)
    assert masked["petitioner"]["name"] == masking.MASK
    assert masked["petitioner"]["id_number"] == masking.MASK
    assert masked["petitioners"][0]["phone"] == masking.MASK
    assert "Bình" not in masked["flags"][0]["reason"]
    assert masked["flags"][0]["evidence"][0]["text"] == "████ ███ ████"
    assert analysis["petitioner"]["name"] == "Trần Văn Bình", "the stored analysis is left alone"


def test_page_boxes_cover_identity_words_and_signature_and_hide_those_words():
    _, words = page_image(DENUNCIATION)
    values = masking.identity_values(analysis_for(DENUNCIATION, label="denunciation", petitioner=BINH))
    boxes = masking.page_mask_boxes(words, values, width=600, height=800, last_page=True)
    kept = masking.words_outside(words, boxes)
    kept_text = " ".join(str(w[0]) for w in kept)
    assert "Bình" not in kept_text and "079070001234" not in kept_text and "0912" not in kept_text
    assert "Hùng" in kept_text, "the denounced official is not hidden"
    assert any(box.right == 600 and box.bottom == 800 for box in boxes), "signature block"


def test_signature_block_found_from_its_opening_words():
    words = [["Người", 380, 600, 50, 14, 90], ["tố", 435, 600, 20, 14, 90], ["cáo", 460, 600, 25, 14, 90]]
    box = masking.signature_box(words, 600, 800)
    assert box.top <= 600 and box.left < 380 and box.bottom == 800


def test_mask_image_blacks_out_boxes():
    image, _ = page_image("x")
    out = masking.mask_image(image, [masking.Box(10, 10, 60, 60)])
    with Image.open(io.BytesIO(out)) as masked:
        assert masked.getpixel((30, 30))[0] < 20
        assert masked.getpixel((300, 700))[0] > 200
