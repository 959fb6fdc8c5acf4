"""The original store: every uploaded file, byte for byte, addressed by its SHA-256 and written once."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


def content_key(data: bytes) -> tuple[str, str]:
    """(sha256, storage key); the key fans out by the first hex digits so no folder grows huge."""
    digest = hashlib.sha256(data).hexdigest()
    return digest, f"{digest[:2]}/{digest[2:4]}/{digest}"


class OriginalStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, key: str) -> Path:
        resolved = (self.root / key).resolve()
        if self.root.resolve() not in resolved.parents:
            raise ValueError(f"storage key escapes the store: {key!r}")
        return resolved

    def put(self, data: bytes) -> tuple[str, str]:
        """Store the bytes unless already there; returns (sha256, key). Never overwrites a stored file."""
        digest, key = content_key(data)
        target = self.path(key)
        if target.exists():
            return digest, key
        target.parent.mkdir(parents=True, exist_ok=True)
        # Write to a temporary file in the same folder and rename: readers never see half a file, and
        # two workers storing the same bytes at once both end with the same complete file.
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp, 0o444)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return digest, key

    def get(self, key: str) -> bytes:
        return self.path(key).read_bytes()

    def verify(self, key: str, sha256: str) -> bool:
        return hashlib.sha256(self.get(key)).hexdigest() == sha256
