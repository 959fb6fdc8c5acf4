"""Overreaching (vượt cấp): a letter addressed above the level competent to handle it first.

The competent level follows domain.md §3 and data/SPEC.md "Levels and competence", judged against the
administrative structure on the letter's date: until 30 June 2025 commune < district < province < central;
from 1 July 2025 there is no district level, a commune's superior is the province, and a district body
named in a later letter stands for its successor (the commune for most matters; the province for
denunciations of the former district's leaders and for second complaints).

A CompetenceRule says, for one kind of letter and one kind of subject, which level is competent and which
body there; the first rule that applies decides. A letter is flagged only when its PRIMARY addressee is an
administrative body above that level and nothing in it shows the lower level already decided or let its
deadline pass. Copies ("Đồng kính gửi") and recipients outside the administrative ladder (press,
deputies, the Fatherland Front: level "none") never make a letter overreaching.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from service.flags.bodies import committee, committee_chairman, head_of, level_name, unit_at
from service.flags.matters import matter_level, named_body_level
from service.flags.types import Overreaching
from service.understanding.folding import fold
from service.understanding.structure import officials_named
from service.understanding.types import LEVEL_ORDER, CitedDocument, Level, ParsedLetter, Span, Target

REFORM_DATE = dt.date(2025, 7, 1)  # two-tier local government (NQ 203/2025/QH15, Luật 72/2025/QH15)
PETITION_LABELS = ("complaint", "denunciation", "recommendation")
_POLICE_CHIEF = re.compile(r"\b(pho )?(truong cong an|truong ca|truong don cong an)\b")
_DISTRICT_WORD = re.compile(r"\b(huyen|quan|thi xa)\b")
_COOPERATIVE = re.compile(r"\s*hop tac xa\b")  # "Hợp tác xã Dịch vụ": a cooperative, not a commune
_BUSINESS = re.compile(r"\s*(cong ty|doanh nghiep|nha may|tap doan)\b")
_COMMITTEE = re.compile(r"\b(ubnd|uy ban nhan dan)\b")
_HEALTH_STATION = re.compile(r"\btram y te\b")
_BARE_UNIT = re.compile(r"^(xa|phuong|thi tran|huyen|quan|thi xa|tinh|thanh pho)\b")
_KIND_VI = {"complaint": "khiếu nại", "denunciation": "tố cáo", "recommendation": "kiến nghị, phản ánh"}


class Era(Enum):
    THREE_TIER = "three_tier"  # commune, district, province, central: letters before 1 July 2025
    TWO_TIER = "two_tier"  # commune, province, central


@dataclass(frozen=True)
class Case:
    """What the rules look at: the letter, its label, the structure of its time, what it is about."""

    parsed: ParsedLetter
    label: str
    era: Era
    target: Target | None  # the accused person or the body whose decision or act is contested
    document: CitedDocument | None  # the contested decision, when no target was found
    prior: list[Span]  # evidence that the lower level already decided or let its deadline pass

    @property
    def subject_level(self) -> Level | None:
        if self.target is not None and self.target.level in LEVEL_ORDER:
            return self.era_level(self.target.level)
        if self.document is not None and self.document.issuer_level in LEVEL_ORDER:
            return self.era_level(self.document.issuer_level)
        addressed = [fold(a.name) for a in self.parsed.structure.addressees]
        two_tier = self.era is Era.TWO_TIER
        text, folded = _without_petitioner(self.parsed)
        return named_body_level(text, folded, two_tier=two_tier, skip=addressed)

    @property
    def subject_is_known(self) -> bool:
        """Whether a complaint says whose decision or act it contests (a target, a cited document); any
        body it merely names ("cán bộ địa chính xã bảo ...") is only a guess at that."""
        if self.label != "complaint":
            # matter_level weighs a recommendation's own words; the officials a denunciation names are
            # whom it is about, wherever they appear
            return True
        return (self.target is not None and self.target.level in LEVEL_ORDER) or (
            self.document is not None and self.document.issuer_level in LEVEL_ORDER
        )

    @property
    def subject_text(self) -> str:
        if self.target is not None:
            return fold(" ".join(t for t in (self.target.role, self.target.name) if t))
        return fold(self.document.issuer or "") if self.document else ""

    @property
    def subject_was_district(self) -> bool:
        raw = self.target.level if self.target else self.document.issuer_level if self.document else None
        return raw == "district"

    def era_level(self, level: Level) -> Level:
        """A district body in a two-tier letter stands for its successor, mostly the commune."""
        return "commune" if level == "district" and self.era is Era.TWO_TIER else level

    def above(self, level: Level) -> Level:
        """The level that supervises `level` in the letter's time."""
        if level == "commune" and self.era is Era.THREE_TIER:
            return "district"
        return "central" if level in ("province", "central") else "province"


@dataclass(frozen=True)
class Competence:
    level: Level  # competent to handle the matter first
    body: str  # the body or official the letter belongs to now, in Vietnamese
    basis: str  # why, in Vietnamese
    rule: str
    next_level: Level | None = None  # a second complaint's level (khiếu nại lần hai), above `level`


@dataclass(frozen=True)
class CompetenceRule:
    name: str
    label: str
    applies: Callable[[Case], bool]
    decide: Callable[[Case], Competence]


def _second_complaint(case: Case) -> Competence:
    """The first instance stays the competent level of data/SPEC.md ("competent to handle the matter
    FIRST"); the letter itself now belongs one level up, which is why it is not overreaching there."""
    contested = case.subject_level or "commune"
    # A first-instance decision of a former district is reviewed by the province in either era.
    above = "province" if case.subject_was_district else case.above(contested)
    return Competence(
        contested,
        committee_chairman(above, case.parsed),
        f"khiếu nại lần hai đối với việc giải quyết lần đầu của {level_name(contested)} thuộc thẩm quyền "
        f"{level_name(above)} (Điều 18, 21 Luật Khiếu nại; NĐ 141/2025 từ 01/7/2025)",
        "complaint_second",
        next_level=above,
    )


def _first_complaint(case: Case) -> Competence:
    level = case.subject_level or "commune"
    if case.target is not None and _BARE_UNIT.match(fold(case.target.name)):
        body = committee_chairman(level, case.parsed, hint=case.target.name)  # "của huyện": its committee
    elif case.target is not None and case.target.kind == "body" and case.target.level == level:
        body = head_of(case.target.name)
    elif case.document is not None and case.target is None and case.document.issuer:
        body = (
            head_of(case.document.issuer)
            if case.document.issuer_level == level
            else committee_chairman(level, case.parsed)
        )
    else:
        body = committee_chairman(level, case.parsed, hint=case.target.role if case.target else None)
    return Competence(
        level,
        body,
        f"khiếu nại lần đầu do người đứng đầu cơ quan đã ban hành quyết định hoặc có hành vi bị khiếu nại "
        f"giải quyết ({level_name(level)}, Điều 17-20 Luật Khiếu nại)",
        "complaint_first",
    )


def _denounced_head(case: Case) -> Competence:
    own = case.subject_level or "commune"
    level = "province" if case.subject_was_district else case.above(own)
    return Competence(
        level,
        committee_chairman(level, case.parsed),
        f"tố cáo người đứng đầu hoặc cấp phó của UBND {level_name(own)} do người đứng đầu cơ quan cấp trên "
        f"trực tiếp giải quyết (Điều 12 Luật Tố cáo)",
        "denunciation_committee_head",
    )


def _denounced_police_chief(case: Case) -> Competence:
    level = case.above("commune")
    unit = unit_at(level, *(a.name for a in case.parsed.structure.addressees), case.parsed.text)
    body = (
        (f"Giám đốc Công an {unit}" if level == "province" else f"Trưởng Công an {unit}")
        if unit
        else (f"Công an {level_name(level)}")
    )
    return Competence(
        level,
        body,
        "tố cáo Trưởng Công an xã do Công an cấp trên trực tiếp giải quyết",
        "denunciation_police_chief",
    )


def _denounced_office_head(case: Case) -> Competence:
    level = case.subject_level or "province"
    if case.subject_was_district and case.era is Era.TWO_TIER:
        level = "province"  # the heads of former district offices answer to the province (domain.md §3.3)
    return Competence(
        level,
        committee_chairman(level, case.parsed),
        f"tố cáo người đứng đầu cơ quan chuyên môn thuộc UBND {level_name(level)} do Chủ tịch UBND cùng cấp "
        f"giải quyết (Điều 12, 13 Luật Tố cáo)",
        "denunciation_office_head",
    )


def _denounced_body(case: Case) -> Competence:
    # A body named as the wrongdoer usually stands for its officials ("UBND xã cấp đất sai"): the level
    # that manages them is its own.
    level = case.subject_level or "commune"
    return Competence(
        level,
        committee_chairman(level, case.parsed),
        f"tố cáo cơ quan, tổ chức và người có trách nhiệm của {level_name(level)} do người đứng đầu cơ quan "
        "quản lý giải quyết",
        "denunciation_body",
    )


def _denounced_staff(case: Case) -> Competence:
    level = case.subject_level or "commune"
    return Competence(
        level,
        committee_chairman(level, case.parsed, hint=case.target.role if case.target else None),
        f"tố cáo cán bộ, công chức {level_name(level)} do người đứng đầu cơ quan quản lý giải quyết "
        f"(Điều 13 Luật Tố cáo)",
        "denunciation_staff",
    )


def _recommendation(case: Case) -> Competence:
    # The words of the letter tell which level is in charge of the matter; without them, the level the
    # writer addressed, then the body the letter names (or the commune, where most matters start).
    addressed = _addressed_level(case)
    level = (
        matter_level(
            case.parsed.folded,
            two_tier=case.era is Era.TWO_TIER,
            addressed=addressed,
            addressees=[fold(a.name) for a in case.parsed.structure.addressees],
        )
        or addressed
        or case.subject_level
        or "commune"
    )
    return Competence(
        level,
        committee(level, case.parsed),
        f"kiến nghị, phản ánh do cơ quan phụ trách vấn đề giải quyết ({level_name(level)})",
        "recommendation",
    )


def _is_head(case: Case) -> bool:
    return case.target is not None and case.target.kind == "person" and case.target.is_head


def _is_police_chief(case: Case) -> bool:
    return (
        case.target is not None
        and case.subject_level == "commune"
        and bool(_POLICE_CHIEF.search(case.subject_text))
    )


RULES: tuple[CompetenceRule, ...] = (
    CompetenceRule("complaint_second", "complaint", lambda c: bool(c.prior), _second_complaint),
    CompetenceRule("complaint_first", "complaint", lambda c: c.subject_level is not None, _first_complaint),
    CompetenceRule("denunciation_police_chief", "denunciation", _is_police_chief, _denounced_police_chief),
    CompetenceRule("denunciation_committee_head", "denunciation", _is_head, _denounced_head),
    CompetenceRule(
        "denunciation_office_head",
        "denunciation",
        lambda c: c.target is not None and c.target.heads_office,
        _denounced_office_head,
    ),
    CompetenceRule(
        "denunciation_body",
        "denunciation",
        lambda c: c.target is not None and c.target.kind == "body",
        _denounced_body,
    ),
    CompetenceRule(
        "denunciation_staff", "denunciation", lambda c: c.subject_level is not None, _denounced_staff
    ),
    CompetenceRule("recommendation", "recommendation", lambda c: True, _recommendation),
)


def _without_petitioner(parsed: ParsedLetter) -> tuple[str, str]:
    """The letter with the petitioner's particulars blanked: "trú tại phường Hoàng Liệt, quận Hoàng Mai"
    says where the writer lives, not which body the letter is about."""
    text, folded = parsed.text, parsed.folded
    evidence = parsed.structure.evidence
    for span in evidence.get("petitioner", []) + evidence.get("representative", []):
        blank = " " * (span.end - span.start)
        text = text[: span.start] + blank + text[span.end :]
        if len(folded) == len(parsed.text):
            folded = folded[: span.start] + blank + folded[span.end :]
    return text, folded


def era_of(parsed: ParsedLetter) -> Era:
    """The structure a letter is judged against: its date's. An undated letter naming a district body, or
    giving a district in the petitioner's address, was written before the reform."""
    s = parsed.structure
    if s.date is not None:
        return Era.TWO_TIER if s.date >= REFORM_DATE else Era.THREE_TIER
    levels = {a.level for a in s.addressees} | {t.level for t in s.targets}
    levels |= {d.issuer_level for d in s.cited_documents if d.issuer_level}
    district_address = any(_DISTRICT_WORD.search(fold(p.address or "")) for p in s.petitioners[:1])
    return Era.THREE_TIER if "district" in levels or district_address else Era.TWO_TIER


def _organ(name: str) -> str:
    """A body's or an official's name, folded, with "Ủy ban nhân dân" written "ubnd"."""
    return " ".join(re.findall(r"[a-z0-9]+", fold(name))).replace("uy ban nhan dan", "ubnd")


def _is_other_business(target: Target, parsed: ParsedLetter) -> bool:
    """A company the letter is about, not the company that writes it ("Công ty" alone, or a name of its
    letterhead, is the writer)."""
    folded = fold(target.name)
    named = [word for word in target.name.split()[2:] if word[:1].isupper()]
    if target.kind != "body" or not _BUSINESS.match(folded) or not named:
        return False
    header = parsed.folded[: max(parsed.folded.find("kinh gui"), 0)]
    return _organ(target.name) not in _organ(header)


def _is_subject(target: Target, addressed: list[str], addressed_levels: set[Level]) -> bool:
    """Whether a target the reader found can be what the letter is about: an administrative level, not a
    cooperative ("Hợp tác xã" names no commune), and not the body the letter is addressed to ("đề nghị Chủ
    tịch UBND phường xử lý" asks the addressee to act; it does not accuse them)."""
    if target.level not in LEVEL_ORDER or any(
        _COOPERATIVE.search(fold(name)) for name in (target.name, target.role or "")
    ):
        return False
    if target.kind == "person" and target.role and target.role != target.name:
        return True  # a named person with a role ("ông Phạm Văn Sáu, Chủ tịch UBND xã")
    organ = _organ(_proper_part(target.role or target.name))
    if any(organ and organ in name for name in addressed):
        return False
    # "trình bày với ông Chủ tịch tỉnh" in a letter to the Chủ tịch UBND tỉnh: the addressee, unnamed.
    return not (target.kind == "person" and _UNNAMED_HEAD.match(organ) and target.level in addressed_levels)


# A head named by title only, with at most the unit word after it: "chủ tịch tỉnh", "chủ tịch UBND huyện".
_UNNAMED_HEAD = re.compile(
    r"^(?:ong |ba )?(?:pho )?(?:chu tich|giam doc|truong phong)(?: ubnd)?(?: [a-z]+)?$"
)


def _proper_part(name: str) -> str:
    """A body's name without the lower-case words a reader ran on into ("Sở Y tế nắm được" → "Sở Y tế");
    the unit words that locate it ("huyện", "tỉnh") stay."""
    words = name.split()
    while len(words) > 1 and words[-1].islower() and fold(words[-1]) not in _UNIT_WORDS:
        words.pop()
    return " ".join(words)


_UNIT_WORDS = frozenset({"xa", "phuong", "huyen", "quan", "tinh", "thi", "tran", "pho", "thanh"})


def case_of(parsed: ParsedLetter, label: str) -> Case:
    s = parsed.structure
    addressed = [_organ(a.name) for a in s.addressees]
    levels = {a.level for a in s.addressees}
    target = next((t for t in s.targets if _is_subject(t, addressed, levels)), None)
    if target is None and label == "denunciation":
        # Nobody is accused in so many words: the official the letter names is who it is about.
        named = officials_named(parsed.text, s)
        target = next((t for t in named if _is_subject(t, addressed, levels)), None)
    if target is None:
        business = next((t for t in s.targets if _is_other_business(t, parsed)), None)
        # A company breaking the rules of a field answers to the provincial department of that field.
        target = dataclasses.replace(business, level="province") if business else None
    era = era_of(parsed)
    if (
        target is not None
        and era is Era.THREE_TIER
        and _HEALTH_STATION.search(fold(target.role or target.name))
    ):
        # Until the reform a commune health station belonged to the district health centre, which manages
        # its staff (from 1 July 2025 it belongs to the commune).
        target = dataclasses.replace(target, level="district")
    documents = [d for d in s.cited_documents if d.issuer_level in LEVEL_ORDER]
    document = next((d for d in documents if fold(d.kind or d.number).startswith("qd")), None)
    document = document or next(iter(documents), None)
    if (
        label == "complaint"
        and document is not None
        and document.issuer_level is not None
        and (target is None or target.level != document.issuer_level)
    ):
        # A complaint contests a decision: its issuer is whose act is at stake, whoever else the story names
        # ("cán bộ thương binh xã nói ..." in a letter against the district's decision).
        target = Target(
            name=document.issuer or document.number,
            level=document.issuer_level,
            kind="body",
            span=document.span,
        )
    return Case(
        parsed,
        label,
        era,
        target,
        document,
        list(s.prior_resolution),
    )


def decide(case: Case) -> Competence | None:
    for rule in RULES:
        if rule.label == case.label and rule.applies(case):
            return rule.decide(case)
    return None


def assess_overreaching(parsed: ParsedLetter, label: str) -> Overreaching:  # vượt cấp
    case = case_of(parsed, label)
    primary = parsed.structure.primary_addressee
    addressee_level: Level = primary.level if primary else "none"
    competence = decide(case) if label in PETITION_LABELS else None
    evidence = [span for span in (primary.span if primary else None, _subject_span(case)) if span]
    if label not in PETITION_LABELS:
        return Overreaching(
            False,
            addressee_level,
            _guess_level(case),
            "Đơn không phải khiếu nại, tố cáo hay kiến nghị, phản ánh nên không xét vượt cấp.",
            evidence,
            rule="not_a_petition",
        )
    if primary is None or addressee_level not in LEVEL_ORDER:
        reason = (
            (
                f"Đơn gửi {primary.name}, không phải cơ quan hành chính nhà nước (báo chí, đại biểu dân cử, "
                "Mặt trận...), nên không xét vượt cấp."
            )
            if primary
            else "Đơn không ghi nơi nhận."
        )
        competent = competence.level if competence else _guess_level(case)
        return Overreaching(
            False,
            addressee_level,
            competent,
            reason,
            evidence,
            competence.body if competence else None,
            "not_administrative",
        )
    if competence is None:
        return Overreaching(
            False,
            addressee_level,
            _guess_level(case),
            "Chưa xác định được người, cơ quan bị "
            "khiếu nại, tố cáo hoặc cấp phụ trách vấn đề nên chưa đủ căn cứ xác định vượt cấp.",
            evidence,
            rule="unknown_subject",
        )
    return _judge(case, primary.name, addressee_level, competence, evidence)


def _judge(
    case: Case, addressee: str, level: Level, competence: Competence, evidence: list[Span]
) -> Overreaching:
    effective = case.era_level(level)
    belongs = competence.next_level or competence.level  # where this letter should have gone
    sent = f"Đơn {_KIND_VI[case.label]} gửi {addressee} ({level_name(level)})"
    result = functools.partial(
        Overreaching,
        addressee_level=level,
        competent_level=competence.level,
        competent_body=competence.body,
        rule=competence.rule,
        next_level=competence.next_level,
    )
    if LEVEL_ORDER[effective] > LEVEL_ORDER[competence.level] and not case.prior:
        if not case.subject_is_known:
            # Only a body the letter merely names somewhere points lower: too little to send it back.
            reason = (
                f"{sent}; cấp có thẩm quyền có thể là {level_name(competence.level)} ({competence.body}), "
                "nhưng đơn không nêu rõ quyết định, hành vi hay người bị khiếu nại, tố cáo nên chưa đủ căn "
                "cứ xác định vượt cấp."
            )
            return result(flag=False, reason=reason, evidence=evidence, rule=f"{competence.rule}_unsure")
        action = "hướng dẫn người khiếu nại gửi đơn" if case.label == "complaint" else "chuyển đơn"
        reason = (
            f"{sent}, trong khi {competence.basis}; đơn không cho thấy cấp có thẩm quyền đã giải quyết. "
            f"Đề nghị {action} đến {competence.body}."
        )
        return result(flag=True, reason=reason, evidence=evidence)
    evidence = [*evidence, *case.prior[:2]]
    if effective == belongs:
        reason = f"{sent}: đúng cấp có thẩm quyền ({competence.body}); {competence.basis}."
    elif LEVEL_ORDER[effective] > LEVEL_ORDER[belongs]:
        reason = (
            f"{sent}, cao hơn cấp có thẩm quyền ({competence.body}), nhưng đơn cho thấy cấp dưới đã giải "
            f"quyết hoặc quá hạn chưa giải quyết{_quoted(case.prior)} nên không vượt cấp."
        )
    else:
        reason = f"{sent}, thấp hơn cấp có thẩm quyền; đơn thuộc thẩm quyền của {competence.body}."
    return result(flag=False, reason=reason, evidence=evidence)


def _quoted(spans: list[Span]) -> str:
    return f' ("{spans[0].text}")' if spans else ""


def _subject_span(case: Case) -> Span | None:
    if case.target is not None:
        return case.target.span
    return case.document.span if case.document else None


def _addressed_level(case: Case) -> Level | None:
    primary = case.parsed.structure.primary_addressee
    return case.era_level(primary.level) if primary and primary.level in LEVEL_ORDER else None


def _guess_level(case: Case) -> Level:
    """A level to report when no rule decides: the subject's, else the one addressed, else the commune,
    where most matters start; for a letter that is not a petition, the one addressed first."""
    if case.label not in PETITION_LABELS:  # a request for a service goes to the body that provides it
        return _addressed_level(case) or case.subject_level or "commune"
    return case.subject_level or _addressed_level(case) or "commune"
