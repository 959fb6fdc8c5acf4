"""Word segmentation with underthesea, at the speed the analysis stage needs.

`underthesea.word_tokenize` spends most of its time building 43 feature strings per syllable and
handing them to its tagger. Here the same pre-tokeniser (underthesea's regular expression and token
normaliser) feeds the same CRF model, read from underthesea's own model file and scored by n-gram
(`crf.py`); the words are identical (a test compares them with `word_tokenize`) and several times
faster. If this version of underthesea keeps its model elsewhere or in another form, we fall back to
`word_tokenize` itself.
"""

from __future__ import annotations

import logging
import threading
import unicodedata
from pathlib import Path
from typing import Any

from service.understanding.crf import CrfModel, WordSegmentationTagger

log = logging.getLogger(__name__)

_CHUNK_CACHE_LIMIT = 200_000
_MODEL_FOLDER = ("pipeline", "word_tokenize", "models", "ws_crf_vlsp2013_20230727")


class _Segmenter:
    def __init__(self) -> None:
        import joblib
        import underthesea
        from underthesea.pipeline.text_normalize.text_normalizer import character_map, token_map
        from underthesea.pipeline.word_tokenize.regex_tokenize import patterns

        folder = Path(underthesea.__file__).parent.joinpath(*_MODEL_FOLDER)
        dictionary = set(joblib.load(folder / "dictionary.bin"))
        self.tagger = WordSegmentationTagger(CrfModel.load(folder / "models.bin"), dictionary)
        self.patterns = patterns
        self.character_map: dict[str, str] = dict(character_map)
        self.token_map: dict[str, str] = dict(token_map)
        self._chunks: dict[str, list[str]] = {}
        self._lock = threading.Lock()

    def _normalize_characters(self, text: str) -> str:
        text = unicodedata.normalize("NFC", text)
        for source, target in self.character_map.items():
            text = text.replace(source, target)
        return text

    def pre_tokenize(self, text: str) -> list[str]:
        """underthesea's `regex_tokenize.tokenize`: each match of its pattern, then token normalisation.

        No alternative of underthesea's pattern matches across whitespace, so the text is read chunk by
        chunk (a chunk followed by a space, as in the text, so that the pattern's end-of-text lookaheads
        see what they would see); a chunk of letters only is one word, and a chunk's tokens are
        remembered, since letters repeat their chunks ("tôi", "UBND", "xã,").
        """
        text = self._normalize_characters(text)
        chunks = text.split()
        if not chunks:
            return []
        cache = self._chunks
        if len(cache) > _CHUNK_CACHE_LIMIT:
            cache.clear()
        tokens: list[str] = []
        for chunk in chunks[:-1]:
            found = cache.get(chunk)
            if found is None:
                found = self._chunk_tokens(chunk, at_end=False)
                cache[chunk] = found
            tokens.extend(found)
        last = chunks[-1]
        # The pattern's "$" holds at the very end and before one final newline.
        suffix = text[text.rfind(last) + len(last) :]
        tokens.extend(self._chunk_tokens(last, at_end=suffix in ("", "\n")))
        return tokens

    def _chunk_tokens(self, chunk: str, *, at_end: bool) -> list[str]:
        if chunk.isalpha():
            return [self._normalize_token(chunk)]
        # Each alternative of the pattern is one named group spanning the whole match, so the match
        # itself is the token underthesea extracts from its group dictionary.
        source = chunk if at_end else chunk + " "
        return [self._normalize_token(match.group()) for match in self.patterns.finditer(source)]

    def _normalize_token(self, token: str) -> str:
        if len(token) > 6:
            return token
        if not token.isascii():
            token = self._normalize_characters(token)
        return self.token_map.get(token, token)

    def segment(self, text: str) -> list[str]:
        # The caches grow as letters come; a worker running letters on threads takes turns (the GIL
        # would have them take turns anyway).
        with self._lock:
            syllables = self.pre_tokenize(text)
            tags = self.tagger.tag(syllables)
        words: list[str] = []
        for tag, syllable in zip(tags, syllables, strict=True):
            if tag == "I-W" and words:
                words[-1] = f"{words[-1]}_{syllable}"
            else:
                words.append(syllable)
        return words


_segmenter: _Segmenter | None = None
_fallback = False
_lock = threading.Lock()


def _get_segmenter() -> _Segmenter | None:
    global _segmenter, _fallback
    if _segmenter is None and not _fallback:
        with _lock:
            if _segmenter is None and not _fallback:
                try:
                    _segmenter = _Segmenter()
                except Exception as error:  # any change inside underthesea: use its public API instead
                    log.warning("fast word segmentation unavailable (%s); using word_tokenize", error)
                    _fallback = True
    return _segmenter


def tokenize(text: str) -> list[str]:
    """underthesea word tokens of `text`; the syllables of one word are joined by "_"."""
    segmenter = _get_segmenter()
    if segmenter is not None:
        return segmenter.segment(text)
    return reference_tokenize(text)


def reference_tokenize(text: str) -> list[str]:
    """underthesea's own `word_tokenize`, in the same output form: the yardstick for `tokenize`."""
    from underthesea import word_tokenize

    words: Any = word_tokenize(text)
    return [word.replace(" ", "_") for word in words]


def clear_caches() -> None:
    """Forget the n-gram scores computed so far (benchmarks measure the cold case with this)."""
    segmenter = _get_segmenter()
    if segmenter is not None:
        with segmenter._lock:
            segmenter.tagger.clear_caches()
            segmenter._chunks.clear()
