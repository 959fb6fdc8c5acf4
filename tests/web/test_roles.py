"""Every UI and API route of the review, for every role: the role × route matrix."""

from __future__ import annotations

import itertools

import pytest
from fastapi.testclient import TestClient

from service.api import models as models_api
from service.api import review as review_api
from service.api.app import create_app
from service.config import REPO_ROOT
from service.db.models import Letter
from service.learning.versions import active_version_name
from service.review.decisions import ReviewChange, apply_review
from service.review.queue import sync_reviews
from service.web import router as web_router
from tests.conftest import make_settings
from tests.review.fixtures import make_installation
from tests.review.letters import BINH, DENUNCIATION, NHUNG, RECOMMENDATION, analysis_for, insert_letter
from tests.web.client import bearer, sign_in

ROLES = ("anonymous", "clerk", "clerk2", "reviewer", "admin")
_unique = itertools.count()


def expect(anonymous, clerk, clerk2, reviewer, admin):
    return dict(zip(ROLES, (anonymous, clerk, clerk2, reviewer, admin), strict=True))


ALL = expect(200, 200, 200, 200, 200)
WEB_REVIEW_ONLY = expect(303, 403, 403, 200, 200)
WEB_ADMIN_ONLY = expect(303, 403, 403, 403, 200)
WEB_ADMIN_POST = expect(303, 403, 403, 403, 303)
WEB_LETTER = expect(303, 200, 404, 200, 200)  # the letter was uploaded by "clerk"
API_LETTER = expect(401, 200, 404, 200, 200)

# (method, route as declared, concrete path, expected status by role)
MATRIX = [
    ("GET", "/", "/", expect(303, 303, 303, 303, 303)),
    ("GET", "/login", "/login", ALL),
    ("POST", "/login", "/login", expect(401, 401, 401, 401, 401)),
    ("POST", "/logout", "/logout", expect(303, 303, 303, 303, 303)),
    ("GET", "/lang/{code}", "/lang/en", expect(303, 303, 303, 303, 303)),
    ("GET", "/upload", "/upload", expect(303, 200, 200, 403, 200)),
    ("POST", "/upload", "/upload", expect(303, 202, 202, 403, 202)),
    ("GET", "/letters/status", "/letters/status?ids={road},{failed}", expect(303, 200, 200, 200, 200)),
    ("POST", "/letters/{letter_id}/retry", "/letters/{failed}/retry", expect(303, 202, 404, 202, 202)),
    ("GET", "/queue", "/queue", WEB_REVIEW_ONLY),
    ("GET", "/letters/{letter_id}", "/letters/{bribe}", WEB_LETTER),
    ("GET", "/letters/{letter_id}/pages/{number}.jpg", "/letters/{bribe}/pages/1.jpg", WEB_LETTER),
    ("POST", "/letters/{letter_id}/decide", "/letters/{road}/decide", expect(303, 403, 403, 303, 303)),
    ("GET", "/letters/{letter_id}/compare/{other_id}", "/letters/{road}/compare/{bribe}", WEB_REVIEW_ONLY),
    ("GET", "/export.csv", "/export.csv", WEB_REVIEW_ONLY),
    ("GET", "/export.xlsx", "/export.xlsx", WEB_REVIEW_ONLY),
    ("GET", "/admin/users", "/admin/users", WEB_ADMIN_ONLY),
    ("POST", "/admin/users", "/admin/users", expect(303, 403, 403, 403, 303)),
    (
        "POST",
        "/admin/users/{user_id}/active",
        "/admin/users/{clerk2_id}/active",
        expect(303, 403, 403, 403, 303),
    ),
    ("GET", "/admin/audit", "/admin/audit", WEB_ADMIN_ONLY),
    ("GET", "/api/v1/review/queue", "/api/v1/review/queue", expect(401, 403, 403, 200, 200)),
    ("GET", "/api/v1/review/petitions/{letter_id}", "/api/v1/review/petitions/{bribe}", API_LETTER),
    (
        "GET",
        "/api/v1/review/petitions/{letter_id}/pages/{number}/image",
        "/api/v1/review/petitions/{bribe}/pages/1/image",
        API_LETTER,
    ),
    (
        "POST",
        "/api/v1/petitions/{letter_id}/review",
        "/api/v1/petitions/{road}/review",
        expect(401, 403, 403, 200, 200),
    ),
    ("GET", "/api/v1/review/export", "/api/v1/review/export", expect(401, 403, 403, 200, 200)),
    ("GET", "/api/v1/review/audit", "/api/v1/review/audit", expect(401, 403, 403, 403, 200)),
    # The label model: administrators only.
    ("GET", "/admin/models", "/admin/models", WEB_ADMIN_ONLY),
    ("POST", "/admin/models/{name}/promote", "/admin/models/{shipped}/promote", WEB_ADMIN_POST),
    ("POST", "/admin/models/rollback", "/admin/models/rollback", WEB_ADMIN_POST),
    ("POST", "/admin/models/retrain", "/admin/models/retrain", WEB_ADMIN_POST),
    ("POST", "/admin/models/reanalyze", "/admin/models/reanalyze", WEB_ADMIN_POST),
    ("GET", "/api/v1/models", "/api/v1/models", expect(401, 403, 403, 403, 200)),
    (
        "POST",
        "/api/v1/models/{name}/promote",
        "/api/v1/models/{shipped}/promote",
        expect(401, 403, 403, 403, 200),
    ),
    ("POST", "/api/v1/models/rollback", "/api/v1/models/rollback", expect(401, 403, 403, 403, 409)),
    ("POST", "/api/v1/models/retrain", "/api/v1/models/retrain", expect(401, 403, 403, 403, 202)),
    ("POST", "/api/v1/models/reanalyze", "/api/v1/models/reanalyze", expect(401, 403, 403, 403, 202)),
]


def _declared(routes) -> set[tuple[str, str]]:
    found = set()
    for route in routes:
        inner = getattr(route, "original_router", None)  # FastAPI keeps included routers as such
        if inner is not None:
            found |= _declared(inner.routes)
            continue
        for method in set(getattr(route, "methods", None) or ()) - {"HEAD"}:
            found.add((method, route.path))
    return found


def test_the_matrix_covers_every_route_of_the_review():
    declared = _declared([*web_router.routes, *review_api.router.routes, *models_api.router.routes])
    assert len(declared) > 20
    assert declared == {(method, route) for method, route, _, _ in MATRIX}


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    settings = make_settings(tmp_path_factory.mktemp("roles") / "data")
    settings.ensure_dirs()
    install = make_installation(settings)
    with install.session() as session:
        clerk = install.users["clerk"]
        bribe = insert_letter(
            session,
            text=DENUNCIATION,
            analysis=analysis_for(DENUNCIATION, label="denunciation", petitioner=BINH),
            uploaded_by=clerk,
            store=install.store,
        ).id
        road = insert_letter(
            session,
            text=RECOMMENDATION,
            analysis=analysis_for(RECOMMENDATION, label="recommendation", petitioner=NHUNG),
            uploaded_by=clerk,
            store=install.store,
        ).id
        session.commit()
        sync_reviews(session)
        apply_review(
            session=session,
            user=install.user(session, "admin"),
            letter_id=bribe,
            change=ReviewChange(note="n"),
        )
        session.commit()
    with TestClient(create_app(settings)) as client:
        yield {"install": install, "client": client, "bribe": bribe, "road": road}


def _failed_letter(world, uploader: str) -> int:
    install = world["install"]
    with install.session() as session:
        letter = insert_letter(
            session, text="x", analysis=None, status="failed", uploaded_by=install.users.get(uploader)
        )
        session.commit()
        return letter.id


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    ("method", "route", "path", "expected"), MATRIX, ids=[f"{m} {r}" for m, r, _, _ in MATRIX]
)
def test_route_answers_each_role_as_the_roles_allow(world, role, method, route, path, expected):
    client: TestClient = world["client"]
    client.cookies.clear()
    headers: dict[str, str] = {}
    token = ""
    if role != "anonymous":
        token = sign_in(client, role)
        if route.startswith("/api/"):
            headers = bearer(client, role)
            client.cookies.clear()  # the API is reached with the token alone
    failed_owner = "clerk" if role in ("clerk", "clerk2", "anonymous") else role
    values = {
        "bribe": world["bribe"],
        "road": world["road"],
        "failed": _failed_letter(world, failed_owner) if "{failed}" in path else 0,
        "clerk2_id": world["install"].users["clerk2"],
        "shipped": active_version_name(REPO_ROOT / "models"),
    }
    url = path.format(**values)
    data: dict[str, str] = {"csrf": token}
    files = None
    json_body = None
    if route == "/upload":
        files = {"file": ("scan.png", f"not really a png {next(_unique)}".encode())}
    elif route == "/login":
        data = {"username": "reviewer", "password": "wrong-password", "csrf": "x"}
    elif route.endswith("/decide"):
        data["note"] = "ghi chú"
    elif route == "/admin/users":
        data.update(name=f"user{next(_unique)}", password="long-enough-password", role="clerk")
    elif route.endswith("/active"):
        data["active"] = "1"
    elif route.endswith("/review"):
        json_body = {"note": "ghi chú"}
    elif route.startswith("/api/v1/models/") and not route.endswith("/reanalyze"):
        json_body = {}
    if method == "GET":
        response = client.get(url, headers=headers, follow_redirects=False)
    elif json_body is not None:
        response = client.post(url, json=json_body, headers=headers, follow_redirects=False)
    else:
        response = client.post(url, data=data, files=files, headers=headers, follow_redirects=False)
    assert response.status_code == expected[role], response.text[:300]
    if role == "anonymous" and response.status_code == 303 and route not in ("/logout", "/lang/{code}"):
        assert response.headers["location"].startswith("/login")


def test_a_letter_a_clerk_did_not_upload_is_invisible_to_them(world):
    client: TestClient = world["client"]
    client.cookies.clear()
    sign_in(client, "clerk2")
    body = client.get(f"/letters/status?ids={world['road']},{world['bribe']}").json()
    assert body["items"] == []
    with world["install"].session() as session:
        assert session.get(Letter, world["road"]).uploaded_by != world["install"].users["clerk2"]
