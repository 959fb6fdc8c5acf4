"""Text analysis speed on one core, against bare tokenisation of the same letters in the same process.

    uv run --no-sync python bench/analysis.py                  # 300 letters, 3 passes
    uv run --no-sync python bench/analysis.py --letters 500 --passes 5

The letters are drawn from the training corpus (training/corpus/*.jsonl, generated and hand-written), in a
fixed shuffled order: the first `--letters` are timed, the next `--letters` warm the caches.

Issue #3's bar: the whole analysis (`service.analysis.analyze_text` with the shipped model and a
`DuplicateIndex`) runs at >= 50 letters per CPU-second and takes at most twice the time of bare
tokenisation of the letter. Bare tokenisation is our `tokenize` (underthesea's CRF model and words,
identical to `word_tokenize`, several times faster); underthesea's own `word_tokenize` is timed beside it.

Two regimes are measured, because word segmentation caches what it computed for each syllable and
syllable pair, normalisation what it computed for each word, and the duplicate signature each word's hash:
"steady" is a worker that has seen other letters before (every pass first analyses the warm-up letters;
the timed letters meet only the n-grams they share); "cold" empties every cache before every letter: the
worst case, a worker's first letter. Analysis is compared with tokenisation cold against cold and steady
against steady. The duplicate index holds the warm-up letters, as a worker's index holds earlier ones.

Per step, the analysis is timed as `analyze_text` composes it: normalise (and fold), tokenise, structure,
features + classifier, flags (overreaching and the others), fingerprint (and the index query).
Throughput is letters per CPU-second of this process (per core, whatever else the machine runs).
Prints Markdown tables and writes bench/results/analysis.json.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from service.analysis import analyze_text  # noqa: E402
from service.classification import Classifier, load_active  # noqa: E402
from service.flags import (  # noqa: E402
    DuplicateIndex,
    LetterFingerprint,
    assess_flags,
    assess_overreaching,
    minhash,  # noqa: E402
)
from service.flags.identity import pseudonym  # noqa: E402
from service.understanding import extract_structure, fold, normalize, tokenize  # noqa: E402
from service.understanding.normalisation import repair_word  # noqa: E402
from service.understanding.segmentation import clear_caches, reference_tokenize  # noqa: E402
from service.understanding.syllables import is_syllable, place_tone  # noqa: E402
from service.understanding.types import ParsedLetter  # noqa: E402

BAR = 50.0  # letters per second per core (issue #3)
RATIO_BAR = 2.0  # analysis time / bare tokenisation time (issue #3)
CORPUS = REPO / "training" / "corpus"
STEPS = ("normalise", "tokenise", "structure", "features + classifier", "flags", "fingerprint")


def corpus_letters(count: int, seed: int) -> tuple[list[str], list[str]]:
    """`count` letters to time and `count` others to warm up with, from the training corpus."""
    texts = [
        str(json.loads(line)["text"])
        for path in sorted(CORPUS.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    random.Random(seed).shuffle(texts)
    return texts[:count], texts[count : 2 * count]


def clear_all_caches(classifier: Classifier | None = None) -> None:
    """Everything a worker learns from the letters it has analysed (not the models it loaded)."""
    clear_caches()
    if classifier is not None:
        classifier.clear_caches()
    for cached in (repair_word, place_tone, is_syllable, minhash._word_hash, pseudonym):
        cached.cache_clear()


class Analysis:
    """`analyze_text`, whole or step by step, with the shipped model and an index of earlier letters."""

    def __init__(self, classifier: Classifier, earlier: list[str]) -> None:
        self.classifier = classifier
        self.index = DuplicateIndex()
        for number, text in enumerate(earlier):
            self.index.add(f"warm-{number}", self.whole(text).fingerprint)

    def whole(self, text: str) -> Any:
        return analyze_text(text, classifier=self.classifier, index=self.index)

    def steps(self, raw: str) -> dict[str, float]:
        """CPU seconds of each step of `analyze_text` on one letter."""
        clock = time.process_time
        times: dict[str, float] = {}
        start = clock()
        text = normalize(raw)
        folded = fold(text)
        times["normalise"] = (mark := clock()) - start
        tokens = tokenize(text)
        times["tokenise"] = (start := clock()) - mark
        parsed = ParsedLetter(
            raw=raw, text=text, folded=folded, tokens=tokens, structure=extract_structure(text)
        )
        times["structure"] = (mark := clock()) - start
        label = self.classifier.predict(parsed).label
        times["features + classifier"] = (start := clock()) - mark
        assess_overreaching(parsed, label)
        assess_flags(parsed, label)
        times["flags"] = (mark := clock()) - start
        self.index.query(LetterFingerprint.from_parsed(parsed))
        times["fingerprint"] = clock() - mark
        return times


def timed(
    letters: list[str],
    function: Callable[[str], Any],
    *,
    passes: int,
    warm: Callable[[], None],
    reset: Callable[[], None],
    cold: bool,
) -> dict[str, float]:
    """Median over passes of the CPU time per letter; each pass starts from the same warmed state."""
    rates: list[float] = []
    for _ in range(passes):
        reset()
        warm()
        cpu = 0.0
        for letter in letters:
            if cold:
                reset()
            start = time.process_time()
            function(letter)
            cpu += time.process_time() - start
        rates.append(len(letters) / cpu)
    rate = statistics.median(rates)
    return {"letters_per_cpu_second": rate, "ms_per_letter_cpu": 1000 / rate}


def timed_steps(
    letters: list[str],
    analysis: Analysis,
    *,
    passes: int,
    warm: Callable[[], None],
    reset: Callable[[], None],
    cold: bool,
) -> dict[str, float]:
    """Median over passes of the CPU ms per letter of each step."""
    per_pass: list[dict[str, float]] = []
    for _ in range(passes):
        reset()
        warm()
        totals = dict.fromkeys(STEPS, 0.0)
        for letter in letters:
            if cold:
                reset()
            for step, seconds in analysis.steps(letter).items():
                totals[step] += seconds
        per_pass.append({step: 1000 * seconds / len(letters) for step, seconds in totals.items()})
    return {step: statistics.median(p[step] for p in per_pass) for step in STEPS}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--letters", type=int, default=300)
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    letters, earlier = corpus_letters(args.letters, args.seed)
    lengths = [len(letter) for letter in letters]
    classifier = load_active(REPO / "models")
    analysis = Analysis(classifier, earlier)  # loads the models and gazetteer outside the measurement
    normalised = [normalize(letter) for letter in letters]
    reference_tokenize(normalised[0])

    def warm_tokeniser() -> None:
        for letter in earlier:
            tokenize(normalize(letter))

    def warm_analysis() -> None:
        for letter in earlier:
            analysis.whole(letter)

    def nothing() -> None:
        return None

    def reset() -> None:
        clear_all_caches(classifier)

    runs: dict[str, Any] = {"passes": args.passes, "reset": reset}
    tokenisation = {
        "steady": timed(normalised, tokenize, warm=warm_tokeniser, cold=False, **runs),
        "cold": timed(normalised, tokenize, warm=nothing, cold=True, **runs),
    }
    underthesea = timed(normalised, reference_tokenize, warm=nothing, reset=reset, cold=False, passes=1)
    whole = {
        "steady": timed(letters, analysis.whole, warm=warm_analysis, cold=False, **runs),
        "cold": timed(letters, analysis.whole, warm=nothing, cold=True, **runs),
    }
    steps = {
        "steady": timed_steps(letters, analysis, warm=warm_analysis, cold=False, **runs),
        "cold": timed_steps(letters, analysis, warm=nothing, cold=True, **runs),
    }
    regimes = ("steady", "cold")
    ratio = {r: whole[r]["ms_per_letter_cpu"] / tokenisation[r]["ms_per_letter_cpu"] for r in regimes}
    ratio_underthesea = {r: whole[r]["ms_per_letter_cpu"] / underthesea["ms_per_letter_cpu"] for r in regimes}

    print(
        f"{len(letters)} corpus letters, {statistics.mean(lengths):.0f} characters on average "
        f"({min(lengths)}-{max(lengths)}), {args.passes} passes, one process\n"
    )
    print("| step | steady ms / letter (CPU) | ÷ tokenise | cold ms / letter (CPU) | ÷ tokenise |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for step in STEPS:
        cells = [
            f"{steps[r][step]:.2f} | {steps[r][step] / tokenisation[r]['ms_per_letter_cpu']:.2f}"
            for r in regimes
        ]
        print(f"| {step} | {' | '.join(cells)} |")
    rows = {"bare tokenisation (`tokenize`)": tokenisation, "whole `analyze_text`": whole}
    for name, row in rows.items():
        ms = {r: row[r]["ms_per_letter_cpu"] for r in regimes}
        cells = [f"{ms[r]:.2f} | {ms[r] / tokenisation[r]['ms_per_letter_cpu']:.2f}" for r in regimes]
        print(f"| **{name}** | {' | '.join(cells)} |")
    print(f"\nunderthesea `word_tokenize`: {underthesea['ms_per_letter_cpu']:.2f} ms / letter")
    worst = min(whole[r]["letters_per_cpu_second"] for r in regimes)
    met = worst >= BAR and max(ratio.values()) <= RATIO_BAR
    print(
        f"bar: >= {BAR:.0f} letters/s per core and <= {RATIO_BAR:.0f}x bare tokenisation -> "
        f"{'met' if met else 'NOT met'} ({worst:.0f} letters/s; {ratio['steady']:.2f}x steady, "
        f"{ratio['cold']:.2f}x cold; {ratio_underthesea['steady']:.2f}x underthesea `word_tokenize`)"
    )

    results = REPO / "bench" / "results"
    results.mkdir(parents=True, exist_ok=True)
    (results / "analysis.json").write_text(
        json.dumps(
            {
                "letters": len(letters),
                "source": "training/corpus/*.jsonl",
                "mean_characters": statistics.mean(lengths),
                "passes": args.passes,
                "python": platform.python_version(),
                "machine": platform.machine(),
                "tokenize": tokenisation,
                "underthesea_word_tokenize": underthesea,
                "analyze_text": whole,
                "steps_ms_per_letter_cpu": steps,
                "ratio_to_tokenize": ratio,
                "ratio_to_underthesea_word_tokenize": ratio_underthesea,
                "bar_letters_per_second": BAR,
                "bar_ratio_to_tokenize": RATIO_BAR,
                "met": met,
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
