"""Renders the sample scans of `samples/` with their true text beside them (NAME.txt).

    uv run --no-sync python -m samples.render            # from the repository root

Every sample is a letter of `samples/letters.py` printed and aged the way it reaches a reception office:
flatbed scans, a phone photo, a page fed upside down or on its side, a many-page TIFF, a scanned PDF and
a born-digital PDF; plus three bad inputs. `manifest.json` says what reading each one should give.
Output is deterministic (fixed seeds), so re-running changes no file.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from samples import letters, paper

HERE = Path(__file__).resolve().parent
PAGE_BREAK = "\f"  # between the pages of a true text, as pdftotext writes it


@dataclass(frozen=True)
class Sample:
    name: str  # file name, extension included
    letter: str
    face: str
    make: Callable[[paper.Layout, np.random.Generator], bytes]
    pages: int = 1
    rotation: int = 0  # clockwise turn reading must apply
    source: str = "ocr"
    error: str | None = None
    notes: dict[str, object] = field(default_factory=dict)


def _png(layout: paper.Layout, rng: np.random.Generator) -> bytes:
    return paper.png_bytes(paper.print_page(layout, 0))


def _flatbed(skew: float) -> Callable[[paper.Layout, np.random.Generator], bytes]:
    def make(layout: paper.Layout, rng: np.random.Generator) -> bytes:
        return paper.jpeg_bytes(paper.flatbed_scan(paper.print_page(layout, 0), rng, skew=skew), 62)

    return make


def _turned(degrees: int, skew: float) -> Callable[[paper.Layout, np.random.Generator], bytes]:
    def make(layout: paper.Layout, rng: np.random.Generator) -> bytes:
        scan = paper.flatbed_scan(paper.print_page(layout, 0), rng, skew=skew)
        return paper.jpeg_bytes(paper.turned(scan, degrees), 62)

    return make


def _phone(layout: paper.Layout, rng: np.random.Generator) -> bytes:
    photo = paper.phone_photo(paper.print_page(layout, 0), rng, angle=-5.5)
    stored, exif = paper.exif_rotated(photo)  # portrait shot: sensor pixels sideways, EXIF says turn
    return paper.jpeg_bytes(stored, 68, exif=exif)


def _tiff(layout: paper.Layout, rng: np.random.Generator) -> bytes:
    return paper.tiff_bytes([paper.print_page(layout, n) for n in range(len(layout.pages))])


def _scanned_pdf(layout: paper.Layout, rng: np.random.Generator) -> bytes:
    scans = [
        paper.flatbed_scan(paper.print_page(layout, n), rng, skew=skew)
        for n, skew in zip(range(len(layout.pages)), (1.2, -2.0), strict=False)
    ]
    return paper.scanned_pdf(scans, quality=58)


def _born_digital(layout: paper.Layout, rng: np.random.Generator) -> bytes:
    return paper.text_layer_pdf(layout)


def _encrypted(layout: paper.Layout, rng: np.random.Generator) -> bytes:
    return paper.text_layer_pdf(layout, user_password="tiepdan2024", owner_password="vanthu")


def _truncated(layout: paper.Layout, rng: np.random.Generator) -> bytes:
    whole = paper.text_layer_pdf(layout)
    return whole[: len(whole) * 6 // 10]  # an upload cut off part-way


SAMPLES = [
    Sample("clean_scan.png", letters.LAND_COMPENSATION, "liberation-serif", _png),
    Sample("clean_scan_sans.png", letters.ILLEGAL_CONSTRUCTION, "liberation-sans", _png),
    Sample("flatbed_skewed.jpg", letters.COMMUNE_OFFICIAL, "dejavu-serif", _flatbed(1.6)),
    Sample("flatbed_skewed_more.jpg", letters.RESIDENCE_CONFIRMATION, "noto-serif", _flatbed(-2.6)),
    Sample(
        "phone_photo.jpg", letters.DEGRADED_ROAD, "liberation-serif", _phone, notes={"exif_orientation": 6}
    ),
    Sample(
        "upside_down.jpg", letters.CERTIFICATE_REFUSAL, "liberation-serif", _turned(180, 0.6), rotation=180
    ),
    Sample("rotated_90.jpg", letters.LIVESTOCK_POLLUTION, "dejavu-serif", _turned(90, -0.4), rotation=90),
    Sample("multipage.tif", letters.SUPPORT_EMBEZZLEMENT, "dejavu-serif", _tiff, pages=2),
    Sample("scanned_2_pages.pdf", letters.ALLOWANCE_CUT, "noto-serif", _scanned_pdf, pages=2),
    Sample("born_digital.pdf", letters.SCHOOL_REPAIR, "liberation-serif", _born_digital, source="text-layer"),
    Sample(
        "bad_pdf_named.jpg",
        letters.COLLECTIVE_RESETTLEMENT,
        "liberation-serif",
        _born_digital,
        source="text-layer",
        notes={"why": "a PDF with a .jpg name: the bytes decide, so it reads as a PDF"},
    ),
    Sample(
        "bad_encrypted.pdf",
        letters.COLLECTIVE_RESETTLEMENT,
        "liberation-serif",
        _encrypted,
        error="encrypted_pdf",
    ),
    Sample("bad_truncated.pdf", letters.SCHOOL_REPAIR, "liberation-serif", _truncated, error="corrupt_pdf"),
]


def render(out: Path) -> dict[str, dict[str, object]]:
    out.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, dict[str, object]] = {}
    for seed, sample in enumerate(SAMPLES):
        layout = paper.lay_out(sample.letter, paper.TYPEFACES[sample.face])
        if len(layout.pages) != sample.pages and sample.error is None:
            raise SystemExit(
                f"{sample.name}: the letter fills {len(layout.pages)} pages, expected {sample.pages}"
            )
        rng = np.random.default_rng(1000 + seed)
        (out / sample.name).write_bytes(sample.make(layout, rng))
        truth = None
        if sample.error is None:
            truth = f"{Path(sample.name).stem}.txt"
            text = f"\n{PAGE_BREAK}\n".join(paper.page_text(page) for page in layout.pages)
            (out / truth).write_text(text + "\n", encoding="utf-8")
        manifest[sample.name] = {
            "pages": len(layout.pages) if sample.error is None else None,
            "rotation": sample.rotation,
            "source": sample.source if sample.error is None else None,
            "error": sample.error,
            "truth": truth,
            "font": sample.face,
            **sample.notes,
        }
    (out / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return manifest


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, default=HERE, help="folder to write the samples to")
    args = parser.parse_args()
    manifest = render(args.out)
    total = sum((args.out / name).stat().st_size for name in manifest)
    print(f"{len(manifest)} samples, {total / 1e6:.1f} MB, in {args.out}")


if __name__ == "__main__":
    main()
