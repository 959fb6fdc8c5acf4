from __future__ import annotations

from service.classification.cues import CUE_NAMES, cue_names_found, text_cues
from service.classification.features import (
    CUE_COLUMNS,
    ROW_WIDTH,
    drop_token_runs,
    feature_rows,
    fold,
    letter_features,
    title_line_indexes,
)
from service.understanding import parse_letter
from tests.classification.letters import LETTERS


def _title_lines(text: str, title: str | None = None) -> list[str]:
    lines = text.split("\n")
    return [lines[i] for i in sorted(title_line_indexes(lines, [fold(line) for line in lines], title))]


def test_title_and_its_subject_line_are_found_in_the_header() -> None:
    text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐƠN TỐ CÁO\n(V/v bồi thường đất)\nKính gửi: UBND xã A\nNội"
    assert _title_lines(text) == ["ĐƠN TỐ CÁO", "(V/v bồi thường đất)"]


def test_lower_case_title_without_diacritics_is_found() -> None:
    assert _title_lines("Don khieu nai\nKinh gui: UBND xa B\nToi ten la A.") == ["Don khieu nai"]


def test_body_sentences_starting_with_don_are_kept() -> None:
    text = "Kính gửi: UBND xã A\nĐơn này tôi đã gửi nhiều lần nhưng chưa được trả lời.\nVề việc đường xấu."
    assert _title_lines(text) == []


def test_title_named_by_the_understanding_step_is_dropped_even_without_the_pattern() -> None:
    text = "KHẨN CẤP: CỨU DÂN LÀNG TÔI\nKính gửi: UBND tỉnh\nNội dung thư."
    assert _title_lines(text, "KHẨN CẤP: CỨU DÂN LÀNG TÔI") == ["KHẨN CẤP: CỨU DÂN LÀNG TÔI"]


def test_token_runs_spelling_a_dropped_line_are_removed_once() -> None:
    tokens = ["ĐƠN", "TỐ_CÁO", "Kính_gửi", ":", "tôi", "tố_cáo", "ông", "A"]
    assert drop_token_runs(tokens, ["ĐƠN TỐ CÁO"]) == ["Kính_gửi", ":", "tôi", "tố_cáo", "ông", "A"]
    assert drop_token_runs(["Đơn", "tố", "cáo"], ["ĐƠN TỐ CÁO"]) == []
    assert drop_token_runs(tokens, ["không có"]) == tokens


def test_features_leave_the_misleading_title_out_of_every_text_view() -> None:
    letter = next(item for item in LETTERS if item.name == "complaint titled as denunciation")
    features = letter_features(parse_letter(letter.text))
    assert "tố_cáo" not in features.words.split() and "tố cáo" not in features.words
    assert "to cao" not in features.folded
    assert "boi thuong" in features.folded  # the body stays
    assert "0" in features.folded and "2024" not in features.folded  # digits are masked


def test_cues_carry_the_legal_distinctions() -> None:
    complaint = fold("Gia đình tôi không đồng ý với Quyết định số 512/QĐ-UBND, đề nghị hủy quyết định.")
    denunciation = fold("Ông Lợi, cán bộ địa chính xã, có hành vi nhận hối lộ, lợi dụng chức vụ để vụ lợi.")
    recommendation = fold("Tôi phản ánh tình trạng đường xuống cấp, đề nghị quan tâm sửa chữa.")
    service = fold("Tôi làm đơn xin cấp giấy xác nhận tình trạng hôn nhân.")
    assert {"own_interest", "cited_decision", "contested_decision"} <= set(cue_names_found(complaint))
    assert {"accused_conduct", "accused_person"} <= set(cue_names_found(denunciation))
    assert "contested_decision" not in cue_names_found(denunciation)
    assert {"situation", "consideration_request"} <= set(cue_names_found(recommendation))
    assert "service_request" in cue_names_found(service)
    assert "accused_conduct" not in cue_names_found(recommendation)
    values = text_cues(denunciation)
    assert all(0.0 <= value <= 1.0 for value in values)


def test_feature_rows_have_one_row_per_letter_in_the_declared_layout() -> None:
    parsed = [parse_letter(letter.text) for letter in LETTERS[:3]]
    rows = feature_rows(parsed)
    assert rows.shape == (3, ROW_WIDTH)
    assert 2 + len(CUE_NAMES) == ROW_WIDTH
    assert all(isinstance(value, float) for value in rows[0, CUE_COLUMNS])


def test_later_cues_tell_what_a_letter_does_besides_asking() -> None:
    withdrawal = fold("Nay công ty xin rút toàn bộ đơn khiếu nại ngày 3/4, không còn khiếu nại gì thêm.")
    forwarding = fold(
        "Ủy ban nhân dân phường nhận được đơn của bà Hoa. Vì nội dung không thuộc thẩm quyền, "
        "phường chuyển đơn đến Thanh tra thành phố để giải quyết theo thẩm quyền."
    )
    request = fold("Văn phòng luật sư đề nghị Quý cơ quan cung cấp bản sao hồ sơ địa chính thửa đất số 17.")
    assert "withdrawal" in cue_names_found(withdrawal)
    assert "forwarding" in cue_names_found(forwarding)
    assert "information_request" in cue_names_found(request)
    assert not {"withdrawal", "forwarding", "information_request"} & set(
        cue_names_found(fold("Tôi tố cáo ông Lâm, cán bộ địa chính xã, nhận tiền của dân để làm sổ."))
    )


def test_struck_off_a_list_is_a_contested_decision_and_ranks_name_the_accused() -> None:
    struck = fold("Tui làm đơn nầy vì xã gạch tên nhà tui ra khỏi danh sách hộ cận nghèo mà không họp thôn.")
    officer = fold("Tôi tố cáo thượng úy Lò Văn Sinh, cán bộ công an xã, đã tát vào mặt con trai tôi.")
    assert "contested_decision" in cue_names_found(struck)
    assert {"accused_person", "crime_report"} <= set(cue_names_found(officer))


def test_rows_append_later_cues_after_the_columns_older_models_know() -> None:
    assert CUE_NAMES[-4:] == ("withdrawal", "forwarding", "information_request", "letterhead_number")


def test_a_letterhead_number_before_the_addressee_marks_an_agency_or_firm() -> None:
    from service.classification.cues import later_cues

    agency = fold("UBND XÃ AN BÌNH\nSố: 215/UBND-VP\nV/v chuyển đơn\n\nKính gửi: Thanh tra huyện\nNội dung")
    citizen = fold("ĐƠN KHIẾU NẠI\n\nKính gửi: UBND xã An Bình\nTôi khiếu nại Quyết định số 12/QĐ-UBND.")
    assert later_cues("", agency)[-1] == 1.0
    assert later_cues("", citizen)[-1] == 0.0
