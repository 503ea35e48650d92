"""`python -m telvalid_desktop ...` is the `telvalid` command line."""

from telvalid_desktop.cli import main

raise SystemExit(main())
