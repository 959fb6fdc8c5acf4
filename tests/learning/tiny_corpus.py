"""A small labelled corpus, composed from parts, for training tests that must run in seconds.

The parts say what each kind of letter does (contest a decision against the writer, accuse someone of an
unlawful act, describe a situation, ask for a service or give thanks), with varied wording so a model
trained on them has something to learn beyond one phrase.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

PLACES = ["xã Tân Hòa", "xã Phú Lộc", "phường Bình Minh", "xã Đông Sơn", "phường An Lạc", "xã Mỹ Thạnh"]
NAMES = ["Nguyễn Văn Tâm", "Trần Thị Hoa", "Lê Văn Bình", "Phạm Thị Lan", "Đỗ Văn Hùng", "Vũ Thị Mai"]
OFFICIALS = ["ông Hồ Văn Quý", "bà Lý Thị Nga", "ông Mai Văn Sơn", "ông Đặng Văn Lực"]

BODIES = {
    "complaint": [
        "Ngày {d}/3/2024, UBND {place} ban hành Quyết định số {n}/QĐ-UBND thu hồi {m} m2 đất nông nghiệp "
        "của gia đình tôi. Gia đình tôi không đồng ý với mức bồi thường vì đơn giá thấp hơn giá thị trường.",
        "Tôi bị Chủ tịch UBND {place} ra quyết định xử phạt {m}.000 đồng vì lý do không có căn cứ. Quyết "
        "định số {n}/QĐ-XPHC ngày {d}/5/2023 ảnh hưởng trực tiếp đến quyền lợi hợp pháp của tôi.",
        "Hồ sơ xin cấp giấy chứng nhận quyền sử dụng đất của gia đình tôi đã nộp đầy đủ nhưng bị UBND "
        "{place} từ chối cấp bằng Thông báo số {n}/TB-UBND mà không nêu rõ lý do.",
        "Gia đình tôi nhận được Quyết định số {n}/QĐ-UBND về phương án bồi thường, hỗ trợ tái định cư. "
        "Diện tích đất ở của gia đình tôi bị tính thiếu {m} m2 so với thực tế sử dụng.",
    ],
    "denunciation": [
        "Tôi tố cáo {official}, cán bộ địa chính {place}, có hành vi nhận tiền của nhiều hộ dân để làm "
        "hồ sơ cấp đất sai quy định. Mỗi hộ phải đưa từ {m} triệu đồng mới được giải quyết.",
        "{official}, kế toán UBND {place}, đã lợi dụng chức vụ lập khống chứng từ để chiếm đoạt tiền hỗ "
        "trợ người nghèo với số tiền khoảng {m} triệu đồng.",
        "Ông Trưởng thôn và {official} có hành vi làm giả hồ sơ, ký khống danh sách nhận gạo cứu trợ "
        "của {m} hộ dân, bán lấy tiền chia nhau.",
        "Gia đình {official}, cán bộ UBND {place}, xây dựng trái phép nhà ba tầng trên đất nông nghiệp "
        "nhưng chính quyền không xử lý, có dấu hiệu bao che.",
    ],
    "recommendation": [
        "Tuyến đường liên thôn qua {place} đã xuống cấp nghiêm trọng, có nhiều ổ gà sâu, mùa mưa ngập "
        "úng kéo dài khiến người dân và học sinh đi lại rất khó khăn.",
        "Cơ sở chăn nuôi lợn tập trung gần khu dân cư {place} gây ô nhiễm, mùi hôi và nước thải chảy ra "
        "mương chung ảnh hưởng đến sức khỏe của bà con trong khu vực.",
        "Nhiều người cao tuổi ở {place} đã đủ điều kiện hưởng trợ cấp xã hội nhưng việc chi trả chậm "
        "nhiều tháng, thủ tục còn rườm rà, gây khó khăn cho các cụ.",
        "Hệ thống đèn đường ở {place} hư hỏng đã lâu, buổi tối khu vực rất tối, mất an toàn giao thông "
        "và an ninh trật tự.",
    ],
    "other": [
        "Tôi làm đơn này xin cấp giấy xác nhận tình trạng hôn nhân để bổ sung hồ sơ vay vốn ngân hàng. "
        "Tôi hiện cư trú tại {place} từ năm 2015 đến nay.",
        "Gia đình tôi xin chân thành cảm ơn cán bộ {place} đã tận tình hướng dẫn thủ tục, giúp gia đình "
        "hoàn thiện hồ sơ nhanh chóng và chu đáo.",
        "Tôi xin trích lục bản đồ địa chính thửa đất số {n} tờ bản đồ số {d} tại {place} để làm thủ "
        "tục tách thửa cho các con.",
        "Giữa gia đình tôi và hộ hàng xóm có tranh chấp về ranh giới đất, tường rào lấn sang khoảng "
        "{m} cm. Tôi đề nghị tổ hòa giải thôn tổ chức hòa giải giữa hai gia đình.",
    ],
}

REQUESTS = {
    "complaint": [
        "Kính đề nghị xem xét lại và hủy quyết định nêu trên, bảo đảm quyền lợi cho gia đình tôi.",
        "Tôi đề nghị điều chỉnh lại mức bồi thường cho đúng quy định của pháp luật.",
        "Đề nghị thu hồi quyết định trái pháp luật và giải quyết lại cho tôi.",
    ],
    "denunciation": [
        "Đề nghị các cơ quan chức năng làm rõ và xử lý nghiêm người vi phạm theo pháp luật.",
        "Kính đề nghị kiểm tra, xác minh và xử lý kỷ luật các cá nhân sai phạm.",
        "Tôi đề nghị điều tra, thu hồi số tiền bị chiếm đoạt và xử lý theo quy định.",
    ],
    "recommendation": [
        "Kính đề nghị các cấp chính quyền quan tâm, sớm có biện pháp khắc phục.",
        "Chúng tôi kiến nghị bố trí kinh phí sửa chữa, nâng cấp để người dân yên tâm.",
        "Mong các cơ quan chức năng xem xét, tạo điều kiện giải quyết sớm cho bà con.",
    ],
    "other": [
        "Kính mong được xem xét giải quyết. Tôi xin chân thành cảm ơn.",
        "Tôi xin cam đoan những thông tin trên là đúng sự thật.",
        "Rất mong nhận được sự giúp đỡ của quý cơ quan.",
    ],
}

TITLES = ["ĐƠN KHIẾU NẠI", "ĐƠN TỐ CÁO", "ĐƠN KIẾN NGHỊ", "ĐƠN ĐỀ NGHỊ", None]
STYLES = ["formal", "no_diacritics"]


def strip_diacritics(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def compose_letter(rng: random.Random, label: str) -> tuple[str, str]:
    """One letter of the label: (text, style). Titles are drawn at random, so they do not give it away."""
    place, name = rng.choice(PLACES), rng.choice(NAMES)
    slots = {
        "place": place,
        "official": rng.choice(OFFICIALS),
        "n": rng.randint(10, 999),
        "m": rng.randint(2, 90),
        "d": rng.randint(1, 28),
    }
    body = rng.choice(BODIES[label]).format(**slots)
    title = rng.choice(TITLES)
    lines = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", ""]
    lines += [title, ""] if title else []
    lines += [
        f"Kính gửi: Chủ tịch UBND {place}",
        "",
        f"Tôi tên là {name}, sinh năm {rng.randint(1950, 1995)}, trú tại {place}.",
        body,
        rng.choice(REQUESTS[label]),
        "",
        "Người làm đơn",
        name,
    ]
    text = "\n".join(lines)
    style = rng.choice(STYLES)
    return (strip_diacritics(text) if style == "no_diacritics" else text), style


def write_tiny_corpus(corpus_dir: Path, *, per_label: int = 16, seed: int = 7) -> None:
    """A generated file and a small hand-written-like file, in the corpus record format."""
    rng = random.Random(seed)
    corpus_dir.mkdir(parents=True, exist_ok=True)
    for source, count in (("generated", per_label), ("written_t", max(per_label // 4, 2))):
        with (corpus_dir / f"{source}.jsonl").open("w", encoding="utf-8") as out:
            for label in ("complaint", "denunciation", "recommendation", "other"):
                for index in range(count):
                    text, style = compose_letter(rng, label)
                    record = {"id": f"{source}-{label}-{index}", "label": label, "text": text}
                    record |= {"style": style, "form": "standard", "dup_group": None}
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
