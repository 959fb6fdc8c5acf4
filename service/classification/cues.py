"""Cues that carry the law's distinctions between the labels, whatever words a writer picks.

Luật Khiếu nại, Luật Tố cáo and Luật Tiếp công dân separate the kinds of letter by what the letter does, not
by its title: a complaint contests a decision or act that touches the writer's own interest, a denunciation
names someone's unlawful conduct, a recommendation describes a situation or a policy. These patterns look for
those moves on the folded text (lower case, no diacritics), so a letter typed without diacritics or read
by OCR meets the same cues. They are features for the model to weigh, never rules on their own.
"""

from __future__ import annotations

import re
from typing import Final

from service.understanding.types import LetterStructure

_OWN = (
    r"(toi|em|chung toi|gia dinh toi|gia dinh chung toi|nha toi|ho toi|me toi|bo toi|vo chong toi|"
    r"tui|nha tui|gia dinh tui|ho tui|chung tui|con toi|cong ty chung toi|cong ty toi)"
)
_RANK = r"(thieu uy|trung uy|thuong uy|dai uy|thieu ta|trung ta|thuong ta|dai ta)"
_DECISION = r"(quyet dinh|qd|thong bao|cong van|van ban|ket luan|bien ban|phuong an)"
_OFFICIAL = (
    r"(chu tich|pho chu tich|can bo|cong chuc|truong phong|pho truong phong|giam doc|pho giam doc|"
    r"truong cong an|truong thon|truong ap|truong khu pho|bi thu|ke toan|hieu truong|thu quy|"
    r"dia chinh|chi huy truong|doi truong|thanh tra vien)"
)

# Each cue: a name from the law's vocabulary and the folded patterns that show it.
CUE_PATTERNS: Final[dict[str, tuple[str, ...]]] = {
    # Whose rights are at stake: a complaint needs the writer's own interest.
    "own_interest": (
        rf"\b(gia dinh|ho gia dinh|nha|ban than|bo me|vo chong|con trai|con gai) {_OWN}\b",
        rf"\bcua {_OWN}\b",
        rf"\b{_OWN} (da )?(bi|khong duoc|chua duoc)\b",
        r"\bquyen (va )?loi (ich )?(hop phap )?(chinh dang )?cua (toi|gia dinh|chung toi|em)",
    ),
    "own_decision": (
        rf"\b{_DECISION}\b[^.]{{0,120}}\b(cua|cho|doi voi|voi) {_OWN}\b",
        rf"\b{_OWN}\b[^.]{{0,60}}\b(bi|nhan duoc|theo)\b[^.]{{0,40}}\b{_DECISION}\b",
    ),
    "cited_decision": (
        r"\b(quyet dinh|qd|thong bao|tb|cong van|cv|ket luan|kl)\s*(so|:)?\s*\d+\s*/\s*[a-z]",
        r"\b\d+\s*/\s*(qd|tb|kl|ubnd|cv)\b",
    ),
    "contested_decision": (
        rf"\bkhieu nai (doi voi |ve )?(viec |hanh vi |hanh vi hanh chinh |)({_DECISION}|hanh vi)\b",
        r"\b(de nghi|yeu cau|kinh de nghi|kinh mong|xin)\b[^.]{0,40}\b(huy|huy bo|thu hoi|xem xet lai|"
        r"dieu chinh|sua doi|rut lai|tinh lai|bo sung)\b[^.]{0,40}\b(quyet dinh|qd|muc|gia|phuong an|"
        r"thong bao|ket qua|dien tich|tien)\b",
        rf"\bhuy (bo )?{_DECISION}\b",
        r"\bkhong (dong y|dong tinh|chap nhan|thong nhat|dong y voi)\b[^.]{0,30}\b(quyet dinh|qd|muc|gia|"
        r"phuong an|ket qua|viec|so tien|don gia)\b",
        r"\b(bi|ra quyet dinh|quyet dinh) (thu hoi|xu phat|ky luat|buoc thoi viec|cuong che|dinh chi|"
        r"tam dinh chi|cat giam|giam tru|ha bac|khien trach|canh cao)\b",
        r"\b(khong duoc|tu choi|khong chiu|khong dong y) cap\b",
        r"\bkhieu nai lan (dau|hai|thu hai|2)\b",
        # Left off or struck from a list of beneficiaries, a decision about the writer's own household.
        rf"\b(dua|loai|gach|cat|rut) (ten )?{_OWN} (ra )?khoi (danh sach|dien)\b",
        rf"\b{_OWN} (bi )?(loai|dua|gach ten|cat ten|cat) (ra )?khoi (danh sach|dien)\b",
        rf"\b{_OWN} (khong|chua) (co ten|duoc (xet|cong nhan|dua vao danh sach|giao dat|boi thuong|"
        r"ho tro|cap so|cap giay))\b",
    ),
    "compensation": (
        r"\b(muc|don gia|tien|gia) (boi thuong|den bu|ho tro)\b",
        r"\b(boi thuong|den bu|tai dinh cu|giai phong mat bang|thu hoi dat)\b",
    ),
    "accused_conduct": (
        r"\bco (cac |nhieu |nhung )?(hanh vi|dau hieu)\b",
        r"\b(nhan|doi|vong|an) (hoi lo|tien|phong bi|tien boi duong|tien cua|chenh lech)\b",
        r"\b(tham o|tham nhung|hoi lo|chiem doat|bien thu|rut ruot|an chan|an bot|vu loi|truc loi|"
        r"tu loi|lang phi)\b",
        r"\bloi dung (chuc vu|quyen han|chuc quyen|vi tri|cuong vi|chuc trach)\b",
        r"\b(lam gia|gia mao|khai khong|hop thuc hoa|ky khong|lap khong|khai man|sua chua ho so|"
        r"gian lan)\b",
        r"\b(bao che|tiep tay|dong loa|bao ke|danh bac|co bac|ca do|nang lai|buon lau)\b",
        r"\b(xay dung|xay|lan chiem|san lap|khai thac|chat pha|mua ban|chuyen nhuong) trai phep\b",
        r"\b(sach nhieu|nhung nhieu|gay kho khan|chiem dung|lam trai|bao ke|o du)\b",
    ),
    "accused_person": (
        rf"\bto cao (ong|ba|anh|chi|can bo|{_OFFICIAL}|cong an|doanh nghiep|cong ty|ban quan ly|{_RANK})\b",
        rf"\b{_RANK} [a-z]+( [a-z]+){{1,3}},? (la )?(can bo|truong|pho truong|cong an|chien si)\b",
        rf"\b(ong|ba) [a-z]+( [a-z]+){{0,3}},? (nguyen )?(la )?{_OFFICIAL}\b",
        rf"\b{_OFFICIAL} [a-z ]{{0,40}}\b(da|co hanh vi|tu y|nhan|lam gia|chiem)\b",
    ),
    "unlawfulness": (
        r"\b(trai|sai|vi pham) (phap luat|quy dinh|luat)\b",
        r"\b(sai pham|vi pham nghiem trong|co dau hieu toi pham|dau hieu vi pham)\b",
    ),
    "punishment_request": (
        r"\b(de nghi|yeu cau|kinh de nghi|mong)\b[^.]{0,50}\b(xu ly|xu phat|ky luat|truy cuu|"
        r"thu hoi tai san|cach chuc|dieu tra)\b",
        r"\bxu ly (nghiem|dung phap luat|ky luat|hinh su|theo phap luat)\b",
    ),
    "situation": (
        r"\bphan anh (ve |viec |den |toi )?(tinh trang|viec|thuc trang|su viec|nhung|mot so)\b",
        r"\b(tinh trang|thuc trang|hien trang)\b",
        r"\b(xuong cap|o nhiem|ngap ung|ngap lut|hu hong|sat lo|tieng on|mui hoi|rac thai|nuoc thai|"
        r"un tac|thieu nuoc|mat dien|den duong|o ga|coc bo|ran nut|bui ban|khoi bui|lay loi|mat an toan)\b",
        r"\b(nguoi dan|ba con|cac ho dan|nhan dan) (trong|o|tai|dia phuong|khu vuc|xung quanh|chung toi)\b",
        r"\b(bat cap|vuong mac|chua hop ly|khong hop ly)\b",
    ),
    "policy": (
        r"\b(chinh sach|che do|tro cap|phu cap|bao hiem|luong huu|hoc phi|ho ngheo|nguoi co cong|"
        r"bao tro xa hoi|quy dinh hien hanh|thu tuc hanh chinh)\b",
        r"\b(cham|chua duoc|khong duoc) (chi tra|giai ngan|thanh toan|huong che do|huong tro cap)\b",
    ),
    "consideration_request": (
        r"\b(de nghi|kien nghi|mong|kinh mong|xin)\b[^.]{0,40}\b(quan tam|xem xet giai quyet|som khac phuc|"
        r"khac phuc|sua chua|nang cap|bo tri|dau tu|ho tro|chi dao|kiem tra|lam ro|co giai phap|"
        r"co bien phap|tao dieu kien)\b",
        r"\b(kien nghi|de xuat|gop y|y kien dong gop)\b",
    ),
    "service_request": (
        r"\b(xin|de nghi|kinh de nghi|lam don)\b[^.]{0,25}\b(cap|cap lai|cap doi|cap ban sao|xac nhan|"
        r"trich luc|chung thuc|dang ky|gia han|chuyen truong|chuyen khau|tach khau|tach thua|hop thuc)\b",
        r"\bxin (phep|duoc|nghi|chuyen|mien|giam|tam hoan|hoan)\b",
        r"\b(giay xac nhan|xac nhan (tinh trang|cu tru|thuong tru|noi cu tru|hon nhan|doc than|thu nhap|"
        r"ho ngheo|nhan than|ban dat)|giay phep xay dung|trich luc|ban sao|so ho khau|can cuoc)\b",
        r"\b(hoan thien ho so|lam thu tuc|nop ho so|bo sung ho so)\b",
    ),
    "thanks": (
        r"\b(cam on|cam ta|tri an|biet on|long biet on|khen ngoi|bieu duong|khen thuong|tan tinh|"
        r"chu dao|tan tuy|het long)\b",
    ),
    "private_dispute": (
        r"\b(hoa giai|tranh chap|hang xom|nha ben canh|ho lien ke|ranh gioi|moc gioi|loi di chung|"
        r"tuong rao|vay tien|vay no|khong tra no|khong tra tien|no tien|chia thua ke|thua ke)\b",
        r"\bgiua (gia dinh toi|toi|nha toi|ho toi) (va|voi)\b",
    ),
    "agency_letter": (
        r"\b(kinh chuyen|thua lenh|tl\.? chu tich|kt\.? chu tich|tm\.? uy ban|luu:? ?vt|noi nhan)\b",
        r"\b(uy ban nhan dan|ubnd|phong|so|chi cuc) [a-z ]{0,30} (bao cao|de nghi|thong bao) (ket qua|"
        r"tinh hinh|den|toi|cac)\b",
    ),
    "crime_report": (
        r"\b(to giac|trom cap|an trom|cuop|lua dao|danh nguoi|gay thuong tich|de doa|tong tien|"
        r"ma tuy|danh dap|hanh hung)\b",
        r"\b(tat|dam|da|danh) (vao |vo )?(mat|bung|dau|nguoi|lung)\b",
        r"\bdanh (con|chau|em|vo|chong|bo|me|ong|ba|anh|chi)( trai| gai)? (toi|tui)\b",
    ),
}

# Cues added after the first shipped model. They come last in a feature row, after the structure cues, so
# a model trained before them still reads the columns it knows (see Classifier.probabilities).
LATER_CUE_PATTERNS: Final[dict[str, tuple[str, ...]]] = {
    # The writer takes back an earlier letter: nothing is asked any more.
    "withdrawal": (
        r"\b(xin |nay )?rut (lai )?(toan bo )?(don|noi dung don|yeu cau|khieu nai|to cao|kien nghi|"
        r"phan anh)\b",
        r"\bkhong (con )?(khieu nai|to cao|kien nghi|yeu cau|thac mac) (gi )?(them|nua)\b",
        r"\b(hai ben|cac ben|gia dinh toi) da (thoa thuan|thong nhat|hoa giai)( xong| thanh| on thoa)?\b",
        r"\bcham dut (viec )?(giai quyet|xem xet|xac minh) (don|khieu nai|to cao)\b",
    ),
    # An agency passes a citizen's letter on, or reports on one: it is the agency's letter, not a petition.
    "forwarding": (
        r"\b(nhan duoc|da nhan|tiep nhan) (don|don thu|don de ngay|don ghi ngay)\b",
        r"\bchuyen (don|don thu|ho so|noi dung don|toan bo ho so)( cua| den| toi| nay)\b",
        r"\b(giai quyet|xu ly|xem xet) theo (dung )?tham quyen\b",
        r"\b(thong bao|tra loi) (de|cho) (ong|ba|cong dan|nguoi)( [a-z]+){0,5} (duoc )?biet\b",
        r"\bbao cao (ket qua|tinh hinh|viec|noi dung)\b",
    ),
    # Asking for papers, information or advice rather than for a wrong to be righted.
    "information_request": (
        r"\bcung cap (cho [a-z ]{0,30})?(ban sao|tai lieu|thong tin|ho so|van ban|chung cu)\b",
        r"\b(xin|de nghi|muon) (duoc )?(trich luc|sao luc|photo|xem|tiep can) (ho so|tai lieu|ban do|giay)\b",
        r"\b(xin hoi|cho (toi|chau|em|chung toi) (duoc )?hoi|muon hoi|giai dap|tu van|huong dan (cho )?"
        r"(toi|chau|em|chung toi)?\s?(thu tuc|cach|ve))\b",
    ),
}
# An agency's or firm's letterhead before "Kính gửi": "Số: 215/UBND-VP", "Số: 08/2024/CV-NL".
_LETTERHEAD_NUMBER = re.compile(r"\bso\s*:?\s*\d+\s*(/\s*\d{4}\s*)?/\s*[a-z]+\s*-\s*[a-z]+")

_COMPILED: Final[dict[str, tuple[re.Pattern[str], ...]]] = {
    name: tuple(re.compile(pattern) for pattern in patterns) for name, patterns in CUE_PATTERNS.items()
}
_LATER_COMPILED: Final[dict[str, tuple[re.Pattern[str], ...]]] = {
    name: tuple(re.compile(pattern) for pattern in patterns) for name, patterns in LATER_CUE_PATTERNS.items()
}

# Facts the understanding step extracted; they carry the same distinctions from structure, not wording.
STRUCTURE_CUES: Final[tuple[str, ...]] = (
    "has_cited_document",
    "targets_person",
    "targets_body",
    "targets_official_head",
    "prior_resolution",
    "anonymous",
    "collective",
    "several_contents",
)

LATER_STRUCTURE_CUES: Final[tuple[str, ...]] = ("letterhead_number",)

CUE_NAMES: Final[tuple[str, ...]] = (
    tuple(CUE_PATTERNS) + STRUCTURE_CUES + tuple(LATER_CUE_PATTERNS) + LATER_STRUCTURE_CUES
)

# Counts beyond this say nothing more; capping keeps a long letter from outweighing a short one.
_COUNT_CAP = 3


def text_cues(folded_body: str) -> list[float]:
    """Per textual cue, the number of matches in the letter's body, capped and scaled to [0, 1]."""
    return _counts(_COMPILED, folded_body)


def later_cues(folded_body: str, folded_letter: str) -> list[float]:
    """The cues added after the first model, in CUE_NAMES order: textual, then the letterhead."""
    header = folded_letter[: max(folded_letter.find("kinh gui"), 0)]
    return _counts(_LATER_COMPILED, folded_body) + [1.0 if _LETTERHEAD_NUMBER.search(header) else 0.0]


def _counts(compiled: dict[str, tuple[re.Pattern[str], ...]], folded_body: str) -> list[float]:
    values = []
    for patterns in compiled.values():
        count = sum(len(pattern.findall(folded_body)) for pattern in patterns)
        values.append(min(count, _COUNT_CAP) / _COUNT_CAP)
    return values


def structure_cues(structure: LetterStructure) -> list[float]:
    targets = structure.targets
    facts = (
        bool(structure.cited_documents),
        any(t.kind == "person" for t in targets),
        any(t.kind == "body" for t in targets),
        any(t.is_head or t.heads_office for t in targets),
        bool(structure.prior_resolution),
        structure.anonymous,
        structure.collective,
        len(structure.contents) > 1,
    )
    return [1.0 if fact else 0.0 for fact in facts]


def cue_names_found(folded_body: str) -> list[str]:
    """The textual cues present in a body, for explaining a prediction to a reviewer."""
    compiled = {**_COMPILED, **_LATER_COMPILED}
    return [name for name, patterns in compiled.items() if any(p.search(folded_body) for p in patterns)]
