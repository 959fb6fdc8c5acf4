"""A tiny pattern language for the phrase banks.

`{a|b|c}` picks one alternative, `[x]` keeps `x` half of the time, `<slot>` is filled from a mapping (a
sequence value means "pick one"). Patterns nest. Writing banks this way lets one line stand for dozens of
sentences, which is what keeps any single sentence from becoming a label giveaway.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

SlotValue = str | Sequence[str]
Slots = Mapping[str, SlotValue]


@dataclass(frozen=True)
class _Text:
    value: str


@dataclass(frozen=True)
class _Slot:
    name: str


@dataclass(frozen=True)
class _Choice:
    options: tuple[tuple[object, ...], ...]


@dataclass(frozen=True)
class _Optional:
    body: tuple[object, ...]


class PatternError(ValueError):
    pass


def _parse(pattern: str, start: int, closers: str) -> tuple[list[tuple[object, ...]], int, str]:
    """Parse until one of `closers`; returns the `|`-separated branches, the index after it and the closer."""
    branches: list[tuple[object, ...]] = []
    nodes: list[object] = []
    text: list[str] = []
    i = start

    def flush() -> None:
        if text:
            nodes.append(_Text("".join(text)))
            text.clear()

    while i < len(pattern):
        char = pattern[i]
        if char in closers:
            flush()
            branches.append(tuple(nodes))
            return branches, i + 1, char
        if char == "|" and "}" in closers:
            flush()
            branches.append(tuple(nodes))
            nodes = []
            i += 1
            continue
        if char == "{":
            flush()
            options, i, _ = _parse(pattern, i + 1, "}")
            nodes.append(_Choice(tuple(options)))
            continue
        if char == "[":
            flush()
            body, i, _ = _parse(pattern, i + 1, "]")
            nodes.append(_Optional(body[0]))
            continue
        if char == "<":
            end = pattern.find(">", i)
            if end < 0:
                raise PatternError(f"unclosed slot in {pattern!r}")
            flush()
            nodes.append(_Slot(pattern[i + 1 : end]))
            i = end + 1
            continue
        text.append(char)
        i += 1
    if closers:
        raise PatternError(f"unclosed group in {pattern!r}")
    flush()
    branches.append(tuple(nodes))
    return branches, i, ""


@lru_cache(maxsize=8192)
def _compile(pattern: str) -> tuple[object, ...]:
    branches, _, _ = _parse(pattern, 0, "")
    return branches[0]


def _render(nodes: tuple[object, ...], rng: random.Random, slots: Slots, out: list[str]) -> None:
    for node in nodes:
        if isinstance(node, _Text):
            out.append(node.value)
        elif isinstance(node, _Choice):
            _render(rng.choice(node.options), rng, slots, out)
        elif isinstance(node, _Optional):
            if rng.random() < 0.5:
                _render(node.body, rng, slots, out)
        elif isinstance(node, _Slot):
            out.append(_slot_value(node.name, rng, slots))


def _slot_value(name: str, rng: random.Random, slots: Slots) -> str:
    if name not in slots:
        raise PatternError(f"slot <{name}> has no value")
    value = slots[name]
    if isinstance(value, str):
        return value
    return rng.choice(list(value))


_SPACES = re.compile(r"[ \t]{2,}")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?)])")
_DOUBLE_COMMA = re.compile(r",\s*,")
_COMMA_BEFORE_STOP = re.compile(r",\s*([.;:!?])")


def tidy(text: str) -> str:
    """Whitespace and punctuation left over by omitted parts, and a capital at the start."""
    text = _SPACES.sub(" ", text)
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = _DOUBLE_COMMA.sub(",", text)
    text = _COMMA_BEFORE_STOP.sub(r"\1", text)
    text = text.replace("( ", "(").strip()
    return capitalise(text)


def capitalise(text: str) -> str:
    for index, char in enumerate(text):
        if char.isalpha():
            return text[:index] + char.upper() + text[index + 1 :]
        if char not in "\"'(-–•* ":
            return text
    return text


def expand(pattern: str, rng: random.Random, slots: Slots | None = None) -> str:
    """One random sentence from a pattern, tidied."""
    out: list[str] = []
    _render(_compile(pattern), rng, slots or {}, out)
    return tidy("".join(out))


def phrase(pattern: str, rng: random.Random, slots: Slots | None = None) -> str:
    """A fragment for the middle of a sentence: tidied like `expand`, but not capitalised."""
    out: list[str] = []
    _render(_compile(pattern), rng, slots or {}, out)
    text = tidy("".join(out))
    raw = "".join(out).strip()
    return text if raw[:1].isupper() else text[:1].lower() + text[1:]


def pick(patterns: Sequence[str], rng: random.Random, slots: Slots | None = None) -> str:
    """One sentence from one randomly chosen pattern of a bank."""
    return expand(rng.choice(list(patterns)), rng, slots)


def pick_some(
    patterns: Sequence[str], rng: random.Random, slots: Slots | None, low: int, high: int
) -> list[str]:
    """Between `low` and `high` sentences from distinct patterns, in the bank's order."""
    count = min(len(patterns), rng.randint(low, high))
    chosen = sorted(rng.sample(range(len(patterns)), count))
    return [expand(patterns[index], rng, slots) for index in chosen]


def sub_rng(seed: str, *path: object) -> random.Random:
    """An independent, stable stream per (letter, section): changing one section never reshuffles another."""
    return random.Random("/".join([seed, *map(str, path)]))
