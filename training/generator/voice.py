"""Who speaks in a letter: the pronouns and names the banks' <I>, <fam> and <people> slots resolve to."""

from __future__ import annotations

from training.generator.gazetteer import Locality
from training.generator.grammar import SlotValue
from training.generator.matter import Writer


def voice_slots(
    writer: Writer, place: Locality, *, client: str | None, client_female: bool, organisation: str | None
) -> dict[str, SlotValue]:
    """<I> is the writer, <fam> the party whose rights are at stake, <people> the neighbourhood."""
    village = place.village
    people = [
        f"bà con {village}",
        f"người dân {village}",
        f"nhân dân {place.commune}",
        "bà con trong khu vực",
        f"các hộ dân {village}",
        "người dân địa phương",
        "bà con lối xóm",
    ]
    if writer == "collective":
        return {
            "I": "chúng tôi",
            "fam": [
                "các hộ gia đình chúng tôi",
                "chúng tôi",
                "các hộ dân chúng tôi",
                "các gia đình chúng tôi",
            ],
            "people": people,
        }
    if writer == "lawyer" and client:
        honorific = "bà" if client_female else "ông"
        return {
            "I": "chúng tôi",
            "fam": [
                "thân chủ của chúng tôi",
                f"{honorific} {client}",
                "khách hàng của chúng tôi",
                "thân chủ",
            ],
            "people": people,
        }
    if writer == "organisation" and organisation:
        short = organisation.split(" ")[0]
        unit = "Hợp tác xã" if short == "Hợp" else "Công ty" if short in ("Công", "Doanh") else "đơn vị"
        return {
            "I": "chúng tôi",
            "fam": [unit, f"{unit} chúng tôi", "đơn vị chúng tôi"],
            "people": people,
        }
    return {
        "I": "tôi",
        "fam": ["gia đình tôi", "hộ gia đình tôi", "tôi", "gia đình chúng tôi", "hộ tôi"],
        "people": people,
    }
