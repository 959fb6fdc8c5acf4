from __future__ import annotations

import json
from pathlib import Path

import pytest

from service.learning import CorpusError, read_corpus, read_jsonl


def _write(path: Path, records: list[dict[str, object]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def test_records_become_labelled_letters_with_their_source(tmp_path: Path) -> None:
    _write(
        tmp_path / "written_a.jsonl",
        [{"id": "a1", "label": "other", "text": "Xin cảm ơn.", "style": "formal"}],
    )
    _write(
        tmp_path / "generated.jsonl",
        [{"id": "g1", "label": "complaint", "text": "Khiếu nại.", "form": "ocr"}],
    )
    letters = read_corpus(tmp_path)
    assert [(x.id, x.source, x.handwritten) for x in letters] == [
        ("g1", "generated", False),
        ("a1", "written_a", True),
    ]
    assert letters[0].form == "ocr" and letters[0].style == "unknown"


def test_bad_records_name_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "generated.jsonl"
    path.write_text(
        '{"id": "g1", "label": "complaint", "text": "a"}\n{"id": "g2", "label": "grief", "text": "b"}\n'
    )
    with pytest.raises(CorpusError, match=r"generated.jsonl:2: unknown label 'grief'"):
        read_jsonl(path)


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    record = {"id": "x1", "label": "complaint", "text": "a"}
    _write(tmp_path / "generated.jsonl", [record])
    _write(tmp_path / "written_b.jsonl", [record])
    with pytest.raises(CorpusError, match="appears twice"):
        read_corpus(tmp_path)
