# ruff: noqa: E501  (letter texts keep one printed line per source line)
"""Hand-written letters about one land recovery, for the duplicate tests: the original complaint, the ways
it comes back (re-sent, sent elsewhere, retyped), a neighbour's own complaint about the same project, and a
collective letter with a copy signed by others."""

from __future__ import annotations

import datetime as dt

from service.understanding.types import CitedDocument, Petitioner
from tests.flags.builders import parsed

HEADER = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---o0o---\n{place}, ngày {d}\n\n{title}\n"
HUNG = Petitioner(
    "Nguyễn Văn Hùng",
    1968,
    "089068001234",
    "ấp Phú Hòa, xã Tân Phú, huyện Phú Tân, tỉnh An Giang",
    "0912345678",
)
LAN = Petitioner(
    "Trần Thị Lan", 1975, "089175004321", "ấp Phú Hòa, xã Tân Phú, huyện Phú Tân, tỉnh An Giang", "0987654321"
)
PROJECT = CitedDocument("1520/QĐ-UBND")

HUNG_BODY = """Tôi tên là Nguyễn Văn Hùng, sinh năm 1968, CCCD số 089068001234, trú tại ấp Phú Hòa, xã Tân Phú, huyện Phú Tân, tỉnh An Giang. Điện thoại: 0912345678.
Gia đình tôi sử dụng ổn định thửa đất số 215, tờ bản đồ số 9, diện tích 1.250 m2 tại ấp Phú Hòa từ năm 1992, đã được cấp giấy chứng nhận quyền sử dụng đất năm 2003.
Ngày 12/3/2024, UBND huyện Phú Tân ban hành Quyết định số 482/QĐ-UBND thu hồi 640 m2 đất của gia đình tôi để làm dự án đường tránh Quốc lộ 91 theo Quyết định số 1520/QĐ-UBND của UBND tỉnh.
Theo phương án bồi thường, gia đình tôi chỉ được bồi thường 96.000.000 đồng, tức là 150.000 đồng/m2, trong khi giá chuyển nhượng thực tế ở khu vực này khoảng 1.200.000 đồng/m2. Ngoài ra, căn nhà cấp 4 và 35 cây xoài trên đất chưa được kiểm đếm đầy đủ.
Vì vậy, tôi khiếu nại Quyết định số 482/QĐ-UBND, đề nghị Chủ tịch UBND huyện xem xét lại đơn giá bồi thường và kiểm đếm lại tài sản trên đất cho gia đình tôi."""

LAN_BODY = """Tôi tên là Trần Thị Lan, sinh năm 1975, CCCD số 089175004321, trú tại ấp Phú Hòa, xã Tân Phú, huyện Phú Tân, tỉnh An Giang. Điện thoại: 0987654321.
Gia đình tôi sử dụng ổn định thửa đất số 233, tờ bản đồ số 9, diện tích 860 m2 tại ấp Phú Hòa từ năm 1998, đã được cấp giấy chứng nhận quyền sử dụng đất năm 2005.
Ngày 12/3/2024, UBND huyện Phú Tân ban hành Quyết định số 497/QĐ-UBND thu hồi 410 m2 đất của gia đình tôi để làm dự án đường tránh Quốc lộ 91 theo Quyết định số 1520/QĐ-UBND của UBND tỉnh.
Theo phương án bồi thường, gia đình tôi chỉ được bồi thường 61.500.000 đồng, tức là 150.000 đồng/m2, trong khi giá chuyển nhượng thực tế ở khu vực này khoảng 1.200.000 đồng/m2. Ngoài ra, giếng nước và chuồng bò trên đất không được tính hỗ trợ.
Vì vậy, tôi khiếu nại Quyết định số 497/QĐ-UBND, đề nghị Chủ tịch UBND huyện xem xét lại đơn giá bồi thường và hỗ trợ tài sản trên đất cho gia đình tôi."""

CLOSING = "\nTôi xin cam đoan những nội dung trên là đúng sự thật.\nXin chân thành cảm ơn!\n\nNgười làm đơn\n(Ký, ghi rõ họ tên)\n{name}"

RESEND = (
    "Ngày 20/3/2024 tôi đã gửi đơn đến Chủ tịch UBND huyện Phú Tân nhưng đến nay đã quá thời hạn mà vẫn chưa "
    "nhận được trả lời, nay tôi gửi lại đơn và trình bày như sau:\n"
)


def _letter(
    to: list[str], day: dt.date, body: str, who: Petitioner, *, title: str = "ĐƠN KHIẾU NẠI", docs=None
):
    head = HEADER.format(place="Phú Tân", d=f"{day.day} tháng {day.month} năm {day.year}", title=title)
    to_lines = f"Kính gửi: {to[0]}\n" + "".join(f"Đồng kính gửi: {name}\n" for name in to[1:])
    text = head + to_lines + "\n" + body + CLOSING.format(name=who.name)
    levels = {"huyện": "district", "tỉnh": "province", "xã": "commune"}
    addressees = [(name, next((lv for word, lv in levels.items() if word in name), "central")) for name in to]
    return parsed(
        text,
        addressees=addressees,
        petitioners=[who],
        date=day,  # type: ignore[arg-type]
        documents=docs if docs is not None else [CitedDocument(n) for n in _numbers(body)],
    )


def _numbers(body: str) -> list[str]:
    import re

    return sorted(set(re.findall(r"\d+/QĐ-UBND", body)))


def original():
    return _letter(["Chủ tịch UBND huyện Phú Tân"], dt.date(2024, 3, 20), HUNG_BODY, HUNG)


def resent():
    return _letter(["Chủ tịch UBND tỉnh An Giang"], dt.date(2024, 6, 25), RESEND + HUNG_BODY, HUNG)


def sent_elsewhere():
    return _letter(
        ["Thanh tra tỉnh An Giang", "Ban Tiếp công dân Trung ương"], dt.date(2024, 3, 21), HUNG_BODY, HUNG
    )


def retyped():
    """Retyped without diacritics, a few words changed and a few typos; the reader found no ID number."""
    body = (
        HUNG_BODY.replace("bồi thường", "đền bù")
        .replace("Gia đình tôi", "Hộ gia đình tôi")
        .replace("chuyển nhượng", "chuyen nhuong")
        .replace("kiểm đếm", "kiem dem")
    )
    from tests.flags.corpus import _strip_diacritics

    body = _strip_diacritics(body).replace("thua dat", "thuaa dat").replace("xem xet lai", "xem xet lai lai")
    who = Petitioner("Nguyen Van Hung", 1968, None, "ap Phu Hoa, xa Tan Phu, huyen Phu Tan", "0912.345.678")
    return _letter(["Chu tich UBND huyen Phu Tan"], dt.date(2024, 4, 2), body, who, title="DON KHIEU NAI")


def neighbour():
    """Trần Thị Lan, same project, same decision date, same wording, her own plot and sums: a near-miss."""
    return _letter(["Chủ tịch UBND huyện Phú Tân"], dt.date(2024, 3, 22), LAN_BODY, LAN)


def other_matter():
    """Nguyễn Văn Hùng again, about something else entirely."""
    body = (
        "Tôi tên là Nguyễn Văn Hùng, trú tại ấp Phú Hòa, xã Tân Phú. Tuyến đường từ ấp Phú Hòa ra chợ Tân Phú "
        "dài 2 km đã xuống cấp, mùa mưa ngập sâu, học sinh đi học rất nguy hiểm. Bà con đã nhiều lần phản ánh "
        "tại các buổi tiếp xúc cử tri nhưng chưa được sửa chữa. Kính đề nghị UBND xã bố trí kinh phí nâng cấp "
        "tuyến đường này."
    )
    return _letter(["UBND xã Tân Phú"], dt.date(2024, 4, 10), body, HUNG, title="ĐƠN KIẾN NGHỊ")


COLLECTIVE_BODY = """Chúng tôi gồm 14 hộ dân ấp Phú Hòa, xã Tân Phú có đất bị thu hồi để làm dự án đường tránh Quốc lộ 91 theo Quyết định số 1520/QĐ-UBND của UBND tỉnh An Giang.
Từ tháng 5/2024, nhà thầu thi công đổ đất lấp kín mương thoát nước chung của ấp, khiến 23 ha lúa hè thu của bà con bị ngập úng, thiệt hại ước khoảng 690.000.000 đồng. Bà con đã báo với Ban quản lý dự án nhưng không được khắc phục.
Chúng tôi kiến nghị buộc nhà thầu khơi thông mương thoát nước, bồi thường thiệt hại mùa vụ cho các hộ dân và giám sát việc thi công để không tái diễn."""


def collective(first: Petitioner, others: list[str], day: dt.date):
    signers = [first, *(Petitioner(name, address="ấp Phú Hòa") for name in others)]
    listing = "\n".join(f"{i}. {p.name} - ấp Phú Hòa - đã ký" for i, p in enumerate(signers, 1))
    body = COLLECTIVE_BODY + f"\nNgười đại diện: {first.name}, điện thoại {first.phone}."
    letter = _letter(["UBND xã Tân Phú"], day, body, first, title="ĐƠN KIẾN NGHỊ")
    letter.text += "\n\nDANH SÁCH CÁC HỘ KÝ TÊN\n" + listing
    letter.structure.petitioners = signers
    letter.structure.collective = True
    letter.structure.signer_count = len(signers)
    from service.understanding.folding import fold

    letter.folded = fold(letter.text)
    return letter
