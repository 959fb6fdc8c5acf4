"""Recommendations and reports (kiến nghị, phản ánh): a situation or a policy, nobody accused, nothing of the
writer's contested. Competence is the level in charge of the matter: a village road → the commune; a district
road or hospital → the district before the reform; a provincial policy → the province; a law → the centre.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from training.generator import bodies as b
from training.generator.bodies import Body
from training.generator.grammar import SlotValue
from training.generator.matter import Matter, Setting
from training.generator.scenarios.base import honorific, official, project_name
from training.generator.scenarios.support import build_matter, merged_slots
from training.generator.writing import days_before, fmt_date


def _commune(setting: Setting, rng: random.Random) -> tuple[Body, Body]:
    place = setting.place
    superior = b.province_committee(place, rng) if setting.two_tier else b.district_committee(place, rng)
    return b.commune_committee(place, rng), superior


def _local(setting: Setting, rng: random.Random) -> tuple[Body, Body]:
    """Matters a district ran before the reform and a commune runs after it."""
    if setting.two_tier:
        return _commune(setting, rng)
    return b.district_committee(setting.place, rng), b.province_committee(setting.place, rng)


def _province(setting: Setting, rng: random.Random, kind: str | None = None) -> tuple[Body, Body]:
    place = setting.place
    body = (
        b.province_department(place, kind, setting.letter_date) if kind else b.province_committee(place, rng)
    )
    return body, b.central_body("other", setting.letter_date, rng)


def _central(setting: Setting, rng: random.Random, field: str) -> tuple[Body, Body]:
    body = b.central_body(field, setting.letter_date, rng)
    return body, body


def _recommendation(
    setting: Setting,
    *,
    field: str,
    scenario: str,
    bodies: tuple[Body, Body],
    slots: dict[str, SlotValue],
    subject: Sequence[str],
    facts: Sequence[str],
    grounds: Sequence[str] = (),
    requests: Sequence[str] = (),
    extras: Sequence[str] = (),
    attachments: Sequence[str] = (),
) -> Matter:
    rng = setting.rng
    competent, superior = bodies
    # above the commune, talk of the local budget or an inspection of the village no longer fits
    unfit = (
        ("<local>", "kinh phí có hạn", "bố trí kinh phí")
        if competent.level in ("province", "central")
        else ()
    )
    since = days_before(setting.letter_date, rng, 90, 1500)
    merged = merged_slots(
        setting,
        {
            "since": f"{since.month}/{since.year}",
            "since_year": str(since.year),
            "competent_short": competent.short,
        },
        slots,
    )
    return build_matter(
        setting,
        rng,
        label="recommendation",
        field=field,
        scenario=scenario,
        competent=competent,
        superior=superior,
        slots=merged,
        subject=subject,
        facts=facts,
        grounds=grounds,
        requests=requests,
        extras=extras,
        attachments=attachments,
        own_share=0.4,
        unfit=unfit,
    )


def degraded_road(setting: Setting) -> Matter:
    rng = setting.rng
    place = setting.place
    kind = rng.random()
    if kind < 0.55:
        road, bodies = f"tuyến đường liên thôn {place.village}", _commune(setting, rng)
    elif kind < 0.8 and not setting.two_tier:
        road, bodies = (
            f"đường huyện ĐH.{rng.randint(1, 60):02d} đoạn qua {place.commune}",
            _local(setting, rng),
        )
    elif kind < 0.95:
        road, bodies = (
            f"Đường tỉnh ĐT.{rng.randint(601, 999)} đoạn qua {place.commune}",
            _province(setting, rng, "transport"),
        )
    else:
        road, bodies = (
            f"Quốc lộ {rng.randint(1, 60)} đoạn qua {place.commune}",
            _central(setting, rng, "construction"),
        )
    return _recommendation(
        setting,
        field="construction",
        scenario="degraded_road",
        bodies=bodies,
        slots={
            "road": road,
            "situation": [
                f"{road} xuống cấp nghiêm trọng",
                f"tình trạng hư hỏng của {road}",
                f"việc sửa chữa {road}",
            ],
            "length": f"{rng.randint(1, 12)} km" if rng.random() < 0.5 else f"{rng.randint(2, 9)}00 m",
        },
        subject=["kiến nghị sửa chữa <road>", "phản ánh tình trạng xuống cấp của <road>"],
        facts=[
            "<road> {dài khoảng|có chiều dài khoảng} <length>, {là|là con} đường {chính|duy nhất} {để|cho} "
            "<people> {đi lại|đi làm, đi học} {và|,} {vận chuyển nông sản|chở hàng}.",
            "{Từ|Kể từ} <since>, {mặt đường|đường} {bị|đã bị} {bong tróc|sụt lún|lở loét}, {nhiều|có} {ổ "
            "gà|ổ voi} {sâu|rộng} {hàng chục phân|gần nửa mét}[, {mùa mưa|trời mưa} {nước đọng|ngập} {thành "
            "vũng|lầy lội}].",
            "?{Đã có|Đã xảy ra} {nhiều|vài} {vụ|trường hợp} {té ngã|tai nạn} {xe máy|giao thông}, {nhất "
            "là|đặc biệt là} {học sinh|người già} {đi|đi lại} {buổi tối|lúc trời tối}.",
            "?{Xe tải|Xe chở vật liệu} {trọng tải lớn|quá tải} {thường xuyên|ngày đêm} {đi qua|chạy qua} "
            "{làm|khiến} {đường|con đường} {hư hỏng|xuống cấp} {nhanh hơn|nặng thêm}.",
        ],
        requests=[
            "{Đề nghị|Kính đề nghị} {sớm|} {bố trí kinh phí|đưa vào kế hoạch} {sửa chữa|nâng cấp|dặm vá} "
            "<road>.",
            "{Trước mắt|Trong khi chờ sửa chữa}, {đề nghị|mong} {cắm biển cảnh báo|lấp tạm các ổ gà|hạn chế "
            "xe tải nặng} {để|nhằm} {bảo đảm an toàn|tránh tai nạn}.",
        ],
        attachments=["Hình ảnh hiện trạng mặt đường", "Chữ ký của các hộ dân"],
    )


def flooding(setting: Setting) -> Matter:
    rng = setting.rng
    place = setting.place
    urban = place.commune_kind in ("phường", "thị trấn")
    bodies = _local(setting, rng) if urban and not setting.two_tier else _commune(setting, rng)
    return _recommendation(
        setting,
        field="construction" if urban else "environment",
        scenario="flooding",
        bodies=bodies,
        slots={
            "drain": ["mương thoát nước", "cống thoát nước chung", "hệ thống thoát nước", "kênh tiêu"],
            "situation": [
                f"tình trạng ngập úng tại {place.village}",
                "việc khơi thông cống rãnh thoát nước",
                f"ngập nước kéo dài ở {place.village}",
            ],
            "hours": str(rng.randint(2, 48)),
        },
        subject=[
            "kiến nghị {khơi thông|nạo vét} hệ thống thoát nước",
            "phản ánh tình trạng ngập úng tại <village>",
        ],
        facts=[
            "{Mỗi khi|Hễ} {trời mưa lớn|có mưa to}, {khu dân cư|đường và nhà dân} {ở|tại} <village> "
            "{lại|đều} {bị ngập|ngập sâu} {từ 30 đến 50 cm|ngang đầu gối}[, {kéo dài|có khi kéo dài} <hours> "
            "giờ mới rút].",
            "{Nguyên nhân|Theo bà con} {là do|có lẽ do} <drain> {quá nhỏ|bị bồi lấp|bị rác và bùn đất làm "
            "tắc}[, {nhiều năm nay|đã lâu} {không được|chưa được} nạo vét].",
            "?{Nước|Nước bẩn} {tràn|chảy} {vào nhà|vào sân}, {bốc mùi|hôi thối}, {muỗi|ruồi muỗi} {phát "
            "sinh|nhiều}, {trẻ em|các cháu nhỏ} {hay|thường} {bị|mắc} {bệnh ngoài da|sốt xuất huyết}.",
        ],
        requests=[
            "{Đề nghị|Kính đề nghị} {nạo vét|khơi thông} <drain>[ và {nâng cấp|mở rộng} {cống|đường ống} "
            "thoát nước] {trước mùa mưa|trong thời gian sớm nhất}.",
        ],
    )


def livestock_pollution(setting: Setting) -> Matter:
    rng = setting.rng
    place = setting.place
    return _recommendation(
        setting,
        field="environment",
        scenario="livestock_pollution",
        bodies=_commune(setting, rng),
        slots={
            "farms": [
                "các trại chăn nuôi heo",
                "nhiều hộ nuôi heo, nuôi gà",
                "các cơ sở chăn nuôi nhỏ lẻ",
                "khu chăn nuôi tập trung",
            ],
            "situation": [
                f"ô nhiễm môi trường do chăn nuôi tại {place.village}",
                "mùi hôi từ các trại chăn nuôi",
                "tình trạng ô nhiễm ở khu dân cư",
            ],
        },
        subject=[
            "phản ánh tình trạng ô nhiễm môi trường do chăn nuôi",
            "kiến nghị về ô nhiễm môi trường tại <village>",
        ],
        facts=[
            "{Mấy năm gần đây|Từ <since>}, {tại|ở} <village> {có|xuất hiện} <farms> {nằm|ở} {xen kẽ|sát} "
            "{trong|với} khu dân cư.",
            "{Mùi hôi|Mùi phân} {bốc lên|nồng nặc} {suốt ngày đêm|nhất là lúc chiều tối}, {nước thải|chất "
            "thải} {chảy|tràn} {ra|xuống} {mương|kênh} {chung|thủy lợi}[, {ruồi|ruồi nhặng} {bu|bám} "
            "{đầy|kín} {nhà|mâm cơm}].",
            "?{Nhiều|Một số} {hộ|gia đình} {phải|đành} {đóng cửa|đóng kín cửa} {cả ngày|suốt ngày}, {người "
            "già|trẻ nhỏ} {hay|thường} {ho|ốm vặt}.",
        ],
        requests=[
            "{Đề nghị|Kính đề nghị} {kiểm tra|rà soát} {các cơ sở chăn nuôi|việc xử lý chất thải} {trong khu "
            "dân cư|tại thôn} và {hướng dẫn|yêu cầu} {xử lý chất thải|di dời} {theo quy định|phù hợp}.",
            "{Đề nghị|Mong} {quy hoạch|bố trí} {khu chăn nuôi tập trung|vùng chăn nuôi} {xa khu dân "
            "cư|riêng}.",
        ],
        extras=[
            "{Bà con|Chúng tôi} {hiểu|biết} {chăn nuôi|nghề nuôi heo} là {sinh kế|nguồn sống} của {nhiều "
            "hộ|bà con}, {không muốn|không có ý} {làm khó|quy lỗi cho} {ai|hộ nào}, chỉ mong {có|tìm ra} "
            "{cách|giải pháp} {hài hòa|hợp lý}.",
        ],
    )


def landfill(setting: Setting) -> Matter:
    rng = setting.rng
    place = setting.place
    bodies = _province(setting, rng, "land") if setting.two_tier else _local(setting, rng)
    return _recommendation(
        setting,
        field="environment",
        scenario="landfill",
        bodies=bodies,
        slots={
            "site": [f"bãi rác {place.commune_name}", "bãi rác tập trung", "khu xử lý rác", "lò đốt rác"],
            "situation": [
                "tình trạng quá tải của bãi rác",
                "việc thu gom, xử lý rác thải",
                "ô nhiễm từ bãi rác",
            ],
        },
        subject=["kiến nghị về việc xử lý rác thải tại <site>"],
        facts=[
            "<site> {nằm cách|cách} {khu dân cư|nhà dân} {chỉ khoảng|chưa đầy} {300 m|500 m|1 km}[, {hoạt "
            "động|được đưa vào sử dụng} từ năm <since_year>].",
            "{Hiện nay|Gần đây}, {bãi|khu} {đã|} {quá tải|đầy}, rác {đổ|chất} {thành đống|cao như núi}, "
            "{nước rỉ rác|nước thải} {chảy|ngấm} {ra|xuống} {ruộng|mương}[, {khói|mùi} {bay|lan} {vào|về} "
            "{thôn|khu dân cư}].",
            "?{Việc|Xe} thu gom rác {ở|tại} {các thôn|khu dân cư} {không thường xuyên|thất thường}, {có "
            "khi|nhiều lúc} {cả tuần|mấy ngày} {mới|} {thu|lấy} một lần.",
        ],
        requests=[
            "{Đề nghị|Kính đề nghị} {có phương án|sớm đầu tư} {xử lý|đóng cửa} <site>[ và {xây dựng|bố trí} "
            "{khu xử lý|nhà máy xử lý} {mới|hợp vệ sinh}].",
        ],
    )


def clean_water(setting: Setting) -> Matter:
    rng = setting.rng
    place = setting.place
    return _recommendation(
        setting,
        field="other",
        scenario="clean_water",
        bodies=_commune(setting, rng),
        slots={
            "situation": [
                f"việc cấp nước sạch cho {place.village}",
                "tình trạng thiếu nước sạch sinh hoạt",
                "nhu cầu nước sạch của bà con",
            ],
            "households": str(rng.randint(40, 400)),
        },
        subject=["kiến nghị đầu tư nước sạch cho <village>", "phản ánh tình trạng thiếu nước sạch"],
        facts=[
            "<village> có {khoảng|gần} <households> hộ {nhưng|mà} {đến nay|hiện nay} {vẫn|} {chưa có|không "
            "có} {nước máy|nước sạch}, bà con {phải|đang} {dùng|sử dụng} {nước giếng|nước sông|nước mưa}.",
            "{Nước giếng|Nước} {bị|có} {nhiễm phèn|nhiễm mặn|mùi tanh}, {đun sôi|để lắng} {vẫn|mà vẫn} "
            "{đục|có cặn}[, {mùa khô|những tháng nắng} {giếng|giếng khoan} {cạn|không còn nước}].",
            "?{Đường ống|Hệ thống} nước sạch {chỉ|mới} {đến|kéo đến} {thôn bên cạnh|đầu xã}, {cách|còn cách} "
            "{thôn|<village>} {khoảng|chưa đầy} {1 km|vài trăm mét}.",
        ],
        requests=[
            "{Đề nghị|Kính đề nghị} {kéo|mở rộng} {đường ống|mạng lưới} cấp nước sạch {về|đến} <village>[, "
            "bà con {sẵn sàng|đồng ý} {đóng góp|góp công} {một phần|}].",
        ],
    )


def traffic_safety(setting: Setting) -> Matter:
    rng = setting.rng
    place = setting.place
    provincial = rng.random() < 0.35
    bodies = _province(setting, rng, "transport") if provincial else _commune(setting, rng)
    spot = (
        f"ngã tư giao giữa Đường tỉnh ĐT.{rng.randint(601, 999)} và đường vào {place.village}"
        if provincial
        else f"ngã ba đầu {place.village}"
    )
    return _recommendation(
        setting,
        field="other",
        scenario="traffic_safety",
        bodies=bodies,
        slots={
            "spot": spot,
            "situation": [f"an toàn giao thông tại {spot}", f"nguy cơ tai nạn ở {spot}"],
            "accidents": str(rng.randint(2, 9)),
        },
        subject=[
            "kiến nghị {lắp đèn tín hiệu|làm gờ giảm tốc} tại <spot>",
            "kiến nghị bảo đảm an toàn giao thông",
        ],
        facts=[
            "<spot> {là|là nơi} {giao nhau|đông xe qua lại}, {tầm nhìn|góc nhìn} {bị che khuất|hạn chế} "
            "{bởi|do} {cây cối|nhà dân|khúc cua}.",
            "{Từ đầu năm|Trong năm qua}, {tại đây|ở đây} {đã xảy ra|xảy ra} <accidents> vụ tai nạn[, {có "
            "vụ|trong đó có vụ} {làm chết người|nghiêm trọng}].",
            "?{Giờ tan học|Buổi sáng}, {học sinh|các cháu} {đi xe đạp|đi bộ} {qua|băng qua} {rất|} {nguy "
            "hiểm|đông}, {xe tải|xe khách} {chạy|lao} {tốc độ cao|rất nhanh}.",
        ],
        requests=[
            "{Đề nghị|Kính đề nghị} {lắp đặt|bố trí} {đèn tín hiệu|biển báo|gờ giảm tốc|gương cầu lồi} "
            "{tại|ở} <spot>.",
        ],
    )


def suspended_planning(setting: Setting) -> Matter:
    rng = setting.rng
    bodies = _province(setting, rng) if setting.two_tier or rng.random() < 0.4 else _local(setting, rng)
    project = project_name(setting, rng)
    return _recommendation(
        setting,
        field="land",
        scenario="suspended_planning",
        bodies=bodies,
        slots={
            "project": project,
            "years": str(rng.randint(5, 16)),
            "situation": [
                f"tình trạng quy hoạch treo tại {project}",
                f"việc {project} chậm triển khai nhiều năm",
                "quy hoạch treo kéo dài",
            ],
        },
        subject=["kiến nghị {về|giải quyết} tình trạng quy hoạch treo", "kiến nghị về <project>"],
        facts=[
            "{Khu đất|Khu vực} {của|nơi} <people> {sinh sống|ở} {đã|} {nằm trong|bị đưa vào} quy hoạch "
            "<project> {đã|hơn} <years> năm {nhưng|mà} {đến nay|vẫn} {chưa|không} {triển khai|thu hồi, bồi "
            "thường}.",
            "{Vì|Do} {vướng|nằm trong} quy hoạch, {người dân|bà con} {không được|không thể} {xây mới|sửa "
            "chữa lớn|tách thửa|chuyển nhượng} {nhà đất|đất}[, {nhà cửa|nhiều căn nhà} {xuống cấp|dột nát} "
            "{mà không dám sửa|cũng không được sửa}].",
            "?{Nhiều lần|Đã nhiều lần} {hỏi|nghe nói} {thì|,} {cán bộ|các nơi} {chỉ|đều} {trả lời|nói} "
            "{là|rằng} {đang chờ|chưa có} {vốn|nhà đầu tư}.",
        ],
        requests=[
            "{Đề nghị|Kính đề nghị} {công bố rõ|cho biết} {tiến độ|thời gian} thực hiện <project>[, "
            "{nếu|trường hợp} {không thực hiện được|không còn khả thi} thì {hủy bỏ|điều chỉnh} quy hoạch] "
            "{để|cho} <people> {ổn định|yên tâm} {cuộc sống|sản xuất}.",
        ],
    )


def land_price_policy(setting: Setting) -> Matter:
    rng = setting.rng
    central = rng.random() < 0.25
    bodies = _central(setting, rng, "land") if central else _province(setting, rng)
    rule = (
        "Luật Đất đai và các nghị định hướng dẫn" if central else f"bảng giá đất của {setting.place.province}"
    )
    return _recommendation(
        setting,
        field="compensation",
        scenario="land_price_policy",
        bodies=bodies,
        slots={
            "rule": rule,
            "situation": [
                f"giá đất bồi thường theo {rule}",
                "chính sách bồi thường, hỗ trợ khi Nhà nước thu hồi đất",
                f"việc điều chỉnh {rule}",
            ],
        },
        subject=["kiến nghị điều chỉnh {giá đất|chính sách bồi thường}", "góp ý về <rule>"],
        facts=[
            "{Qua|Theo} {theo dõi|thực tế} {các dự án|nhiều dự án} {thu hồi đất|giải phóng mặt bằng} {tại "
            "địa phương|trong tỉnh}, <I> thấy {giá đất|đơn giá} {tính bồi thường|áp dụng} theo <rule> {thấp "
            "hơn nhiều|chỉ bằng một phần} {so với|} {giá thị trường|giá chuyển nhượng thực tế}.",
            "{Nhiều hộ|Người dân} {bị thu hồi đất|mất đất} {nhận tiền|với số tiền được bồi thường} {không "
            "đủ|không thể} {mua lại|mua được} {đất|chỗ ở} {ở nơi khác|tương đương}.",
            "?{Mức|Các khoản} hỗ trợ {chuyển đổi nghề|đào tạo nghề} {còn thấp|chưa thực chất}, {người "
            "dân|lao động nông nghiệp} {lớn tuổi|trung niên} {khó|không} {tìm được việc|chuyển nghề}.",
        ],
        requests=[
            "{Đề nghị|Kính đề nghị} {nghiên cứu|xem xét} {điều chỉnh|sửa đổi} <rule> {cho|để} {sát|phù hợp} "
            "với {giá thị trường|thực tế}[, {bảo đảm|hài hòa} lợi ích của {Nhà nước, nhà đầu tư và người "
            "dân|người có đất bị thu hồi}].",
        ],
        extras=[
            "<I> {không|chẳng} {khiếu nại|phản đối} {quyết định|dự án} {cụ thể|riêng} nào, {chỉ|mà chỉ} {góp "
            "ý|nêu ý kiến} về {chính sách|cách làm chung}.",
        ],
    )


def resettlement_infrastructure(setting: Setting) -> Matter:
    rng = setting.rng
    project = project_name(setting, rng)
    return _recommendation(
        setting,
        field="compensation",
        scenario="resettlement_infrastructure",
        bodies=_local(setting, rng),
        slots={
            "project": project,
            "area_name": "khu tái định cư "
            f"{rng.choice(('Đồng Mới', 'Bắc Sơn', 'Gò Đình', 'Bãi Giữa', 'Tân Lập'))}",
            "situation": [
                "hạ tầng khu tái định cư chưa hoàn thiện",
                "điều kiện sinh sống tại khu tái định cư",
            ],
        },
        subject=["kiến nghị hoàn thiện hạ tầng <area_name>"],
        facts=[
            "<people> {chuyển đến|về} <area_name> {từ|từ tháng} <since> {để nhường đất cho|để giải phóng mặt "
            "bằng cho} <project>.",
            "{Đến nay|Đã lâu}, {khu|khu này} {vẫn|} {chưa có|không có} {điện lưới|nước sạch|đường nội bộ|hệ "
            "thống thoát nước}[, {đường|lối đi} {lầy lội|toàn đất đỏ} {mỗi khi mưa|khi trời mưa}].",
            "?{Trường học|Trạm y tế|Chợ} {gần nhất|} {cách|ở cách} {khu|đây} {hơn|gần} {3 km|5 km}, {trẻ "
            "em|các cháu} {đi học|đến trường} {rất|} {vất vả|xa}.",
        ],
        requests=[
            "{Đề nghị|Kính đề nghị} {đầu tư|hoàn thiện} {hạ tầng|điện, nước, đường} {tại|cho} <area_name> "
            "{theo đúng|như} {cam kết|quy hoạch} {ban đầu|đã duyệt}.",
        ],
    )


def allowance_delay(setting: Setting) -> Matter:
    rng = setting.rng
    return _recommendation(
        setting,
        field="social_policy",
        scenario="allowance_delay",
        bodies=_commune(setting, rng),
        slots={
            "allowance": [
                "trợ cấp người cao tuổi",
                "trợ cấp xã hội hằng tháng",
                "tiền hỗ trợ người khuyết tật",
                "phụ cấp người có công",
            ],
            "situation": [
                "việc chi trả trợ cấp chậm trễ",
                "chậm chi trả chế độ chính sách",
                "cách chi trả trợ cấp tại xã",
            ],
            "months": str(rng.randint(2, 5)),
        },
        subject=["phản ánh việc chậm chi trả <allowance>"],
        facts=[
            "{Từ|Kể từ} <since>, {việc|đợt} chi trả <allowance> {tại|ở} <commune> {thường xuyên|liên tục} "
            "{bị chậm|chậm trễ}, {có khi|nhiều lần} <months> tháng {mới|} {nhận một lần|được nhận}.",
            "{Địa điểm|Điểm} chi trả {xa|ở xa} {khu dân cư|nhà dân}, {người già|các cụ} {phải|đành} {nhờ "
            "người chở|đi bộ} {đến|ra} {và|rồi} {chờ|xếp hàng} {cả buổi|nửa ngày}.",
            "?{Nhiều cụ|Các cụ} {sống một mình|neo đơn} {trông|chỉ trông} vào {khoản tiền này|tiền trợ cấp} "
            "để {mua thuốc|sinh sống}.",
        ],
        requests=[
            "{Đề nghị|Kính đề nghị} {chi trả|bảo đảm chi trả} {đúng hạn|hằng tháng đúng kỳ}[ và {tổ chức|bố "
            "trí} {chi trả tại thôn|chi trả tận nhà} {cho|đối với} {người già yếu|người không đi lại được}].",
        ],
        extras=[
            "<I> {biết|hiểu} {cán bộ|anh chị em} {chi trả|làm chính sách} {rất|cũng} {vất vả|nhiều việc}, "
            "{không|chẳng} {trách|có ý trách} {ai|người nào}, chỉ {mong|đề nghị} {sắp xếp|cải tiến} {cách "
            "làm|cho hợp lý}.",
        ],
    )


def poverty_criteria(setting: Setting) -> Matter:
    rng = setting.rng
    central = rng.random() < 0.5
    bodies = _central(setting, rng, "social_policy") if central else _province(setting, rng, "social")
    return _recommendation(
        setting,
        field="social_policy",
        scenario="poverty_criteria",
        bodies=bodies,
        slots={
            "situation": [
                "tiêu chí xác định hộ nghèo hiện nay",
                "chuẩn nghèo đa chiều áp dụng ở vùng khó khăn",
                "cách chấm điểm hộ nghèo",
            ],
        },
        subject=["góp ý về tiêu chí rà soát hộ nghèo", "kiến nghị sửa đổi chuẩn nghèo"],
        facts=[
            "{Theo|Qua} {tiêu chí|cách chấm điểm} {hiện nay|đang áp dụng}, {hộ nào|nhà nào} {có|sở hữu} {xe "
            "máy|tivi|điện thoại thông minh} {là|thì} {bị trừ điểm|bị coi là không nghèo}, {dù|mặc dù} "
            "{không có|thiếu} {thu nhập ổn định|đất sản xuất}.",
            "{Ở|Tại} {vùng|nơi} <I> {sống|sinh sống}, {nhiều|không ít} {hộ|gia đình} {thực sự|rất} khó khăn "
            "{nhưng|mà} {không|chẳng} {đủ|đạt} {điểm|tiêu chí} {để|} được công nhận {hộ nghèo|hộ cận nghèo}.",
        ],
        requests=[
            "{Đề nghị|Kính đề nghị} {nghiên cứu|xem xét} {điều chỉnh|bổ sung} {tiêu chí|chuẩn} {cho|để} {phù "
            "hợp|sát} với {điều kiện|thực tế} {vùng nông thôn, miền núi|từng vùng}.",
        ],
    )


def health_station(setting: Setting) -> Matter:
    rng = setting.rng
    place = setting.place
    if setting.two_tier:
        bodies = _commune(setting, rng)
    else:
        center = b.district_office(place, "health")
        bodies = (center, b.province_department(place, "health", setting.letter_date))
    return _recommendation(
        setting,
        field="health",
        scenario="health_station",
        bodies=bodies,
        slots={
            "station": f"Trạm Y tế {place.commune}",
            "situation": [
                f"tình trạng thiếu thuốc, thiếu bác sĩ tại Trạm Y tế {place.commune}",
                "chất lượng khám chữa bệnh ở tuyến xã",
            ],
        },
        subject=["kiến nghị về hoạt động của <station>"],
        facts=[
            "<station> {hiện|hiện nay} {chỉ có|chỉ còn} {một y sĩ|hai nhân viên}, {không có|chưa có} bác sĩ "
            "{thường trực|làm việc thường xuyên}.",
            "{Thuốc|Thuốc bảo hiểm y tế} {thường xuyên|hay} {thiếu|hết}, {người bệnh|bà con} {đến khám|khám "
            "xong} {phải|lại phải} {ra ngoài mua|tự mua} thuốc[, {máy móc|thiết bị} {cũ|hư hỏng} {không sử "
            "dụng được|lâu ngày}].",
            "?{Người già|Bà con} {muốn|phải} {khám|điều trị} {bệnh mãn tính|huyết áp, tiểu đường} {phải|đều "
            "phải} {lên|đi} {tuyến trên|bệnh viện} {cách|xa} {hơn 20 km|cả chục cây số}.",
        ],
        requests=[
            "{Đề nghị|Kính đề nghị} {bổ sung|tăng cường} {bác sĩ|nhân lực} và {cung ứng|bảo đảm} {đủ "
            "thuốc|thuốc bảo hiểm y tế} {cho|tại} <station>.",
        ],
    )


def hospital_service(setting: Setting) -> Matter:
    rng = setting.rng
    place = setting.place
    central = rng.random() < 0.3
    bodies = _central(setting, rng, "health") if central else _province(setting, rng, "health")
    topic = (
        "thủ tục khám chữa bệnh bảo hiểm y tế"
        if central
        else f"tình trạng quá tải tại Bệnh viện Đa khoa {place.province}"
    )
    return _recommendation(
        setting,
        field="health",
        scenario="hospital_service",
        bodies=bodies,
        slots={"topic": topic, "situation": [topic, f"cải tiến {topic}"]},
        subject=["kiến nghị về <topic>", "góp ý về <topic>"],
        facts=[
            "{Mỗi lần|Những lần} {đưa người nhà|đi} {khám bệnh|khám chữa bệnh}, <I> {phải|đều phải} {chờ|xếp "
            "hàng} {từ sáng sớm|từ 5 giờ sáng} {đến|tới} {trưa|chiều} {mới|} {được khám|tới lượt}.",
            "{Giấy tờ|Thủ tục} {bảo hiểm y tế|chuyển tuyến} {còn|vẫn còn} {rườm rà|nhiều bước}, {phải|bắt} "
            "{photo|nộp} {nhiều loại giấy|giấy tờ} {giống nhau|trùng lặp}.",
            "?{Hành lang|Phòng bệnh} {chật chội|quá tải}, {hai ba người|nhiều bệnh nhân} {nằm chung|chung} "
            "một giường.",
        ],
        requests=[
            "{Đề nghị|Kính đề nghị} {cải cách|đơn giản hóa} {thủ tục|quy trình} {và|,} {mở rộng|tăng} {khu "
            "khám bệnh|số bàn khám}[, {ứng dụng|triển khai} {đặt lịch khám|đăng ký khám} {trực tuyến|qua "
            "điện thoại}].",
        ],
    )


def school_facilities(setting: Setting) -> Matter:
    rng = setting.rng
    place = setting.place
    if rng.random() < 0.3:
        school = (
            f"Trường THPT {rng.choice(('Nguyễn Du', 'Lý Thường Kiệt', 'Quang Trung', 'Phan Đình Phùng'))}"
        )
        bodies = _province(setting, rng, "education")
    else:
        school = f"Trường {rng.choice(('Tiểu học', 'THCS', 'Mầm non'))} {place.commune_name}"
        if setting.two_tier:
            bodies = _commune(setting, rng)
        else:
            bodies = (b.district_office(place, "education"), b.district_committee(place, rng))
    return _recommendation(
        setting,
        field="education",
        scenario="school_facilities",
        bodies=bodies,
        slots={
            "school": school,
            "situation": [
                f"cơ sở vật chất xuống cấp tại {school}",
                f"tình trạng thiếu giáo viên ở {school}",
                f"điều kiện học tập của học sinh {school}",
            ],
        },
        subject=["kiến nghị sửa chữa, nâng cấp <school>"],
        facts=[
            "{Các phòng học|Dãy phòng học} {của|tại} <school> {được xây|xây} {từ|từ những năm} "
            "{1990|2000|lâu}, {nay|hiện} {đã|} {xuống cấp|nứt tường, dột mái}[, {mùa mưa|trời mưa} {học "
            "sinh|các cháu} {phải|} {kê bàn|dồn bàn} {tránh dột|né chỗ dột}].",
            "?{Trường|Nhà trường} {thiếu|không đủ} giáo viên {các môn|môn} {Tiếng Anh, Tin học|Âm nhạc, Mỹ "
            "thuật}, {có lớp|nhiều lớp} {phải|} {ghép|học ghép} {hoặc|hay} {nghỉ|bỏ} {tiết|môn}.",
            "?{Nhà vệ sinh|Công trình vệ sinh} {hư hỏng|không có nước}, {sân trường|sân chơi} {ngập|lầy lội} "
            "{khi mưa|mỗi khi mưa}.",
        ],
        requests=[
            "{Đề nghị|Kính đề nghị} {bố trí kinh phí|có kế hoạch} {sửa chữa|xây mới} {phòng học|các hạng "
            "mục} và {bổ sung|tăng cường} giáo viên {cho|tại} <school>.",
        ],
    )


def education_policy(setting: Setting) -> Matter:
    rng = setting.rng
    return _recommendation(
        setting,
        field="education",
        scenario="education_policy",
        bodies=_central(setting, rng, "education"),
        slots={
            "topic": [
                "giá sách giáo khoa",
                "quy định về dạy thêm, học thêm",
                "lịch thi tốt nghiệp THPT",
                "học phí ở vùng khó khăn",
            ],
            "situation": ["chính sách giáo dục hiện hành", "một số quy định trong ngành giáo dục"],
        },
        subject=["góp ý về <topic>", "kiến nghị về chính sách giáo dục"],
        facts=[
            "<I> là {phụ huynh|cha mẹ} {có|của} {hai con|ba con} {đang học|đang đi học} {tiểu học và "
            "THCS|cấp hai, cấp ba} {ở|tại} {vùng nông thôn|<commune>}.",
            "{Thời gian qua|Mấy năm nay}, <topic> {gây|tạo} {nhiều|không ít} {khó khăn|áp lực} cho {phụ "
            "huynh|gia đình} {ở|tại} {nông thôn|vùng khó khăn}[, {nhất là|đặc biệt là} {những gia đình|các "
            "hộ} {đông con|thu nhập thấp}].",
        ],
        requests=[
            "{Đề nghị|Kính đề nghị} <addr> {nghiên cứu|xem xét} {điều chỉnh|sửa đổi} {quy định|chính sách} "
            "về <topic> {cho|để} {phù hợp|sát} với {thực tế|điều kiện} {của người dân|vùng nông thôn}.",
        ],
    )


def law_proposal(setting: Setting) -> Matter:
    rng = setting.rng
    return _recommendation(
        setting,
        field="justice",
        scenario="law_proposal",
        bodies=_central(setting, rng, "justice"),
        slots={
            "topic": [
                "đăng ký hộ tịch trực tuyến",
                "phí chứng thực bản sao",
                "thi hành án dân sự",
                "quy định về trợ giúp pháp lý miễn phí",
            ],
            "situation": ["một số quy định về thủ tục tư pháp", "quy định pháp luật về hộ tịch, chứng thực"],
        },
        subject=["kiến nghị sửa đổi quy định về <topic>"],
        facts=[
            "{Qua|Trong} {thực tế|quá trình} {làm thủ tục|đi làm giấy tờ}, <I> {thấy|nhận thấy} {quy "
            "định|thủ tục} về <topic> {còn|vẫn còn} {phức tạp|bất cập|chồng chéo}.",
            "{Người dân|Bà con} {ở|tại} {vùng sâu|nông thôn} {phải|thường phải} {đi lại|đi} {nhiều lần|nhiều "
            "nơi}, {mất|tốn} {thời gian|công sức} {trong khi|mà} {hệ thống|cổng dịch vụ công} {hay|thường} "
            "{lỗi|gián đoạn}.",
        ],
        requests=[
            "{Đề nghị|Kính đề nghị} <addr> {nghiên cứu|xem xét} {sửa đổi|đơn giản hóa} {quy định|thủ tục} về "
            "<topic>.",
        ],
    )


def budget_transparency(setting: Setting) -> Matter:
    rng = setting.rng
    return _recommendation(
        setting,
        field="corruption",
        scenario="budget_transparency",
        bodies=_commune(setting, rng),
        slots={
            "situation": [
                "việc công khai thu chi ngân sách xã",
                "công khai các khoản đóng góp của nhân dân",
                "minh bạch trong quản lý tài chính ở cơ sở",
            ],
        },
        subject=["kiến nghị công khai, minh bạch tài chính", "góp ý về công khai thu chi"],
        facts=[
            "{Hằng năm|Mỗi năm}, {người dân|bà con} {đóng góp|góp} {nhiều khoản|khá nhiều khoản} {như|gồm} "
            "{quỹ an ninh|quỹ phòng chống thiên tai|tiền làm đường}, {nhưng|mà} {việc|các khoản} {thu chi|sử "
            "dụng} {chưa được|không được} {niêm yết|thông báo} {rõ ràng|cụ thể}.",
            "{Bảng|Bảng tin} công khai {ở|tại} {nhà văn hóa|trụ sở} {thường|hay} {không cập nhật|để trống}[, "
            "{bà con|người dân} {muốn biết|hỏi} {cũng|thì} {không biết|chẳng biết} {hỏi ai|xem ở đâu}].",
        ],
        requests=[
            "{Đề nghị|Kính đề nghị} {niêm yết|công khai} {định kỳ|hằng quý} {các khoản thu chi|việc sử dụng "
            "tiền đóng góp} {tại|ở} {nhà văn hóa thôn|trụ sở} {để|nhằm} {phòng ngừa tham nhũng|phòng ngừa "
            "tiêu cực} {và|,} {tạo lòng tin|để dân giám sát}.",
        ],
        extras=[
            "<I> {không|chẳng} {tố cáo|nghi ngờ} {ai|cán bộ nào} {tham nhũng|sai phạm}, chỉ {mong|đề nghị} "
            "{công khai|minh bạch} {để|cho} {bà con|mọi người} {yên tâm|biết}.",
        ],
    )


def apartment_building(setting: Setting) -> Matter:
    rng = setting.rng
    building = (
        f"chung cư {rng.choice(('An Phú', 'Hoàng Anh', 'Sông Đà', 'Phúc Lộc', 'Đông Nam', 'Tân Hương'))}"
    )
    return _recommendation(
        setting,
        field="construction",
        scenario="apartment_building",
        bodies=_province(setting, rng, "construction"),
        slots={
            "building": building,
            "situation": [f"an toàn phòng cháy tại {building}", f"tình trạng xuống cấp của {building}"],
            "floors": str(rng.randint(9, 30)),
        },
        subject=["kiến nghị kiểm tra an toàn <building>"],
        facts=[
            "<building> {cao|gồm} <floors> tầng tại {<commune>|<where>}, {có|với} {hàng trăm|gần ba trăm} hộ "
            "{đang sinh sống|cư trú}.",
            "{Thang máy|Hai thang máy} {thường xuyên|hay} {hỏng|dừng đột ngột}, {hệ thống|thiết bị} {báo "
            "cháy|chữa cháy} {không hoạt động|đã hết hạn kiểm định}[, {lối thoát hiểm|cầu thang bộ} {bị|đang "
            "bị} {chắn|để đồ}].",
            "?{Tường|Trần} {nhiều căn hộ|hành lang} {bị|đã} {nứt|thấm nước}, {mảng vữa|bê tông} {rơi|bong} "
            "{xuống|ra}.",
        ],
        requests=[
            "{Đề nghị|Kính đề nghị} {tổ chức|cử đoàn} {kiểm tra|kiểm định} {an toàn|chất lượng} {công "
            "trình|<building>} và {hướng dẫn|yêu cầu} {khắc phục|sửa chữa} {kịp thời|sớm}.",
        ],
    )


def official_attitude(setting: Setting) -> Matter:
    rng = setting.rng
    place = setting.place
    name, female = official(setting, rng)
    hon = honorific(female)
    return _recommendation(
        setting,
        field="other",
        scenario="official_attitude",
        bodies=_commune(setting, rng),
        slots={
            "clerk": f"{hon} {name}",
            "visit": fmt_date(days_before(setting.letter_date, rng, 3, 40), rng),
            "situation": [
                f"thái độ phục vụ của cán bộ tiếp nhận hồ sơ tại {place.commune}",
                "văn hóa ứng xử nơi công sở",
            ],
        },
        subject=["phản ánh thái độ phục vụ tại bộ phận một cửa"],
        facts=[
            "{Ngày|Hôm} <visit>, <I> {đến|lên} {bộ phận một cửa|Ủy ban} <commune> {để|} {xin xác nhận|làm "
            "giấy tờ}.",
            "<clerk>, {cán bộ|người} {tiếp nhận hồ sơ|trực hôm đó}, {nói năng|trả lời} {cộc lốc|thiếu tôn "
            "trọng}[, {quát|lớn tiếng} với {người già|mọi người}], {không|chẳng} {hướng dẫn|giải thích} {rõ "
            "ràng|cụ thể}.",
            "?{Không chỉ|Không riêng} <I>, {nhiều người|mấy người} {đến làm thủ tục|hôm đó} {cũng|đều} "
            "{thấy|bị} {như vậy|khó chịu}.",
        ],
        requests=[
            "{Đề nghị|Kính mong} <addr> {nhắc nhở|chấn chỉnh} {thái độ|tác phong} {phục vụ|làm việc} {của "
            "cán bộ|tại bộ phận một cửa} {để|cho} {người dân|bà con} {được|} {phục vụ|đón tiếp} {chu đáo "
            "hơn|tốt hơn}.",
        ],
        extras=[
            "<I> {biết|hiểu} {thái độ|cách nói năng} {không phải|chưa phải} là {vi phạm pháp luật|tội}, "
            "{chỉ|nên chỉ} {mong|đề nghị} {được|} {nhắc nhở|góp ý} để {rút kinh nghiệm|sửa đổi}.",
        ],
    )


def irrigation(setting: Setting) -> Matter:
    rng = setting.rng
    place = setting.place
    return _recommendation(
        setting,
        field="other",
        scenario="irrigation",
        bodies=_commune(setting, rng),
        slots={
            "canal": [f"kênh mương nội đồng {place.village}", "mương tưới tiêu", "trạm bơm của thôn"],
            "situation": ["việc tưới tiêu cho đồng ruộng", f"tình trạng hư hỏng kênh mương {place.village}"],
            "hectares": f"{rng.randint(10, 120)} ha",
        },
        subject=["kiến nghị sửa chữa <canal>"],
        facts=[
            "<canal> {phục vụ|cấp nước cho} {khoảng|gần} <hectares> {lúa|ruộng|hoa màu} của <people>.",
            "{Lòng mương|Bờ kênh} {bị|đã} {sạt lở|bồi lấp|vỡ nhiều đoạn}, {nước|nước tưới} {không|chẳng} {về "
            "tới|chảy đến} {cuối đồng|ruộng phía dưới}[, {vụ trước|vụ vừa rồi} {nhiều hộ|nhiều thửa} {mất "
            "mùa|bỏ hoang}].",
        ],
        requests=[
            "{Đề nghị|Kính đề nghị} {nạo vét|kiên cố hóa|sửa chữa} <canal> {trước|kịp} {vụ|mùa} {gieo "
            "cấy|sản xuất} tới.",
        ],
    )


def dust_trucks(setting: Setting) -> Matter:
    rng = setting.rng
    place = setting.place
    return _recommendation(
        setting,
        field="environment",
        scenario="dust_trucks",
        bodies=_commune(setting, rng),
        slots={
            "situation": [
                f"bụi và tiếng ồn do xe chở vật liệu qua {place.village}",
                "ô nhiễm bụi trên tuyến đường qua thôn",
            ],
            "cargo": ["đất", "cát", "đá", "vật liệu xây dựng"],
        },
        subject=["phản ánh tình trạng bụi, ồn do xe chở vật liệu"],
        facts=[
            "{Từ|Kể từ} <since>, {hàng chục|rất nhiều} {lượt|chuyến} xe tải chở <cargo> {đi qua|chạy qua} "
            "{đường|tuyến đường} {giữa|trong} <village> {mỗi ngày|ngày đêm}.",
            "{Xe|Nhiều xe} {không|chẳng} {che chắn|phủ bạt}, {bụi|đất cát} {bay|rơi vãi} {mù mịt|khắp "
            "đường}[, {nhà cửa|hàng quán} {ven đường|hai bên} {lúc nào cũng|suốt ngày} {bám bụi|phủ bụi}].",
        ],
        requests=[
            "{Đề nghị|Kính đề nghị} {có biện pháp|quy định} {hạn chế giờ|phân luồng} {xe tải|xe chở vật "
            "liệu}[ và {tưới nước|rửa đường} {thường xuyên|hằng ngày}].",
        ],
    )
