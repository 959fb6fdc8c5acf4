"""The translation catalogue of the UI: Vietnamese first, English beside it, one JSON file a language.

A missing English string falls back to the Vietnamese one, and a missing key shows its last part (a flag
code the catalogue does not know yet shows as that code), so a gap is visible rather than an empty button.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

LOCALES = Path(__file__).resolve().parent / "locales"
LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
LANGUAGE_COOKIE = "lang"

Translate = Callable[..., str]


@cache
def catalogue(language: str) -> dict[str, str]:
    data: dict[str, Any] = json.loads((LOCALES / f"{language}.json").read_text(encoding="utf-8"))
    return {str(key): str(value) for key, value in data.items()}


def translator(language: str) -> Translate:
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    primary = catalogue(language)
    fallback = catalogue(DEFAULT_LANGUAGE)

    def translate(key: str, **values: Any) -> str:
        text = primary.get(key) or fallback.get(key) or key.split(".", 1)[-1]
        return text.format(**values) if values else text

    return translate


def language_of(cookie: str | None) -> str:
    return cookie if cookie in LANGUAGES else DEFAULT_LANGUAGE
