"""The pages and the API over HTTP: masking everywhere a denouncer could show, decisions by form."""

from __future__ import annotations

import io
import re

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from service.api.app import create_app
from service.review.decisions import ReviewChange, apply_review
from service.review.queue import sync_reviews
from tests.review.letters import BINH, DENUNCIATION, NHUNG, RECOMMENDATION, analysis_for, insert_letter
from tests.web.client import bearer, sign_in

SECRETS = ("Trần Văn Bình", "079070001234", "0912 345 678", "ấp Bình Lợi, xã", "Tr\\u1ea7n")


@pytest.fixture
def world(install):
    with install.session() as session:
        bribe = insert_letter(
            session,
            text=DENUNCIATION,
            analysis=analysis_for(DENUNCIATION, label="denunciation", petitioner=BINH, overreaching=True),
            uploaded_by=install.users["clerk"],
            store=install.store,
        ).id
        road = insert_letter(
            session,
            text=RECOMMENDATION,
            analysis=analysis_for(
                RECOMMENDATION,
                label="complaint",
                confidence=0.5,
                petitioner=NHUNG,
                duplicates=[{"id": bribe, "similarity": 0.7, "reason": "cùng xã"}],
            ),
            uploaded_by=install.users["clerk"],
            store=install.store,
        ).id
        session.commit()
        sync_reviews(session)
        apply_review(
            session=session,
            user=install.user(session, "admin"),
            letter_id=bribe,
            change=ReviewChange(assign_to=install.users["reviewer2"]),
        )
        session.commit()
    with TestClient(create_app(install.settings)) as client:
        yield {"client": client, "bribe": bribe, "road": road, "install": install}


def _no_secret(text: str) -> None:
    leaked = [secret for secret in SECRETS if secret in text]
    assert leaked == []


@pytest.mark.parametrize("name", ["reviewer", "clerk", "reviewer2", "admin"])
def test_no_page_or_api_answer_shows_a_denouncer_by_default(world, name):
    client = world["client"]
    bribe, road = world["bribe"], world["road"]
    sign_in(client, name)
    pages = [f"/letters/{bribe}"]
    if name != "clerk":
        pages += [
            "/queue?status=all",
            f"/letters/{road}/compare/{bribe}",
            "/export.csv?status=all",
            "/queue?q=Bình",
        ]
    for path in pages:
        response = client.get(path)
        assert response.status_code == 200, path
        _no_secret(response.text)
    image = client.get(f"/letters/{bribe}/pages/1.jpg").content
    with world["install"].session() as session:
        from service.db.models import Page

        stored = world["install"].store.get(session.query(Page).filter_by(letter_id=bribe).one().image_key)
    assert image != stored
    headers = bearer(client, name)
    client.cookies.clear()
    _no_secret(client.get(f"/api/v1/review/petitions/{bribe}", headers=headers).text)
    assert client.get(f"/api/v1/review/petitions/{bribe}/pages/1/image", headers=headers).content != stored
    if name != "clerk":
        _no_secret(client.get("/api/v1/review/queue?status=all", headers=headers).text)
        _no_secret(client.get("/api/v1/review/export?status=all", headers=headers).text)
        book = load_workbook(
            io.BytesIO(client.get("/api/v1/review/export?format=xlsx", headers=headers).content)
        )
        _no_secret(repr(list(book.active.values)))


def test_the_handler_unmasks_on_request_and_it_lands_in_the_audit_log(world):
    client = world["client"]
    sign_in(client, "reviewer2")
    page = client.get(f"/letters/{world['bribe']}")
    assert "?reveal=1" in page.text
    revealed = client.get(f"/letters/{world['bribe']}?reveal=1")
    assert "Trần Văn Bình" in revealed.text and "079070001234" in revealed.text
    client.cookies.clear()
    sign_in(client, "reviewer")
    assert client.get(f"/letters/{world['bribe']}?reveal=1").status_code == 403
    assert "?reveal=1" not in client.get(f"/letters/{world['bribe']}").text
    client.cookies.clear()
    sign_in(client, "admin")
    audit_page = client.get(f"/admin/audit?letter={world['bribe']}").text
    assert "reviewer2" in audit_page and "Mở danh tính người tố cáo" in audit_page
    api = client.get("/api/v1/review/audit", headers=bearer(client, "admin")).json()["items"]
    assert any(item["action"] == "unmask" and item["user"] == "reviewer2" for item in api)


def _csrf(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def test_correcting_a_label_by_form_moves_on_to_the_next_letter(world):
    client = world["client"]
    token = sign_in(client, "reviewer")
    page = client.get("/queue")
    order = [int(x) for x in re.findall(r'data-href="/letters/(\d+)', page.text)]
    first, second = order[0], order[1]
    response = client.post(
        f"/letters/{first}/decide",
        data={"csrf": token, "label": "other", "label_click": "recommendation", "confirm": "1"},
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert (
        response.headers["location"].startswith(f"/letters/{second}?")
        and f"done={first}" in response.headers["location"]
    )
    assert f'data-href="/letters/{first}' not in client.get("/queue").text
    reviewed = client.get("/queue?status=reviewed").text
    assert f'data-href="/letters/{first}' in reviewed and "Kiến nghị, phản ánh" in reviewed
    history = client.get(f"/letters/{first}").text
    assert "reviewer" in history and "→ recommendation" in history


def test_flag_duplicate_note_and_field_forms(world):
    client = world["client"]
    token = sign_in(client, "reviewer")
    road, bribe = world["road"], world["bribe"]
    for data in (
        {"flag:duplicate": "confirmed", "anchor": "flags"},
        {f"dup:{bribe}": "linked", "anchor": "duplicates"},
        {"note": "Gọi lại vào thứ hai"},
        {"f:field": "environment", "f:title": "Đơn kiến nghị sửa đường"},
    ):
        response = client.post(
            f"/letters/{road}/decide", data={"csrf": token, **data}, follow_redirects=False
        )
        assert response.status_code == 303
    page = client.get(f"/letters/{road}").text
    assert "đã xác nhận" in page and "đã gắn là đơn trùng" in page
    assert "Gọi lại vào thứ hai" in page and "Đơn kiến nghị sửa đường" in page
    wrong = client.post(
        f"/letters/{road}/decide", data={"csrf": token, "f:date": "hôm qua"}, follow_redirects=False
    )
    assert "error=" in wrong.headers["location"]
    assert "Ngày phải có dạng" in client.get(wrong.headers["location"]).text


def test_compare_marks_the_differences(world):
    client = world["client"]
    sign_in(client, "reviewer")
    page = client.get(f"/letters/{world['road']}/compare/{world['bribe']}").text
    assert '<mark class="diff">' in page and "Tân Phước" in page


def test_letter_page_links_words_and_highlights_evidence(world):
    client = world["client"]
    sign_in(client, "admin")
    page = client.get(f"/letters/{world['bribe']}").text
    assert 'class="w" data-p="1"' in page
    assert 'data-flags="overreaching"' in page
    assert 'id="word-boxes"' in page


def test_api_review_decides_and_queue_pages(world):
    client = world["client"]
    headers = bearer(client, "reviewer")
    queue = client.get("/api/v1/review/queue?limit=1", headers=headers).json()
    assert queue["total"] == 2 and len(queue["items"]) == 1 and queue["next"]
    second = client.get(f"/api/v1/review/queue?limit=1&after={queue['next']}", headers=headers).json()
    assert second["items"][0]["id"] != queue["items"][0]["id"]
    road = world["road"]
    decided = client.post(
        f"/api/v1/petitions/{road}/review",
        json={"label": "recommendation", "confirm": True, "flags": {"duplicate": "rejected"}, "note": "API"},
        headers=headers,
    )
    assert decided.status_code == 200 and decided.json()["status"] == "reviewed"
    document = client.get(f"/api/v1/review/petitions/{road}", headers=headers).json()
    assert document["review"]["label"] == "recommendation"
    assert document["review"]["flags"] == {"duplicate": "rejected"}
    assert [h["kind"] for h in document["history"] if h["kind"] != "status"] == [
        "label",
        "flag",
        "note",
        "confirm",
    ]
    bad = client.post(
        f"/api/v1/petitions/{road}/review", json={"flags": {"nope": "confirmed"}}, headers=headers
    )
    assert bad.status_code == 422 and bad.json()["detail"]["message_vi"]


def test_upload_page_accepts_files_and_reports_status(world):
    client = world["client"]
    token = sign_in(client, "clerk")
    page = client.get("/upload").text
    assert "Kéo và thả" in page
    response = client.post("/upload", data={"csrf": token}, files={"file": ("a.png", b"\x89PNG fake bytes")})
    assert response.status_code == 202
    letter_id = response.json()["id"]
    again = client.post("/upload", data={"csrf": token}, files={"file": ("b.png", b"\x89PNG fake bytes")})
    assert again.status_code == 200 and again.json() == {
        "id": letter_id,
        "status": "received",
        "existing": True,
    }
    empty = client.post("/upload", data={"csrf": token}, files={"file": ("c.png", b"")})
    assert empty.status_code == 400 and "rỗng" in empty.json()["message"]
    status = client.get(f"/letters/status?ids={letter_id}").json()["items"][0]
    assert status["status"] == "received" and status["status_text"] == "Đã nhận, chờ đọc"
