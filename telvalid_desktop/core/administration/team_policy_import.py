"""The one-time import of a workstation's own policy values, on the first start after the upgrade.

Before the team's policy lived in the database (schema step 12), each user's settings file held
the allowance, the thresholds, the retention and the envelope size. Settings no longer read those
keys, but an old file still has them. So that a team that had changed them does not silently go
back to the defaults: the first session that opens with values other than the defaults in its
file, and finds the policy never changed, writes them as the team's with a history row (reason
``imported_from_settings``, actor: that user). Any later workstation's own values are ignored,
with a line in its log saying which: the team's are in force and a lead changes them.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from telvalid_desktop.core.team_policy import (
    IMPORTED_FROM_SETTINGS,
    POLICY_LIMITS,
    TeamPolicy,
    check_policy,
    policy_ever_changed,
    read_policy,
    with_values,
    write_policy,
)
from telvalid_desktop.db.models import database_proxy

log = logging.getLogger(__name__)


def local_policy_values(path: Path) -> dict[str, int]:
    """The policy keys an old settings file still holds, of the right type, in range, not the default."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return {}
    if not isinstance(data, dict):
        return {}
    defaults = TeamPolicy()
    found: dict[str, int] = {}
    for key in POLICY_LIMITS:  # the whole numbers settings files held (not the later text values)
        value = data.get(key)
        if isinstance(value, bool) or not isinstance(value, int):
            continue
        low, high = POLICY_LIMITS[key]
        if low <= value <= high and value != getattr(defaults, key):
            found[key] = value
    if check_policy(with_values(defaults, found)):  # amber not below red: the thresholds are left out
        found.pop("hold_warning_after_days", None)
        found.pop("hold_alert_after_days", None)
    return found


def adopt_local_policy(path: Path, user: str) -> dict[str, int]:
    """Import this workstation's values if the policy was never changed; return what was imported."""
    values = local_policy_values(path)
    if not values:
        return {}
    with database_proxy.atomic():
        if policy_ever_changed():
            differing = {key: value for key, value in values.items() if getattr(read_policy(), key) != value}
            if differing:
                log.warning("settings file values ignored, the team's policy is in force: %s", differing)
            return {}
        write_policy(values, user, reason=IMPORTED_FROM_SETTINGS)
    log.info("team policy imported from %s's settings: %s", user, values)
    return values
