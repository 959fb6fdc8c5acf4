"""The sample letters, in the markup of `samples/paper.py`. People, places and numbers are invented."""

# ruff: noqa: E501  - the markup holds one paragraph per line; wrapping it would change the letters

from __future__ import annotations

HEADER = """\
^*CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
^*Độc lập - Tự do - Hạnh phúc
---
"""

LAND_COMPENSATION = (
    HEADER
    + """\
>/Hưng Yên, ngày 14 tháng 3 năm 2024

^*ĐƠN KHIẾU NẠI
^/(V/v: không đồng ý với mức bồi thường khi Nhà nước thu hồi đất)

<Kính gửi: Chủ tịch Ủy ban nhân dân huyện Văn Lâm, tỉnh Hưng Yên

<Tôi tên là: Nguyễn Văn Thắng, sinh năm 1968
<Số CCCD: 033068004512, cấp ngày 10/8/2021
<Địa chỉ thường trú: thôn Đình Dù, xã Đình Dù, huyện Văn Lâm, tỉnh Hưng Yên
<Số điện thoại: 0912 486 305
Ngày 20 tháng 12 năm 2023, Ủy ban nhân dân huyện Văn Lâm ban hành Quyết định số 2871/QĐ-UBND về việc thu hồi 1.240 m2 đất nông nghiệp của gia đình tôi tại thửa số 215, tờ bản đồ số 09 để thực hiện dự án mở rộng khu công nghiệp phía Bắc. Kèm theo đó là Quyết định số 2872/QĐ-UBND phê duyệt phương án bồi thường, hỗ trợ, theo đó gia đình tôi được nhận tổng số tiền là 186.000.000 đồng.
Tôi không đồng ý với mức bồi thường nêu trên vì những lý do sau đây:
- Thứ nhất, đơn giá bồi thường đất trồng lúa được áp dụng là 60.000 đồng/m2, trong khi các hộ liền kề thuộc dự án khu dân cư mới năm 2022 được bồi thường 95.000 đồng/m2 cho cùng loại đất.
- Thứ hai, phương án không tính khoản hỗ trợ chuyển đổi nghề nghiệp và tạo việc làm, mặc dù gia đình tôi có hai lao động trực tiếp sản xuất nông nghiệp và bị thu hồi trên 70% diện tích đất được giao.
- Thứ ba, mương tưới và 35 cây nhãn lâu năm trên thửa đất chưa được kiểm đếm đầy đủ trong biên bản ngày 02/11/2023.
Vì vậy, tôi đề nghị Chủ tịch Ủy ban nhân dân huyện xem xét lại Quyết định số 2872/QĐ-UBND, tổ chức kiểm đếm lại tài sản trên đất và điều chỉnh đơn giá bồi thường cho đúng quy định của pháp luật.
Tôi xin cam đoan những nội dung trình bày trên là đúng sự thật và chịu trách nhiệm trước pháp luật.

]*NGƯỜI KHIẾU NẠI
]/(Ký, ghi rõ họ tên)
~
]*Nguyễn Văn Thắng
"""
)

COMMUNE_OFFICIAL = (
    HEADER
    + """\
>/Thanh Hóa, ngày 02 tháng 10 năm 2023

^*ĐƠN TỐ CÁO
^/(V/v: cán bộ địa chính xã nhận tiền để làm sai lệch hồ sơ đất đai)

<Kính gửi: Chủ tịch Ủy ban nhân dân xã Quảng Tân, huyện Quảng Xương

<Người tố cáo: Lê Thị Hồng, sinh năm 1975
<Địa chỉ: thôn Tân Hòa, xã Quảng Tân, huyện Quảng Xương, tỉnh Thanh Hóa
<Điện thoại liên hệ: 0368 227 914
<Người bị tố cáo: ông Phạm Văn Lực, công chức địa chính - xây dựng xã Quảng Tân.
Tháng 6 năm 2023, khi làm thủ tục tách thửa cho con trai, tôi được ông Phạm Văn Lực yêu cầu nộp thêm 15.000.000 đồng ngoài lệ phí theo quy định thì hồ sơ mới được chuyển lên huyện. Việc đưa tiền diễn ra tại nhà riêng của ông Lực, có em gái tôi là bà Lê Thị Nga chứng kiến.
Ngoài ra, theo tìm hiểu của tôi, ông Lực đã tự ý chỉnh sửa sổ mục kê, ghi tên một hộ khác vào diện tích đất công ích 420 m2 ở xứ đồng Cửa Đình, để sau đó hộ này được đề nghị cấp giấy chứng nhận quyền sử dụng đất. Nhiều hộ dân trong thôn cũng phản ánh bị ông Lực gây khó khăn khi làm thủ tục đất đai.
Hành vi nêu trên có dấu hiệu lợi dụng chức vụ, quyền hạn để nhận tiền và làm sai lệch hồ sơ địa chính, gây thiệt hại cho Nhà nước và người dân.
Tôi đề nghị Chủ tịch Ủy ban nhân dân xã xác minh, làm rõ và xử lý nghiêm hành vi vi phạm của ông Phạm Văn Lực theo quy định của pháp luật, đồng thời giữ bí mật thông tin của người tố cáo.
<Tôi xin cung cấp kèm theo bản sao giấy biên nhận hồ sơ và danh sách người làm chứng.

]*NGƯỜI TỐ CÁO
]/(Ký, ghi rõ họ tên)
~
]*Lê Thị Hồng
"""
)

DEGRADED_ROAD = (
    HEADER
    + """\
>/Quảng Nam, ngày 25 tháng 9 năm 2024

^*ĐƠN KIẾN NGHỊ
^/(V/v: sửa chữa tuyến đường liên thôn bị xuống cấp nghiêm trọng)

<Kính gửi: Ủy ban nhân dân xã Điện Hồng, thị xã Điện Bàn

<Chúng tôi là các hộ dân sinh sống tại thôn Nhì Đông, xã Điện Hồng.
<Người đại diện: ông Trần Minh Quang, sinh năm 1962, điện thoại 0905 318 442.
Tuyến đường bê tông liên thôn từ Nhì Đông đi Nhất Đông dài khoảng 2,3 km được xây dựng từ năm 2009. Đến nay mặt đường đã bong tróc, xuất hiện nhiều ổ gà sâu từ 20 đến 30 cm, đoạn gần cầu Bến Cát bị sụt lún một bên lề.
Mỗi khi trời mưa, nước đọng thành vũng lớn, xe máy và xe đạp của học sinh đi lại rất khó khăn. Từ đầu năm đến nay đã có ít nhất bốn vụ ngã xe, trong đó một cháu học sinh lớp 7 bị gãy tay.
Người dân trong thôn đã nhiều lần phản ánh tại các buổi họp thôn và tiếp xúc cử tri nhưng đến nay tuyến đường vẫn chưa được sửa chữa.
Chúng tôi kính đề nghị Ủy ban nhân dân xã quan tâm khảo sát hiện trạng, bố trí kinh phí dặm vá các ổ gà trước mùa mưa bão, đồng thời đưa tuyến đường vào kế hoạch nâng cấp năm 2025. Nhân dân trong thôn sẵn sàng đóng góp ngày công để cùng thực hiện.
Chúng tôi xin chân thành cảm ơn.

]*TM. CÁC HỘ DÂN
]/(Ký, ghi rõ họ tên)
~
]*Trần Minh Quang
"""
)

CERTIFICATE_REFUSAL = (
    HEADER
    + """\
>/Bình Dương, ngày 08 tháng 5 năm 2024

^*ĐƠN KHIẾU NẠI
^/(V/v: Văn phòng đăng ký đất đai từ chối cấp giấy chứng nhận)

<Kính gửi: Giám đốc Chi nhánh Văn phòng đăng ký đất đai thành phố Tân Uyên

<Tôi tên là: Võ Thị Mai Lan, sinh năm 1981
<Địa chỉ: tổ 4, khu phố Bình Hóa, phường Tân Vĩnh Hiệp, thành phố Tân Uyên
<Số điện thoại: 0976 550 128
Ngày 12 tháng 1 năm 2024, tôi nộp hồ sơ đề nghị cấp giấy chứng nhận quyền sử dụng đất lần đầu đối với thửa đất số 88, tờ bản đồ số 21, diện tích 156 m2, do gia đình tôi sử dụng ổn định từ năm 1998, không có tranh chấp.
Ngày 15 tháng 4 năm 2024, Chi nhánh Văn phòng đăng ký đất đai có văn bản số 312/CNVP trả lại hồ sơ với lý do thửa đất nằm trong quy hoạch hành lang an toàn đường bộ. Tuy nhiên, theo bản đồ quy hoạch được công bố, ranh giới hành lang chỉ đi qua phần đất phía trước khoảng 12 m2, phần còn lại hoàn toàn nằm ngoài quy hoạch.
Việc từ chối toàn bộ hồ sơ làm ảnh hưởng trực tiếp đến quyền và lợi ích hợp pháp của gia đình tôi, khiến tôi không thể thế chấp vay vốn sửa chữa nhà ở.
Tôi đề nghị Giám đốc Chi nhánh xem xét lại văn bản số 312/CNVP, tiếp nhận hồ sơ và cấp giấy chứng nhận đối với phần diện tích không thuộc hành lang an toàn đường bộ theo đúng quy định.
Xin trân trọng cảm ơn.

]*NGƯỜI LÀM ĐƠN
]/(Ký, ghi rõ họ tên)
~
]*Võ Thị Mai Lan
"""
)

LIVESTOCK_POLLUTION = (
    HEADER
    + """\
>/Đồng Nai, ngày 17 tháng 7 năm 2024

^*ĐƠN PHẢN ÁNH
^/(V/v: trại chăn nuôi heo gây ô nhiễm môi trường)

<Kính gửi: Ủy ban nhân dân xã Xuân Bắc, huyện Xuân Lộc

<Chúng tôi gồm 23 hộ dân ấp Bắc Hợp, xã Xuân Bắc, xin phản ánh sự việc như sau:
Từ cuối năm 2023, trại chăn nuôi heo của một doanh nghiệp tư nhân nằm cách khu dân cư chưa đầy 300 m đã mở rộng quy mô lên khoảng 4.000 con. Nước thải từ trại chảy thẳng ra suối Gia Đức, bốc mùi hôi thối nồng nặc, nhất là vào buổi tối và những ngày nắng nóng.
Nguồn nước giếng của nhiều hộ đã chuyển màu vàng đục, không còn dùng được cho sinh hoạt. Ruồi nhặng phát triển nhiều, trẻ nhỏ và người già trong ấp thường xuyên bị ho, tiêu chảy.
Chúng tôi đã phản ánh với trưởng ấp và tại buổi đối thoại tháng 3 năm 2024 nhưng tình trạng ô nhiễm vẫn chưa được khắc phục.
Chúng tôi kiến nghị Ủy ban nhân dân xã kiểm tra hệ thống xử lý chất thải của trại, lấy mẫu nước suối và nước giếng để phân tích, đồng thời yêu cầu chủ trại khắc phục triệt để.
Rất mong được các cơ quan chức năng quan tâm giải quyết.

]*ĐẠI DIỆN CÁC HỘ DÂN
]/(Ký, ghi rõ họ tên)
~
]*Đỗ Văn Hiếu
"""
)

SUPPORT_EMBEZZLEMENT = (
    HEADER
    + """\
>/Nghệ An, ngày 06 tháng 11 năm 2023

^*ĐƠN TỐ CÁO
^/(V/v: chiếm đoạt tiền hỗ trợ hộ nghèo và tiền hỗ trợ sau bão lụt)

<Kính gửi: Chủ tịch Ủy ban nhân dân huyện Thanh Chương, tỉnh Nghệ An

<Người tố cáo: Hoàng Văn Dũng, sinh năm 1970
<Số CCCD: 040070009318
<Địa chỉ: xóm 5, xã Thanh Lương, huyện Thanh Chương, tỉnh Nghệ An
<Điện thoại: 0387 602 551
<Người bị tố cáo: ông Nguyễn Hữu Tài, Chủ tịch Ủy ban nhân dân xã Thanh Lương.
Tôi xin tố cáo ông Nguyễn Hữu Tài về các hành vi vi phạm pháp luật sau đây:
1. Về tiền hỗ trợ hộ nghèo đón Tết năm 2023: theo danh sách được niêm yết, xã có 64 hộ nghèo, mỗi hộ được hỗ trợ 1.000.000 đồng. Tuy nhiên, nhiều hộ như hộ bà Trần Thị Sen, hộ ông Lê Văn Khoa chỉ nhận được 500.000 đồng nhưng vẫn bị yêu cầu ký nhận đủ số tiền.
2. Về tiền hỗ trợ khắc phục hậu quả cơn bão số 4: danh sách đề nghị hỗ trợ có tên 11 hộ không bị thiệt hại, trong đó có ba hộ là người thân của ông Tài. Tổng số tiền chi sai cho các hộ này là 86.000.000 đồng.
3. Về việc thu tiền xây dựng nhà văn hóa xóm: mỗi hộ phải nộp 800.000 đồng nhưng đến nay xã không công khai quyết toán, nhà văn hóa xây xong đã bị nứt tường.
Các sự việc trên đã được bà con trong xóm phản ánh tại hội nghị tiếp xúc cử tri tháng 6 năm 2023, nhưng không được giải quyết. Khi một số người dân đến hỏi, ông Tài có lời lẽ đe dọa sẽ cắt các chế độ hỗ trợ của gia đình họ.
Tôi cho rằng hành vi của ông Nguyễn Hữu Tài có dấu hiệu tham ô tài sản và lợi dụng chức vụ, quyền hạn trong khi thi hành công vụ, gây thiệt hại cho Nhà nước và người dân nghèo.
Kính đề nghị Chủ tịch Ủy ban nhân dân huyện chỉ đạo thanh tra làm rõ các nội dung trên, thu hồi số tiền chi sai, xử lý nghiêm người vi phạm và bảo vệ bí mật cho người tố cáo theo quy định của Luật Tố cáo.
Tôi cam kết những nội dung tố cáo là đúng sự thật; nếu sai tôi xin chịu trách nhiệm trước pháp luật.
<Tài liệu kèm theo:
<- Bản sao danh sách hộ nghèo được hỗ trợ năm 2023;
<- Danh sách 11 hộ được nhận tiền hỗ trợ bão lụt không đúng đối tượng;
<- Giấy xác nhận của bà Trần Thị Sen và ông Lê Văn Khoa.

]*NGƯỜI TỐ CÁO
]/(Ký, ghi rõ họ tên)
~
]*Hoàng Văn Dũng
"""
)

ALLOWANCE_CUT = (
    HEADER
    + """\
>/Cần Thơ, ngày 19 tháng 2 năm 2024

^*ĐƠN KHIẾU NẠI
^/(V/v: cắt trợ cấp xã hội hằng tháng đối với người khuyết tật)

<Kính gửi: Chủ tịch Ủy ban nhân dân quận Bình Thủy, thành phố Cần Thơ

<Tôi tên là: Trương Văn Phúc, sinh năm 1959
<Số CCCD: 092059001764
<Địa chỉ: số 27/4, khu vực 3, phường An Thới, quận Bình Thủy, thành phố Cần Thơ
<Điện thoại: 0939 415 076
<Tôi làm đơn này thay mặt cho con trai tôi là Trương Minh Tâm, sinh năm 1996, người khuyết tật đặc biệt nặng.
Con trai tôi bị bại não từ nhỏ, không tự đi lại và không tự phục vụ được sinh hoạt cá nhân. Từ năm 2012, cháu được hưởng trợ cấp xã hội hằng tháng theo Quyết định số 148/QĐ-UBND của Ủy ban nhân dân quận.
Ngày 05 tháng 1 năm 2024, gia đình tôi nhận được Quyết định số 36/QĐ-UBND của Chủ tịch Ủy ban nhân dân quận về việc thôi hưởng trợ cấp xã hội đối với cháu Tâm, với lý do kết quả xác định lại mức độ khuyết tật chỉ ở mức nhẹ.
Tôi không đồng ý với quyết định trên vì các lý do sau:
- Hội đồng xác định mức độ khuyết tật của phường không trực tiếp đến nhà quan sát cháu Tâm mà chỉ căn cứ vào hồ sơ cũ và lời kể của tổ trưởng tổ dân phố.
- Biên bản họp hội đồng ghi cháu tự đi lại được là không đúng sự thật, vì cháu phải ngồi xe lăn từ năm 2005 đến nay.
- Gia đình tôi không được thông báo để tham dự buổi xác định lại mức độ khuyết tật như quy định.
Việc cắt trợ cấp làm gia đình tôi lâm vào cảnh rất khó khăn: tôi đã hơn 60 tuổi, vợ tôi đau ốm thường xuyên, toàn bộ chi phí thuốc men và sinh hoạt của cháu Tâm đều trông vào khoản trợ cấp này.
Vì vậy, tôi kính đề nghị Chủ tịch Ủy ban nhân dân quận:
1. Xem xét lại Quyết định số 36/QĐ-UBND ngày 05/01/2024;
2. Chỉ đạo tổ chức xác định lại mức độ khuyết tật của cháu Trương Minh Tâm theo đúng trình tự, có sự tham gia của gia đình;
3. Khôi phục chế độ trợ cấp và truy lĩnh khoản trợ cấp bị gián đoạn từ tháng 1 năm 2024.
Tôi xin cam đoan nội dung trình bày trên là đúng sự thật.
<Kèm theo đơn: bản sao giấy xác nhận khuyết tật, bản sao Quyết định số 36/QĐ-UBND, giấy ra viện năm 2023.

]*NGƯỜI KHIẾU NẠI
]/(Ký, ghi rõ họ tên)
~
]*Trương Văn Phúc
"""
)

SCHOOL_REPAIR = (
    HEADER
    + """\
>/Sơn La, ngày 03 tháng 4 năm 2024

^*ĐƠN KIẾN NGHỊ
^/(V/v: sửa chữa phòng học xuống cấp tại điểm trường bản Huổi Hẹ)

<Kính gửi: Ủy ban nhân dân huyện Mai Sơn, tỉnh Sơn La
<Đồng kính gửi: Phòng Giáo dục và Đào tạo huyện Mai Sơn

<Chúng tôi là Ban đại diện cha mẹ học sinh điểm trường bản Huổi Hẹ, Trường Tiểu học Chiềng Lương.
Điểm trường có bốn phòng học cấp bốn được xây dựng từ năm 2003 cho 96 học sinh từ lớp 1 đến lớp 3. Hiện nay mái tôn đã thủng nhiều chỗ, xà gồ mục, tường có vết nứt dài. Khi trời mưa, nước dột xuống bàn học, giáo viên phải cho học sinh dồn sang một góc lớp.
Điểm trường chưa có nhà vệ sinh đạt chuẩn và chưa có nguồn nước sạch; học sinh phải mang nước từ nhà đến trường. Sân trường đất, mùa mưa lầy lội, mùa khô bụi nhiều.
Nhà trường đã có tờ trình gửi cấp trên từ năm học 2022 - 2023, nhưng đến nay chưa được bố trí kinh phí sửa chữa.
Chúng tôi kính đề nghị Ủy ban nhân dân huyện quan tâm bố trí nguồn vốn để thay mái, gia cố tường các phòng học, xây nhà vệ sinh và lắp đặt hệ thống nước sạch cho điểm trường trước năm học mới 2024 - 2025, bảo đảm an toàn cho các cháu học sinh.
Chúng tôi xin trân trọng cảm ơn.

]*TM. BAN ĐẠI DIỆN CHA MẸ HỌC SINH
]*TRƯỞNG BAN
~
]*Lò Văn Thành
"""
)

RESIDENCE_CONFIRMATION = (
    HEADER
    + """\
>/Hà Nội, ngày 11 tháng 6 năm 2024

^*ĐƠN XIN XÁC NHẬN
^/(V/v: xác nhận nơi cư trú để bổ sung hồ sơ vay vốn)

<Kính gửi: Công an phường Thanh Xuân Trung, quận Thanh Xuân

<Tôi tên là: Đặng Thu Hà, sinh ngày 22/08/1990
<Số CCCD: 001190027463, cấp ngày 25/4/2021
<Nơi thường trú: số 14, ngõ 105 Nguyễn Tuân, phường Thanh Xuân Trung, quận Thanh Xuân, Hà Nội
<Số điện thoại: 0983 204 617
Hiện nay tôi đang làm hồ sơ vay vốn mua nhà ở xã hội tại Ngân hàng Chính sách xã hội chi nhánh Hà Nội. Theo yêu cầu của ngân hàng, hồ sơ cần có giấy xác nhận thông tin về cư trú của người vay.
Vì vậy, tôi làm đơn này kính đề nghị Công an phường xác nhận cho tôi đã thường trú liên tục tại địa chỉ nêu trên từ tháng 3 năm 2015 đến nay.
Tôi xin cam đoan những thông tin trên là đúng sự thật và chịu trách nhiệm về lời khai của mình.
Tôi xin chân thành cảm ơn.

]*NGƯỜI LÀM ĐƠN
]/(Ký, ghi rõ họ tên)
~
]*Đặng Thu Hà
"""
)

COLLECTIVE_RESETTLEMENT = (
    HEADER
    + """\
>/Quảng Ngãi, ngày 28 tháng 8 năm 2023

^*ĐƠN KHIẾU NẠI
^/(V/v: bố trí tái định cư không đúng phương án đã công bố)

<Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi

<Chúng tôi gồm 17 hộ gia đình có đất bị thu hồi để xây dựng tuyến tránh Quốc lộ 24B đoạn qua xã Tịnh Khê, thành phố Quảng Ngãi.
<Người đại diện: ông Bùi Văn Tường, số điện thoại 0914 775 360.
Theo phương án được công bố năm 2021, các hộ chúng tôi được bố trí tái định cư tại khu dân cư An Kỳ, mỗi lô 100 m2, giá đất tính theo giá tái định cư. Tuy nhiên, đến tháng 5 năm 2023, Ban Quản lý dự án lại thông báo chuyển chúng tôi sang khu Đồng Bàu, cách nơi ở cũ gần 5 km, chưa có đường giao thông và hệ thống điện.
Ngày 14 tháng 7 năm 2023, Chủ tịch Ủy ban nhân dân thành phố Quảng Ngãi đã ban hành Quyết định giải quyết khiếu nại lần đầu số 1093/QĐ-UBND, giữ nguyên việc bố trí tái định cư tại khu Đồng Bàu.
Chúng tôi không đồng ý với quyết định giải quyết khiếu nại lần đầu nêu trên vì việc thay đổi địa điểm không được lấy ý kiến người dân và trái với phương án đã được phê duyệt.
Chúng tôi kính đề nghị Chủ tịch Ủy ban nhân dân tỉnh giải quyết khiếu nại lần hai, hủy Quyết định số 1093/QĐ-UBND và yêu cầu bố trí tái định cư cho các hộ tại khu An Kỳ như phương án ban đầu.

]*ĐẠI DIỆN CÁC HỘ DÂN
]/(Danh sách chữ ký kèm theo)
~
]*Bùi Văn Tường
"""
)

ILLEGAL_CONSTRUCTION = (
    HEADER
    + """\
>/Hải Phòng, ngày 21 tháng 12 năm 2023

^*ĐƠN TỐ CÁO
^/(V/v: xây dựng công trình trái phép trên đất nông nghiệp)

<Kính gửi: Chủ tịch Ủy ban nhân dân xã An Hòa, huyện An Dương

<Người tố cáo: Vũ Đức Mạnh, sinh năm 1984
<Địa chỉ: thôn Văn Tra, xã An Hòa, huyện An Dương, thành phố Hải Phòng
<Điện thoại: 0868 139 025
Từ tháng 10 năm 2023, ông Ngô Văn Hải, trú tại thôn Văn Tra, đã đổ đất san lấp khoảng 600 m2 ruộng lúa tại xứ đồng Cống Đá, sau đó xây dựng nhà xưởng khung thép mái tôn để làm kho chứa vật liệu xây dựng.
Công trình được xây dựng trên đất trồng lúa, không có giấy phép xây dựng và chưa được cơ quan có thẩm quyền cho phép chuyển mục đích sử dụng đất. Việc san lấp còn làm tắc mương thoát nước, khiến ruộng của nhiều hộ xung quanh bị ngập úng trong vụ mùa vừa qua.
Tôi đã báo cho trưởng thôn nhưng công trình vẫn tiếp tục được xây dựng, kể cả vào ban đêm.
Đề nghị Chủ tịch Ủy ban nhân dân xã kiểm tra, lập biên bản, đình chỉ thi công và xử lý vi phạm theo quy định, buộc khôi phục lại tình trạng ban đầu của đất.
Tôi xin chịu trách nhiệm về nội dung tố cáo của mình.

]*NGƯỜI TỐ CÁO
]/(Ký, ghi rõ họ tên)
~
]*Vũ Đức Mạnh
"""
)
