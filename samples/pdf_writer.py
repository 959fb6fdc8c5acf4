"""A small PDF writer for sample letters: text in an embedded TrueType font, scanned pages, encryption.

Written by hand because no PDF library that writes text is a dependency: the service only reads PDFs. Text
is set with a Type 0 font (Identity-H, two-byte glyph ids) and a ToUnicode map, which is what makes a
Vietnamese text layer extractable. Encryption is the standard security handler, revision 3 (RC4, 128-bit),
enough to produce the password-protected letters clerks do receive.
"""

from __future__ import annotations

import hashlib
import struct
import zlib
from dataclasses import dataclass, field

from samples.truetype import TrueTypeFont, subset

# The padding string of the standard security handler (ISO 32000-1, 7.6.3.3).
PASSWORD_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


@dataclass(frozen=True)
class TextRun:
    x: float  # points from the left edge
    baseline: float  # points from the TOP edge, as a page is read
    text: str
    font: TrueTypeFont
    size: float
    invisible: bool = False  # render mode 3: an OCR layer over a scanned image


@dataclass(frozen=True)
class ScannedImage:
    jpeg: bytes
    width: int
    height: int
    gray: bool = True


@dataclass
class PdfPage:
    width: float = 595.28  # A4 in points
    height: float = 841.89
    runs: list[TextRun] = field(default_factory=list)
    image: ScannedImage | None = None  # drawn over the whole page, under any text
    rotate: int = 0


def rc4(key: bytes, data: bytes) -> bytes:
    state = list(range(256))
    j = 0
    for i in range(256):
        j = (j + state[i] + key[i % len(key)]) & 0xFF
        state[i], state[j] = state[j], state[i]
    out = bytearray(len(data))
    i = j = 0
    for n, byte in enumerate(data):
        i = (i + 1) & 0xFF
        j = (j + state[i]) & 0xFF
        state[i], state[j] = state[j], state[i]
        out[n] = byte ^ state[(state[i] + state[j]) & 0xFF]
    return bytes(out)


def _padded(password: str) -> bytes:
    return (password.encode("latin-1") + PASSWORD_PAD)[:32]


@dataclass(frozen=True)
class Encryption:
    """RC4 128-bit, revision 3: the owner entry, the user entry and the file key."""

    owner_entry: bytes
    user_entry: bytes
    key: bytes
    permissions: int

    @classmethod
    def create(cls, *, user_password: str, owner_password: str, file_id: bytes) -> Encryption:
        permissions = -3904  # printing and copying allowed, nothing else
        digest = hashlib.md5(_padded(owner_password or user_password)).digest()
        for _ in range(50):
            digest = hashlib.md5(digest).digest()
        owner_entry = rc4(digest[:16], _padded(user_password))
        for round_ in range(1, 20):
            owner_entry = rc4(bytes(b ^ round_ for b in digest[:16]), owner_entry)
        digest = hashlib.md5(
            _padded(user_password) + owner_entry + struct.pack("<i", permissions) + file_id
        ).digest()
        for _ in range(50):
            digest = hashlib.md5(digest[:16]).digest()
        key = digest[:16]
        user_entry = rc4(key, hashlib.md5(PASSWORD_PAD + file_id).digest())
        for round_ in range(1, 20):
            user_entry = rc4(bytes(b ^ round_ for b in key), user_entry)
        return cls(owner_entry, user_entry + bytes(16), key, permissions)

    def object_key(self, number: int) -> bytes:
        return hashlib.md5(self.key + number.to_bytes(3, "little") + (0).to_bytes(2, "little")).digest()[:16]


class _Objects:
    """Numbered objects: a dictionary body and, for streams, the (already filtered) data."""

    def __init__(self) -> None:
        self.bodies: list[bytes] = []
        self.streams: list[bytes | None] = []

    def reserve(self) -> int:
        self.bodies.append(b"")
        self.streams.append(None)
        return len(self.bodies)

    def set(self, number: int, body: str | bytes, stream: bytes | None = None) -> int:
        self.bodies[number - 1] = body.encode("latin-1") if isinstance(body, str) else body
        self.streams[number - 1] = stream
        return number

    def add(self, body: str | bytes, stream: bytes | None = None) -> int:
        return self.set(self.reserve(), body, stream)


def _hex_glyphs(font: TrueTypeFont, text: str) -> str:
    ids = font.glyph_ids
    return "".join(f"{ids.get(ord(char), 0):04X}" for char in text)


def _to_unicode_cmap(font: TrueTypeFont, chars: set[str]) -> bytes:
    ids = font.glyph_ids
    pairs = sorted({(ids[ord(c)], c) for c in chars if ord(c) in ids})
    lines = [
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def",
        "1 begincodespacerange <0000> <FFFF> endcodespacerange",
    ]
    for start in range(0, len(pairs), 100):
        chunk = pairs[start : start + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        lines += [f"<{glyph:04X}> <{char.encode('utf-16-be').hex().upper()}>" for glyph, char in chunk]
        lines.append("endbfchar")
    lines += ["endcmap CMapName currentdict /CMap defineresource pop end end"]
    return "\n".join(lines).encode("ascii")


def _embed_font(objects: _Objects, font: TrueTypeFont, chars: set[str]) -> int:
    scale = 1000 / font.units_per_em
    ids = font.glyph_ids
    glyphs = sorted({ids.get(ord(c), 0) for c in chars})
    widths = " ".join(f"{g} [{round(font.advance_widths[g] * scale)}]" for g in glyphs)
    x_min, y_min, x_max, y_max = (round(v * scale) for v in font.bbox)
    ascent, descent = (round(v * scale) for v in font.ascent_descent)
    name = font.postscript_name.replace(" ", "")
    program = subset(font, chars)
    file_number = objects.add(
        f"<< /Length1 {len(program)} /Filter /FlateDecode >>", zlib.compress(program, 9)
    )
    descriptor = objects.add(
        f"<< /Type /FontDescriptor /FontName /{name} /Flags 32 /FontBBox [{x_min} {y_min} {x_max} {y_max}]"
        f" /ItalicAngle 0 /Ascent {ascent} /Descent {descent} /CapHeight {ascent} /StemV 80"
        f" /FontFile2 {file_number} 0 R >>"
    )
    cid_font = objects.add(
        f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{name}"
        " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
        f" /FontDescriptor {descriptor} 0 R /CIDToGIDMap /Identity /DW 500 /W [{widths}] >>"
    )
    to_unicode = objects.add("<< /Filter /FlateDecode >>", zlib.compress(_to_unicode_cmap(font, chars)))
    return objects.add(
        f"<< /Type /Font /Subtype /Type0 /BaseFont /{name} /Encoding /Identity-H"
        f" /DescendantFonts [{cid_font} 0 R] /ToUnicode {to_unicode} 0 R >>"
    )


def _page_content(page: PdfPage, font_names: dict[str, str]) -> bytes:
    parts: list[str] = []
    if page.image is not None:
        parts.append(f"q {page.width:.2f} 0 0 {page.height:.2f} 0 0 cm /Scan Do Q")
    for run in page.runs:
        mode = "3 Tr " if run.invisible else ""
        y = page.height - run.baseline
        parts.append(
            f"BT {mode}/{font_names[str(run.font.path)]} {run.size:.2f} Tf 1 0 0 1 {run.x:.2f} {y:.2f} Tm"
            f" <{_hex_glyphs(run.font, run.text)}> Tj ET"
        )
    return "\n".join(parts).encode("ascii")


def write_pdf(
    pages: list[PdfPage], *, user_password: str | None = None, owner_password: str | None = None
) -> bytes:
    """The bytes of a PDF with these pages; encrypted when a user or owner password is given."""
    objects = _Objects()
    catalog = objects.reserve()
    tree = objects.reserve()
    fonts: dict[str, TrueTypeFont] = {}
    chars: dict[str, set[str]] = {}
    for page in pages:
        for run in page.runs:
            fonts.setdefault(str(run.font.path), run.font)
            chars.setdefault(str(run.font.path), set()).update(run.text)
    font_names = {path: f"F{i + 1}" for i, path in enumerate(fonts)}
    font_refs = {path: _embed_font(objects, fonts[path], chars[path]) for path in fonts}
    font_dict = " ".join(f"/{font_names[p]} {font_refs[p]} 0 R" for p in fonts)

    kids = []
    for page in pages:
        resources = f"/Font << {font_dict} >>" if page.runs else ""
        if page.image is not None:
            image = page.image
            space = "/DeviceGray" if image.gray else "/DeviceRGB"
            scan = objects.add(
                f"<< /Type /XObject /Subtype /Image /Width {image.width} /Height {image.height}"
                f" /ColorSpace {space} /BitsPerComponent 8 /Filter /DCTDecode >>",
                image.jpeg,
            )
            resources += f" /XObject << /Scan {scan} 0 R >>"
        content = objects.add("<< /Filter /FlateDecode >>", zlib.compress(_page_content(page, font_names)))
        rotate = f" /Rotate {page.rotate}" if page.rotate else ""
        kids.append(
            objects.add(
                f"<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 {page.width:.2f} {page.height:.2f}]"
                f" /Resources << {resources} >> /Contents {content} 0 R{rotate} >>"
            )
        )
    objects.set(tree, f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>")
    objects.set(catalog, f"<< /Type /Catalog /Pages {tree} 0 R >>")

    file_id = hashlib.md5(b"".join(objects.bodies) + str(len(pages)).encode()).digest()
    encryption = None
    if user_password is not None or owner_password is not None:
        encryption = Encryption.create(
            user_password=user_password or "", owner_password=owner_password or "", file_id=file_id
        )
    return _serialise(objects, catalog, file_id, encryption)


def _serialise(objects: _Objects, catalog: int, file_id: bytes, encryption: Encryption | None) -> bytes:
    out = bytearray(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, (body, stream) in enumerate(zip(objects.bodies, objects.streams, strict=True), start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode()
        if stream is None:
            out += body + b"\nendobj\n"
            continue
        data = rc4(encryption.object_key(number), stream) if encryption else stream
        # The body is a dictionary; the stream's length goes in before its closing brackets.
        out += body[:-2].rstrip() + f" /Length {len(data)} >>\nstream\n".encode() + data
        out += b"\nendstream\nendobj\n"
    trailer_extra = ""
    if encryption is not None:
        offsets.append(len(out))
        number = len(offsets)
        out += (
            f"{number} 0 obj\n<< /Filter /Standard /V 2 /R 3 /Length 128 /P {encryption.permissions}"
            f" /O <{encryption.owner_entry.hex()}> /U <{encryption.user_entry.hex()}> >>\nendobj\n"
        ).encode()
        trailer_extra = f" /Encrypt {number} 0 R"
    xref_at = len(out)
    out += f"xref\n0 {len(offsets) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (
        f"trailer\n<< /Size {len(offsets) + 1} /Root {catalog} 0 R /ID [<{file_id.hex()}> <{file_id.hex()}>]"
        f"{trailer_extra} >>\nstartxref\n{xref_at}\n%%EOF\n"
    ).encode()
    return bytes(out)
