"""Real TrueType fonts from Debian packages, picked by family and style; missing ones are skipped."""

from __future__ import annotations

import functools
import random
from dataclasses import dataclass
from pathlib import Path

import pymupdf

FONT_DIRS = (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"))

# family -> style -> candidate file names (first found wins per candidate; all found ones are used)
PRINTED: dict[str, dict[str, tuple[str, ...]]] = {
    "serif": {
        "regular": ("DejaVuSerif.ttf", "LiberationSerif-Regular.ttf", "FreeSerif.ttf"),
        "bold": ("DejaVuSerif-Bold.ttf", "LiberationSerif-Bold.ttf", "FreeSerifBold.ttf"),
        "italic": ("DejaVuSerif-Italic.ttf", "LiberationSerif-Italic.ttf", "FreeSerifItalic.ttf"),
    },
    "sans": {
        "regular": ("DejaVuSans.ttf", "LiberationSans-Regular.ttf", "FreeSans.ttf"),
        "bold": ("DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf", "FreeSansBold.ttf"),
        "italic": ("DejaVuSans-Oblique.ttf", "LiberationSans-Italic.ttf", "FreeSansOblique.ttf"),
    },
    "mono": {
        "regular": ("DejaVuSansMono.ttf", "LiberationMono-Regular.ttf", "FreeMono.ttf"),
        "bold": ("DejaVuSansMono-Bold.ttf", "LiberationMono-Bold.ttf", "FreeMonoBold.ttf"),
        "italic": ("DejaVuSansMono-Oblique.ttf", "LiberationMono-Italic.ttf", "FreeMonoOblique.ttf"),
    },
    "condensed": {
        "regular": ("DejaVuSansCondensed.ttf", "LiberationSansNarrow-Regular.ttf", "DejaVuSerifCondensed.ttf"),
        "bold": ("DejaVuSansCondensed-Bold.ttf", "LiberationSansNarrow-Bold.ttf", "DejaVuSerifCondensed-Bold.ttf"),
        "italic": ("DejaVuSansCondensed-Oblique.ttf", "LiberationSansNarrow-Italic.ttf"),
    },
}
HANDWRITING = (
    "dkg.ttf",
    "dkgIt.ttf",
    "Breip.ttf",
    "Humor-Sans.ttf",
    "femkeklaver.ttf",
    "DancingScript-Regular.otf",
    "ComicNeue-Regular.otf",
    "ComicNeue-Italic.otf",
)
FALLBACK = "DejaVuSans.ttf"


@dataclass(frozen=True)
class FontRef:
    """One font file (or a PDF base-14 name when no file at all was found)."""

    name: str
    path: str | None

    @property
    def alias(self) -> str:
        stem = "".join(ch for ch in self.name if ch.isalnum())
        return f"F{stem[:24]}"


@functools.cache
def _index() -> dict[str, str]:
    found: dict[str, str] = {}
    for root in FONT_DIRS:
        if not root.is_dir():
            continue
        for path in root.rglob("*"):
            if path.suffix.lower() in {".ttf", ".otf"}:
                found.setdefault(path.name, str(path))
    return found


def _refs(names: tuple[str, ...]) -> list[FontRef]:
    index = _index()
    return [FontRef(name, index[name]) for name in names if name in index]


def fallback() -> FontRef:
    refs = _refs((FALLBACK,))
    return refs[0] if refs else FontRef("helv", None)


def printed(family: str, style: str, rng: random.Random) -> FontRef:
    """A font of the family and style ('regular', 'bold', 'italic'); falls back to regular, then DejaVu."""
    styles = PRINTED.get(family, PRINTED["sans"])
    refs = _refs(styles.get(style, ())) or _refs(styles["regular"])
    return rng.choice(refs) if refs else fallback()


def handwriting(rng: random.Random) -> FontRef:
    refs = _refs(HANDWRITING)
    return rng.choice(refs) if refs else printed("sans", "italic", rng)


@functools.cache
def font_object(ref: FontRef) -> pymupdf.Font:
    """The measuring object of a font (cached per process)."""
    if ref.path is None:
        return pymupdf.Font(ref.name)
    return pymupdf.Font(fontfile=ref.path)


_ADVANCES: dict[tuple[FontRef, str], float] = {}


def text_width(ref: FontRef, text: str, size: float) -> float:
    """Width in points (advances cached per character: MuPDF's text_length is slow)."""
    total = 0.0
    for ch in text:
        advance = _ADVANCES.get((ref, ch))
        if advance is None:
            advance = float(font_object(ref).glyph_advance(ord(ch)))
            _ADVANCES[(ref, ch)] = advance
        total += advance
    return total * size
