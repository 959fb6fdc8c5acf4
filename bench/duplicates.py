"""Duplicate search at scale: an index of up to 1,000,000 generated letters.

Measures: signing speed, the time to build the in-memory index from stored fingerprints (what a worker
does at start), its memory (in this process, and in a fresh worker process that builds it from a
`fingerprints` table), the latency of a query (LSH candidates + the precise check, which reads the few
candidates' fingerprints from that table), the recall of the LSH candidates against brute force (every
query compared with every indexed letter in numpy), and the bytes a letter takes in Redis.

    uv run --no-sync python bench/duplicates.py                 # 1,000,000 letters
    uv run --no-sync python bench/duplicates.py --n 100000 --n 1000000
    uv run --no-sync python bench/duplicates.py --redis redis://127.0.0.1:6379/0   # adds the Redis figures

Letters come from the phrase banks of tests/flags/corpus.py: mostly unrelated letters, with families of
duplicates (re-sent, sent elsewhere, retyped, collective copies) and near-misses planted among them.
Prints a Markdown table and writes bench/results/duplicates.json.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from service.flags import DuplicateIndex, LetterFingerprint, minhash  # noqa: E402
from service.flags.body import body_words  # noqa: E402
from service.flags.fingerprint import join_serialised, without_identity  # noqa: E402
from service.flags.memory_storage import MemoryStorage  # noqa: E402
from service.flags.redis_storage import RedisStorage  # noqa: E402
from service.flags.resemblance import MIN_SIMILARITY, judge  # noqa: E402

CHUNK = 5000  # letters signed per task
BRUTE_ROWS = 250_000  # rows compared at once by brute force
LOAD_BATCH = 10_000  # stored fingerprints read at once when a worker builds its index


@dataclass
class Signed:
    ids: list[str] = field(default_factory=list)
    signatures: list[np.ndarray] = field(default_factory=list)
    features: list[bytes] = field(default_factory=list)
    groups: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)  # planted letters only


def sign_chunk(task: tuple[int, int, int]) -> tuple[list[str], np.ndarray, list[bytes], dict[str, Any]]:
    """Generate and sign one chunk of letters (runs in a worker process)."""
    from tests.flags.corpus import stream

    seed, chunk, size = task
    letters = list(stream(seed * 1_000_003 + chunk, size, prefix=f"c{chunk}-"))
    parsed = [letter.parsed() for letter in letters]
    words = [body_words(without_identity(p.folded, p.structure)) for p in parsed]
    shingles = [minhash.shingle_hashes(w) for w in words]
    sigs = minhash.signatures(shingles)
    features = [
        LetterFingerprint.from_parts(
            p.structure, words=w, signature=sigs[i], shingles=int(s.size), folded=p.folded
        ).features()
        for i, (p, w, s) in enumerate(zip(parsed, words, shingles, strict=True))
    ]
    groups = {x.id: (x.dup_group, x.near_miss) for x in letters if x.dup_group or x.near_miss}
    return [x.id for x in letters], sigs, features, groups


def sign(n: int, seed: int, workers: int) -> tuple[Signed, float]:
    tasks = [(seed, chunk, min(CHUNK, n - chunk * CHUNK)) for chunk in range((n + CHUNK - 1) // CHUNK)]
    signed = Signed()
    started = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        for done, (ids, sigs, features, groups) in enumerate(pool.imap(sign_chunk, tasks), 1):
            if done % max(1, len(tasks) // 10) == 0:
                elapsed = time.perf_counter() - started
                print(
                    f"  signed {len(signed.ids) + len(ids):,} in {elapsed:.0f} s", file=sys.stderr, flush=True
                )
            signed.ids += ids
            signed.signatures.append(sigs)
            signed.features += features
            signed.groups.update(groups)
    return signed, time.perf_counter() - started


def rss_mb(field: str = "VmRSS") -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


def peak_rss_mb() -> float:
    return rss_mb("VmHWM")


def store_fingerprints(database: Path, stored: list[tuple[str, bytes]]) -> None:
    """The benchmark's `fingerprints` table: what a worker's index reads candidates from."""
    with sqlite3.connect(database) as connection:
        connection.execute("CREATE TABLE fingerprints (letter_id TEXT PRIMARY KEY, data BLOB NOT NULL)")
        connection.executemany("INSERT INTO fingerprints VALUES (?, ?)", stored)


def sqlite_loader(database: Path) -> Any:
    connection = sqlite3.connect(database, check_same_thread=False)

    def load(letter_ids: list[str]) -> dict[str, bytes]:
        marks = ",".join("?" * len(letter_ids))
        sql = f"SELECT letter_id, data FROM fingerprints WHERE letter_id IN ({marks})"
        return dict(connection.execute(sql, letter_ids).fetchall())

    return load


def worker_figures(database: Path) -> dict[str, Any]:
    """Build the index in a fresh process, as a worker does at start, and report its memory."""
    done = subprocess.run(
        [sys.executable, __file__, "--worker", str(database)], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


def worker_build(database: Path) -> dict[str, Any]:
    """Runs in the fresh process: read the fingerprints in batches, index them, measure."""
    base = rss_mb()
    index = DuplicateIndex(MemoryStorage(load=sqlite_loader(database)))
    started = time.perf_counter()
    with sqlite3.connect(database) as connection:
        rows = connection.execute("SELECT letter_id, data FROM fingerprints")
        while batch := rows.fetchmany(LOAD_BATCH):
            index.add_many(batch)
    index.storage.merge()  # type: ignore[attr-defined]
    return {
        "worker_build_seconds": round(time.perf_counter() - started, 2),
        "worker_rss_mb": round(rss_mb()),
        "worker_peak_rss_mb": round(peak_rss_mb()),
        "worker_rss_before_index_mb": round(base),
    }


def measure_redis(url: str, stored: list[tuple[str, bytes]]) -> dict[str, Any]:
    """Load `stored` into a fresh Redis index: memory a letter takes, time to load, query latency."""
    import redis

    client = redis.Redis.from_url(url)
    storage = RedisStorage(client, prefix=f"bench:duplicates:{uuid.uuid4().hex}")
    index = DuplicateIndex(storage)
    print(f"  loading {len(stored):,} letters into Redis...", file=sys.stderr, flush=True)
    try:
        before = int(client.info("memory")["used_memory"])
        started = time.perf_counter()
        index.add_many(stored)
        load_seconds = time.perf_counter() - started
        used = int(client.info("memory")["used_memory"]) - before
        latency = []
        for row in random.Random(1).sample(range(len(stored)), min(300, len(stored))):
            letter_id, data = stored[row]
            fp = LetterFingerprint.from_bytes(data)
            started = time.perf_counter()
            index.query(fp, exclude=letter_id)
            latency.append((time.perf_counter() - started) * 1000)
    finally:
        storage.clear()
        client.close()
    return {
        "redis_letters": len(stored),
        "redis_bytes_per_letter": round(used / len(stored)),
        "redis_load_seconds": round(load_seconds, 1),
        "redis_query_ms_p50": round(percentile(latency, 50), 3),
        "redis_query_ms_p95": round(percentile(latency, 95), 3),
    }


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(values), q)) if values else float("nan")


def brute_force(query: np.ndarray, matrix: np.ndarray) -> np.ndarray:
    """Rows of `matrix` whose estimated Jaccard similarity with `query` reaches MIN_SIMILARITY."""
    hits = []
    for start in range(0, len(matrix), BRUTE_ROWS):
        scores = minhash.similarities(query, matrix[start : start + BRUTE_ROWS])
        hits.append(np.flatnonzero(scores >= MIN_SIMILARITY) + start)
    return np.concatenate(hits)


def run(
    n: int, *, queries: int, seed: int, workers: int, redis_url: str | None, redis_letters: int
) -> dict[str, Any]:
    print(f"[{n:,}] signing letters with {workers} processes...", file=sys.stderr, flush=True)
    signed, sign_seconds = sign(n, seed, workers)
    matrix = np.concatenate(signed.signatures)
    signed.signatures = []
    stored = [
        (letter_id, join_serialised(matrix[i], signed.features[i])) for i, letter_id in enumerate(signed.ids)
    ]
    stored_bytes = sum(len(data) for _, data in stored)
    folder = tempfile.TemporaryDirectory(prefix="bench-duplicates-")
    database = Path(folder.name) / "fingerprints.db"
    print(f"[{n:,}] storing the fingerprints in {database}...", file=sys.stderr, flush=True)
    store_fingerprints(database, stored)
    print(f"[{n:,}] building the index from stored fingerprints...", file=sys.stderr, flush=True)
    before = rss_mb()
    index = DuplicateIndex(MemoryStorage(load=sqlite_loader(database)))
    started = time.perf_counter()
    index.add_many(stored)
    index.storage.merge()  # type: ignore[attr-defined]  # otherwise done by the first query
    build_seconds = time.perf_counter() - started
    index_mb = rss_mb() - before
    index_bytes = index.storage.memory_bytes()  # type: ignore[attr-defined]
    redis_figures = measure_redis(redis_url, stored[:redis_letters]) if redis_url else {}
    del stored
    print(f"[{n:,}] building it again in a fresh worker process...", file=sys.stderr, flush=True)
    worker = worker_figures(database)
    rng = random.Random(seed)
    planted = [i for i, letter_id in enumerate(signed.ids) if letter_id in signed.groups]
    chosen = rng.sample(planted, min(len(planted), queries // 2))
    chosen += rng.sample(range(n), queries - len(chosen))
    members: dict[tuple[int, str], set[str]] = {}
    for letter_id, (group, near) in signed.groups.items():
        for kind, name in ((0, group), (1, near)):
            if name:
                members.setdefault((kind, name), set()).add(letter_id)
    print(f"[{n:,}] {len(chosen)} queries, each also brute-forced...", file=sys.stderr, flush=True)
    latency, lsh_latency, candidates = [], [], []
    rows_of = {letter_id: row for row, letter_id in enumerate(signed.ids)}
    found = truth = lsh_links = brute_links = common_links = 0
    gold_pairs = true_links = predicted_links = near_miss_links = 0
    for row in chosen:
        letter_id = signed.ids[row]
        fp = LetterFingerprint.from_features(matrix[row], signed.features[row])
        started = time.perf_counter()
        links = index.query(fp, exclude=letter_id)
        latency.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        neighbours = index.neighbours(fp)
        lsh_latency.append((time.perf_counter() - started) * 1000)
        candidates.append(len(neighbours))
        lsh = {nb.letter_id for nb in neighbours} - {letter_id}
        brute = {signed.ids[r] for r in brute_force(matrix[row], matrix).tolist()} - {letter_id}
        found += len(lsh & brute)
        truth += len(brute)
        by_brute = set()
        for other in brute:
            r = rows_of[other]
            stored_fp = LetterFingerprint.from_features(matrix[r], signed.features[r])
            link = judge(other, fp, stored_fp, minhash.similarity(fp.signature, stored_fp.signature))
            if link is not None:
                by_brute.add(other)
        by_lsh = {link.id for link in links}
        lsh_links += len(by_lsh)
        brute_links += len(by_brute)
        common_links += len(by_lsh & by_brute)
        group, near = signed.groups.get(letter_id, (None, None))
        if group or near:
            gold = members.get((0, group or ""), set()) - {letter_id}
            near_ids = members.get((1, near or ""), set()) - gold - {letter_id}
            gold_pairs += len(gold)
            predicted_links += len(by_lsh)
            true_links += len(by_lsh & gold)
            near_miss_links += len(by_lsh & near_ids)
    adds = []
    for row in chosen[:200]:
        fp = LetterFingerprint.from_features(matrix[row], signed.features[row])
        started = time.perf_counter()
        index.add(f"again-{row}", fp)
        adds.append((time.perf_counter() - started) * 1000)
    return {
        "letters": n,
        "add_ms_p50": round(percentile(adds, 50), 3),
        "queries": len(chosen),
        "sign_seconds": round(sign_seconds, 1),
        "sign_letters_per_second": round(n / sign_seconds),
        "build_seconds": round(build_seconds, 2),
        "stored_fingerprint_bytes_mean": round(stored_bytes / n),
        "index_rss_mb": round(index_mb),
        "index_array_mb": round(index_bytes / 2**20),
        "index_bytes_per_letter": round(index_mb * 2**20 / n),
        **worker,
        "process_rss_mb": round(rss_mb()),
        "query_ms_p50": round(percentile(latency, 50), 3),
        "query_ms_p95": round(percentile(latency, 95), 3),
        "query_ms_max": round(max(latency), 3),
        "lsh_ms_p50": round(percentile(lsh_latency, 50), 3),
        "lsh_ms_p95": round(percentile(lsh_latency, 95), 3),
        "candidates_mean": round(float(np.mean(candidates)), 2),
        "brute_force_pairs": truth,
        "candidate_recall_vs_brute_force": round(found / truth, 4) if truth else 1.0,
        "link_recall_vs_brute_force": round(common_links / brute_links, 4) if brute_links else 1.0,
        "links_lsh": lsh_links,
        "links_brute_force": brute_links,
        "planted_precision": round(true_links / predicted_links, 4) if predicted_links else 1.0,
        "planted_recall": round(true_links / gold_pairs, 4) if gold_pairs else 1.0,
        "planted_near_miss_links": near_miss_links,
        **redis_figures,
    }


COLUMNS = (
    ("letters", "letters"),
    ("build_seconds", "build s"),
    ("index_rss_mb", "index MB"),
    ("worker_rss_mb", "worker RSS MB"),
    ("query_ms_p50", "query p50 ms"),
    ("query_ms_p95", "query p95 ms"),
    ("candidates_mean", "candidates"),
    ("candidate_recall_vs_brute_force", "LSH recall vs brute force"),
    ("link_recall_vs_brute_force", "link recall"),
    ("planted_precision", "planted precision"),
    ("planted_recall", "planted recall"),
    ("planted_near_miss_links", "near-miss links"),
    ("sign_letters_per_second", "signed/s"),
)


def table(results: list[dict[str, Any]]) -> str:
    lines = ["| " + " | ".join(title for _, title in COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    for result in results:
        lines.append(
            "| "
            + " | ".join(
                f"{result[key]:,}" if isinstance(result[key], int) else str(result[key]) for key, _ in COLUMNS
            )
            + " |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--n", type=int, action="append", help="letters to index (repeatable); default 1,000,000"
    )
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("--seed", type=int, default=20251122)
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "duplicates.json")
    parser.add_argument("--redis", help="also load letters into this Redis and measure its memory")
    parser.add_argument("--redis-letters", type=int, default=100_000)
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)  # the fresh worker process
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker_build(args.worker)))
        return
    args.out.parent.mkdir(parents=True, exist_ok=True)
    results: list[dict[str, Any]] = []
    for n in args.n or [1_000_000]:
        results.append(
            run(
                n,
                queries=args.queries,
                seed=args.seed,
                workers=args.workers,
                redis_url=args.redis,
                redis_letters=args.redis_letters,
            )
        )
        print(table(results[-1:]), file=sys.stderr, flush=True)
        # Written after every size, so a long run keeps the rows it finished.
        args.out.write_text(json.dumps(report(results), indent=2) + "\n")
    print(table(results))
    print(f"\nwritten {args.out}", file=sys.stderr)


def report(results: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "bars": {"query_ms_p95": 20, "recall_within_of_brute_force": 0.02},
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
            "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
        },
        "min_similarity": MIN_SIMILARITY,
        "lsh": {"bands": MemoryStorage().shape.bands, "rows": MemoryStorage().shape.rows},
        "results": results,
    }


if __name__ == "__main__":
    main()
