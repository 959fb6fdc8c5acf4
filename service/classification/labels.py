"""The four labels a letter can get, and how a clerk reads them."""

from __future__ import annotations

from typing import Final, Literal

Label = Literal["complaint", "denunciation", "recommendation", "other"]

# Fixed order: probabilities, confusion matrices and model cards all list labels this way.
LABELS: Final[tuple[Label, ...]] = ("complaint", "denunciation", "recommendation", "other")
# The three kinds of petition the law distinguishes; `other` is everything that is not a petition.
PETITION_LABELS: Final[tuple[Label, ...]] = ("complaint", "denunciation", "recommendation")

LABEL_NAMES_VI: Final[dict[str, str]] = {
    "complaint": "khiếu nại",
    "denunciation": "tố cáo",
    "recommendation": "kiến nghị, phản ánh",
    "other": "khác",
}
