"""PyInstaller runtime hook, run before the app's code in the window, the command line and every worker.

1. Programs the app starts (tesseract for pytesseract, a PDF viewer, pg_dump) get the user's library path back:
   the bootloader points LD_LIBRARY_PATH at the bundle's own libraries, and a system program loading those
   instead of its distribution's fails (or worse) wherever they differ. Our own workers are the bundle started
   again: its bootloader sets the path anew for them.
2. A bundle built with a Tesseract (build_bundle.sh --tesseract-dir) reads headers with it, not the system's.
   Without a bundled tesseract/ folder the system's models are found as from a checkout.
"""

import os
import sys
from pathlib import Path


def _give_back_library_path() -> None:
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is not None:
        os.environ["LD_LIBRARY_PATH"] = original
    else:
        os.environ.pop("LD_LIBRARY_PATH", None)


def _use_bundled_tesseract() -> None:
    root = Path(getattr(sys, "_MEIPASS", "")) / "tesseract"
    if not (root / "tessdata").is_dir():
        return
    # The bundled models go with the bundled engine: a TESSDATA_PREFIX left for another install must not win.
    os.environ["TESSDATA_PREFIX"] = str(root / "tessdata")
    # pytesseract (the fallback engine) runs the first 'tesseract' on PATH.
    os.environ["PATH"] = os.pathsep.join([str(root), os.environ.get("PATH", "")])


if sys.platform.startswith("linux"):
    _give_back_library_path()
_use_bundled_tesseract()
