# ruff: noqa: E501  (phrase banks: a sentence per string reads better than strings cut at 110 columns)
"""Phrase banks for generated petition letters: "{a|b}" is a choice, "<slot>" a fact of the letter.

Written for these tests and the duplicate benchmark. Every topic has shared facts (the project, the
official, the road: what neighbours have in common) and own facts (the plot, the sums, the dates of each
household), so letters by different people about one matter share wording but not particulars.
"""

from __future__ import annotations

FAMILY_NAMES = (
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
    "Dương", "Lý", "Trương", "Đinh", "Lâm", "Mai", "Tạ", "Châu", "Cao", "Lương",
)  # fmt: skip
MIDDLE_NAMES = (
    "Văn",
    "Thị",
    "Hữu",
    "Đức",
    "Minh",
    "Ngọc",
    "Thanh",
    "Quốc",
    "Xuân",
    "Thu",
    "Kim",
    "Công",
    "Hoài",
)
GIVEN_NAMES = (
    "An", "Bình", "Cường", "Dũng", "Hùng", "Lan", "Mai", "Nam", "Phương", "Quang", "Sơn", "Tâm", "Thảo",
    "Tuấn", "Vân", "Yến", "Hải", "Hòa", "Lợi", "Phúc", "Thắng", "Trung", "Hạnh", "Liên", "Nhung", "Khánh",
    "Lộc", "Nghĩa", "Tài", "Thành", "Toàn", "Vinh", "Bảy", "Tám", "Chín", "Mười", "Đông", "Hiếu", "Kiên",
    "Long", "Minh", "Nga", "Oanh", "Quyên", "Sáu", "Thơm", "Trinh", "Tuyết", "Xuân", "Dung",
)  # fmt: skip
COMMUNES = (
    "Tân Phú", "Bình Minh", "An Hòa", "Phú Lộc", "Hòa Bình", "Thạnh Lợi", "Long Hưng", "Mỹ Phước", "Tân Thành",
    "Vĩnh Lộc", "Đông Hòa", "Phước Hiệp", "Hưng Đạo", "Quảng Tiến", "Nghĩa Đàn", "Cẩm Thủy", "Yên Lạc",
    "Đức Thắng", "Thuận An", "Hiệp Phước", "Tam Hiệp", "Xuân Sơn", "Kim Liên", "Trung Nghĩa", "Hòa Khánh",
    "Lộc Ninh", "Sơn Tịnh", "Bình Thạnh", "Phú Xuân", "Cát Tiên",
)  # fmt: skip
DISTRICTS = (
    "Phú Tân", "Châu Thành", "Thanh Sơn", "Đức Linh", "Yên Định", "Krông Pắc", "Tiên Du", "Mỏ Cày Nam",
    "Hòa Vang", "Cam Lâm", "Tân Uyên", "Lục Ngạn", "Hải Hậu", "Quỳnh Lưu", "Bến Lức",
)  # fmt: skip
PROVINCES = (
    "An Giang", "Đồng Nai", "Phú Thọ", "Lâm Đồng", "Thanh Hóa", "Đắk Lắk", "Bắc Ninh", "Vĩnh Long",
    "Khánh Hòa", "Bắc Giang", "Nam Định", "Nghệ An", "Tây Ninh", "Quảng Ngãi", "Hà Tĩnh",
)  # fmt: skip
VILLAGE_KINDS = ("thôn", "ấp", "xóm", "tổ dân phố", "khu phố", "bản")
PROJECTS = (
    "dự án Khu dân cư <place>", "dự án mở rộng Quốc lộ <road_no>", "dự án Cụm công nghiệp <place>",
    "dự án đường vành đai phía Bắc", "dự án Khu đô thị mới <place>", "dự án hồ chứa nước <place>",
    "dự án nâng cấp đê bao <place>", "dự án Trường trung học cơ sở <place>",
)  # fmt: skip
FACILITIES = (
    "trại chăn nuôi heo của ông <owner>", "xưởng sản xuất gạch của Công ty TNHH <company>",
    "cơ sở chế biến mủ cao su của bà <owner>", "bãi tập kết rác của xã", "nhà máy chế biến thủy sản <company>",
    "lò đốt than của ông <owner>",
)  # fmt: skip
COMPANIES = (
    "Thành Đạt",
    "Phú Gia",
    "Hưng Thịnh",
    "Minh Phát",
    "Tân Tiến",
    "Đại Lộc",
    "Hoàng Long",
    "An Khang",
)
ROLES_COMMUNE = (
    "cán bộ địa chính xã", "công chức tư pháp - hộ tịch xã", "Phó Chủ tịch UBND xã", "Chủ tịch UBND xã",
    "Trưởng Công an xã", "kế toán UBND xã",
)  # fmt: skip

TITLES = {
    "complaint": ("ĐƠN KHIẾU NẠI", "ĐƠN KHIẾU NẠI", "ĐƠN ĐỀ NGHỊ", "ĐƠN KHIẾU NẠI (LẦN ĐẦU)"),
    "denunciation": ("ĐƠN TỐ CÁO", "ĐƠN TỐ CÁO", "ĐƠN PHẢN ÁNH, TỐ CÁO"),
    "recommendation": ("ĐƠN KIẾN NGHỊ", "ĐƠN PHẢN ÁNH", "ĐƠN KIẾN NGHỊ, PHẢN ÁNH", "ĐƠN ĐỀ NGHỊ"),
}

INTRO_PERSON = (
    "Tôi tên là <name>, sinh năm <birth>, {CCCD|Căn cước công dân|căn cước} số <id> cấp ngày <id_date>.\n"
    "{Địa chỉ thường trú|Hộ khẩu thường trú|Nơi cư trú|Trú tại}: <address>.\n{Số điện thoại|Điện thoại liên hệ|SĐT}: <phone>.",
    "Tôi là <name>, sinh năm <birth>, {hiện đang|} cư trú tại <address>, {CCCD|số CCCD} <id>, "
    "{điện thoại|số điện thoại liên lạc} <phone>.",
    "Họ và tên người {làm đơn|khiếu nại|tố cáo|kiến nghị}: <name>. Năm sinh: <birth>.\nSố CCCD: <id>.\n"
    "Địa chỉ: <address>. Điện thoại: <phone>.",
)  # fmt: skip
INTRO_GROUP = (
    "Chúng tôi gồm <signers> hộ dân {đang sinh sống|cư trú lâu năm|sinh sống} tại <village>, xã <commune>, "
    "{có tên trong danh sách kèm theo|ký tên dưới đây}. Người đại diện: {ông|bà} <name>, CCCD số <id>, "
    "điện thoại <phone>.",
    "Chúng tôi là {các hộ dân|tập thể các hộ gia đình|bà con nhân dân} <village>, xã <commune>, <signers> hộ "
    "{cùng ký tên|đứng tên} trong đơn, {cử|thống nhất cử} {ông|bà} <name> (điện thoại <phone>) làm đại diện.",
)  # fmt: skip

# Per topic: the label, the paragraphs (each a tuple of alternatives), and whether groups write it.
TOPICS: dict[str, dict[str, object]] = {
    "compensation": {
        "label": "complaint",
        "group": True,
        "paragraphs": (
            (
                "{Gia đình tôi|Hộ gia đình tôi|Gia đình chúng tôi} {đang sử dụng|sử dụng ổn định|canh tác} thửa "
                "đất số <plot>, tờ bản đồ số <sheet>, diện tích <area> m2 tại <village>, xã <commune> "
                "{từ năm <since>|từ năm <since> đến nay|liên tục từ năm <since>}, {đã được cấp giấy chứng nhận "
                "quyền sử dụng đất|có giấy chứng nhận quyền sử dụng đất|không có tranh chấp với ai}.",
                "Thửa đất số <plot> (tờ bản đồ số <sheet>) rộng <area> m2 ở <village> là {đất của ông bà để lại|"
                "tài sản duy nhất|nguồn sống chính} của {gia đình tôi|nhà tôi}, {chúng tôi|gia đình tôi} "
                "{canh tác|trồng lúa|trồng cây ăn trái} trên đó từ năm <since>.",
            ),
            (
                "{Ngày <ddate>|Vừa qua|Năm <dyear>}, <issuer> {ban hành|đã ra|ký} Quyết định số <own_doc> về việc "
                "{thu hồi <recovered> m2 đất|thu hồi đất} của {gia đình tôi|hộ tôi} để thực hiện <project>.",
                "Để {thực hiện|triển khai} <project> {theo Quyết định số <project_doc>|được phê duyệt tại Quyết "
                "định số <project_doc>}, <issuer> {đã ban hành|ra} Quyết định số <own_doc> thu hồi <recovered> m2 "
                "{đất nông nghiệp|đất trồng lúa|đất vườn} của {gia đình tôi|tôi}.",
            ),
            (
                "{Theo phương án bồi thường|Theo phương án được phê duyệt|Theo quyết định nói trên}, {gia đình "
                "tôi|hộ tôi} {chỉ được bồi thường|được nhận|chỉ được chi trả} <amount> đồng, {tương đương|tức là|"
                "khoảng} <price> đồng/m2.",
                "Số tiền bồi thường, hỗ trợ {mà gia đình tôi được nhận|áp cho hộ tôi|ghi trong phương án} là "
                "<amount> đồng, {với đơn giá|theo giá} <price> đồng một mét vuông.",
            ),
            (
                "{Tôi không đồng ý với|Gia đình tôi không đồng ý với|Tôi thấy không thỏa đáng} {mức bồi thường "
                "này|phương án bồi thường này|cách tính này} vì {giá đất thực tế tại khu vực khoảng <market> "
                "đồng/m2|phần đất của tôi có <houses> gian nhà và <trees> cây ăn trái chưa được kiểm đếm|diện "
                "tích đo thực tế là <real_area> m2 chứ không phải <recovered> m2}.",
                "{Mức giá trên|Đơn giá này|Số tiền này} {quá thấp|không đúng|thấp hơn nhiều} so với {giá thị "
                "trường|giá chuyển nhượng thực tế} {là|khoảng|lên tới} <market> đồng/m2, {trong khi|mà} "
                "{gia đình tôi có <members> nhân khẩu|nhà tôi có <members> người} {không còn đất sản xuất|sống "
                "nhờ vào mảnh đất này}.",
            ),
            (
                "{Vì vậy, tôi khiếu nại|Nay tôi khiếu nại|Tôi làm đơn khiếu nại} Quyết định số <own_doc> và {đề "
                "nghị|kính đề nghị|yêu cầu} {xem xét lại mức bồi thường|hủy quyết định trên để tính toán lại|điều "
                "chỉnh đơn giá bồi thường} cho {gia đình tôi|hộ tôi}.",
                "{Kính đề nghị|Đề nghị|Tôi đề nghị} {quý cơ quan|Chủ tịch|các cấp} {xem xét lại|giải quyết lại} "
                "Quyết định số <own_doc>, {bồi thường đúng diện tích <real_area> m2|tính lại theo giá <market> "
                "đồng/m2|bố trí tái định cư} cho gia đình tôi.",
            ),
        ),
    },
    "certificate": {
        "label": "complaint",
        "group": False,
        "paragraphs": (
            (
                "{Ngày <ddate>|Năm <dyear>}, tôi {nộp hồ sơ|đã nộp hồ sơ|làm thủ tục} {đề nghị cấp|xin cấp} giấy "
                "chứng nhận quyền sử dụng đất cho thửa đất số <plot>, tờ bản đồ số <sheet>, diện tích <area> m2 "
                "tại <village>.",
                "Gia đình tôi {nhận chuyển nhượng|được thừa kế|khai hoang} thửa đất số <plot> tờ bản đồ số "
                "<sheet> ({diện tích|rộng} <area> m2) ở <village> từ năm <since> và {đã nộp hồ sơ|nộp đơn} xin "
                "cấp giấy chứng nhận {vào năm <dyear>|ngày <ddate>}.",
            ),
            (
                "{Đến nay|Tuy nhiên|Nhưng}, <issuer> {ra|có} Thông báo số <own_notice> {từ chối|không chấp nhận} "
                "{cấp giấy chứng nhận|hồ sơ của tôi} với lý do {đất đang có tranh chấp|đất thuộc quy hoạch|"
                "nguồn gốc đất chưa rõ ràng}.",
                "<issuer> {trả lại hồ sơ|trả hồ sơ} {bằng|kèm} Thông báo số <own_notice>, {cho rằng|nêu là} {thửa "
                "đất nằm trong quy hoạch|đất có tranh chấp|không đủ điều kiện cấp giấy}.",
            ),
            (
                "Lý do {này|trên} {không đúng|không có căn cứ} vì {gia đình tôi sử dụng ổn định từ năm <since>|"
                "không có ai tranh chấp|xã đã xác nhận đất không tranh chấp}, {các hộ liền kề đều đã được cấp "
                "giấy|đã nộp thuế đất đầy đủ <members> năm liền}.",
                "Tôi {không đồng ý|không chấp nhận} {vì|bởi} {thửa đất số <plot>|mảnh đất này} {không nằm trong "
                "quy hoạch nào|không tranh chấp với ai}, {tôi đã nộp đủ thuế sử dụng đất|hàng xóm xung quanh "
                "đều đã có sổ}.",
            ),
            (
                "{Vì vậy, tôi khiếu nại|Tôi khiếu nại|Nay tôi làm đơn khiếu nại} Thông báo số <own_notice> và đề "
                "nghị {cấp giấy chứng nhận cho gia đình tôi|xem xét lại hồ sơ|hủy thông báo trên}.",
            ),
        ),
    },
    "bribery": {
        "label": "denunciation",
        "group": False,
        "paragraphs": (
            (
                "Tôi {làm đơn này|viết đơn này|xin} tố cáo {ông|bà} <official>, <role> <commune_full>, {đã có "
                "hành vi|có hành vi|đã} {nhận tiền|đòi tiền|vòi vĩnh tiền} của {người dân|dân} khi giải quyết hồ "
                "sơ {đất đai|hành chính}.",
                "{Tôi xin tố cáo|Tôi tố cáo|Nay tôi tố cáo} hành vi {lợi dụng chức vụ|nhũng nhiễu, nhận hối lộ} "
                "của {ông|bà} <official> ({hiện là|đang giữ chức} <role> <commune_full>).",
            ),
            (
                "{Ngày <ddate>|Khoảng tháng <dmonth> năm <dyear>}, {tôi|gia đình tôi} {đến|lên} {trụ sở|UBND} xã "
                "để {làm hồ sơ|xin} {tách thửa|chuyển mục đích sử dụng đất|xác nhận} cho thửa đất số <plot>, "
                "{ông|bà} <official> {yêu cầu|đòi} tôi {đưa|nộp ngoài} <amount> đồng thì mới {giải quyết|ký}.",
                "Khi tôi {nộp hồ sơ|đến hỏi hồ sơ} {tách thửa|cấp đổi giấy} thửa số <plot>, {ông|bà} <official> "
                '{nói phải có|gợi ý đưa|đòi} <amount> đồng {"bồi dưỡng"|"chi phí"|tiền cà phê}, tôi {đã đưa|'
                "buộc phải đưa} {tại nhà riêng|ở quán cà phê} vào {ngày <ddate>|tối <ddate>}.",
            ),
            (
                "{Ngoài tôi ra|Không chỉ gia đình tôi|Theo tôi biết}, {còn có|các hộ} {<members> hộ khác|nhiều hộ "
                "ở <village>} {cũng bị|đều bị} {ông|bà} <official> {đòi tiền|gây khó khăn} {tương tự|như vậy}.",
                "{Hành vi này|Việc làm này} {gây bức xúc|làm mất lòng tin} {trong nhân dân|của bà con <village>}, "
                "{tôi có|tôi còn giữ} {tin nhắn|ghi âm|giấy biên nhận} {làm bằng chứng|kèm theo đơn}.",
            ),
            (
                "{Đề nghị|Kính đề nghị|Tôi đề nghị} {cơ quan có thẩm quyền|các cấp|quý cơ quan} {xác minh|làm rõ},"
                " xử lý nghiêm {ông|bà} <official> {và trả lại tiền cho người dân|theo quy định|để làm gương}.",
            ),
        ),
    },
    "construction": {
        "label": "denunciation",
        "group": True,
        "paragraphs": (
            (
                "{Tôi tố cáo|Chúng tôi tố cáo|Nay tố cáo} {ông|bà} <official>, <role> <commune_full>, {đã xây "
                "dựng trái phép|tự ý xây dựng|lấn chiếm và xây} {nhà|nhà kho|tường rào|quán} trên {đất công|đất "
                "hành lang giao thông|đất bãi bồi} tại <village>.",
            ),
            (
                "{Từ tháng <dmonth> năm <dyear>|Khoảng đầu năm <dyear>}, {ông|bà} <official> {cho xây|xây} "
                "{công trình|căn nhà} {khoảng|rộng khoảng} <area> m2 {sát|cạnh|trên} {đường liên thôn|kênh thủy "
                "lợi|khu đất công} {mà không có giấy phép|không xin phép|không có giấy phép xây dựng}.",
                "{Công trình|Căn nhà} {rộng|có diện tích} <area> m2 {được xây|xây} {trên phần đất công|trên đất "
                "hành lang} {gần nhà tôi|cạnh thửa đất số <plot>} từ {tháng <dmonth> năm <dyear>|ngày <ddate>}, "
                "{chính quyền xã biết nhưng không xử lý|xã không lập biên bản}.",
            ),
            (
                "{Nhà tôi ở|Gia đình tôi ở|Tôi ở} {số <house_no>|cạnh thửa đất số <plot>} {ngay cạnh|đối diện} công "
                "trình, {ngày <ddate>|tháng <dmonth> năm <dyear>} tôi {đã phản ánh|báo} {với xã|lên thôn} nhưng "
                "{không được giải quyết|không ai xử lý|vẫn chưa có kết quả}, {vì|do} {ông|bà} <official> là <role>.",
                "{Phần đất công|Đoạn hành lang} bị lấn {nằm sát|giáp} {nhà số <house_no>|thửa số <plot>} của {gia đình "
                "tôi|tôi}, {lối đi chung|đường nước} bị chắn {khoảng|dài} <distance> m, tôi {đã báo|đã phản ánh} "
                "{từ ngày <ddate>|tại cuộc họp thôn tháng <dmonth> năm <dyear>} mà {không ai xử lý|vẫn chưa có kết quả}.",
            ),
            (
                "{Đề nghị|Kính đề nghị} {kiểm tra|xác minh} và {buộc tháo dỡ|xử lý} công trình trái phép, {xử lý "
                "nghiêm|kỷ luật} {ông|bà} <official> {theo quy định|vì lợi dụng chức vụ}.",
            ),
        ),
    },
    "road": {
        "label": "recommendation",
        "group": True,
        "paragraphs": (
            (
                "{Tuyến đường|Con đường|Đường} liên thôn từ <village> {đến|đi} <village2> {dài khoảng|dài} "
                "<length> km {đã xuống cấp nghiêm trọng|hư hỏng nặng|bị sụt lún nhiều đoạn} {từ năm <dyear>|"
                "nhiều năm nay|sau mùa mưa năm <dyear>}.",
            ),
            (
                "{Đoạn trước nhà tôi|Đoạn gần nhà tôi|Đoạn qua nhà tôi} ({số nhà <house_no>|gần cột điện số "
                "<pole>}) có {ổ gà sâu|hố sụt} {rộng khoảng <area> m2|sâu gần nửa mét}, {con tôi|cháu tôi} "
                "{bị ngã xe|té xe} {ngày <ddate>|tháng <dmonth> năm <dyear>}.",
                "{Nhà tôi|Gia đình tôi} ở {số <house_no>|cạnh cột điện số <pole>} {ven tuyến đường này|sát "
                "đường}, {mùa mưa|mỗi khi mưa} {nước ngập vào nhà|bùn đất tràn vào sân}, {<members> cháu nhỏ đi "
                "học rất khó khăn|xe chở nông sản không vào được}.",
            ),
            (
                "{Bà con|Người dân} đã {nhiều lần kiến nghị|kiến nghị tại các buổi tiếp xúc cử tri|phản ánh với "
                "trưởng thôn} nhưng {đến nay chưa được sửa chữa|chưa có kế hoạch nâng cấp|chỉ được vá tạm}.",
            ),
            (
                "{Kính đề nghị|Đề nghị|Chúng tôi đề nghị} {UBND xã|chính quyền|các cấp} {quan tâm|sớm|bố trí "
                "kinh phí} {sửa chữa|nâng cấp, bê tông hóa} tuyến đường {để|nhằm} {đảm bảo an toàn đi lại|bà "
                "con đi lại thuận tiện}.",
            ),
        ),
    },
    "pollution": {
        "label": "recommendation",
        "group": True,
        "paragraphs": (
            (
                "{Từ năm <dyear>|Mấy năm nay|Khoảng <members> năm nay}, <facility> {hoạt động|xả thải} {ngay "
                "sát|gần} khu dân cư <village>, xã <commune>, {gây ô nhiễm nặng|gây mùi hôi thối|xả nước thải "
                "ra kênh}.",
            ),
            (
                "Nhà tôi {cách|chỉ cách} {cơ sở này|trại này|nơi xả thải} {khoảng|chừng} <distance> m, {mùi hôi "
                "nồng nặc|khói bụi} {cả ngày|nhất là ban đêm}, {<members> người trong gia đình|mẹ tôi <age> tuổi|"
                "cháu tôi} {bị viêm họng|phải đi khám bệnh hô hấp} {vào tháng <dmonth> năm <dyear>|ngày <ddate>}.",
                "{Giếng nước|Ao cá} của gia đình tôi {cách|gần} {trại|cơ sở} <distance> m {bị nhiễm bẩn|có váng "
                "đen}, {cá chết|không dùng được} {từ ngày <ddate>|từ tháng <dmonth> năm <dyear>}, thiệt hại "
                "{khoảng|ước} <amount> đồng.",
            ),
            (
                "{Người dân|Bà con} đã {phản ánh nhiều lần|kiến nghị} {với xã|lên UBND xã|tại buổi họp thôn} "
                "nhưng {tình trạng vẫn kéo dài|chưa được xử lý dứt điểm|cơ sở vẫn hoạt động}.",
            ),
            (
                "{Đề nghị|Kính đề nghị} {kiểm tra|kiểm tra, xử lý} {việc xả thải|hoạt động} của <facility>, "
                "{buộc di dời ra xa khu dân cư|yêu cầu xử lý chất thải|đảm bảo môi trường sống cho người dân}.",
            ),
        ),
    },
    "allowance": {
        "label": "recommendation",
        "group": False,
        "paragraphs": (
            (
                "{Mẹ tôi|Bố tôi|Tôi} {năm nay <age> tuổi|đã <age> tuổi} {là người khuyết tật|thuộc diện hưởng "
                "trợ cấp xã hội|là người cao tuổi neo đơn}, {được hưởng|đã được duyệt} trợ cấp {hằng tháng|"
                "hàng tháng} <amount> đồng {theo Quyết định số <own_doc>|từ năm <since>}.",
            ),
            (
                "{Tuy nhiên|Nhưng}, {từ tháng <dmonth> năm <dyear>|đã <months> tháng nay} {gia đình tôi|mẹ tôi|"
                "tôi} {không được nhận|chưa nhận được} {khoản trợ cấp này|tiền trợ cấp}, {hỏi|hỏi cán bộ xã} "
                "{thì được trả lời là chưa có kinh phí|thì không ai trả lời rõ}.",
            ),
            (
                "{Kính đề nghị|Đề nghị} {UBND xã|quý cơ quan} {kiểm tra|xem xét} và {chi trả đủ|sớm chi trả} "
                "<months> tháng trợ cấp còn {nợ|chậm} cho {gia đình tôi|mẹ tôi}.",
            ),
        ),
    },
}

# Shared-facts slots per topic: a neighbour writing about the same matter reuses these values.
MATTER_SLOTS = {
    "compensation": ("project", "project_doc", "issuer", "price", "market"),
    "certificate": ("issuer",),
    "bribery": ("official", "role"),
    "construction": ("official", "role", "area", "dmonth", "dyear"),
    "road": ("village2", "length", "dyear"),
    "pollution": ("facility", "dyear"),
    "allowance": ("issuer",),
}

FOLLOW_UP = (
    "Ngày <old_date> tôi đã gửi đơn đến <old_addressee> nhưng đến nay {vẫn chưa nhận được trả lời|chưa được "
    "giải quyết|không thấy hồi âm}, nay tôi {gửi lại đơn|tiếp tục gửi đơn} {và trình bày lại như sau|như sau}:",
    "Tôi đã {gửi đơn|làm đơn} {lần đầu|trước đây} vào ngày <old_date> nhưng {đã quá thời hạn mà vẫn chưa "
    "được giải quyết|đến nay chưa được trả lời}, nên {gửi lại|viết lại đơn} {lần thứ hai|một lần nữa}.",
)  # fmt: skip

CLOSINGS = (
    "Tôi xin cam đoan những nội dung trên là đúng sự thật.\nXin chân thành cảm ơn!",
    "Kính mong quý cơ quan xem xét giải quyết.\nTrân trọng cảm ơn!",
    "Tôi xin chịu trách nhiệm trước pháp luật về nội dung đơn.\nXin chân thành cảm ơn.",
    "Rất mong được quan tâm giải quyết sớm.\nTrân trọng!",
)

# Word swaps of someone retyping a letter (both directions are used).
RETYPE_SWAPS = (
    ("gia đình tôi", "hộ gia đình tôi"), ("bồi thường", "đền bù"), ("không đồng ý", "không nhất trí"),
    ("Ủy ban nhân dân", "UBND"), ("đề nghị", "kính đề nghị"), ("hiện nay", "hiện tại"), ("nhưng", "tuy nhiên"),
    ("khoảng", "chừng"), ("người dân", "bà con"), ("giải quyết", "xử lý"), ("đã", "đã từng"),
)  # fmt: skip

# How writers differ: each writer says these things one way of their own (a letter keeps its writer's way
# in every copy; a neighbour may share a scribe). Without it, every letter of a topic would be worded from
# the same few templates, and unrelated letters would look far more alike than real ones do.
WRITER_WORDS = (
    ("gia đình tôi", "nhà tôi", "hộ gia đình tôi", "gia đình chúng tôi"),
    ("kính đề nghị", "đề nghị", "yêu cầu", "kiến nghị", "đề xuất"),
    ("bồi thường", "đền bù"),
    ("không đồng ý", "không nhất trí", "không chấp nhận", "phản đối"),
    ("thửa đất", "mảnh đất", "lô đất"),
    ("diện tích", "tổng diện tích", "diện tích đất"),
    ("đến nay", "tới nay", "cho đến nay", "đến thời điểm này"),
    ("nhưng", "tuy nhiên", "thế nhưng", "song"),
    ("rất", "hết sức", "vô cùng", "quá"),
    ("khoảng", "chừng", "khoảng chừng", "gần"),
    ("người dân", "bà con", "nhân dân", "bà con nhân dân"),
    ("xem xét", "xem xét lại", "kiểm tra lại", "xem lại"),
    ("nhiều lần", "rất nhiều lần", "mấy lần", "nhiều bận"),
    ("ban hành", "ký ban hành", "ra"),
    ("sụt lún", "lún sụt", "lún"),
    ("hư hỏng", "hư hại", "xuống cấp"),
    ("sửa chữa", "tu sửa", "khắc phục"),
    ("thu hồi", "lấy"),
    ("trái phép", "trái pháp luật", "sai quy định"),
    ("nhận tiền", "lấy tiền", "thu tiền"),
    ("đi lại", "lưu thông", "qua lại"),
    ("chưa được", "vẫn chưa được", "chưa hề được"),
    ("vì vậy", "do đó", "vì thế", "bởi vậy"),
    ("ảnh hưởng", "tác động xấu", "ảnh hưởng nghiêm trọng"),
    ("thiệt hại", "tổn thất", "mất mát"),
    ("từ năm", "kể từ năm", "từ hồi năm"),
    ("hồ sơ", "giấy tờ", "bộ hồ sơ"),
    ("thực tế", "trên thực tế", "thật ra"),
    ("sinh sống", "cư trú", "ở"),
    ("kinh phí", "ngân sách", "tiền"),
    ("nghiêm trọng", "nặng nề", "trầm trọng"),
    ("tuyến đường", "con đường", "đoạn đường"),
    ("phản ánh", "trình bày", "báo cáo"),
    ("giải quyết", "xử lý", "giải quyết dứt điểm"),
    ("xác minh", "làm rõ", "điều tra"),
    ("quy định", "luật định", "quy định pháp luật"),
    ("gây", "làm"),
    ("cho", "đối với"),
    ("nhằm", "để"),
    ("đã", "đã từng"),
)

# Words a writer slips in where they please; with WRITER_WORDS they make two writers' sentences differ
# the way real ones do, one or two words in every few.
FILLERS = (
    "thì", "là", "cũng", "vẫn", "thật sự", "hiện nay", "lúc đó", "như vậy", "rõ ràng", "cụ thể", "thực sự",
    "quả thật", "được biết", "theo tôi", "nhìn chung", "từ đó", "ngay", "mà", "đó", "này", "nữa", "lại",
    "cả", "đều", "chính", "luôn", "vốn", "tất cả", "riêng", "hẳn",
)  # fmt: skip
