"""Banks every scenario of a label draws from, besides its own facts.

Each label has several ways to state its purpose, reason and ask, and background sentences that carry the
words of other labels in a negated or loose sense, so that "khiếu nại" or "tố cáo" alone never decides.
"""

from __future__ import annotations

# --- complaint (khiếu nại): the writer's own interest + an administrative decision or act ---------------

COMPLAINT_CLAIMS = [
    "{{Nay|Vì vậy,|Vì những lý do trên,} <I> {làm đơn này|viết đơn này|gửi đơn này}|Bằng đơn này, <I>} "
    "{khiếu nại|xin khiếu nại|để khiếu nại} <target>.",
    "<I> {không đồng ý|không thống nhất|hoàn toàn không đồng ý} với <target> {và|nên} {làm đơn|viết đơn "
    "này|gửi đơn} {đề nghị|kính đề nghị|kính mong} <addr> xem xét lại.",
    "<I> xin trình bày {sự việc|nội dung} và {đề nghị|yêu cầu} <addr> {xem xét lại|giải quyết lại|kiểm tra "
    "lại} <target>[, vì {quyết định này|việc này} ảnh hưởng trực tiếp đến quyền lợi của <fam>].",
    "<I> {khiếu nại|phản đối} <target> {vì cho rằng|do} {quyết định này|nội dung quyết định} {không đúng "
    "pháp luật|không đúng thực tế|trái quy định|chưa thỏa đáng}, {xâm phạm|làm thiệt hại đến} {quyền|quyền "
    "và lợi ích hợp pháp} của <fam>.",
    "<I> {đề nghị|kính đề nghị} <addr> {thu hồi|hủy bỏ|sửa đổi|điều chỉnh lại} <target> {vì|bởi} {quyết định "
    "đó|văn bản này} {gây thiệt hại|ảnh hưởng} {cho|đến} <fam>.",
    "{Kính mong|Mong} <addr> {xem xét|xem xét lại|giải quyết} <target>, {một quyết định|văn bản} mà <I> cho "
    "là {chưa đúng|không công bằng|thiếu căn cứ} {đối với|với} <fam>.",
]

COMPLAINT_GROUNDS = [
    "{Việc|Việc ban hành} <target_short> {là|là hoàn toàn} {không đúng quy định của pháp luật|trái pháp "
    "luật|chưa đúng quy định|thiếu khách quan}[, {ảnh hưởng nghiêm trọng|ảnh hưởng trực tiếp} đến {quyền và "
    "lợi ích hợp pháp|quyền lợi chính đáng|đời sống} của <fam>].",
    "{Trước khi|Khi} ban hành <target_short>, {cơ quan ban hành|<issuer_body>} {không|chưa hề} {tổ chức đối "
    "thoại với|mời|thông báo cho|lấy ý kiến của} <fam>[ để <fam> được trình bày].",
    "<fam> {chỉ nhận được|nhận được} <target_short> {khi đã gần hết thời hạn|qua trưởng thôn chuyển lại|sau "
    "nhiều lần hỏi|khi đi hỏi mới biết}[, không được {ai|cán bộ nào} giải thích rõ ràng].",
    "{Căn cứ|Theo} {quy định của pháp luật|Luật Khiếu nại năm 2011|Điều 2 Luật Khiếu nại}, <fam> có quyền "
    "{khiếu nại|đề nghị xem xét lại} {quyết định hành chính|hành vi hành chính} khi {cho rằng|có căn cứ cho "
    "rằng} {quyết định đó|nó} {trái pháp luật|xâm phạm quyền, lợi ích hợp pháp của mình}.",
    "{Số liệu|Các số liệu|Nội dung} {ghi|nêu} trong <target_short> {không khớp với|khác với|không phù hợp "
    "với} {thực tế sử dụng|hồ sơ|biên bản kiểm đếm|giấy tờ} mà <fam> {đang giữ|có được}.",
    "{Nhiều hộ|Một số hộ} {xung quanh|có cùng hoàn cảnh} {đã được|được} {xem xét|giải quyết} {khác|thỏa đáng "
    "hơn}, {riêng|chỉ có} <fam> {bị|lại bị} {thiệt thòi|áp dụng khác đi}.",
    "<fam> {luôn|đã luôn} {chấp hành|thực hiện} {đầy đủ|nghiêm túc} {chủ trương, chính sách|các quy định} "
    "của {Nhà nước|địa phương}, {nhưng|vậy mà} {quyền lợi|lợi ích chính đáng} {không được bảo đảm|lại bị ảnh "
    "hưởng}.",
    "{Quyết định|Văn bản} {không nêu rõ|không ghi} {căn cứ|lý do} {cụ thể|pháp lý}, {nên|vì vậy} <I> {không "
    "hiểu vì sao|không rõ vì sao} <fam> lại {bị xử lý như vậy|bị thiệt như vậy}.",
]

COMPLAINT_REQUESTS = [
    "{Đề nghị|Kính đề nghị|Kính mong|Yêu cầu} <addr> {xem xét|kiểm tra|xác minh} lại {toàn bộ|} {hồ sơ|sự "
    "việc|nội dung} và {hủy bỏ|thu hồi|sửa đổi} <target_short>.",
    "{Đề nghị|Kính đề nghị} <addr> {ban hành|ra} {quyết định|văn bản} {giải quyết|mới} {đúng pháp luật|thỏa "
    "đáng|khách quan}, {bảo đảm|bảo vệ} quyền lợi {hợp pháp|chính đáng} của <fam>.",
    "{Trong thời gian|Trong khi} {chờ|chưa có kết quả} giải quyết, {đề nghị|kính đề nghị} {tạm dừng|tạm đình "
    "chỉ} việc thi hành <target_short>.",
    "{Đề nghị|Mong} <addr> {tổ chức|cho} {đối thoại|gặp gỡ, đối thoại} {trực tiếp|} với <fam> {để làm rõ|để "
    "giải quyết dứt điểm} {sự việc|vụ việc}.",
    "<I> {mong|rất mong|kính mong} {sớm nhận được|nhận được} {văn bản trả lời|sự phản hồi|câu trả lời} {bằng "
    "văn bản|} {của <addr>|}.",
]

COMPLAINT_EXTRAS = [
    "<I> không {tố cáo|có ý tố cáo} {ai|cá nhân nào}, {chỉ|mà chỉ} {mong|đề nghị} {được xem xét lại|được "
    "giải quyết đúng} quyền lợi của <fam>.",
    "{Trước đây|Trước đó}, <I> đã {nêu ý kiến|trình bày} {tại buổi họp thôn|trong cuộc họp dân|với trưởng "
    "thôn} nhưng {mọi người|trưởng thôn} {bảo|hướng dẫn} <I> {làm đơn|gửi đơn} lên {cấp có thẩm quyền|Ủy "
    "ban}.",
    "{Nhiều người|Có người} {khuyên|bảo} <I> {làm đơn tố cáo|viết đơn tố cáo cán bộ}, nhưng <I> {chỉ|chỉ "
    "muốn} {đề nghị|mong} {xem xét lại quyết định|giải quyết cho đúng}.",
    "{Đây|Việc này} {không phải|không phải là} {chuyện|việc} {tranh chấp|mâu thuẫn} với {hàng xóm|ai}, mà là "
    "{quyết định của cơ quan nhà nước|việc của chính quyền} {ảnh hưởng đến|liên quan trực tiếp đến} <fam>.",
    "<I> {vẫn|luôn} {tôn trọng|chấp hành} {chủ trương|quy định} của {chính quyền|Nhà nước}[ và {sẵn "
    "sàng|đồng ý} {hợp tác|phối hợp} khi được giải thích thỏa đáng].",
]

COMPLAINT_PRIOR_DECIDED = [
    "Ngày <filed_date>, <I> đã {gửi đơn khiếu nại|khiếu nại} {lần đầu|} đến <issuer>.",
    "Ngày <prior_date>, <issuer> {đã ban hành|ban hành} Quyết định {giải quyết khiếu nại lần đầu|giải quyết "
    "khiếu nại} số <prior_no>, {giữ nguyên <target_short>|bác nội dung khiếu nại của <fam>|không chấp nhận "
    "khiếu nại của <fam>}.",
    "<I> {không đồng ý|không nhất trí|không thống nhất} với {quyết định giải quyết khiếu nại lần đầu|Quyết "
    "định số <prior_no>|kết quả giải quyết lần đầu} {nên|vì vậy} {tiếp tục|làm đơn} khiếu nại {lần hai|lần "
    "2}.",
]

COMPLAINT_PRIOR_OVERDUE = [
    "Ngày <filed_date>, <I> đã {nộp|gửi} đơn khiếu nại đến <issuer>[, có giấy biên nhận].",
    "{Đến nay|Tính đến nay} đã {hơn|quá} <overdue_days> ngày, {quá thời hạn giải quyết theo quy định|vượt "
    "quá thời hạn luật định} nhưng <issuer> {vẫn chưa|chưa} {thụ lý|giải quyết|có văn bản trả lời}.",
    "{Vì vậy|Do đó|Vì lý do đó}, <I> {làm đơn|gửi đơn} {đến|lên} <addr> {đề nghị giải quyết|để được giải "
    "quyết} {theo thẩm quyền|theo quy định}.",
]

# --- denunciation (tố cáo): someone's unlawful act --------------------------------------------------------

DENUNCIATION_CLAIMS = [
    "{{Nay|Vì vậy,} <I> {làm đơn này|viết đơn này}|Bằng đơn này, <I>} {tố cáo|xin tố cáo} <accused> {về|vì} "
    "{hành vi|các hành vi} <act>.",
    "<I> {xin|kính} {tố cáo|báo cáo} {với|đến} <addr> {về|} {hành vi|việc} <act> của <accused>.",
    "<I> {phát hiện|được biết|có căn cứ cho rằng} <accused> {đã có|có} {hành vi|dấu hiệu} <act>, {đề "
    "nghị|kính đề nghị} <addr> {xác minh|làm rõ|kiểm tra} và xử lý.",
    "<I> {đề nghị|kính đề nghị|mong} <addr> {vào cuộc làm rõ|kiểm tra|điều tra làm rõ} {việc|hành vi} <act> "
    "{do|mà} <accused> {thực hiện|đã thực hiện|gây ra}.",
    "<I> {trình bày|phản ánh} {sự việc|việc} <accused> {đã|} <act>[, {gây thiệt hại|làm thất thoát|gây bức "
    "xúc} {cho Nhà nước|cho người dân|trong nhân dân}], {đề nghị|mong} {làm rõ|xử lý} {theo pháp luật|nghiêm "
    "minh}.",
]

DENUNCIATION_GROUNDS = [
    "{Hành vi|Việc làm} {nêu trên|này} {đã|} {vi phạm|có dấu hiệu vi phạm} {nghiêm trọng|} {pháp luật|quy "
    "định của Nhà nước}[, {gây thiệt hại|làm thất thoát} {tài sản của Nhà nước|quyền lợi của người dân}].",
    "{Sự việc|Việc này} {nhiều người|nhiều hộ dân|bà con} {đều biết|chứng kiến|biết rõ} nhưng {không "
    "ai|chẳng ai} {dám|muốn} {lên tiếng|nói ra} vì {sợ bị trù dập|ngại va chạm|sợ bị gây khó dễ}.",
    "<I> {có|đang giữ} {một số|các} {giấy tờ|hình ảnh|chứng cứ|tài liệu} {liên quan|chứng minh}[ và sẵn sàng "
    "{cung cấp|giao nộp} khi {cơ quan chức năng|Quý cơ quan} {yêu cầu|cần}].",
    "{Hành vi|Việc làm} của <accused_short> {đã|} {làm mất lòng tin của nhân dân|gây bức xúc trong nhân "
    "dân|làm xấu hình ảnh cán bộ}[, {lại|còn} {vi phạm|trái với} {quy định pháp luật|Luật Phòng, chống tham "
    "nhũng}].",
    "<I> {xin|} cam đoan {những|các} nội dung tố cáo {là|hoàn toàn} {đúng sự thật|có thật} và {chịu trách "
    "nhiệm|xin chịu trách nhiệm} {trước pháp luật|về nội dung đã tố cáo}.",
]

DENUNCIATION_REQUESTS = [
    "{Đề nghị|Kính đề nghị|Yêu cầu} <addr> {thụ lý|tiếp nhận} {đơn|đơn tố cáo}, {xác minh|làm rõ} {các|} "
    "{hành vi|nội dung} {nêu trên|tố cáo} và xử lý {nghiêm|đúng} {theo quy định của pháp luật|theo pháp "
    "luật}.",
    "{Đề nghị|Kính đề nghị} {tạm đình chỉ công tác|xem xét trách nhiệm|kiểm điểm} {đối với|của} "
    "<accused_short> {để|nhằm} {bảo đảm khách quan|phục vụ việc xác minh}.",
    "{Đề nghị|Yêu cầu} {buộc|} <accused_short> {phải|} {bồi hoàn|trả lại|khắc phục} {số tiền|những gì|thiệt "
    "hại} {đã chiếm đoạt|đã gây ra|đã thu sai}.",
    "{Đề nghị|Kính mong} <addr> {giữ bí mật|bảo vệ bí mật} {họ tên|thông tin|danh tính} của người tố cáo "
    "{theo quy định|theo luật}.",
    "{Nếu|Trường hợp} {có dấu hiệu tội phạm|phát hiện dấu hiệu hình sự}, {đề nghị|kính đề nghị} {chuyển hồ "
    "sơ|chuyển} sang cơ quan điều tra {để xử lý|xử lý} {theo pháp luật|theo quy định}.",
]

DENUNCIATION_EXTRAS = [
    "<I> {không khiếu nại|không đòi hỏi} {gì|} {về|cho} quyền lợi {riêng|riêng của gia đình mình}, {chỉ|mà "
    "chỉ} {mong|muốn} {sai phạm|việc làm sai trái} {được|bị} {làm rõ|xử lý}.",
    "{Trước đây|Đã có lần}, {nhiều người|bà con} {đã|từng} {phản ánh|kiến nghị} {chung chung|bằng miệng} "
    "{trong các cuộc họp|ở thôn} nhưng {không có kết quả|không ai giải quyết}, {nên|vì vậy} <I> {phải|quyết "
    "định} {làm đơn|viết đơn} {nêu đích danh|chỉ rõ} {người vi phạm|người có sai phạm}.",
    "<I> {biết|hiểu} {việc|quyền} tố cáo {là|là} quyền của công dân[ và {mong|đề nghị} được {bảo vệ|giữ bí "
    "mật} theo Luật Tố cáo].",
    "{Đây|Việc này} {không phải|không phải là} {mâu thuẫn cá nhân|chuyện riêng|hiềm khích cá nhân}; <I> "
    "{chỉ|} {nói|trình bày} {đúng sự thật|những gì tận mắt thấy}.",
]

DENUNCIATION_PRIOR = [
    "Ngày <filed_date>, <I> đã {gửi đơn tố cáo|tố cáo} {nội dung này|sự việc này} đến <competent_short>.",
    "{Đến nay|Tính đến nay} đã {hơn|quá} <overdue_days> ngày, {quá thời hạn giải quyết tố cáo|quá thời hạn "
    "luật định} nhưng {vẫn chưa|chưa} {có kết luận|nhận được thông báo thụ lý|có văn bản trả lời}.",
    "{Vì vậy|Do đó}, <I> {gửi đơn|làm đơn} {đến|lên} <addr> {đề nghị chỉ đạo giải quyết|đề nghị xem xét, "
    "giải quyết} {theo thẩm quyền|dứt điểm}.",
]

# --- recommendation (kiến nghị, phản ánh): a situation or a policy, no wrongdoer, no decision against me ----

RECOMMENDATION_CLAIMS = [
    "{Nay|Vì vậy,|Thay mặt <people>,} <I> {làm đơn này|viết đơn này|gửi đơn này} {kiến nghị|phản ánh|đề "
    "nghị} {về|} <situation>.",
    "<I> xin {phản ánh|kiến nghị|trình bày} {với|đến} <addr> {về|} <situation>[, {việc này|tình hình này} "
    "{đã kéo dài|diễn ra} {nhiều năm|nhiều tháng|từ lâu}].",
    "{Kính mong|Đề nghị|Kính đề nghị} <addr> {quan tâm|lưu ý|xem xét} {giải quyết|khắc phục} <situation>.",
    "<I> {muốn|xin} {góp ý|nêu ý kiến|đóng góp ý kiến} {về|đối với} <situation>[, {mong|hy vọng} được {xem "
    "xét|tiếp thu}].",
    "{Qua|Từ} {thực tế|theo dõi thực tế} {ở|tại} <local>, <I> {thấy|nhận thấy} <situation> {cần|rất cần} "
    "{được|} {quan tâm|giải quyết} {sớm|kịp thời}.",
]

RECOMMENDATION_GROUNDS = [
    "{Tình trạng|Việc} {này|trên} {ảnh hưởng|gây ảnh hưởng} {lớn|không nhỏ|trực tiếp} đến {đời sống|sinh "
    "hoạt|sản xuất} của <people>.",
    "{Nhiều|Rất nhiều} {hộ|người|gia đình} {đã|} {phản ánh|kêu} {với thôn|trong các buổi họp} nhưng {do|vì} "
    "{kinh phí có hạn|chưa có kế hoạch|nhiều việc} nên {chưa được khắc phục|vẫn chưa được giải quyết}.",
    "{Nếu|Trường hợp} {không|chưa} {được|} {khắc phục|xử lý} {kịp thời|sớm}, {rất dễ|có thể} {xảy ra|gây ra} "
    "{tai nạn|hậu quả|thiệt hại} {đáng tiếc|nghiêm trọng}.",
    "<I> {hiểu|biết} {ngân sách|nguồn lực|kinh phí} {còn|hiện còn} {khó khăn|hạn chế|eo hẹp}[, {nhưng|tuy "
    "nhiên} {đây là|việc này là} {nhu cầu|vấn đề} {bức thiết|cấp bách} của <people>].",
    "{Việc|Vấn đề} {này|trên} {không phải|không phải là} lỗi của {riêng ai|một cá nhân nào}, {mà|mà là} "
    "{do|bởi} {điều kiện thực tế|cơ chế, chính sách|quy hoạch chưa phù hợp}.",
]

RECOMMENDATION_REQUESTS = [
    "{Kính đề nghị|Đề nghị|Kính mong} <addr> {quan tâm|xem xét|sớm có phương án}[, {bố trí kinh phí|có kế "
    "hoạch}] {để|nhằm} {khắc phục|giải quyết} {tình trạng trên|vấn đề này}.",
    "{Đề nghị|Mong} <addr> {cử cán bộ|cho người} {xuống|về} {kiểm tra thực tế|khảo sát} {tại|ở} <local>.",
    "{Kính mong|Mong} {các cấp|chính quyền|lãnh đạo} {lắng nghe|tiếp thu} ý kiến của <people>[ và {có câu "
    "trả lời|thông tin lại} {cụ thể|sớm}].",
    "<I> {mong|rất mong} {kiến nghị|ý kiến} này {được|sớm được} {xem xét|giải quyết} {để|giúp} <people> {yên "
    "tâm|ổn định} {sinh sống|làm ăn}.",
]

RECOMMENDATION_EXTRAS = [
    "<I> không {tố cáo|trách} {ai|cá nhân nào}, {chỉ|mà chỉ} {mong|muốn} {tình trạng|sự việc} {được|sớm "
    "được} {khắc phục|cải thiện}.",
    "{Bà con|Nhiều người} {đã|} {khiếu nại|kêu ca|phàn nàn} {nhiều lần|mãi} {với thôn|ở các buổi họp|với tổ "
    "dân phố} {về chuyện này|về việc này} nhưng {chưa thấy chuyển biến|vẫn vậy}.",
    "{Đây|Việc này} {không phải|không phải là} {đơn khiếu nại|việc đòi quyền lợi riêng} của {gia đình|nhà} "
    "<I>, {mà là|mà} {ý kiến|nguyện vọng} {chung|chính đáng} của <people>.",
    "{Chính quyền|Các cấp|Cơ quan chức năng} {đã|cũng đã} {có|từng có} {quan tâm|ghi nhận} {trước đây|năm "
    "ngoái}, <I> {rất|} {ghi nhận|cảm ơn} {điều đó|sự quan tâm đó}[, nhưng {tình hình|sự việc} {vẫn chưa "
    "được giải quyết dứt điểm|lại tái diễn}].",
]

RECOMMENDATION_PRIOR = [
    "{Ngày|Từ ngày} <filed_date>, <I> đã {gửi đơn kiến nghị|kiến nghị bằng văn bản} {nội dung này|việc này} "
    "đến <competent_short>.",
    "{Đến nay|Tính đến nay} đã {hơn|quá} <overdue_days> ngày, {quá thời hạn trả lời|quá thời hạn xử lý} "
    "nhưng {vẫn chưa|chưa} {có văn bản trả lời|được giải quyết|có phản hồi}.",
]

# --- shared by all labels ----------------------------------------------------------------------------------

COMMITMENTS = [
    "<I> {xin|} cam đoan {những|các|mọi} {nội dung|điều} {trình bày|nêu} {trên|trong đơn} là {đúng sự "
    "thật|hoàn toàn đúng sự thật|có thật}[, nếu sai <I> {xin|} chịu {hoàn toàn|} trách nhiệm trước pháp "
    "luật].",
    "{Những|Các} {điều|nội dung} <I> {trình bày|nêu} {trên|ở trên} {đều|} {là|} {sự thật|đúng sự thật}[, <I> "
    "{xin|} chịu trách nhiệm {trước pháp luật|về lời khai của mình}].",
    "<I> {xin|} chịu trách nhiệm {trước pháp luật|hoàn toàn} về {nội dung|tính trung thực của} {đơn "
    "này|những gì đã trình bày}.",
    "Mọi {thông tin|nội dung} {trong đơn|nêu trên} <I> {xin|} {đảm bảo|bảo đảm} {là|} {chính xác|trung "
    "thực}.",
]

CLOSINGS = [
    "<I> {xin chân thành|chân thành|trân trọng|xin} cảm ơn!",
    "{Trân trọng|Xin trân trọng} cảm ơn[ {sự quan tâm|sự giúp đỡ} của <addr>]!",
    "{Kính mong|Rất mong} {được|} {quan tâm|xem xét|giúp đỡ}[ {giải quyết|sớm giải quyết}]. <I> {xin|} {chân "
    "thành|trân trọng|} cảm ơn.",
    "<I> {xin|} trân trọng cảm ơn {và|} {kính chúc|chúc} {các đồng chí|Quý vị|lãnh đạo} {mạnh khỏe|sức "
    "khỏe}[, công tác tốt].",
    "Trân trọng!",
    "Xin cảm ơn{!|.}",
    "{Kính chào|Trân trọng kính chào}{!|.}",
    "<I> {xin|} {chân thành|} cảm ơn{ và|,} {mong|chờ} {tin|sự phản hồi} {của <addr>|sớm}.",
]

BYPASS_REASONS = [
    "{Do|Vì} {không tin tưởng|không còn tin} {vào|} {cấp cơ sở|chính quyền xã|cán bộ địa phương} nên <I> "
    "{gửi đơn thẳng|gửi thẳng đơn} lên <addr>.",
    "<I> {gửi|mạnh dạn gửi} đơn {lên|đến} <addr> vì {sợ|lo} {bị trù dập|bị gây khó khăn} {nếu|khi} {gửi "
    "ở|nộp đơn tại} {địa phương|xã}.",
    "{Biết|Dù biết} {việc này|sự việc} {thuộc|là} {trách nhiệm|thẩm quyền} của {địa phương|cấp dưới}, <I> "
    "{vẫn|} {gửi|kính gửi} lên <addr> {mong|để} {được|} {quan tâm|chỉ đạo}.",
]

# Label-neutral life story: the "story" form is mostly this, and long letters borrow a line or two.
STORY_BACKGROUND = [
    "<I> {năm nay|nay} đã <age_words> tuổi, {cả đời|suốt mấy chục năm} chỉ {biết|quen} {làm ruộng|làm "
    "thuê|chăn nuôi} {để|mà} {nuôi con|nuôi các cháu} {ăn học|khôn lớn}.",
    "{Gia đình|Nhà} <I> {là|thuộc} {gia đình chính sách|gia đình có công|hộ thuần nông}, {bố tôi|ông nội "
    "tôi} {từng|đã} {tham gia kháng chiến|đi bộ đội} {và|rồi} {hy sinh|mất} {năm|khi} {1972|1979|1968}.",
    "{<spouse>|Bố tôi|Mẹ tôi} {bị|mắc} {bệnh nặng|tai biến|ung thư} {đã|} {mấy năm nay|lâu năm}, {mọi|tất "
    "cả} {chi phí|việc} {trong nhà|thuốc men} {đều|} {dồn lên|trông vào} {một mình tôi|vai tôi}.",
    "{Mấy đêm nay|Nhiều đêm liền} <I> {không ngủ được|thao thức}, {nghĩ đến|lo cho} {tương lai|cuộc sống} "
    "{của các con|của cả nhà} {mà|} {không biết|chẳng biết} {bám víu vào đâu|phải làm sao}.",
    "<I> {vốn|là} người {ít học|chân chất|không rành luật}, {chữ nghĩa|câu chữ} {không nhiều|có hạn}, {có "
    "gì|nếu có gì} {sai sót|chưa phải} {mong|kính mong} {được|} {thông cảm|bỏ qua}.",
    "{Từ ngày|Từ khi} {xảy ra|có} {chuyện này|việc này}, {cuộc sống|sinh hoạt} {của|trong} {gia đình|nhà} "
    "<I> {bị|đã bị} {đảo lộn|ảnh hưởng} {hoàn toàn|nặng nề}.",
    "{Các con|Con cái} <I> {đi làm ăn xa|đều đi làm công nhân} {ở|tại} {Bình Dương|Sài Gòn|Hà Nội|Bắc Ninh}, "
    "{ở nhà|nhà} chỉ {còn|có} {hai ông bà già|mình tôi và cháu nhỏ}.",
    "{Nói ra|Kể ra} {thì|cũng} {dài dòng|buồn}, nhưng <I> {phải|xin phép} {trình bày|kể} {từ đầu|rõ ràng} "
    "{để|cho} {các cấp|mọi người} {hiểu|nắm được} {sự tình|hoàn cảnh}.",
]

# How a letter to the press or to deputies asks for help it cannot give itself: forward it, speak up.
PRESS_PLEAS = [
    "{Kính mong|Rất mong} {Quý báo|Ban biên tập} {lên tiếng|phản ánh|vào cuộc tìm hiểu} {để|giúp} {sự "
    "việc|vụ việc} {sớm|được} {đến tai|chuyển đến} {cơ quan có thẩm quyền|các cấp lãnh đạo}.",
    "<I> {gửi|viết} thư này {mong|nhờ} {Quý báo|tòa soạn} {chuyển|chuyển giúp} {đến|tới} {cơ quan chức "
    "năng|các cơ quan có trách nhiệm} {xem xét|giải quyết}.",
    "{Rất mong|Mong} {Quý báo|báo} {quan tâm|đăng tải|giúp đỡ} {để|cho} {người dân|bà con} {được|} {bảo vệ "
    "quyền lợi|lên tiếng}.",
]

DEPUTY_PLEAS = [
    "{Kính mong|Rất mong} {Quý Đoàn|Quý cơ quan|các đồng chí} {chuyển đơn|chuyển} {đến|tới} cơ quan có thẩm "
    "quyền {và|,} {giám sát|theo dõi} {việc giải quyết|kết quả giải quyết}.",
    "<I> {gửi|kính gửi} đơn này {mong|nhờ} {các vị đại biểu|Quý cơ quan} {lên tiếng|đề nghị} {để|giúp} {vụ "
    "việc|sự việc} {được|sớm được} {xem xét|giải quyết}.",
]

# What the matter has done to the writer's life; long letters dwell on it, whatever their label.
CONSEQUENCES = [
    "{Từ đó đến nay|Suốt thời gian qua|Mấy tháng nay}, <fam> {sống trong lo âu|ăn không ngon, ngủ không "
    "yên|lúc nào cũng thấp thỏm}[, {không biết|chẳng biết} {rồi sẽ ra sao|tương lai thế nào}].",
    "<I> đã phải {vay mượn khắp nơi|vay mượn họ hàng|bán cả trâu bò|cầm cố tài sản} để {trang trải|lo} {cuộc "
    "sống|thuốc men|việc học của các con}.",
    "{Các cháu|Con cái} {trong nhà|của <I>} {cũng|đều} {bị ảnh hưởng|chịu ảnh hưởng}, {có cháu|có đứa} {phải "
    "nghỉ học|bỏ dở việc học} {để|đi} {phụ giúp gia đình|làm thuê}.",
    "{Sức khỏe|Tinh thần} của <I> {ngày càng|mỗi ngày một} {sa sút|suy kiệt}[, {nhiều đêm|có những đêm} "
    "{không chợp mắt được|thức trắng}].",
    "{Bà con|Người dân} {trong xóm|quanh đây} {ai cũng|nhiều người} {bàn tán|lo lắng}, {tình làng nghĩa "
    "xóm|không khí trong thôn} {không còn|chẳng còn} {như trước|êm ấm như xưa}.",
    "{Thiệt hại|Những mất mát} {về vật chất|về kinh tế} {đã đành|là một chuyện}, {nhưng|còn} {điều|cái} <I> "
    "{lo nhất|đau lòng nhất} là {niềm tin|lòng tin} {vào|với} {lẽ phải|sự công bằng} {bị lung lay|đang mất "
    "dần}.",
]

# A plea to the reader, common to letters of every kind.
APPEALS = [
    "{Kính mong|Rất mong|Tha thiết mong} {các cấp lãnh đạo|Quý cơ quan|các đồng chí lãnh đạo} {thấu "
    "hiểu|thông cảm|quan tâm} {hoàn cảnh|nỗi khổ|tâm tư} {của|} <fam>[ và {sớm|kịp thời} {có ý kiến|vào "
    "cuộc}].",
    "<I> {tin tưởng|rất tin tưởng|đặt trọn niềm tin} {vào|ở} {sự công minh|sự sáng suốt|tinh thần trách "
    "nhiệm} {của|} {các cấp|lãnh đạo|Quý cơ quan}.",
    "{Đây là|Đó là} {nguyện vọng|mong muốn} {chính đáng|tha thiết} {của|} <fam>[, {rất mong|mong} {được|} "
    "{lắng nghe|ghi nhận}].",
    "{Nếu|Nếu như} {sự việc|vụ việc} {không được|chưa được} {giải quyết|quan tâm} {thỏa đáng|sớm}, <I> "
    "{không biết|chẳng biết} {phải|sẽ} {kêu|trông cậy} {vào ai|vào đâu} {nữa|}.",
]
