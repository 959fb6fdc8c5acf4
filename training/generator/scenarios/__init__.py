"""The scenario registry: which builders each label draws from, how often, and who may write them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from training.generator.matter import Label, Matter, Setting, Writer
from training.generator.scenarios import complaint as c
from training.generator.scenarios import denunciation as d
from training.generator.scenarios import other as o
from training.generator.scenarios import recommendation as r

Builder = Callable[[Setting], Matter]

_ANY: frozenset[Writer] = frozenset({"single", "collective", "lawyer", "organisation", "anonymous"})
_PERSONAL: frozenset[Writer] = frozenset({"single", "lawyer"})
_PEOPLE: frozenset[Writer] = frozenset({"single", "collective", "lawyer", "anonymous"})
_NEIGHBOURS: frozenset[Writer] = frozenset({"single", "collective", "anonymous"})
_SINGLE: frozenset[Writer] = frozenset({"single"})


@dataclass(frozen=True)
class Scenario:
    name: str
    build: Builder
    weight: float
    writers: frozenset[Writer]


def _s(build: Builder, weight: float, writers: frozenset[Writer]) -> Scenario:
    return Scenario(build.__name__, build, weight, writers)


SCENARIOS: dict[Label, tuple[Scenario, ...]] = {
    "complaint": (
        _s(c.land_recovery, 10, _ANY - {"anonymous"}),
        _s(c.compensation_amount, 14, _ANY - {"anonymous"}),
        _s(c.resettlement, 6, _PEOPLE - {"anonymous"}),
        _s(c.certificate_refusal, 9, _ANY - {"anonymous", "collective"}),
        _s(c.land_dispute_decision, 5, _PERSONAL),
        _s(c.construction_fine, 6, frozenset({"single", "lawyer", "organisation"})),
        _s(c.permit_refusal, 4, frozenset({"single", "lawyer", "organisation"})),
        _s(c.social_benefit, 9, frozenset({"single", "collective", "lawyer"})),
        _s(c.discipline, 7, _PERSONAL),
        _s(c.civil_registration, 4, _SINGLE),
        _s(c.enforcement, 5, _PERSONAL),
        _s(c.insurance, 5, _PERSONAL),
        _s(c.environment_fine, 5, frozenset({"single", "lawyer", "organisation"})),
        _s(c.street_trade_fine, 4, _SINGLE),
        _s(c.recruitment_result, 4, _SINGLE),
    ),
    "denunciation": (
        _s(d.cadastral_fraud, 8, _NEIGHBOURS | {"lawyer"}),
        _s(d.chairman_land, 7, _NEIGHBOURS | {"lawyer"}),
        _s(d.compensation_padding, 7, _NEIGHBOURS | {"lawyer"}),
        _s(d.allowance_embezzle, 6, _NEIGHBOURS),
        _s(d.poor_list_bribe, 5, _NEIGHBOURS),
        _s(d.bribery_certificate, 7, frozenset({"single", "lawyer", "anonymous"})),
        _s(d.embezzle_budget, 7, _NEIGHBOURS),
        _s(d.substandard_road, 6, _NEIGHBOURS | {"organisation"}),
        _s(d.neighbour_illegal_build, 6, _NEIGHBOURS | {"lawyer"}),
        _s(d.factory_pollution, 7, _NEIGHBOURS | {"organisation"}),
        _s(d.sand_mining_police, 4, _NEIGHBOURS),
        _s(d.forest_ranger, 3, _NEIGHBOURS),
        _s(d.health_bribe, 5, frozenset({"single", "anonymous"})),
        _s(d.school_fees, 5, _NEIGHBOURS),
        _s(d.recruitment_bribe, 4, frozenset({"single", "lawyer"})),
        _s(d.fraud_crime, 6, frozenset({"single", "lawyer", "collective"})),
        _s(d.gambling_den, 3, _NEIGHBOURS),
        _s(d.enforcement_collusion, 3, frozenset({"single", "lawyer"})),
        _s(d.police_abuse, 4, frozenset({"single", "lawyer"})),
        _s(d.village_fund, 4, _NEIGHBOURS),
        _s(d.insurance_evasion, 4, frozenset({"single", "collective", "lawyer"})),
        _s(d.fake_medicine, 3, _NEIGHBOURS),
    ),
    "recommendation": (
        _s(r.degraded_road, 10, _NEIGHBOURS | {"organisation"}),
        _s(r.flooding, 6, _NEIGHBOURS),
        _s(r.livestock_pollution, 7, _NEIGHBOURS),
        _s(r.landfill, 5, _NEIGHBOURS),
        _s(r.clean_water, 5, _NEIGHBOURS),
        _s(r.traffic_safety, 5, _NEIGHBOURS | {"organisation"}),
        _s(r.suspended_planning, 6, _NEIGHBOURS | {"lawyer"}),
        _s(r.land_price_policy, 5, _ANY),
        _s(r.resettlement_infrastructure, 5, _NEIGHBOURS),
        _s(r.allowance_delay, 5, _NEIGHBOURS),
        _s(r.poverty_criteria, 4, _NEIGHBOURS),
        _s(r.health_station, 5, _NEIGHBOURS),
        _s(r.hospital_service, 5, _NEIGHBOURS | {"organisation"}),
        _s(r.school_facilities, 6, _NEIGHBOURS | {"organisation"}),
        _s(r.education_policy, 3, _NEIGHBOURS | {"organisation"}),
        _s(r.law_proposal, 4, _ANY),
        _s(r.budget_transparency, 4, _NEIGHBOURS),
        _s(r.apartment_building, 4, _NEIGHBOURS | {"organisation"}),
        _s(r.official_attitude, 4, frozenset({"single", "anonymous"})),
        _s(r.irrigation, 4, _NEIGHBOURS | {"organisation"}),
        _s(r.dust_trucks, 4, _NEIGHBOURS),
    ),
    "other": (
        _s(o.reissue_certificate, 8, _SINGLE),
        _s(o.confirm_hardship, 8, _SINGLE),
        _s(o.confirm_land_use, 7, _SINGLE),
        _s(o.civil_extract, 6, _SINGLE),
        _s(o.thanks, 8, frozenset({"single", "collective"})),
        _s(o.boundary_mediation, 9, frozenset({"single", "lawyer"})),
        _s(o.inheritance_mediation, 5, _SINGLE),
        _s(o.debt_mediation, 5, _SINGLE),
        _s(o.agency_letter, 8, frozenset({"organisation"})),
        _s(o.withdraw, 5, _SINGLE),
        _s(o.permit_application, 5, frozenset({"single", "organisation"})),
        _s(o.school_transfer, 4, _SINGLE),
        _s(o.support_application, 5, _SINGLE),
        _s(o.fee_exemption, 4, _SINGLE),
        _s(o.insurance_card, 3, _SINGLE),
        _s(o.business_registration, 3, _SINGLE),
    ),
}


def scenario_named(label: Label, name: str) -> Scenario:
    for scenario in SCENARIOS[label]:
        if scenario.name == name:
            return scenario
    raise KeyError(f"{label}/{name}")
