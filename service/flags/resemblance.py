"""The precise check behind a duplicate candidate: is it the same matter from the same petitioner(s)?

MinHash only says two letters share wording. Neighbours who each write about the same project, official or
village share a lot of wording too, yet each has a grievance of their own (near-misses, not duplicates).
What separates them is who wrote and the particulars: plot numbers, areas, sums, the decisions about each
household. A copy of one collective letter signed by someone else is a duplicate even though the signer
differs; there the body is nearly word for word the same.
"""

from __future__ import annotations

from dataclasses import dataclass

from service.flags import minhash
from service.flags.fingerprint import LetterFingerprint, PersonKey, Sender
from service.flags.identity import names_match
from service.flags.types import DuplicateLink

MIN_SIMILARITY = 0.4  # the LSH finds letters this alike; less alike ones are found by who wrote them
MIN_SHINGLES = 12  # a body this short (a scrap, a failed read) cannot be compared by its wording
SAME_PERSON_SIMILARITY = 0.4  # one person's letters: re-sent, retyped with typos, sent elsewhere
COPY_SIMILARITY = 0.75  # different or unknown signers: only a near word-for-word copy is the same letter
UNKNOWN_PERSON_SIMILARITY = 0.6  # unknown signer, but the same documents or numbers: a retyped copy
OTHER_SIGNERS_SIMILARITY = 0.85  # a copy of a collective letter signed by others differs only in names
SAME_FACTS = 3  # numbers and dates in common that make a rewritten letter about the same matter
SAME_TOPIC = 0.4  # words in common (topic sketch) that do too; unrelated letters of one field stay below
RESENT_AFTER_DAYS = 15  # a later date than this is a new sending, not a copy sent the same week
ADDRESS_CONFLICT = 0.34  # two addresses sharing less than this are different places

REASON_SAME = "cùng người gửi, cùng nội dung"
REASON_COLLECTIVE_COPY = "bản sao đơn tập thể"
REASON_MANY_RECIPIENTS = "gửi nhiều nơi"
REASON_RESENT = "gửi lại đơn cũ"


@dataclass(frozen=True)
class Resemblance:
    similarity: float
    matched: tuple[str, ...]  # identity evidence for the same petitioner(s), e.g. "cùng số CCCD/CMND"
    same_first_signer: bool
    different_persons: bool  # something shows the (first) petitioners are different people
    documents_shared: tuple[str, ...]
    documents_conflict: bool  # both cite documents, none in common
    particulars_conflict: bool  # both give their own numbers, mostly different
    own_particulars: bool  # each states numbers the other does not
    particulars_shared: int
    topic: float  # similarity of the words and word pairs (LetterFingerprint.topic)

    @property
    def same_person(self) -> bool:
        return bool(self.matched)


def compare(a: LetterFingerprint, b: LetterFingerprint, similarity: float) -> Resemblance:
    matched: set[str] = set()
    shared = 0
    for p in a.persons:
        found = [evidence for q in b.persons for evidence in _same_person(p, q) or ()]
        matched.update(found)
        shared += bool(found)
    first = _same_person(a.persons[0], b.persons[0]) if a.persons and b.persons else None
    # One name in common between two lists of twenty households is a neighbour who signed both; the
    # same petitioners means the same first signer or most of the signers.
    smaller = min(len(a.persons), len(b.persons))
    same_petitioners = bool(first) or (smaller > 0 and shared >= max(1, (smaller + 1) // 2))
    shared_documents = a.documents & b.documents
    return Resemblance(
        similarity=similarity,
        matched=tuple(sorted(matched)) if same_petitioners else (),
        same_first_signer=bool(first),
        different_persons=first == () and not same_petitioners,
        documents_shared=tuple(sorted(shared_documents)),
        documents_conflict=bool(a.documents and b.documents and not shared_documents),
        particulars_conflict=_mostly_different(a.particulars, b.particulars),
        own_particulars=_own_particulars(a.particulars, b.particulars),
        particulars_shared=len(a.particulars & b.particulars),
        topic=minhash.similarity(a.topic, b.topic),
    )


def other_sender(query: LetterFingerprint, sender: Sender) -> bool:
    """Two single-signer letters from people shown to be different can never be duplicates (only copies
    of a collective letter are signed by others): the quick test on a stored letter's first line, before
    reading the rest of it."""
    if query.collective or sender.collective or not query.persons or sender.first is None:
        return False
    return _same_person(query.persons[0], sender.first) == ()


def judge(
    letter_id: str, query: LetterFingerprint, stored: LetterFingerprint, similarity: float
) -> DuplicateLink | None:
    """The link from `query` to the stored letter `letter_id` when they are duplicates, else None."""
    if min(query.shingles, stored.shingles) < MIN_SHINGLES:
        return None
    found = compare(query, stored, similarity)
    if not _duplicates(query, stored, found):
        return None
    return DuplicateLink(
        id=letter_id,
        similarity=round(similarity, 4),
        reason=_reason(query, stored, found),
        evidence=_evidence(query, stored, found),
    )


def _duplicates(query: LetterFingerprint, stored: LetterFingerprint, found: Resemblance) -> bool:
    similarity = found.similarity
    if found.same_person:
        if similarity >= SAME_PERSON_SIMILARITY:
            # The same words: the same matter unless both the numbers and the documents differ.
            return not (found.particulars_conflict and found.documents_conflict)
        # Rewritten in other words (a second sending, an escalation): the same decision or the same
        # facts, and nothing of its own.
        agreed = (
            bool(found.documents_shared)
            or found.particulars_shared >= SAME_FACTS
            or found.topic >= SAME_TOPIC
        )
        return agreed and not found.particulars_conflict and not found.documents_conflict
    copy = not found.own_particulars and not found.documents_conflict
    if found.different_persons:
        # Someone else's letter is a duplicate only as a copy of one collective letter.
        return copy and similarity >= OTHER_SIGNERS_SIMILARITY and (query.collective or stored.collective)
    # Nothing tells who wrote one of them: the same words, or nearly; or much alike about the same
    # documents and numbers.
    if not copy:
        return False
    agreed = bool(found.documents_shared) or found.particulars_shared >= 2
    same_decision_and_facts = bool(found.documents_shared) and found.particulars_shared >= SAME_FACTS
    return (
        similarity >= COPY_SIMILARITY
        or (similarity >= UNKNOWN_PERSON_SIMILARITY and agreed)
        or (similarity >= MIN_SIMILARITY and same_decision_and_facts)
    )


def _same_person(p: PersonKey, q: PersonKey) -> tuple[str, ...] | None:
    """What shows p and q are one person; () when something shows they are two; None when nothing
    says either way (a name the reader missed, no ID number in one letter). An ID number decides; then a
    phone number, which a reader copies more faithfully than a name; then the name, with the address."""
    if p.id_number is not None and q.id_number is not None:
        return ("cùng số CCCD/CMND",) if p.id_number == q.id_number else ()
    same_name = names_match(p.name, q.name)
    if p.phone is not None and p.phone == q.phone:
        return ("cùng số điện thoại",) + (("cùng họ tên người gửi",) if same_name else ())
    if p.name is not None and q.name is not None:
        if not same_name or _mostly_different(p.address, q.address, floor=1, threshold=ADDRESS_CONFLICT):
            return ()  # another name, or namesakes in different places
        return ("cùng họ tên người gửi",)
    return None


def _mostly_different(
    a: frozenset[int], b: frozenset[int], *, floor: int = 2, threshold: float = 0.5
) -> bool:
    """Both sets have something of their own and share less than `threshold` of the smaller one; a re-sent
    letter that adds a paragraph keeps every number of the first."""
    if len(a) < floor or len(b) < floor:
        return False
    return len(a & b) / min(len(a), len(b)) < threshold


def _own_particulars(a: frozenset[int], b: frozenset[int]) -> bool:
    """Each letter states numbers the other does not: a neighbour's own plot, area and sums. One
    misread digit on each side is tolerated when the rest agrees."""
    only_a, only_b = len(a - b), len(b - a)
    if min(only_a, only_b) >= 2:
        return True
    return min(only_a, only_b) == 1 and len(a & b) / len(a | b) < 0.6


def _reason(query: LetterFingerprint, stored: LetterFingerprint, found: Resemblance) -> str:
    if (query.collective or stored.collective) and not found.same_first_signer:
        return REASON_COLLECTIVE_COPY
    days_apart = abs((query.date - stored.date).days) if query.date and stored.date else 0
    if days_apart >= RESENT_AFTER_DAYS or query.follow_up != stored.follow_up:
        return REASON_RESENT
    if (
        query.primary_addressee
        and stored.primary_addressee
        and query.primary_addressee != stored.primary_addressee
    ):
        return REASON_MANY_RECIPIENTS
    return REASON_SAME


def _shown(document: str) -> str:
    """ "482/qd-ubnd" as clerks write it: "482/QĐ-UBND"."""
    number, _, kind = document.partition("/")
    return f"{number}/" + "-".join("QĐ" if part == "qd" else part.upper() for part in kind.split("-"))


def _evidence(query: LetterFingerprint, stored: LetterFingerprint, found: Resemblance) -> list[str]:
    if found.matched:
        evidence = list(found.matched)
    elif found.different_persons:
        evidence = ["người ký khác nhau trên cùng một nội dung đơn tập thể"]
    else:
        evidence = ["không xác định được người gửi của một trong hai đơn"]
    evidence.append(f"nội dung trùng khoảng {round(found.similarity * 100)}%")
    evidence.extend(f"cùng văn bản số {_shown(number)}" for number in found.documents_shared[:3])
    if query.date and stored.date and query.date != stored.date:
        evidence.append(f"ngày viết đơn {stored.date:%d/%m/%Y} và {query.date:%d/%m/%Y}")
    if query.follow_up or stored.follow_up:
        evidence.append("đơn sau nêu đã gửi đơn trước nhưng chưa được trả lời")
    if (
        query.primary_addressee != stored.primary_addressee
        and query.primary_addressee
        and stored.primary_addressee
    ):
        evidence.append(f"nơi nhận khác nhau: {stored.primary_addressee} / {query.primary_addressee}")
    return evidence
