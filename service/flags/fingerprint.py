"""A letter's duplicate-search signature: what it says (MinHash of its body), who wrote it, what it is
about. Stored with each letter and loaded into the DuplicateIndex; the format carries a version and a
corrupt or foreign blob is refused."""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
import struct
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from service.flags import minhash
from service.flags.body import body_dates, body_words, speaks_for_a_group
from service.flags.identity import (
    NameKey,
    address_key,
    document_key,
    id_number_key,
    name_key,
    name_words,
    phone_key,
    pseudonym,
    short_pseudonym,
)
from service.understanding.folding import fold
from service.understanding.types import LetterStructure, ParsedLetter, Petitioner

FINGERPRINT_VERSION = 1
_MAGIC = b"PFP"
_HEADER = struct.Struct("<3sBH")  # magic, version, permutations
_SIGNATURE_BYTES = minhash.PERMUTATIONS * 4
MAX_PERSONS = 40  # a collective letter can list hundreds of households; the first ones identify it
TOPIC_PERMUTATIONS = 48
LOOKUP_PERSONS = 5  # petitioners whose ID number, phone and name lead to the letter

# Words saying this letter follows an earlier one that got no answer (gửi lại đơn cũ).
_FOLLOW_UP = re.compile(
    r"\b(da (nhieu lan )?gui don|don (da )?gui (lan|ngay)|gui don lan (thu )?(hai|ba|2|3)"
    r"|lan thu (hai|ba|2|3)"
    r"|chua (duoc|nhan duoc|thay) (tra loi|giai quyet|phan hoi|hoi am)|tiep tuc (gui|lam) don"
    r"|van chua (duoc|thay|nhan)|nhung den nay (van )?chua)\b"
)
_NUMBER = re.compile(r"^\d+$")
_ABBREVIATIONS = (("uy ban nhan dan", "ubnd"), ("hoi dong nhan dan", "hdnd"), ("thanh pho", "tp"))


@dataclass(frozen=True)
class PersonKey:
    name: NameKey | None = None
    id_number: int | None = None
    phone: int | None = None
    address: frozenset[int] = frozenset()

    @classmethod
    def of(cls, petitioner: Petitioner) -> PersonKey:
        return cls(
            name=name_key(petitioner.name),
            id_number=id_number_key(petitioner.id_number),
            phone=phone_key(petitioner.phone),
            address=address_key(petitioner.address),
        )

    @property
    def known(self) -> bool:
        return self.name is not None or self.id_number is not None or self.phone is not None


@dataclass(frozen=True, eq=False)
class LetterFingerprint:
    signature: np.ndarray  # uint32[minhash.PERMUTATIONS]
    shingles: int  # distinct shingles of the body; a handful is too little to judge by
    persons: tuple[PersonKey, ...] = ()
    anonymous: bool = False
    collective: bool = False
    signer_count: int = 1
    documents: frozenset[str] = frozenset()  # cited document numbers, "1234/qd-ubnd"
    targets: frozenset[int] = frozenset()  # pseudonyms of the bodies or people the letter is about
    particulars: frozenset[int] = frozenset()  # pseudonyms of the numbers in the body: plots, areas, sums
    addressees: tuple[str, ...] = ()  # normalised names, primary first
    date: dt.date | None = None
    follow_up: bool = False  # says an earlier letter got no answer
    lookup: tuple[int, ...] = ()  # lookup_keys(): who wrote it, and where or about which document
    # MinHash of the body's words: what a letter is about, which survives rewriting in other sentences
    # better than the signature's 3- and 4-word shingles.
    topic: np.ndarray = field(
        default_factory=lambda: np.full(TOPIC_PERMUTATIONS, minhash.EMPTY, dtype=np.uint32)
    )
    extra: dict[str, Any] = field(default_factory=dict)  # fields of newer versions, kept on a round trip

    @classmethod
    def from_parsed(cls, parsed: ParsedLetter) -> LetterFingerprint:
        words = body_words(without_identity(parsed.folded, parsed.structure))
        shingles = minhash.shingle_hashes(words)
        return cls.from_parts(
            parsed.structure,
            words=words,
            signature=minhash.signature(shingles),
            shingles=int(shingles.size),
            folded=parsed.folded,
        )

    @classmethod
    def from_parts(
        cls,
        structure: LetterStructure,
        *,
        words: list[str],
        signature: np.ndarray,
        shingles: int,
        folded: str,
    ) -> LetterFingerprint:
        """The bulk path: the caller computed the signature (minhash.signatures over many letters)."""
        persons = tuple(PersonKey.of(p) for p in structure.petitioners[:MAX_PERSONS])
        documents = frozenset(
            key for key in (document_key(d.number) for d in structure.cited_documents) if key
        )
        return cls(
            signature=signature,
            shingles=shingles,
            persons=tuple(p for p in persons if p.known),
            anonymous=structure.anonymous,
            collective=structure.collective
            or structure.signer_count > 1
            or len(structure.petitioners) > 1
            or speaks_for_a_group(folded),
            signer_count=max(structure.signer_count, len(structure.petitioners), 1),
            documents=documents,
            targets=frozenset(
                pseudonym("target", " ".join(name_words(t.name))) for t in structure.targets if t.name
            ),
            particulars=_particulars(words, body_dates(folded) - _dated(structure)),
            addressees=tuple(_addressee_key(a.name) for a in structure.addressees),
            date=structure.date,
            follow_up=bool(_FOLLOW_UP.search(folded)),
            lookup=_lookup_keys(persons, documents, structure.place),
            topic=minhash.sketch(minhash.shingle_hashes(words, (1,)), TOPIC_PERMUTATIONS),
        )

    @property
    def primary_addressee(self) -> str | None:
        return self.addressees[0] if self.addressees else None

    def to_bytes(self) -> bytes:
        return join_serialised(self.signature, self.features())

    @classmethod
    def from_bytes(cls, data: bytes) -> LetterFingerprint:
        return cls.from_features(*split_serialised(data))

    def features(self) -> bytes:
        """Everything but the signature, serialised: what an index keeps beside its signature matrix.
        The first line says who sent the letter (see `Sender`), so most candidates of a query are turned
        down without reading the rest."""
        fields = self._fields()
        head = {
            "co": fields.pop("co"),
            "p0": fields["p"][0] if fields["p"] else None,
            "lk": self.lookup_keys(),
        }
        return _json(head) + b"\n" + _json(fields)

    def lookup_keys(self) -> list[int]:
        return list(self.lookup)

    @classmethod
    def from_features(cls, signature: np.ndarray, features: bytes) -> LetterFingerprint:
        head, _, rest = features.partition(b"\n")
        fields = _parse(rest)
        first = _parse(head)
        fields["co"], fields["lk"] = first.get("co"), first.get("lk", [])
        return cls._from_fields(signature, fields)

    def to_json(self) -> dict[str, Any]:
        """The same content as to_bytes, for JSON columns and logs."""
        return {"v": FINGERPRINT_VERSION, "sig": self.signature.tolist(), **self._fields()}

    @classmethod
    def from_json(cls, value: dict[str, Any]) -> LetterFingerprint:
        if value.get("v") != FINGERPRINT_VERSION or len(value.get("sig", ())) != minhash.PERMUTATIONS:
            raise ValueError(f"not a version-{FINGERPRINT_VERSION} letter fingerprint")
        return cls._from_fields(np.asarray(value["sig"], dtype=np.uint32), value)

    def _fields(self) -> dict[str, Any]:
        return {
            "n": self.shingles,
            "p": [_person_out(p) for p in self.persons],
            "an": self.anonymous,
            "co": self.collective,
            "sc": self.signer_count,
            "d": sorted(self.documents),
            "t": sorted(self.targets),
            "x": sorted(self.particulars),
            "a": list(self.addressees),
            "dt": self.date.isoformat() if self.date else None,
            "f": self.follow_up,
            "lk": list(self.lookup),
            "tp": base64.b64encode(self.topic.astype("<u4").tobytes()).decode(),
            **self.extra,
        }

    @classmethod
    def _from_fields(cls, sig: np.ndarray, f: dict[str, Any]) -> LetterFingerprint:
        known = {"v", "sig", "n", "p", "an", "co", "sc", "d", "t", "x", "a", "dt", "f", "lk", "tp"}
        try:
            return cls(
                signature=sig,
                shingles=int(f["n"]),
                persons=tuple(_person_in(p) for p in f["p"]),
                anonymous=bool(f["an"]),
                collective=bool(f["co"]),
                signer_count=int(f["sc"]),
                documents=frozenset(str(d) for d in f["d"]),
                targets=frozenset(int(t) for t in f["t"]),
                particulars=frozenset(int(x) for x in f["x"]),
                addressees=tuple(str(a) for a in f["a"]),
                date=dt.date.fromisoformat(f["dt"]) if f["dt"] else None,
                follow_up=bool(f["f"]),
                lookup=tuple(int(k) for k in f.get("lk", [])),
                topic=_topic_in(f["tp"]),
                extra={k: v for k, v in f.items() if k not in known},
            )
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError("corrupt fingerprint") from error


def without_identity(folded: str, structure: LetterStructure) -> str:
    """The folded text without the petitioners' names, ID numbers, phones and addresses. Identity is
    compared on its own; left in the text, it would make two copies of one collective letter, signed by
    different people, look less alike than they are."""
    values = {
        fold(value).strip()
        for petitioner in structure.petitioners[:MAX_PERSONS]
        for value in (petitioner.name, petitioner.id_number, petitioner.phone, petitioner.address)
        if value
    }
    for value in sorted((v for v in values if len(v) >= 4), key=len, reverse=True):
        folded = folded.replace(value, " ")
    return folded


@dataclass(frozen=True)
class Sender:
    """Who sent a stored letter, read from the first line of its features alone."""

    collective: bool
    first: PersonKey | None

    @classmethod
    def of(cls, features: bytes) -> Sender:
        head = _parse(features.partition(b"\n")[0])
        try:
            return cls(bool(head["co"]), _person_in(head["p0"]) if head["p0"] else None)
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError("corrupt fingerprint") from error


def _json(value: dict[str, Any]) -> bytes:
    # ensure_ascii=False keeps names of addressees readable; JSON escapes newlines inside strings, so a
    # raw newline only ever separates the two parts of the features.
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()


def _parse(data: bytes) -> dict[str, Any]:
    try:
        value = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValueError("corrupt fingerprint") from error
    if not isinstance(value, dict):
        raise ValueError("corrupt fingerprint")
    return value


def _lookup_keys(
    persons: tuple[PersonKey, ...], documents: frozenset[str], place: str | None
) -> tuple[int, ...]:
    """Keys that lead to a letter whatever its wording, for a re-sent letter is often rewritten from
    scratch: each first petitioner's ID number and phone; their name with the place the letter was written
    or with each document it cites (a retyped copy may lose the ID number but keeps those); the first two
    signers of a collective letter together. A name alone would lead to every namesake."""
    keys: set[int] = set()
    where = " ".join(name_words(place)) if place else ""
    for person in persons[:LOOKUP_PERSONS]:
        if person.id_number is not None:
            keys.add(pseudonym("lookup-id", str(person.id_number)))
        if person.phone is not None:
            keys.add(pseudonym("lookup-phone", str(person.phone)))
        if person.name is not None:
            keys.update(pseudonym("lookup-name-document", f"{person.name.full}:{d}") for d in documents)
            if where:
                keys.add(pseudonym("lookup-name-place", f"{person.name.full}:{where}"))
    named = [p.name.full for p in persons[:2] if p.name is not None]
    if len(named) == 2:
        keys.add(pseudonym("lookup-signers", f"{named[0]}:{named[1]}"))
    return tuple(sorted(keys))


def lookup_keys_of(features: bytes) -> list[int]:
    """The lookup keys of stored features, read from their first line alone."""
    keys = _parse(features.partition(b"\n")[0]).get("lk", [])
    if not isinstance(keys, list):
        raise ValueError("corrupt fingerprint")
    return [int(key) for key in keys]


def join_serialised(signature: np.ndarray, features: bytes) -> bytes:
    """`to_bytes` from a signature and already serialised features."""
    header = _HEADER.pack(_MAGIC, FINGERPRINT_VERSION, minhash.PERMUTATIONS)
    return header + signature.astype("<u4").tobytes() + features


def split_serialised(data: bytes) -> tuple[np.ndarray, bytes]:
    """The signature and the features of `to_bytes` output, checked but not decoded: an index rebuilds
    from stored fingerprints without parsing their JSON."""
    if len(data) < _HEADER.size + _SIGNATURE_BYTES:
        raise ValueError("fingerprint too short")
    magic, version, permutations = _HEADER.unpack_from(data)
    if magic != _MAGIC or version != FINGERPRINT_VERSION or permutations != minhash.PERMUTATIONS:
        raise ValueError(f"not a version-{FINGERPRINT_VERSION} letter fingerprint")
    start = _HEADER.size
    sig = np.frombuffer(data, dtype="<u4", count=minhash.PERMUTATIONS, offset=start).astype(np.uint32)
    return sig, bytes(data[start + _SIGNATURE_BYTES :])


def _person_out(person: PersonKey) -> list[Any]:
    name = person.name
    name_part = [name.full, name.given, name.syllables, sorted(name.grams)] if name else None
    return [name_part, person.id_number, person.phone, sorted(person.address)]


def _person_in(value: list[Any]) -> PersonKey:
    name, id_number, phone, address = value
    return PersonKey(
        name=NameKey(int(name[0]), int(name[1]), int(name[2]), frozenset(int(g) for g in name[3]))
        if name
        else None,
        id_number=int(id_number) if id_number is not None else None,
        phone=int(phone) if phone is not None else None,
        address=frozenset(int(a) for a in address),
    )


def _topic_in(value: str) -> np.ndarray:
    topic = np.frombuffer(base64.b64decode(value, validate=True), dtype="<u4").astype(np.uint32)
    if topic.size != TOPIC_PERMUTATIONS:
        raise ValueError("corrupt fingerprint")
    return topic


def _dated(structure: LetterStructure) -> set[str]:
    """The letter's own date, which is when it was written, not a fact of the matter."""
    day = structure.date
    return {f"{day.day}/{day.month}/{day.year}"} if day else set()


def _particulars(words: list[str], dates: set[str]) -> frozenset[int]:
    """The numbers and dates of the body (plot and map-sheet numbers, areas, sums, the day something
    happened), which differ between neighbours writing about one project. ID and phone numbers are
    identity, not matter."""
    numbers = {w for w in words if _NUMBER.match(w) and not (len(w) in (9, 10, 11, 12) and w[0] == "0")}
    facts = {n for n in numbers if len(n) not in (9, 12)} | dates
    return frozenset(short_pseudonym("particular", fact) for fact in facts)


def _addressee_key(name: str) -> str:
    key = " ".join(re.findall(r"[a-z0-9]+", fold(name)))
    for long, short in _ABBREVIATIONS:
        key = key.replace(long, short)
    return key
