"""Start the TelValid Desktop window."""

from telvalid_desktop.app import main

if __name__ == "__main__":  # worker processes (spawn) import this file again
    raise SystemExit(main())
