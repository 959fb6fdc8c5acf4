"""Letters of a kind the tiny corpus never shows: schools, clinics and social insurance, written as
parents, patients and workers write to a district office, in their own words rather than the legal ones.

The tiny corpus is about land, fines and commune officials; a model trained on it meets these letters
with almost none of their words. They are composed from parts, like the tiny corpus, so the loop test
can write as many fresh ones as it needs, each with the label its content calls for.
"""

from __future__ import annotations

import random

SCHOOLS = [
    "Trường Tiểu học Hòa Bình",
    "Trường THCS Lê Lợi",
    "Trường Mầm non Hoa Sen",
    "Trường THCS Quang Trung",
]
CLINICS = ["Trạm y tế xã Phước Long", "Phòng khám đa khoa khu vực Cầu Kè", "Trung tâm y tế huyện Long Mỹ"]
PARENTS = ["Huỳnh Thị Thu", "Châu Văn Lộc", "Trịnh Thị Bé", "La Văn Phúc", "Tạ Thị Diễm", "Quách Văn Tài"]
STAFF = [
    "thầy Hiệu trưởng",
    "cô Hiệu phó",
    "bác sĩ trưởng trạm",
    "cô thủ quỹ nhà trường",
    "ông Giám đốc trung tâm",
]

BODIES = {
    "complaint": [
        "Con tôi là cháu {child}, học lớp {grade}, bị nhà trường ra văn bản buộc chuyển trường từ ngày "
        "{d}/10 với lý do nghỉ học nhiều buổi. Cháu nghỉ vì nằm viện điều trị sốt xuất huyết, có giấy ra "
        "viện đầy đủ, nhà trường không xem xét mà vẫn giữ nguyên.",
        "Tôi là giáo viên hợp đồng của {school}. Phòng Giáo dục huyện ra văn bản chấm dứt hợp đồng của tôi "
        "trước thời hạn, trong khi năm học vừa qua tôi được đánh giá hoàn thành tốt nhiệm vụ.",
        "Bảo hiểm xã hội huyện trả lời không giải quyết chế độ thai sản cho tôi vì cho rằng tôi đóng chưa "
        "đủ {m} tháng, nhưng sổ bảo hiểm của tôi thể hiện tôi đã đóng liên tục từ năm 2019.",
        "Hồ sơ xin miễn học phí cho hai con tôi thuộc hộ cận nghèo đã nộp đủ giấy tờ nhưng nhà trường "
        "trả lại, ghi là không thuộc đối tượng, làm gia đình tôi phải đóng {m} trăm nghìn mỗi tháng.",
    ],
    "denunciation": [
        "{staff} của {school} thu của mỗi học sinh {m} trăm nghìn đồng gọi là tiền xây dựng, tiền máy lạnh, "
        "không có biên lai, không họp phụ huynh, số tiền thu được không công khai đi đâu.",
        "Tại {clinic}, {staff} bắt người bệnh có thẻ bảo hiểm phải mua thuốc ở quầy bên ngoài của người nhà "
        "mình, còn thuốc bảo hiểm cấp thì ghi vào sổ là đã phát nhưng người bệnh không nhận được.",
        "{staff} ép các cháu phải học thêm buổi tối tại nhà riêng, cháu nào không đi học thêm thì bị cho "
        "điểm kém, bị phê bình trước lớp, mỗi tháng phụ huynh phải nộp {m} trăm nghìn.",
        "Danh sách học sinh nhận gạo và tiền hỗ trợ ăn trưa của {school} có tên nhiều cháu đã chuyển đi từ "
        "lâu, {staff} vẫn ký nhận thay và giữ lại số tiền khoảng {m} triệu đồng.",
    ],
    "recommendation": [
        "Dãy phòng học cấp bốn của {school} đã dột nát, mái tôn thủng nhiều chỗ, trời mưa các cháu phải dồn "
        "về một góc lớp, nhà vệ sinh không có nước, phụ huynh rất lo lắng.",
        "{clinic} chỉ có một bác sĩ, buổi chiều và ngày nghỉ thường không có người trực, người dân đưa người "
        "ốm lên huyện phải đi hơn {m} cây số đường xấu.",
        "Cổng {school} nằm sát quốc lộ, giờ tan học xe tải chạy rất nhanh, không có vạch kẻ đường, không có "
        "biển báo, đã xảy ra va quẹt với học sinh.",
        "Việc chi trả lương hưu và trợ cấp tại điểm bưu điện xã thường chậm, người già phải chờ từ sáng tới "
        "trưa, không có ghế ngồi, nhiều cụ yếu phải đi lại {m} lần mới nhận được.",
    ],
    "other": [
        "Tôi xin cấp lại giấy chứng nhận tốt nghiệp trung học cơ sở vì bản chính bị thất lạc khi chuyển nhà, "
        "để bổ sung hồ sơ xin việc tại khu công nghiệp.",
        "Gia đình tôi xin cảm ơn các y bác sĩ {clinic} đã tận tình cứu chữa cho mẹ tôi trong {m} ngày nằm "
        "điều trị, chăm sóc chu đáo như người nhà.",
        "Tôi xin xác nhận cho con tôi đang học tại {school} để làm hồ sơ hưởng chế độ ưu đãi con "
        "thương binh.",
        "Tôi xin được chuyển cho cháu {child} từ {school} về trường gần nhà vì gia đình mới chuyển chỗ ở.",
    ],
}

ASKS = {
    "complaint": [
        "Tôi đề nghị xem xét lại văn bản nêu trên để con tôi được tiếp tục đi học.",
        "Kính mong xem xét lại việc này, trả lại quyền lợi cho tôi.",
    ],
    "denunciation": [
        "Đề nghị cấp trên kiểm tra, làm rõ và xử lý người làm sai, trả lại tiền cho phụ huynh.",
        "Kính mong cơ quan có thẩm quyền vào cuộc xác minh, xử lý nghiêm.",
    ],
    "recommendation": [
        "Mong các cấp quan tâm, sớm bố trí kinh phí khắc phục cho bà con yên tâm.",
        "Kính đề nghị xem xét, có phương án cải thiện tình trạng trên.",
    ],
    "other": ["Tôi xin chân thành cảm ơn.", "Rất mong được giúp đỡ."],
}

BODIES_TO = ["Phòng Giáo dục và Đào tạo huyện", "Ủy ban nhân dân huyện", "Sở Y tế", "Bảo hiểm xã hội huyện"]
LABELS = ("complaint", "denunciation", "recommendation", "other")


def new_kind_letter(rng: random.Random, label: str) -> str:
    name = rng.choice(PARENTS)
    slots = {
        "school": rng.choice(SCHOOLS),
        "clinic": rng.choice(CLINICS),
        "staff": rng.choice(STAFF),
        "child": rng.choice(PARENTS).split()[-1],
        "grade": rng.randint(1, 9),
        "m": rng.randint(2, 9),
        "d": rng.randint(1, 28),
    }
    body = rng.choice(BODIES[label]).format(**slots)
    body = body[0].upper() + body[1:]
    lines = [
        f"Kính gửi: {rng.choice(BODIES_TO)}",
        f"Tôi tên {name}, ở ấp {rng.randint(1, 9)}, xã Phước Long.",
        body,
        rng.choice(ASKS[label]),
        name,
    ]
    return "\n".join(lines)


def new_kind_letters(count_per_label: int, *, seed: int) -> list[tuple[str, str]]:
    """(text, label) pairs, labels interleaved so any prefix holds every label."""
    rng = random.Random(seed)
    letters = []
    for _ in range(count_per_label):
        for label in LABELS:
            letters.append((new_kind_letter(rng, label), label))
    return letters
