"""OCR engines behind one small interface, so the header logic never depends on tesseract.

``TesserocrEngine`` keeps one tesseract instance (model loaded) per process, which
is what makes a header band cost ~30 ms instead of ~120 ms with ``pytesseract``
(that one starts a process and loads the model at every call).

Workers must set ``OMP_THREAD_LIMIT=1`` in their environment *before* importing
tesserocr: Debian's tesseract is built with OpenMP and is 4-8x slower when its
threads fight over the cores used by the other workers.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from PIL import Image

from telvalid_desktop.intake.types import union_box

log = logging.getLogger(__name__)

# 'fra' alone reads labels and digits as well as 'fra+eng' (58 vs 59 of 60 scanned pages, no wrong
# number either way) and is faster (51 vs 53 ms median; 38 vs 51 ms on one band): bench_header.py --lang.
DEFAULT_LANG = "fra"
_TESSDATA_DIRS = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
    "/opt/homebrew/share/tessdata",
    r"C:\Program Files\Tesseract-OCR\tessdata",
)


@dataclass(frozen=True)
class OcrResult:
    """What an engine read in one image.

    Attributes:
        text: words joined by single spaces, lines by newlines.
        confidences: one 0-100 confidence per character of ``text`` (100 for separators).
        boxes: one pixel box (x0, y0, x1, y1) per character of ``text``, None for separators.
        dictionary_share: share of the words of 3+ letters found in the language's dictionary,
            None when the engine does not tell (text read upside down scores near 0).
    """

    text: str
    confidences: tuple[float, ...]
    boxes: tuple[tuple[int, int, int, int] | None, ...]
    dictionary_share: float | None = None

    def confidence_of(self, start: int, end: int) -> float:
        """Lowest confidence (0-100) of the non-space characters in ``text[start:end]``."""
        chars = zip(self.text[start:end], self.confidences[start:end], strict=True)
        values = [confidence for char, confidence in chars if not char.isspace()]
        return min(values, default=0.0)

    def box_of(self, start: int, end: int) -> tuple[int, int, int, int] | None:
        """Pixel box around the characters ``text[start:end]``."""
        return union_box(self.boxes[start:end])


EMPTY_RESULT = OcrResult("", (), ())


class OcrEngine(Protocol):
    """Anything that turns an image into text with per-character confidences."""

    name: str

    def recognize(self, image: Image.Image, *, psm: int = 6) -> OcrResult:
        """Read ``image`` with tesseract page segmentation mode ``psm``."""
        ...


def find_tessdata(lang: str = DEFAULT_LANG) -> Path | None:
    """The tessdata directory holding every model of ``lang`` ('fra+eng'), or None.

    ``TESSDATA_PREFIX`` wins when it holds the models (with or without a trailing
    ``tessdata``); then the usual install locations.
    """
    candidates: list[Path] = []
    prefix = os.environ.get("TESSDATA_PREFIX")
    if prefix:
        candidates += [Path(prefix), Path(prefix) / "tessdata"]
    candidates += [Path(d) for d in _TESSDATA_DIRS]
    models = [f"{code}.traineddata" for code in lang.split("+")]
    for directory in candidates:
        if all((directory / model).is_file() for model in models):
            return directory
    return None


class _ResultBuilder:
    """Accumulates characters with their confidence and box into an ``OcrResult``."""

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.confidences: list[float] = []
        self.boxes: list[tuple[int, int, int, int] | None] = []

    def separator(self, char: str) -> None:
        if self.chars and self.chars[-1] not in " \n":
            self.add(char, 100.0, None)
        elif self.chars and char == "\n":
            self.chars[-1] = "\n"

    def add(self, text: str, confidence: float, box: tuple[int, int, int, int] | None) -> None:
        for char in text:
            self.chars.append(char)
            self.confidences.append(confidence)
            self.boxes.append(box)

    def build(self, dictionary_share: float | None = None) -> OcrResult:
        while self.chars and self.chars[-1] in " \n":
            self.chars.pop()
            self.confidences.pop()
            self.boxes.pop()
        return OcrResult("".join(self.chars), tuple(self.confidences), tuple(self.boxes), dictionary_share)


class TesserocrEngine:
    """In-process tesseract (tesserocr), model loaded once; calls are serialised by a lock."""

    name = "tesserocr"

    def __init__(self, lang: str = DEFAULT_LANG, tessdata: Path | None = None) -> None:
        import tesserocr  # noqa: PLC0415 - optional dependency, imported only when chosen

        path = tessdata or find_tessdata(lang)
        if path is None:
            raise RuntimeError(f"no tessdata directory with the '{lang}' model")
        self._tesserocr = tesserocr
        # The band is black on white: skip tesseract's inverted-text retry (costly, useless here).
        self._api = tesserocr.PyTessBaseAPI(path=str(path), lang=lang, variables={"tessedit_do_invert": "0"})
        self._lock = threading.Lock()

    def recognize(self, image: Image.Image, *, psm: int = 6) -> OcrResult:
        """Read ``image``; the text is rebuilt symbol by symbol to keep confidences aligned."""
        ril = self._tesserocr.RIL
        with self._lock:
            self._api.SetPageSegMode(psm)
            # Raw grey bytes: SetImage would encode the image to BMP and decode it again.
            grey = image if image.mode == "L" else image.convert("L")
            self._api.SetImageBytes(grey.tobytes(), grey.width, grey.height, 1, grey.width)
            self._api.Recognize()
            iterator = self._api.GetIterator()
            builder = _ResultBuilder()
            if iterator is None:
                return EMPTY_RESULT
            words = known = 0
            for symbol in self._tesserocr.iterate_level(iterator, ril.SYMBOL):
                if symbol.IsAtBeginningOf(ril.WORD):
                    builder.separator("\n" if symbol.IsAtBeginningOf(ril.TEXTLINE) else " ")
                    if sum(char.isalpha() for char in symbol.GetUTF8Text(ril.WORD) or "") >= 3:
                        words += 1
                        known += bool(symbol.WordIsFromDictionary())
                try:
                    text = symbol.GetUTF8Text(ril.SYMBOL)
                except RuntimeError:  # an empty symbol (noise blob)
                    continue
                if text:
                    builder.add(text, symbol.Confidence(ril.SYMBOL), symbol.BoundingBox(ril.SYMBOL))
            self._api.Clear()
        return builder.build(known / words if words else None)


class PytesseractEngine:
    """Tesseract as a subprocess (pytesseract): slower, used when tesserocr is missing.

    Confidences are per word (tesseract's TSV output); every character gets its word's.
    """

    name = "pytesseract"

    def __init__(self, lang: str = DEFAULT_LANG) -> None:
        import pytesseract  # noqa: PLC0415 - optional dependency, imported only when chosen

        pytesseract.get_tesseract_version()  # raises when the binary is missing
        self._pytesseract = pytesseract
        self._lang = lang
        tessdata = find_tessdata(lang)
        self._config = f'--tessdata-dir "{tessdata}"' if tessdata else ""

    def recognize(self, image: Image.Image, *, psm: int = 6) -> OcrResult:
        """Read ``image`` through tesseract's TSV output."""
        data = self._pytesseract.image_to_data(
            image,
            lang=self._lang,
            config=f"--psm {psm} {self._config}",
            output_type=self._pytesseract.Output.DICT,
        )
        return _result_from_tsv(data)


def _result_from_tsv(data: dict[str, list[Any]]) -> OcrResult:
    """Build a result from tesseract TSV columns (one row per word)."""
    builder = _ResultBuilder()
    previous_line = None
    for i, raw in enumerate(data["text"]):
        word = (raw or "").strip()
        if not word:
            continue
        line = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        builder.separator("\n" if line != previous_line else " ")
        previous_line = line
        left, top = int(data["left"][i]), int(data["top"][i])
        box = (left, top, left + int(data["width"][i]), top + int(data["height"][i]))
        builder.add(word, max(float(data["conf"][i]), 0.0), box)
    return builder.build()


class FakeOcr:
    """Scripted engine for tests: returns the given texts in turn, each char at ``confidence``.

    After the script runs out it keeps returning ``default`` (empty by default).
    ``calls`` records the (size, psm) of every request so tests can check what was read.
    """

    name = "fake"

    def __init__(self, texts: Iterable[str] = (), *, confidence: float = 95.0, default: str = "") -> None:
        self._texts = list(texts)
        self._confidence = confidence
        self._default = default
        self.calls: list[tuple[tuple[int, int], int]] = []

    def recognize(self, image: Image.Image, *, psm: int = 6) -> OcrResult:
        """Next scripted text, laid out as one 10x20 px cell per character."""
        self.calls.append((image.size, psm))
        text = self._texts.pop(0) if self._texts else self._default
        return fake_result(text, self._confidence)


def fake_result(text: str, confidence: float | Sequence[float] = 95.0) -> OcrResult:
    """An ``OcrResult`` for ``text`` with one confidence for all chars or one per char."""
    confidences = (
        tuple(float(confidence) for _ in text)
        if isinstance(confidence, int | float)
        else tuple(float(c) for c in confidence)
    )
    boxes: list[tuple[int, int, int, int] | None] = []
    line = column = 0
    for char in text:
        boxes.append(None if char.isspace() else (10 * column, 20 * line, 10 * column + 10, 20 * line + 20))
        line, column = (line + 1, 0) if char == "\n" else (line, column + 1)
    return OcrResult(text, confidences, tuple(boxes))


def create_engine(preferred: str = "auto", lang: str = DEFAULT_LANG) -> OcrEngine:
    """The best available engine: 'tesserocr', 'pytesseract', 'fake', or 'auto' (first that works).

    Raises:
        RuntimeError: the preferred engine (or, for 'auto', every engine) is unavailable.
    """
    if preferred == "fake":
        return FakeOcr()
    factories: dict[str, Any] = {"tesserocr": TesserocrEngine, "pytesseract": PytesseractEngine}
    names = list(factories) if preferred == "auto" else [preferred]
    errors = []
    for name in names:
        if name not in factories:
            raise ValueError(f"unknown OCR engine {name!r}")
        try:
            return factories[name](lang)
        except Exception as exc:  # noqa: BLE001 - ImportError, missing binary or model: try the next
            log.info("OCR engine %s unavailable: %s", name, exc)
            errors.append(f"{name}: {exc}")
    raise RuntimeError("no OCR engine available (" + "; ".join(errors) + ")")


@dataclass(frozen=True)
class OcrDescription:
    """Which Tesseract this machine reads headers with, for the About box and support requests."""

    engine: str  # "tesserocr", "pytesseract" or "" when none is usable
    version: str  # "5.5.4", or "" when unknown
    tessdata: Path | None


def describe_ocr(lang: str = DEFAULT_LANG) -> OcrDescription:
    """Tell the engine 'auto' would pick and its version, without loading a model."""
    tessdata = find_tessdata(lang)
    try:
        import tesserocr  # noqa: PLC0415 - optional dependency

        if tessdata is not None:
            return OcrDescription("tesserocr", tesserocr.tesseract_version().split()[1], tessdata)
    except ImportError:
        pass
    try:
        import pytesseract  # noqa: PLC0415 - optional dependency

        return OcrDescription("pytesseract", str(pytesseract.get_tesseract_version()), tessdata)
    except Exception:  # noqa: BLE001 - not installed or the binary is missing: say so
        return OcrDescription("", "", tessdata)
