"""Letters written for these tests, each labelled by its content; most carry a title that misleads."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SampleLetter:
    name: str
    label: str
    text: str


HEADER = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"

LETTERS = [
    SampleLetter(
        "complaint titled as denunciation",
        "complaint",
        HEADER
        + """
ĐƠN TỐ CÁO
(V/v tố cáo việc bồi thường không thỏa đáng)

Kính gửi: Chủ tịch UBND huyện Thạch Hà

Tôi tên là Nguyễn Văn Thắng, sinh năm 1968, CCCD số 042068001234, trú tại thôn Bắc Sơn, xã Thạch Lạc,
huyện Thạch Hà.
Ngày 14/02/2024, UBND huyện Thạch Hà ban hành Quyết định số 512/QĐ-UBND về việc thu hồi 860 m2 đất
trồng lúa của gia đình tôi để làm đường tránh quốc lộ. Kèm theo là phương án bồi thường với đơn giá
55.000 đồng/m2, thấp hơn nhiều so với giá đất các thửa liền kề đã được bồi thường năm 2023.
Gia đình tôi không đồng ý với mức bồi thường này vì làm thiệt hại trực tiếp đến quyền lợi của gia đình.
Kính đề nghị Chủ tịch UBND huyện xem xét lại Quyết định số 512/QĐ-UBND, tính lại đơn giá bồi thường
cho gia đình tôi theo đúng quy định.

Thạch Lạc, ngày 20 tháng 3 năm 2024
Người làm đơn
Nguyễn Văn Thắng
""",
    ),
    SampleLetter(
        "complaint titled as recommendation",
        "complaint",
        HEADER
        + """
ĐƠN KIẾN NGHỊ

Kính gửi: Chủ tịch UBND phường Hòa Khánh

Tôi là Lê Thị Thu Hà, sinh năm 1979, thường trú tại tổ 12 phường Hòa Khánh, thành phố Đà Nẵng.
Ngày 03/9/2025 tôi nhận được Quyết định số 88/QĐ-XPHC của Chủ tịch UBND phường xử phạt tôi 7.500.000
đồng với lý do lấn chiếm vỉa hè để kinh doanh. Thực tế tôi chỉ để xe trước cửa nhà mình trong lúc dỡ hàng
khoảng mười phút, không hề bày bán trên vỉa hè.
Quyết định xử phạt này không đúng sự thật và ảnh hưởng đến quyền lợi hợp pháp của tôi. Tôi đề nghị hủy
Quyết định số 88/QĐ-XPHC và trả lại số tiền đã nộp phạt.

Hòa Khánh, ngày 15 tháng 9 năm 2025
Người kiến nghị
Lê Thị Thu Hà
""",
    ),
    SampleLetter(
        "denunciation titled as recommendation",
        "denunciation",
        HEADER
        + """
ĐƠN KIẾN NGHỊ

Kính gửi: Chủ tịch UBND huyện Krông Pắc

Tôi tên Y Bhin Niê, sinh năm 1983, trú buôn Ea Kly, xã Ea Kly, huyện Krông Pắc.
Tôi xin báo cáo việc ông Phan Văn Lợi, cán bộ địa chính xã Ea Kly, trong năm 2023 đã nhận của nhiều hộ
dân trong buôn mỗi hộ từ 5 đến 10 triệu đồng để làm hồ sơ cấp giấy chứng nhận quyền sử dụng đất. Có hộ
đưa tiền rồi vẫn không được làm, ông Lợi còn đe dọa nếu ai nói ra thì hồ sơ sẽ bị trả lại.
Hành vi trên của ông Lợi là nhận hối lộ, lợi dụng chức vụ để vụ lợi, làm mất lòng tin của nhân dân.
Đề nghị Chủ tịch UBND huyện chỉ đạo kiểm tra, làm rõ và xử lý nghiêm ông Phan Văn Lợi theo pháp luật.

Ea Kly, ngày 8 tháng 11 năm 2024
Người viết đơn
Y Bhin Niê
""",
    ),
    SampleLetter(
        "denunciation titled as complaint",
        "denunciation",
        HEADER
        + """
ĐƠN KHIẾU NẠI

Kính gửi: Thanh tra tỉnh Nghệ An

Chúng tôi là các hộ dân xóm 5, xã Nghi Phong, tỉnh Nghệ An.
Năm 2025, xã được cấp kinh phí hỗ trợ xây dựng nhà văn hóa xóm. Ông Trần Đức Vinh, kế toán UBND xã, đã
lập khống chứng từ thanh toán vật liệu, ghi tăng khối lượng xi măng và sắt thép so với thực tế, chiếm đoạt
khoảng 300 triệu đồng tiền ngân sách. Nhà văn hóa xây xong chưa đầy một năm đã nứt tường, thấm dột.
Chúng tôi đề nghị Thanh tra tỉnh vào cuộc xác minh, thu hồi tiền bị chiếm đoạt và xử lý người vi phạm.

Nghi Phong, ngày 2 tháng 12 năm 2025
Đại diện các hộ dân
Hoàng Văn Cường
""",
    ),
    SampleLetter(
        "recommendation titled as complaint",
        "recommendation",
        HEADER
        + """
ĐƠN KHIẾU NẠI

Kính gửi: UBND xã Tân Lập

Chúng tôi là bà con thôn 3 xã Tân Lập. Tuyến đường bê tông từ thôn 3 ra trường tiểu học dài khoảng 1,2
km được làm từ năm 2012, nay đã xuống cấp nghiêm trọng, nhiều đoạn bong tróc, ổ gà sâu. Mùa mưa nước
đọng thành vũng, các cháu học sinh đi học bị ngã nhiều lần, xe chở nông sản không vào được.
Chúng tôi kính đề nghị UBND xã quan tâm, bố trí kinh phí sửa chữa, nâng cấp tuyến đường để bà con đi lại
an toàn.

Tân Lập, ngày 10 tháng 4 năm 2023
Thay mặt bà con thôn 3
Đinh Văn Khải
""",
    ),
    SampleLetter(
        "recommendation titled as denunciation",
        "recommendation",
        HEADER
        + """
ĐƠN TỐ CÁO

Kính gửi: Sở Lao động - Thương binh và Xã hội tỉnh Bình Định

Tôi tên là Võ Thị Hạnh, 72 tuổi, ở thôn Vĩnh Lợi, xã Phước Sơn. Tôi viết đơn này để phản ánh tình trạng
nhiều người cao tuổi trong xã được hưởng trợ cấp xã hội nhưng việc chi trả thường chậm hai, ba tháng, mỗi
lần lĩnh phải đi xa, chờ đợi cả buổi, rất vất vả cho các cụ già yếu.
Kính đề nghị Sở quan tâm xem xét cách chi trả cho thuận tiện hơn, ví dụ chi trả tại thôn hoặc qua tài
khoản, để người già đỡ khổ.

Phước Sơn, ngày 5 tháng 6 năm 2022
Người viết
Võ Thị Hạnh
""",
    ),
    SampleLetter(
        "service request titled as complaint",
        "other",
        HEADER
        + """
ĐƠN KHIẾU NẠI

Kính gửi: UBND phường Tân Định

Tôi tên là Phạm Quốc Bảo, sinh năm 1990, cư trú tại phường Tân Định, Thành phố Hồ Chí Minh.
Nay tôi làm đơn này kính xin UBND phường cấp giấy xác nhận tình trạng hôn nhân để tôi hoàn thiện hồ sơ
đăng ký kết hôn. Từ năm 2010 đến nay tôi cư trú liên tục tại địa phương và chưa đăng ký kết hôn với ai.
Tôi xin cam đoan những lời khai trên là đúng sự thật.

Tân Định, ngày 21 tháng 8 năm 2025
Người làm đơn
Phạm Quốc Bảo
""",
    ),
    SampleLetter(
        "thanks titled as recommendation",
        "other",
        HEADER
        + """
ĐƠN KIẾN NGHỊ

Kính gửi: Ban Giám đốc Bệnh viện đa khoa tỉnh Quảng Ngãi

Tôi là Nguyễn Thị Lụa, người nhà bệnh nhân Trần Văn Tư điều trị tại khoa Hồi sức tích cực từ ngày
2/1/2024. Trong suốt thời gian cha tôi nằm viện, các bác sĩ và điều dưỡng của khoa đã tận tình chăm sóc,
theo dõi sát sao, động viên gia đình. Nay cha tôi đã hồi phục và được xuất viện.
Gia đình tôi xin gửi lời cảm ơn chân thành tới tập thể khoa và mong Ban Giám đốc ghi nhận, khen ngợi các
y bác sĩ đã hết lòng vì người bệnh.

Quảng Ngãi, ngày 30 tháng 1 năm 2024
Nguyễn Thị Lụa
""",
    ),
    SampleLetter(
        "complaint without title or diacritics",
        "complaint",
        """Kinh gui: Chu tich UBND xa Hoa Binh

Toi ten la Tran Van Duc, sinh nam 1975, tru tai ap 4 xa Hoa Binh.
Ngay 12/6/2021 UBND xa Hoa Binh co Thong bao so 45/TB-UBND tu choi cap giay phep sua chua nha o cho gia
dinh toi voi ly do dat nam trong quy hoach, trong khi cac ho ben canh van duoc cap binh thuong.
Toi khong dong y voi thong bao nay vi no lam anh huong den quyen loi hop phap cua gia dinh toi.
De nghi Chu tich UBND xa xem xet lai, huy Thong bao so 45/TB-UBND va cap phep cho gia dinh toi.

Nguoi lam don
Tran Van Duc
""",
    ),
    SampleLetter(
        "denunciation on a web portal",
        "denunciation",
        "Tôi phản ánh việc ông Lương Văn Khoa, Trưởng Công an xã Đồng Tâm, nhiều lần nhận tiền của các "
        "chủ xe chở cát quá tải để bỏ qua vi phạm, mỗi xe 500 nghìn đồng mỗi tháng. Người dân đã quay được "
        "video ông Khoa nhận tiền tại chốt. Đề nghị cơ quan có thẩm quyền điều tra, xử lý nghiêm hành vi "
        "nhận hối lộ này.",
    ),
    SampleLetter(
        "recommendation on a web portal",
        "recommendation",
        "Khu dân cư tổ 7 phường Quang Trung nhiều năm nay không có hệ thống thoát nước, mỗi trận mưa lớn "
        "nước ngập vào nhà dân cả tấc, rác trôi khắp nơi gây mất vệ sinh. Bà con đề nghị phường quan tâm "
        "đưa hạng mục thoát nước vào kế hoạch đầu tư năm tới.",
    ),
    SampleLetter(
        "private dispute titled as complaint",
        "other",
        HEADER
        + """
ĐƠN KHIẾU NẠI

Kính gửi: UBND xã Phú Xuân

Tôi tên Đặng Văn Hiếu, ở xóm Chùa, xã Phú Xuân. Năm 2019 gia đình ông Bùi Văn Tùng ở sát vách xây
tường rào lấn sang đất nhà tôi khoảng 40 cm chiều dài 15 m. Hai bên đã nói chuyện nhiều lần nhưng không
thống nhất được ranh giới.
Tôi làm đơn này đề nghị UBND xã cử cán bộ địa chính đo đạc lại và tổ chức hòa giải tranh chấp giữa hai
gia đình.

Phú Xuân, ngày 4 tháng 10 năm 2022
Người làm đơn
Đặng Văn Hiếu
""",
    ),
]
