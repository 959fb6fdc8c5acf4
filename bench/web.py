"""Web latency with 100,000 letters in PostgreSQL: the queue page and the letter page, p50 / p95.

    uv run --no-sync python bench/web.py [--letters 100000] [--requests 200]

Creates a database of its own on the PostgreSQL server (PETITIONS_TEST_POSTGRES, default
postgresql://postgres@127.0.0.1:5432/test), fills it with SQL in a few seconds, starts `petitions serve`
on it, signs in through the log-in form like a browser and times sequential requests; the database is
dropped afterwards. The bar (MISSION.md): queue page ≤ 300 ms p95.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx
import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from service.db import migrate  # noqa: E402
from service.review.calendar import handling_deadline  # noqa: E402
from tests.pipeline_helpers import create_user, free_port, petitions, running, service_env, wait_healthy  # noqa: E402

ADMIN_URL = os.environ.get("PETITIONS_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")
PASSWORD = "bench-password-123"
FIRST_DAY = dt.date(2025, 11, 24)
DAYS = 365
ACCENTED = "àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ"
PLAIN = "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd"

FILL = """
INSERT INTO originals (id, sha256, media_type, size, storage_key, filename, created_at)
SELECT n, md5(n::text) || md5((n + 1)::text), 'image/jpeg', 1000, 'bench/' || n, 'scan-' || n || '.jpg', now()
FROM generate_series(1, %(n)s) AS n;

INSERT INTO letters (id, original_id, status, channel, received_at, status_changed_at, attempts, text,
                     normalized_text, analysis, model_version, analyzed_at)
SELECT n, n, CASE WHEN n %% 5 = 0 THEN 'reviewed' ELSE 'analyzed' END, 'upload',
       t.received, t.received, 1, t.body, t.body,
       json_build_object(
         'label', t.label, 'confidence', t.confidence,
         'probabilities', json_build_object(t.label, t.confidence),
         'needs_review', t.confidence < 0.6, 'review_reason', NULL,
         'title', 'ĐƠN ' || upper(t.kind), 'addressees',
         json_build_array(json_build_object('name', 'Ủy ban nhân dân xã ' || t.commune, 'level', t.level,
                                            'primary', true)),
         'petitioner', json_build_object('name', 'Nguyễn Văn ' || t.given, 'id_number', NULL,
                                         'address', 'thôn ' || (n %% 12), 'phone', NULL, 'birth_year', 1970),
         'petitioners', json_build_array(), 'anonymous', false, 'collective', false, 'signer_count', 1,
         'field', t.field, 'date', to_char(t.received, 'YYYY-MM-DD'), 'cited_documents', json_build_array(),
         'targets', json_build_array(),
         'overreaching', json_build_object('flag', n %% 9 = 0, 'addressee_level', t.level,
                                           'competent_level', 'commune', 'reason', NULL,
                                           'evidence', json_build_array()),
         'flags', CASE WHEN n %% 7 = 0 THEN json_build_array(json_build_object('code', 'anonymous',
                  'reason', 'Không ghi tên', 'evidence', json_build_array())) ELSE json_build_array() END,
         'duplicates', json_build_array()),
       'bench', t.received + interval '1 hour'
FROM generate_series(1, %(n)s) AS n,
LATERAL (
  SELECT timestamp with time zone '2025-11-24 02:00+00'
           + ((n * 7919) %% %(days)s) * interval '1 day' AS received,
         (ARRAY['complaint','denunciation','recommendation','other'])[1 + n %% 4] AS label,
         (ARRAY['khiếu nại','tố cáo','kiến nghị','đề nghị'])[1 + n %% 4] AS kind,
         round((0.35 + ((n * 37) %% 64) / 100.0)::numeric, 3)::float AS confidence,
         (ARRAY['land','compensation','environment','health','education','construction'])[1 + n %% 6]
           AS field,
         (ARRAY['commune','district','province','central'])[1 + (n / 3) %% 4] AS level,
         (ARRAY['Tân Phước','Bình Minh','Hòa An','Phú Lộc','Đông Hưng','Thạnh Mỹ'])[1 + (n / 5) %% 6]
           AS commune,
         (ARRAY['An','Bình','Cường','Dũng','Hùng','Lâm','Minh','Nam'])[1 + (n / 7) %% 8] AS given
) AS pick,
LATERAL (
  SELECT pick.*, 'Kính gửi: Ủy ban nhân dân xã ' || pick.commune || E'\\n' ||
         'Tôi tên là Nguyễn Văn ' || pick.given || ', trú tại thôn ' || (n %% 12) || '. ' ||
         (ARRAY['Gia đình tôi bị thu hồi đất nông nghiệp nhưng mức bồi thường quá thấp.',
                'Cán bộ địa chính xã đã nhận tiền để làm giả hồ sơ cấp giấy chứng nhận.',
                'Đường liên thôn xuống cấp, ngập nước khi mưa lớn, học sinh đi lại nguy hiểm.',
                'Trại chăn nuôi xả nước thải gây ô nhiễm môi trường nghiêm trọng.',
                'Trạm y tế xã thiếu thuốc, người dân phải đi xa để khám chữa bệnh.'])[1 + (n / 11) %% 5] ||
         ' Đề nghị xem xét giải quyết. Hồ sơ số ' || n || '.' AS body
) AS t;

INSERT INTO status_changes (letter_id, from_status, to_status, at, actor)
SELECT id, NULL, 'received', received_at, 'bench' FROM letters;
"""

REVIEWS = """
CREATE TEMP TABLE deadlines (received_on date, label text, deadline date);
"""

REVIEW_ROWS = """
INSERT INTO letter_reviews (letter_id, status, analyzed_at, received_on, predicted_label, label, confidence,
                            flag_count, field, addressee_level, deadline, priority, protected, decided)
SELECT l.id, l.status, l.analyzed_at, r.received_on, a.label, a.label, a.confidence, a.flags, a.field,
       a.level, d.deadline,
       to_char(d.deadline, 'YYYYMMDD') || '.' || (9 - least(a.flags, 9)) || '.' ||
       lpad(round(a.confidence * 1000)::int::text, 4, '0') || '.' || lpad(l.id::text, 10, '0'),
       a.label = 'denunciation', '{}'
FROM letters l,
LATERAL (SELECT (l.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS received_on) r,
LATERAL (SELECT l.analysis->>'label' AS label, (l.analysis->>'confidence')::float AS confidence,
                l.analysis->>'field' AS field, l.analysis->'addressees'->0->>'level' AS level,
                json_array_length(l.analysis->'flags')
                + CASE WHEN (l.analysis->'overreaching'->>'flag')::boolean THEN 1 ELSE 0 END
                + CASE WHEN (l.analysis->>'needs_review')::boolean THEN 1 ELSE 0 END AS flags) a
CROSS JOIN deadlines d
WHERE d.received_on = r.received_on AND d.label = a.label;

INSERT INTO letter_flags (letter_id, code)
SELECT id, 'anonymous' FROM letters WHERE json_array_length(analysis->'flags') > 0
UNION ALL SELECT id, 'overreaching' FROM letters WHERE (analysis->'overreaching'->>'flag')::boolean
UNION ALL SELECT id, 'needs_review' FROM letters WHERE (analysis->>'needs_review')::boolean;

INSERT INTO letter_search (letter_id, document)
SELECT id, to_tsvector('simple', translate(lower(text), %(accented)s, %(plain)s)) FROM letters;

SELECT setval(pg_get_serial_sequence('letters', 'id'), %(n)s);
SELECT setval(pg_get_serial_sequence('originals', 'id'), %(n)s);
"""


def _statements(script: str) -> list[str]:
    # One statement per execute: the server refuses several in one statement with parameters.
    return [part.strip() for part in script.split(";\n") if part.strip()]


def fill(url: str, letters: int) -> float:
    started = time.perf_counter()
    with psycopg.connect(url, autocommit=False) as connection:
        for statement in _statements(FILL):
            connection.execute(statement, {"n": letters, "days": DAYS} if "%(" in statement else None)
        connection.execute(REVIEWS)
        rows = [
            (day, label, handling_deadline(day, label))
            for day in (FIRST_DAY + dt.timedelta(days=offset) for offset in range(DAYS + 1))
            for label in ("complaint", "denunciation", "recommendation", "other")
        ]
        with connection.cursor() as cursor:
            cursor.executemany("INSERT INTO deadlines VALUES (%s, %s, %s)", rows)
            values = {"n": letters, "accented": ACCENTED, "plain": PLAIN}
            for statement in _statements(REVIEW_ROWS):
                cursor.execute(statement, values if "%(" in statement else None)
        connection.commit()
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("VACUUM ANALYZE")
    return time.perf_counter() - started


def add_pages(url: str, letter_ids: list[int]) -> None:
    """Pages with word boxes for the letters whose page is timed (no images: the text layer case)."""
    with psycopg.connect(url) as connection, connection.cursor() as cursor:
        for letter_id in letter_ids:
            text = cursor.execute("SELECT text FROM letters WHERE id = %s", (letter_id,)).fetchone()[0]
            words = [
                [w, 10 + 40 * (i % 12), 20 + 22 * (i // 12), 36, 16, 90.0] for i, w in enumerate(text.split())
            ]
            cursor.execute(
                "INSERT INTO pages (letter_id, number, source, text, mean_confidence, rotation, skew, words) "
                "VALUES (%s, 1, 'ocr', %s, 90, 0, 0, %s)",
                (letter_id, text, json.dumps(words, ensure_ascii=False)),
            )
        connection.commit()


def sign_in(base: str) -> httpx.Client:
    client = httpx.Client(base_url=base, timeout=60, follow_redirects=True)
    page = client.get("/login")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    response = client.post(
        "/login", data={"username": "bench", "password": PASSWORD, "csrf": token, "next": "/"}
    )
    response.raise_for_status()
    return client


def timed(client: httpx.Client, paths: list[str]) -> dict[str, float]:
    for path in paths[:5]:  # warm-up: connections, caches, the first template compile
        client.get(path).raise_for_status()
    times = []
    for path in paths:
        started = time.perf_counter()
        response = client.get(path)
        times.append((time.perf_counter() - started) * 1000)
        response.raise_for_status()
    times.sort()
    return {
        "requests": len(times),
        "p50_ms": round(statistics.median(times), 1),
        "p95_ms": round(times[int(0.95 * (len(times) - 1))], 1),
        "max_ms": round(times[-1], 1),
    }


def queue_paths(client: httpx.Client, requests: int) -> dict[str, list[str]]:
    deep = "/queue"
    for _ in range(20):  # walk 20 pages in, to time a page far from the first
        match = re.search(r'href="/queue\?[^"]*after=([^"&]+)"', client.get(deep).text)
        if not match:
            break
        deep = f"/queue?after={match.group(1)}"
    return {
        "queue, first page": ["/queue"] * requests,
        "queue, page 21 (keyset)": [deep] * requests,
        "queue, label + flag filter": ["/queue?label=complaint&flag=overreaching"] * requests,
        "queue, full-text search": [
            "/queue?q=" + random.choice(["o nhiem", "bồi thường", "Bình Minh"]) for _ in range(requests)
        ],
        "queue, all statuses + subject + dates": [
            "/queue?status=all&field=health&from=2026-03-01&to=2026-06-30"
        ]
        * requests,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    random.seed(7)
    name = f"petitions_bench_{uuid.uuid4().hex[:8]}"
    base_url = ADMIN_URL.rsplit("/", 1)[0]
    url = f"{base_url}/{name}"
    with psycopg.connect(ADMIN_URL, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        migrate(url)
        seconds = fill(url, args.letters)
        sample = random.sample(range(1, args.letters + 1), min(args.requests, args.letters))
        add_pages(url, sample)
        with tempfile.TemporaryDirectory() as folder:
            env = service_env(
                Path(folder) / "data", database_url=url, secret_key="bench-secret-key-0123456789abcdefghij"
            )
            create_user(env, "bench", PASSWORD, "reviewer")
            port = free_port()
            server = petitions(
                "serve", "--port", str(port), "--no-worker", env=env, log=Path(folder) / "serve.log"
            )
            with running(server):
                base = f"http://127.0.0.1:{port}"
                wait_healthy(base)
                client = sign_in(base)
                results = {
                    label: timed(client, paths) for label, paths in queue_paths(client, args.requests).items()
                }
                results["letter page"] = timed(client, [f"/letters/{i}" for i in sample])
                bearer = httpx.post(
                    f"{base}/api/v1/auth/token", data={"username": "bench", "password": PASSWORD}
                ).json()["access_token"]
                api = httpx.Client(base_url=base, timeout=60, headers={"Authorization": f"Bearer {bearer}"})
                results["API queue"] = timed(api, ["/api/v1/review/queue"] * args.requests)
        print(f"{args.letters} letters in PostgreSQL (filled in {seconds:.1f} s); sequential requests:")
        for label, figures in results.items():
            p50, p95, worst = figures["p50_ms"], figures["p95_ms"], figures["max_ms"]
            print(f"  {label:<40} p50 {p50:>7} ms   p95 {p95:>7} ms   max {worst:>7} ms")
        bar = results["queue, first page"]["p95_ms"] <= 300
        print(f"queue page p95 ≤ 300 ms: {'yes' if bar else 'NO'}")
        print(json.dumps(results))
    finally:
        from service.db.session import engine_for

        engine_for.cache_clear()
        with psycopg.connect(ADMIN_URL, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    main()
