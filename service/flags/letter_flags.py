"""The flags a clerk sees beside the label: anonymous, collective, sent to many bodies, several contents,
complaint past its time limit. Each says why in Vietnamese and points at the words behind it."""

from __future__ import annotations

import re

from service.flags.time_limits import time_barred
from service.flags.types import Flag
from service.understanding.folding import fold
from service.understanding.types import ParsedLetter, Span

MANY_RECIPIENTS = (
    2  # one letter to two bodies is already "gửi nhiều nơi": each may forward it (TT 05 Art. 14)
)
REPRESENTATIVES_FROM = 5  # complainants from this many appoint representatives (Luật Khiếu nại Art. 8)


def assess_flags(parsed: ParsedLetter, label: str) -> list[Flag]:
    flags = [
        anonymous(parsed, label),
        collective(parsed, label),
        many_recipients(parsed),
        several_contents(parsed),
        time_barred(parsed) if label == "complaint" else None,
    ]
    return [flag for flag in flags if flag is not None]


def anonymous(parsed: ParsedLetter, label: str) -> Flag | None:
    s = parsed.structure
    if not s.anonymous:
        return None
    if label == "denunciation":
        rule = (
            "không thụ lý như đơn tố cáo, nhưng nếu nêu rõ người vi phạm và có tài liệu, chứng cứ cụ thể thì "
            "có thể kiểm tra, xác minh (Điều 25 Luật Tố cáo)"
        )
    else:
        rule = "đơn không đủ điều kiện xử lý (Điều 6 Thông tư 05/2021/TT-TTCP)"
    return Flag(
        "anonymous",
        f"Đơn không ghi rõ họ tên, địa chỉ người gửi (nặc danh): {rule}.",
        s.evidence.get("anonymous", []),
    )


def collective(parsed: ParsedLetter, label: str) -> Flag | None:
    s = parsed.structure
    signers = max(s.signer_count, len(s.petitioners))
    if not s.collective and signers < 2:
        return None
    reason = (
        f"Đơn tập thể, {signers} người ký tên." if signers >= 2 else "Đơn tập thể (nhiều người đứng tên)."
    )
    if label == "complaint" and signers >= REPRESENTATIVES_FROM:
        reason += " Khiếu nại đông người cần có văn bản cử người đại diện (Điều 8 Luật Khiếu nại)."
    elif label == "denunciation":
        reason += (
            " Mỗi người tố cáo phải ghi rõ họ tên, địa chỉ, ký tên và cử người đại diện"
            " (Điều 23 Luật Tố cáo)."
        )
    return Flag("collective", reason, s.evidence.get("collective", []))


def many_recipients(parsed: ParsedLetter) -> Flag | None:
    recipients: dict[str, Span | None] = {}
    for addressee in parsed.structure.addressees:
        recipients.setdefault(_recipient_key(addressee.name), addressee.span)
    if len(recipients) < MANY_RECIPIENTS:
        return None
    names = "; ".join(dict.fromkeys(a.name for a in parsed.structure.addressees))
    return Flag(
        "many_recipients",
        f"Đơn gửi đồng thời {len(recipients)} nơi ({names}): kiểm tra đơn trùng, chỉ hướng dẫn hoặc "
        "chuyển đơn một lần.",
        [span for span in recipients.values() if span is not None],
    )


def several_contents(parsed: ParsedLetter) -> Flag | None:
    contents = parsed.structure.contents
    if len(contents) < 2:
        return None
    return Flag(
        "several_contents",
        f"Đơn có {len(contents)} nội dung khác nhau: mỗi nội dung xử lý theo trình tự riêng; nội dung "
        "không thuộc thẩm quyền thì hướng dẫn hoặc chuyển đơn.",
        list(contents),
    )


def _recipient_key(name: str) -> str:
    # "Chủ tịch UBND xã X" and "UBND xã X" are one body.
    key = " ".join(re.findall(r"[a-z0-9]+", fold(name))).replace("uy ban nhan dan", "ubnd")
    return re.sub(r"^(ong |ba )?(pho )?chu tich ", "", key)
