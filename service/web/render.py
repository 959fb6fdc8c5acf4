"""The letter's text as HTML: evidence of each flag highlighted, each word linked to its box on the scan."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

from service.review.masking import BLOCK
from service.review.wordlinks import WordLink


@dataclass(frozen=True)
class Evidence:
    start: int
    end: int
    code: str  # the flag it supports


def evidence_of(analysis: dict[str, Any] | None) -> list[Evidence]:
    """Every evidence span of the analysis' flags (and of overreaching), with the flag code."""
    spans: list[Evidence] = []
    if not analysis:
        return spans
    over = analysis.get("overreaching") or {}
    for span in over.get("evidence") or []:
        spans.append(Evidence(int(span["start"]), int(span["end"]), "overreaching"))
    for flag in analysis.get("flags") or []:
        for span in flag.get("evidence") or []:
            spans.append(Evidence(int(span["start"]), int(span["end"]), str(flag.get("code"))))
    return [span for span in spans if 0 <= span.start < span.end]


def annotated_text(text: str, evidence: Iterable[Evidence], links: Iterable[WordLink]) -> Markup:
    """Cut the text at every boundary of evidence and words, and wrap each piece in what covers it."""
    evidence = list(evidence)
    links = sorted(links, key=lambda link: link.start)
    cuts = {0, len(text)}
    for span in evidence:
        cuts.update((min(span.start, len(text)), min(span.end, len(text))))
    for link in links:
        cuts.update((link.start, link.end))
    bounds = sorted(cuts)
    out: list[str] = []
    link_at = 0
    for start, end in zip(bounds, bounds[1:], strict=False):
        piece = text[start:end]
        codes = sorted({span.code for span in evidence if span.start <= start and end <= span.end})
        while link_at < len(links) and links[link_at].end <= start:
            link_at += 1
        covering = links[link_at] if link_at < len(links) and links[link_at].start <= start else None
        out.append(_piece(piece, codes, covering))
    return Markup("".join(out))


def _piece(piece: str, codes: list[str], link: WordLink | None) -> str:
    classes = []
    attributes = ""
    if codes:
        classes.append("ev")
        attributes += f' data-flags="{escape(" ".join(codes))}"'
    if link is not None:
        classes.append("w")
        attributes += f' data-p="{link.page}" data-i="{link.index}"'
    if BLOCK in piece:
        classes.append("masked")
    if not classes:
        return str(escape(piece))
    return f'<span class="{" ".join(classes)}"{attributes}>{escape(piece)}</span>'
