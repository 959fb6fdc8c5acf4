from __future__ import annotations

import hashlib
import threading

import pytest
from sqlalchemy import select, text

from service.db import migrate, session_scope
from service.db.models import Letter, Original, StatusChange
from service.intake.letters import UploadRefused, receive_letter
from service.intake.originals import OriginalStore


def test_store_is_content_addressed_and_write_once(tmp_path):
    store = OriginalStore(tmp_path)
    digest, key = store.put(b"%PDF-1.4 letter")
    assert digest == hashlib.sha256(b"%PDF-1.4 letter").hexdigest()
    assert key.endswith(digest) and key.startswith(digest[:2] + "/")
    path = store.path(key)
    before = path.stat().st_mtime_ns
    assert store.put(b"%PDF-1.4 letter") == (digest, key)
    assert path.stat().st_mtime_ns == before
    assert store.get(key) == b"%PDF-1.4 letter"
    assert not (path.stat().st_mode & 0o222), "stored originals are read-only"
    assert store.verify(key, digest)


def test_store_refuses_keys_outside_its_folder(tmp_path):
    with pytest.raises(ValueError):
        OriginalStore(tmp_path / "store").path("../../etc/passwd")


def test_concurrent_puts_of_same_bytes_leave_one_complete_file(tmp_path):
    store = OriginalStore(tmp_path)
    data = bytes(range(256)) * 4096
    threads = [threading.Thread(target=store.put, args=(data,)) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert len(files) == 1 and files[0].read_bytes() == data


def _receive(settings, data, name="scan.jpg"):
    migrate(settings.effective_database_url)
    store = OriginalStore(settings.originals_dir)
    with session_scope(settings.effective_database_url) as session:
        return receive_letter(
            session=session,
            store=store,
            data=data,
            filename=name,
            channel="upload",
            uploaded_by=None,
            max_bytes=settings.limits.max_upload_bytes,
        )


def test_same_bytes_are_one_original_and_one_letter(settings):
    first = _receive(settings, b"%PDF-1.7 same bytes", "a.pdf")
    second = _receive(settings, b"%PDF-1.7 same bytes", "b.jpg")
    assert first.created and not second.created
    assert first.letter_id == second.letter_id
    with session_scope(settings.effective_database_url) as session:
        assert session.scalar(select(text("count(*)")).select_from(Original)) == 1
        letter = session.get(Letter, first.letter_id)
        assert letter.original.media_type == "application/pdf"  # sniffed, whatever the name said
        assert letter.status == "received"


def test_unknown_bytes_are_stored_with_no_media_type(settings):
    receipt = _receive(settings, b"\x00\x01 random bytes", "letter.pdf")
    with session_scope(settings.effective_database_url) as session:
        letter = session.get(Letter, receipt.letter_id)
        assert letter.original.media_type is None
        assert (
            OriginalStore(settings.originals_dir).get(letter.original.storage_key) == b"\x00\x01 random bytes"
        )


@pytest.mark.parametrize(("data", "code", "status"), [(b"", "empty", 400), (b"x" * 2048, "too_large", 413)])
def test_unstorable_uploads_are_refused_with_reasons(settings, data, code, status):
    settings.limits.max_upload_bytes = 1024
    with pytest.raises(UploadRefused) as refused:
        _receive(settings, data)
    assert refused.value.code == code and refused.value.http_status == status
    assert refused.value.message_vi and refused.value.message_en


def test_status_log_is_append_only(settings):
    receipt = _receive(settings, b"\x89PNG\r\n\x1a\n fake")
    with session_scope(settings.effective_database_url) as session:
        change = session.scalars(
            select(StatusChange).where(StatusChange.letter_id == receipt.letter_id)
        ).one()
        assert (change.from_status, change.to_status) == (None, "received")
    with (
        pytest.raises(Exception, match="append-only"),
        session_scope(settings.effective_database_url) as session,
    ):
        session.execute(text("UPDATE status_changes SET to_status = 'analyzed'"))
    with (
        pytest.raises(Exception, match="append-only"),
        session_scope(settings.effective_database_url) as session,
    ):
        session.execute(text("DELETE FROM status_changes"))


@pytest.mark.postgres
def test_postgres_schema_and_append_only_log(tmp_path, postgres_url):
    from tests.conftest import make_settings

    settings = make_settings(tmp_path / "data", database_url=postgres_url)
    settings.ensure_dirs()
    receipt = _receive(settings, b"%PDF-1.4 on postgres")
    again = _receive(settings, b"%PDF-1.4 on postgres")
    assert receipt.letter_id == again.letter_id and not again.created
    with pytest.raises(Exception, match="append-only"), session_scope(postgres_url) as session:
        session.execute(text("DELETE FROM status_changes"))
