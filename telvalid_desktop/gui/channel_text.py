"""How a submission came, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from telvalid_desktop.domain import Channel


def channel_label(code: str) -> str:
    """The channel's name; an unknown code is shown as it is."""
    labels = {
        Channel.POST.value: QCoreApplication.translate("Channel", "courrier"),
        Channel.EMAIL.value: QCoreApplication.translate("Channel", "courriel"),
        Channel.FAX.value: QCoreApplication.translate("Channel", "fax"),
        Channel.PHONE.value: QCoreApplication.translate("Channel", "téléphone"),
        Channel.OTHER.value: QCoreApplication.translate("Channel", "autre"),
    }
    return labels.get(code, code)
