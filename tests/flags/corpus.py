"""Generated petition letters in families: an original, its duplicates (re-sent, sent elsewhere, retyped,
copies of a collective letter signed by others) and near-misses (neighbours with a grievance of their own
about the same project, official, road or factory). Used by the duplicate tests and bench/duplicates.py.

Each letter comes with the structure a perfect reader would extract, so duplicate search is tested apart
from extraction quality.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from service.understanding.folding import fold
from service.understanding.types import (
    Addressee,
    CitedDocument,
    LetterStructure,
    Level,
    ParsedLetter,
    Petitioner,
    Target,
)
from tests.flags import phrases as P

REFORM = dt.date(2025, 7, 1)
_CHOICE = re.compile(r"\{([^{}]*)\}")
_SLOT = re.compile(r"<([a-z_0-9]+)>")
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Place:
    village: str
    commune: str
    district: str
    province: str


@dataclass(frozen=True)
class Person:
    name: str
    birth: int
    id_number: str
    phone: str
    place: Place

    def address(self, date: dt.date) -> str:
        p = self.place
        if date >= REFORM:
            return f"{p.village}, xã {p.commune}, tỉnh {p.province}"
        return f"{p.village}, xã {p.commune}, huyện {p.district}, tỉnh {p.province}"


@dataclass
class Draft:
    """Everything a letter is rendered from; variants are drafts changed in one or two ways."""

    topic: str
    person: Person
    place: Place
    date: dt.date
    matter: dict[str, str]
    own: dict[str, str]
    wording: list[int]  # one seed per paragraph: the same seeds give the same words
    addressees: list[tuple[str, Level]]
    signers: list[Person] = field(default_factory=list)  # collective letters: everyone who signed
    follow_up: tuple[dt.date, str] | None = None  # (date, addressee) of the earlier letter
    noise: int = 0  # retyping: 0 none, else the seed of swaps and typos
    plain: bool = False  # retyped without diacritics
    closing: int = 0
    title: int = 0
    intro: int = 0
    writer: int = 0  # the seed of the writer's own ways of saying things (phrases.WRITER_WORDS)

    @property
    def label(self) -> str:
        return str(P.TOPICS[self.topic]["label"])

    @property
    def collective(self) -> bool:
        return len(self.signers) > 1


@dataclass
class GeneratedLetter:
    id: str
    text: str
    structure: LetterStructure
    label: str
    topic: str
    dup_group: str | None = None
    near_miss: str | None = None
    variant: str = "original"

    def parsed(self) -> ParsedLetter:
        return ParsedLetter(
            raw=self.text, text=self.text, folded=fold(self.text), tokens=[], structure=self.structure
        )

    def record(self) -> dict[str, object]:
        """The letter as a line of a labelled file (data/SPEC.md fields used by the evaluations)."""
        return {
            "id": self.id,
            "label": self.label,
            "dup_group": self.dup_group,
            "near_miss": self.near_miss,
            "text": self.text,
        }


class LetterFactory:
    def __init__(self, seed: int = 0) -> None:
        self.rng = random.Random(seed)

    # ---- people, places, facts -------------------------------------------------------------------
    def place(self) -> Place:
        r = self.rng
        kind = r.choice(P.VILLAGE_KINDS)
        village = f"{kind} {r.randint(1, 12)}" if r.random() < 0.6 else f"{kind} {r.choice(P.COMMUNES)}"
        return Place(village, r.choice(P.COMMUNES), r.choice(P.DISTRICTS), r.choice(P.PROVINCES))

    def person(self, place: Place, *, not_named: set[str] | None = None) -> Person:
        r = self.rng
        while True:
            name = f"{r.choice(P.FAMILY_NAMES)} {r.choice(P.MIDDLE_NAMES)} {r.choice(P.GIVEN_NAMES)}"
            if not not_named or name not in not_named:
                break
        id_number = f"0{r.randint(1, 96):02d}{r.randint(0, 3)}{r.randint(40, 99)}{r.randint(0, 999999):06d}"
        phone = f"0{r.choice('389753')}{r.randint(10000000, 99999999)}"
        return Person(name, r.randint(1945, 1995), id_number, phone, place)

    def date(self) -> dt.date:
        return dt.date(2023, 1, 1) + dt.timedelta(days=self.rng.randint(0, 1080))

    def matter(self, topic: str, place: Place, date: dt.date) -> dict[str, str]:
        r = self.rng
        two_tier = date >= REFORM
        commune_body = f"UBND xã {place.commune}"
        values = {
            "project": r.choice(P.PROJECTS)
            .replace("<place>", place.commune)
            .replace("<road_no>", str(r.randint(1, 80))),
            "project_doc": f"{r.randint(100, 4999)}/QĐ-UBND",
            "issuer": commune_body
            if two_tier or topic in ("certificate", "allowance")
            else f"UBND huyện {place.district}",
            "price": f"{r.randint(30, 900)}.000",
            "market": f"{r.randint(1, 12)}.{r.randint(0, 9)}00.000",
            "official": f"{r.choice(P.FAMILY_NAMES)} {r.choice(P.MIDDLE_NAMES)} {r.choice(P.GIVEN_NAMES)}",
            "role": r.choice(P.ROLES_COMMUNE),
            "village2": f"{r.choice(P.VILLAGE_KINDS)} {r.randint(1, 15)}",
            "length": f"{r.randint(1, 9)},{r.randint(1, 9)}",
            "facility": r.choice(P.FACILITIES)
            .replace("<owner>", self.person(place).name)
            .replace("<company>", r.choice(P.COMPANIES)),
            "area": str(r.randint(40, 2500)),
            "dmonth": str(r.randint(1, 12)),
            "dyear": str(r.randint(2019, date.year)),
        }
        return {k: values[k] for k in P.MATTER_SLOTS[topic]}

    def own_facts(self, date: dt.date, *, unlike: dict[str, str] | None = None) -> dict[str, str]:
        """A household's own facts; `unlike` another household's, so that no fact coincides."""
        while True:
            facts = self._own_facts(date)
            if not unlike or all(facts[key] != unlike.get(key) for key in facts):
                return facts

    def _own_facts(self, date: dt.date) -> dict[str, str]:
        r = self.rng
        area = r.randint(80, 5000)
        earlier = date - dt.timedelta(days=r.randint(60, 700))
        return {
            "plot": str(r.randint(12, 999)),
            "sheet": str(r.randint(1, 60)),
            "area": str(area),
            "recovered": str(r.randint(40, area)),
            "real_area": str(area + r.randint(15, 400)),
            "amount": f"{r.randint(2, 900)}.{r.randint(100, 999)}.000",
            "own_doc": f"{r.randint(100, 9999)}/QĐ-UBND",
            "own_notice": f"{r.randint(100, 9999)}/TB-UBND",
            "ddate": f"{earlier.day:02d}/{earlier.month:02d}/{earlier.year}",
            "dmonth": str(earlier.month),
            "dyear": str(earlier.year),
            "since": str(r.randint(1978, 2012)),
            "houses": str(r.randint(1, 4)),
            "trees": str(r.randint(5, 300)),
            "members": str(r.randint(2, 9)),
            "house_no": str(r.randint(1, 480)),
            "pole": str(r.randint(1, 99)),
            "distance": str(r.randint(20, 600)),
            "age": str(r.randint(60, 98)),
            "months": str(r.randint(2, 14)),
        }

    def addressees(
        self, draft_topic: str, place: Place, date: dt.date, *, higher: bool = False
    ) -> list[tuple[str, Level]]:
        r = self.rng
        two_tier = date >= REFORM
        local: list[tuple[str, Level]] = [
            (f"Chủ tịch UBND xã {place.commune}", "commune"),
            (f"UBND xã {place.commune}", "commune"),
        ]
        if not two_tier and draft_topic == "compensation":
            local = [(f"Chủ tịch UBND huyện {place.district}", "district")]
        upper: list[tuple[str, Level]] = [
            (f"Chủ tịch UBND tỉnh {place.province}", "province"),
            (f"Thanh tra tỉnh {place.province}", "province"),
            ("Ban Tiếp công dân Trung ương", "central"),
        ]
        if not two_tier:
            upper.append((f"Chủ tịch UBND huyện {place.district}", "district"))
        first = r.choice(upper) if higher else r.choice(local)
        copies = r.sample([a for a in upper if a != first], k=r.randint(0, 2)) if r.random() < 0.4 else []
        return [first, *copies]

    # ---- letters ---------------------------------------------------------------------------------
    def draft(
        self,
        topic: str,
        *,
        place: Place | None = None,
        matter: dict[str, str] | None = None,
        collective: bool | None = None,
        date: dt.date | None = None,
    ) -> Draft:
        r = self.rng
        place = place or self.place()
        date = date or self.date()
        person = self.person(place)
        group = bool(P.TOPICS[topic]["group"]) and (
            collective if collective is not None else r.random() < 0.3
        )
        signers = [person, *(self.person(place) for _ in range(r.randint(4, 20)))] if group else []
        paragraphs = P.TOPICS[topic]["paragraphs"]
        assert isinstance(paragraphs, tuple)
        return Draft(
            topic=topic,
            person=person,
            place=place,
            date=date,
            matter=matter if matter is not None else self.matter(topic, place, date),
            own=self.own_facts(date),
            wording=[r.randint(0, 1 << 30) for _ in range(len(paragraphs) + 2)],
            addressees=self.addressees(topic, place, date),
            signers=signers,
            closing=r.randrange(len(P.CLOSINGS)),
            title=r.randrange(8),
            intro=r.randrange(8),
            writer=r.randint(0, 1 << 30),
        )

    def render(self, draft: Draft, letter_id: str) -> GeneratedLetter:
        slots = self._slots(draft)
        sections = [
            self._render_section(P.INTRO_GROUP if draft.collective else P.INTRO_PERSON, draft.intro, slots)
        ]
        if draft.follow_up:
            old_date, old_addressee = draft.follow_up
            follow = {**slots, "old_date": f"{old_date:%d/%m/%Y}", "old_addressee": old_addressee}
            sections.append(self._render_section(P.FOLLOW_UP, draft.wording[-1], follow))
        paragraphs = P.TOPICS[draft.topic]["paragraphs"]
        assert isinstance(paragraphs, tuple)
        for seed, options in zip(draft.wording, paragraphs, strict=False):
            body = self._render_section(options, seed, slots)
            body = _in_own_words(body, draft.writer ^ seed)
            sections.append(_retype(body, draft.noise + seed) if draft.noise else body)
        text = "\n".join([*self._header(draft), *sections, *self._footer(draft)])
        if draft.plain:
            text = _strip_diacritics(text)
        return GeneratedLetter(letter_id, text, self._structure(draft, text), draft.label, draft.topic)

    def _slots(self, draft: Draft) -> dict[str, str]:
        p = draft.person
        slots = {**draft.own, **draft.matter}
        slots.update(
            name=p.name,
            birth=str(p.birth),
            id=p.id_number,
            phone=p.phone,
            address=p.address(draft.date),
            id_date=f"{(p.birth % 28) + 1:02d}/0{(p.birth % 9) + 1}/20{(p.birth % 9) + 15}",
            village=draft.place.village,
            commune=draft.place.commune,
            commune_full=f"xã {draft.place.commune}",
            signers=str(len(draft.signers)),
        )
        return slots

    def _render_section(self, options: tuple[str, ...], seed: int, slots: dict[str, str]) -> str:
        r = random.Random(seed)
        template = options[r.randrange(len(options))]
        chosen = _CHOICE.sub(lambda m: r.choice(m.group(1).split("|")), template)
        return _SLOT.sub(lambda m: slots.get(m.group(1), m.group(0)), chosen)

    def _header(self, draft: Draft) -> list[str]:
        place = draft.place.commune if draft.title % 2 else draft.place.province
        title = P.TITLES[draft.label][draft.title % len(P.TITLES[draft.label])]
        lines = [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "-------o0o-------",
            f"{place}, ngày {draft.date.day} tháng {draft.date.month} năm {draft.date.year}",
            "",
            title,
        ]
        (first, _), *copies = draft.addressees
        if draft.title % 3 == 0 and copies:
            lines += ["Kính gửi:", f"- {first}", *(f"- {name}" for name, _ in copies)]
        else:
            lines.append(f"Kính gửi: {first}")
            if copies:
                lines += ["Đồng kính gửi:", *(f"- {name};" for name, _ in copies)]
        return [*lines, ""]

    def _footer(self, draft: Draft) -> list[str]:
        lines = [
            "",
            P.CLOSINGS[draft.closing],
            "",
            "Người làm đơn" if not draft.collective else "Người đại diện",
            "(Ký và ghi rõ họ tên)",
            draft.person.name,
        ]
        if draft.collective:
            lines += ["", "DANH SÁCH CÁC HỘ DÂN KÝ TÊN"]
            lines += [f"{i}. {s.name} - {s.place.village} - đã ký" for i, s in enumerate(draft.signers, 1)]
        return lines

    def _structure(self, draft: Draft, text: str) -> LetterStructure:
        signers = draft.signers or [draft.person]
        petitioners = [
            Petitioner(
                name=s.name,
                birth_year=s.birth if s is draft.person else None,
                id_number=s.id_number if s is draft.person else None,
                address=s.address(draft.date) if s is draft.person else s.place.village,
                phone=s.phone if s is draft.person else None,
            )
            for s in signers
        ]
        if draft.plain:
            petitioners = [
                replace(p, name=_strip_diacritics(p.name or ""), address=_strip_diacritics(p.address or ""))
                for p in petitioners
            ]
        cited = {**draft.matter, **draft.own}
        documents = [
            CitedDocument(number=v) for k, v in cited.items() if k.endswith(("_doc", "_notice")) and v in text
        ]
        targets = (
            [Target(name=draft.matter["official"], level="commune", kind="person", role=draft.matter["role"])]
            if ("official" in draft.matter)
            else []
        )
        return LetterStructure(
            title=P.TITLES[draft.label][draft.title % len(P.TITLES[draft.label])],
            addressees=[
                Addressee(name=n, level=lv, primary=i == 0) for i, (n, lv) in enumerate(draft.addressees)
            ],
            petitioners=petitioners,
            collective=draft.collective,
            signer_count=len(signers),
            date=draft.date,
            cited_documents=documents,
            targets=targets,
            field="land" if draft.topic in ("compensation", "certificate") else "other",
        )

    # ---- families ----------------------------------------------------------------------------------
    def family(self, family_id: str, *, duplicates: int, near_misses: int) -> list[GeneratedLetter]:
        r = self.rng
        topic = r.choice(list(P.TOPICS))
        original = self.draft(topic)
        drafts: list[tuple[Draft, str]] = [(original, "original")]
        kinds = ["resent", "elsewhere", "retyped"] + (["collective_copy"] * 2 if original.collective else [])
        for _ in range(duplicates):
            kind = r.choice(kinds)
            drafts.append((self.variant(original, kind), kind))
        names = {s.name for s in [original.person, *original.signers]}
        neighbours = []
        for _ in range(near_misses):
            neighbour = self.neighbour(original, names)
            names.add(neighbour.person.name)
            neighbours.append(neighbour)
        letters = [self.render(d, f"{family_id}-{i}") for i, (d, _) in enumerate(drafts)]
        for letter, (_, kind) in zip(letters, drafts, strict=True):
            letter.variant = kind
            letter.dup_group = family_id if duplicates else None
            letter.near_miss = family_id if near_misses else None
        for j, neighbour in enumerate(neighbours):
            letter = self.render(neighbour, f"{family_id}-n{j}")
            letter.variant, letter.near_miss = "near_miss", family_id
            letters.append(letter)
        return letters

    def variant(self, original: Draft, kind: str) -> Draft:
        r = self.rng
        if kind == "resent":
            later = original.date + dt.timedelta(days=r.randint(20, 200))
            return replace(
                original,
                date=later,
                follow_up=(original.date, original.addressees[0][0]),
                addressees=self.addressees(original.topic, original.place, later, higher=r.random() < 0.5),
                closing=r.randrange(len(P.CLOSINGS)),
            )
        if kind == "elsewhere":
            date = original.date + dt.timedelta(days=r.randint(0, 6))
            elsewhere = self.addressees(original.topic, original.place, date, higher=True)
            return replace(original, date=date, addressees=elsewhere)
        if kind == "retyped":
            person = original.person
            if r.random() < 0.3:
                person = replace(person, phone=f"{person.phone[:4]}.{person.phone[4:7]}.{person.phone[7:]}")
            return replace(
                original,
                person=person,
                noise=r.randint(1, 1 << 30),
                plain=r.random() < 0.3,
                date=original.date + dt.timedelta(days=r.randint(0, 40)),
                title=original.title + 1,
            )
        if kind == "collective_copy":
            others = [s for s in original.signers if s is not original.person]
            first = r.choice(others)
            kept = [s for s in others if s is not first and r.random() < 0.6]
            fresh = [self.person(original.place) for _ in range(r.randint(0, 6))]
            return replace(
                original,
                person=first,
                signers=[first, *kept, *fresh],
                date=original.date + dt.timedelta(days=r.randint(0, 10)),
            )
        raise ValueError(kind)

    def neighbour(self, original: Draft, taken: set[str]) -> Draft:
        """Someone else about the same matter, with their own facts; much of the wording is shared."""
        r = self.rng
        place = original.place if r.random() < 0.7 else replace(original.place, village=self.place().village)
        person = self.person(place, not_named=taken)
        signers = (
            [person, *(self.person(place) for _ in range(len(original.signers) - 1))]
            if original.collective
            else []
        )
        wording = [seed if r.random() < 0.7 else r.randint(0, 1 << 30) for seed in original.wording]
        writer = original.writer if r.random() < 0.5 else r.randint(0, 1 << 30)  # the same scribe, or not
        return replace(
            original,
            person=person,
            place=place,
            own=self.own_facts(original.date, unlike=original.own),
            wording=wording,
            writer=writer,
            signers=signers,
            date=original.date + dt.timedelta(days=r.randint(-60, 60)),
            addressees=self.addressees(original.topic, place, original.date),
        )


def corpus(seed: int, *, families: int, singles: int) -> list[GeneratedLetter]:
    """Families with duplicates and near-misses, plus unrelated single letters, in a shuffled order."""
    factory = LetterFactory(seed)
    letters: list[GeneratedLetter] = []
    for number in range(families):
        duplicates = factory.rng.choice((1, 1, 2, 2, 3))
        near = factory.rng.choice((0, 1, 1, 2))
        letters += factory.family(f"f{number}", duplicates=duplicates, near_misses=near)
    for number in range(singles):
        letters += factory.family(f"s{number}", duplicates=0, near_misses=0)
    factory.rng.shuffle(letters)
    return letters


def stream(seed: int, count: int, *, prefix: str = "b") -> Iterator[GeneratedLetter]:
    """`count` letters for the benchmark: mostly unrelated letters, with families planted among them
    (one family in twenty has duplicates and near-misses). Ids start with `prefix`."""
    factory = LetterFactory(seed)
    made, number = 0, 0
    while made < count:
        planted = factory.rng.random() < 0.05
        family = factory.family(
            f"{prefix}{number}",
            duplicates=factory.rng.randint(1, 3) if planted else 0,
            near_misses=factory.rng.randint(0, 2) if planted else 0,
        )
        yield from family[: count - made]
        made += len(family)
        number += 1


_WRITER_WORD = re.compile(
    r"(?<!\w)("
    + "|".join(sorted({re.escape(w) for group in P.WRITER_WORDS for w in group}, key=len, reverse=True))
    + r")(?!\w)",
    re.IGNORECASE,
)
FILLER_RATE = 0.15  # a word slipped in after about one word in seven
_GROUP_OF = {w: i for i, group in enumerate(P.WRITER_WORDS) for w in group}


def _in_own_words(text: str, writer: int) -> str:
    """The writer's way of saying each thing of phrases.WRITER_WORDS, and the words they slip in."""
    r = random.Random(writer)
    chosen = [r.choice(group) for group in P.WRITER_WORDS]

    def own(match: re.Match[str]) -> str:
        word = match.group(0)
        group = _GROUP_OF.get(word.lower())
        if group is None:
            return word
        said = chosen[group]
        return said[0].upper() + said[1:] if word[0].isupper() else said

    text = _WRITER_WORD.sub(own, text)
    words = text.split(" ")
    out = []
    for word in words:
        out.append(word)
        if r.random() < FILLER_RATE and word[-1:].isalpha():
            out.append(r.choice(P.FILLERS))
    return " ".join(out)


def _retype(text: str, seed: int) -> str:
    """Someone retyping the letter: a few words swapped for synonyms, a few typos."""
    r = random.Random(seed)
    for a, b in P.RETYPE_SWAPS:
        if r.random() < 0.3:
            text = text.replace(a, b) if r.random() < 0.5 else text.replace(b, a)
    return _WORD.sub(lambda m: _typo(m.group(0), r) if r.random() < 0.03 else m.group(0), text)


def _typo(word: str, r: random.Random) -> str:
    if len(word) < 3 or word.isdigit():
        return word
    i = r.randrange(len(word) - 1)
    kind = r.randrange(3)
    if kind == 0:
        return word[:i] + word[i + 1 :]
    if kind == 1:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word[:i] + word[i] + word[i:]


def _strip_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))
