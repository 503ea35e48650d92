"""Start the TelValid Desktop window."""

import multiprocessing

from telvalid_desktop.app import main

if __name__ == "__main__":  # worker processes (spawn) import this file again
    # In a bundle, a worker is this program started again: it runs its task here and exits.
    multiprocessing.freeze_support()
    raise SystemExit(main())
