"""Start the TelValid Desktop window."""

from telvalid_desktop.app import main

raise SystemExit(main())
