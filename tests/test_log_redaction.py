"""Logs never keep a customer's IBAN or identity number; procedure numbers stay readable."""

from __future__ import annotations

import logging
from pathlib import Path

from telvalid_desktop.log import configure_logging, redact


def test_ibans_and_long_numbers_are_masked_procedure_numbers_kept() -> None:
    assert redact("RIB FR76 3000 6000 0112 3456 7890 189 reçu pour 48151623") == (
        "RIB FR76…[IBAN masqué] reçu pour 48151623"
    )
    assert redact("iban=FR7630006000011234567890189") == "iban=FR76…[IBAN masqué]"
    assert redact("CNI 880692310285 du titulaire") == "CNI [numéro masqué] du titulaire"
    assert redact("procédure 1234567890, page 12") == "procédure 1234567890, page 12"


def test_the_log_file_never_holds_them_even_in_a_traceback(tmp_path: Path) -> None:
    configure_logging(tmp_path)
    log = logging.getLogger("telvalid_desktop.test")
    log.info("read %s on page %d", "DE89 3704 0044 0532 0130 00", 2)
    try:
        raise ValueError("bad account 30006000011234567890189")
    except ValueError:
        log.exception("import failed")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = (tmp_path / "telvalid.log").read_text(encoding="utf-8")
    assert "DE89…[IBAN masqué] on page 2" in text
    assert "3704" not in text and "30006000011234567890189" not in text
    assert "ValueError: bad account [numéro masqué]" in text
