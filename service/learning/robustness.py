"""Does the label follow the content when the title lies? Swap titles and count flipped labels."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Final

from service.classification import Classifier
from service.classification.features import fold, title_line_indexes
from service.learning.corpus import LabelledLetter

# A title that names another kind of letter than the gold label.
MISLEADING_TITLE: Final[dict[str, str]] = {
    "complaint": "ĐƠN TỐ CÁO",
    "denunciation": "ĐƠN KIẾN NGHỊ",
    "recommendation": "ĐƠN KHIẾU NẠI",
    "other": "ĐƠN TỐ CÁO",
}


@dataclass(frozen=True)
class TitleSwapResult:
    letters: int  # letters that had a title to swap
    flipped: int  # whose predicted label changed after the swap

    @property
    def flip_rate(self) -> float:
        return self.flipped / self.letters if self.letters else 0.0


def with_title(text: str, title: str) -> str | None:
    """The letter with its title line replaced, or None when it has no title line."""
    lines = text.split("\n")
    dropped = title_line_indexes(lines, [fold(line) for line in lines], None)
    if not dropped:
        return None
    first = min(dropped)
    lines[first] = title
    return "\n".join(lines)


def title_swap(
    letters: Sequence[LabelledLetter], classifier: Classifier, *, parse: Callable[[str], Any]
) -> TitleSwapResult:
    originals, swapped = [], []
    for letter in letters:
        changed = with_title(letter.text, MISLEADING_TITLE[letter.label])
        if changed is not None:
            originals.append(parse(letter.text))
            swapped.append(parse(changed))
    before = classifier.predict_many(originals)
    after = classifier.predict_many(swapped)
    flipped = sum(b.label != a.label for b, a in zip(before, after, strict=True))
    return TitleSwapResult(letters=len(originals), flipped=flipped)
