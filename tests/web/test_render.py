from __future__ import annotations

from service.review.compare import side_by_side, similarity
from service.review.wordlinks import link_words
from service.web.render import Evidence, annotated_text, evidence_of


def test_words_link_to_ocr_boxes_despite_tone_marks_and_noise():
    text = "Kính gửi: Ủy ban xã Tân Phước"
    words = [
        ["Kinh", 0, 0, 1, 1],
        ["gửi:", 0, 0, 1, 1],
        ["|", 0, 0, 1, 1],
        ["Uỷ", 0, 0, 1, 1],
        ["ban", 0, 0, 1, 1],
    ]
    page2 = [["xã", 0, 0, 1, 1], ["Tân", 0, 0, 1, 1], ["Phước", 0, 0, 1, 1]]
    links = link_words(text, [(1, words), (2, page2)])
    assert [(text[link.start : link.end], link.page, link.index) for link in links] == [
        ("Kính", 1, 0),
        ("gửi", 1, 1),
        ("Ủy", 1, 3),
        ("ban", 1, 4),
        ("xã", 2, 0),
        ("Tân", 2, 1),
        ("Phước", 2, 2),
    ]


def test_annotated_text_marks_evidence_links_words_and_escapes():
    text = "Tôi <b>tố cáo</b> ông A"
    links = link_words(text, [(1, [["Tôi", 0, 0, 1, 1], ["ông", 0, 0, 1, 1]])])
    start = text.index("tố")
    html = str(annotated_text(text, [Evidence(start, start + 8, "x")], links))
    assert "<b>" not in html and "&lt;b&gt;" in html
    assert '<span class="w" data-p="1" data-i="0">Tôi</span>' in html
    assert '<span class="ev" data-flags="x">tố cáo&lt;/</span>' in html
    assert '<span class="w" data-p="1" data-i="1">ông</span>' in html


def test_evidence_of_reads_flags_and_overreaching():
    analysis = {
        "overreaching": {"flag": True, "evidence": [{"start": 0, "end": 4, "text": "Kính"}]},
        "flags": [
            {"code": "anonymous", "evidence": [{"start": 5, "end": 9, "text": "gửi"}, {"start": 3, "end": 3}]}
        ],
    }
    assert evidence_of(analysis) == [Evidence(0, 4, "overreaching"), Evidence(5, 9, "anonymous")]


def test_side_by_side_marks_only_changed_words():
    left, right = side_by_side("Tôi kiến nghị sửa đường", "Toi kien nghi sua cau")
    assert [p.text for p in left if p.changed] == ["đường"]
    assert [p.text for p in right if p.changed] == ["cau"]
    assert similarity("a b c d", "a b c d") == 1.0 and similarity("a b", "c d") == 0.0
