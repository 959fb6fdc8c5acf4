"""The admin's model page and API, and the reviewer's view of why a letter is uncertain."""

from __future__ import annotations

from contextlib import ExitStack

import pytest

from service.learning import records
from service.learning.registry import ModelPlaces, active_name
from tests.learning.loop import arrive, make_world, retrain_now, review
from tests.learning.new_kind import new_kind_letters
from tests.web.client import bearer, sign_in

pytestmark = pytest.mark.slow


@pytest.fixture
def world(tmp_path):
    with ExitStack() as stack:
        yield make_world(tmp_path, stack)


def test_admin_sees_versions_side_by_side_and_promotes_by_form(world) -> None:
    review(world, new_kind_letters(6, seed=5))
    learnt = retrain_now(world)
    assert learnt.outcome == records.PROMOTED, learnt.reason
    client = world.client
    token = sign_in(client, "admin")
    page = client.get("/admin/models")
    assert page.status_code == 200
    assert page.text.count("data-version=") == 2 and 'class="confusion"' in page.text
    assert "Đạt điều kiện để sử dụng" in page.text and "Đã đưa vào sử dụng" in page.text
    promoted = client.post(
        f"/admin/models/{world.shipped_version}/promote",
        data={"csrf": token, "reason": "so sánh lại"},
        follow_redirects=False,
    )
    assert promoted.status_code == 303 and "notice=promoted" in promoted.headers["location"]
    assert active_name(ModelPlaces.of(world.settings)) == world.shipped_version
    assert "so sánh lại" in client.get("/admin/models").text
    refused = client.post(f"/admin/models/{world.shipped_version}/promote", data={"csrf": "wrong"})
    assert refused.status_code == 403


def test_models_api_is_for_admins_only(world) -> None:
    client = world.client
    assert client.get("/api/v1/models", headers=world.reviewer).status_code == 403
    body = client.get("/api/v1/models", headers=bearer(client, "admin")).json()
    assert body["active"] == world.shipped_version
    assert [v["name"] for v in body["versions"]] == [world.shipped_version]
    assert body["versions"][0]["origin"] == "shipped" and body["versions"][0]["confusion"]
    rolled = client.post("/api/v1/models/rollback", json={}, headers=bearer(client, "admin"))
    assert rolled.status_code == 409, "nothing to roll back to"
    sign_in(client, "reviewer")
    assert client.get("/admin/models").status_code == 403


def test_queue_and_letter_page_show_the_two_likeliest_labels(world) -> None:
    letter = arrive(world, new_kind_letters(1, seed=8)[0][0])
    (first, p1), (second, p2) = sorted(letter.analysis["probabilities"].items(), key=lambda kv: -kv[1])[:2]
    queue = world.client.get("/api/v1/review/queue", headers=world.reviewer).json()
    assert queue["items"][0]["top_two"] == [
        {"label": first, "probability": p1},
        {"label": second, "probability": p2},
    ]
    sign_in(world.client, "reviewer")
    page = world.client.get(f"/letters/{letter.id}").text
    assert "Máy phân vân giữa" in page and f"({p1 * 100:.0f}%)" in page
    assert 'class="top-two"' in world.client.get("/queue").text
