"""Where the pieces go on the page, per form: a full letter, a filled-in published form, a life story, a web
portal submission, a reader's letter to a newspaper, a letter with several contents.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace

from training.generator import parts
from training.generator.grammar import expand, sub_rng
from training.generator.pieces import Pieces
from training.generator.plan import LetterPlan


@dataclass
class Draft:
    lines: list[str]
    title: str | None
    addressees: list[str] = field(default_factory=list)
    named_petitioner: bool = True
    date_text: str | None = None
    claim_text: str = ""
    body_start: int = 0  # index of the first body line: noise of style applies from here


def _paragraphs(sentences: list[str], rng: random.Random) -> list[str]:
    out: list[str] = []
    current: list[str] = []
    for sentence in sentences:
        current.append(sentence)
        if len(current) >= rng.randint(1, 4):
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return out


def _requests_block(pieces: Pieces, rng: random.Random) -> list[str]:
    requests = pieces.requests
    if pieces.request_lead and len(requests) > 1:
        marker = rng.choice(("{n}. ", "- ", "{n}) ", "+ "))
        return [pieces.request_lead] + [marker.format(n=i) + text for i, text in enumerate(requests, start=1)]
    return _paragraphs(requests, rng)


def _body(plan: LetterPlan, pieces: Pieces, rng: random.Random) -> list[str]:
    """The body in one of three orders: purpose first, story first, or purpose folded into the ask."""
    facts = list(pieces.facts)
    grounds = list(pieces.grounds)
    for extra in pieces.extras:
        target = grounds if grounds and rng.random() < 0.5 else facts
        target.insert(rng.randint(0, len(target)), extra)
    story = pieces.background + facts + pieces.consequences
    order = rng.random()
    lines: list[str] = []
    if pieces.resent and rng.random() < 0.6:
        lines.append(pieces.resent)
    if order < 0.5:
        lines.append(pieces.claim)
        if pieces.fact_lead:
            lines.append(pieces.fact_lead)
        lines += _paragraphs(story, rng)
        lines += _paragraphs(pieces.prior, rng)
        lines += _paragraphs(grounds, rng)
    elif order < 0.85:
        if pieces.fact_lead:
            lines.append(pieces.fact_lead)
        lines += _paragraphs(story, rng)
        lines += _paragraphs(pieces.prior, rng)
        lines += _paragraphs(grounds, rng)
        lines.append(pieces.claim)
    else:
        lines += _paragraphs(story + pieces.prior, rng)
        lines += _paragraphs([pieces.claim] + grounds, rng)
    for index, secondary in enumerate(pieces.secondary):
        block = [secondary[0], " ".join(part for part in secondary[1:] if part)]
        if index == 0 and rng.random() < 0.2 and len(lines) > 2:
            lines[1:1] = block  # a side matter told early; the main ask still closes the letter
        else:
            lines += block
    if pieces.bypass:
        lines.append(pieces.bypass)
    if pieces.resent and pieces.resent not in lines:
        lines.append(pieces.resent)
    if pieces.recap:
        lines.append(pieces.recap)
    if pieces.appeal and rng.random() < 0.5:
        lines.append(pieces.appeal)
    lines += _requests_block(pieces, rng)
    if pieces.appeal and pieces.appeal not in lines:
        lines.append(pieces.appeal)
    if pieces.plea:
        lines.append(pieces.plea)
    return lines


def _tail(
    plan: LetterPlan, pieces: Pieces, rng: random.Random, title: str | None, date_text: str | None
) -> list[str]:
    lines: list[str] = []
    if pieces.commitment:
        lines.append(pieces.commitment)
    if pieces.closing:
        lines.append(pieces.closing)
    if pieces.attachments:
        lines.append(
            rng.choice(
                (
                    "Tài liệu kèm theo:",
                    "Hồ sơ kèm theo gồm:",
                    "Kèm theo đơn:",
                    "* Tài liệu gửi kèm:",
                    "Gửi kèm:",
                    "Các giấy tờ kèm theo:",
                    "Tài liệu, chứng cứ kèm theo:",
                    "Kèm theo:",
                    "Đính kèm:",
                    "Hồ sơ gửi kèm:",
                )
            )
        )
        lines += [f"- {item}" for item in pieces.attachments]
    lines.append("")
    if date_text:
        lines.append(date_text)
    lines += parts.signature(plan, title, rng)
    if plan.writer == "collective" and plan.signers:
        lines.append("")
        lines += parts.signer_list(plan, rng)
    return lines


def _head(
    plan: LetterPlan, pieces: Pieces, rng: random.Random, title: str | None
) -> tuple[list[str], str | None, list[str]]:
    """Letterhead, motto, date, title and "Kính gửi": lines, the date left for the bottom, recipients."""
    lines: list[str] = []
    if plan.matter.agency:
        lines += parts.agency_header(plan.matter.agency, plan, rng, pieces.subject)
    elif plan.writer == "lawyer" and plan.firm:
        lines += parts.lawyer_header(plan.firm, plan, rng)
    elif plan.writer == "organisation" and plan.firm:
        lines += parts.organisation_header(
            plan.firm, plan, rng, pieces.subject if rng.random() < 0.6 else None
        )
    motto_chance = {"formal": 0.85, "semi_literate": 0.55, "no_diacritics": 0.6}.get(plan.style, 0.95)
    if rng.random() < motto_chance:
        lines += parts.motto(rng)
    date_text = parts.date_line(plan, rng)
    bottom_date: str | None = date_text
    if rng.random() < 0.7:
        lines.append(date_text)
        bottom_date = None
    lines.append("")
    if title:
        lines.append(title)
        if not any(line.startswith("V/v") for line in lines) and rng.random() < 0.45:
            lines.append(parts.subject_line(pieces.subject, rng))
        lines.append("")
    recipients: list[str] = []
    if plan.addressees:
        block, recipients = parts.addressee_block(
            plan.addressees,
            plan.copies,
            rng,
            southern=plan.style == "semi_literate"
            and (plan.petitioner is not None and plan.petitioner.home.province_code >= 70),
        )
        lines += block + [""]
    return lines, bottom_date, recipients


def _intro(plan: LetterPlan, rng: random.Random) -> list[str]:
    if plan.matter.agency:
        return []
    if plan.writer == "anonymous":
        return parts.anonymous_intro(plan, rng)
    if plan.writer == "lawyer" and plan.firm:
        return parts.lawyer_grounds(
            plan.matter.label, plan.matter.field, plan.letter_date, rng
        ) + parts.lawyer_intro(plan.firm, plan, rng)
    if plan.writer == "organisation" and plan.firm:
        return parts.organisation_intro(plan.firm, rng)
    if plan.writer == "collective" and plan.signers:
        return parts.collective_intro(plan, rng)
    assert plan.petitioner is not None
    return parts.person_intro(plan.petitioner, plan.letter_date, rng)


def standard(plan: LetterPlan, pieces: Pieces) -> Draft:
    rng = sub_rng(plan.seed, "layout")
    title = parts.choose_title(plan, sub_rng(plan.seed, "title"))
    head, bottom_date, recipients = _head(plan, pieces, rng, title)
    intro = _intro(plan, sub_rng(plan.seed, "intro"))
    if plan.writer == "lawyer" and rng.random() < 0.6:
        body = _lawyer_body(pieces, sub_rng(plan.seed, "body"))
    else:
        body = _body(plan, pieces, sub_rng(plan.seed, "body"))
    lines = head + intro + [""]
    start = len(lines)
    lines += body + _tail(plan, pieces, rng, title, bottom_date)
    return Draft(
        lines, title, recipients, plan.writer != "anonymous", _date_of(head, bottom_date), pieces.claim, start
    )


def _date_of(head: list[str], bottom: str | None) -> str | None:
    if bottom:
        return bottom
    for line in head:
        if ", ngày " in line:
            return line
    return None


def _lawyer_body(pieces: Pieces, rng: random.Random) -> list[str]:
    """A law firm's letter in three headed parts: the facts, the legal argument, the requests."""
    headings = rng.choice(
        (
            ("I. NỘI DUNG SỰ VIỆC", "II. CĂN CỨ VÀ LẬP LUẬN", "III. ĐỀ NGHỊ"),
            ("1. Tóm tắt vụ việc", "2. Quan điểm của luật sư", "3. Yêu cầu"),
            ("A. Diễn biến sự việc", "B. Cơ sở pháp lý", "C. Kiến nghị"),
            ("I. Sự việc", "II. Ý kiến pháp lý", "III. Đề nghị cụ thể"),
            ("1. Về sự việc", "2. Về căn cứ pháp lý", "3. Về yêu cầu giải quyết"),
        )
    )
    facts = [pieces.claim] + _paragraphs(pieces.background + pieces.facts + pieces.prior, rng)
    argument = _paragraphs(pieces.grounds + pieces.extras, rng) or [pieces.claim]
    asks = [*(_paragraphs(pieces.requests, rng)), *([pieces.plea] if pieces.plea else [])]
    for secondary in pieces.secondary:
        facts += [secondary[0], " ".join(part for part in secondary[1:] if part)]
    return [headings[0], *facts, headings[1], *argument, headings[2], *asks]


def story(plan: LetterPlan, pieces: Pieces) -> Draft:
    """Mostly narrative: how life went, what happened, one request at the very end."""
    rng = sub_rng(plan.seed, "layout")
    title = parts.choose_title(plan, sub_rng(plan.seed, "title"))
    head, bottom_date, recipients = _head(plan, pieces, rng, title)
    intro = _intro(plan, sub_rng(plan.seed, "intro"))
    background = list(pieces.story_background)
    narrative = (
        background[:1] + pieces.facts + background[1:] + pieces.consequences + pieces.extras + pieces.prior
    )
    request = pieces.requests[0] if pieces.requests else pieces.claim
    body = _paragraphs(narrative, rng)
    if rng.random() < 0.5:
        body.append(pieces.claim)
    if pieces.resent:
        body.append(pieces.resent)
    body.append(request)
    lines = head + intro + [""]
    start = len(lines)
    lines += body + _tail(plan, replace(pieces, commitment=None, attachments=[]), rng, title, bottom_date)
    return Draft(
        lines, title, recipients, plan.writer != "anonymous", _date_of(head, bottom_date), pieces.claim, start
    )


def portal(plan: LetterPlan, pieces: Pieces) -> Draft:
    """A citizens' portal submission: two to five sentences, no header, no "Kính gửi", maybe a sender line."""
    rng = sub_rng(plan.seed, "layout")
    # the claim says what the submission is about; a few facts and one ask follow
    sentences = [pieces.claim, *pieces.facts[: rng.randint(1, 3 - min(2, len(pieces.prior)))]]
    if rng.random() < 0.4:
        sentences = sentences[1:] + sentences[:1]
    sentences += pieces.prior[:2]  # a portal message still says the lower level already decided
    sentences.append(pieces.requests[0] if pieces.requests else "")
    sentences = [sentence for sentence in sentences if sentence][:5]
    lines = [" ".join(sentences)] if rng.random() < 0.6 else sentences
    named = plan.petitioner is not None and plan.writer != "anonymous" and rng.random() < 0.75
    if named and plan.petitioner is not None:
        person = plan.petitioner
        lines.append(
            rng.choice(
                (
                    f"Người gửi: {person.name} - {person.home.commune}, {person.home.province} - ĐT: "
                    f"{person.phone}",
                    f"Họ tên: {person.name} | Địa chỉ: {person.home.address()} | Số điện thoại: "
                    f"{person.phone}",
                    f"{person.name}, {person.home.village}, {person.home.commune}",
                )
            )
        )
    date_text = None
    if rng.random() < 0.45:
        day = plan.letter_date
        lead = rng.choice(("Ngày gửi", "Thời gian gửi", "Gửi lúc"))
        date_text = f"{lead}: {day.day:02d}/{day.month:02d}/{day.year}"
        lines.append(date_text)
    return Draft(lines, None, [], named, date_text, pieces.claim, 0)


def newspaper(plan: LetterPlan, pieces: Pieces) -> Draft:
    """A reader's letter to a newspaper's "Bạn đọc" column, asking the paper to pass the matter on."""
    rng = sub_rng(plan.seed, "layout")
    recipients: list[str] = []
    lines: list[str] = []
    if plan.addressees:
        column = plan.addressees[0]
        lead = rng.choice(("Kính gửi", "Kính gửi", "Gửi"))
        name = column.name if rng.random() < 0.7 else column.short
        lines.append(f"{lead} {name},")
        recipients = [name]
    person = plan.petitioner
    if person is not None and plan.writer != "anonymous":
        lines.append(
            rng.choice(
                (
                    f"Tôi là {person.name}, {plan.letter_date.year - person.birth_year} tuổi, ở "
                    f"{person.home.address()}.",
                    f"Tôi tên {person.name}, hiện sống tại {person.home.village}, {person.home.commune}.",
                    f"Tôi là bạn đọc lâu năm của Quý báo, hiện ở {person.home.address(with_village=False)}.",
                )
            )
        )
    body = [pieces.claim] if rng.random() < 0.6 else []
    body += pieces.facts + pieces.prior + pieces.grounds[:1] + pieces.extras[:1]
    lines += _paragraphs(body, rng)
    lines += pieces.requests[:1]
    if pieces.plea:
        lines.append(pieces.plea)
    if pieces.closing:
        lines.append(pieces.closing)
    named = False
    if person is not None and plan.writer != "anonymous":
        lines.append(f"Bạn đọc {person.name}" if rng.random() < 0.6 else person.name)
        named = True
        if rng.random() < 0.4:
            lines.append(f"ĐT: {person.phone}")
    date_text = None
    if rng.random() < 0.4:
        date_text = parts.date_line(plan, rng)
        lines.append(date_text)
    return Draft(lines, None, recipients, named, date_text, pieces.claim, 1 if recipients else 0)


_TEMPLATE_FIELDS = {
    "complaint": (
        "{Họ và tên|Họ tên|Tên} người khiếu nại",
        "{Tên cơ quan, tổ chức, cá nhân bị khiếu nại|Cơ quan, người bị khiếu nại|Người, cơ quan bị khiếu "
        "nại}",
        "{Khiếu nại quyết định, hành vi|Quyết định, hành vi bị khiếu nại|Khiếu nại về việc}",
        "{Nội dung khiếu nại|Tóm tắt nội dung khiếu nại|Nội dung cụ thể|Lý do khiếu nại|Trình bày sự việc}",
        "{Yêu cầu của người khiếu nại|Yêu cầu giải quyết|Đề nghị|Yêu cầu}",
    ),
    "denunciation": (
        "{Họ và tên|Họ tên|Tên} người tố cáo",
        "{Họ tên, chức vụ người bị tố cáo|Người bị tố cáo|Cơ quan, cá nhân bị tố cáo|Tên người bị tố cáo}",
        "{Hành vi vi phạm bị tố cáo|Hành vi bị tố cáo|Tố cáo về việc}",
        "{Nội dung tố cáo|Nội dung cụ thể|Tóm tắt hành vi vi phạm|Trình bày sự việc}",
        "{Đề nghị của người tố cáo|Đề nghị xử lý|Yêu cầu|Đề nghị}",
    ),
    "recommendation": (
        "{Họ và tên|Họ tên|Tên} người {kiến nghị, phản ánh|kiến nghị|phản ánh}",
        "{Cơ quan, lĩnh vực liên quan|Lĩnh vực|Cơ quan có trách nhiệm}",
        "{Vấn đề kiến nghị, phản ánh|Về việc|Vấn đề phản ánh}",
        "{Nội dung kiến nghị, phản ánh|Nội dung cụ thể|Nội dung|Trình bày sự việc}",
        "{Đề xuất|Kiến nghị|Đề nghị|Đề xuất, kiến nghị}",
    ),
    None: (
        "{Họ và tên|Họ tên|Tôi tên là|Tên tôi là}",
        "{Nơi nhận đơn|Cơ quan giải quyết|Liên quan đến}",
        "{Về việc|Nội dung đề nghị|V/v}",
        "{Nội dung trình bày|Nội dung|Lý do|Trình bày sự việc}",
        "{Đề nghị|Nguyện vọng|Yêu cầu}",
    ),
}
BLANK = "......................"


def template(plan: LetterPlan, pieces: Pieces) -> Draft:
    """A published form with dotted blanks, filled by hand; the writer picks the form they think fits."""
    rng = sub_rng(plan.seed, "layout")
    title = parts.choose_title(plan, sub_rng(plan.seed, "title")) or "ĐƠN"
    kind = parts.title_type(title)
    if kind is None and plan.matter.label != "other":
        kind = plan.matter.label
    labels = [expand(label, rng) for label in _TEMPLATE_FIELDS.get(kind, _TEMPLATE_FIELDS[None])]
    head = parts.motto(rng)
    date_text = parts.date_line(plan, rng)
    lines = [*head, "", title, ""]
    recipients: list[str] = []
    if plan.addressees:
        written = plan.addressees[0].name if rng.random() < 0.6 else plan.addressees[0].short
        lines.append(f"Kính gửi: {written}")
        recipients = [written]
    else:
        lines.append(f"Kính gửi: {BLANK}")
    person = plan.petitioner

    def blank_or(value: str) -> str:
        return BLANK if rng.random() < 0.22 else value

    if person is not None and plan.writer != "anonymous":
        lines.append(f"{labels[0]}: {person.name}")
        id_label = rng.choice(
            ("Số CCCD/CMND", "CCCD số", "Số định danh cá nhân", "CMND/CCCD", "Giấy tờ tùy thân số")
        )
        issued = rng.choice(
            (f"  Ngày cấp: {BLANK}  Nơi cấp: {BLANK}", f", cấp ngày {BLANK}", "", f"  Ngày cấp: {BLANK}")
        )
        lines.append(f"{id_label}: {blank_or(person.id_number)}{issued}")
        lines.append(
            f"{rng.choice(('Địa chỉ', 'Nơi cư trú', 'Địa chỉ liên hệ', 'Hộ khẩu thường trú'))}: "
            f"{blank_or(person.home.address())}"
        )
        lines.append(
            f"{rng.choice(('Số điện thoại', 'Điện thoại', 'ĐT liên hệ', 'SĐT'))}: {blank_or(person.phone)}"
        )
    else:
        lines.append(f"{labels[0]}: {BLANK}")
    lines.append(f"{labels[1]}: {blank_or(_template_target(plan, pieces))}")
    lines.append(f"{labels[2]}: {blank_or(pieces.subject)}")
    start = len(lines)
    lines.append(f"{labels[3]}:")
    lines += _paragraphs(pieces.facts + pieces.prior + pieces.grounds[:2], rng)
    lines.append(f"{labels[4]}: " + " ".join(pieces.requests[:2]))
    if rng.random() < 0.6:
        lead = rng.choice(
            ("Tài liệu, chứng cứ kèm theo (nếu có)", "Tài liệu kèm theo", "Chứng cứ kèm theo", "Kèm theo")
        )
        lines.append(f"{lead}: {', '.join(pieces.attachments) or BLANK}")
    lines.append(date_text)
    lines += parts.signature(plan, title, rng)
    named = person is not None and plan.writer != "anonymous"
    return Draft(lines, title, recipients, named, date_text, pieces.subject, start)


def _template_target(plan: LetterPlan, pieces: Pieces) -> str:
    """Whom the letter is about, as the writer fills the second blank of the form."""
    matter = plan.matter
    if matter.label == "complaint":
        return str(matter.slots.get("issuer_body", matter.competent.short))
    if matter.label == "denunciation":
        name = matter.slots.get("accused_name", "")
        return f"{name}, {matter.target}" if name else str(matter.target)
    return matter.competent.short if matter.label == "recommendation" else pieces.subject
