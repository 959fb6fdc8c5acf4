"""Speed of the active model: load time, and letters per second with and without parsing.

    python -m service.learning.benchmark [--models models] [--jsonl FILE ...] [--limit 300]

Run it on an otherwise idle core; it measures one process, one thread.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from service.classification import load_active
from service.config import REPO_ROOT
from service.learning.corpus import read_jsonl
from service.understanding import parse_letter


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--models", type=Path, default=REPO_ROOT / "models")
    parser.add_argument("--jsonl", type=Path, nargs="*", default=None)
    parser.add_argument("--limit", type=int, default=300)
    args = parser.parse_args()
    files = args.jsonl or sorted((REPO_ROOT / "training" / "corpus").glob("*.jsonl"))
    texts = [letter.text for path in files for letter in read_jsonl(path)][: args.limit]

    start = time.perf_counter()
    classifier = load_active(args.models)
    load_seconds = time.perf_counter() - start

    start = time.perf_counter()
    parsed = [parse_letter(text) for text in texts]
    parse_seconds = time.perf_counter() - start

    start = time.perf_counter()
    for letter in parsed:
        classifier.predict(letter)
    single_seconds = time.perf_counter() - start

    start = time.perf_counter()
    classifier.predict_many(parsed)
    batch_seconds = time.perf_counter() - start

    n = len(texts)
    print(f"model {classifier.version}: loaded in {load_seconds * 1000:.0f} ms")
    print(f"{n} letters, mean {sum(map(len, texts)) / n:.0f} characters")
    print(f"predict one at a time: {single_seconds / n * 1000:.2f} ms/letter")
    print(f"predict in one batch:  {batch_seconds / n * 1000:.2f} ms/letter")
    print(f"parse_letter:          {parse_seconds / n * 1000:.2f} ms/letter")
    print(f"parse + predict:       {n / (parse_seconds + single_seconds):.1f} letters/s on one core")


if __name__ == "__main__":
    main()
