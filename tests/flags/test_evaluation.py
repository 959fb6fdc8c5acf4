"""The evaluation reports of `petitions evaluate`."""

from __future__ import annotations

from service.flags import DuplicateLink, Overreaching, evaluate_duplicates, evaluate_overreaching

RECORDS = [
    {
        "id": "a1",
        "dup_group": "g1",
        "near_miss": "n1",
        "overreaching": True,
        "addressee_level": "province",
        "competent_level": "commune",
    },
    {
        "id": "a2",
        "dup_group": "g1",
        "near_miss": "n1",
        "overreaching": False,
        "addressee_level": "commune",
        "competent_level": "commune",
    },
    {
        "id": "a3",
        "dup_group": "g1",
        "near_miss": None,
        "overreaching": False,
        "addressee_level": "none",
        "competent_level": "district",
    },
    {
        "id": "b1",
        "dup_group": None,
        "near_miss": "n1",
        "overreaching": True,
        "addressee_level": "central",
        "competent_level": "province",
    },
    {
        "id": "c1",
        "dup_group": None,
        "near_miss": None,
        "overreaching": False,
        "addressee_level": "commune",
        "competent_level": "commune",
    },
]


def test_pairwise_scores_near_misses_and_grouping():
    links = {"a2": [DuplicateLink("a1", 0.9, "gửi lại đơn cũ")], "a3": [{"id": "a2"}], "b1": ["a1"], "c1": []}
    report = evaluate_duplicates(RECORDS, links)
    assert (report.direct.gold, report.direct.predicted, report.direct.correct) == (3, 3, 2)
    assert report.precision == 2 / 3 and report.recall == 2 / 3
    assert report.near_miss_pairs == 2  # a1~b1, a2~b1 (a1~a2 are duplicates, not near-misses)
    assert report.near_miss_linked == [("a1", "b1")]
    assert report.missed == [("a1", "a3")]
    assert report.closed.recall == 1.0  # a1~a2~a3 joined
    text = report.to_text()
    assert "precision 0.667" in text and "near-miss pairs linked: 1 of 2" in text and "a1 ~ b1" in text
    assert evaluate_duplicates(RECORDS, [("a1", "a2"), ("a3", "a2"), ("a1", "a3")]).recall == 1.0


def test_overreaching_scores():
    results = {
        "a1": Overreaching(True, "province", "commune", "..."),
        "a2": {"flag": True, "addressee_level": "commune", "competent_level": "commune"},
        "a3": {"flag": False, "addressee_level": "none", "competent_level": "commune"},
        "b1": {"flag": False, "addressee_level": "central", "competent_level": "province"},
    }  # c1 has no result
    report = evaluate_overreaching(RECORDS, results)
    assert (report.true_positive, report.false_positive, report.false_negative) == (1, 1, 1)
    assert report.f1 == 0.5
    assert report.addressee_accuracy == 4 / 5 and report.competent_accuracy == 3 / 5
    assert ("a3", "competent_level", "district", "commune") in report.errors
    assert "F1 0.500" in report.to_text() and report.to_dict()["false_negative"] == 1
