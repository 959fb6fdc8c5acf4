"""The command-line contracts of MISSION.md, run as an operator runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.pipeline_helpers import REPO, service_env

LETTER = (
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nĐƠN KHIẾU NẠI\n\n"
    "Kính gửi: Chủ tịch Ủy ban nhân dân huyện Long Thành\n\n"
    "Tôi tên là Phạm Văn Khải, sinh năm 1968, CCCD số 075068001234, trú tại ấp 3, xã An Phước. "
    "Ngày 02/3/2024 Ủy ban nhân dân huyện ban hành Quyết định số 812/QĐ-UBND thu hồi 450 m2 đất nông "
    "nghiệp của gia đình tôi để làm đường, nhưng mức bồi thường chỉ bằng một nửa giá thị trường. "
    "Tôi khiếu nại Quyết định số 812/QĐ-UBND và đề nghị xem xét lại đơn giá bồi thường cho gia đình tôi.\n\n"
    "Long Thành, ngày 20 tháng 3 năm 2024\nNgười khiếu nại\nPhạm Văn Khải"
)


def run(*args: str, env: dict[str, str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "service.cli", *args],
        input=stdin,
        text=True,
        env=env,
        cwd=REPO,
        capture_output=True,
        timeout=300,
    )


def test_users_create_reads_the_password_from_stdin_and_refuses_short_ones(tmp_path):
    env = service_env(tmp_path / "data")
    assert run("users", "create", "an", "--role", "admin", env=env, stdin="short\n").returncode == 1
    created = run("users", "create", "an", "--role", "admin", env=env, stdin="long-enough-password\n")
    assert created.returncode == 0 and "admin" in created.stdout
    taken = run("users", "create", "an", "--role", "clerk", env=env, stdin="another-password\n")
    assert taken.returncode == 1
    bad_role = run("users", "create", "bo", "--role", "boss", env=env, stdin="long-enough-password\n")
    assert bad_role.returncode != 0


@pytest.mark.slow
def test_analyze_writes_one_line_per_input_in_order_with_duplicates(tmp_path):
    resent = LETTER.replace("ngày 20 tháng 3", "ngày 28 tháng 5") + "\n\nĐến nay tôi chưa nhận được trả lời."
    lines = [
        json.dumps({"id": "a", "text": LETTER}, ensure_ascii=False),
        "not json at all",
        json.dumps({"id": "b", "text": resent}, ensure_ascii=False),
    ]
    done = run("analyze", "--jsonl", "-", env=service_env(tmp_path / "data"), stdin="\n".join(lines) + "\n")
    assert done.returncode == 0, done.stderr
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line["id"] for line in out] == ["a", None, "b"]
    first = out[0]
    assert first["label"] == "complaint" and first["petitioner"]["id_number"] == "075068001234"
    assert first["addressees"][0]["level"] == "district"
    assert set(first["probabilities"]) == {"complaint", "denunciation", "recommendation", "other"}
    assert {"flag", "addressee_level", "competent_level", "reason"} <= set(first["overreaching"])
    assert [link["id"] for link in out[2]["duplicates"]] == ["a"]
    assert out[0]["duplicates"] == []


@pytest.mark.slow
def test_ocr_prints_text_and_json(tmp_path):
    sample = Path(REPO / "samples" / "clean_scan.png")
    env = service_env(tmp_path / "data")
    plain = run("ocr", str(sample), env=env)
    assert plain.returncode == 0 and "Kính gửi" in plain.stdout
    as_json = json.loads(run("ocr", str(sample), "--json", env=env).stdout)
    page = as_json["pages"][0]
    assert page["source"] == "ocr" and page["rotation"] == 0 and page["confidence"] > 80
    bad = run("ocr", str(REPO / "samples" / "bad_encrypted.pdf"), env=env)
    assert bad.returncode == 2 and "encrypted" in bad.stderr.lower()
