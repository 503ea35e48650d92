"""Page images for the GUI, rendered off the UI thread, cached, coalesced and prioritised.

PyMuPDF 1.28 keeps the GIL while it rasterises (measured: a thread rendering scans starves
the UI thread for the whole 30-120 ms of each page), so pages are rendered in a spawn
process pool, as the intake does (STYLE 6), not in threads. Workers send raw BGRA bytes;
the QImage is built in the executor's callback thread and posted to the UI thread through
a queued signal, so the UI thread only ever receives finished images.

All scheduling state lives on the UI thread: requests wait in ``_pending`` and only as many
jobs as there are workers are handed to the executor, so a request that became stale
(the user paged on) is dropped before it costs anything.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from enum import IntEnum
from functools import partial
from pathlib import Path

import pymupdf
from PIL import Image
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from telvalid_desktop.db.store import verified
from telvalid_desktop.intake.loaders import reopen_document
from telvalid_desktop.intake.rendering import render_region

log = logging.getLogger(__name__)

RenderKey = tuple[str, int, int, int]  # (file path, page index, rotation, width in device px)
Pixels = tuple[int, int, bytes]  # width, height, BGRA bytes (QImage.Format_RGB32 on little-endian)
RenderFunction = Callable[[str, int, int, int], Pixels]

DEFAULT_CACHE_BYTES = 256 * 1024 * 1024
MAX_WIDTH_PX = 6000  # beyond this a page costs > 100 MB; render_region also caps the pixel count
MAX_PENDING_PER_OWNER = 48  # thumbnails scrolled past long ago are not worth rendering
_DOCUMENTS_PER_THREAD = 4


class Priority(IntEnum):
    """Lower runs first; within one priority the newest request runs first."""

    PREVIEW = 0  # a quick low-resolution image of the page being shown
    VISIBLE = 1  # the sharp image of the page being shown
    THUMBNAIL = 2
    PREFETCH = 3


@dataclass(frozen=True)
class PageRef:
    """One page of a stored input file, and the rotation (clockwise degrees) to display it with."""

    file_path: Path
    index: int
    rotation: int = 0

    def key(self, width_px: int) -> RenderKey:
        return (str(self.file_path), self.index, self.rotation % 360, int(width_px))


# --- worker side (runs in the pool's processes; no Qt object is created there) -------------

_local = threading.local()


def _document(path: str) -> pymupdf.Document:
    """This thread's own open Document for ``path``: Documents are never shared across threads."""
    documents: OrderedDict[str, pymupdf.Document] | None = getattr(_local, "documents", None)
    if documents is None:
        documents = _local.documents = OrderedDict()
    if path in documents:
        documents.move_to_end(path)
        return documents[path]
    # checked once per open (a share may have damaged it), then opened as the intake does: an
    # image's frames become the same pages, by MuPDF or Pillow
    document = reopen_document(verified(Path(path)))
    documents[path] = document
    while len(documents) > _DOCUMENTS_PER_THREAD:
        documents.popitem(last=False)[1].close()
    return document


_TRANSPOSE = {90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180, 270: Image.Transpose.ROTATE_90}


def render_page_pixels(path: str, index: int, rotation: int, width: int) -> Pixels:
    """Render page ``index`` turned ``rotation`` degrees clockwise, ``width`` pixels wide once turned.

    Args:
        path: the stored file (opened read-only; never written).
        index: 0-based page in the file.
        rotation: display rotation, a multiple of 90.
        width: width of the displayed (rotated) image in device pixels.
    """
    page = _document(path)[index]
    rect = page.rect
    sideways = rotation % 180 == 90
    page_width_px = round(width * rect.width / max(rect.height, 1.0)) if sideways else width
    image = render_region(page, page_width_px=max(1, page_width_px), color=True)
    if rotation % 360 in _TRANSPOSE:
        image = image.transpose(_TRANSPOSE[rotation % 360])
    # BGRA with opaque alpha is QImage.Format_RGB32 in memory on little-endian machines.
    raw = image.convert("RGBA").tobytes("raw", "BGRA" if sys.byteorder == "little" else "ARGB")
    return image.width, image.height, raw


def _warm_worker() -> int:
    return os.getpid()


# --- UI side -------------------------------------------------------------------------------


@dataclass
class _Job:
    key: RenderKey
    priority: Priority
    sequence: int
    owners: set[Hashable] = field(default_factory=set)


class _ImageCache:
    """LRU of QImages bounded by their size in bytes."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.size_bytes = 0
        self._images: OrderedDict[RenderKey, QImage] = OrderedDict()

    def get(self, key: RenderKey) -> QImage | None:
        image = self._images.get(key)
        if image is not None:
            self._images.move_to_end(key)
        return image

    def put(self, key: RenderKey, image: QImage) -> None:
        if key in self._images:
            self.size_bytes -= self._images.pop(key).sizeInBytes()
        self._images[key] = image
        self.size_bytes += image.sizeInBytes()
        while self.size_bytes > self.max_bytes and len(self._images) > 1:
            _, evicted = self._images.popitem(last=False)
            self.size_bytes -= evicted.sizeInBytes()

    def keys(self) -> list[RenderKey]:
        return list(self._images)

    def clear(self) -> None:
        self._images.clear()
        self.size_bytes = 0


def _to_qimage(pixels: Pixels) -> QImage:
    width, height, raw = pixels
    # copy(): the QImage must own its memory, not borrow the bytes object.
    return QImage(raw, width, height, 4 * width, QImage.Format.Format_RGB32).copy()


def _default_executor(workers: int) -> Executor:
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))


class RenderService(QObject):
    """Owns the render workers, the image cache and the queue of pending page requests.

    Request images with ``request`` (returns the cached image at once, or None and renders
    it); each finished image is announced by ``page_rendered``. A request made with
    ``replace=True`` drops that owner's earlier requests still waiting, which is how a
    viewer paging fast only ever renders the page it stopped on.
    """

    page_rendered = Signal(object, QImage)  # RenderKey, image
    render_failed = Signal(object, str)  # RenderKey, message
    _job_finished = Signal(object, object, object)  # RenderKey, QImage | None, error text | None

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        workers: int | None = None,
        cache_bytes: int = DEFAULT_CACHE_BYTES,
        executor: Executor | None = None,
        render_function: RenderFunction = render_page_pixels,
    ) -> None:
        super().__init__(parent)
        cpus = os.cpu_count() or 1
        self.workers = workers or max(1, min(3, cpus - 1))
        self._owns_executor = executor is None
        self._executor = executor or _default_executor(self.workers)
        self._render_function = render_function
        self._cache = _ImageCache(cache_bytes)
        self._pending: dict[RenderKey, _Job] = {}
        self._in_flight: dict[RenderKey, Future[Pixels]] = {}
        self._failed: dict[RenderKey, str] = {}
        self._sequence = 0
        self._closed = False
        self._job_finished.connect(self._on_job_finished)
        if self._owns_executor:  # start the processes now, not on the first page
            for _ in range(self.workers):
                self._executor.submit(_warm_worker)

    # -- queries --

    def cached(self, ref: PageRef, width_px: int) -> QImage | None:
        """The image at exactly this width, if it is in the cache."""
        return self._cache.get(ref.key(self.clamp_width(width_px)))

    def best_cached(self, ref: PageRef) -> tuple[RenderKey, QImage] | None:
        """The widest cached image of this page at any width and rotation, with its key.

        A blurry or turned image drawn at once is better than an empty page while the sharp
        one renders.
        """
        path = str(ref.file_path)
        best: tuple[tuple[bool, int], RenderKey, QImage] | None = None
        for key in self._cache.keys():
            if key[0] != path or key[1] != ref.index:
                continue
            image = self._cache.get(key)
            score = (key[2] == ref.rotation % 360, key[3])  # the same rotation first, then the widest
            if image is not None and (best is None or score > best[0]):
                best = (score, key, image)
        return None if best is None else (best[1], best[2])

    def failure(self, ref: PageRef, width_px: int) -> str | None:
        return self._failed.get(ref.key(self.clamp_width(width_px)))

    def is_pending(self, ref: PageRef, width_px: int) -> bool:
        key = ref.key(self.clamp_width(width_px))
        return key in self._pending or key in self._in_flight

    @property
    def cache_bytes(self) -> int:
        return self._cache.size_bytes

    @staticmethod
    def clamp_width(width_px: int) -> int:
        return max(16, min(MAX_WIDTH_PX, int(width_px)))

    # -- requests --

    def request(
        self,
        ref: PageRef,
        width_px: int,
        *,
        priority: Priority = Priority.VISIBLE,
        owner: Hashable = None,
        replace: bool = False,
    ) -> QImage | None:
        """Return the cached image, or None and schedule it (once, however often it is asked).

        Args:
            ref: the page.
            width_px: displayed width in device pixels.
            priority: see ``Priority``; a repeated request keeps the most urgent one.
            owner: who asks (a viewer, a model); ``cancel`` and ``replace`` act per owner.
            replace: drop this owner's other requests that have not started yet.
        """
        key = ref.key(self.clamp_width(width_px))
        image = self._cache.get(key)
        if image is not None or self._closed:
            return image
        if replace:
            self._drop_pending(owner, keep=key)
        if key in self._failed or key in self._in_flight:
            return None
        self._sequence += 1
        job = self._pending.get(key)
        if job is None:
            job = self._pending[key] = _Job(key, priority, self._sequence)
        job.priority = min(job.priority, priority)
        job.sequence = self._sequence
        job.owners.add(owner)
        self._limit_pending(owner)
        self._dispatch()
        return None

    def prefetch(self, refs: Iterable[PageRef], width_px: int, *, owner: Hashable = "prefetch") -> None:
        """Render these pages in the background, replacing this owner's earlier prefetch."""
        refs = list(refs)
        keys = {ref.key(self.clamp_width(width_px)) for ref in refs}
        self._drop_pending(owner, keep_keys=keys)
        for ref in reversed(refs):  # the newest runs first, so the first ref is scheduled last
            self.request(ref, width_px, priority=Priority.PREFETCH, owner=owner)

    def cancel(self, owner: Hashable) -> None:
        """Drop the requests of ``owner`` that have not started (started renders still finish and are cached)."""
        self._drop_pending(owner)

    def clear_cache(self) -> None:
        """Drop every cached image (memory pressure, benchmarks)."""
        self._cache.clear()

    def forget_failures(self) -> None:
        """Let failed pages be tried again (the file was restored, for instance)."""
        self._failed.clear()

    def shutdown(self) -> None:
        """Stop the workers; pending requests are dropped. Call before the application quits."""
        self._closed = True
        self._pending.clear()
        if self._owns_executor:
            self._executor.shutdown(wait=True, cancel_futures=True)
        self._cache.clear()

    # -- scheduling (UI thread only) --

    def _drop_pending(
        self, owner: Hashable, *, keep: RenderKey | None = None, keep_keys: set[RenderKey] | None = None
    ) -> None:
        for key, job in list(self._pending.items()):
            if owner in job.owners and key != keep and (keep_keys is None or key not in keep_keys):
                job.owners.discard(owner)
                if not job.owners:
                    del self._pending[key]

    def _limit_pending(self, owner: Hashable) -> None:
        mine = [job for job in self._pending.values() if owner in job.owners]
        if len(mine) > MAX_PENDING_PER_OWNER:
            for job in sorted(mine, key=lambda job: job.sequence)[: len(mine) - MAX_PENDING_PER_OWNER]:
                job.owners.discard(owner)
                if not job.owners:
                    del self._pending[job.key]

    def _dispatch(self) -> None:
        while self._pending and len(self._in_flight) < self.workers and not self._closed:
            job = min(self._pending.values(), key=lambda job: (job.priority, -job.sequence))
            del self._pending[job.key]
            path, index, rotation, width = job.key
            try:
                future = self._executor.submit(self._render_function, path, index, rotation, width)
            except RuntimeError:  # executor shut down
                return
            self._in_flight[job.key] = future
            future.add_done_callback(partial(self._on_future_done, job.key))

    def _on_future_done(self, key: RenderKey, future: Future[Pixels]) -> None:
        """Runs in a worker or executor thread: build the QImage here, hand it to the UI thread."""
        if self._closed:
            return
        image, error = None, None
        try:
            image = _to_qimage(future.result())
        except Exception as exc:  # noqa: BLE001 - a bad page must not kill the service
            error = f"{type(exc).__name__}: {exc}"
        try:
            self._job_finished.emit(key, image, error)
        except RuntimeError:  # the service was deleted meanwhile
            pass

    def _on_job_finished(self, key: RenderKey, image: QImage | None, error: str | None) -> None:
        self._in_flight.pop(key, None)
        if self._closed:
            return
        if image is not None:
            self._cache.put(key, image)
            self.page_rendered.emit(key, image)
        else:
            log.warning("page %s could not be rendered: %s", key, error)
            self._failed[key] = error or ""
            self.render_failed.emit(key, error or "")
        self._dispatch()
