"""Overreaching read from whole letters: what the reader must find in the wording for the competence rules to
decide right (the contested decision's issuer, the accused official, an earlier answer, the matter)."""

from __future__ import annotations

from service.flags import assess_overreaching
from service.understanding import parse_letter
from service.understanding.levels import body_level


def judge(text: str, label: str):  # type: ignore[no-untyped-def]
    return assess_overreaching(parse_letter(text), label)


def test_an_earlier_complaint_answered_by_upholding_the_decision_is_a_prior_resolution():
    text = (
        "ĐƠN KHIẾU NẠI\n\nKính gửi: Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa\n\n"
        "Tôi là Lê Thị Gấm, sinh năm 1968, ở thôn Đông Hòa, xã Quảng Lưu, huyện Quảng Xương.\n"
        "Năm 2023 huyện ra quyết định thu hồi 200 m2 đất vườn của gia đình tôi mà giá bồi thường quá thấp. "
        "Tôi đã làm đơn khiếu nại gửi huyện, đến tháng 2 năm 2024 ông Chủ tịch huyện có quyết định vẫn giữ "
        "nguyên mức bồi thường cũ.\nTôi không đồng ý nên làm đơn này gửi tỉnh, đề nghị xem xét lại.\n\n"
        "Quảng Lưu, ngày 10 tháng 4 năm 2024\nNgười làm đơn\nLê Thị Gấm\n"
    )
    result = judge(text, "complaint")
    assert not result.flag
    assert result.next_level == "province"
    assert "giữ" in " ".join(span.text for span in result.evidence)


def test_the_addressee_named_again_in_the_body_is_not_whose_decision_is_contested():
    text = (
        "ĐƠN TRÌNH BÀY\n\nKính gửi: Ông Chủ tịch UBND tỉnh Bình Định\n\n"
        "Tui tên Đặng Văn Lộc, ở thôn Hội Sơn, xã Cát Hanh, huyện Phù Cát.\n"
        "Tui làm đơn này trình bày với ông Chủ tịch tỉnh là theo quyết định số 2210/QĐ-UBND của huyện thì "
        "nhà tui chỉ được bồi thường 90 triệu cho 400 m2 đất ruộng bị lấy làm đường, như vậy là không đúng "
        "giá, xin ông xem xét lại cho nhà tui.\n\nCát Hanh, ngày 3 tháng 6 năm 2024\nĐặng Văn Lộc\n"
    )
    result = judge(text, "complaint")
    assert result.flag
    assert (result.addressee_level, result.competent_level) == ("province", "district")
    assert "huyện Phù Cát" in (result.competent_body or "")


def test_a_commune_chairman_named_without_accusing_words_is_the_denounced_head():
    text = (
        "Kính gửi: Thanh tra tỉnh Yên Bái\n\n"
        "Tôi tên là Hà Thị Nhung, ở thôn Khe Dứa, xã Yên Hợp, huyện Văn Yên.\n"
        "Năm 2023 thôn làm kè suối, mỗi hộ góp 2 triệu đồng. Ông Triệu Văn Sơn chủ tịch xã giao cho "
        "cửa hàng vật liệu của em vợ ông cung cấp đá, cát với giá cao hơn ngoài chợ gần gấp đôi. "
        "Kè làm xong một mùa mưa đã sụt hai đoạn. Chi tiêu không công khai cho dân biết.\n"
        "Tôi đề nghị Thanh tra tỉnh về kiểm tra làm rõ.\n\nYên Hợp, ngày 2 tháng 3 năm 2024\nHà Thị Nhung\n"
    )
    result = judge(text, "denunciation")
    assert result.rule == "denunciation_committee_head"
    assert result.competent_level == "district"
    assert result.flag  # the province's inspectorate, above the district that manages the chairman


def test_the_accused_listed_under_their_heading_are_found():
    text = (
        "ĐƠN TỐ CÁO\n\nKính gửi: Giám đốc Công an tỉnh Quảng Trị\n\n"
        "Người tố cáo: ông Hoàng Văn Bảy, sinh năm 1975, trú tại khu phố 3, phường Đông Lương, "
        "thành phố Đông Hà, tỉnh Quảng Trị.\n\n"
        "Người bị tố cáo:\n1. Trung tá Phan Văn Tài, Trưởng Công an phường Đông Lương;\n"
        "2. Thượng úy Võ Văn Hòa, cán bộ Công an phường Đông Lương.\n\n"
        "Nội dung: tối 12/3/2024 hai người trên giữ xe máy của con tôi mà không lập biên bản, "
        "sau đó đòi 5 triệu đồng mới trả xe.\n\nĐông Hà, ngày 20 tháng 3 năm 2024\nHoàng Văn Bảy\n"
    )
    result = judge(text, "denunciation")
    assert result.rule == "denunciation_police_chief"
    assert result.competent_level == "district"
    assert result.flag


def test_a_fine_of_an_area_tax_branch_belongs_to_that_branch_not_to_the_writing_company():
    text = (
        "CÔNG TY TNHH XÂY DỰNG HOÀNG LONG\nSố: 08/2024/CV-HL\n\n"
        "Kính gửi: Cục trưởng Cục Thuế tỉnh Bến Tre\n\n"
        "Công ty TNHH Xây dựng Hoàng Long, trụ sở tại xã Phú Hưng, thành phố Bến Tre.\n"
        "Ngày 15/5/2024, Chi cục Thuế khu vực Mỏ Cày ban hành Quyết định số 771/QĐ-XPHC xử phạt Công ty "
        "62.000.000 đồng vì chậm nộp hồ sơ khai thuế. Công ty không đồng ý vì hồ sơ đã nộp đúng hạn qua "
        "mạng, đề nghị hủy quyết định xử phạt.\n\nBến Tre, ngày 30 tháng 5 năm 2024\nGiám đốc\n"
    )
    result = judge(text, "complaint")
    assert result.competent_level == "district"
    assert "Chi cục Thuế" in (result.competent_body or "")
    assert result.flag


def test_a_recommendation_about_a_provincial_hospital_sent_to_the_ministry_belongs_to_the_province():
    text = (
        "ĐƠN PHẢN ÁNH\n\nKính gửi: Bộ Y tế\n\n"
        "Tôi là Trịnh Văn Hải, ở xã Nga Thạch, huyện Nga Sơn, tỉnh Thanh Hóa. Mẹ tôi điều trị ở Bệnh viện "
        "đa khoa tỉnh Thanh Hóa tháng 9/2024, khoa đông quá phải nằm ghép ba người một giường, nhà vệ sinh "
        "hỏng, người nhà phải ngủ ngoài hành lang. Tôi mong Bộ Y tế quan tâm nhắc nhở bệnh viện cải thiện.\n"
        "\nNga Sơn, ngày 1 tháng 10 năm 2024\nTrịnh Văn Hải\n"
    )
    result = judge(text, "recommendation")
    assert result.competent_level == "province"
    assert result.flag


def test_power_supply_is_the_provincial_power_company_s_matter():
    text = (
        "Kính gửi Bộ Công Thương\n\nTôi là Lò Văn Thương, ở bản Nà Cà, xã Chiềng Sơ, huyện Điện Biên Đông, "
        "tỉnh Điện Biên. Bản tôi 35 hộ chưa có điện lưới, điện lực đã khảo sát từ năm 2022 mà chưa kéo điện "
        "về. Xin Bộ quan tâm để bản sớm có điện.\n\nĐiện Biên Đông, ngày 8 tháng 11 năm 2023\nLò Văn Thương\n"
    )
    result = judge(text, "recommendation")
    assert result.competent_level == "province"
    assert result.flag


def test_levels_of_provincial_departments_of_central_agencies_and_their_area_branches():
    assert body_level("Cục trưởng Cục Thi hành án dân sự tỉnh Cà Mau").level == "province"
    assert body_level("Chi cục Thi hành án dân sự huyện Năm Căn").level == "district"
    assert body_level("Chi cục Thuế khu vực Mỏ Cày").level == "district"
    assert body_level("Cục Quản lý thị trường").level == "central"


def test_a_land_file_is_not_a_department():
    parsed = parse_letter(
        "Kính gửi: UBND tỉnh Nam Định\n\nNăm 2023 tôi nộp hồ sơ xin cấp giấy chứng nhận thì huyện có văn bản "
        "số 512/UBND-TNMT ngày 4/5/2023 trả lời không cấp.\n"
    )
    document = parsed.structure.cited_documents[0]
    assert document.issuer is not None and document.issuer.lower().startswith("huyện")
    assert document.issuer_level == "district"


def test_a_portal_submission_names_its_recipient_in_a_form_field():
    parsed = parse_letter(
        "Thời gian gửi: 04/11/2024 08:15\nĐơn vị tiếp nhận: UBND phường Tân Lợi\nLĩnh vực: Môi trường\n"
        "Nội dung: quán nướng đầu hẻm 42 đốt than tới khuya, khói bay vào nhà dân, đề nghị phường kiểm tra.\n"
    )
    primary = parsed.structure.primary_addressee
    assert primary is not None and (primary.name, primary.level) == ("UBND phường Tân Lợi", "commune")


def test_the_petitioner_s_own_address_is_not_the_body_a_denunciation_is_about():
    text = (
        "ĐƠN TỐ CÁO\n\nKính gửi: Giám đốc Sở Tư pháp tỉnh Nghệ An\n\n"
        "Người tố cáo: ông Cao Văn Thịnh, sinh năm 1979, trú tại khối 5, phường Quán Bàu, thành phố Vinh.\n\n"
        "Tôi tố cáo công chứng viên của một văn phòng công chứng đã chứng nhận hợp đồng mua bán nhà khi "
        "không có mặt đủ các đồng sở hữu, làm gia đình tôi mất căn nhà.\n\nVinh, ngày 5 tháng 4 năm 2023\n"
    )
    result = judge(text, "denunciation")
    assert not result.flag  # nothing in the matter itself points below the department the letter went to


def test_a_cooperative_s_director_writing_is_not_the_accused():
    text = (
        "HỢP TÁC XÃ DỊCH VỤ NÔNG NGHIỆP TÂN AN\n\nKính gửi: Chủ tịch UBND tỉnh Đồng Tháp\n\n"
        "Tôi là Trần Văn Mến, Giám đốc Hợp tác xã Dịch vụ Nông nghiệp Tân An. Tôi tố cáo một số cán bộ của "
        "Ban quản lý dự án tỉnh nhận tiền của nhà thầu khi nghiệm thu kênh thủy lợi.\n\n"
        "Tân An, ngày 9 tháng 9 năm 2024\n"
    )
    result = judge(text, "denunciation")
    assert result.competent_level != "commune"
    assert not result.flag


def test_the_head_of_a_commune_health_station_answered_to_the_district_health_centre_before_the_reform():
    text = (
        "ĐƠN TỐ CÁO\n\nKính gửi: Giám đốc Trung tâm Y tế huyện Mường Lát, tỉnh Thanh Hóa\n\n"
        "Tôi là Hà Văn Chung, ở bản Pù Quăn, xã Pù Nhi. Tôi tố cáo ông Lương Văn Sáng, trưởng Trạm Y tế xã "
        "Pù Nhi, đã thu tiền tiêm chủng của các cháu trong bản dù tiêm chủng là miễn phí.\n\n"
        "Pù Nhi, ngày 12 tháng 5 năm 2023\n"
    )
    result = judge(text, "denunciation")
    assert result.competent_level == "district"
    assert not result.flag
