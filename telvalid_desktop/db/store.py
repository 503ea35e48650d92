"""Content-addressed document store: each input file kept once, by sha256, read-only.

Layout: ``<root>/ab/cd/abcd…<ext>``. Writes go to a temporary file in the same folder,
are flushed to disk and renamed, so a crash never leaves a half-written document under
its final name, and two writers of the same content end with the same file.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import tempfile
from pathlib import Path

CHUNK = 1024 * 1024
SUFFIX_BY_MEDIA_TYPE = {
    "application/pdf": ".pdf",
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/tiff": ".tif",
}


def sha256_of(path: Path) -> str:
    """Hex sha256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class DocumentStore:
    """Owns the folder of stored input files."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str, media_type: str) -> Path:
        """Where the document with this digest is (or would be) stored.

        The suffix only helps people and tools that look at the folder; the content is
        sniffed, never trusted from the name.
        """
        suffix = SUFFIX_BY_MEDIA_TYPE.get(media_type, "")
        return self.root / sha256[:2] / sha256[2:4] / f"{sha256}{suffix}"

    def put(self, source: Path, sha256: str, media_type: str) -> Path:
        """Copy ``source`` into the store unless the same content is already there."""
        target = self.path_for(sha256, media_type)
        if target.exists():
            return target
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as out, source.open("rb") as stream:
                shutil.copyfileobj(stream, out, CHUNK)
                out.flush()
                os.fsync(out.fileno())
            os.chmod(temporary, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return target
