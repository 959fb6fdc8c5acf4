"""The fixed parts around a letter's body: national motto, letterheads, date line, title, "Kính gửi" block,
the writer's self-introduction and the signature block. Each has several layouts clerks actually see.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from training.generator.bodies import Body
from training.generator.grammar import expand
from training.generator.matter import Label
from training.generator.people import Person
from training.generator.plan import Firm, LetterPlan
from training.generator.writing import fmt_date, fmt_date_line

_MOTTO_TOP = (
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Cộng hòa xã hội chủ nghĩa Việt Nam",
)
_MOTTO_BOTTOM = (
    "Độc lập - Tự do - Hạnh phúc",
    "Độc lập – Tự do – Hạnh phúc",
    "Độc lập - Tự do - Hạnh Phúc",
    "ĐỘC LẬP - TỰ DO - HẠNH PHÚC",
)
_RULES = ("---------------", "-----o0o-----", "***", "________", "---oOo---", "")


def motto(rng: random.Random) -> list[str]:
    lines = [
        rng.choices(_MOTTO_TOP, weights=(6, 3, 1))[0],
        rng.choices(_MOTTO_BOTTOM, weights=(6, 3, 1, 1))[0],
    ]
    rule = rng.choice(_RULES)
    return lines + ([rule] if rule else [])


def date_line(plan: LetterPlan, rng: random.Random) -> str:
    """Letters are dated where they are written: the writer's commune, district town or province."""
    home = plan.petitioner.home if plan.petitioner else None
    if home is None:
        return fmt_date_line(
            str(plan.matter.slots.get("commune", "")).split(" ", 1)[-1].title(), plan.letter_date, rng
        )
    roll = rng.random()
    if roll < 0.6:
        place = home.commune_name
    elif roll < 0.8 and home.district_name:
        place = home.district_name
    else:
        place = home.province_name
    return fmt_date_line(place, plan.letter_date, rng)


# --- titles -----------------------------------------------------------------------------------------------

_MATCH: dict[Label, tuple[str, ...]] = {
    "complaint": (
        "ĐƠN KHIẾU NẠI",
        "ĐƠN KHIẾU NẠI",
        "ĐƠN KHIẾU NẠI",
        "ĐƠN KHIẾU NẠI",
        "Đơn khiếu nại",
        "ĐƠN KHIẾU NẠI QUYẾT ĐỊNH HÀNH CHÍNH",
        "ĐƠN ĐỀ NGHỊ XEM XÉT LẠI QUYẾT ĐỊNH",
        "ĐƠN KHIẾU NẠI VÀ ĐỀ NGHỊ GIẢI QUYẾT",
        "ĐƠN KHIẾU NẠI (lần đầu)",
        "ĐƠN KHIẾU NẠI KHẨN THIẾT",
        "Đơn khiếu nại quyết định",
        "ĐƠN KHIẾU NẠI HÀNH CHÍNH",
    ),
    "denunciation": (
        "ĐƠN TỐ CÁO",
        "ĐƠN TỐ CÁO",
        "ĐƠN TỐ CÁO",
        "ĐƠN TỐ CÁO",
        "Đơn tố cáo",
        "ĐƠN TỐ CÁO HÀNH VI VI PHẠM PHÁP LUẬT",
        "ĐƠN TỐ CÁO VÀ ĐỀ NGHỊ XỬ LÝ",
        "ĐƠN TỐ CÁO SAI PHẠM",
        "ĐƠN TỐ CÁO CÁN BỘ",
        "Đơn tố cáo hành vi sai phạm",
        "ĐƠN TỐ CÁO KHẨN",
    ),
    "recommendation": (
        "ĐƠN KIẾN NGHỊ",
        "ĐƠN KIẾN NGHỊ",
        "ĐƠN PHẢN ÁNH",
        "ĐƠN KIẾN NGHỊ, PHẢN ÁNH",
        "THƯ KIẾN NGHỊ",
        "ĐƠN ĐỀ NGHỊ",
        "Đơn kiến nghị",
        "ĐƠN PHẢN ÁNH, KIẾN NGHỊ",
        "ĐƠN PHẢN ÁNH",
        "Đơn phản ánh",
        "ĐƠN KIẾN NGHỊ TẬP THỂ",
        "THƯ GÓP Ý",
        "ĐƠN ĐỀ XUẤT, KIẾN NGHỊ",
    ),
    "other": ("ĐƠN ĐỀ NGHỊ",),
}
_MISLEADING: dict[Label, tuple[str, ...]] = {
    "complaint": (
        "ĐƠN TỐ CÁO",
        "ĐƠN TỐ CÁO",
        "ĐƠN KIẾN NGHỊ",
        "ĐƠN PHẢN ÁNH",
        "ĐƠN TỐ CÁO KHẨN CẤP",
        "ĐƠN KIẾN NGHỊ, PHẢN ÁNH",
    ),
    "denunciation": (
        "ĐƠN KHIẾU NẠI",
        "ĐƠN KHIẾU NẠI",
        "ĐƠN KIẾN NGHỊ",
        "ĐƠN PHẢN ÁNH",
        "ĐƠN KHIẾU NẠI KHẨN CẤP",
    ),
    "recommendation": (
        "ĐƠN KHIẾU NẠI",
        "ĐƠN KHIẾU NẠI",
        "ĐƠN TỐ CÁO",
        "ĐƠN KHIẾU NẠI TẬP THỂ",
        "ĐƠN TỐ CÁO VÀ KIẾN NGHỊ",
    ),
    "other": ("ĐƠN KHIẾU NẠI", "ĐƠN KHIẾU NẠI", "ĐƠN TỐ CÁO", "ĐƠN KIẾN NGHỊ"),
}
_GENERIC = (
    "ĐƠN TRÌNH BÀY",
    "ĐƠN KÊU CỨU",
    "ĐƠN",
    "ĐƠN THƯ",
    "ĐƠN XIN GIÚP ĐỠ",
    "ĐƠN KHẨN CẤP",
    "ĐƠN ĐỀ NGHỊ",
)
# Scenarios whose content cannot sensibly carry another label's title (a thank-you note titled "tố cáo").
NO_MISLEADING = frozenset(
    {
        "thanks",
        "agency_letter",
        "withdraw",
        "school_transfer",
        "fee_exemption",
        "insurance_card",
        "business_registration",
        "civil_extract",
    }
)


def choose_title(plan: LetterPlan, rng: random.Random) -> str | None:
    matter = plan.matter
    if plan.title_kind == "none":
        return None
    if plan.title_kind == "misleading":
        options = _MISLEADING[matter.label]
        if matter.label == "recommendation" and plan.writer != "collective":
            options = tuple(t for t in options if "TẬP THỂ" not in t)
        return rng.choice(options)
    if plan.title_kind == "generic":
        return rng.choice(_GENERIC)
    if matter.titles:
        return rng.choice(matter.titles)
    options = _MATCH[matter.label]
    if matter.label == "denunciation" and matter.scenario not in ("fraud_crime", "gambling_den"):
        options = tuple(t for t in options if "GIÁC" not in t)
    if (
        matter.label == "denunciation"
        and matter.scenario in ("fraud_crime", "gambling_den")
        and rng.random() < 0.5
    ):
        return rng.choice(("ĐƠN TỐ GIÁC", "ĐƠN TỐ GIÁC TỘI PHẠM", "ĐƠN TRÌNH BÁO"))
    if matter.label == "complaint" and matter.prior_resolution and rng.random() < 0.5:
        return rng.choice(("ĐƠN KHIẾU NẠI (Lần 2)", "ĐƠN KHIẾU NẠI LẦN HAI", "ĐƠN KHIẾU NẠI (lần thứ hai)"))
    return rng.choice(options)


def title_type(title: str | None) -> str | None:
    """The kind of letter the writer believes it is, which also names the signer ("Người tố cáo")."""
    if not title:
        return None
    upper = title.upper()
    if "KHIẾU NẠI" in upper:
        return "complaint"
    if "TỐ CÁO" in upper or "TỐ GIÁC" in upper or "TRÌNH BÁO" in upper:
        return "denunciation"
    if "KIẾN NGHỊ" in upper or "PHẢN ÁNH" in upper:
        return "recommendation"
    return None


_ROLE_WORDS = {
    "complaint": ("Người khiếu nại", "NGƯỜI KHIẾU NẠI"),
    "denunciation": ("Người tố cáo", "NGƯỜI TỐ CÁO"),
    "recommendation": ("Người kiến nghị", "Người phản ánh", "NGƯỜI KIẾN NGHỊ"),
    None: (
        "Người làm đơn",
        "NGƯỜI LÀM ĐƠN",
        "Người viết đơn",
        "Kính đơn",
        "Người đề nghị",
        "Người trình bày",
    ),
}


def role_word(title: str | None, rng: random.Random) -> str:
    kind = title_type(title)
    if kind is not None and rng.random() < 0.55:
        return rng.choice(_ROLE_WORDS[kind])
    return rng.choice(_ROLE_WORDS[None])


def subject_line(pattern_text: str, rng: random.Random) -> str:
    lead = rng.choice(("V/v: ", "(V/v ", "Về việc: ", "V/v ", "(Về việc: "))
    text = pattern_text[0].lower() + pattern_text[1:]
    return f"{lead}{text})" if lead.startswith("(") else f"{lead}{text}"


# --- "Kính gửi" -------------------------------------------------------------------------------------------


def _written(body: Body, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.45:
        return body.name
    if roll < 0.85:
        return body.short
    return body.name.upper()


def addressee_block(
    addressees: Sequence[Body], copies: Sequence[Body], rng: random.Random, *, southern: bool
) -> tuple[list[str], list[str]]:
    """The lines of the block and the recipients as written, primary first."""
    lead = (
        "Kính gởi"
        if southern and rng.random() < 0.5
        else rng.choices(("Kính gửi", "KÍNH GỬI", "Kính gửi"), (6, 1, 2))[0]
    )
    names = [_written(body, rng) for body in addressees]
    cc_names = [_written(body, rng) for body in copies]
    lines: list[str] = []
    if len(names) == 1:
        lines.append(f"{lead}{rng.choice((': ', ': ', ' '))}{names[0]}")
    else:
        lines.append(f"{lead}:")
        bullet = rng.choice(("- ", "- ", "+ ", "• "))
        for index, name in enumerate(names):
            end = "." if index == len(names) - 1 else ";"
            lines.append(f"{bullet}{name}{end}")
    if cc_names:
        cc_lead = rng.choice(("Đồng kính gửi", "Đồng kính gửi", "ĐỒNG KÍNH GỬI", "Đồng gửi"))
        if len(cc_names) > 1 and rng.random() < 0.5:
            lines.append(f"{cc_lead}:")
            lines.extend(f"- {name};" for name in cc_names)
        else:
            lines.append(f"{cc_lead}: " + "; ".join(cc_names) + ".")
    return lines, names + cc_names


def addressee_ref(primary: Body | None) -> list[str]:
    """How the body is named inside sentences; always four options so every letter draws the same way."""
    if primary is None:
        return ["cơ quan chức năng", "chính quyền", "các cấp có thẩm quyền", "cơ quan có thẩm quyền"]
    if primary.level == "none":
        return [
            "các cơ quan chức năng",
            "cơ quan có thẩm quyền",
            "các cấp chính quyền",
            "các cơ quan chức năng",
        ]
    name = primary.short
    if name.startswith("Chủ tịch"):
        return ["đồng chí Chủ tịch", name, "Quý cơ quan", "lãnh đạo"]
    if name.startswith(("Thủ trưởng", "Giám đốc", "Trưởng", "Chánh", "Ban Giám hiệu")):
        return ["Quý cơ quan", name, "Quý cơ quan", "lãnh đạo"]
    if name.startswith(("UBND", "Ủy ban", "UB ")):
        return ["Quý cơ quan", "Ủy ban", name, "Quý Ủy ban"]
    return ["Quý cơ quan", name, "Quý cơ quan", "lãnh đạo " + name]


# --- who writes -------------------------------------------------------------------------------------------


def _id_issuer(person: Person, rng: random.Random) -> str:
    if person.id_kind == "CCCD":
        if person.id_issued.year >= 2024 and person.id_issued.month >= 7:
            return "Bộ Công an"  # cards issued under the 2023 Identity Law
        return rng.choice(
            (
                "Cục Cảnh sát quản lý hành chính về trật tự xã hội",
                "Cục Cảnh sát QLHC về TTXH",
                "Cục CS QLHC về TTXH",
                "Cục Cảnh sát ĐKQL cư trú và DLQG về dân cư",
            )
        )
    return rng.choice(
        (
            f"Công an {person.home.province}",
            f"CA {person.home.province}",
            f"Công an {person.home.province_name}",
        )
    )


def _age(person: Person, on: date) -> int:
    return on.year - person.birth_year


def person_intro(person: Person, on: date, rng: random.Random, *, role: str | None = None) -> list[str]:
    """A petitioner's self-introduction, as labelled lines or as one sentence, some details left out."""
    home = person.home.address()
    issued = fmt_date(person.id_issued, rng)
    has_id, has_phone, has_year = rng.random() < 0.75, rng.random() < 0.65, rng.random() < 0.8
    if rng.random() < 0.55:
        head = role or rng.choice(("Tôi tên là", "Họ và tên", "Tôi là", "Họ tên người làm đơn"))
        lines = [
            f"{head}: {person.name}"
            + (f", sinh năm {person.birth_year}" if has_year and rng.random() < 0.6 else "")
        ]
        if has_year and "sinh năm" not in lines[0]:
            lines.append(f"{rng.choice(('Sinh năm', 'Năm sinh', 'Ngày sinh'))}: {person.birth_year}")
        if has_id:
            label = (
                rng.choice(("Số CCCD", "CCCD số", "Căn cước công dân số"))
                if person.id_kind == "CCCD"
                else rng.choice(("CMND số", "Số CMND", "Chứng minh nhân dân số"))
            )
            tail = f", cấp ngày {issued}" + (f" tại {_id_issuer(person, rng)}" if rng.random() < 0.5 else "")
            lines.append(f"{label}: {person.id_number}" + (tail if rng.random() < 0.7 else ""))
        lines.append(
            f"{rng.choice(('Địa chỉ', 'Địa chỉ thường trú', 'Nơi cư trú', 'Trú tại', 'Chỗ ở hiện nay'))}: "
            f"{home}"
        )
        if has_phone:
            lines.append(
                f"{rng.choice(('Điện thoại', 'Số điện thoại', 'SĐT', 'Điện thoại liên hệ'))}: {person.phone}"
            )
        return lines
    parts = [rng.choice(("Tôi là", "Tôi tên là", "Tên tôi là", "Tôi là công dân")) + f" {person.name}"]
    if has_year:
        parts.append(
            rng.choice(
                (
                    f"sinh năm {person.birth_year}",
                    f"năm nay {_age(person, on)} tuổi",
                    f"({person.birth_year})",
                )
            )
        )
    if has_id:
        parts.append(
            f"{person.id_kind} số {person.id_number}" + (f" cấp ngày {issued}" if rng.random() < 0.4 else "")
        )
    parts.append(f"{rng.choice(('trú tại', 'hiện cư trú tại', 'ngụ tại', 'thường trú tại'))} {home}")
    if has_phone:
        parts.append(f"{rng.choice(('số điện thoại', 'điện thoại liên hệ', 'ĐT'))} {person.phone}")
    sentence = parts[0] + (" " if parts[1].startswith("(") else ", ") + ", ".join(parts[1:]) + "."
    return [sentence.replace(" ,", ",")]


def collective_intro(plan: LetterPlan, rng: random.Random) -> list[str]:
    first = plan.signers[0]
    place = first.home
    count = len(plan.signers) + rng.randint(0, 40)
    lines = [
        expand(
            "{Chúng tôi gồm|Chúng tôi là|Chúng tôi gồm có} <count> {hộ dân|hộ gia đình|người dân|công dân} "
            "{đang sinh sống|cư trú|thường trú} tại <where>[, {có|có họ tên và} chữ ký {trong danh "
            "sách|trong bản danh sách} kèm theo].",
            rng,
            {"count": str(count), "where": place.address()},
        )
    ]
    representatives = plan.signers[: rng.randint(1, min(3, len(plan.signers)))]
    if rng.random() < 0.7:
        lead = rng.choice(("Đại diện", "Người đại diện", "Đại diện các hộ", "Những người đại diện"))
        entries = [
            f"{person.honorific.capitalize()} {person.name}, sinh năm {person.birth_year}"
            + (f", {person.id_kind} số {person.id_number}" if rng.random() < 0.5 else "")
            + (f", điện thoại {person.phone}" if rng.random() < 0.5 else "")
            for person in representatives
        ]
        if len(entries) == 1:
            lines.append(f"{lead}: {entries[0]}")
        else:
            lines.append(f"{lead}:")
            lines += [
                f"{index}. {entry}" if rng.random() < 0.5 else f"- {entry}"
                for index, entry in enumerate(entries, 1)
            ]
    return lines


def lawyer_header(firm: Firm, plan: LetterPlan, rng: random.Random) -> list[str]:
    number = f"Số: {rng.randint(3, 480)}/{plan.letter_date.year}/{rng.choice(('CV', 'CV-LS', 'TB-LS'))}"
    return [firm.name.upper(), f"Địa chỉ: {firm.address}", number]


def lawyer_intro(firm: Firm, plan: LetterPlan, rng: random.Random) -> list[str]:
    client = plan.petitioner
    assert client is not None
    contract = f"{rng.randint(10, 999)}/{plan.letter_date.year}/{rng.choice(('HĐDV', 'HĐDVPL', 'HĐ-LS'))}"
    lawyer = firm.representative
    return [
        expand(
            "{Chúng tôi|<firm>} là tổ chức hành nghề luật sư[, do Luật sư <lawyer> {làm đại diện|đại diện}], "
            "{được|đã được} <hon> <client> (<kind> số <id>, {trú tại|địa chỉ} <home>) ủy quyền {theo|tại} "
            "{Hợp đồng dịch vụ pháp lý|Giấy ủy quyền} số <contract> {để|} {thay mặt|đại diện} {trình bày|làm "
            "việc} về {vụ việc|nội dung} dưới đây.",
            rng,
            {
                "firm": firm.name,
                "lawyer": lawyer.name,
                "hon": client.honorific,
                "client": client.name,
                "kind": client.id_kind,
                "id": client.id_number,
                "home": client.home.address(),
                "contract": contract,
            },
        )
    ]


_LAWS: dict[Label, tuple[str, ...]] = {
    "complaint": (
        "Căn cứ {Luật Khiếu nại năm 2011|Luật Khiếu nại số 02/2011/QH13|Luật Khiếu nại ngày 11/11/2011|quy "
        "định của Luật Khiếu nại}[ và các văn bản hướng dẫn thi hành];",
        "Căn cứ Nghị định {số 124/2020/NĐ-CP|124/2020/NĐ-CP} {ngày 19/10/2020|ngày 19 tháng 10 năm 2020|}[ "
        "của Chính phủ][ quy định chi tiết một số điều và biện pháp thi hành Luật Khiếu nại];",
    ),
    "denunciation": (
        "Căn cứ {Luật Tố cáo năm 2018|Luật Tố cáo số 25/2018/QH14|Luật Tố cáo ngày 12/6/2018|quy định của "
        "Luật Tố cáo}[ và các văn bản hướng dẫn thi hành];",
        "Căn cứ Nghị định {số 31/2019/NĐ-CP|31/2019/NĐ-CP} {ngày 10/4/2019|ngày 10 tháng 4 năm 2019|}[ của "
        "Chính phủ];",
    ),
    "recommendation": (
        "Căn cứ {Luật Tiếp công dân năm 2013|Luật Tiếp công dân số 42/2013/QH13|Luật Tiếp công dân};",
    ),
    "other": ("Căn cứ {Bộ luật Dân sự năm 2015|Bộ luật Dân sự số 91/2015/QH13|Bộ luật Dân sự};",),
}
_FIELD_LAWS = {
    "land": (
        "Căn cứ {Luật Đất đai năm 2013|Luật Đất đai số 45/2013/QH13};",
        "Căn cứ {Luật Đất đai năm 2024|Luật Đất đai số 31/2024/QH15};",
    ),
    "compensation": (
        "Căn cứ {Luật Đất đai năm 2013|Luật Đất đai số 45/2013/QH13};",
        "Căn cứ {Luật Đất đai năm 2024|Luật Đất đai số 31/2024/QH15};",
    ),
    "construction": ("Căn cứ Luật Xây dựng {năm 2014|số 50/2014/QH13}[ (sửa đổi, bổ sung năm 2020)];",),
    "environment": ("Căn cứ Luật Bảo vệ môi trường {năm 2020|số 72/2020/QH14};",),
    "justice": (
        "Căn cứ {Luật Thi hành án dân sự|Luật Thi hành án dân sự hiện hành};",
        "Căn cứ Bộ luật Tố tụng hình sự {năm 2015|};",
    ),
    "health": ("Căn cứ Luật Bảo hiểm y tế[ và các văn bản hướng dẫn];",),
    "social_policy": ("Căn cứ {Luật Bảo hiểm xã hội|các quy định về chính sách xã hội hiện hành};",),
}
_CASE_FILE = (
    "Căn cứ {hồ sơ, tài liệu|các tài liệu, chứng cứ|giấy tờ} {do khách hàng cung cấp|có trong hồ sơ|thân chủ "
    "cung cấp|chúng tôi thu thập được}[ và {kết quả làm việc|trao đổi} với {khách hàng|thân chủ}]."
)


def lawyer_grounds(label: Label, field: str, on: date, rng: random.Random) -> list[str]:
    """The "Căn cứ" lines a law firm puts before its argument; not every firm writes them."""
    if rng.random() < 0.3:
        return []
    lines = [expand(p, rng) for p in _LAWS[label][: rng.randint(1, len(_LAWS[label]))]]
    field_laws = _FIELD_LAWS.get(field, ())
    if field_laws and rng.random() < 0.7:
        law = (
            field_laws[-1]
            if on.year >= 2024 and len(field_laws) > 1 and rng.random() < 0.7
            else field_laws[0]
        )
        lines.append(expand(law, rng))
    if rng.random() < 0.6:
        lines.append(expand(_CASE_FILE, rng))
    return lines


def organisation_header(firm: Firm, plan: LetterPlan, rng: random.Random, subject: str | None) -> list[str]:
    initials = "".join(word[0] for word in firm.name.split()[-2:]).upper()
    lines = [firm.name.upper(), f"Số: {rng.randint(1, 320)}/{plan.letter_date.year}/CV-{initials}"]
    if subject:
        lines.append(f"V/v {subject[0].lower()}{subject[1:]}")
    return lines


def organisation_intro(firm: Firm, rng: random.Random) -> list[str]:
    rep = firm.representative
    if rng.random() < 0.5:
        return [
            f"Tên tổ chức: {firm.name}",
            f"Mã số doanh nghiệp: {firm.tax_code}",
            f"Địa chỉ trụ sở: {firm.address}",
            f"Người đại diện theo pháp luật: {rep.honorific.capitalize()} {rep.name} - Chức vụ: Giám đốc",
        ]
    return [
        f"{firm.name} (mã số doanh nghiệp {firm.tax_code}, trụ sở tại {firm.address}), do {rep.honorific} "
        f"{rep.name} - "
        f"Giám đốc làm đại diện, {rng.choice(('kính trình bày', 'xin trình bày', 'trân trọng trình bày'))} "
        "như sau:"
    ]


def agency_header(agency: str, plan: LetterPlan, rng: random.Random, subject: str | None) -> list[str]:
    code = "UBND-VP" if agency.startswith("Ủy ban") else rng.choice(("CV-THCS", "CV-TYT", "CV-TH", "CV"))
    lines = [agency.upper(), f"Số: {rng.randint(12, 890)}/{code}"]
    if subject:
        lines.append(f"V/v {subject[0].lower()}{subject[1:]}")
    return lines


def anonymous_intro(plan: LetterPlan, rng: random.Random) -> list[str]:
    if rng.random() < 0.4:
        return []
    return [
        expand(
            "Tôi là {một người dân|một cán bộ hưu trí|một đảng viên|một công dân|người trong cuộc} "
            "{sống|sinh sống|đang ở} {tại|ở} <where>[, {xin được giấu tên|xin phép giấu tên} {vì lý do an "
            "toàn|vì sợ bị trù dập|để tránh phiền phức}].",
            rng,
            {
                "where": f"{plan.matter.slots.get('village', '')}, "
                f"{plan.matter.slots.get('commune', '')}".strip(", ")
            },
        )
    ]


# --- signatures ------------------------------------------------------------------------------------------


_SIGN_NOTES = (
    "(Ký, ghi rõ họ tên)",
    "(ký và ghi rõ họ tên)",
    "(Ký, ghi rõ họ tên và số CCCD)",
    "(ký, ghi họ tên)",
    "(Ký tên, ghi rõ họ tên)",
    "(Ký, ghi rõ họ và tên)",
    "(Ký và ghi họ tên)",
    "(ký tên và ghi rõ họ tên)",
    "(Ký, ghi rõ họ tên hoặc điểm chỉ)",
    "(ký, ghi rõ họ tên người làm đơn)",
    "(Chữ ký và họ tên)",
    "(ký tên, điểm chỉ)",
    "(Ký tên)",
    "(đã ký)",
    "(chữ ký)",
    "(Ký)",
    "",
    "",
    "",
    "",
    "",
)


def signature(plan: LetterPlan, title: str | None, rng: random.Random) -> list[str]:
    if plan.writer == "anonymous":
        return [
            rng.choice(
                (
                    "Người dân",
                    "Một công dân",
                    "Nhóm công dân",
                    "Những người dân quan tâm",
                    "(Xin giấu tên)",
                    f"Người dân {plan.matter.slots.get('village', '')}",
                )
            )
        ]
    if plan.matter.agency:
        agency = plan.matter.agency
        head = (
            "CHỦ TỊCH"
            if agency.startswith("Ủy ban")
            else "TRẠM TRƯỞNG"
            if agency.startswith("Trạm")
            else "HIỆU TRƯỞNG"
        )
        lead = "TM. ỦY BAN NHÂN DÂN" if plan.matter.agency.startswith("Ủy ban") else ""
        rep = plan.firm.representative.name if plan.firm else ""
        return [
            line for line in (lead, head, "(Đã ký)", rep, "Nơi nhận:", "- Như trên;", "- Lưu: VT.") if line
        ]
    if plan.writer == "lawyer" and plan.firm is not None:
        return [
            plan.firm.name.upper(),
            rng.choice(("LUẬT SƯ ĐẠI DIỆN", "GIÁM ĐỐC", "LUẬT SƯ")),
            rng.choice(("(Đã ký)", "(Ký, đóng dấu)", "")),
            plan.firm.representative.name,
            "Nơi nhận:",
            "- Như trên;",
            "- Khách hàng;",
            "- Lưu VP.",
        ]
    if plan.writer == "organisation" and plan.firm is not None:
        return [
            rng.choice(("GIÁM ĐỐC", "TM. CÔNG TY", "ĐẠI DIỆN THEO PHÁP LUẬT", "TM. BAN QUẢN TRỊ")),
            rng.choice(("(Ký tên, đóng dấu)", "(Đã ký và đóng dấu)", "")),
            plan.firm.representative.name,
        ]
    person = plan.petitioner
    assert person is not None
    role = role_word(title, rng)
    if plan.writer == "collective":
        role = rng.choice(
            (
                "ĐẠI DIỆN CÁC HỘ DÂN",
                "Đại diện các hộ",
                "Những người làm đơn",
                "TM. CÁC HỘ DÂN",
                "Người đại diện",
                "Đại diện bà con",
                "Thay mặt các hộ",
                role,
                role,
            )
        )
    lines = [role, rng.choice(_SIGN_NOTES)]
    if rng.random() < 0.1:
        lines.append("(điểm chỉ)")
    lines.append(person.name)
    return [line for line in lines if line]


def signer_list(plan: LetterPlan, rng: random.Random) -> list[str]:
    """The list of households under a collective letter, first signer first."""
    title = expand(
        "{DANH SÁCH|Danh sách|BẢNG|Bảng} {các hộ dân|hộ gia đình|người|các hộ|những người|công dân} {ký "
        "tên|cùng ký đơn|đồng ý ký tên|ký đơn|tham gia ký|ký xác nhận}[ {kèm theo đơn|dưới đây|theo đơn}]",
        rng,
    )
    lines = [title.upper() if rng.random() < 0.4 else title + ":"]
    layout = rng.randrange(3)
    for index, person in enumerate(plan.signers, start=1):
        if layout == 0:
            lines.append(f"{index}. {person.name} - {person.home.village} - (đã ký)")
        elif layout == 1:
            lines.append(
                f"{index}. {person.honorific.capitalize()} {person.name}, sinh năm {person.birth_year}, ký "
                "tên"
            )
        else:
            lines.append(f"{index} | {person.name} | {person.home.village} | {person.id_number} | (ký)")
    if rng.random() < 0.3:
        lines.append(
            expand(
                "({và|cùng} <n> {hộ|người|hộ dân} {khác|nữa} {có chữ ký|đã ký|ký tên} {trong bản gốc|ở trang "
                "sau|trong danh sách đính kèm})",
                rng,
                {"n": str(rng.randint(3, 40))},
            )
        )
    return lines
