"""Ordered schema upgrade steps, applied once each and recorded in ``schema_version``.

A new step is appended to ``STEPS`` (never edit an applied one); ``playhouse.migrate``
gives portable ALTERs for later steps.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import peewee
from playhouse import migrate as schema

from telvalid_desktop.db.dossier_search import create_search_index
from telvalid_desktop.db.models import (
    ALL_MODELS,
    AuditEvent,
    ChecklistItem,
    ChecklistPage,
    Claim,
    Hold,
    Letter,
    PageOperation,
    PageOperationPage,
    PageView,
    ReceivedEmail,
    RulesSnapshot,
    SchemaVersion,
    TeamPolicyChange,
    TeamPolicyValue,
    User,
    Validation,
    ValidationExport,
)

log = logging.getLogger(__name__)


class SchemaTooNew(Exception):  # noqa: N818 - reads as a sentence where it is raised
    """The database was written by a newer version of the application."""

    def __init__(self, found: int, supported: int) -> None:
        super().__init__(f"schema {found} is newer than this application ({supported})")
        self.found = found
        self.supported = supported


def _create_initial_tables(database: peewee.Database) -> None:
    database.create_tables(ALL_MODELS)


# Columns of step 2, frozen here: later model changes must not change what this step does.
_STEP_2_COLUMNS: tuple[tuple[str, str, peewee.Field], ...] = (
    ("dossier", "payment_method", peewee.CharField(null=True)),
    ("dossier", "customer_type", peewee.CharField(null=True)),
    ("dossier", "rules_version", peewee.IntegerField(null=True)),
    # NOT NULL with a database default: one portable ALTER, no table rebuild on SQLite.
    ("page", "display_rotation", peewee.IntegerField(default=0, constraints=[peewee.SQL("DEFAULT 0")])),
)


def _add_claims_checklist_decisions_and_page_log(database: peewee.Database) -> None:
    """Claims, checklist items, validations, holds, the page operation log; facts and rotation columns.

    Step 1 creates the tables of the current models, so on a new database all of this
    exists already: only what is missing is added.
    """
    database.create_tables((Claim, ChecklistItem, ChecklistPage, Validation, Hold, PageOperation, PageOperationPage))
    migrator = schema.SchemaMigrator.from_database(database)
    for table, column, field in _STEP_2_COLUMNS:
        if column not in {existing.name for existing in database.get_columns(table)}:
            schema.migrate(migrator.add_column(table, column, field, allow_not_null=True))


def _add_list_indexes(database: peewee.Database) -> None:
    """Indexes the dossier list needs to stay instant on 100,000 dossiers (tests/bench/list_100k.py)."""
    for statement in (
        "CREATE INDEX IF NOT EXISTS dossier_created_at ON dossier (created_at)",
        "CREATE INDEX IF NOT EXISTS dossier_status_complement ON dossier (status, complement_received)",
        "CREATE INDEX IF NOT EXISTS submission_dossier_received ON submission (dossier_id, received_at)",
    ):
        database.execute_sql(statement)


# Column of step 4, frozen here like those of step 2.
_STEP_4_COLUMN: tuple[str, str, peewee.Field] = ("stored_file", "analysis_seconds", peewee.FloatField(null=True))


def _add_analysis_time(database: peewee.Database) -> None:
    """How long the intake of each file took, for the batch figures (pages per minute).

    Files imported before this step keep no time (NULL): their speed is unknown, not zero.
    """
    table, column, field = _STEP_4_COLUMN
    if column not in {existing.name for existing in database.get_columns(table)}:
        schema.migrate(schema.SchemaMigrator.from_database(database).add_column(table, column, field))


# Columns of step 5, frozen here like those of step 2.
_STEP_5_COLUMNS: tuple[tuple[str, str, peewee.Field], ...] = (
    ("dossier", "superseded_by", peewee.CharField(max_length=10, null=True)),
    (
        "validation",
        "export_id",
        peewee.ForeignKeyField(ValidationExport, null=True, field=ValidationExport.id, on_delete="RESTRICT"),
    ),
)


def _add_letters_exports_rules_and_supersession(database: peewee.Database) -> None:
    """Letters to customers, validation exports (each validation exported once), rules snapshots,
    and the newer procedure that superseded a dossier. Only what is missing is added."""
    database.create_tables((ValidationExport, Letter, RulesSnapshot))
    migrator = schema.SchemaMigrator.from_database(database)
    for table, column, field in _STEP_5_COLUMNS:
        if column not in {existing.name for existing in database.get_columns(table)}:
            schema.migrate(migrator.add_column(table, column, field))


def _add_users(database: peewee.Database) -> None:
    """Users and their roles (mailroom, technician, lead)."""
    database.create_tables((User,))


# Column of step 7, frozen here like those of step 2.
_STEP_7_COLUMN: tuple[str, str, peewee.Field] = ("dossier", "assigned_to", peewee.CharField(null=True))


def _add_assignment_and_audit(database: peewee.Database) -> None:
    """Which technician follows each dossier (the lead spreads the work), the history of
    what concerns no single dossier, and the indexes of the lead's review and dashboard."""
    database.create_tables((AuditEvent,))
    table, column, field = _STEP_7_COLUMN
    if column not in {existing.name for existing in database.get_columns(table)}:
        schema.migrate(schema.SchemaMigrator.from_database(database).add_column(table, column, field))
    for statement in (
        "CREATE INDEX IF NOT EXISTS dossier_assigned_to ON dossier (assigned_to)",
        "CREATE INDEX IF NOT EXISTS hold_dossier_at ON hold (dossier_id, at)",
        "CREATE INDEX IF NOT EXISTS letter_dossier_at ON letter (dossier_id, at)",
        "CREATE INDEX IF NOT EXISTS dossier_event_at ON dossier_event (at)",
    ):
        database.execute_sql(statement)


def _add_received_at_index(database: peewee.Database) -> None:
    """Submissions by arrival date alone: the dashboard's count per day over a year goes from
    4.3 s to 53 ms on 140,000 submissions (tests/bench/dashboard_100k.py)."""
    database.execute_sql("CREATE INDEX IF NOT EXISTS submission_received_at ON submission (received_at)")


CHANGES_CHANNEL = "telvalid_changes"  # LISTEN/NOTIFY channel of the live updates (PostgreSQL)
_NOTIFIED_TABLES = ("dossier_event", "submission", "page_operation")


def _notify_changes(database: peewee.Database) -> None:
    """On PostgreSQL, every row added to the history, the submissions or the page log wakes the
    other workstations (NOTIFY, sent at commit); SQLite workstations look every second instead."""
    if not isinstance(database, peewee.PostgresqlDatabase):
        return
    database.execute_sql(
        "CREATE OR REPLACE FUNCTION telvalid_notify_change() RETURNS trigger AS $$ "
        f"BEGIN PERFORM pg_notify('{CHANGES_CHANNEL}', TG_TABLE_NAME); RETURN NULL; END; $$ LANGUAGE plpgsql"
    )
    for table in _NOTIFIED_TABLES:
        database.execute_sql(f"DROP TRIGGER IF EXISTS {table}_notify ON {table}")
        database.execute_sql(
            f"CREATE TRIGGER {table}_notify AFTER INSERT OR UPDATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION telvalid_notify_change()"
        )


# Column of step 10, frozen here like those of step 2.
_STEP_10_COLUMN: tuple[str, str, peewee.Field] = ("stored_file", "purged_at", peewee.DateTimeField(null=True))


def _add_purge_mark(database: peewee.Database) -> None:
    """When a scan was deleted at the end of its retention period: its rows stay, the file does not."""
    table, column, field = _STEP_10_COLUMN
    if column not in {existing.name for existing in database.get_columns(table)}:
        schema.migrate(schema.SchemaMigrator.from_database(database).add_column(table, column, field))


# Known procedure columns of step 11's search index, frozen here like those of step 2.
_STEP_11_SEARCHED = ("customer_name", "telephony_group", "account")


def _add_dossier_search_index(database: peewee.Database) -> None:
    """The list's search through a trigram index the database keeps itself (db/dossier_search.py):
    a partial number or name on 100,000 dossiers in a few ms instead of 100 or more, accents ignored.
    Filled here for the rows already there."""
    create_search_index(database, _STEP_11_SEARCHED)


# The team's policy as this step first writes it, frozen here: a later release changing a default
# in core/team_policy.py does not change a team's values under it (a key added later reads its default).
_STEP_12_POLICY: dict[str, int] = {
    "out_of_plan_allowance_eur": 150,
    "reminder_after_days": 15,
    "hold_warning_after_days": 15,
    "hold_alert_after_days": 30,
    "old_claim_hours": 8,
    "retention_months": 0,
    "max_envelope_pages": 30,
}


def _add_team_policy(database: peewee.Database) -> None:
    """The values every workstation applies alike (allowance, thresholds, retention, envelope size),
    until now in each user's settings file: one row per key, with the defaults, and their history.
    A workstation's own values are imported once by the first session after this (core/team_policy_import.py)."""
    database.create_tables((TeamPolicyValue, TeamPolicyChange))
    present = {row.key for row in TeamPolicyValue.select(TeamPolicyValue.key)}
    for key, value in _STEP_12_POLICY.items():
        if key not in present:
            TeamPolicyValue.insert(key=key, int_value=value, changed_by="").execute()


def _add_page_views(database: peewee.Database) -> None:
    """Which pages of a dossier were shown in the page viewer, by whom and when: a hold tells the
    technician which pages nobody has looked at before asking the customer for documents again."""
    database.create_tables((PageView,))


def _add_received_emails(database: peewee.Database) -> None:
    """E-mails taken in (sender, subject, date, Message-ID, the original kept in the store): their
    submissions show who wrote and about what, and a Message-ID seen again is a duplicate."""
    database.create_tables((ReceivedEmail,))


def _add_reply_address(database: peewee.Database) -> None:
    """The team's reply address (where customers e-mail their documents): a text value of the team's
    policy, its row created as every key's is, empty (the letterhead's e-mail) until a lead sets one."""
    if not TeamPolicyValue.select().where(TeamPolicyValue.key == "reply_address").exists():
        TeamPolicyValue.insert(key="reply_address", text_value="", changed_by="").execute()


# Columns of step 16, frozen here like those of step 2.
_STEP_16_COLUMNS: tuple[tuple[str, str, peewee.Field], ...] = tuple(
    ("known_procedure", column, peewee.CharField(default="", constraints=[peewee.SQL("DEFAULT ''")]))
    for column in ("address_line1", "address_line2", "postal_code", "city", "country")
)


def _add_customer_address(database: peewee.Database) -> None:
    """The customer's postal address from the manager export, printed in the hold letter's window
    (empty for the procedures imported before: their letters carry no address, as before)."""
    migrator = schema.SchemaMigrator.from_database(database)
    present = {existing.name for existing in database.get_columns("known_procedure")}
    for table, column, field in _STEP_16_COLUMNS:
        if column not in present:
            schema.migrate(migrator.add_column(table, column, field, allow_not_null=True))


STEPS: tuple[Callable[[peewee.Database], None], ...] = (
    _create_initial_tables,
    _add_claims_checklist_decisions_and_page_log,
    _add_list_indexes,
    _add_analysis_time,
    _add_letters_exports_rules_and_supersession,
    _add_users,
    _add_assignment_and_audit,
    _add_received_at_index,
    _notify_changes,
    _add_purge_mark,
    _add_dossier_search_index,
    _add_team_policy,
    _add_page_views,
    _add_received_emails,
    _add_reply_address,
    _add_customer_address,
)
LATEST_VERSION = len(STEPS)


def current_version(database: peewee.Database) -> int:
    """The highest applied step, 0 for an empty database."""
    if not database.table_exists(SchemaVersion._meta.table_name):
        return 0
    return SchemaVersion.select(peewee.fn.MAX(SchemaVersion.version)).scalar() or 0


MIGRATION_LOCK = 0x7E1_0A11D  # PostgreSQL advisory lock key: one migrator at a time


@contextmanager
def _one_migrator(database: peewee.Database) -> Iterator[None]:
    """Several workstations starting a new version at once: one migrates, the others wait and find it done.

    PostgreSQL: a session advisory lock. SQLite: each step's transaction takes the write
    lock first (``IMMEDIATE``) and checks the version again inside it.
    """
    if not isinstance(database, peewee.PostgresqlDatabase):
        yield
        return
    database.execute_sql("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK,))
    try:
        yield
    finally:
        database.execute_sql("SELECT pg_advisory_unlock(%s)", (MIGRATION_LOCK,))


def _step_transaction(database: peewee.Database) -> Any:
    if isinstance(database, peewee.SqliteDatabase):
        return database.atomic(lock_type="IMMEDIATE")
    return database.atomic()


def migrate(database: peewee.Database) -> int:
    """Apply the missing steps, each in its own transaction; return the resulting version.

    Refuses (``SchemaTooNew``) a database a newer version of the application has upgraded:
    an older one would write rows the newer one does not expect.
    """
    with _one_migrator(database):
        version = current_version(database)
        if version > LATEST_VERSION:
            raise SchemaTooNew(version, LATEST_VERSION)
        for number, step in enumerate(STEPS[version:], start=version + 1):
            with _step_transaction(database):
                if current_version(database) >= number:  # another process did it meanwhile (SQLite)
                    continue
                step(database)
                SchemaVersion.create(version=number)
            log.info("database schema upgraded to version %d", number)
    return LATEST_VERSION
