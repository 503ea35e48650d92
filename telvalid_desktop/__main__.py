"""`python -m telvalid_desktop ...` is the `telvalid` command line (and the entry of the bundle's `telvalid`)."""

import multiprocessing

if __name__ == "__main__":
    # In a bundle, a page worker is this program started again: it runs its task here and exits.
    multiprocessing.freeze_support()
    from telvalid_desktop.cli import main

    raise SystemExit(main())
