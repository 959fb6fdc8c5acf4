"""Letters that are not petitions: service requests, thanks, private disputes asking only for mediation, an
agency's own official letter, a withdrawal. Their competent level is the body that provides the service or
receives the letter, so they are never overreaching.
"""

from __future__ import annotations

from collections.abc import Sequence

from training.generator import bodies as b
from training.generator.bodies import Body
from training.generator.grammar import SlotValue, phrase
from training.generator.matter import Matter, Setting
from training.generator.scenarios.base import honorific, official
from training.generator.scenarios.support import build_matter, merged_slots
from training.generator.writing import days_before, fmt_area, fmt_date, fmt_money, round_to


def _other(
    setting: Setting,
    *,
    field: str,
    scenario: str,
    body: Body,
    slots: dict[str, SlotValue],
    subject: Sequence[str],
    claims: Sequence[str],
    facts: Sequence[str],
    requests: Sequence[str],
    titles: Sequence[str],
    extras: Sequence[str] = (),
    attachments: Sequence[str] = (),
    agency: str | None = None,
) -> Matter:
    rng = setting.rng
    return build_matter(
        setting,
        rng,
        label="other",
        field=field,
        scenario=scenario,
        competent=body,
        superior=body,
        slots=merged_slots(setting, {"body": body.short}, slots),
        subject=subject,
        facts=facts,
        claims=claims,
        requests=requests,
        extras=extras,
        attachments=attachments,
        allow_prior=False,
        titles=titles,
        agency=agency,
    )


_NOT_A_PETITION = [
    "{Đây|Đơn này} {không phải|không phải là} {đơn khiếu nại|đơn tố cáo|đơn kiện}, <I> chỉ {xin|đề nghị} "
    "{được|} {giải quyết thủ tục|hỗ trợ} {theo quy định|như trên}.",
    "<I> {không|chẳng} {có ý|muốn} {khiếu nại|phàn nàn} {gì|điều gì}, chỉ {mong|xin} {được|} {tạo điều "
    "kiện|giúp đỡ} {sớm|kịp thời}.",
]


def reissue_certificate(setting: Setting) -> Matter:
    rng = setting.rng
    place = setting.place
    if setting.two_tier:
        body = b.Body(
            f"Văn phòng Đăng ký đất đai {place.province}",
            f"Văn phòng Đăng ký đất đai {place.province}",
            "province",
        )
    else:
        body = b.Body(
            f"Chi nhánh Văn phòng Đăng ký đất đai {place.district}",
            f"Chi nhánh VPĐKĐĐ {place.district}",
            "district",
        )
    lost = days_before(setting.letter_date, rng, 10, 200)
    return _other(
        setting,
        field="land",
        scenario="reissue_certificate",
        body=body,
        slots={
            "plot": str(rng.randint(12, 980)),
            "sheet": str(rng.randint(1, 64)),
            "area": fmt_area(rng.uniform(80, 2000), rng),
            "cert_no": f"{rng.choice(('CH', 'BĐ', 'BX', 'CS'))} {rng.randint(10000, 999999):06d}",
            "lost": fmt_date(lost, rng),
            "cause": [
                "bị thất lạc khi chuyển nhà",
                "bị cháy trong vụ hỏa hoạn",
                "bị nước cuốn trôi trong đợt lũ",
                "bị mối mọt hư hỏng",
            ],
        },
        subject=["xin cấp lại Giấy chứng nhận quyền sử dụng đất", "đề nghị cấp đổi Giấy chứng nhận"],
        titles=[
            "ĐƠN ĐỀ NGHỊ CẤP LẠI GIẤY CHỨNG NHẬN",
            "ĐƠN XIN CẤP LẠI GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT",
            "ĐƠN ĐỀ NGHỊ CẤP ĐỔI GIẤY CHỨNG NHẬN",
        ],
        claims=[
            "<I> {làm đơn này|viết đơn} {xin|đề nghị} {cấp lại|cấp đổi} Giấy chứng nhận quyền sử dụng đất "
            "{số|} <cert_no>.",
            "<I> {kính|} {đề nghị|xin} <addr> {cấp lại|làm lại} {giấy chứng nhận|sổ đỏ} {cho|của} <fam> "
            "{do|vì} {giấy|sổ} <cause>.",
        ],
        facts=[
            "<fam> {được cấp|đứng tên} Giấy chứng nhận quyền sử dụng đất {số|} <cert_no> {đối với|cho} thửa "
            "đất số <plot>, tờ bản đồ số <sheet>, {diện tích|} <area> tại <where>.",
            "{Ngày|Khoảng ngày} <lost>, {giấy chứng nhận|sổ} <cause>[, <I> {đã|} {tìm kiếm|tìm} {nhiều "
            "nơi|khắp nơi} {nhưng|mà} không thấy].",
            "?<I> {đã|} {báo mất|trình báo} {với|tại} {Công an <commune>|UBND <commune>} và {niêm yết|đăng "
            "tin} {thông báo mất giấy|thông báo} {theo quy định|đủ thời gian}.",
        ],
        requests=[
            "{Kính đề nghị|Đề nghị} <addr> {xem xét|làm thủ tục} {cấp lại|cấp} giấy chứng nhận {cho|để} "
            "<fam> {yên tâm|thuận tiện} {sử dụng|giao dịch}.",
        ],
        extras=_NOT_A_PETITION,
        attachments=["Giấy xác nhận báo mất", "Bản sao căn cước công dân", "Trích lục thửa đất"],
    )


def confirm_hardship(setting: Setting) -> Matter:
    rng = setting.rng
    return _other(
        setting,
        field="social_policy",
        scenario="confirm_hardship",
        body=b.commune_committee(setting.place, rng),
        slots={
            "purpose": [
                "vay vốn ngân hàng chính sách",
                "xin học bổng cho con",
                "xin miễn giảm học phí cho con",
                "xin hỗ trợ tiền viện phí",
            ],
            "hardship": [
                "chồng mất sớm, một mình nuôi ba con",
                "bản thân bị bệnh tim, không làm được việc nặng",
                "nhà có người khuyết tật",
                "mất mùa liên tiếp hai vụ",
            ],
        },
        subject=["xin xác nhận hoàn cảnh gia đình khó khăn"],
        titles=["ĐƠN XIN XÁC NHẬN HOÀN CẢNH KHÓ KHĂN", "ĐƠN XIN XÁC NHẬN", "ĐƠN ĐỀ NGHỊ XÁC NHẬN"],
        claims=[
            "<I> {làm đơn này|viết đơn} {kính|} {xin|đề nghị} <addr> xác nhận {hoàn cảnh|gia cảnh} {gia "
            "đình|} {khó khăn|đặc biệt khó khăn} {để|nhằm} <purpose>.",
            "<I> xin {được|} xác nhận {gia đình|hộ} <I> {có|thuộc} hoàn cảnh khó khăn {để|giúp} <I> {làm hồ "
            "sơ|bổ sung hồ sơ} <purpose>.",
        ],
        facts=[
            "{Gia đình|Hộ} <I> {hiện|đang} {sinh sống|cư trú} tại <where>[, {gồm|có} {bốn|năm|ba} nhân "
            "khẩu].",
            "{Hoàn cảnh|Hiện nay} {gia đình|} {rất|hết sức} khó khăn: <hardship>.",
        ],
        requests=[
            "{Kính mong|Kính đề nghị} <addr> {xem xét|} xác nhận {để|cho} <I> {hoàn thiện hồ sơ|kịp nộp hồ "
            "sơ} <purpose>.",
        ],
        extras=_NOT_A_PETITION,
    )


def confirm_land_use(setting: Setting) -> Matter:
    rng = setting.rng
    return _other(
        setting,
        field="land",
        scenario="confirm_land_use",
        body=b.commune_committee(setting.place, rng),
        slots={
            "plot": str(rng.randint(12, 980)),
            "sheet": str(rng.randint(1, 64)),
            "area": fmt_area(rng.uniform(80, 2000), rng),
            "since_year": str(rng.randint(1980, 2010)),
            "what": [
                "thời gian sử dụng đất ổn định",
                "nguồn gốc đất",
                "đất không có tranh chấp",
                "nơi cư trú",
            ],
        },
        subject=["xin xác nhận <what>"],
        titles=[
            "ĐƠN XIN XÁC NHẬN",
            "ĐƠN ĐỀ NGHỊ XÁC NHẬN NGUỒN GỐC ĐẤT",
            "ĐƠN XIN XÁC NHẬN ĐẤT KHÔNG TRANH CHẤP",
        ],
        claims=[
            "<I> {làm đơn này|viết đơn} {đề nghị|xin} <addr> xác nhận <what> {đối với|cho} thửa đất số "
            "<plot>, tờ bản đồ số <sheet>.",
        ],
        facts=[
            "<fam> {sử dụng|canh tác|ở} {ổn định|liên tục} {trên|tại} thửa đất số <plot>, tờ bản đồ số "
            "<sheet>, {diện tích|} <area> tại <where> từ năm <since_year>.",
            "?{Thửa đất|Đất} {không có|chưa từng có} tranh chấp {với ai|với các hộ liền kề}[, {ranh giới|mốc "
            "giới} {rõ ràng|ổn định}].",
            "{Nay|Hiện nay} <I> {cần|có nhu cầu} {làm hồ sơ|hoàn thiện hồ sơ} {cấp giấy chứng nhận|vay "
            "vốn|chuyển nhượng} {nên|vì vậy} {cần|phải có} xác nhận của {địa phương|Ủy ban}.",
        ],
        requests=["{Kính đề nghị|Kính mong} <addr> {xem xét|} xác nhận {cho|giúp} <fam>."],
        extras=_NOT_A_PETITION,
    )


def civil_extract(setting: Setting) -> Matter:
    rng = setting.rng
    return _other(
        setting,
        field="justice",
        scenario="civil_extract",
        body=b.commune_committee(setting.place, rng),
        slots={
            "paper": [
                "trích lục khai sinh",
                "bản sao trích lục kết hôn",
                "trích lục khai tử",
                "giấy xác nhận tình trạng hôn nhân",
            ],
            "person": ["của tôi", "của con tôi", "của mẹ tôi", "của bố tôi"],
            "reg_year": str(rng.randint(1965, 2015)),
            "use": [
                "bổ sung hồ sơ đi làm",
                "làm thủ tục thừa kế",
                "làm hồ sơ cho con nhập học",
                "làm hộ chiếu",
            ],
        },
        subject=["xin cấp <paper>"],
        titles=["ĐƠN XIN CẤP TRÍCH LỤC", "TỜ KHAI ĐỀ NGHỊ CẤP BẢN SAO TRÍCH LỤC HỘ TỊCH", "ĐƠN ĐỀ NGHỊ"],
        claims=[
            "<I> {làm đơn này|viết đơn} {xin|đề nghị} {được|} cấp <paper> <person> {để|nhằm} <use>.",
            "<I> {kính|} {đề nghị|xin} <addr> cấp {lại|} <paper> <person>.",
        ],
        facts=[
            "{Giấy tờ|Bản gốc} <person> {đã|} {được đăng ký|đăng ký} {tại|ở} <commune> {từ|vào} năm "
            "<reg_year>[, {nay|hiện nay} {bản chính|bản gốc} {bị|đã} {mất|thất lạc|rách nát}].",
            "{Nay|Hiện} <I> cần <paper> {để|} <use>.",
        ],
        requests=[
            "{Kính đề nghị|Đề nghị} <addr> {tra cứu|kiểm tra} {sổ hộ tịch|sổ đăng ký} và cấp <paper> "
            "{cho|giúp} <I>."
        ],
        extras=_NOT_A_PETITION,
    )


def thanks(setting: Setting) -> Matter:
    rng = setting.rng
    place = setting.place
    variant = rng.randrange(4)
    if variant == 0:
        body = b.Body(
            f"Bệnh viện Đa khoa {place.province}", f"Bệnh viện Đa khoa {place.province}", "province"
        )
        field, reason = (
            "health",
            "{tận tình cứu chữa|chăm sóc chu đáo} cho {mẹ tôi|bố tôi|<spouse>|con tôi} {qua cơn nguy "
            "kịch|trong thời gian nằm viện}",
        )
    elif variant == 1:
        body = b.commune_committee(place, rng)
        field, reason = (
            "compensation",
            "{hỗ trợ|giúp đỡ} {gia đình|<fam>} {trong việc|khi} {di dời|tái định cư|nhận tiền bồi thường}",
        )
    elif variant == 2:
        body = b.commune_police(place)
        field, reason = (
            "justice",
            "{tìm lại|trả lại} {chiếc xe máy|tài sản} {bị mất trộm|bị thất lạc} cho <fam>",
        )
    else:
        body = b.commune_committee(place, rng)
        field, reason = "other", "{giải quyết nhanh|hướng dẫn tận tình} {hồ sơ|thủ tục} của <fam>"
    spouse = "chồng tôi" if setting.writer_female else "vợ tôi"
    reason = phrase(reason, rng, {"fam": "gia đình tôi", "spouse": spouse})
    name, female = official(setting, rng)
    return _other(
        setting,
        field=field,
        scenario="thanks",
        body=body,
        slots={"reason": reason, "helper": f"{honorific(female)} {name}"},
        subject=["thư cảm ơn"],
        titles=["THƯ CẢM ƠN", "THƯ CÁM ƠN", "LỜI CẢM ƠN", "THƯ BÀY TỎ LÒNG BIẾT ƠN"],
        claims=[
            "<I> {xin|} {gửi|bày tỏ} {lời cảm ơn|lòng biết ơn} {chân thành|sâu sắc} {đến|tới} <addr> {đã|vì "
            "đã} <reason>.",
            "{Thay mặt gia đình|Thay mặt cả nhà}, <I> {viết thư này|gửi thư này} {để|} {cảm ơn|cám ơn} "
            "<body> {đã|vì đã} <reason>.",
        ],
        facts=[
            "{Thời gian qua|Vừa qua}, <fam> {gặp|gặp phải} {chuyện|hoàn cảnh} {khó khăn|không may}[, {tưởng "
            "như|tưởng đã} {không qua khỏi|không thể giải quyết}].",
            "{Đặc biệt|Nhất là}, <helper> {đã|} {nhiệt tình|tận tâm} {giúp đỡ|hỗ trợ} <fam> {ngay cả|cả} "
            "{ngoài giờ|ngày nghỉ}[, không {nhận|hề nhận} {quà|bất cứ thứ gì}].",
        ],
        requests=[
            "{Kính mong|Mong} <addr> {biểu dương|ghi nhận|khen ngợi} {tinh thần|việc làm} của <helper> "
            "{và|cùng} {tập thể|các anh chị}.",
            "{Kính chúc|Chúc} {các bác sĩ|các anh chị|toàn thể cán bộ} {mạnh khỏe|sức khỏe}, {công tác "
            "tốt|hoàn thành tốt nhiệm vụ}.",
        ],
    )


def _mediation(setting: Setting, *, field: str, scenario: str, dispute: str, facts: Sequence[str]) -> Matter:
    rng = setting.rng
    name, female = official(setting, rng)
    return _other(
        setting,
        field=field,
        scenario=scenario,
        body=b.commune_committee(setting.place, rng),
        slots={
            "other_party": f"{honorific(female)} {name}",
            "dispute": dispute,
            "area": fmt_area(rng.uniform(3, 60), rng),
            "money": fmt_money(round_to(rng.uniform(10, 400) * 1_000_000, 1_000_000), rng),
            "since_year": str(rng.randint(2012, 2023)),
        },
        subject=["đề nghị hòa giải <dispute>", "xin hòa giải tranh chấp"],
        titles=["ĐƠN ĐỀ NGHỊ HÒA GIẢI", "ĐƠN YÊU CẦU HÒA GIẢI", "ĐƠN XIN HÒA GIẢI", "ĐƠN TRÌNH BÀY"],
        claims=[
            "<I> {làm đơn này|viết đơn} {đề nghị|kính đề nghị} <addr> {tổ chức|mời hai bên} hòa giải "
            "<dispute> {giữa|của} <fam> {và|với} <other_party>.",
            "<I> {xin|kính mong} <addr> {đứng ra|giúp} hòa giải {việc|chuyện} <dispute> với <other_party>[ "
            "{để|cho} {tình làng nghĩa xóm|hai nhà} {được|} {êm đẹp|giữ được hòa khí}].",
        ],
        facts=facts,
        requests=[
            "{Kính đề nghị|Đề nghị} <addr> {mời|triệu tập} {hai bên|hai gia đình} {lên|đến} {làm việc|hòa "
            "giải} {để|nhằm} {thống nhất|giải quyết} {ổn thỏa|êm đẹp}.",
        ],
        extras=[
            "<I> {không|chẳng} {muốn|có ý} {kiện tụng|làm to chuyện|tố cáo ai}, chỉ mong {hai bên|hai nhà} "
            "{ngồi lại|gặp nhau} {nói chuyện|thỏa thuận} {có người làm chứng|trước chính quyền}.",
            "{Đây|Chuyện này} {là|chỉ là} {việc|chuyện} {giữa|của} {hai gia đình|hai nhà}, {không|chẳng} "
            "{liên quan|dính dáng} {đến|tới} {cán bộ|cơ quan nhà nước} nào.",
        ],
    )


def boundary_mediation(setting: Setting) -> Matter:
    return _mediation(
        setting,
        field="land",
        scenario="boundary_mediation",
        dispute="tranh chấp ranh giới đất",
        facts=[
            "<fam> và {gia đình|hộ} <other_party> {là hàng xóm|ở liền kề nhau|là hai hộ liền kề} {tại|ở} "
            "<where>.",
            "{Tháng trước|Gần đây}, <other_party> {xây|dựng} {tường rào|hàng rào} {lấn sang|lấn qua} "
            "{đất|phần đất} của <fam> {khoảng|chừng} <area>[, {hai bên|hai nhà} {đã|} {to tiếng|lời qua "
            "tiếng lại}].",
            "?{Hai bên|Hai nhà} {đã|} {nói chuyện|bàn} {với nhau|nhiều lần} {nhưng|mà} {chưa|không} {thống "
            "nhất|thỏa thuận} {được|xong}.",
        ],
    )


def inheritance_mediation(setting: Setting) -> Matter:
    return _mediation(
        setting,
        field="other",
        scenario="inheritance_mediation",
        dispute="tranh chấp chia di sản thừa kế",
        facts=[
            "{Cha mẹ|Bố mẹ} <I> {mất|qua đời} {năm|từ năm} <since_year>, {để lại|có để lại} {căn nhà|mảnh "
            "đất} {tại|ở} <where> {mà|nhưng} {không|không có} {di chúc|để lại di chúc}.",
            "{Anh em|Các anh chị em} {trong nhà|chúng tôi} {chưa|không} {thống nhất|thỏa thuận} được {cách "
            "chia|việc chia}, <other_party> {muốn|đòi} {giữ|hưởng} {toàn bộ|phần lớn}.",
        ],
    )


def debt_mediation(setting: Setting) -> Matter:
    return _mediation(
        setting,
        field="other",
        scenario="debt_mediation",
        dispute="tranh chấp tiền vay mượn",
        facts=[
            "{Năm|Vào năm} <since_year>, <other_party> {có|đã} {vay|mượn} của <I> <money>[, {có|hai bên có} "
            "{viết giấy|giấy vay tiền}].",
            "{Đến hạn|Quá hạn đã lâu}, <other_party> {chưa|vẫn chưa} {trả|trả hết}, {hẹn|khất} {nhiều "
            "lần|mãi}[, {hai bên|hai nhà} {đã|} {sinh|có} {xích mích|mâu thuẫn}].",
        ],
    )


_AGENCY_CASES = (
    # (sender kind, field, topic, facts)
    (
        "commune",
        "construction",
        "hỗ trợ kinh phí sửa chữa {tuyến đường|cầu dân sinh} {bị hư hỏng do mưa lũ|xuống cấp} trên địa bàn",
        [
            "{Đợt mưa lũ vừa qua|Trận mưa lớn tháng trước} {đã làm|làm} {sạt lở|hư hỏng} {nhiều đoạn|một số "
            "đoạn} {đường giao thông nông thôn|đường liên thôn} {trên địa bàn|của xã}[, {ách tắc|ảnh hưởng} "
            "việc đi lại của nhân dân].",
            "{Tổng kinh phí|Kinh phí} {sửa chữa|khắc phục} {dự kiến|ước tính} {khoảng|là} <amount>, {ngân "
            "sách xã|địa phương} {mới bố trí được|chỉ cân đối được} {một phần|khoảng một phần ba}.",
        ],
    ),
    (
        "school",
        "education",
        "{bổ sung|điều động} giáo viên {cho năm học mới|môn Tiếng Anh, Tin học}",
        [
            "{Năm học|Năm học mới} <year>, {nhà trường|đơn vị} có {khoảng|} <classes> lớp {nhưng|mà} {mới "
            "có|chỉ có} <teachers> giáo viên[, {thiếu|chưa có} giáo viên {Tiếng Anh|Tin học|Âm nhạc}].",
            "{Nhà trường|Đơn vị} {đã|} {hợp đồng|bố trí} {tạm thời|kiêm nhiệm} {nhưng|song} {không bảo "
            "đảm|chưa bảo đảm} {chất lượng|chương trình} {theo quy định|dạy học}.",
        ],
    ),
    (
        "clinic",
        "health",
        "hỗ trợ kinh phí {mua trang thiết bị|sửa chữa trạm}",
        [
            "{Trạm|Cơ sở} {được xây dựng|xây} từ năm <built>, {nay|hiện nay} {đã xuống cấp|dột, thấm}[, {máy "
            "móc|trang thiết bị} {thiếu|cũ hỏng}].",
            "{Kinh phí|Tổng kinh phí} {cần|dự kiến} {khoảng|là} <amount>.",
        ],
    ),
    (
        "commune",
        "environment",
        "{hướng dẫn|hỗ trợ} xử lý {rác thải|điểm ô nhiễm} trên địa bàn",
        [
            "{Trên địa bàn|Tại địa phương} {hiện có|còn} {một số|nhiều} {điểm tập kết rác|bãi rác tự phát} "
            "{chưa được xử lý|gây ô nhiễm}.",
            "{Xã|Địa phương} {chưa có|thiếu} {phương tiện|kinh phí} {thu gom|xử lý} {triệt để|theo quy "
            "định}.",
        ],
    ),
)


def agency_letter(setting: Setting) -> Matter:
    rng = setting.rng
    place = setting.place
    kind, field, topic, facts = rng.choice(_AGENCY_CASES)
    if kind == "school":
        sender = f"Trường {rng.choice(('Tiểu học', 'THCS'))} {place.commune_name}"
        body = b.commune_committee(place, rng) if setting.two_tier else b.district_office(place, "education")
    elif kind == "clinic":
        sender = f"Trạm Y tế {place.commune}"
        body = b.commune_committee(place, rng)
    else:
        sender = f"Ủy ban nhân dân {place.commune}"
        body = b.province_committee(place, rng) if setting.two_tier else b.district_committee(place, rng)
        if field == "environment":
            body = b.province_department(place, "land", setting.letter_date)
    return _other(
        setting,
        field=field,
        scenario="agency_letter",
        body=body,
        slots={
            "sender": sender,
            "topic": phrase(topic, rng),
            "year": str(setting.letter_date.year),
            "amount": fmt_money(round_to(rng.uniform(50, 2000) * 1_000_000, 1_000_000), rng),
            "classes": str(rng.randint(10, 30)),
            "teachers": str(rng.randint(8, 25)),
            "built": str(rng.randint(1995, 2010)),
        },
        subject=["đề nghị <topic>"],
        titles=["TỜ TRÌNH", "BÁO CÁO", "TỜ TRÌNH ĐỀ NGHỊ"],
        claims=[
            "<sender> {kính|} {đề nghị|báo cáo và đề nghị} <addr> {xem xét|quan tâm} <topic>.",
            "{Thực hiện|Căn cứ} {chức năng, nhiệm vụ|kế hoạch năm <year>}, <sender> {kính|} trình <addr> {về "
            "việc|việc} <topic>.",
        ],
        facts=facts,
        requests=[
            "<sender> {kính|} {đề nghị|mong} <addr> {quan tâm|xem xét}, {hỗ trợ|giải quyết} {để|nhằm} {đơn "
            "vị|địa phương} {hoàn thành|thực hiện tốt} nhiệm vụ.",
        ],
        agency=sender,
    )


def withdraw(setting: Setting) -> Matter:
    rng = setting.rng
    place = setting.place
    body = (
        b.commune_committee(place, rng)
        if setting.two_tier or rng.random() < 0.5
        else b.district_committee(place, rng)
    )
    filed = days_before(setting.letter_date, rng, 20, 150)
    return _other(
        setting,
        field=rng.choice(("land", "compensation", "other")),
        scenario="withdraw",
        body=body,
        slots={
            "filed": fmt_date(filed, rng),
            "why": [
                "hai bên đã tự thỏa thuận được",
                "vụ việc đã được giải thích thỏa đáng",
                "gia đình đã nhận được khoản hỗ trợ",
            ],
        },
        subject=["xin rút đơn"],
        titles=["ĐƠN XIN RÚT ĐƠN", "ĐƠN RÚT ĐƠN", "ĐƠN XIN RÚT ĐƠN KHIẾU NẠI"],
        claims=[
            "<I> {làm đơn này|viết đơn} {xin|kính xin} {rút|rút lại} {toàn bộ|} {đơn|nội dung đơn} {đã "
            "gửi|gửi} {ngày|vào ngày} <filed>.",
        ],
        facts=["{Ngày|Vào ngày} <filed>, <I> {có|đã} gửi đơn {đến|tới} <body>.", "{Nay|Đến nay} <why>."],
        requests=[
            "{Kính đề nghị|Đề nghị} <addr> {cho|chấp thuận cho} <I> {rút đơn|được rút đơn} và {dừng|không "
            "tiếp tục} {xem xét|giải quyết}."
        ],
    )


def permit_application(setting: Setting) -> Matter:
    rng = setting.rng
    place = setting.place
    body = b.commune_committee(place, rng) if setting.two_tier else b.district_committee(place, rng)
    return _other(
        setting,
        field="construction",
        scenario="permit_application",
        body=body,
        slots={
            "work": [
                "sửa chữa, cải tạo nhà ở",
                "xây dựng nhà ở riêng lẻ hai tầng",
                "xây tường rào",
                "làm lại mái nhà",
            ],
            "plot": str(rng.randint(12, 980)),
            "area": fmt_area(rng.uniform(40, 300), rng),
        },
        subject=["xin phép <work>"],
        titles=["ĐƠN ĐỀ NGHỊ CẤP GIẤY PHÉP XÂY DỰNG", "ĐƠN XIN PHÉP SỬA CHỮA NHÀ", "ĐƠN XIN PHÉP XÂY DỰNG"],
        claims=[
            "<I> {làm đơn này|viết đơn} {xin phép|đề nghị cấp phép} <work> {trên|tại} thửa đất số <plot>."
        ],
        facts=[
            "<fam> {có|đang ở} {căn nhà|nhà} {trên|tại} thửa đất số <plot>, {diện tích|} <area>, tại "
            "<where>.",
            "{Nhà|Căn nhà} {đã|} {xuống cấp|cũ nát}, {nay|nên} <fam> {muốn|có nhu cầu} <work>.",
        ],
        requests=[
            "{Kính đề nghị|Đề nghị} <addr> {xem xét|} cấp phép {cho|để} <fam> {sớm|} {thi công|khởi công}."
        ],
        extras=_NOT_A_PETITION,
    )


def school_transfer(setting: Setting) -> Matter:
    rng = setting.rng
    place = setting.place
    body = b.commune_committee(place, rng) if setting.two_tier else b.district_office(place, "education")
    return _other(
        setting,
        field="education",
        scenario="school_transfer",
        body=body,
        slots={
            "child": [
                "con tôi là cháu " + rng.choice(("Minh Anh", "Gia Huy", "Bảo Ngọc", "Tuấn Kiệt", "Thùy Linh"))
            ],
            "grade": f"lớp {rng.randint(1, 9)}",
            "why": ["gia đình chuyển nơi ở", "bố mẹ chuyển công tác", "để tiện đưa đón"],
        },
        subject=["xin chuyển trường cho con"],
        titles=["ĐƠN XIN CHUYỂN TRƯỜNG", "ĐƠN XIN HỌC", "ĐƠN ĐỀ NGHỊ CHUYỂN TRƯỜNG"],
        claims=[
            "<I> {làm đơn này|viết đơn} {xin|đề nghị} {cho|để} <child>, {học sinh|đang học} <grade>, {được|} "
            "chuyển trường."
        ],
        facts=[
            "{Do|Vì} <why>, <I> {mong|muốn} {cho cháu|cho con} {chuyển về|học tại} {trường|trường gần nhà} "
            "{ở|tại} <commune>."
        ],
        requests=[
            "{Kính đề nghị|Kính mong} <addr> {xem xét|tạo điều kiện} {cho cháu|cho con} {được|} chuyển "
            "trường."
        ],
    )


def support_application(setting: Setting) -> Matter:
    rng = setting.rng
    return _other(
        setting,
        field="social_policy",
        scenario="support_application",
        body=b.commune_committee(setting.place, rng),
        slots={
            "event": [
                "cơn bão vừa qua làm sập mái nhà",
                "đợt lũ cuốn trôi chuồng trại",
                "vụ cháy làm hư hỏng nhà",
                "tai nạn lao động khiến "
                + ("chồng tôi" if setting.writer_female else "vợ tôi")
                + " không đi làm được",
            ],
        },
        subject=["xin hỗ trợ khó khăn đột xuất"],
        titles=["ĐƠN XIN HỖ TRỢ", "ĐƠN ĐỀ NGHỊ HỖ TRỢ", "ĐƠN XIN TRỢ CẤP KHÓ KHĂN"],
        claims=[
            "<I> {làm đơn này|viết đơn} {xin|kính xin} {được|} hỗ trợ {khó khăn đột xuất|theo chính sách} "
            "{vì|do} <event>."
        ],
        facts=[
            "{Gia đình|Hộ} <I> {ở|sinh sống tại} <where>[, {thu nhập|kinh tế} {chủ yếu|chỉ} {dựa vào|trông "
            "vào} {làm ruộng|làm thuê}].",
            "{Vừa qua|Tháng trước}, <event>, {gia đình|nhà} {hiện|đang} {rất|vô cùng} khó khăn.",
        ],
        requests=[
            "{Kính mong|Kính đề nghị} <addr> {xem xét|quan tâm} hỗ trợ {để|giúp} {gia đình|<fam>} {vượt "
            "qua|ổn định} {khó khăn|cuộc sống}."
        ],
        extras=_NOT_A_PETITION,
    )


def fee_exemption(setting: Setting) -> Matter:
    rng = setting.rng
    place = setting.place
    kind = rng.choice(("THCS", "Tiểu học", "THPT"))
    school = f"Trường {kind} {place.commune_name}"
    # A school is placed at the level that manages it: the province for upper secondary schools, the district
    # before the reform and the commune after it for the others.
    level: b.Level = "province" if kind == "THPT" else "commune" if setting.two_tier else "district"
    body = b.Body(f"Ban Giám hiệu {school}", f"Ban Giám hiệu {school}", level)
    return _other(
        setting,
        field="education",
        scenario="fee_exemption",
        body=body,
        slots={
            "school": school,
            "grade": f"lớp {rng.randint(*{'THCS': (6, 9), 'THPT': (10, 12)}.get(kind, (1, 5)))}",
        },
        subject=["xin miễn giảm học phí"],
        titles=["ĐƠN XIN MIỄN GIẢM HỌC PHÍ", "ĐƠN ĐỀ NGHỊ MIỄN, GIẢM HỌC PHÍ"],
        claims=[
            "<I> {làm đơn này|viết đơn} xin {miễn|miễn, giảm|giảm} học phí cho con {đang học|học sinh} "
            "<grade> {tại|của} <school>."
        ],
        facts=[
            "{Gia đình|Hộ} <I> {thuộc|là} {hộ nghèo|hộ cận nghèo|gia đình chính sách}[, {có|đã có} {giấy "
            "chứng nhận|xác nhận} của {Ủy ban|xã}]."
        ],
        requests=[
            "{Kính đề nghị|Kính mong} <addr> {xem xét|} {cho|để} {cháu|con} {được|} {miễn|giảm} học phí "
            "{theo chế độ|theo quy định}."
        ],
    )


def insurance_card(setting: Setting) -> Matter:
    return _other(
        setting,
        field="health",
        scenario="insurance_card",
        body=b.province_insurance(setting.place),
        slots={"why": ["bị mất", "bị rách", "bị sai ngày sinh", "ghi sai họ tên"]},
        subject=["xin cấp lại thẻ bảo hiểm y tế"],
        titles=["ĐƠN ĐỀ NGHỊ CẤP LẠI THẺ BẢO HIỂM Y TẾ", "ĐƠN XIN CẤP LẠI THẺ BHYT", "TỜ KHAI"],
        claims=["<I> {xin|đề nghị} {cấp lại|đổi} thẻ bảo hiểm y tế {vì|do} thẻ <why>."],
        facts=[
            "<I> {có|đang có} thẻ bảo hiểm y tế {do|của} {Bảo hiểm xã hội|BHXH} cấp[, {thẻ|hiện thẻ} <why>]."
        ],
        requests=[
            "{Kính đề nghị|Đề nghị} <addr> {cấp lại|điều chỉnh} thẻ {cho|để} <I> {tiện|kịp} {khám chữa "
            "bệnh|đi khám}."
        ],
        extras=_NOT_A_PETITION,
    )


def business_registration(setting: Setting) -> Matter:
    rng = setting.rng
    place = setting.place
    body = b.commune_committee(place, rng) if setting.two_tier else b.district_committee(place, rng)
    return _other(
        setting,
        field="other",
        scenario="business_registration",
        body=body,
        slots={"trade": ["bán tạp hóa", "sửa xe máy", "bán cà phê", "may mặc", "bán vật liệu xây dựng"]},
        subject=["đề nghị đăng ký hộ kinh doanh"],
        titles=["GIẤY ĐỀ NGHỊ ĐĂNG KÝ HỘ KINH DOANH", "ĐƠN XIN ĐĂNG KÝ KINH DOANH"],
        claims=[
            "<I> {đề nghị|xin} {đăng ký|được đăng ký} hộ kinh doanh {ngành nghề|với ngành nghề} <trade> "
            "{tại|ở} <where>."
        ],
        facts=[
            "<I> {dự định|muốn} {mở|kinh doanh} {cửa hàng|tiệm} <trade> {tại nhà|ở} <where>[ với {vốn|số "
            "vốn} khoảng {50|100|200} triệu đồng]."
        ],
        requests=[
            "{Kính đề nghị|Đề nghị} <addr> {xem xét|} cấp {giấy chứng nhận đăng ký hộ kinh doanh|giấy phép} "
            "cho <I>."
        ],
        extras=_NOT_A_PETITION,
    )
