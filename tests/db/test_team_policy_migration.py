"""Schema step 12 adds the team's policy to a database of the previous version, with the defaults."""

from __future__ import annotations

from telvalid_desktop.core.team_policy import POLICY_KEYS, TEXT_KEYS, TeamPolicy, read_policy
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db.migrations import LATEST_VERSION, current_version, migrate
from telvalid_desktop.db.models import SchemaVersion, TeamPolicyChange, TeamPolicyValue

POLICY_STEP = 12
REPLY_ADDRESS_STEP = 15


def test_a_version_11_database_gets_the_team_policy_with_its_defaults(workspace: Workspace) -> None:
    database = workspace.database
    database.drop_tables([TeamPolicyChange, TeamPolicyValue])  # as a database of the previous version
    SchemaVersion.delete().where(SchemaVersion.version >= POLICY_STEP).execute()
    assert current_version(database) == POLICY_STEP - 1 and not database.table_exists("team_policy_value")

    assert migrate(database) == LATEST_VERSION >= POLICY_STEP
    rows = TeamPolicyValue.select()
    assert {row.key: row.text_value if row.key in TEXT_KEYS else row.int_value for row in rows} == {
        key: getattr(TeamPolicy(), key) for key in POLICY_KEYS
    }
    assert TeamPolicyChange.select().count() == 0 and read_policy() == TeamPolicy()


def test_step_15_adds_the_reply_address_once_empty(workspace: Workspace) -> None:
    """Empty: the letters give the letterhead's e-mail until a lead sets another address."""
    TeamPolicyValue.delete().where(TeamPolicyValue.key == "reply_address").execute()
    SchemaVersion.delete().where(SchemaVersion.version >= REPLY_ADDRESS_STEP).execute()
    assert migrate(workspace.database) == LATEST_VERSION >= REPLY_ADDRESS_STEP
    assert read_policy().reply_address == ""
    assert TeamPolicyValue.select().where(TeamPolicyValue.key == "reply_address").count() == 1


def test_a_key_without_a_row_reads_its_default(workspace: Workspace) -> None:
    TeamPolicyValue.delete().where(TeamPolicyValue.key == "retention_months").execute()  # a key added later
    assert read_policy() == TeamPolicy()
