"""Letters written for these tests, in the styles a reception office receives.

Every name, number and place is made up for the tests; any likeness to a real case is chance.
"""

from __future__ import annotations

FORMAL_COMPLAINT = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Phú Tân, ngày 12 tháng 3 năm 2024

ĐƠN KHIẾU NẠI
(V/v: không đồng ý với quyết định thu hồi đất và phương án bồi thường)

Kính gửi: Chủ tịch Ủy ban nhân dân huyện Phú Tân, tỉnh An Giang

Tôi tên là: Nguyễn Văn Hùng, sinh năm 1968
Số CCCD: 089068001234, cấp ngày 10/5/2021
Thường trú tại: ấp Phú Hòa, xã Phú Thạnh, huyện Phú Tân, tỉnh An Giang
Điện thoại: 0918 234 567

Ngày 15/01/2024, Ủy ban nhân dân huyện Phú Tân ban hành Quyết định số 125/QĐ-UBND về việc thu hồi
1.250 m2 đất nông nghiệp của gia đình tôi tại thửa đất số 45, tờ bản đồ số 12 để thực hiện dự án
nâng cấp đường tỉnh 954. Cùng ngày, Ủy ban nhân dân huyện ban hành Quyết định số 126/QĐ-UBND ngày
15/01/2024 của UBND huyện Phú Tân phê duyệt phương án bồi thường, hỗ trợ, trong đó đơn giá bồi thường
đất nông nghiệp chỉ bằng khoảng một nửa giá chuyển nhượng thực tế tại địa phương.

Gia đình tôi không đồng ý với mức bồi thường nêu trên, vì thửa đất của tôi là đất trồng lúa hai vụ,
nằm sát đường, các thửa liền kề được người dân mua bán với giá cao hơn nhiều lần.

Căn cứ Luật Khiếu nại năm 2011 và Nghị định số 124/2020/NĐ-CP, tôi làm đơn này khiếu nại Quyết định
số 126/QĐ-UBND ngày 15/01/2024 của UBND huyện Phú Tân.

Tôi kính đề nghị:
1. Xem xét lại đơn giá bồi thường đất nông nghiệp cho phù hợp với giá thị trường;
2. Hỗ trợ chuyển đổi nghề nghiệp cho gia đình tôi theo quy định;
3. Tạm dừng việc cưỡng chế cho đến khi khiếu nại được giải quyết.

Tôi xin chân thành cảm ơn.

Người khiếu nại
(Ký và ghi rõ họ tên)

Nguyễn Văn Hùng
"""

SEMI_LITERATE_DENUNCIATION = """Kính gửi : ông chủ tịch UBND tỉnh Nghệ An

tôi tên là trần thị lan năm nay 58 tuổi ở xóm 5 xã Diễn Hồng tỉnh Nghệ an. tôi viết đơn này tố cáo
ông Phạm Văn Tám chủ tịch UBND xã Diễn Hồng và ông Lê Văn Sơn là cán bộ địa chính xã đã nhận tiền của nhà
ông Hoàng văn Quý 50 triệu đồng để làm sổ đỏ cho nhà ông Quý trên phần đất của nhà tôi mà không đo đạc gì
cả, tôi lên xã hỏi thì ông Sơn nói là đất đó của xã rồi không phải của nhà bà, tôi đã gửi đơn lên xã từ
tháng 8 năm 2025 mà tới giờ đã quá hạn vẫn không thấy ai trả lời gì hết.
nay tôi làm đơn này kính mong ông chủ tịch tỉnh cho người về kiểm tra sử lý nghiêm ông Tám với ông Sơn
trả lại đất cho gia đình tôi.
Số điện thoại của tôi 0975.111.222
người làm đơn
Trần Thị Lan
Diễn Hồng ngày 3 tháng 11 năm 2025
"""

NO_DIACRITICS_RECOMMENDATION = """Kinh gui: UBND xa Thanh Loc, huyen Can Loc, tinh Ha Tinh
Dong kinh gui: Phong Tai nguyen va Moi truong huyen Can Loc

Toi ten la Vo Thi Mai, sinh nam 1979, CMND so 183456789, tru tai thon Trung Tien, xa Thanh Loc.
Toi xin phan anh: tu thang 6/2023 den nay, trai heo cua ho ong Dang Van Toan o thon Trung Tien xa nuoc
thai truc tiep ra muong thoat nuoc chung, mui hoi thoi bao trum ca xom, nhieu chau nho bi ho va sot. Ba
con trong thon da nhieu lan nhac nho nhung tinh trang van khong thay doi.
De nghi UBND xa kiem tra, yeu cau trai heo xu ly nuoc thai dung quy dinh va tra lai moi truong song
trong lanh cho nhan dan.
Toi xin cam on.
Thanh Loc, ngay 20 thang 9 nam 2023
Nguoi phan anh
Vo Thi Mai
"""

LAWYER_COMPLAINT = """CÔNG TY LUẬT TNHH MINH CHÍNH
Số: 27/2024/CV-MC
V/v: Khiếu nại Quyết định xử phạt vi phạm hành chính số 312/QĐ-XPHC

TP. Hồ Chí Minh, ngày 05 tháng 6 năm 2024

Kính gửi: Giám đốc Sở Xây dựng Thành phố Hồ Chí Minh

Người khiếu nại: Bà Lương Thị Ngọc Hân, sinh năm 1975, CCCD số 079175009876, địa chỉ: 48 Trần Quang
Khải, phường Tân Định, Quận 1, TP. Hồ Chí Minh.
Người đại diện theo ủy quyền: Luật sư Đỗ Minh Chính, Công ty Luật TNHH Minh Chính, Đoàn Luật sư TP. Hồ
Chí Minh; điện thoại: 028 3822 1234.

Căn cứ Giấy ủy quyền ngày 20/5/2024, chúng tôi thay mặt khách hàng khiếu nại Quyết định số 312/QĐ-XPHC
ngày 10/5/2024 của Chánh Thanh tra Sở Xây dựng Thành phố Hồ Chí Minh về việc xử phạt vi phạm hành chính
đối với bà Hân số tiền 40.000.000 đồng về hành vi xây dựng không có giấy phép.

Thực tế, công trình của bà Hân chỉ là sửa chữa, cải tạo bên trong nhà ở riêng lẻ, không thay đổi kết
cấu chịu lực, thuộc trường hợp được miễn giấy phép xây dựng theo quy định của Luật Xây dựng.

Đề nghị Giám đốc Sở Xây dựng:
- Hủy bỏ Quyết định số 312/QĐ-XPHC ngày 10/5/2024;
- Hoàn trả số tiền phạt bà Lương Thị Ngọc Hân đã nộp.

Trân trọng.
Luật sư
Đỗ Minh Chính
"""

ORGANISATION_RECOMMENDATION = """HỢP TÁC XÃ NÔNG NGHIỆP AN PHÚ
Số: 15/CV-HTX
V/v kiến nghị nạo vét kênh tưới tiêu nội đồng

An Phú, ngày 14 tháng 8 năm 2025

Kính gửi: Sở Nông nghiệp và Môi trường tỉnh Đồng Tháp

Tên tổ chức: Hợp tác xã Nông nghiệp An Phú
Địa chỉ trụ sở: ấp 3, xã An Phú, tỉnh Đồng Tháp
Người đại diện: ông Trịnh Văn Lực – Giám đốc; điện thoại 0939 555 777

Hợp tác xã hiện có 212 xã viên canh tác trên 340 ha lúa. Tuyến kênh Ba Tháng cấp nước cho toàn bộ diện
tích này đã bồi lắng nặng, mùa khô năm nay nhiều cánh đồng thiếu nước, năng suất giảm rõ rệt.
Hợp tác xã kính đề nghị Sở xem xét đưa tuyến kênh Ba Tháng vào kế hoạch nạo vét năm 2026.

Nơi nhận:
- Như trên;
- UBND xã An Phú (để biết);
- Lưu: VT.

TM. HỢP TÁC XÃ
GIÁM ĐỐC
Trịnh Văn Lực
"""

COLLECTIVE_SECOND_COMPLAINT = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc

ĐƠN KHIẾU NẠI
(Lần hai)

Kính gửi: Chủ tịch UBND tỉnh Quảng Nam
Đồng kính gửi: - Thanh tra tỉnh Quảng Nam
- Báo Quảng Nam

Chúng tôi gồm 6 hộ dân thôn Tây Sơn, xã Duy Hòa, huyện Duy Xuyên, tỉnh Quảng Nam, có đất bị thu hồi để
xây dựng Khu dân cư Tây Sơn, có tên trong danh sách dưới đây.
Ngày 02/10/2023, Chủ tịch UBND huyện Duy Xuyên ban hành Quyết định số 3456/QĐ-UBND giải quyết khiếu nại
lần đầu, giữ nguyên phương án bồi thường. Chúng tôi không đồng ý với quyết định giải quyết khiếu nại lần
đầu nêu trên vì giá đất tính bồi thường thấp hơn nhiều so với giá đất ở cùng khu vực.
Nay chúng tôi khiếu nại lần hai, đề nghị Chủ tịch UBND tỉnh xem xét lại toàn bộ phương án bồi thường,
hỗ trợ và tái định cư cho các hộ.

Duy Hòa, ngày 20 tháng 11 năm 2023
DANH SÁCH CÁC HỘ KÝ TÊN
STT | Họ và tên | Địa chỉ | Ký tên
1 | Nguyễn Văn Bảy | thôn Tây Sơn | (đã ký)
2 | Lê Thị Hoa | thôn Tây Sơn | (đã ký)
3 | Trương Công Định | thôn Tây Sơn | (đã ký)
4 | Phan Thị Mười | thôn Tây Sơn | (đã ký)
5 | Huỳnh Văn Lợi | thôn Tây Sơn | (đã ký)
6 | Đoàn Văn Sáu | thôn Tây Sơn | (đã ký)
"""

BLANK_TEMPLATE = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

……………, ngày ….. tháng ….. năm 20…..

ĐƠN KHIẾU NẠI

Kính gửi: ………………………………………………

Tôi tên là: ……………………………………………
Sinh năm: ………… Số CCCD: …………………………
Địa chỉ: …………………………………………………
Số điện thoại: ……………………………
Nội dung khiếu nại: ……………………………………………………………………………
……………………………………………………………………………………………………
Tôi xin cam đoan nội dung trình bày trên là đúng sự thật.

Người khiếu nại
(Ký, ghi rõ họ tên)
"""

PARTLY_FILLED_TEMPLATE = """ĐƠN KIẾN NGHỊ

Kính gửi: UBND phường Hòa Cường, thành phố Đà Nẵng

Họ và tên người kiến nghị: Đặng Thị Thu ..........
Địa chỉ: ............................................
Số điện thoại: 0905 246 810
Nội dung kiến nghị: Đèn đường trên kiệt 42 đường Núi Thành bị hỏng hơn hai tháng nay, buổi tối rất
tối, nhiều người đi đường bị ngã. Đề nghị phường cho sửa đèn đường sớm.
Người kiến nghị
Đặng Thị Thu
"""

PORTAL_SUBMISSION = """\
Kính gửi Ban Tiếp công dân tỉnh. Tôi là Hồ Văn Nam ở phường Thủ Dầu Một, TP Hồ Chí Minh.
Mẹ tôi là bà Trương Thị Bông, là người có công với cách mạng, từ tháng 2 năm nay đến giờ đã 5 tháng chưa nhận
được tiền trợ cấp hằng tháng, gia đình hỏi phường thì được bảo chờ. Đề nghị cơ quan chức năng kiểm tra
và chi trả trợ cấp sớm cho mẹ tôi. SĐT 0903123456."""

OCR_NOISY_COMPLAINT = (
    "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc |ập - Tự do - Hạnh phúc\n"
    "ĐƠN KHIẾU NẠI\n"
    "Kính gửi: Chủ tịch UBND huyện Phú Tân\n"
    "Tôi tên |à: Nguyễn Văn Hùng, sinh năm 196O\n"
    "Thường trú tại: ấp Phú Hoà, xã Phú Thạnh, huyện Phú Tân, tỉnh An Giang\n"
    "Tôi khiếu nại Quyết ðịnh số 126/QĐ-\n"
    "UBND ngày 15/01/2O24 của UBND huyện Phú Tân vì rnức bồi thường quá thấp, không thoả đáng với\n"
    "giá trị thực tế của thửa đất nông nghiệp bị thu hồi. Tôi đề nghị xem xét lại đơn giá bồi thường.\n"
    "Người khiếu nại\n"
    "Nguyễn Văn Hùng\n"
)

DISTRICT_OFFICE_DENUNCIATION = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Yên Thành, ngày 8 tháng 7 năm 2023

ĐƠN TỐ CÁO

Kính gửi: Chủ tịch UBND huyện Yên Thành, tỉnh Nghệ An

Tôi tên là Cao Xuân Trường, sinh năm 1971, trú tại xóm Tân Hợp, xã Công Thành, huyện Yên Thành.
Tôi làm đơn này tố cáo ông Hồ Sỹ Thắng, Trưởng phòng Tài nguyên và Môi trường huyện Yên Thành, đã có
hành vi đòi 30 triệu đồng mới ký hồ sơ chuyển mục đích sử dụng đất cho gia đình tôi. Khi tôi không đưa
tiền thì hồ sơ bị trả lại ba lần với lý do không rõ ràng.
Đề nghị Chủ tịch UBND huyện xác minh, xử lý nghiêm hành vi nêu trên theo quy định của pháp luật.
Tôi xin chịu trách nhiệm trước pháp luật về nội dung tố cáo của mình.
Người tố cáo
Cao Xuân Trường
"""

TWO_TIER_COMMUNE_COMPLAINT = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hòa Vang, ngày 22 tháng 9 năm 2025

ĐƠN KHIẾU NẠI

Kính gửi: Chủ tịch UBND xã Hòa Vang, thành phố Đà Nẵng

Tôi tên là Lê Quang Vinh, sinh năm 1983, CCCD số 048083004567, thường trú tại thôn Phước Thuận, xã Hòa
Vang, thành phố Đà Nẵng, điện thoại 0935 678 901.
Ngày 28/8/2025, UBND xã Hòa Vang ban hành Quyết định số 88/QĐ-XPHC xử phạt gia đình tôi 7.500.000 đồng
vì cho rằng tôi xây tường rào lấn hành lang đường bê tông thôn. Thực tế tường rào xây đúng trên ranh giới
thửa đất đã được cấp giấy chứng nhận, không lấn ra phần đường.
Tôi khiếu nại Quyết định số 88/QĐ-XPHC ngày 28/8/2025 của UBND xã Hòa Vang và đề nghị hủy quyết định này.
Người khiếu nại
Lê Quang Vinh
"""

ANONYMOUS_DENUNCIATION = """Kính gửi: Thanh tra huyện Krông Pắc

Chúng tôi là một nhóm giáo viên đang công tác tại Trường THCS Lê Lợi, xin được giấu tên vì sợ bị trù
dập. Chúng tôi tố cáo bà Ngô Thị Thanh, Hiệu trưởng Trường THCS Lê Lợi, đã tự ý thu thêm của phụ huynh
mỗi học sinh 350.000 đồng gọi là tiền xây dựng trường, không có biên lai, không công khai thu chi, số
tiền thu được hơn 200 triệu đồng.
Đề nghị Thanh tra huyện kiểm tra việc thu chi của nhà trường và xử lý nghiêm sai phạm.
Một nhóm giáo viên
"""

CENTRAL_ADDRESSEES = """\
Kính gửi: Thủ tướng Chính phủ; Ban Tiếp công dân Trung ương; Bộ Tài nguyên và Môi trường

Tôi tên là Đinh Công Lý, sinh năm 1960, trú tại tổ 7, phường Quang Trung, thành phố Thái Nguyên, tỉnh
Thái Nguyên. Gia đình tôi có 300 m2 đất ở bị thu hồi để làm dự án khu đô thị từ năm 2019 nhưng đến nay
chưa được bố trí tái định cư.
Đề nghị các cơ quan Trung ương chỉ đạo UBND tỉnh Thái Nguyên giải quyết dứt điểm việc tái định cư cho
gia đình tôi.
Đinh Công Lý
"""

DEPUTIES_AND_PRESS = """Kính gửi:
- Đoàn Đại biểu Quốc hội tỉnh Long An;
- Báo Tuổi Trẻ;
- Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Long An.

Tôi là Mai Văn Bé, ngụ tại ấp Bình Hòa, xã Bình Đức, tỉnh Long An. Tôi phản ánh tình trạng xe chở đất
quá tải chạy suốt đêm trên đường liên ấp làm đường hư hỏng, bụi mù, người dân không ngủ được.
Mai Văn Bé
"""

COMMA_ADDRESSEES = """Kính gửi: UBND xã Tân Hòa, UBND huyện Lai Vung, Thanh tra tỉnh Đồng Tháp

Tôi tên là Nguyễn Thị Hồng Nhung, sinh năm 1990, ngụ ấp Tân Thuận, xã Tân Hòa, huyện Lai Vung.
Tôi đã gửi đơn đến UBND xã Tân Hòa từ ngày 10/02/2024 đề nghị giải quyết việc hàng xóm lấn ranh đất
nhưng đến nay đã hơn 4 tháng vẫn chưa được giải quyết, cũng không có văn bản trả lời.
"""

PROVINCIAL_CITY = """Kính gửi: UBND thành phố Thủ Dầu Một, tỉnh Bình Dương
Đồng gửi: Phòng Quản lý đô thị thành phố Thủ Dầu Một

Tôi tên là Võ Thành Tâm, sinh năm 1977, ngụ tại khu phố 2, phường Phú Cường, thành phố Thủ Dầu Một.
Tôi kiến nghị UBND thành phố sửa chữa tuyến cống thoát nước trên đường Bạch Đằng, mỗi khi mưa lớn nước
ngập sâu vào nhà dân.
Thủ Dầu Một, ngày 3 tháng 10 năm 2022
Võ Thành Tâm
"""

CAPITAL_CITY = """Hà Nội, ngày 16 tháng 4 năm 2024

Kính gửi: Chủ tịch UBND Thành phố

Tôi tên là Phùng Thị Yến, sinh năm 1958, thường trú tại số 12 ngõ 45 phố Kim Mã, phường Kim Mã, quận Ba
Đình, Hà Nội. Tôi đề nghị Thành phố xem xét lại việc chậm cấp giấy chứng nhận quyền sử dụng đất cho gia
đình tôi.
Phùng Thị Yến
"""

HUE_2023 = """Huế, ngày 5 tháng 5 năm 2023
Kính gửi: UBND thành phố Huế
Tôi tên là Tôn Nữ Thu Hà, trú tại phường Vĩnh Ninh, thành phố Huế. Tôi phản ánh việc rác thải tồn đọng
nhiều ngày trên đường Nguyễn Huệ, gây mùi hôi thối và mất mỹ quan đô thị.
"""

HUE_2025 = """Huế, ngày 5 tháng 5 năm 2025
Kính gửi: UBND thành phố Huế
Tôi tên là Tôn Nữ Thu Hà, trú tại phường Thuận Hóa, thành phố Huế. Tôi phản ánh việc rác thải tồn đọng
nhiều ngày trên đường Nguyễn Huệ, gây mùi hôi thối và mất mỹ quan đô thị.
"""

COLLECTIVE_ROAD = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

ĐƠN KIẾN NGHỊ
V/v sửa chữa đường liên thôn

Kính gửi: UBND xã Quảng Phú

Chúng tôi gồm các hộ dân thôn Đông, xã Quảng Phú, cùng ký tên dưới đây:
1. Ông Lương Văn Thọ, sinh năm 1955
2. Bà Lý Thị Gấm, sinh năm 1962
3. Ông Triệu Văn Phúc, sinh năm 1970
4. Bà Hà Thị Nguyệt, sinh năm 1981
Tuyến đường liên thôn từ thôn Đông ra quốc lộ dài khoảng 1,2 km đã xuống cấp nghiêm trọng, nhiều ổ gà
lớn, mùa mưa học sinh đi học rất nguy hiểm. Chúng tôi kiến nghị UBND xã sớm bố trí kinh phí sửa chữa.
Quảng Phú, ngày 2 tháng 12 năm 2025
"""

SERVICE_REQUEST = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

ĐƠN XIN XÁC NHẬN HOÀN CẢNH GIA ĐÌNH

Kính gửi: UBND phường Phú Hội

Tôi tên là Trần Minh Khoa, sinh ngày 14/02/2006, hộ khẩu thường trú tại 25 Lê Lợi, phường Phú Hội.
Hiện tôi là sinh viên năm nhất, gia đình thuộc hộ cận nghèo. Tôi làm đơn này kính mong UBND phường xác
nhận hoàn cảnh gia đình để tôi làm hồ sơ vay vốn học tập.
Phú Hội, ngày 9 tháng 9 năm 2025
Người làm đơn
Trần Minh Khoa
"""

ORGANISATION_COMPANY = """CÔNG TY TNHH THƯƠNG MẠI AN PHÁT
Số: 08/2025/CV-AP
V/v kiến nghị giải quyết chậm hoàn thuế

Bình Dương, ngày 3 tháng 3 năm 2025

Kính gửi: Cục Thuế tỉnh Bình Dương

Công ty TNHH Thương mại An Phát (mã số thuế 3701234567) có trụ sở tại số 15 đường DT743, phường Bình
Hòa, thành phố Thuận An, tỉnh Bình Dương, xin trình bày như sau:
Ngày 10/10/2024 Công ty đã nộp hồ sơ đề nghị hoàn thuế giá trị gia tăng nhưng đến nay đã quá thời hạn
giải quyết mà Công ty vẫn chưa nhận được thông báo hay văn bản trả lời.
Công ty kính đề nghị Cục Thuế xem xét, giải quyết hồ sơ hoàn thuế theo đúng quy định.
Trân trọng.
TM. CÔNG TY
GIÁM ĐỐC
Lâm Quốc Bảo
"""

PLAIN_DENUNCIATION = """CONG HOA XA HOI CHU NGHIA VIET NAM
Doc lap - Tu do - Hanh phuc
DON TO CAO
Kinh gui: Chu tich UBND huyen Dien Chau, tinh Nghe An
Toi ten la Nguyen Van Thang, sinh nam 1975, tru tai xom 3, xa Dien Ky, huyen Dien Chau. So dien thoai
0986 123 456.
Toi to cao ong Tran Van Hai, Pho Chu tich UBND xa Dien Ky da loi dung chuc vu ky xac nhan sai nguon goc
dat cho nguoi nha de duoc cap giay chung nhan quyen su dung dat 500 m2 dat cong cua xa.
De nghi Chu tich UBND huyen cho thanh tra lam ro va xu ly nghiem theo quy dinh.
Dien Ky, ngay 15 thang 4 nam 2024
Nguoi to cao
Nguyen Van Thang
"""

HANDWRITTEN_LAND_DISPUTE = """Kính gủi : Uỷ ban nhân dân xã Hải Hà
Đồng kính gửi : Uỷ ban nhân dân huyện Hải Hậu
Tên tôi là Vũ thị Nhàn
năm nay 67 tuổi, ở xóm 12 xã Hải Hà. nhà tôi
có 2 sào ruộng giáp nhà ông Phạm văn Toản, năm ngoái
ông Toản đắp bờ lấn sang ruộng nhà tôi gần 1 thước, tôi
đã báo trưởng xóm hòa giải mà ông Toản không chịu
trả. Nay tôi làm đơn này mong xã về đo lại và giải
quyết cho tôi được nhờ.
Tôi xin cảm ơn
Vũ Thị Nhàn
"""

MINORITY_NAME_HEALTH = """Kính gửi: Sở Y tế tỉnh Lâm Đồng
Tôi tên là K'Brơi, sinh năm 1988, trú tại thôn Đạ Nghịt, xã Lát, huyện Lạc Dương.
Ngày 2/8/2024 con tôi bị sốt cao được đưa vào Trung tâm Y tế huyện Lạc Dương nhưng phải chờ hơn 3 tiếng
mới được bác sĩ khám, thái độ nhân viên y tế rất thiếu trách nhiệm.
Tôi kiến nghị Sở Y tế chấn chỉnh việc khám chữa bệnh tại Trung tâm Y tế huyện Lạc Dương.
"""

PARTY_ADDRESSEES = """Kính gửi: Đồng chí Bí thư Tỉnh ủy Thanh Hóa
Đồng kính gửi: Ủy ban Kiểm tra Tỉnh ủy Thanh Hóa
Tôi là Lê Đình Khải, đảng viên chi bộ thôn Yên Thái, xã Định Tân. Tôi phản ánh việc Bí thư Đảng ủy xã
Định Tân là ông Trịnh Văn Hòa có dấu hiệu vi phạm trong việc kết nạp đảng viên.
"""

THANK_YOU = """THƯ CẢM ƠN
Kính gửi: Ban Giám đốc Bệnh viện Đa khoa tỉnh Phú Thọ
Gia đình chúng tôi xin chân thành cảm ơn các y bác sĩ khoa Hồi sức tích cực đã tận tình cứu chữa cho bố
tôi là ông Đỗ Văn Chiến trong thời gian điều trị tại bệnh viện.
Thay mặt gia đình
Đỗ Văn Tùng
"""

JUDGMENT_ENFORCEMENT = """ĐƠN ĐỀ NGHỊ
(V/v thi hành bản án)
Kính gửi: Chi cục Thi hành án dân sự huyện Cái Bè
Tôi tên là Huỳnh Thị Kim Loan, sinh năm 1972, địa chỉ: ấp Hậu Thành, xã Hậu Thành, huyện Cái Bè, tỉnh
Tiền Giang.
Theo Bản án số 45/2022/DS-PT ngày 20/6/2022 của Tòa án nhân dân tỉnh Tiền Giang, ông Lê Văn Tám phải trả
cho tôi 350.000.000 đồng. Tôi đã nộp đơn yêu cầu thi hành án từ tháng 9/2022 nhưng đến nay Chi cục vẫn
chưa tổ chức thi hành.
Đề nghị Chi cục khẩn trương tổ chức thi hành bản án.
"""

ALL_LETTERS: dict[str, str] = {
    "formal_complaint": FORMAL_COMPLAINT,
    "semi_literate_denunciation": SEMI_LITERATE_DENUNCIATION,
    "no_diacritics_recommendation": NO_DIACRITICS_RECOMMENDATION,
    "lawyer_complaint": LAWYER_COMPLAINT,
    "organisation_recommendation": ORGANISATION_RECOMMENDATION,
    "collective_second_complaint": COLLECTIVE_SECOND_COMPLAINT,
    "blank_template": BLANK_TEMPLATE,
    "partly_filled_template": PARTLY_FILLED_TEMPLATE,
    "portal_submission": PORTAL_SUBMISSION,
    "ocr_noisy_complaint": OCR_NOISY_COMPLAINT,
    "district_office_denunciation": DISTRICT_OFFICE_DENUNCIATION,
    "two_tier_commune_complaint": TWO_TIER_COMMUNE_COMPLAINT,
    "anonymous_denunciation": ANONYMOUS_DENUNCIATION,
    "central_addressees": CENTRAL_ADDRESSEES,
    "deputies_and_press": DEPUTIES_AND_PRESS,
    "comma_addressees": COMMA_ADDRESSEES,
    "provincial_city": PROVINCIAL_CITY,
    "capital_city": CAPITAL_CITY,
    "hue_2023": HUE_2023,
    "hue_2025": HUE_2025,
    "collective_road": COLLECTIVE_ROAD,
    "service_request": SERVICE_REQUEST,
    "organisation_company": ORGANISATION_COMPANY,
    "plain_denunciation": PLAIN_DENUNCIATION,
    "handwritten_land_dispute": HANDWRITTEN_LAND_DISPUTE,
    "minority_name_health": MINORITY_NAME_HEALTH,
    "party_addressees": PARTY_ADDRESSEES,
    "thank_you": THANK_YOU,
    "judgment_enforcement": JUDGMENT_ENFORCEMENT,
}
