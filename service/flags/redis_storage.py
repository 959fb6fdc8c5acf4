"""The index shared by every worker on every machine: Redis sets of letter ids, one set per band key.

Keys under one prefix:
  {prefix}:meta          hash: the LSH shape and fingerprint version, checked by every worker that connects
  {prefix}:sig           hash: letter id -> signature (PERMUTATIONS little-endian uint32)
  {prefix}:fx            hash: letter id -> LetterFingerprint.features()
  {prefix}:b:{key:016x}  set: the letters whose signature has that band key

A query reads its bands' sets in one round trip, the candidates' signatures in a second, and the
features of the few that are similar enough in a third.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from service.flags import minhash
from service.flags.fingerprint import FINGERPRINT_VERSION
from service.flags.lsh import DEFAULT_SHAPE, LshShape, Neighbour

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

    def put(self, letter_id: str, signature: np.ndarray, features: bytes) -> None:
        self.put_many([(letter_id, signature, features)])

    def put_many(self, items: Sequence[tuple[str, np.ndarray, bytes]]) -> None:
        if not items:
            return
        previous = self.client.hmget(self._key("sig"), [letter_id for letter_id, _, _ in items])
        signatures = np.stack([np.asarray(sig, dtype=np.uint32) for _, sig, _ in items])
        keys = self.shape.keys(signatures)
        pipe = self.client.pipeline(transaction=True)
        for (letter_id, _, _), old in zip(items, previous, strict=True):
            if old is not None:
                self._unlink_bands(pipe, letter_id, _signature_of(old))
        for position, (letter_id, signature, features) in enumerate(items):
            pipe.hset(self._key("sig"), letter_id, signature.astype("<u4").tobytes())
            pipe.hset(self._key("fx"), letter_id, features)
            if signature[0] != minhash.EMPTY:
                for key in keys[position].tolist():
                    pipe.sadd(self._band(key), letter_id)
        pipe.execute()

    def delete(self, letter_id: str) -> bool:
        old = self.client.hget(self._key("sig"), letter_id)
        if old is None:
            return False
        pipe = self.client.pipeline(transaction=True)
        self._unlink_bands(pipe, letter_id, _signature_of(old))
        pipe.hdel(self._key("sig"), letter_id)
        pipe.hdel(self._key("fx"), letter_id)
        pipe.execute()
        return True

    def near(self, signature: np.ndarray, min_similarity: float) -> list[Neighbour]:
        if signature[0] == minhash.EMPTY:
            return []
        pipe = self.client.pipeline(transaction=False)
        for key in self.shape.keys(signature)[0].tolist():
            pipe.smembers(self._band(key))
        ids = sorted({m.decode() for members in pipe.execute() for m in members})
        if not ids:
            return []
        raw = self.client.hmget(self._key("sig"), ids)
        present = [(letter_id, _signature_of(data)) for letter_id, data in zip(ids, raw, strict=True) if data]
        if not present:
            return []
        scores = minhash.similarities(signature, np.stack([sig for _, sig in present]))
        kept = [(present[i], float(scores[i])) for i in np.flatnonzero(scores >= min_similarity).tolist()]
        if not kept:
            return []
        features = self.client.hmget(self._key("fx"), [letter_id for (letter_id, _), _ in kept])
        return [
            Neighbour(letter_id, score, sig, bytes(fx))
            for ((letter_id, sig), score), fx in zip(kept, features, strict=True)
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

    def _unlink_bands(self, pipe: Any, letter_id: str, signature: np.ndarray) -> None:
        if signature[0] != minhash.EMPTY:
            for key in self.shape.keys(signature)[0].tolist():
                pipe.srem(self._band(key), letter_id)

    def _key(self, name: str) -> str:
        return f"{self.prefix}:{name}"

    def _band(self, key: int) -> str:
        return f"{self.prefix}:b:{key:016x}"


def _signature_of(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u4", count=minhash.PERMUTATIONS).astype(np.uint32)
