"""Just enough of a TrueType file to embed it in a PDF: glyph ids, advance widths and metrics.

fontTools is not a dependency of the service, and a PDF with a Vietnamese text layer needs only the
character-to-glyph map, the advance widths and a few header fields, so they are read here directly.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path


@dataclass(frozen=True)
class TrueTypeFont:
    path: Path
    data: bytes

    @classmethod
    def load(cls, path: str | Path) -> TrueTypeFont:
        path = Path(path)
        return cls(path=path, data=path.read_bytes())

    @cached_property
    def tables(self) -> dict[str, tuple[int, int]]:
        (count,) = struct.unpack_from(">H", self.data, 4)
        found = {}
        for index in range(count):
            tag, _checksum, offset, length = struct.unpack_from(">4sIII", self.data, 12 + 16 * index)
            found[tag.decode("latin-1")] = (offset, length)
        return found

    def _table(self, tag: str) -> int:
        return self.tables[tag][0]

    @cached_property
    def units_per_em(self) -> int:
        return int(struct.unpack_from(">H", self.data, self._table("head") + 18)[0])

    @cached_property
    def bbox(self) -> tuple[int, int, int, int]:
        x_min, y_min, x_max, y_max = struct.unpack_from(">hhhh", self.data, self._table("head") + 36)
        return x_min, y_min, x_max, y_max

    @cached_property
    def ascent_descent(self) -> tuple[int, int]:
        ascent, descent = struct.unpack_from(">hh", self.data, self._table("hhea") + 4)
        return ascent, descent

    @cached_property
    def postscript_name(self) -> str:
        """The font's PostScript name (name id 6), which a PDF uses as BaseFont."""
        base = self._table("name")
        _format, count, strings = struct.unpack_from(">HHH", self.data, base)
        for index in range(count):
            platform, _encoding, _language, name_id, length, offset = struct.unpack_from(
                ">HHHHHH", self.data, base + 6 + 12 * index
            )
            if name_id != 6:
                continue
            raw = self.data[base + strings + offset : base + strings + offset + length]
            return raw.decode("utf-16-be") if platform in (0, 3) else raw.decode("latin-1")
        return self.path.stem

    @cached_property
    def advance_widths(self) -> list[int]:
        (metrics,) = struct.unpack_from(">H", self.data, self._table("hhea") + 34)
        (glyphs,) = struct.unpack_from(">H", self.data, self._table("maxp") + 4)
        base = self._table("hmtx")
        widths = [struct.unpack_from(">H", self.data, base + 4 * i)[0] for i in range(metrics)]
        # Glyphs past the last full metric repeat its advance (monospaced tails).
        return widths + [widths[-1]] * (glyphs - metrics)

    @cached_property
    def glyph_ids(self) -> dict[int, int]:
        """Unicode code point -> glyph id, from the Windows Unicode cmap (full repertoire, else BMP)."""
        base = self._table("cmap")
        _version, count = struct.unpack_from(">HH", self.data, base)
        subtables = {}
        for index in range(count):
            platform, encoding, offset = struct.unpack_from(">HHI", self.data, base + 4 + 8 * index)
            subtables[(platform, encoding)] = base + offset
        if (3, 10) in subtables:
            return self._format12(subtables[(3, 10)])
        for key in ((3, 1), (0, 3), (0, 4)):
            if key in subtables:
                offset = subtables[key]
                (kind,) = struct.unpack_from(">H", self.data, offset)
                return self._format12(offset) if kind == 12 else self._format4(offset)
        raise ValueError(f"{self.path}: no Unicode cmap")

    def _format4(self, offset: int) -> dict[int, int]:
        (segments_x2,) = struct.unpack_from(">H", self.data, offset + 6)
        segments = segments_x2 // 2
        ends_at = offset + 14
        starts_at = ends_at + segments_x2 + 2
        deltas_at = starts_at + segments_x2
        ranges_at = deltas_at + segments_x2
        mapping: dict[int, int] = {}
        for segment in range(segments):
            end = struct.unpack_from(">H", self.data, ends_at + 2 * segment)[0]
            start = struct.unpack_from(">H", self.data, starts_at + 2 * segment)[0]
            delta = struct.unpack_from(">h", self.data, deltas_at + 2 * segment)[0]
            range_offset = struct.unpack_from(">H", self.data, ranges_at + 2 * segment)[0]
            for code in range(start, end + 1):
                if code == 0xFFFF:
                    continue
                if range_offset == 0:
                    glyph = (code + delta) & 0xFFFF
                else:
                    # The offset is relative to the idRangeOffset entry itself (the format's own rule).
                    at = ranges_at + 2 * segment + range_offset + 2 * (code - start)
                    glyph = struct.unpack_from(">H", self.data, at)[0]
                    glyph = (glyph + delta) & 0xFFFF if glyph else 0
                if glyph:
                    mapping[code] = glyph
        return mapping

    def _format12(self, offset: int) -> dict[int, int]:
        (groups,) = struct.unpack_from(">I", self.data, offset + 12)
        mapping: dict[int, int] = {}
        for group in range(groups):
            start, end, first_glyph = struct.unpack_from(">III", self.data, offset + 16 + 12 * group)
            for code in range(start, end + 1):
                mapping[code] = first_glyph + code - start
        return mapping

    def text_width(self, text: str, size: float) -> float:
        """Width of `text` set at `size` points, in points, without kerning."""
        widths = self.advance_widths
        ids = self.glyph_ids
        units = sum(widths[ids.get(ord(char), 0)] for char in text)
        return units * size / self.units_per_em


# Tables a PDF renderer needs from an embedded TrueType font; hinting programs and layout tables are not.
KEPT_TABLES = ("OS/2", "cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post")
_MORE_COMPONENTS, _WORD_ARGS, _SCALE, _XY_SCALE, _TWO_BY_TWO = 0x20, 0x01, 0x08, 0x40, 0x80


def _table_checksum(data: bytes) -> int:
    padded = data + bytes(-len(data) % 4)
    return sum(struct.unpack(f">{len(padded) // 4}I", padded)) & 0xFFFFFFFF


def subset(font: TrueTypeFont, chars: set[str]) -> bytes:
    """The font with every glyph outline but those of `chars` emptied; glyph ids stay as they were.

    Keeping the ids keeps the PDF's Identity glyph map and widths valid, while the file shrinks from
    hundreds of kilobytes to a few tens, as the subsets real PDF producers embed.
    """
    data = font.data
    head = font._table("head")
    (long_offsets,) = struct.unpack_from(">h", data, head + 50)
    (glyph_count,) = struct.unpack_from(">H", data, font._table("maxp") + 4)
    loca = font._table("loca")
    if long_offsets:
        offsets = list(struct.unpack_from(f">{glyph_count + 1}I", data, loca))
    else:
        offsets = [2 * v for v in struct.unpack_from(f">{glyph_count + 1}H", data, loca)]
    glyf = font._table("glyf")

    def outline(glyph: int) -> bytes:
        return data[glyf + offsets[glyph] : glyf + offsets[glyph + 1]]

    wanted = {0} | {font.glyph_ids[ord(c)] for c in chars if ord(c) in font.glyph_ids}
    pending = list(wanted)
    while pending:  # composite glyphs (most precomposed Vietnamese letters) pull in their parts
        body = outline(pending.pop())
        if len(body) < 10 or struct.unpack_from(">h", body, 0)[0] >= 0:
            continue
        at = 10
        while True:
            flags, part = struct.unpack_from(">HH", body, at)
            if part not in wanted:
                wanted.add(part)
                pending.append(part)
            at += 4 + (4 if flags & _WORD_ARGS else 2)
            at += 2 if flags & _SCALE else 4 if flags & _XY_SCALE else 8 if flags & _TWO_BY_TWO else 0
            if not flags & _MORE_COMPONENTS:
                break

    new_glyf = bytearray()
    new_offsets = []
    for glyph in range(glyph_count):
        new_offsets.append(len(new_glyf))
        if glyph in wanted:
            new_glyf += outline(glyph) + bytes(-len(outline(glyph)) % 4)
    new_offsets.append(len(new_glyf))
    tables = {tag: data[o : o + n] for tag, (o, n) in font.tables.items() if tag in KEPT_TABLES}
    tables["glyf"] = bytes(new_glyf)
    tables["loca"] = struct.pack(f">{len(new_offsets)}I", *new_offsets)
    new_head = bytearray(tables["head"])
    new_head[8:12] = bytes(4)  # checkSumAdjustment, left at zero: readers do not verify it
    new_head[50:52] = struct.pack(">h", 1)  # long loca offsets
    tables["head"] = bytes(new_head)
    return _assemble_font(tables)


def _assemble_font(tables: dict[str, bytes]) -> bytes:
    tags = sorted(tables)
    count = len(tags)
    power = 1 << (count.bit_length() - 1)
    header = struct.pack(
        ">IHHHH", 0x00010000, count, power * 16, power.bit_length() - 1, count * 16 - power * 16
    )
    offset = 12 + 16 * count
    directory = b""
    body = b""
    for tag in tags:
        table = tables[tag]
        directory += struct.pack(
            ">4sIII", tag.encode("latin-1"), _table_checksum(table), offset + len(body), len(table)
        )
        body += table + bytes(-len(table) % 4)
    return header + directory + body
