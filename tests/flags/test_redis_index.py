"""The DuplicateIndex shared through the real Redis at 127.0.0.1:6379: two workers see one index."""

from __future__ import annotations

import os
import uuid

import pytest

from service.flags import DuplicateIndex, LetterFingerprint
from service.flags.lsh import LshShape
from service.flags.redis_storage import RedisStorage
from tests.flags import letters
from tests.flags.corpus import corpus

pytestmark = pytest.mark.redis
REDIS_URL = os.environ.get("PETITIONS_TEST_REDIS", "redis://127.0.0.1:6379/0")


@pytest.fixture
def prefix():
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    name = f"petitions-test:dup:{uuid.uuid4().hex}"
    yield name
    RedisStorage(client, prefix=name).clear()
    assert not list(client.scan_iter(match=f"{name}:*"))
    client.close()


def test_two_workers_share_one_index(prefix):
    worker_a = DuplicateIndex.on_redis(REDIS_URL, prefix=prefix)
    worker_b = DuplicateIndex.on_redis(REDIS_URL, prefix=prefix)
    worker_a.add("1", LetterFingerprint.from_parsed(letters.original()))
    worker_a.add("2", LetterFingerprint.from_parsed(letters.neighbour()))
    assert len(worker_b) == 2 and "1" in worker_b
    links = worker_b.query(LetterFingerprint.from_parsed(letters.resent()))
    assert [(link.id, link.reason) for link in links] == [("1", "gửi lại đơn cũ")]
    assert worker_b.remove("1")
    assert "1" not in worker_a and worker_a.query(LetterFingerprint.from_parsed(letters.resent())) == []


def test_redis_and_memory_give_the_same_links(prefix):
    shared = DuplicateIndex.on_redis(REDIS_URL, prefix=prefix)
    local = DuplicateIndex()
    prints = [
        (letter.id, LetterFingerprint.from_parsed(letter.parsed()))
        for letter in corpus(11, families=25, singles=15)
    ]
    shared.add_many(prints[:40])
    local.add_many(prints[:40])
    for letter_id, fp in prints[40:]:
        shared.add(letter_id, fp)
        local.add(letter_id, fp)
    for letter_id, fp in prints:
        assert shared.query(fp, exclude=letter_id) == local.query(fp, exclude=letter_id)


def test_replacing_a_letter_drops_its_old_bands(prefix):
    index = DuplicateIndex.on_redis(REDIS_URL, prefix=prefix)
    index.add("x", LetterFingerprint.from_parsed(letters.original()))
    index.add("x", LetterFingerprint.from_parsed(letters.other_matter()))
    assert len(index) == 1
    assert index.query(LetterFingerprint.from_parsed(letters.resent())) == []


def test_workers_with_another_band_shape_are_refused(prefix):
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    RedisStorage(client, prefix=prefix)
    with pytest.raises(ValueError, match="built with"):
        RedisStorage(client, prefix=prefix, shape=LshShape(bands=32, rows=4))
    client.close()


def test_a_letter_costs_a_record_and_packed_integers(prefix):
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    index = DuplicateIndex(RedisStorage(client, prefix=prefix))
    prints = [
        (letter.id, LetterFingerprint.from_parsed(letter.parsed()))
        for letter in corpus(12, families=30, singles=30)
    ]
    index.add_many(prints)
    keys = list(client.scan_iter(match=f"{prefix}:*", count=1000))
    buckets = [key for key in keys if key.startswith(f"{prefix}:b:".encode())]
    assert len(keys) - len(buckets) == 4  # meta, next, num, rec: no key of its own per letter or band
    assert {client.object("encoding", key) for key in buckets} == {b"intset"}
    records = client.memory_usage(f"{prefix}:rec") + client.memory_usage(f"{prefix}:num")
    members = sum(client.scard(key) for key in buckets)
    assert members <= len(prints) * 50  # 42 bands and a few lookup keys a letter
    # The record is the stored fingerprint and little more (layout 1 took 12 KB a letter in sets).
    assert records / len(prints) < 3000
    client.close()


def test_an_index_of_the_earlier_layout_is_refused(prefix):
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    client.hset(f"{prefix}:meta", mapping={"bands": 42, "rows": 3, "version": 1})
    with pytest.raises(ValueError, match="layout 1"):
        RedisStorage(client, prefix=prefix)
    client.delete(f"{prefix}:meta")  # cleared, it can be rebuilt
    assert len(RedisStorage(client, prefix=prefix)) == 0
    client.close()


def test_a_letter_added_again_keeps_its_number_and_drops_its_old_members(prefix):
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    index = DuplicateIndex(RedisStorage(client, prefix=prefix))
    index.add("x", LetterFingerprint.from_parsed(letters.original()))
    members = sum(client.scard(key) for key in client.scan_iter(match=f"{prefix}:b:*"))
    index.add("x", LetterFingerprint.from_parsed(letters.original()))
    index.add("x", LetterFingerprint.from_parsed(letters.original()))
    assert client.hget(f"{prefix}:num", "x") == b"1" and client.get(f"{prefix}:next") == b"1"
    assert sum(client.scard(key) for key in client.scan_iter(match=f"{prefix}:b:*")) == members
    assert index.remove("x")
    assert not list(client.scan_iter(match=f"{prefix}:b:*"))  # empty sets vanish
    client.close()
