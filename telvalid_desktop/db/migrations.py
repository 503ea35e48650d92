"""Ordered schema upgrade steps, applied once each and recorded in ``schema_version``.

A new step is appended to ``STEPS`` (never edit an applied one); ``playhouse.migrate``
gives portable ALTERs for later steps.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import peewee

from telvalid_desktop.db.models import ALL_MODELS, SchemaVersion

log = logging.getLogger(__name__)


class SchemaTooNew(Exception):  # noqa: N818 - reads as a sentence where it is raised
    """The database was written by a newer version of the application."""


def _create_initial_tables(database: peewee.Database) -> None:
    database.create_tables(ALL_MODELS)


STEPS: tuple[Callable[[peewee.Database], None], ...] = (_create_initial_tables,)
LATEST_VERSION = len(STEPS)


def current_version(database: peewee.Database) -> int:
    """The highest applied step, 0 for an empty database."""
    if not database.table_exists(SchemaVersion._meta.table_name):
        return 0
    return SchemaVersion.select(peewee.fn.MAX(SchemaVersion.version)).scalar() or 0


def migrate(database: peewee.Database) -> int:
    """Apply the missing steps, each in its own transaction; return the resulting version."""
    version = current_version(database)
    if version > LATEST_VERSION:
        raise SchemaTooNew(f"schema {version} is newer than this application ({LATEST_VERSION})")
    for number, step in enumerate(STEPS[version:], start=version + 1):
        with database.atomic():
            step(database)
            SchemaVersion.create(version=number)
        log.info("database schema upgraded to version %d", number)
    return LATEST_VERSION
