"""Denunciations (tố cáo, tố giác): someone's unlawful act, by a named or identifiable person or body.

Competence follows who manages the denounced person (SPEC.md): a commune civil servant → the commune
chairman; the commune chairman or a vice-chairman → the level above; a district office's staff → the district;
the chief of commune police → the police of the level above; a company breaking a field's rules → the body
that manages that field; a crime → the police that investigates it.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from training.generator import bodies as b
from training.generator.bodies import Body
from training.generator.grammar import SlotValue
from training.generator.matter import Matter, Setting
from training.generator.people import person_name
from training.generator.scenarios.base import firm_name, honorific, official, project_name
from training.generator.scenarios.support import build_matter, merged_slots
from training.generator.writing import days_before, fmt_area, fmt_date, fmt_money, round_to


@dataclass(frozen=True)
class Accused:
    """The denounced person's description and the bodies that must handle the denunciation first and next."""

    role: str
    competent: Body
    superior: Body


def _commune_staff(setting: Setting, rng: random.Random, role: str) -> Accused:
    place = setting.place
    superior = b.province_chairman(place, rng) if setting.two_tier else b.district_chairman(place, rng)
    return Accused(role, b.commune_chairman(place, rng), superior)


def _commune_leader(setting: Setting, rng: random.Random) -> Accused:
    place = setting.place
    post = rng.choice(("Chủ tịch", "Phó Chủ tịch", "Phó Chủ tịch"))
    role = f"{post} UBND {place.commune}"
    if setting.two_tier:
        return Accused(
            role, b.province_chairman(place, rng), b.central_body("corruption", setting.letter_date, rng)
        )
    return Accused(role, b.district_chairman(place, rng), b.province_chairman(place, rng))


def _district_staff(setting: Setting, rng: random.Random, office: str, role: str) -> Accused:
    place = setting.place
    body = b.district_office(place, office)
    return Accused(f"{role} {body.short}", b.district_chairman(place, rng), b.province_chairman(place, rng))


def _police_above_commune(setting: Setting, rng: random.Random) -> tuple[Body, Body]:
    """Who handles a denunciation of the commune police chief, or a reported crime."""
    place = setting.place
    if setting.two_tier:
        return b.province_police(place), b.Body("Bộ Công an", "Bộ Công an", "central")
    return b.district_office(place, "police"), b.province_police(place)


def _province_unit(setting: Setting, rng: random.Random, kind: str, role: str) -> Accused:
    place = setting.place
    department = b.province_department(place, kind, setting.letter_date)
    head = b.Body(f"Giám đốc {department.name}", f"Giám đốc {department.short}", "province")
    return Accused(f"{role} {department.short}", head, b.province_chairman(place, rng))


def _accused_slots(setting: Setting, rng: random.Random, role: str) -> dict[str, SlotValue]:
    name, female = official(setting, rng)
    hon = honorific(female)
    given = name.split()[-1]
    return {
        "accused": [
            f"{hon} {name}, {role}",
            f"{hon} {name} ({role})",
            f"{hon} {name} - {role}",
            f"{role} là {hon} {name}",
        ],
        "accused_short": [f"{hon} {name}", f"{hon} {given}", f"{hon} ta", f"{hon} {name}"],
        "accused_name": f"{hon} {name}",
        "he": f"{hon} ta",
    }


def _event_slots(setting: Setting, rng: random.Random) -> dict[str, SlotValue]:
    # an unanswered earlier denunciation (filed 50-200 days ago) is about something that happened before it
    event = days_before(setting.letter_date, rng, 210 if setting.want_prior else 40, 900)
    return {
        "event_year": str(event.year),
        "month": str(event.month),
        "event_date": fmt_date(event, rng),
        "since_year": str(rng.randint(2005, 2018)),
        "relative": ["em vợ", "con trai", "anh ruột", "cháu ruột", "một người quen", "con rể", "em gái"],
        "money": fmt_money(round_to(rng.uniform(15, 900) * 1_000_000, 1_000_000), rng),
        "small_money": fmt_money(round_to(rng.uniform(0.3, 5) * 1_000_000, 50_000), rng),
    }


def _denunciation(
    setting: Setting,
    *,
    field: str,
    scenario: str,
    accused: Accused,
    slots: dict[str, SlotValue],
    subject: Sequence[str],
    facts: Sequence[str],
    requests: Sequence[str] = (),
    extras: Sequence[str] = (),
    attachments: Sequence[str] = (),
    victim: bool = False,
) -> Matter:
    rng = setting.rng
    merged = merged_slots(
        setting,
        _event_slots(setting, rng),
        _accused_slots(setting, rng, accused.role),
        slots,
        {"competent_short": accused.competent.short},
    )
    return build_matter(
        setting,
        rng,
        label="denunciation",
        field=field,
        scenario=scenario,
        competent=accused.competent,
        superior=accused.superior,
        slots=merged,
        subject=subject,
        facts=facts,
        requests=requests,
        extras=extras,
        attachments=attachments,
        target=accused.role,
        victim=victim,
    )


def cadastral_fraud(setting: Setting) -> Matter:
    rng = setting.rng
    accused = _commune_staff(setting, rng, f"công chức địa chính - xây dựng {setting.place.commune}")
    return _denunciation(
        setting,
        field="land",
        scenario="cadastral_fraud",
        accused=accused,
        slots={
            "act": [
                "lập hồ sơ khống để hợp thức hóa đất công cho người nhà",
                "tự ý chỉnh sửa sổ mục kê, bản đồ địa chính",
                "làm giả hồ sơ nguồn gốc đất",
            ],
            "public_area": fmt_area(rng.uniform(150, 2500), rng),
        },
        subject=[
            "tố cáo {hành vi|sai phạm} {về|trong} quản lý đất đai của <accused_name>",
            "tố cáo cán bộ địa chính xã",
        ],
        facts=[
            "<accused> {là người|được giao} {phụ trách|quản lý} {hồ sơ địa chính|công tác đất đai} {của "
            "xã|tại <commune>}[ từ năm <since_year>].",
            "{Năm|Vào năm} <event_year>, <accused_short> đã {lập hồ sơ|làm hồ sơ} {cấp giấy chứng nhận|đề "
            "nghị cấp giấy} {cho|đứng tên} <relative> {của mình|} đối với <public_area> đất {công "
            "ích|công|do xã quản lý} tại <where>.",
            "?{Hồ sơ|Trong hồ sơ} {có|ghi} {biên bản|xác nhận} {nguồn gốc đất|sử dụng đất ổn định} {với|có} "
            "chữ ký của {những người|người} {đã chết|không sống ở địa phương|không hề biết việc này}.",
            "?{Sau đó|Chỉ vài tháng sau}, {khu đất|phần đất} {này|} {đã được|bị} {chuyển nhượng|bán lại} cho "
            "người khác với giá {khoảng|gần} <money>.",
        ],
        attachments=["Bản photo hồ sơ cấp giấy", "Trích lục bản đồ các thời kỳ", "Danh sách người làm chứng"],
    )


def chairman_land(setting: Setting) -> Matter:
    rng = setting.rng
    return _denunciation(
        setting,
        field="land",
        scenario="chairman_land",
        accused=_commune_leader(setting, rng),
        slots={
            "act": [
                "bán đất công trái thẩm quyền",
                "giao đất trái phép để thu tiền",
                "thu tiền giao đất nhưng không nộp ngân sách",
            ],
            "lots": str(rng.randint(4, 40)),
        },
        subject=["tố cáo {<accused_name>|lãnh đạo UBND xã} {bán đất công|giao đất trái thẩm quyền}"],
        facts=[
            "{Từ năm|Trong năm} <event_year>, <accused_short> {đã|} {chỉ đạo|ký giấy cho phép} {bán|giao} "
            "{<lots> lô đất|nhiều lô đất} {thuộc|tại} {khu đất công|quỹ đất công ích|khu đất bãi bồi} "
            "<village> cho {một số hộ|các hộ}, {mỗi lô|mỗi suất} {thu|lấy} <money>.",
            "?{Tiền|Số tiền} {thu được|thu} {không|không hề} {nộp vào ngân sách|được công khai}, {người "
            "mua|các hộ} chỉ {nhận được|được cấp} {giấy viết tay|giấy biên nhận} có {chữ ký|dấu} của "
            "<accused_short>.",
            "?{Việc|Các đợt} {giao đất|bán đất} này {không|chưa} {có|được} {quyết định|phê duyệt} của cơ "
            "quan có thẩm quyền[ và {không|chưa} {đưa ra|thông qua} {bàn bạc|họp dân}].",
        ],
        attachments=["Bản photo giấy biên nhận tiền", "Danh sách các hộ được giao đất"],
    )


def compensation_padding(setting: Setting) -> Matter:
    rng = setting.rng
    if setting.two_tier:
        accused = _commune_staff(
            setting, rng, f"cán bộ Tổ bồi thường, giải phóng mặt bằng {setting.place.commune}"
        )
    else:
        accused = _district_staff(setting, rng, "landfund", "cán bộ")
    return _denunciation(
        setting,
        field="compensation",
        scenario="compensation_padding",
        accused=accused,
        slots={
            "project": project_name(setting, rng),
            "tree": ["cây keo", "gốc cà phê", "cây ăn quả", "bụi tre", "cây cao su"],
            "n": str(rng.randint(120, 2400)),
            "act": [
                "kê khống cây trồng, vật kiến trúc để chiếm đoạt tiền bồi thường",
                "lập danh sách hỗ trợ khống",
            ],
        },
        subject=["tố cáo sai phạm trong bồi thường, giải phóng mặt bằng <project>"],
        facts=[
            "{Khi|Trong quá trình} {thực hiện|triển khai} {bồi thường|giải phóng mặt bằng} <project>, "
            "<accused> {là người|được giao} {trực tiếp|} {kiểm đếm|lập phương án} {tại|ở} <village>.",
            "<accused_short> đã {kê khống|ghi thêm} <n> <tree> {không có thật|không tồn tại} cho {hộ|các hộ} "
            "{người thân|của <relative>}, {để nhận|nhận} {tiền bồi thường|tiền hỗ trợ} {khống|sai} "
            "{khoảng|lên đến} <money>.",
            "?{Có những|Có} {hộ|người} {không hề|không} có đất {trong dự án|bị thu hồi} {vẫn|nhưng vẫn} {có "
            "tên|được đưa vào} danh sách {nhận hỗ trợ|nhận tiền}.",
            "?{Khi|Lúc} bà con {hỏi|thắc mắc}, <accused_short> {trả lời|nói} {rằng|là} {cấp trên đã "
            "duyệt|việc đó không phải việc của dân}.",
        ],
        attachments=["Bản photo danh sách chi trả", "Hình ảnh hiện trạng khu đất"],
    )


def allowance_embezzle(setting: Setting) -> Matter:
    rng = setting.rng
    accused = _commune_staff(setting, rng, f"công chức văn hóa - xã hội {setting.place.commune}")
    return _denunciation(
        setting,
        field="social_policy",
        scenario="allowance_embezzle",
        accused=accused,
        slots={
            "act": [
                "giả chữ ký để nhận thay tiền trợ cấp",
                "chiếm đoạt tiền trợ cấp của người cao tuổi",
                "ký khống danh sách chi trả",
            ],
            "elder": ["cụ Tư", "cụ Lành", "cụ Bảy", "bà cụ Nhớ", "ông cụ Khiêm"],
        },
        subject=["tố cáo {hành vi|việc} chiếm đoạt tiền trợ cấp", "tố cáo <accused_name>"],
        facts=[
            "<accused> {là người|được giao} {chi trả|phụ trách chi trả} {trợ cấp|chế độ chính sách} {tại|cho "
            "người dân} <commune>.",
            "{Nhiều tháng liền|Từ tháng <month> năm <event_year>}, {một số|nhiều} {cụ già|người cao tuổi|đối "
            "tượng} {ở|tại} <village> {không nhận được|không được nhận} tiền trợ cấp {nhưng|mà} {trong danh "
            "sách chi trả|trên sổ} {vẫn có|lại có} chữ ký {nhận tiền|đã nhận}.",
            "?{Có trường hợp|Có cả trường hợp} <elder> đã mất {từ|từ năm} <event_year> {mà|nhưng} {vẫn có "
            "tên|tên vẫn} {trong danh sách|trên danh sách} {nhận tiền|được chi trả}.",
            "?{Tổng số tiền|Số tiền} {bị chiếm đoạt|bị nhận thay} {ước tính|theo tính toán của <I>} "
            "{khoảng|lên đến} <money>.",
        ],
        attachments=["Danh sách người không nhận được tiền", "Bản photo danh sách ký nhận"],
    )


def _head_of(head: str, village: str) -> str:
    """ "trưởng thôn" of "thôn 5" is written "trưởng thôn 5", not "trưởng thôn thôn 5"."""
    kind = village.split(" ")[0]
    return f"{head.removesuffix(' ' + kind)} {village}" if head.endswith(kind) else f"{head} {village}"


def poor_list_bribe(setting: Setting) -> Matter:
    rng = setting.rng
    village = setting.place.village
    head = (
        "trưởng ấp"
        if village.startswith("ấp")
        else "tổ trưởng tổ dân phố"
        if "phố" in village
        else "trưởng thôn"
    )
    accused = _commune_staff(setting, rng, _head_of(head, village))
    return _denunciation(
        setting,
        field="social_policy",
        scenario="poor_list_bribe",
        accused=accused,
        slots={
            "act": ["thu tiền của người dân để đưa vào danh sách hộ nghèo", "vụ lợi trong bình xét hộ nghèo"],
            "role_word": head,
        },
        subject=["tố cáo {việc|hành vi} thu tiền khi bình xét hộ nghèo"],
        facts=[
            "<accused> {được|đang} {giữ chức|làm} <role_word> {từ năm|đã nhiều năm, từ năm} <since_year>.",
            "{Trong đợt|Khi} {bình xét|rà soát} hộ nghèo năm <event_year>, <accused_short> {yêu cầu|gợi ý} "
            "{mỗi hộ|các hộ} muốn {vào|có tên trong} danh sách {hộ nghèo|hộ cận nghèo} {phải|} {nộp|đưa} "
            "<small_money> {để|gọi là} {lo thủ tục|chi phí đi lại|bồi dưỡng}.",
            "?{Những|Các} hộ {thực sự|đúng là} {khó khăn|nghèo} {nhưng|mà} không {nộp tiền|đưa tiền} thì {bị "
            "loại|không được đưa vào danh sách}, {trong khi|còn} {một số|những} hộ {khá giả|có nhà cao cửa "
            "rộng} {lại|vẫn} {được công nhận|có tên}.",
            "?<I> {là|chính là} {người|hộ} {đã phải|từng} {nộp|đưa} <small_money> cho <accused_short>[, có "
            "người làm chứng].",
        ],
    )


def bribery_certificate(setting: Setting) -> Matter:
    rng = setting.rng
    place = setting.place
    if setting.two_tier:
        accused = _commune_staff(setting, rng, f"công chức Trung tâm Phục vụ hành chính công {place.commune}")
    else:
        accused = Accused(
            f"cán bộ Bộ phận một cửa UBND {place.district}",
            b.district_chairman(place, rng),
            b.province_chairman(place, rng),
        )
    applied = days_before(setting.letter_date, rng, 60, 240)
    return _denunciation(
        setting,
        field="corruption",
        scenario="bribery_certificate",
        accused=accused,
        slots={
            "act": [
                "đòi tiền để giải quyết hồ sơ",
                "gây khó khăn, nhũng nhiễu để đòi hối lộ",
                'đòi tiền "bồi dưỡng"',
            ],
            "procedure": [
                "cấp giấy chứng nhận quyền sử dụng đất",
                "chuyển mục đích sử dụng đất",
                "tách thửa đất",
                "sang tên nhà đất",
            ],
            "applied": fmt_date(applied, rng),
            "met": fmt_date(applied + (setting.letter_date - applied) / 2, rng),
            "bribe": fmt_money(round_to(rng.uniform(2, 60) * 1_000_000, 500_000), rng),
        },
        subject=[
            "tố cáo {hành vi|việc} nhũng nhiễu, đòi tiền của <accused_name>",
            "tố cáo cán bộ đòi hối lộ",
        ],
        facts=[
            "<I> {nộp|đã nộp} hồ sơ {xin|đề nghị} <procedure> {tại|ở} {bộ phận một cửa|nơi tiếp nhận hồ sơ} "
            "{từ|vào} ngày <applied>.",
            "{Nhiều lần|Sau nhiều lần} <I> {đến|lên} hỏi, <accused> {đều|} {hẹn|bảo} {thiếu giấy tờ|chờ "
            "thêm}[ mà không {ghi|nêu} rõ thiếu gì].",
            "{Đến ngày|Ngày} <met>, <accused_short> {gọi|hẹn} <I> {ra quán|ra ngoài|đến nhà riêng} và {nói "
            "thẳng|gợi ý} {nếu|muốn} {làm nhanh|có giấy} thì {phải|cần} {đưa|chi} <bribe>.",
            "?<I> {đã|} {ghi âm|giữ lại tin nhắn} {cuộc nói chuyện|của <he>}[ và sẵn sàng cung cấp].",
        ],
        extras=[
            "<I> {tố cáo|làm đơn} {không phải|không chỉ} vì {hồ sơ|quyền lợi} của {gia đình mình|riêng "
            "mình}, mà {vì|để} {những người khác|bà con} không {bị|còn bị} {làm khó|nhũng nhiễu} như vậy.",
        ],
        attachments=["Giấy biên nhận hồ sơ", "File ghi âm", "Ảnh chụp tin nhắn"],
        victim=True,
    )


def embezzle_budget(setting: Setting) -> Matter:
    rng = setting.rng
    if rng.random() < 0.5:
        accused = _commune_staff(setting, rng, f"kế toán ngân sách {setting.place.commune}")
    else:
        accused = _commune_leader(setting, rng)
    return _denunciation(
        setting,
        field="corruption",
        scenario="embezzle_budget",
        accused=accused,
        slots={
            "act": [
                "lập chứng từ khống để rút tiền ngân sách",
                "sử dụng sai mục đích tiền đóng góp của nhân dân",
                "tham ô tiền ngân sách",
            ],
            "work": ["đường bê tông", "nhà văn hóa", "kênh mương nội đồng", "cổng chào"],
        },
        subject=["tố cáo sai phạm trong quản lý tài chính, ngân sách xã", "tố cáo <accused_name>"],
        facts=[
            "{Năm|Trong năm} <event_year>, <commune> {huy động|thu} {của|từ} {các hộ dân|người dân} {mỗi "
            "hộ|bình quân mỗi hộ} <small_money> để {làm|xây dựng} <work> <village>.",
            "{Tổng|Tổng số} tiền {thu được|huy động} {khoảng|gần} <money> {nhưng|mà} {đến nay|} {không|chưa} "
            "{công khai|quyết toán} {với dân|trước dân}.",
            "?{Công trình|<work>} {chỉ|mới} {làm được|hoàn thành} {một phần|vài trăm mét} {và|thì} {đã|} "
            "{xuống cấp|hư hỏng}, {trong khi|nhưng} {chứng từ|hồ sơ thanh toán} {ghi|thể hiện} {khối "
            "lượng|số tiền} {gấp đôi|lớn hơn nhiều}.",
            "<accused> {là người|trực tiếp} {ký|lập} {các|} {chứng từ|phiếu chi} {thanh toán|} {cho các "
            "khoản này|}.",
        ],
    )


def substandard_road(setting: Setting) -> Matter:
    rng = setting.rng
    accused = _commune_staff(setting, rng, f"cán bộ giám sát công trình của {setting.place.commune}")
    company = firm_name(setting, rng, "Xây dựng")
    design = rng.choice((18, 20, 22, 25))
    return _denunciation(
        setting,
        field="construction",
        scenario="substandard_road",
        accused=accused,
        slots={
            "company": company,
            "road": [
                f"Công trình đường bê tông {setting.place.village}",
                f"Tuyến đường liên thôn {setting.place.village}",
            ],
            "thin": f"{design - rng.randint(5, 10)} cm",
            "design": f"{design} cm",
            "act": [
                f"thông đồng với {company} nghiệm thu khống",
                "nghiệm thu công trình sai thiết kế",
                "bớt xén vật liệu",
            ],
        },
        subject=[
            "tố cáo sai phạm trong thi công, nghiệm thu công trình",
            "tố cáo <company> và cán bộ giám sát",
        ],
        facts=[
            "<road> {do|có} <commune> làm chủ đầu tư, {đơn vị thi công|nhà thầu} là <company>[, khởi công "
            "{năm|vào năm} <event_year>].",
            "{Trong quá trình|Khi} thi công, {bà con|<I>} {thấy|phát hiện} {lớp bê tông|mặt đường} {chỉ "
            "dày|mỏng} {khoảng|chừng} <thin>, {không đúng|ít hơn nhiều so với} {thiết kế|hồ sơ} {ghi|là} "
            "<design>[, {đá|cát} {bẩn|lẫn đất}].",
            "?{Chưa đầy|Chỉ sau} {một năm|vài tháng} {sử dụng|đưa vào sử dụng}, {đường|công trình} {đã|} "
            "{nứt|bong tróc|sụt lún} {nhiều đoạn|nhiều chỗ}.",
            "<accused> {là người|được giao} giám sát {công trình|thi công} nhưng {vẫn|} {ký|đã ký} {nghiệm "
            "thu|biên bản nghiệm thu} {đủ khối lượng|như đúng thiết kế}.",
        ],
        attachments=["Hình ảnh mặt đường", "Mẫu bê tông khoan lấy"],
    )


def neighbour_illegal_build(setting: Setting) -> Matter:
    rng = setting.rng
    place = setting.place
    job = rng.choice(
        (
            "cán bộ đang công tác tại huyện" if not setting.two_tier else "cán bộ đang công tác tại tỉnh",
            "chủ doanh nghiệp tư nhân",
            "hộ kinh doanh vật liệu xây dựng",
            "giáo viên đã nghỉ hưu",
            "công an viên",
        )
    )
    accused = Accused(
        f"{job}, trú tại {place.village}", b.commune_chairman(place, rng), b.commune_committee(place, rng)
    )
    if setting.two_tier:
        accused = Accused(accused.role, accused.competent, b.province_chairman(place, rng))
    else:
        accused = Accused(accused.role, accused.competent, b.district_chairman(place, rng))
    return _denunciation(
        setting,
        field="construction",
        scenario="neighbour_illegal_build",
        accused=accused,
        slots={
            "act": [
                "lấn chiếm đất công, xây dựng trái phép",
                "xây dựng không phép trên đất hành lang kênh",
                "lấn chiếm đường đi chung",
            ],
            "area": fmt_area(rng.uniform(20, 400), rng),
            "strip": [
                "đất hành lang kênh",
                "đất công",
                "đường đi chung",
                "đất bờ sông",
                "đất hành lang an toàn giao thông",
            ],
            "building": ["nhà kiên cố", "ki-ốt cho thuê", "nhà xưởng", "tường rào bê tông"],
        },
        subject=["tố cáo hành vi lấn chiếm đất công, xây dựng trái phép"],
        facts=[
            "{Từ|Từ đầu} tháng <month>/<event_year>, <accused> {đã|} {cho|thuê thợ} {đổ đất|san lấp|xây "
            "tường} {lấn chiếm|chiếm} {khoảng|gần} <area> <strip> {tại|ở} <where>.",
            "?{Trên phần đất lấn chiếm|Sau đó}, <accused_short> {xây|dựng} <building> {mà không có|không "
            "xin} giấy phép xây dựng.",
            "?{Việc|Công trình} {lấn chiếm|xây dựng} {làm|đã làm} {tắc|hẹp} {đường đi|dòng chảy}, {gây|làm} "
            "{ngập úng|khó khăn} cho {các hộ|bà con} xung quanh.",
            "?{Bà con|Hàng xóm} {nhiều lần|đã} {nhắc nhở|góp ý} nhưng <accused_short> {vẫn|} {tiếp tục|cố "
            "tình} {xây|làm}[ và {nói|tuyên bố} {đã có người quen|có người nhà làm to}].",
        ],
        attachments=["Hình ảnh công trình", "Sơ đồ vị trí lấn chiếm"],
    )


def factory_pollution(setting: Setting) -> Matter:
    rng = setting.rng
    place = setting.place
    company = firm_name(setting, rng, rng.choice(("Chế biến gỗ", "Thủy sản", "Chăn nuôi", "Môi trường")))
    department = b.province_department(place, "land", setting.letter_date)
    small = rng.random() < 0.35
    if small:
        owner, female = official(setting, rng)
        role = f"chủ lò {rng.choice(('gạch thủ công', 'than', 'đốt rác tự phát'))} tại {place.village}"
        accused = Accused(role, b.commune_chairman(place, rng), b.province_chairman(place, rng))
        source = f"lò của {honorific(female)} {owner}"
    else:
        accused = Accused(f"Giám đốc {company}", department, b.province_chairman(place, rng))
        source = f"{company}"
    return _denunciation(
        setting,
        field="environment",
        scenario="factory_pollution",
        accused=accused,
        slots={
            "source": source,
            "company": company,
            "act": [
                "xả nước thải chưa qua xử lý ra môi trường",
                "đốt chất thải gây ô nhiễm",
                "xả thải trái phép vào kênh",
            ],
            "water": ["kênh", "sông", "mương thủy lợi", "suối"],
        },
        subject=["tố cáo hành vi gây ô nhiễm môi trường của <source>"],
        facts=[
            "{Từ|Từ khoảng} tháng <month>/<event_year>, <source> {thường xuyên|liên tục} {xả|cho xả} nước "
            "thải {có màu đen|bốc mùi hôi thối|chưa qua xử lý} {ra|xuống} <water> {chảy qua|cạnh} "
            "<village>[, {chủ yếu|nhất là} {vào ban đêm|lúc trời mưa}].",
            "?{Cá|Tôm cá} {trong|ở} <water> {chết|chết trắng} {hàng loạt|nhiều lần}, {lúa|hoa màu} {của bà "
            "con|gần đó} {bị|cũng bị} {héo|chết}.",
            "?{Khói|Mùi} {bốc ra|từ} {ống khói|khu vực sản xuất} {khiến|làm} {nhiều người|trẻ em} {bị|mắc} "
            "{ho|viêm họng|khó thở}.",
            "?{Khi|Lúc} {có|có đoàn} {kiểm tra|đến kiểm tra}, {cơ sở|họ} {lại|} {tạm dừng|ngừng} {xả "
            "thải|hoạt động}, {đoàn về|đoàn vừa đi} thì {xả tiếp|lại tiếp tục}.",
        ],
        attachments=["Video ghi hình cống xả", "Hình ảnh cá chết", "Chữ ký của các hộ bị ảnh hưởng"],
    )


def sand_mining_police(setting: Setting) -> Matter:
    rng = setting.rng
    place = setting.place
    competent, superior = _police_above_commune(setting, rng)
    miner = person_name(rng, female=False, province_code=place.province_code)
    return _denunciation(
        setting,
        field="environment",
        scenario="sand_mining_police",
        accused=Accused(f"Trưởng Công an {place.commune}", competent, superior),
        slots={
            "miner": f"ông {miner}",
            "act": [
                "bao che cho hoạt động khai thác cát trái phép",
                "nhận tiền để làm ngơ cho tàu hút cát trái phép",
            ],
            "river": ["sông", "đoạn sông", "nhánh sông"],
            "boats": str(rng.randint(2, 7)),
        },
        subject=["tố cáo việc bao che khai thác cát trái phép", "tố cáo Trưởng Công an xã"],
        facts=[
            "{Hàng đêm|Nhiều đêm liền}, {khoảng|từ} <boats> {ghe|tàu} hút cát {của|do} <miner> {tổ chức|điều "
            "hành} khai thác cát trái phép {trên|ở} <river> {thuộc|qua} <village>.",
            "{Bà con|Người dân} {đã|} {báo|gọi điện báo} cho <accused> nhiều lần nhưng {lực lượng công an "
            "xã|<he>} {chỉ đến|đến} khi {tàu đã đi|ghe đã rời đi}[, {có người|nhiều người} {thấy|chứng kiến} "
            "<miner> {đưa phong bì|gặp riêng} <accused_short>].",
            "?{Bờ sông|Đất bờ sông} {đã|} {sạt lở|lở} {vào|sát} {vườn|nhà} của {nhiều hộ|các hộ ven sông}.",
        ],
        attachments=["Video ghi cảnh tàu hút cát ban đêm", "Hình ảnh sạt lở"],
    )


def forest_ranger(setting: Setting) -> Matter:
    rng = setting.rng
    place = setting.place
    if setting.two_tier:
        competent = b.Body(
            f"Chi cục Kiểm lâm {place.province}", f"Chi cục Kiểm lâm {place.province}", "province"
        )
        superior = b.province_department(place, "land", setting.letter_date)
        unit = "Hạt Kiểm lâm khu vực"
    else:
        competent = b.Body(f"Hạt Kiểm lâm {place.district}", f"Hạt Kiểm lâm {place.district}", "district")
        superior = b.Body(
            f"Chi cục Kiểm lâm {place.province}", f"Chi cục Kiểm lâm {place.province}", "province"
        )
        unit = competent.short
    return _denunciation(
        setting,
        field="environment",
        scenario="forest_ranger",
        accused=Accused(f"kiểm lâm viên phụ trách địa bàn {place.commune} ({unit})", competent, superior),
        slots={
            "act": ["làm ngơ, tiếp tay cho việc chặt phá rừng", "bao che cho lâm tặc khai thác gỗ trái phép"],
            "wood": ["gỗ dổi", "gỗ lim", "gỗ keo", "gỗ thông", "gỗ tự nhiên"],
            "hectares": f"{rng.randint(1, 25)} ha",
        },
        subject=["tố cáo việc tiếp tay phá rừng", "tố cáo kiểm lâm địa bàn"],
        facts=[
            "{Từ|Trong} tháng <month>/<event_year>, {một nhóm người|nhiều người lạ} {vào|đã vào} {rừng phòng "
            "hộ|khu rừng tự nhiên} {gần|phía trên} <village> {chặt|khai thác} <wood>, {diện tích bị phá|ước "
            "tính} {khoảng|gần} <hectares>.",
            "{Gỗ|Số gỗ} {được|bị} {chở|vận chuyển} {ra ngoài|về xuôi} bằng xe tải {vào ban đêm|lúc nửa đêm}, "
            "{đi qua|ngang qua} {trạm|chốt} {kiểm lâm|kiểm tra} {mà không|nhưng không} bị {dừng|kiểm tra}.",
            "<accused> {biết rõ|được báo} {sự việc|việc này} nhưng {không|chưa} {lập biên bản|ngăn chặn}[, "
            "{còn|lại} {thường xuyên|hay} {ăn uống|gặp gỡ} với {chủ gỗ|những người này}].",
        ],
    )


def health_bribe(setting: Setting) -> Matter:
    rng = setting.rng
    place = setting.place
    if rng.random() < 0.5:
        hospital = b.Body(
            f"Bệnh viện Đa khoa {place.province}", f"Bệnh viện Đa khoa {place.province}", "province"
        )
        director = b.Body(f"Giám đốc {hospital.name}", f"Giám đốc {hospital.short}", "province")
        accused = Accused(
            f"bác sĩ Khoa {rng.choice(('Ngoại', 'Sản', 'Chấn thương', 'Nội'))}, {hospital.short}",
            director,
            b.province_department(place, "health", setting.letter_date),
        )
        act = [
            "gợi ý, đòi tiền của người bệnh",
            'nhận tiền "cảm ơn" để được mổ sớm',
            "nhũng nhiễu người bệnh",
        ]
        fact = (
            "{Khi|Lúc} {mẹ tôi|bố tôi|<spouse>|con tôi} {nằm viện|điều trị} {tại|ở} {khoa|khoa của <he>} "
            "{vào|trong} tháng <month>/<event_year>, <accused_short> {nói|gợi ý} {muốn|nếu muốn} {mổ "
            "sớm|được mổ ngay|được chăm sóc tốt} thì {phải|cần} {đưa|bồi dưỡng} <small_money>."
        )
    else:
        if setting.two_tier:
            accused = _commune_staff(setting, rng, f"Trạm trưởng Trạm Y tế {place.commune}")
        else:
            tty = b.district_office(place, "health")
            accused = Accused(
                f"Trạm trưởng Trạm Y tế {place.commune}",
                b.Body(f"Giám đốc {tty.name}", f"Giám đốc {tty.short}", "district"),
                b.province_department(place, "health", setting.letter_date),
            )
        act = [
            "lập khống hồ sơ khám chữa bệnh để thanh toán bảo hiểm y tế",
            "kê khống thuốc để rút tiền bảo hiểm",
        ]
        fact = (
            "{Nhiều người|Một số người} {ở|tại} <village> {không hề đi khám|không khám bệnh} {nhưng|mà} {vẫn "
            "có|lại có} {tên|hồ sơ} {khám chữa bệnh|cấp thuốc} {tại trạm|ở trạm y tế} {trong|vào} tháng "
            "<month>/<event_year>."
        )
    return _denunciation(
        setting,
        field="health",
        scenario="health_bribe",
        accused=accused,
        slots={"act": act},
        subject=["tố cáo sai phạm {trong khám chữa bệnh|của <accused_name>}", "tố cáo <accused_name>"],
        facts=[
            "<accused> {hiện|đang} {công tác|làm việc} {tại|ở} {đơn vị|cơ sở y tế này} {từ năm|đã nhiều năm, "
            "từ năm} <since_year>.",
            fact,
            "?{Không chỉ|Không riêng} {gia đình tôi|<I>}, {nhiều người bệnh|nhiều người} {khác|cùng phòng} "
            "{cũng|đều} {bị|gặp} {như vậy|tình trạng tương tự}.",
        ],
    )


def school_fees(setting: Setting) -> Matter:
    rng = setting.rng
    place = setting.place
    kind = rng.random()
    if kind < 0.35:
        school = "Trường THPT " + rng.choice(
            ("Nguyễn Trãi", "Lê Quý Đôn", "Trần Hưng Đạo", "Nguyễn Huệ", "Hùng Vương")
        )
        accused = _province_unit(setting, rng, "education", f"Hiệu trưởng {school}, thuộc")
    elif setting.two_tier:
        school = f"Trường {rng.choice(('Tiểu học', 'THCS', 'Mầm non'))} {place.commune_name}"
        accused = _commune_staff(setting, rng, f"Hiệu trưởng {school}")
    else:
        school = f"Trường {rng.choice(('Tiểu học', 'THCS', 'Mầm non'))} {place.commune_name}"
        office = b.district_office(place, "education")
        accused = Accused(
            f"Hiệu trưởng {school}",
            b.Body(f"Trưởng {office.name}", f"Trưởng {office.short}", "district"),
            b.district_chairman(place, rng),
        )
    return _denunciation(
        setting,
        field="education",
        scenario="school_fees",
        accused=accused,
        slots={
            "school": school,
            "act": [
                "lạm thu các khoản ngoài quy định",
                "thu tiền trái quy định của phụ huynh",
                "ép học sinh học thêm để thu tiền",
            ],
            "fees": [
                "tiền cơ sở vật chất, tiền máy lạnh, tiền quỹ hội",
                "tiền học thêm bắt buộc, tiền vệ sinh, tiền trông xe",
                "tiền xã hội hóa, tiền mua tivi, tiền đồng phục",
            ],
        },
        subject=["tố cáo lạm thu tại <school>", "tố cáo Hiệu trưởng <school>"],
        facts=[
            "{Đầu năm học|Năm học} <event_year>, <school> {yêu cầu|bắt} {phụ huynh|các phụ huynh} {đóng|nộp} "
            "{nhiều khoản|các khoản} {như|gồm} <fees>, {tổng|tổng cộng} {mỗi học sinh|mỗi em} {khoảng|gần} "
            "<small_money>.",
            "?{Các khoản thu|Những khoản này} {không|không hề} {có|được} {biên lai|phiếu thu hợp lệ}[, "
            "{không|chưa} {thông qua|lấy ý kiến} {cuộc họp phụ huynh|ban đại diện cha mẹ học sinh}].",
            "<accused> {là người|trực tiếp} {chỉ đạo|quyết định} {thu|các khoản thu} {này|trên}[ và "
            "{không|chưa} {công khai|báo cáo} {việc chi tiêu|số tiền đã thu}].",
            "?{Em nào|Học sinh nào} {chưa đóng|không đóng} {thì|liền} bị {giáo viên chủ nhiệm|nhà trường} "
            "{nhắc tên|gọi lên} {trước lớp|trước cả lớp}, {các cháu|các em} {rất|} {xấu hổ|sợ}.",
        ],
    )


def recruitment_bribe(setting: Setting) -> Matter:
    rng = setting.rng
    if setting.two_tier:
        accused = _province_unit(setting, rng, "education", "chuyên viên")
    else:
        accused = _district_staff(
            setting, rng, rng.choice(("education", "social")), rng.choice(("Phó Trưởng", "chuyên viên"))
        )
    return _denunciation(
        setting,
        field="corruption",
        scenario="recruitment_bribe",
        accused=accused,
        slots={
            "act": ['nhận tiền để "chạy" biên chế', "lừa nhận tiền xin việc", "nhận hối lộ trong tuyển dụng"],
            "kid": ["con gái tôi", "con trai tôi", "cháu tôi", "em tôi"],
        },
        subject=["tố cáo {việc|hành vi} nhận tiền chạy việc", "tố cáo <accused_name>"],
        facts=[
            "{Năm|Tháng <month> năm} <event_year>, <accused> {hứa|nói} {có thể|sẽ} {xin|lo} cho <kid> {vào "
            "biên chế|một suất giáo viên|vào làm viên chức} {nếu|với điều kiện} {đưa|chi} <money>.",
            "<I> {đã|} {vay mượn|bán đất|gom góp} {đưa|giao} {đủ|} {số tiền trên|tiền} cho <accused_short> "
            "{tại|ở} {nhà riêng|quán cà phê}[, có {viết giấy|người chứng kiến}].",
            "?{Đến nay|Từ đó đến nay}, <kid> {vẫn|} {không|chưa} {được tuyển|có việc}, <accused_short> "
            "{hẹn|khất} {hết lần này đến lần khác|mãi} {và|rồi} {không|chưa} {trả lại tiền|hoàn tiền}.",
        ],
        attachments=["Giấy viết tay nhận tiền", "Ảnh chụp tin nhắn"],
        victim=True,
    )


def fraud_crime(setting: Setting) -> Matter:
    rng = setting.rng
    competent, superior = _police_above_commune(setting, rng)
    scheme = rng.randrange(4)
    promise, act = [
        (
            "đưa <kid> đi xuất khẩu lao động {sang Nhật|sang Hàn Quốc|sang Đài Loan}",
            "lừa đảo chiếm đoạt tài sản",
        ),
        (
            "bán cho <I> {một lô đất nền|thửa đất} {tại|ở} {dự án|khu} {đang làm sổ|sắp có sổ}",
            "lừa đảo bán đất không có thật",
        ),
        ("giúp <I> {vay vốn ngân hàng|giải ngân khoản vay} {nhanh|lãi suất thấp}", "lừa đảo chiếm đoạt tiền"),
        (
            "cho vay {tiền|nặng lãi} {với lãi suất|lãi} {3.000 đồng/triệu/ngày|5.000 đồng/triệu/ngày}",
            "cho vay lãi nặng và đe dọa, khủng bố tinh thần",
        ),
    ][scheme]
    return _denunciation(
        setting,
        field="justice",
        scenario="fraud_crime",
        accused=Accused(
            rng.choice(("trú tại", "thường trú tại", "ngụ tại")) + f" {setting.place.commune}",
            competent,
            superior,
        ),
        slots={"act": act, "kid": ["con trai tôi", "con gái tôi", "cháu tôi"]},
        subject=["tố giác {hành vi|tội} <act> của <accused_name>", "tố giác tội phạm"],
        facts=[
            # the promise is a pattern of its own, rendered with the letter's voice
            "{Vào|Khoảng} tháng <month>/<event_year>, <accused_short> {đến nhà|gặp} <I> {nói|hứa} {có "
            "thể|sẽ} " + promise + ".",
            "{Tin lời|Vì tin tưởng}, <I> {đã|} {đưa|chuyển khoản} cho <accused_short> {tổng cộng|tất cả} "
            "<money>[ {làm nhiều lần|chia làm hai lần}][, có {giấy biên nhận|ảnh chụp chuyển khoản}].",
            "?{Sau đó|Từ đó đến nay}, <accused_short> {không thực hiện|không làm} {như đã hứa|gì cả}, {tắt "
            "điện thoại|bỏ trốn khỏi địa phương|khất lần}, {không|nhất quyết không} {trả lại tiền|hoàn trả}.",
            "?{Gần đây|Mấy tuần nay}, {nhiều người lạ|một nhóm thanh niên} {đến|tới} {nhà|trước cổng nhà} "
            "<I> {đe dọa|ném chất bẩn|chửi bới} {để|nhằm} {đòi tiền|uy hiếp}.",
        ],
        requests=[
            "{Đề nghị|Kính đề nghị} {cơ quan công an|<addr>} {điều tra|làm rõ}, {khởi tố|xử lý} "
            "<accused_short> {theo|đúng} quy định của pháp luật hình sự và {buộc|} {trả lại|hoàn trả} "
            "{tiền|tài sản} cho <I>.",
        ],
        attachments=["Giấy biên nhận tiền", "Sao kê chuyển khoản", "Ghi âm cuộc gọi"],
        victim=True,
    )


def gambling_den(setting: Setting) -> Matter:
    rng = setting.rng
    competent, superior = _police_above_commune(setting, rng)
    return _denunciation(
        setting,
        field="other",
        scenario="gambling_den",
        accused=Accused(
            f"chủ {rng.choice(('quán cà phê', 'nhà nghỉ', 'tiệm game', 'quán karaoke'))} tại "
            f"{setting.place.village}",
            competent,
            superior,
        ),
        slots={
            "act": [
                "tổ chức đánh bạc",
                "tổ chức đánh bạc, cho vay nặng lãi",
                "chứa chấp mua bán trái phép chất ma túy",
            ],
            "game": ["xóc đĩa", "đánh bài ăn tiền", "lô đề", "cá độ bóng đá"],
        },
        subject=["tố giác tụ điểm {đánh bạc|tệ nạn} tại <village>"],
        facts=[
            "{Từ|Từ khoảng} tháng <month>/<event_year>, <accused> {thường xuyên|ngày nào cũng} {tổ chức|cho} "
            "{nhiều người|các đối tượng} {đến|tụ tập} {chơi|đánh} <game> {ăn tiền|sát phạt}, {mỗi chiếu|mỗi "
            "buổi} {lên đến|có khi} <money>.",
            "?{Người lạ|Xe máy lạ} {ra vào|đến} {liên tục|suốt đêm}, {gây ồn ào|gây mất an ninh}[, {có|đã "
            "có} {vụ|lần} {đánh nhau|xô xát}].",
            "?{Nhiều|Một số} {thanh niên|người} {trong thôn|ở địa phương} {vì|do} {thua bạc|nợ nần} {đã|} "
            "{bán|cầm cố} {xe|đất|tài sản}, {gia đình|vợ con} {khổ sở|lục đục}.",
        ],
    )


def enforcement_collusion(setting: Setting) -> Matter:
    place = setting.place
    if setting.two_tier:
        office = b.province_enforcement(place, setting.letter_date)
        superior = b.Body("Cục Quản lý thi hành án dân sự - Bộ Tư pháp", "Cục Quản lý THADS", "central")
    else:
        office = b.district_office(place, "enforcement")
        superior = b.province_enforcement(place, setting.letter_date)
    head = b.Body(f"Thủ trưởng {office.name}", f"Thủ trưởng {office.short}", office.level)
    return _denunciation(
        setting,
        field="justice",
        scenario="enforcement_collusion",
        accused=Accused(f"Chấp hành viên {office.short}", head, superior),
        slots={
            "act": [
                "thông đồng với người phải thi hành án để tẩu tán tài sản",
                "cố ý trì hoãn thi hành án để trục lợi",
            ],
            "debtor": ["người phải thi hành án", "phía bị đơn", "bên phải trả tiền"],
        },
        subject=["tố cáo Chấp hành viên <accused_name>"],
        facts=[
            "<accused> {được phân công|là người} {tổ chức thi hành|thụ lý} {vụ việc|hồ sơ thi hành án} {mà "
            "<I> là người được thi hành án|của gia đình tôi}.",
            "{Dù|Mặc dù} <debtor> {có|còn} {nhà đất|tài sản}, <accused_short> {không|chưa} {kê biên|xác "
            "minh}[, {để|tạo điều kiện cho} <debtor> {sang tên|bán} {tài sản|nhà đất} cho người khác].",
            "?{Có người|<I>} {thấy|chứng kiến} <accused_short> {đi ăn uống|gặp riêng} với <debtor> {nhiều "
            "lần|tại quán}.",
        ],
    )


def police_abuse(setting: Setting) -> Matter:
    rng = setting.rng
    place = setting.place
    if rng.random() < 0.5:
        chief = b.Body(f"Trưởng Công an {place.commune}", f"Trưởng Công an {place.commune}", "commune")
        accused = Accused(f"cán bộ Công an {place.commune}", chief, _police_above_commune(setting, rng)[0])
    else:
        competent, superior = _police_above_commune(setting, rng)
        accused = Accused(f"Trưởng Công an {place.commune}", competent, superior)
    return _denunciation(
        setting,
        field="justice",
        scenario="police_abuse",
        accused=accused,
        slots={
            "act": [
                "dùng vũ lực đánh người trái pháp luật",
                "nhận tiền để bỏ qua vi phạm",
                "bắt giữ người trái pháp luật",
            ],
            "victim": [
                "con trai tôi",
                "em tôi",
                "chồng tôi" if setting.writer_female else "vợ tôi",
                "cháu tôi",
                "tôi",
            ],
        },
        subject=["tố cáo <accused_name> có hành vi <act>"],
        facts=[
            "{Tối|Chiều} ngày <event_date>, <victim> {bị|được} {mời|đưa} về {trụ sở|trụ sở công an xã} "
            "{vì|do} {va chạm giao thông|nghi lấy trộm|xô xát nhỏ với hàng xóm}.",
            "{Tại đây|Ở trụ sở}, <accused> {đã|} {đánh|tát|dùng dùi cui đánh} <victim>[, gây {bầm tím|thương "
            "tích} {ở|vùng} {mặt|lưng}], {ép|bắt} {ký|viết} {bản tường trình|biên bản} {theo ý|mà không cho "
            "đọc}.",
            "?{Sau đó|Trước khi thả}, <accused_short> {nói|gợi ý} {gia đình|<I>} {phải|} {nộp|đưa} "
            "<small_money> {thì|để} {mới cho về|không lập hồ sơ}.",
        ],
        attachments=["Giấy khám thương tích", "Ảnh chụp vết thương", "Tên người làm chứng"],
        victim=True,
    )


def village_fund(setting: Setting) -> Matter:
    rng = setting.rng
    village = setting.place.village
    head = (
        "trưởng ấp"
        if village.startswith("ấp")
        else "trưởng thôn"
        if not village.startswith(("tổ", "khu", "khối"))
        else "tổ trưởng"
    )
    return _denunciation(
        setting,
        field="corruption",
        scenario="village_fund",
        accused=_commune_staff(setting, rng, _head_of(head, village)),
        slots={
            "act": [
                "chiếm dụng quỹ thôn",
                "thu tiền của dân nhưng không công khai, sử dụng sai mục đích",
                "bán tài sản chung của thôn",
            ],
            "asset": [
                "quỹ thôn",
                "tiền cho thuê đất công ích",
                "tiền bán gỗ rừng cộng đồng",
                "tiền đóng góp làm đường",
            ],
        },
        subject=["tố cáo <accused_name> {sử dụng sai|chiếm dụng} <asset>"],
        facts=[
            "<accused> {quản lý|giữ} <asset> {từ năm|kể từ năm} <since_year>.",
            "{Năm|Trong năm} <event_year>, {thôn|tổ} {thu|có khoản thu} {khoảng|gần} <money> {nhưng|mà} "
            "{tại|trong} {cuộc họp cuối năm|buổi họp tổng kết}, <accused_short> {không|không hề} {báo "
            "cáo|công khai} {thu chi|sổ sách}.",
            "?{Khi|Lúc} {bà con|mọi người} {yêu cầu|đề nghị} {xem sổ sách|công khai}, <accused_short> "
            "{nói|bảo} {sổ|giấy tờ} {đã mất|bị thất lạc}[, {nhưng|trong khi} {ông ta|gia đình ông ta} "
            "{vừa|mới} {xây nhà|mua ô tô}].",
        ],
    )


def insurance_evasion(setting: Setting) -> Matter:
    rng = setting.rng
    place = setting.place
    company = firm_name(setting, rng)
    department = b.province_department(place, "social", setting.letter_date)
    return _denunciation(
        setting,
        field="social_policy",
        scenario="insurance_evasion",
        accused=Accused(f"Giám đốc {company}", department, b.province_chairman(place, rng)),
        slots={
            "company": company,
            "act": [
                "trốn đóng bảo hiểm xã hội cho người lao động",
                "trừ lương nhưng không đóng bảo hiểm xã hội",
                "chây ì nợ bảo hiểm xã hội",
            ],
            "workers": str(rng.randint(30, 800)),
        },
        subject=["tố cáo <company> trốn đóng bảo hiểm xã hội"],
        facts=[
            "<I> {là|từng là} công nhân {của|làm việc tại} <company> {từ năm|từ} <since_year>[, {công "
            "ty|doanh nghiệp} có {khoảng|hơn} <workers> lao động].",
            "{Hằng tháng|Mỗi tháng}, công ty {vẫn|đều} {trừ|khấu trừ} {tiền bảo hiểm xã hội|8% lương đóng "
            "bảo hiểm} {vào|trong} lương {của công nhân|của người lao động}.",
            "{Nhưng|Tuy nhiên} {khi|lúc} <I> {nghỉ việc|đi làm thủ tục hưởng chế độ}, {mới biết|mới phát "
            "hiện} {công ty|doanh nghiệp} {đã không|không hề} {đóng|nộp} bảo hiểm {từ|từ tháng} "
            "<month>/<event_year>.",
            "?{Hàng trăm|Rất nhiều} {công nhân|người lao động} {khác|cùng công ty} {cũng|đều} {không được|bị "
            "mất} {hưởng|} {chế độ thai sản|chế độ ốm đau|trợ cấp thất nghiệp}.",
        ],
        victim=True,
    )


def fake_medicine(setting: Setting) -> Matter:
    rng = setting.rng
    place = setting.place
    department = b.province_department(place, "health", setting.letter_date)
    return _denunciation(
        setting,
        field="health",
        scenario="fake_medicine",
        accused=Accused(
            f"chủ {rng.choice(('phòng khám tư', 'nhà thuốc', 'cơ sở đông y'))} tại {place.commune}",
            department,
            b.province_chairman(place, rng),
        ),
        slots={
            "act": [
                "hành nghề y không có giấy phép",
                "bán thuốc giả, thuốc không rõ nguồn gốc",
                "quảng cáo sai sự thật về thuốc",
            ],
            "drug": ["thuốc xương khớp", "thuốc giảm cân", "thuốc tiểu đường", "thuốc bổ gan"],
        },
        subject=["tố cáo {cơ sở|người} <act>"],
        facts=[
            "<accused> {mở|tự mở} {cơ sở|phòng khám} {khám bệnh, bán thuốc|bốc thuốc} {tại nhà|tại <where>} "
            "{từ năm|từ} <since_year>[ {nhưng|mà} {không có|không treo} giấy phép hành nghề].",
            "{Nhiều người|Bà con} {mua|dùng} <drug> {của <accused_short>|ở đó} {với giá|giá} <small_money> "
            "{một liều|một đợt} {thì|nhưng} {bệnh|tình trạng} {nặng thêm|không đỡ}[, có người {phải đi cấp "
            "cứu|bị suy thận}].",
            "?{Thuốc|Các gói thuốc} {không có|không ghi} {nhãn mác|nguồn gốc}, {không|chẳng} có {hóa đơn|số "
            "đăng ký}.",
        ],
    )
