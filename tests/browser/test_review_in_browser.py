"""The review UI in a real browser (Debian's Chromium through Playwright) against `petitions serve`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from service.config import REPO_ROOT
from tests.conftest import make_settings
from tests.pipeline.pages import png_bytes, render_page
from tests.pipeline_helpers import create_user, free_port, petitions, running, service_env, wait_healthy
from tests.review.fixtures import PASSWORD, make_installation
from tests.review.letters import BINH, DENUNCIATION, NHUNG, RECOMMENDATION, analysis_for, insert_letter

pytestmark = [pytest.mark.browser, pytest.mark.slow]
playwright_api = pytest.importorskip("playwright.sync_api")
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-gpu",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SECRET_KEY = "browser-test-secret-key-0123456789abcdef"
SHOTS = Path("/tmp/petitions-browser")


@dataclass
class Service:
    base: str
    letters: dict[str, int]


def _seed(data_dir: Path) -> dict[str, int]:
    settings = make_settings(data_dir)
    settings.ensure_dirs()
    install = make_installation(settings)
    with install.session() as session:
        clerk = install.users["clerk"]
        bribe = insert_letter(
            session,
            text=DENUNCIATION,
            analysis=analysis_for(DENUNCIATION, label="denunciation", petitioner=BINH, overreaching=True),
            uploaded_by=clerk,
            store=install.store,
        ).id
        road = insert_letter(
            session,
            text=RECOMMENDATION,
            analysis=analysis_for(
                RECOMMENDATION,
                label="complaint",
                confidence=0.55,
                petitioner=NHUNG,
                duplicates=[{"id": bribe, "similarity": 0.6, "reason": "cùng địa bàn"}],
            ),
            uploaded_by=clerk,
            store=install.store,
        ).id
        session.commit()
    return {"bribe": bribe, "road": road}


@pytest.fixture
def service(tmp_path: Path) -> Iterator[Service]:
    data_dir = tmp_path / "data"
    letters = _seed(data_dir)
    env = service_env(data_dir, secret_key=SECRET_KEY)
    create_user(env, "chief", PASSWORD, "admin")  # the first admin, the way an operator makes one
    port = free_port()
    server = petitions("serve", "--port", str(port), "--no-worker", env=env, log=tmp_path / "serve.log")
    with running(server):
        base = f"http://127.0.0.1:{port}"
        wait_healthy(base)
        yield Service(base, letters)


@pytest.fixture
def browser() -> Iterator[object]:
    with playwright_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield launched
        finally:
            launched.close()


def _log_in(browser, base: str, name: str):  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 1366, "height": 900}, locale="vi-VN")
    page.goto(f"{base}/login")
    page.fill("#username", name)
    page.fill("#password", PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_load_state("networkidle")
    return page


def _shot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_reviewer_corrects_a_label_with_the_keyboard_and_it_leaves_the_queue(service, browser):
    page = _log_in(browser, service.base, "reviewer")
    assert page.url.endswith("/queue")
    rows = page.locator("#queue-table tr.row")
    assert rows.count() == 2
    first_id = int(re.search(r"/letters/(\d+)", rows.first.get_attribute("data-href")).group(1))
    page.keyboard.press("j")
    page.keyboard.press("k")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(rf"/letters/{first_id}"))
    page.wait_for_selector("#label-form")
    _shot(page, "letter-before")
    page.keyboard.press("4")
    assert page.locator(".label-choice.chosen").get_attribute("data-label") == "other"
    page.keyboard.press("3")
    assert page.input_value("#chosen-label") == "recommendation"
    page.keyboard.press("Enter")
    page.wait_for_selector(".notice")
    assert f"Đã duyệt đơn số {first_id}" in page.inner_text(".notice")
    page.goto(f"{service.base}/queue")
    hrefs = page.locator("#queue-table tr.row").evaluate_all("rows => rows.map(r => r.dataset.href)")
    assert all(f"/letters/{first_id}" not in href for href in hrefs) and len(hrefs) == 1
    page.goto(f"{service.base}/queue?status=reviewed")
    assert "Kiến nghị, phản ánh" in page.inner_text("#queue-table")
    _shot(page, "queue-reviewed")


def test_a_reviewer_who_is_not_the_handler_sees_the_denouncer_masked(service, browser):
    bribe = service.letters["bribe"]
    admin = _log_in(browser, service.base, "admin")
    admin.goto(f"{service.base}/letters/{bribe}")
    admin.select_option('#assign select[name="assign_to"]', label="reviewer2 (Cán bộ xử lý)")
    admin.click("#assign button")
    admin.wait_for_load_state("networkidle")
    assert "reviewer2" in admin.inner_text("#history")

    reviewer = _log_in(browser, service.base, "reviewer")
    reviewer.goto(f"{service.base}/letters/{bribe}")
    text = reviewer.inner_text("main")
    assert "Trần Văn Bình" not in text and "079070001234" not in text
    assert "Nguyễn Văn Hùng" in text
    assert reviewer.locator("text=Xem danh tính").count() == 0
    _shot(reviewer, "letter-masked")
    image = httpx.get(
        f"{service.base}/letters/{bribe}/pages/1.jpg",
        cookies={c["name"]: c["value"] for c in reviewer.context.cookies()},
    )
    assert image.status_code == 200 and image.headers["content-type"] == "image/jpeg"

    handler = _log_in(browser, service.base, "reviewer2")
    handler.goto(f"{service.base}/letters/{bribe}")
    assert "Trần Văn Bình" not in handler.inner_text("main")
    handler.click("text=Xem danh tính")
    handler.wait_for_load_state("networkidle")
    assert "Trần Văn Bình" in handler.inner_text("#letter-text")
    _shot(handler, "letter-revealed")

    admin.goto(f"{service.base}/admin/audit")
    assert "Mở danh tính người tố cáo" in admin.inner_text("table")
    _shot(admin, "audit")


def test_words_are_boxed_on_the_scan_and_duplicates_compared(service, browser):
    road, bribe = service.letters["road"], service.letters["bribe"]
    page = _log_in(browser, service.base, "reviewer")
    page.goto(f"{service.base}/letters/{road}")
    page.click("#letter-text .w >> nth=5")
    assert page.locator(".boxes .box").count() == 1
    page.click("text=So sánh")
    page.wait_for_url(re.compile(rf"/letters/{road}/compare/{bribe}"))
    assert page.locator("mark.diff").count() > 0
    _shot(page, "compare")
    page.click("button:has-text('Gắn là đơn trùng')")
    page.wait_for_url(re.compile(rf"/letters/{road}"))
    assert "đã gắn là đơn trùng" in page.inner_text("#duplicates")


def _pipeline_ready() -> bool:
    return (REPO_ROOT / "models" / "ACTIVE").exists()


@pytest.mark.skipif(not _pipeline_ready(), reason="no trained model yet: the pipeline cannot analyse letters")
def test_clerk_uploads_a_scan_and_watches_it_get_analyzed(tmp_path, browser):
    data_dir = tmp_path / "data"
    env = service_env(data_dir, secret_key=SECRET_KEY)
    create_user(env, "clerk", PASSWORD, "clerk")
    port = free_port()
    server = petitions("serve", "--port", str(port), env=env, log=tmp_path / "serve.log")
    scan = tmp_path / "don-kien-nghi.png"
    scan.write_bytes(png_bytes(render_page()))
    with running(server):
        base = f"http://127.0.0.1:{port}"
        wait_healthy(base)
        page = _log_in(browser, base, "clerk")
        assert page.url.endswith("/upload")
        page.set_input_files("#files", str(scan))
        row = page.locator("#upload-rows tr").first
        row.locator("text=Đã phân tích, chờ duyệt").wait_for(timeout=300_000)
        _shot(page, "upload-analyzed")
        row.locator("text=Mở đơn").click()
        page.wait_for_selector("#letter-text")
        assert "Tân Phước" in page.inner_text("#letter-text")
