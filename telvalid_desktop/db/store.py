"""Content-addressed document store: each input file kept once, by sha256, read-only.

Layout: ``<root>/ab/cd/abcd…<ext>``. Writes go to a temporary file in the same folder,
are flushed to disk and renamed (then the folder is flushed too), so a crash never leaves
a half-written document under its final name, and two workstations writing the same
content at once end with the same file. The store may sit on a network share: a file is
checked against the digest in its name before it is shown (``verified``).
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import stat
import tempfile
from pathlib import Path

CHUNK = 1024 * 1024
DIGEST = re.compile(r"[0-9a-f]{64}")
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
            os.chmod(temporary, stat.S_IRUSR)  # customers' documents: their owner reads them, nobody writes
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        flush_folder(target.parent)
        return target


def flush_folder(folder: Path) -> None:
    """Make the rename itself durable (the folder's entry), where the system allows it."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:  # some shares and systems cannot open a folder: the rename stands anyway
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


class StoredFileAltered(Exception):  # noqa: N818 - reads as a sentence where it is raised
    """A stored file's content no longer has the digest of its name (a damaged share, a bad copy)."""

    def __init__(self, path: Path, found: str) -> None:
        super().__init__(
            f"{path.name}: content changed since it was stored (sha256 now {found[:12]}…); restore it from a backup"
        )
        self.path = path
        self.found = found


def verified(path: Path) -> Path:
    """``path`` if its content still has the sha256 its name says; files not named by digest pass as they are."""
    expected = path.name.split(".", 1)[0]
    if not DIGEST.fullmatch(expected):
        return path
    found = sha256_of(path)
    if found != expected:
        raise StoredFileAltered(path, found)
    return path
