"""The index shared by every worker on every machine, in Redis, about 2 KB a letter.

Keys under one prefix:
  {prefix}:meta          hash: the LSH shape, fingerprint version and layout, checked by every worker
  {prefix}:next          counter: the last letter number handed out
  {prefix}:num           hash: letter id -> its letter number (a small integer)
  {prefix}:rec           hash: letter number -> one packed record: the id, the lookup keys and the stored
                         fingerprint (LetterFingerprint.to_bytes: signature and features)
  {prefix}:b:{bucket}    set of integers: for each band key and lookup key of a letter whose top
                         BUCKET_BITS bits are `bucket`, the member (next 31 bits of the key) << 32 | number

A letter costs its record and 8 bytes per key in sets that Redis keeps as packed integer arrays (intsets),
instead of a set per key: about 46 keys a letter, each a Redis key of its own, took 12 KB. Band keys and
lookup keys are hashed apart and share the buckets. A query reads its buckets in one round trip and the
records of the letters found in a second.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from service.flags import minhash
from service.flags.fingerprint import FINGERPRINT_VERSION, join_serialised, split_serialised
from service.flags.lsh import DEFAULT_SHAPE, Entry, LshShape, Neighbour

LAYOUT = 2  # 1: a Redis set per key and three hashes of strings (before the buckets)
BUCKET_BITS = 18  # 262,144 buckets: a few hundred members each at a million letters, packed as intsets
_REST_BITS = 31  # bits of a key kept in a member, below the bucket bits
_NUMBER_BITS = 32
_SCAN_BATCH = 1000
_COUNT = struct.Struct("<H")


@dataclass(frozen=True)
class Record:
    """What the index keeps of one letter, packed into one Redis value."""

    letter_id: str
    keys: tuple[int, ...]  # lookup keys
    signature: np.ndarray
    features: bytes

    def pack(self) -> bytes:
        name = self.letter_id.encode()
        keys = np.asarray(self.keys, dtype="<u8").tobytes()
        head = _COUNT.pack(len(name)) + name + _COUNT.pack(len(self.keys)) + keys
        return head + join_serialised(self.signature, self.features)

    @classmethod
    def unpack(cls, data: bytes) -> Record:
        try:
            (size,) = _COUNT.unpack_from(data)
            name_end = _COUNT.size + size
            (count,) = _COUNT.unpack_from(data, name_end)
            keys_start = name_end + _COUNT.size
            keys = np.frombuffer(data, dtype="<u8", count=count, offset=keys_start).tolist()
            signature, features = split_serialised(data[keys_start + 8 * count :])
            return cls(data[_COUNT.size : name_end].decode(), tuple(keys), signature, features)
        except (struct.error, UnicodeDecodeError, ValueError) as error:
            raise ValueError("corrupt index record") from error


def bucket_and_member(key: int, number: int) -> tuple[int, int]:
    """Where a 64-bit key of letter `number` is kept: its bucket, and the integer stored there."""
    bucket = key >> (64 - BUCKET_BITS)
    rest = (key >> (64 - BUCKET_BITS - _REST_BITS)) & ((1 << _REST_BITS) - 1)
    return bucket, (rest << _NUMBER_BITS) | number


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
        return int(self.client.hlen(self._key("num")))

    def __contains__(self, letter_id: object) -> bool:
        return isinstance(letter_id, str) and bool(self.client.hexists(self._key("num"), letter_id))

    def put(self, entry: Entry) -> None:
        self.put_many([entry])

    def put_many(self, entries: Sequence[Entry]) -> None:
        """Add letters; a letter added again keeps its number and loses its old keys."""
        latest = {entry.letter_id: entry for entry in entries}
        if not latest:
            return
        ids = list(latest)
        known = self.client.hmget(self._key("num"), ids)
        old_records = self._records([int(n) for n in known if n is not None])
        fresh = [letter_id for letter_id, number in zip(ids, known, strict=True) if number is None]
        last = int(self.client.incrby(self._key("next"), len(fresh))) if fresh else 0
        numbers = dict(zip(fresh, range(last - len(fresh) + 1, last + 1), strict=True))
        numbers.update({i: int(n) for i, n in zip(ids, known, strict=True) if n is not None})
        pipe = self.client.pipeline(transaction=True)
        for letter_id, number in numbers.items():
            if number in old_records:
                self._unlink(pipe, number, old_records[number])
            entry = latest[letter_id]
            signature = np.asarray(entry.signature, dtype=np.uint32)
            record = Record(letter_id, tuple(entry.keys), signature, entry.features)
            pipe.hset(self._key("num"), letter_id, number)
            pipe.hset(self._key("rec"), number, record.pack())
            self._link(pipe, number, record)
        pipe.execute()

    def delete(self, letter_id: str) -> bool:
        number = self.client.hget(self._key("num"), letter_id)
        if number is None:
            return False
        record = self._records([int(number)]).get(int(number))
        pipe = self.client.pipeline(transaction=True)
        if record is not None:
            self._unlink(pipe, int(number), record)
        pipe.hdel(self._key("num"), letter_id)
        pipe.hdel(self._key("rec"), int(number))
        pipe.execute()
        return True

    def near(self, signature: np.ndarray, min_similarity: float, keys: Sequence[int] = ()) -> list[Neighbour]:
        bands = self.shape.keys(signature)[0].tolist() if signature[0] != minhash.EMPTY else []
        wanted: dict[int, dict[int, bool]] = {}  # bucket -> rest of a key -> found by a lookup key
        for key, by_key in [(k, False) for k in bands] + [(int(k), True) for k in keys]:
            bucket, member = bucket_and_member(key, 0)
            found = wanted.setdefault(bucket, {})
            found[member >> _NUMBER_BITS] = found.get(member >> _NUMBER_BITS, False) or by_key
        if not wanted:
            return []
        pipe = self.client.pipeline(transaction=False)
        for bucket in wanted:
            pipe.smembers(self._bucket(bucket))
        numbers: dict[int, bool] = {}
        for bucket, members in zip(wanted, pipe.execute(), strict=True):
            for member in map(int, members):
                kind = wanted[bucket].get(member >> _NUMBER_BITS)
                if kind is not None:
                    number = member & ((1 << _NUMBER_BITS) - 1)
                    numbers[number] = numbers.get(number, False) or kind
        records = self._records(sorted(numbers))
        neighbours = []
        for number, record in records.items():
            similarity = minhash.similarity(signature, record.signature)
            if similarity >= min_similarity or numbers[number]:
                neighbours.append(Neighbour(record.letter_id, similarity, record.signature, record.features))
        return neighbours

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

    def _records(self, numbers: list[int]) -> dict[int, Record]:
        if not numbers:
            return {}
        raw = self.client.hmget(self._key("rec"), numbers)
        return {n: Record.unpack(data) for n, data in zip(numbers, raw, strict=True) if data is not None}

    def _members(self, number: int, record: Record) -> list[tuple[int, int]]:
        bands = self.shape.keys(record.signature)[0].tolist() if record.signature[0] != minhash.EMPTY else []
        return [bucket_and_member(key, number) for key in bands + list(record.keys)]

    def _link(self, pipe: Any, number: int, record: Record) -> None:
        for bucket, member in self._members(number, record):
            pipe.sadd(self._bucket(bucket), member)

    def _unlink(self, pipe: Any, number: int, record: Record) -> None:
        for bucket, member in self._members(number, record):
            pipe.srem(self._bucket(bucket), member)

    def _check_meta(self) -> None:
        """Workers sharing an index must cut signatures and keep keys the same way, or they would never
        meet; an index of the earlier layout has to be cleared and rebuilt from the stored fingerprints."""
        wanted = {
            "bands": self.shape.bands,
            "rows": self.shape.rows,
            "version": FINGERPRINT_VERSION,
            "layout": LAYOUT,
            "buckets": BUCKET_BITS,
        }
        key = self._key("meta")
        before = {k.decode(): int(v) for k, v in self.client.hgetall(key).items()}
        if before and "layout" not in before:
            raise ValueError(f"the index at {self.prefix} was built with layout 1: clear it and rebuild it")
        for field, value in wanted.items():
            self.client.hsetnx(key, field, value)
        stored = {k.decode(): int(v) for k, v in self.client.hgetall(key).items()}
        if any(stored.get(field) != value for field, value in wanted.items()):
            raise ValueError(f"the index at {self.prefix} was built with {stored}, this worker uses {wanted}")

    def _key(self, name: str) -> str:
        return f"{self.prefix}:{name}"

    def _bucket(self, bucket: int) -> str:
        return f"{self.prefix}:b:{bucket:05x}"
