"""TelValid Desktop: intake and validation of telephony direct-debit dossiers."""

__version__ = "0.1.0"
