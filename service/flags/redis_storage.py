"""The index shared by every worker on every machine: Redis sets of letter ids, one set per key.

Keys under one prefix:
  {prefix}:meta          hash: the LSH shape and fingerprint version, checked by every worker that connects
  {prefix}:sig           hash: letter id -> signature (PERMUTATIONS little-endian uint32)
  {prefix}:fx            hash: letter id -> LetterFingerprint.features()
  {prefix}:lk            hash: letter id -> its lookup keys (little-endian uint64), to unlink them later
  {prefix}:b:{key:016x}  set: the letters whose signature has that band key
  {prefix}:k:{key:016x}  set: the letters with that lookup key (same ID number, phone, name + decision)

A query reads its sets in one round trip, the candidates' signatures in a second, and the features of
those worth a precise check in a third. Memory: about 12 KB a letter (mostly the 42 small band sets).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from service.flags import minhash
from service.flags.fingerprint import FINGERPRINT_VERSION
from service.flags.lsh import DEFAULT_SHAPE, Entry, LshShape, Neighbour

_SCAN_BATCH = 1000


class RedisStorage:
    def __init__(self, client: Any, *, prefix: str = "petitions:duplicates", shape: LshShape = DEFAULT_SHAPE):
        self.client = client
        self.prefix = prefix
        self.shape = shape
        self._check_meta()

    @classmethod
    def from_url(cls, url: str, **kwargs: Any) -> RedisStorage:
        import redis

        return cls(redis.Redis.from_url(url), **kwargs)

    def __len__(self) -> int:
        return int(self.client.hlen(self._key("sig")))

    def __contains__(self, letter_id: object) -> bool:
        return isinstance(letter_id, str) and bool(self.client.hexists(self._key("sig"), letter_id))

    def put(self, entry: Entry) -> None:
        self.put_many([entry])

    def put_many(self, entries: Sequence[Entry]) -> None:
        if not entries:
            return
        ids = [e.letter_id for e in entries]
        old_signatures = self.client.hmget(self._key("sig"), ids)
        old_lookups = self.client.hmget(self._key("lk"), ids)
        band_keys = self.shape.keys(np.stack([np.asarray(e.signature, dtype=np.uint32) for e in entries]))
        pipe = self.client.pipeline(transaction=True)
        for letter_id, old, lookup in zip(ids, old_signatures, old_lookups, strict=True):
            if old is not None:
                self._unlink(pipe, letter_id, _signature_of(old), _keys_of(lookup))
        for entry, bands in zip(entries, band_keys.tolist(), strict=True):
            pipe.hset(self._key("sig"), entry.letter_id, entry.signature.astype("<u4").tobytes())
            pipe.hset(self._key("fx"), entry.letter_id, entry.features)
            pipe.hset(self._key("lk"), entry.letter_id, np.asarray(entry.keys, dtype="<u8").tobytes())
            if entry.signature[0] != minhash.EMPTY:
                for key in bands:
                    pipe.sadd(self._set("b", key), entry.letter_id)
            for key in entry.keys:
                pipe.sadd(self._set("k", key), entry.letter_id)
        pipe.execute()

    def delete(self, letter_id: str) -> bool:
        old = self.client.hget(self._key("sig"), letter_id)
        lookup = self.client.hget(self._key("lk"), letter_id)
        if old is None:
            return False
        pipe = self.client.pipeline(transaction=True)
        self._unlink(pipe, letter_id, _signature_of(old), _keys_of(lookup))
        for name in ("sig", "fx", "lk"):
            pipe.hdel(self._key(name), letter_id)
        pipe.execute()
        return True

    def near(self, signature: np.ndarray, min_similarity: float, keys: Sequence[int] = ()) -> list[Neighbour]:
        pipe = self.client.pipeline(transaction=False)
        bands = self.shape.keys(signature)[0].tolist() if signature[0] != minhash.EMPTY else []
        for key in bands:
            pipe.smembers(self._set("b", key))
        for key in keys:
            pipe.smembers(self._set("k", key))
        found = pipe.execute()
        by_key = {m.decode() for members in found[len(bands) :] for m in members}
        ids = sorted({m.decode() for members in found[: len(bands)] for m in members} | by_key)
        if not ids:
            return []
        raw = self.client.hmget(self._key("sig"), ids)
        present = [(letter_id, _signature_of(data)) for letter_id, data in zip(ids, raw, strict=True) if data]
        if not present:
            return []
        scores = minhash.similarities(signature, np.stack([sig for _, sig in present]))
        kept = [
            (letter_id, sig, float(score))
            for (letter_id, sig), score in zip(present, scores.tolist(), strict=True)
            if score >= min_similarity or letter_id in by_key
        ]
        if not kept:
            return []
        features = self.client.hmget(self._key("fx"), [letter_id for letter_id, _, _ in kept])
        return [
            Neighbour(letter_id, score, sig, bytes(fx))
            for (letter_id, sig, score), fx in zip(kept, features, strict=True)
            if fx is not None
        ]

    def clear(self) -> None:
        """Delete every key of this index (tests, and re-indexing after a fingerprint version change)."""
        batch = []
        for key in self.client.scan_iter(match=f"{self.prefix}:*", count=_SCAN_BATCH):
            batch.append(key)
            if len(batch) >= _SCAN_BATCH:
                self.client.unlink(*batch)
                batch = []
        if batch:
            self.client.unlink(*batch)

    def _check_meta(self) -> None:
        """Workers sharing an index must cut signatures the same way, or they would never meet."""
        wanted = {"bands": self.shape.bands, "rows": self.shape.rows, "version": FINGERPRINT_VERSION}
        key = self._key("meta")
        for field, value in wanted.items():
            self.client.hsetnx(key, field, value)
        stored = {k.decode(): int(v) for k, v in self.client.hgetall(key).items()}
        if any(stored.get(field) != value for field, value in wanted.items()):
            raise ValueError(f"the index at {self.prefix} was built with {stored}, this worker uses {wanted}")

    def _unlink(self, pipe: Any, letter_id: str, signature: np.ndarray, lookup: list[int]) -> None:
        if signature[0] != minhash.EMPTY:
            for key in self.shape.keys(signature)[0].tolist():
                pipe.srem(self._set("b", key), letter_id)
        for key in lookup:
            pipe.srem(self._set("k", key), letter_id)

    def _key(self, name: str) -> str:
        return f"{self.prefix}:{name}"

    def _set(self, kind: str, key: int) -> str:
        return f"{self.prefix}:{kind}:{key:016x}"


def _signature_of(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u4", count=minhash.PERMUTATIONS).astype(np.uint32)


def _keys_of(data: bytes | None) -> list[int]:
    return np.frombuffer(data, dtype="<u8").tolist() if data else []
