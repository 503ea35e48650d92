"""Pages looked at in a dossier's viewer are remembered per dossier, once per viewer, without
changing the dossier (no history row, no new version); schema step 13 adds their table."""

from __future__ import annotations

from telvalid_desktop.core.lifecycle.page_views import pages_seen, record_page_views
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db.migrations import LATEST_VERSION, current_version, migrate
from telvalid_desktop.db.models import Page, PageView, SchemaVersion
from tests.core.factories import dossier, events, submission

A, B = "48151623", "73920158"
PAGE_VIEW_STEP = 13


def test_a_look_is_kept_once_per_page_and_viewer_and_changes_nothing_of_the_dossier(workspace: Workspace) -> None:
    _, pages = submission(A, pages=3)
    before = (dossier(A).version, events(A))
    record_page_views(dossier(A).id, [pages[0], pages[1]], "tech1")
    record_page_views(dossier(A).id, [pages[1], pages[0]], "tech1")  # seen again: nothing new
    record_page_views(dossier(A).id, [pages[1]], "tech2")
    seen = pages_seen(dossier(A).id)
    assert set(seen) == {pages[0], pages[1]}  # the third was never shown
    assert seen[pages[1]].by == "tech1"  # the first look is the one told
    assert PageView.select().count() == 3  # (page, viewer) once each: the audit keeps who looked
    assert (dossier(A).version, events(A)) == before


def test_a_page_is_seen_in_its_dossier_only(workspace: Workspace) -> None:
    _, pages_a = submission(A, pages=2)
    moved, pages_b = submission(B, pages=1)
    record_page_views(dossier(A).id, [*pages_a, *pages_b], "tech1")  # B's page is not A's to see
    assert set(pages_seen(dossier(A).id)) == set(pages_a) and pages_seen(dossier(B).id) == {}
    Page.update(submission=moved).where(Page.id == pages_a[1]).execute()  # moved to B: unseen there
    assert pages_seen(dossier(B).id) == {}
    _, complement = submission(A, pages=1)  # arrives later
    assert complement[0] not in pages_seen(dossier(A).id)


def test_a_version_12_database_gets_the_page_views_table(workspace: Workspace) -> None:
    database = workspace.database
    database.drop_tables([PageView])  # as a database of the previous version
    SchemaVersion.delete().where(SchemaVersion.version >= PAGE_VIEW_STEP).execute()
    assert current_version(database) == PAGE_VIEW_STEP - 1 and not database.table_exists("page_view")
    assert migrate(database) == LATEST_VERSION >= PAGE_VIEW_STEP
    _, pages = submission(A, pages=1)
    record_page_views(dossier(A).id, pages, "tech1")
    assert set(pages_seen(dossier(A).id)) == set(pages)
