"""Quit cleanly on SIGTERM and SIGINT (a logout, `kill`, Ctrl+C in a terminal).

Python runs signal handlers only between bytecodes, and Qt's event loop is C++: a wakeup
socket watched by the loop lets the handler run at once. Quitting through the loop closes the
windows, so their workers and worker processes end with them instead of outliving them.
"""

from __future__ import annotations

import signal
import socket

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication


class TerminationWatch(QObject):
    """Keeps the wakeup socket pair and its notifier alive for the application's life."""

    def __init__(self, application: QApplication) -> None:
        super().__init__(application)
        self._read, self._write = socket.socketpair()
        for end in (self._read, self._write):
            end.setblocking(False)
        signal.set_wakeup_fd(self._write.fileno())
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        for number in (signal.SIGTERM, signal.SIGINT):
            # Through a timer: a signal that lands before the event loop runs still ends it once it does.
            signal.signal(number, lambda *_: QTimer.singleShot(0, lambda: self._quit(application)))

    @staticmethod
    def _quit(application: QApplication) -> None:
        application.closeAllWindows()
        application.quit()

    def _drain(self) -> None:
        try:
            self._read.recv(64)
        except BlockingIOError:
            pass
