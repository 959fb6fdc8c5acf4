"""Complaints (khiếu nại): the writer's own right harmed by an administrative decision or act.

Each builder picks who decided (by the letter's date: district before the reform, commune after it for the
powers that moved), what was decided, and the facts the writer tells; the competent level is the level of the
body that decided, and a second complaint goes to its superior.
"""

from __future__ import annotations

import random

from training.generator import bodies as b
from training.generator.matter import Matter, Setting
from training.generator.scenarios.base import (
    Authority,
    commune_authority,
    department_authority,
    district_office_authority,
    honorific,
    local_land_authority,
    official,
    project_name,
)
from training.generator.scenarios.support import (
    DECISION_ONLY,
    build_matter,
    contested_act,
    contested_document,
    merged_slots,
)
from training.generator.writing import days_before, fmt_area, fmt_date, fmt_money, round_to

_LAND_USES = (
    "trồng lúa",
    "trồng cây lâu năm",
    "ở nông thôn",
    "trồng cây hằng năm",
    "nuôi trồng thủy sản",
    "vườn",
)
_TREES = (
    "{n} cây dừa",
    "{n} gốc cà phê",
    "{n} cây bưởi",
    "{n} bụi tre",
    "{n} cây keo",
    "{n} cây nhãn",
    "{n} gốc điều",
)
_STRUCTURES = ("chuồng heo", "giếng khoan", "mái che", "tường rào", "nhà kho", "ao cá", "nhà tạm")


def _plot_slots(setting: Setting) -> dict[str, str | list[str]]:
    rng = setting.rng
    area = rng.uniform(80, 2400)
    return {
        "plot": str(rng.randint(12, 980)),
        "sheet": str(rng.randint(1, 64)),
        "area": fmt_area(area, rng),
        "land_use": rng.choice(_LAND_USES),
        "since_year": str(rng.randint(1976, 2012)),
        "cert_no": f"{rng.choice(('CH', 'BĐ', 'BX', 'CS', 'AĐ'))} {rng.randint(10000, 999999):06d}",
        "recovered_area": fmt_area(area * rng.uniform(0.3, 1.0), rng),
        "remain_area": fmt_area(rng.uniform(8, 40), rng),
    }


def land_recovery(setting: Setting) -> Matter:
    rng = setting.rng
    authority = local_land_authority(setting, rng)
    project = project_name(setting, rng)
    slots = merged_slots(
        setting,
        _plot_slots(setting),
        {"project": project},
        contested_document(
            setting, rng, authority, document="Quyết định", what=f"về việc thu hồi đất để thực hiện {project}"
        ),
    )
    return build_matter(
        setting,
        rng,
        label="complaint",
        field="land",
        scenario="land_recovery",
        competent=authority.issuer,
        superior=authority.superior,
        slots=slots,
        subject=[
            "{khiếu nại|không đồng ý với} <doc> về việc thu hồi đất",
            "{đề nghị xem xét lại|khiếu nại} việc thu hồi đất",
        ],
        facts=[
            "{<fam> {đang sử dụng|sử dụng ổn định|được giao} thửa đất số <plot>, tờ bản đồ số <sheet>, diện "
            "tích <area>|Thửa đất số <plot>, tờ bản đồ số <sheet> ({<area>|diện tích <area>}) là đất "
            "<land_use> của <fam>} tại <where>[, đã được cấp Giấy chứng nhận quyền sử dụng đất số "
            "<cert_no>].",
            "?<fam> {đã|} {sinh sống|canh tác|sử dụng} {ổn định|liên tục} trên {thửa đất này|phần đất này} "
            "từ năm <since_year>[, {không có tranh chấp|không tranh chấp với ai}].",
            "{Ngày|Vào ngày} <doc_date>, <issuer> {ban hành|ký} <doc> {thu hồi|về việc thu hồi} "
            "<recovered_area> {đất|đất <land_use>} của <fam> để {thực hiện|xây dựng} <project>.",
            "?{Theo|Qua} {đo đạc thực tế|kiểm tra lại} {thì|,} {một phần|phần lớn} diện tích bị thu hồi {nằm "
            "ngoài|không nằm trong} {ranh giới|chỉ giới} {dự án|quy hoạch} {đã được phê duyệt|đã công bố}.",
            "?{Phần đất còn lại|Diện tích còn lại} {chỉ còn|còn} <remain_area>, {không đủ|không còn đủ} "
            "{điều kiện|diện tích} để {sản xuất|ở|xây nhà}[ nhưng {không được|lại không được} thu hồi hết].",
        ],
        claims=[
            "<I> {làm đơn này|viết đơn} {khiếu nại|đề nghị xem xét lại} <target> vì {diện tích|phần đất} thu "
            "hồi {không đúng thực tế|lớn hơn thực tế|không đúng ranh giới dự án}.",
            "{Nay|Vì vậy} <I> {khiếu nại|không đồng ý với} <target>, {cụ thể|nhất là} về {diện tích|loại "
            "đất} {bị thu hồi|ghi trong quyết định}.",
        ],
        grounds=[
            "{<target_short>|Quyết định thu hồi} {ghi sai|xác định sai} {loại đất|mục đích sử dụng đất} của "
            "<fam> ({ghi là|thành} đất nông nghiệp {trong khi|nhưng} {thực tế|giấy chứng nhận ghi} là đất "
            "ở).",
            "<fam> {không nhận được|chưa nhận được} {thông báo thu hồi đất|thông báo} {trước|trước ít nhất} "
            "{90 ngày|180 ngày} {như|theo} quy định.",
        ],
        requests=[
            "{Đề nghị|Kính đề nghị} {điều chỉnh lại|xác định lại} {diện tích|phần diện tích} thu hồi {cho "
            "đúng|theo đúng} {thực tế|ranh giới dự án}.",
            "{Đề nghị|Kính đề nghị} thu hồi {hết|luôn} phần đất còn lại {vì|do} {không còn sử dụng được|quá "
            "nhỏ, không thể canh tác}.",
        ],
        extras=[
            "<I> {ủng hộ|không phản đối} {chủ trương|việc} {xây dựng|thực hiện} <project>[, vì đây là {công "
            "trình|dự án} {vì lợi ích chung|phục vụ bà con}].",
        ],
        attachments=[
            "Bản sao Giấy chứng nhận quyền sử dụng đất",
            "Bản sao <doc>",
            "Sơ đồ thửa đất",
            "Biên bản đo đạc",
        ],
        target=project,
    )


def compensation_amount(setting: Setting) -> Matter:
    rng = setting.rng
    authority = local_land_authority(setting, rng)
    project = project_name(setting, rng)
    price = round_to(rng.uniform(60_000, 3_500_000), 5_000)
    market = round_to(price * rng.uniform(2.0, 6.0), 50_000)
    area = rng.uniform(100, 3000)
    officer, female = official(setting, rng)
    slots = merged_slots(
        setting,
        _plot_slots(setting),
        {
            "project": project,
            "price_given": fmt_money(price, rng),
            "price_market": fmt_money(market, rng),
            "total": fmt_money(round_to(price * area * rng.uniform(1.0, 1.3), 1000), rng),
            "area": fmt_area(area, rng),
            "trees": rng.choice(_TREES).format(n=rng.randint(6, 300)),
            "structure": rng.choice(_STRUCTURES),
            "officer": f"{honorific(female)} {officer}",
        },
        contested_document(
            setting,
            rng,
            authority,
            document="Quyết định",
            what="về việc phê duyệt phương án bồi thường, hỗ trợ "
            f"{'và tái định cư ' if rng.random() < 0.5 else ''}"
            f"{'dự án' if rng.random() < 0.3 else 'khi Nhà nước thu hồi đất thực hiện'} "
            f"{project.removeprefix('dự án ')}",
            shareable=True,
        ),
    )
    return build_matter(
        setting,
        rng,
        label="complaint",
        field="compensation",
        scenario="compensation_amount",
        competent=authority.issuer,
        superior=authority.superior,
        slots=slots,
        subject=[
            "{khiếu nại|không đồng ý} {về|với} {giá|đơn giá|mức} bồi thường {đất|} {của|tại} <project>",
            "{đề nghị xem xét lại|khiếu nại} phương án bồi thường, hỗ trợ",
        ],
        facts=[
            "<fam> có <area> đất <land_use> {bị thu hồi|nằm trong diện thu hồi} để {thực hiện|làm} "
            "<project>.",
            "{Theo|Tại} <target_short>, <fam> được {bồi thường|bồi thường, hỗ trợ} {tổng cộng|tổng số tiền|} "
            "<total>[, {trong đó|với} đơn giá đất {là|} <price_given>/m²].",
            "?{Đơn giá|Giá} {này|bồi thường} {quá thấp|thấp hơn nhiều} so với {giá thị trường|giá chuyển "
            "nhượng thực tế} {tại khu vực|ở địa phương}[ ({khoảng|từ} <price_market>/m²)].",
            "?{Khi kiểm đếm|Trong biên bản kiểm đếm}, {tổ công tác|đoàn kiểm đếm} {đã bỏ sót|không tính} "
            "<trees>[ và {một|} <structure>] của <fam>.",
            "?<fam> {đã|} {bàn giao mặt bằng|giao đất} {đúng hạn|theo yêu cầu} {nhưng|mà} {đến nay|} vẫn "
            "{chưa|không} {đồng ý|nhận} {số tiền|khoản tiền} {trên|này}.",
        ],
        claims=[
            "<I> {khiếu nại|không đồng ý với} <target> {vì|do} {giá|đơn giá} bồi thường {quá thấp|không thỏa "
            "đáng}[ và {bỏ sót|thiếu} tài sản trên đất].",
            "{Nay|Vì vậy} <I> làm đơn {đề nghị|kính đề nghị} <addr> xem xét lại {mức|giá} bồi thường "
            "{cho|của} <fam> {theo|tại} <target>.",
        ],
        grounds=[
            "{Đất|Thửa đất} của <fam> {là|được cấp là} đất ở {nhưng|mà} {lại|} {bị|được} {tính|áp giá} {theo "
            "giá|như} đất nông nghiệp, {nên|khiến} {số tiền|mức} bồi thường {chênh lệch|thấp đi} rất nhiều.",
            "{Mức|Giá} bồi thường {không sát|không phù hợp|không phản ánh đúng} {giá đất thực tế|giá thị "
            "trường}[, {trái|không đúng} {nguyên tắc|quy định} của Luật Đất đai].",
            "<fam> {không được|chưa được} {hỗ trợ|tính hỗ trợ} {chuyển đổi nghề|ổn định đời sống|đào tạo "
            "nghề} {dù|mặc dù} {mất|bị thu hồi} {gần hết|phần lớn} đất sản xuất.",
        ],
        requests=[
            "{Đề nghị|Kính đề nghị} {kiểm đếm lại|kiểm tra lại} {tài sản|cây trồng, vật kiến trúc} {trên "
            "đất|} và {bổ sung|tính bổ sung} {vào phương án|phần còn thiếu}.",
            "{Đề nghị|Yêu cầu} {áp dụng|tính lại} {đơn giá|giá} bồi thường {theo|sát với} {giá thị "
            "trường|giá đất cụ thể} {tại thời điểm thu hồi|đúng quy định}.",
            "{Đề nghị|Kính đề nghị} {bổ sung|xem xét} {khoản|chế độ} hỗ trợ {chuyển đổi nghề|ổn định đời "
            "sống} cho <fam>.",
        ],
        extras=[
            "<officer>, {cán bộ|thành viên} {tổ kiểm đếm|Hội đồng bồi thường}, {là người|đã} {trực tiếp|} "
            "{xuống|đến} {kiểm đếm|đo đạc}[; <I> {không|chẳng} có ý kiến gì về cá nhân {ông|bà} ấy, chỉ {đề "
            "nghị|mong} tính lại cho đúng].",
            "<I> {hiểu|biết} {dự án|công trình} là {cần thiết|vì lợi ích chung}, {chỉ|nhưng} {không đồng "
            "ý|chưa đồng ý} với {cách tính|mức} bồi thường.",
        ],
        attachments=[
            "Bản sao <doc>",
            "Biên bản kiểm đếm",
            "Bản sao Giấy chứng nhận quyền sử dụng đất",
            "Hình ảnh hiện trạng",
        ],
        target=project,
    )


def resettlement(setting: Setting) -> Matter:
    rng = setting.rng
    authority = local_land_authority(setting, rng)
    project = project_name(setting, rng)
    reason = rng.choice(
        (
            "nhà đất chưa có giấy chứng nhận",
            "gia đình còn chỗ ở khác",
            "không thường trú tại địa phương",
            "hộ tách khẩu sau thời điểm thông báo thu hồi đất",
        )
    )
    slots = merged_slots(
        setting,
        _plot_slots(setting),
        {
            "project": project,
            "reason": reason,
            "hardship": [
                "phải thuê nhà để ở",
                "đang ở nhờ nhà người thân",
                "phải dựng lều ở tạm",
                "cả nhà sáu người ở chung một phòng trọ",
            ],
        },
        contested_document(
            setting,
            rng,
            authority,
            document="Quyết định",
            what=f"về việc bố trí tái định cư {project}",
            shareable=True,
        ),
    )
    return build_matter(
        setting,
        rng,
        label="complaint",
        field="compensation",
        scenario="resettlement",
        competent=authority.issuer,
        superior=authority.superior,
        slots=slots,
        subject=[
            "{khiếu nại|đề nghị xem xét} việc không được bố trí tái định cư",
            "khiếu nại về tái định cư tại <project>",
        ],
        facts=[
            "<fam> bị thu hồi {toàn bộ|hết} <area> đất ở tại <where> để {thực hiện|làm} <project>.",
            "{Theo quy định|Theo Luật Đất đai}, {hộ bị thu hồi hết đất ở|<fam>} {đủ điều kiện|thuộc diện} "
            "được {bố trí|giao} {đất tái định cư|tái định cư}.",
            "{Tuy nhiên|Nhưng}, <target> {lại|} {không bố trí|không có tên <fam> trong danh sách} tái định "
            "cư[ với lý do <reason>].",
            "?{Hiện nay|Hiện} <fam> <hardship>[, {cuộc sống|đời sống} {rất khó khăn|vô cùng vất vả}].",
            "?{Giá|Đơn giá} {đất tái định cư|suất tái định cư} {lại|} {cao hơn nhiều|cao gấp nhiều lần} {so "
            "với|} {giá bồi thường|số tiền được bồi thường}.",
        ],
        grounds=[
            "<fam> {sinh sống|ở} {ổn định|liên tục} tại {đây|thửa đất này} từ năm <since_year>, {có hộ "
            "khẩu|đăng ký thường trú} {tại địa phương|ở đây}[, không có nhà đất nào khác].",
            "{Lý do|Việc} {không bố trí|loại} <fam> {ra khỏi|khỏi} danh sách tái định cư là {không có căn "
            "cứ|không đúng thực tế}.",
        ],
        requests=[
            "{Đề nghị|Kính đề nghị} {bố trí|giao} {một suất|} {đất tái định cư|tái định cư} cho <fam> {theo "
            "đúng|đúng} quy định.",
            "{Đề nghị|Kính đề nghị} {xem xét|áp dụng} {giá đất tái định cư|giá} {phù hợp|hợp lý} {để|giúp} "
            "<fam> {có điều kiện|đủ tiền} {xây nhà|ổn định chỗ ở}.",
        ],
        attachments=["Sổ hộ khẩu (bản sao)", "Bản sao <doc>", "Xác nhận cư trú"],
        target=project,
    )


def certificate_refusal(setting: Setting) -> Matter:
    rng = setting.rng
    place = setting.place
    if setting.two_tier or rng.random() < 0.35:
        authority = local_land_authority(setting, rng)
    else:
        authority = district_office_authority(setting, rng, "land", "notice")
    applied = days_before(setting.letter_date, rng, 120, 600)
    reason = rng.choice(
        (
            "đất có nguồn gốc lấn chiếm",
            "đất nằm trong quy hoạch hành lang giao thông",
            "hồ sơ thiếu giấy tờ về nguồn gốc đất",
            "có đơn tranh chấp của người khác",
            "không phù hợp với quy hoạch sử dụng đất",
        )
    )
    document = rng.choice(("Thông báo", "Văn bản", "Thông báo"))
    slots = merged_slots(
        setting,
        _plot_slots(setting),
        {
            "applied_date": fmt_date(applied, rng),
            "reason": reason,
            "neighbour_year": str(rng.randint(2005, 2018)),
            "giver": ["ông bà", "cha mẹ", "bố mẹ", "ông nội"],
        },
        contested_document(
            setting, rng, authority, document=document, what="về việc trả hồ sơ cấp Giấy chứng nhận"
        ),
    )
    del place
    return build_matter(
        setting,
        rng,
        label="complaint",
        field="land",
        scenario="certificate_refusal",
        competent=authority.issuer,
        superior=authority.superior,
        slots=slots,
        subject=[
            "khiếu nại việc {không cấp|từ chối cấp} Giấy chứng nhận quyền sử dụng đất",
            "{khiếu nại|đề nghị xem xét} <doc>",
        ],
        facts=[
            "<fam> {đã|} {nộp hồ sơ|làm hồ sơ} {đề nghị|xin} cấp Giấy chứng nhận quyền sử dụng đất {lần "
            "đầu|} {đối với|cho} thửa đất số <plot>, tờ bản đồ số <sheet> ({<area>|diện tích <area>}) {từ "
            "ngày|vào ngày} <applied_date>.",
            "?{Thửa đất|Đất} {này|} {do|được} <giver> {để lại|cho} {từ năm|năm} <since_year>[, <fam> {sử "
            "dụng|ở} ổn định {từ đó đến nay|liên tục}, {không tranh chấp|không có tranh chấp}].",
            "Ngày <doc_date>, <issuer> {có|ban hành} <doc> {từ chối|trả lại hồ sơ|không cấp giấy} {với lý "
            "do|vì cho rằng} <reason>.",
            "?{Trong khi đó|Nhưng}, {các hộ|nhiều hộ} {liền kề|xung quanh} {có|với} {nguồn gốc đất|điều "
            "kiện} {tương tự|giống} {đã được cấp|đều đã được cấp} {giấy|sổ đỏ}[ từ năm <neighbour_year>].",
        ],
        grounds=[
            "<fam> {đã|} {nộp|đóng} thuế {sử dụng đất|nhà đất} {đầy đủ|hằng năm} {từ năm|kể từ năm} "
            "<since_year>[, có biên lai lưu giữ].",
            "{Lý do|Căn cứ} từ chối {nêu trong|của} <target_short> {không đúng|không phù hợp} {với thực "
            "tế|với hồ sơ}[, vì {thửa đất|đất} {không có tranh chấp|không nằm trong quy hoạch nào}].",
        ],
        requests=[
            "{Đề nghị|Kính đề nghị} {xem xét lại|thẩm định lại} hồ sơ và {cấp|sớm cấp} Giấy chứng nhận quyền "
            "sử dụng đất cho <fam>.",
        ],
        attachments=[
            "Giấy tờ về nguồn gốc đất",
            "Biên lai nộp thuế",
            "Bản sao <doc>",
            "Giấy tiếp nhận hồ sơ",
        ],
    )


def construction_fine(setting: Setting) -> Matter:
    rng = setting.rng
    authority = commune_authority(setting, rng)
    authority = Authority(authority.issuer, authority.issuer_body, authority.superior, "fine")
    built = days_before(setting.letter_date, rng, 60, 400)
    slots = merged_slots(
        setting,
        _plot_slots(setting),
        {
            "work": [
                "nhà ở",
                "căn nhà cấp bốn",
                "mái che",
                "chuồng trại",
                "phần cơi nới phía sau nhà",
                "tường rào",
            ],
            "built": f"tháng {built.month}/{built.year}",
            "fine": fmt_money(
                rng.choice((3, 5, 7, 10, 15, 20, 30, 40)) * 1_000_000 + rng.choice((0, 500_000)), rng
            ),
            "later_date": fmt_date(setting.letter_date + (setting.letter_date - built) / 20, rng),
            "applied_date": fmt_date(built - (setting.letter_date - built) / 5, rng),
        },
        contested_document(
            setting,
            rng,
            authority,
            document="Quyết định",
            what="về việc xử phạt vi phạm hành chính trong lĩnh vực xây dựng",
        ),
    )
    return build_matter(
        setting,
        rng,
        label="complaint",
        field="construction",
        scenario="construction_fine",
        competent=authority.issuer,
        superior=authority.superior,
        slots=slots,
        subject=[
            "khiếu nại quyết định xử phạt {vi phạm hành chính|} về xây dựng",
            "{khiếu nại|đề nghị hủy} <doc>",
        ],
        facts=[
            "<fam> {xây dựng|sửa chữa|cơi nới} <work> trên {đất của mình|thửa đất số <plot>} {tại|ở} <where> "
            "{vào|trong} <built>.",
            "Ngày <doc_date>, <issuer> {ban hành|ký} <doc> {phạt|xử phạt} <fam> <fine> {về hành vi|vì} {xây "
            "dựng không phép|xây dựng không có giấy phép|xây dựng sai phép}[ và buộc {tháo dỡ|phá dỡ} {công "
            "trình|phần xây dựng}].",
            "?{Sau đó|Tiếp đó}, <issuer_body> {ra|ban hành} {quyết định cưỡng chế|thông báo cưỡng chế} {tháo "
            "dỡ|phá dỡ} {công trình|phần nhà} {vào ngày|dự kiến ngày} <later_date>.",
        ],
        grounds=[
            "{Công trình|Phần xây dựng} {chỉ là|là} {sửa chữa|cải tạo} {nhỏ|bên trong}, {không|chưa} {thay "
            "đổi kết cấu|làm thay đổi kết cấu chịu lực}, {theo quy định|theo Luật Xây dựng} {được miễn|không "
            "cần} giấy phép xây dựng.",
            "<fam> {đã|} {nộp hồ sơ|làm hồ sơ} xin phép {từ|vào} <applied_date> nhưng {quá hạn|quá thời hạn} "
            "{không được|chưa được} {trả lời|cấp phép}.",
            "{Mức phạt|Số tiền phạt} {quá cao|không đúng khung}[ so với {quy định|hành vi}].",
            "{Nhiều|Các} {công trình|hộ} {khác|lân cận} {xây dựng tương tự|cũng xây} nhưng {không bị xử "
            "lý|không bị phạt}.",
        ],
        requests=[
            "{Đề nghị|Kính đề nghị} {hủy|hủy bỏ} <target_short> và {cho phép|tạo điều kiện cho} <fam> {hoàn "
            "thiện|làm} hồ sơ {xin phép|cấp phép}.",
            "{Đề nghị|Kính đề nghị} {tạm dừng|hoãn} {việc cưỡng chế|cưỡng chế} {tháo dỡ|} {để|trong khi} "
            "{xem xét lại|chờ giải quyết}.",
        ],
        attachments=["Bản sao <doc>", "Hình ảnh công trình", "Giấy biên nhận hồ sơ xin phép xây dựng"],
    )


def permit_refusal(setting: Setting) -> Matter:
    rng = setting.rng
    if setting.two_tier:
        authority = commune_authority(setting, rng)
    else:
        office = "urban" if setting.place.district_kind in ("quận", "thành phố", "thị xã") else "construction"
        authority = district_office_authority(setting, rng, office, "construction")
    slots = merged_slots(
        setting,
        _plot_slots(setting),
        {
            "floors": ["hai tầng", "ba tầng", "một trệt một lầu", "cấp bốn"],
            "reason": [
                "thửa đất nằm trong quy hoạch mở rộng đường",
                "chưa có ý kiến của hộ liền kề",
                "mật độ xây dựng vượt quy định",
                "giấy chứng nhận ghi đất trồng cây lâu năm",
            ],
        },
        contested_document(
            setting, rng, authority, document="Văn bản", what="về việc từ chối cấp giấy phép xây dựng"
        ),
    )
    return build_matter(
        setting,
        rng,
        label="complaint",
        field="construction",
        scenario="permit_refusal",
        competent=authority.issuer,
        superior=authority.superior,
        slots=slots,
        subject=["khiếu nại việc từ chối cấp giấy phép xây dựng", "{đề nghị xem xét lại|khiếu nại} <doc>"],
        facts=[
            "<fam> {có|là chủ sử dụng} thửa đất số <plot>, tờ bản đồ số <sheet>, <area> tại <where>[, đã "
            "được cấp giấy chứng nhận là đất ở].",
            "<fam> {nộp|đã nộp} hồ sơ {xin|đề nghị cấp} giấy phép xây dựng nhà ở <floors> {trên thửa đất "
            "này|tại đây}.",
            "{Ngày|Đến ngày} <doc_date>, <issuer> {có|trả lời bằng} <doc> {từ chối|không cấp} giấy phép {với "
            "lý do|vì} <reason>.",
            "?{Nhà cũ|Căn nhà hiện tại} của <fam> đã {xuống cấp|hư hỏng nặng}, {mùa mưa|trời mưa} {dột "
            "nát|thấm nước}, {rất nguy hiểm|không thể ở được}.",
        ],
        grounds=[
            "{Quy hoạch|Lộ giới} {mà|} <target_short> {nêu|viện dẫn} {đã hết hiệu lực|chưa được công "
            "bố|không ảnh hưởng} {đến|tới} {thửa đất|phần đất} xây dựng của <fam>.",
            "{Hồ sơ|Bản vẽ} của <fam> {đúng|phù hợp} {quy chuẩn|quy định} và {không|chưa} {vi phạm|lấn} {chỉ "
            "giới|ranh giới} {nào|của ai}.",
        ],
        requests=[
            "{Đề nghị|Kính đề nghị} {xem xét lại|thu hồi} <target_short> và cấp giấy phép xây dựng cho "
            "<fam>.",
        ],
        attachments=["Bản sao <doc>", "Bản vẽ thiết kế", "Giấy chứng nhận quyền sử dụng đất"],
    )


def social_benefit(setting: Setting) -> Matter:
    rng = setting.rng
    variant = rng.randrange(3)
    if variant == 0:
        authority = commune_authority(setting, rng)
        kind = rng.choice(("hộ nghèo", "hộ nghèo", "hộ cận nghèo"))
        benefit = rng.choice((f"chế độ {kind}", f"danh sách {kind}"))
        status = kind
        what = "về việc công nhận danh sách hộ nghèo, hộ cận nghèo"
    elif variant == 1:
        authority = (
            commune_authority(setting, rng)
            if setting.two_tier
            else Authority(
                b.district_chairman(setting.place, rng),
                b.district_committee(setting.place, rng),
                b.province_chairman(setting.place, rng),
                "committee",
            )
        )
        benefit = rng.choice(
            (
                "trợ cấp xã hội hằng tháng",
                "trợ cấp người khuyết tật nặng",
                "trợ cấp người cao tuổi",
                "trợ cấp nuôi con",
            )
        )
        status = rng.choice(
            ("người khuyết tật nặng", "người cao tuổi không có lương hưu", "một mình nuôi con nhỏ")
        )
        what = "về việc thôi hưởng trợ cấp xã hội"
    else:
        authority = department_authority(setting, rng, "social", "committee")
        benefit = rng.choice(
            (
                "chế độ người hoạt động kháng chiến bị nhiễm chất độc hóa học",
                "trợ cấp thờ cúng liệt sĩ",
                "chế độ thương binh",
            )
        )
        status = rng.choice(("con của liệt sĩ", "người hoạt động kháng chiến", "thương binh"))
        what = "về việc giải quyết chế độ người có công"
    decision = days_before(setting.letter_date, rng, 20, 80)
    spouse = "chồng tôi" if setting.writer_female else "vợ tôi"
    hardship = (
        [
            "nhiều hộ có người già yếu, bệnh tật",
            "phần lớn các hộ không có đất sản xuất, sống bằng nghề làm thuê",
            "nhà cửa của nhiều hộ dột nát, thu nhập bấp bênh",
        ]
        if setting.writer == "collective"
        else [
            f"{spouse} bệnh nặng nằm một chỗ",
            "con tôi bị khuyết tật bẩm sinh",
            "nhà không có đất sản xuất",
            "tôi đã ngoài tám mươi tuổi, sống một mình",
            "nhà dột nát, không có thu nhập ổn định",
            f"{spouse} mất sớm, một mình nuôi ba con nhỏ",
        ]
    )
    slots = merged_slots(
        setting,
        {
            "benefit": benefit,
            "status": status,
            "since_year": str(rng.randint(2008, 2020)),
            "cut_month": f"{decision.month}/{decision.year}",
            "hardship": hardship,
        },
        contested_document(setting, rng, authority, document="Quyết định", what=what),
    )
    return build_matter(
        setting,
        rng,
        label="complaint",
        field="social_policy",
        scenario="social_benefit",
        competent=authority.issuer,
        superior=authority.superior,
        slots=slots,
        subject=[
            "khiếu nại việc {cắt|dừng|không công nhận} <benefit>",
            "{đề nghị xem xét lại|khiếu nại} <doc>",
        ],
        facts=[
            "<fam> {là|thuộc diện} <status>[ {từ năm|từ} <since_year>][ và {được hưởng|đã hưởng} <benefit> "
            "{nhiều năm|từ đó}].",
            "Ngày <doc_date>, <issuer> {ban hành|có} <doc> {đưa <fam> ra khỏi|cắt|dừng|không công nhận} "
            "<benefit>[ {mà không|nhưng không} {giải thích|nêu} lý do {cụ thể|rõ ràng}].",
            "?{Hoàn cảnh|Điều kiện sống} của <fam> {hiện nay|vẫn} {rất khó khăn|không hề thay đổi}: "
            "<hardship>.",
        ],
        grounds=[
            "{Việc|Quá trình} {rà soát|bình xét} {không|chưa} {khách quan|đúng quy trình}[, {không có|thiếu} "
            "{ý kiến của|sự tham gia của} {hộ gia đình|người dân}].",
            "{Theo|Căn cứ} {tiêu chí|quy định} {hiện hành|về đối tượng}, <fam> {vẫn|hoàn toàn} {đủ điều "
            "kiện|thuộc diện} {được hưởng|hưởng} <benefit>.",
        ],
        requests=[
            "{Đề nghị|Kính đề nghị} {rà soát lại|xem xét lại} {và|để} {khôi phục|công nhận lại|cho <fam> "
            "tiếp tục được hưởng} <benefit>.",
            "{Đề nghị|Kính đề nghị} {truy lĩnh|trả lại} {các khoản|khoản} {trợ cấp|chế độ} {bị cắt|chưa được "
            "nhận} {từ tháng|kể từ tháng} <cut_month>.",
        ],
        attachments=["Bản sao <doc>", "Giấy xác nhận khuyết tật", "Giấy tờ chứng minh hoàn cảnh"],
    )


def discipline(setting: Setting) -> Matter:
    rng = setting.rng
    place = setting.place
    variant = rng.randrange(3)
    if variant == 0:
        field = "education"
        if setting.two_tier or rng.random() < 0.4:
            authority = department_authority(setting, rng, "education", "discipline")
            job, workplace = (
                "giáo viên",
                "Trường THPT "
                f"{rng.choice(('Nguyễn Du', 'Lê Lợi', 'Trần Phú', 'Chu Văn An', 'Phan Bội Châu'))}",
            )
        else:
            authority = district_office_authority(setting, rng, "education", "discipline")
            job, workplace = "giáo viên", f"Trường {rng.choice(('Tiểu học', 'THCS'))} {place.commune_name}"
        faults = [
            "vi phạm quy định về dạy thêm",
            "tự ý nghỉ dạy",
            "vi phạm quy chế chuyên môn",
            "thiếu trách nhiệm khi coi thi",
        ]
    elif variant == 1:
        field = "health"
        if setting.two_tier or rng.random() < 0.4:
            authority = department_authority(setting, rng, "health", "discipline")
            job, workplace = (
                rng.choice(("điều dưỡng", "bác sĩ", "hộ sinh")),
                f"Bệnh viện Đa khoa {place.province}",
            )
        else:
            authority = district_office_authority(setting, rng, "health", "discipline")
            job, workplace = rng.choice(("điều dưỡng", "y sĩ", "hộ sinh")), f"Trung tâm Y tế {place.district}"
        faults = [
            "thiếu trách nhiệm trong ca trực",
            "vi phạm quy chế chuyên môn",
            "tự ý bỏ ca trực",
            "ghi chép hồ sơ sai",
        ]
    else:
        field = "other"
        authority = commune_authority(setting, rng)
        job = rng.choice(
            ("công chức văn phòng - thống kê", "công chức tư pháp - hộ tịch", "công chức văn hóa - xã hội")
        )
        workplace = f"UBND {place.commune}"
        faults = [
            "chậm trễ trong giải quyết hồ sơ",
            "vi phạm nội quy cơ quan",
            "không hoàn thành nhiệm vụ được giao",
        ]
    authority = Authority(authority.issuer, authority.issuer_body, authority.superior, "discipline")
    slots = merged_slots(
        setting,
        {
            "job": job,
            "workplace": workplace,
            "since_year": str(rng.randint(1998, 2020)),
            "penalty": ["khiển trách", "cảnh cáo", "hạ bậc lương", "buộc thôi việc", "cách chức"],
            "fault": faults,
            "truth": [
                "ngày hôm đó tôi nghỉ có đơn xin phép và đã được lãnh đạo đồng ý",
                "sai sót do phần mềm quản lý, không phải do tôi",
                "tôi đã bàn giao đầy đủ công việc trước khi nghỉ",
                "việc đó do tập thể quyết định, tôi chỉ thực hiện theo phân công",
            ],
        },
        contested_document(setting, rng, authority, document="Quyết định", what="về việc thi hành kỷ luật"),
    )
    return build_matter(
        setting,
        rng,
        label="complaint",
        field=field,
        scenario="discipline",
        competent=authority.issuer,
        superior=authority.superior,
        slots=slots,
        subject=["khiếu nại quyết định kỷ luật", "{khiếu nại|đề nghị xem xét lại} <doc> về việc kỷ luật"],
        facts=[
            "<I> là <job> {tại|ở} <workplace> {từ năm|công tác từ năm} <since_year>.",
            "Ngày <doc_date>, <issuer> ban hành <doc> {kỷ luật|thi hành kỷ luật} <I> {bằng hình thức|với "
            "hình thức} <penalty> {với lý do|vì cho rằng} <I> <fault>.",
            "?{Trong quá trình|Khi} {xem xét kỷ luật|họp Hội đồng kỷ luật}, <I> {không được|chưa được} "
            "{mời|mời tham dự} {để|và} {trình bày|giải trình}.",
        ],
        grounds=[
            "{Lý do|Nội dung} kỷ luật {không đúng|không phản ánh đúng} {sự thật|thực tế}: <truth>.",
            "{Hình thức|Mức} kỷ luật {quá nặng|không tương xứng} {so với|với} {mức độ|tính chất} {vi phạm|sự "
            "việc}[, {trong khi|dù} <I> {có|đạt} {nhiều năm|} {hoàn thành tốt nhiệm vụ|danh hiệu lao động "
            "tiên tiến}].",
            "{Quy trình|Trình tự} xử lý kỷ luật {không đúng|chưa đúng} quy định[ ({không|chưa} {tổ chức họp "
            "kiểm điểm|lập biên bản})].",
        ],
        requests=[
            "{Đề nghị|Kính đề nghị} {hủy bỏ|thu hồi} <target_short>{ và khôi phục|, khôi phục} {quyền "
            "lợi|danh dự, quyền lợi} {cho|của} <I>.",
        ],
        attachments=["Bản sao <doc>", "Bản tự kiểm điểm", "Đơn xin nghỉ phép có xác nhận"],
    )


def civil_registration(setting: Setting) -> Matter:
    rng = setting.rng
    authority = commune_authority(setting, rng)
    service = rng.choice(
        (
            "đăng ký khai sinh cho cháu",
            "đăng ký kết hôn",
            "cải chính hộ tịch",
            "chứng thực hợp đồng tặng cho",
            "đăng ký khai tử cho bố",
        )
    )
    applied = days_before(setting.letter_date, rng, 15, 80)
    slots = merged_slots(
        setting,
        {
            "service": service,
            "applied_date": fmt_date(applied, rng),
            "reason": [
                "phải có xác nhận của trưởng thôn",
                "giấy chứng sinh bị tẩy xóa",
                "phải về nơi thường trú cũ để làm",
                "thiếu giấy xác nhận tình trạng hôn nhân",
                "hệ thống đang lỗi, chờ khi nào có thông báo",
            ],
        },
        contested_act(authority, f"từ chối tiếp nhận hồ sơ {service}"),
    )
    return build_matter(
        setting,
        rng,
        label="complaint",
        field="justice",
        scenario="civil_registration",
        competent=authority.issuer,
        superior=authority.superior,
        slots=slots,
        subject=["khiếu nại việc {từ chối|không tiếp nhận} hồ sơ <service>", "khiếu nại hành vi hành chính"],
        facts=[
            "Ngày <applied_date>, <I> {đến|nộp hồ sơ tại} {bộ phận một cửa|Ủy ban} <commune> {để|xin} "
            "<service>.",
            "{Công chức|Cán bộ} {tiếp nhận|tư pháp} {từ chối|không nhận|trả lại} hồ sơ{, nói rằng| với lý "
            "do} <reason>[ nhưng không {có|đưa ra} văn bản {trả lời|nêu lý do}].",
            "?<I> đã {đi lại|đến} {nhiều lần|ba bốn lần} nhưng {vẫn|} {không được giải quyết|bị hẹn lần hẹn "
            "lượt}[, {ảnh hưởng|làm chậm} {việc đi học của cháu|các thủ tục khác của gia đình}].",
        ],
        grounds=[
            "{Theo|Căn cứ} {Luật Hộ tịch|quy định về hộ tịch}, {giấy tờ|hồ sơ} <I> {nộp|đã nộp} {là|đã} {đầy "
            "đủ|hợp lệ}, {cán bộ|cơ quan} {không được|không có quyền} {yêu cầu thêm|đòi thêm} giấy tờ {ngoài "
            "quy định|không có trong quy định}.",
        ],
        requests=[
            "{Đề nghị|Kính đề nghị} <addr> {xem xét|kiểm tra} {việc từ chối|hành vi trên} và {chỉ đạo|yêu "
            "cầu} {tiếp nhận|giải quyết} {hồ sơ|yêu cầu} <service> {cho|của} <I> {đúng quy định|đúng hạn}.",
        ],
        extras=[
            "<I> {không|chẳng} {muốn|có ý} làm to chuyện hay {tố cáo|đổ lỗi cho} {cán bộ|ai}, chỉ mong hồ sơ "
            "được {giải quyết|tiếp nhận}.",
        ],
        attachments=["Giấy chứng sinh", "Bản sao căn cước công dân", "Giấy hẹn trả kết quả"],
        unfit=DECISION_ONLY,
    )


def enforcement(setting: Setting) -> Matter:
    rng = setting.rng
    place = setting.place
    if setting.two_tier:
        office = b.province_enforcement(place, setting.letter_date)
        superior = b.Body("Cục Quản lý thi hành án dân sự - Bộ Tư pháp", "Cục Quản lý THADS", "central")
    else:
        office = b.district_office(place, "enforcement")
        superior = b.province_enforcement(place, setting.letter_date)
    head = b.Body(f"Thủ trưởng {office.name}", f"Thủ trưởng {office.short}", office.level)
    authority = Authority(head, office, superior, "enforcement")
    other_name, other_female = official(setting, rng)
    judgment = days_before(setting.letter_date, rng, 300, 1200)
    court = (
        f"Tòa án nhân dân {place.district}"
        if place.district
        else f"Tòa án nhân dân khu vực {rng.randint(1, 9)} {place.province}"
    )
    debtor = rng.random() < 0.5
    common_slots = {
        "other": f"{honorific(other_female)} {other_name}",
        "amount": fmt_money(round_to(rng.uniform(40, 2500) * 1_000_000, 1_000_000), rng),
        "judgment": f"Bản án số {rng.randint(1, 240)}/{judgment.year}/DS-ST ngày {fmt_date(judgment, rng)} "
        f"của {court}",
        "applied_date": fmt_date(judgment + (setting.letter_date - judgment) / 3, rng),
        "low_value": fmt_money(round_to(rng.uniform(300, 1500) * 1_000_000, 1_000_000), rng),
    }
    if debtor:
        slots = merged_slots(
            setting,
            common_slots,
            contested_document(
                setting, rng, authority, document="Quyết định", what="về việc cưỡng chế kê biên tài sản"
            ),
        )
        facts = [
            "Theo <judgment>, <I> {có nghĩa vụ|phải} {trả|thanh toán} cho <other> {số tiền|khoản tiền} "
            "<amount>.",
            "Ngày <doc_date>, <issuer> ban hành <doc> {kê biên|cưỡng chế kê biên} {quyền sử dụng đất và nhà "
            "ở|căn nhà|thửa đất} {của <fam>|} tại <where>.",
            "?{Giá trị|Kết quả thẩm định giá} {tài sản|căn nhà} {chỉ|chỉ được} {định|xác định} <low_value>, "
            "{thấp hơn nhiều|quá thấp} {so với giá thị trường|so với thực tế}.",
        ]
        grounds = [
            "{Tài sản|Căn nhà} bị kê biên là {tài sản chung|tài sản} {của cả gia đình|của vợ chồng tôi và "
            "các con}, {trong khi|còn} nghĩa vụ {chỉ|} {là của riêng|thuộc về} <I>.",
            "{Giá trị tài sản|Tài sản} kê biên {lớn hơn nhiều|vượt quá nhiều} so với {nghĩa vụ phải thi "
            "hành|số tiền phải thi hành}.",
        ]
        requests = [
            "{Đề nghị|Kính đề nghị} {hủy|xem xét lại} <target_short> và {cho|để} <I> {tự nguyện thi hành|trả "
            "dần} {theo khả năng|}.",
        ]
    else:
        slots = merged_slots(setting, common_slots, contested_act(authority, "chậm tổ chức thi hành án"))
        facts = [
            "Theo <judgment>, <other> phải {trả|thanh toán} cho <I> {số tiền|khoản tiền} <amount>.",
            "<I> đã {nộp đơn yêu cầu thi hành án|yêu cầu thi hành án} {tại|đến} <issuer_body> từ ngày "
            "<applied_date>.",
            "{Đến nay|Đã hơn một năm}, <issuer_body> {vẫn chưa|chưa} {tổ chức thi hành|xác minh tài sản|áp "
            "dụng biện pháp cưỡng chế}[, trong khi {người phải thi hành án|<other>} {đang|} {bán dần|chuyển "
            "nhượng} tài sản].",
        ]
        grounds = [
            "{Theo|Căn cứ} Luật Thi hành án dân sự, {chấp hành viên|cơ quan thi hành án} {phải|có trách "
            "nhiệm} {xác minh|tổ chức thi hành} {trong thời hạn|đúng thời hạn} {luật định|quy định}.",
        ]
        requests = [
            "{Đề nghị|Kính đề nghị} {chỉ đạo|yêu cầu} <issuer_body> {khẩn trương|sớm} {tổ chức thi hành|thi "
            "hành} <judgment> để {bảo đảm|bảo vệ} quyền lợi {hợp pháp|} của <I>.",
        ]
    return build_matter(
        setting,
        rng,
        label="complaint",
        field="justice",
        scenario="enforcement",
        competent=head,
        superior=superior,
        slots=slots,
        subject=["khiếu nại {về|} thi hành án dân sự", "khiếu nại <target_short>"],
        facts=facts,
        grounds=grounds,
        requests=requests,
        attachments=["Bản sao bản án", "Quyết định thi hành án", "Đơn yêu cầu thi hành án"],
        unfit=() if debtor else DECISION_ONLY,
    )


def _insurance_card(rng: random.Random) -> str:
    group = rng.choice(("GD", "HT", "CN", "DN", "HN", "BT"))
    return f"{group}{rng.randint(1, 4)}{rng.randint(10, 96)}{rng.randint(1000000000, 9999999999)}"


def insurance(setting: Setting) -> Matter:
    rng = setting.rng
    place = setting.place
    office = b.province_insurance(place)
    head = b.Body(f"Giám đốc {office.name}", f"Giám đốc {office.short}", "province")
    superior = b.Body("Bảo hiểm xã hội Việt Nam", "BHXH Việt Nam", "central")
    authority = Authority(head, office, superior, "insurance")
    treated = days_before(setting.letter_date, rng, 60, 200)
    slots = merged_slots(
        setting,
        {
            "card_no": _insurance_card(rng),
            "years": str(rng.randint(3, 20)),
            "treated": f"{treated.month}/{treated.year}",
            "hospital": [
                f"Bệnh viện Đa khoa {place.province}",
                "Bệnh viện Chợ Rẫy",
                "Bệnh viện Bạch Mai",
                "Bệnh viện Trung ương Huế",
            ],
            "illness": [
                "tai biến mạch máu não",
                "gãy xương đùi",
                "mổ ruột thừa cấp",
                "sốt xuất huyết nặng",
                "nhồi máu cơ tim",
            ],
            "reason": [
                "khám vượt tuyến không có giấy chuyển viện",
                "thuốc ngoài danh mục",
                "hồ sơ nộp quá hạn",
            ],
            "amount": fmt_money(round_to(rng.uniform(4, 160) * 1_000_000, 10_000), rng),
        },
        contested_document(
            setting,
            rng,
            authority,
            document="Văn bản",
            what="về việc thanh toán trực tiếp chi phí khám chữa bệnh",
        ),
    )
    return build_matter(
        setting,
        rng,
        label="complaint",
        field="health",
        scenario="insurance",
        competent=head,
        superior=superior,
        slots=slots,
        subject=["khiếu nại việc {không thanh toán|từ chối thanh toán} chi phí khám chữa bệnh bảo hiểm y tế"],
        facts=[
            "<I> {có|tham gia} {thẻ bảo hiểm y tế|bảo hiểm y tế} {số|mã số} <card_no>[ {liên tục|đủ} <years> "
            "năm].",
            "{Tháng|Vào tháng} <treated>, <I> {điều trị|phẫu thuật|nằm viện} {tại|ở} <hospital> {vì|do} "
            "<illness>.",
            "Khi {đề nghị|làm hồ sơ} {thanh toán|thanh toán trực tiếp} {chi phí|chi phí khám chữa bệnh}, "
            "<issuer_body> {có|trả lời bằng} <doc> {từ chối thanh toán|chỉ thanh toán một phần|không chấp "
            "nhận thanh toán} {với lý do|vì cho rằng} <reason>.",
        ],
        grounds=[
            "{Trường hợp|Lúc đó} <I> {đi cấp cứu|nhập viện cấp cứu}, {theo quy định|theo Luật Bảo hiểm y tế} "
            "{được|phải được} {thanh toán|hưởng} {như đúng tuyến|quyền lợi đầy đủ}.",
        ],
        requests=[
            "{Đề nghị|Kính đề nghị} {xem xét lại|thanh toán lại} {chi phí|số tiền} <amount> {theo đúng|đúng} "
            "quyền lợi bảo hiểm y tế {của <I>|}.",
        ],
        attachments=["Giấy ra viện", "Hóa đơn viện phí", "Bản sao thẻ bảo hiểm y tế", "Bản sao <doc>"],
    )


def environment_fine(setting: Setting) -> Matter:
    rng = setting.rng
    authority = (
        commune_authority(setting, rng)
        if rng.random() < 0.6 or setting.two_tier
        else local_land_authority(setting, rng)
    )
    authority = Authority(authority.issuer, authority.issuer_body, authority.superior, "fine")
    slots = merged_slots(
        setting,
        {
            "farm": [
                f"trại nuôi heo khoảng {rng.randint(30, 400)} con",
                f"trại gà khoảng {rng.randint(1000, 8000)} con",
                f"xưởng {rng.choice(('xay xát', 'mộc', 'cơ khí nhỏ', 'sơ chế nông sản'))}",
            ],
            "fine": fmt_money(rng.choice((5, 10, 15, 25, 40, 60)) * 1_000_000, rng),
            "days": str(rng.choice((15, 30, 45, 60, 90))),
        },
        contested_document(
            setting,
            rng,
            authority,
            document="Quyết định",
            what="về việc xử phạt vi phạm hành chính trong lĩnh vực bảo vệ môi trường",
        ),
    )
    return build_matter(
        setting,
        rng,
        label="complaint",
        field="environment",
        scenario="environment_fine",
        competent=authority.issuer,
        superior=authority.superior,
        slots=slots,
        subject=[
            "khiếu nại quyết định xử phạt {về|trong lĩnh vực} môi trường",
            "{khiếu nại|đề nghị hủy} <doc>",
        ],
        facts=[
            "<fam> {có|đang vận hành} <farm> tại <where>[, đã {xây|làm} {hầm biogas|hệ thống xử lý} {để xử "
            "lý chất thải|theo hướng dẫn}].",
            "Ngày <doc_date>, <issuer> {ban hành|ký} <doc> {phạt|xử phạt} <fam> <fine>[ và buộc {di "
            "dời|ngừng hoạt động|khắc phục} {trong thời hạn|trong vòng} <days> ngày].",
            "?{Mẫu nước|Mẫu} {mà đoàn kiểm tra dựa vào|làm căn cứ xử phạt} {lại|} {được lấy|lấy} {ở|tại} "
            "{mương chung|cống chung} {cách xa|không phải} {trại|cơ sở} của <fam>.",
        ],
        grounds=[
            "{Mẫu nước|Mẫu} {lấy|được lấy} {không đúng quy trình|không có mặt chủ hộ}, {không|chưa} {chứng "
            "minh|xác định} được {nguồn thải|chất thải} là của <fam>.",
            "<fam> đã {thực hiện đầy đủ|làm đúng} {cam kết bảo vệ môi trường|các yêu cầu về môi trường}[, có "
            "{giấy xác nhận|kế hoạch bảo vệ môi trường} {được duyệt|}].",
        ],
        requests=[
            "{Đề nghị|Kính đề nghị} {kiểm tra|lấy mẫu} lại {một cách khách quan|có sự chứng kiến của <fam>} "
            "và {hủy|xem xét hủy} <target_short>.",
        ],
        extras=[
            "<fam> {không né tránh|không phủ nhận} trách nhiệm bảo vệ môi trường[, {sẵn sàng|đồng ý} {đầu tư "
            "thêm|khắc phục} {nếu|khi} {có sai sót|được chỉ ra cụ thể}].",
        ],
        attachments=["Bản sao <doc>", "Biên bản kiểm tra", "Kế hoạch bảo vệ môi trường"],
    )


def street_trade_fine(setting: Setting) -> Matter:
    rng = setting.rng
    place = setting.place
    police = b.commune_police(place)
    chief = b.Body(f"Trưởng {police.name}", f"Trưởng {police.short}", "commune")
    superior = b.province_police(place) if setting.two_tier else b.district_office(place, "police")
    authority = Authority(chief, police, superior, "police")
    slots = merged_slots(
        setting,
        {
            "goods": ["hàng tạp hóa", "trái cây", "đồ ăn sáng", "cà phê", "rau củ"],
            "since_year": str(rng.randint(2005, 2019)),
            "fine": fmt_money(rng.choice((1, 2, 3, 4, 6)) * 500_000, rng),
        },
        contested_document(
            setting, rng, authority, document="Quyết định", what="về việc xử phạt vi phạm hành chính"
        ),
    )
    return build_matter(
        setting,
        rng,
        label="complaint",
        field="other",
        scenario="street_trade_fine",
        competent=chief,
        superior=superior,
        slots=slots,
        subject=["khiếu nại quyết định xử phạt {vi phạm hành chính|}", "khiếu nại <doc>"],
        facts=[
            "<I> {bán|buôn bán} <goods> {trước nhà|tại nhà} {ở|tại} <where> {đã nhiều năm|từ năm "
            "<since_year>}.",
            "Ngày <doc_date>, <issuer> {ra|ban hành} <doc> phạt <I> <fine> {về hành vi|vì} {lấn chiếm lòng "
            "đường, vỉa hè|để hàng hóa lấn chiếm hành lang giao thông}[ và {tạm giữ|thu giữ} {hàng hóa|tủ "
            "hàng}].",
            "?{Thực tế|Thật ra}, {hàng|quầy hàng} của <I> {đặt|để} {trong|bên trong} {phần đất nhà mình|ranh "
            "giới đất nhà}, không {lấn|lấn ra} {vỉa hè|lòng đường}.",
        ],
        grounds=[
            "{Biên bản vi phạm|Biên bản} {ghi|mô tả} {không đúng|sai} {vị trí|sự việc}[, <I> {không "
            "được|chưa được} {đọc lại|ký xác nhận}].",
        ],
        requests=[
            "{Đề nghị|Kính đề nghị} {hủy|xem xét hủy} <target_short> và {trả lại|hoàn trả} {hàng hóa|tài "
            "sản} {bị tạm giữ|đã bị tạm giữ} cho <I>.",
        ],
        attachments=["Bản sao <doc>", "Biên bản vi phạm hành chính", "Hình ảnh vị trí bán hàng"],
    )


def recruitment_result(setting: Setting) -> Matter:
    rng = setting.rng
    if setting.two_tier or rng.random() < 0.3:
        authority = department_authority(setting, rng, "education", "committee")
    else:
        place = setting.place
        authority = Authority(
            b.district_chairman(place, rng),
            b.district_committee(place, rng),
            b.province_chairman(place, rng),
            "committee",
        )
    slots = merged_slots(
        setting,
        {
            "year": str(
                setting.letter_date.year if setting.letter_date.month > 3 else setting.letter_date.year - 1
            ),
            "position": [
                "giáo viên tiểu học",
                "giáo viên Tiếng Anh",
                "giáo viên mầm non",
                "giáo viên Toán THCS",
            ],
            "score": f"{rng.randint(52, 88)},{rng.choice((0, 5))}",
            "priority": [
                "con thương binh",
                "người dân tộc thiểu số",
                "con liệt sĩ",
                "người hoàn thành nghĩa vụ quân sự",
            ],
        },
        contested_document(
            setting,
            rng,
            authority,
            document="Quyết định",
            what="về việc công nhận kết quả tuyển dụng viên chức",
        ),
    )
    return build_matter(
        setting,
        rng,
        label="complaint",
        field="education",
        scenario="recruitment_result",
        competent=authority.issuer,
        superior=authority.superior,
        slots=slots,
        subject=["khiếu nại kết quả tuyển dụng viên chức giáo viên", "khiếu nại <doc>"],
        facts=[
            "<I> {tham gia|dự} kỳ {xét tuyển|thi tuyển} viên chức {giáo viên|ngành giáo dục} năm <year> "
            "{do|của} <issuer_body> tổ chức[, đăng ký vị trí <position>].",
            "{Theo|Tại} <doc>, <I> {không trúng tuyển|không có tên trong danh sách trúng tuyển} {dù|mặc dù} "
            "{điểm|tổng điểm} của <I> là <score>[, cao hơn {người|thí sinh} {được công nhận trúng "
            "tuyển|trúng tuyển} cùng vị trí].",
        ],
        grounds=[
            "{Điểm ưu tiên|Điểm cộng} {dành cho|của} <I> (<priority>) {không được|chưa được} {cộng|tính} "
            "{theo quy định|vào tổng điểm}.",
        ],
        requests=[
            "{Đề nghị|Kính đề nghị} {rà soát|chấm|kiểm tra} lại {kết quả|điểm} và {công nhận|xem xét công "
            "nhận} <I> trúng tuyển {nếu|khi} đủ điều kiện.",
        ],
        attachments=["Bản sao <doc>", "Giấy chứng nhận đối tượng ưu tiên", "Phiếu báo điểm"],
    )


def land_dispute_decision(setting: Setting) -> Matter:
    rng = setting.rng
    authority = local_land_authority(setting, rng)
    neighbour, female = official(setting, rng)
    slots = merged_slots(
        setting,
        _plot_slots(setting),
        {
            "neighbour": f"{honorific(female)} {neighbour}",
            "dispute_area": fmt_area(rng.uniform(12, 300), rng),
        },
        contested_document(
            setting, rng, authority, document="Quyết định", what="về việc giải quyết tranh chấp đất đai"
        ),
    )
    return build_matter(
        setting,
        rng,
        label="complaint",
        field="land",
        scenario="land_dispute_decision",
        competent=authority.issuer,
        superior=authority.superior,
        slots=slots,
        subject=["khiếu nại quyết định giải quyết tranh chấp đất đai", "khiếu nại <doc>"],
        facts=[
            "Giữa <fam> và hộ <neighbour> {có|xảy ra} tranh chấp {ranh giới|phần đất} {khoảng|diện tích "
            "khoảng} <dispute_area> tại <where>[ từ năm <since_year>].",
            "?{Sau khi|Sau khi đã} hòa giải tại {thôn|xã} không thành, {vụ việc|hồ sơ} được {chuyển đến|gửi "
            "đến} <issuer_body> giải quyết.",
            "Ngày <doc_date>, <issuer> ban hành <doc> {công nhận|xác định} {phần đất tranh chấp|diện tích "
            "đó} thuộc {quyền sử dụng|quyền} của hộ <neighbour>.",
        ],
        grounds=[
            "{Ranh giới|Mốc giới} {giữa hai nhà|hai thửa đất} {đã|} {có từ|tồn tại từ} {thời ông bà|năm "
            "<since_year>}, {thể hiện|ghi} rõ trên {bản đồ địa chính|sổ mục kê|giấy tờ cũ}.",
            "{Quyết định|Việc giải quyết} {chỉ căn cứ|dựa} {vào|trên} {lời khai|lời trình bày} của hộ "
            "<neighbour>, {không|chưa} {xem xét|đối chiếu} {hồ sơ địa chính|giấy tờ} mà <fam> cung cấp.",
        ],
        requests=[
            "{Đề nghị|Kính đề nghị} {hủy|xem xét lại} <target_short>, {xác định lại|đo đạc lại} ranh giới "
            "{theo|căn cứ} hồ sơ địa chính.",
        ],
        attachments=["Bản sao <doc>", "Trích lục bản đồ địa chính", "Biên bản hòa giải"],
    )
