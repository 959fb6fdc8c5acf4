"""Write the synthetic training corpus as JSONL.

    uv run --no-sync python training/generate_corpus.py --seed 20261122 --count 4000 \
        --out training/corpus/generated.jsonl --report

The output depends only on the seed, the count and the code (the gazetteers are pinned by uv.lock).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):
    # run as a script (`python training/generate_corpus.py`): make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from training.generator import generate_corpus  # noqa: E402
from training.generator.stats import table  # noqa: E402

DEFAULT_SEED = 20261122
DEFAULT_COUNT = 4000
DEFAULT_OUT = Path(__file__).resolve().parent / "corpus" / "generated.jsonl"


def write_jsonl(records: list[dict[str, object]], out: Path) -> None:
    """Write to a temporary file beside `out`, then rename: a reader never sees half a corpus."""
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=out.name, suffix=".tmp", dir=out.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            for rec in records:
                stream.write(json.dumps(rec, ensure_ascii=False) + "\n")
        os.replace(temporary, out)
    except BaseException:
        os.unlink(temporary)
        raise


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument(
        "--report", action="store_true", help="print the distribution table and phrase-reuse figures"
    )
    args = parser.parse_args(argv)
    if args.count < 1:
        parser.error("--count must be positive")
    records = generate_corpus(args.seed, args.count)
    write_jsonl(records, args.out)
    print(
        f"wrote {len(records)} letters to {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)",
        file=sys.stderr,
    )
    if args.report:
        print(table(records))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
