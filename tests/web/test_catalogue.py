from __future__ import annotations

import re

from service.review.state import LABELS, LEVELS
from service.understanding.types import FIELDS
from service.web.i18n import LOCALES, catalogue, translator
from service.web.pages import TEMPLATES

KEY = re.compile(r"""\bt\(\s*["']([a-z_]+\.[a-z_]+)["']\s*[,)]""")


def test_both_languages_have_the_same_keys_and_no_empty_string():
    vi, en = catalogue("vi"), catalogue("en")
    assert set(vi) == set(en)
    assert all(value.strip() for value in [*vi.values(), *en.values()])


def test_every_key_a_template_names_is_in_the_catalogue():
    used = set()
    for template in TEMPLATES.glob("*.html"):
        used |= set(KEY.findall(template.read_text(encoding="utf-8")))
    assert len(used) > 100
    assert sorted(used - set(catalogue("vi"))) == []


def test_every_value_the_pages_translate_by_prefix_is_there():
    vi = catalogue("vi")
    expected = (
        [f"label.{x}" for x in LABELS] + [f"level.{x}" for x in LEVELS] + [f"field.{x}" for x in FIELDS]
    )
    expected += [f"status.{s}" for s in ("received", "processing", "analyzed", "failed", "reviewed")]
    expected += [f"role.{r}" for r in ("clerk", "reviewer", "admin")]
    assert [key for key in expected if key not in vi] == []


def test_vietnamese_is_the_default_and_english_falls_back():
    assert translator("xx")("nav.queue") == "Hàng chờ duyệt"
    assert translator("en")("nav.queue") == "Review queue"
    assert translator("en")("queue.count", n=3) == "3 letters"
    assert translator("vi")("flag.some_new_code") == "some_new_code"
    assert (LOCALES / "vi.json").exists()
