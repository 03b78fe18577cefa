"""Restoring a backup as an operator: on this laptop, or on a new one with the backup's keys.

A backup is encrypted with the data key of the store it came from. ``backup_now`` writes that
store's ``keys.json`` beside it (``<backup>.keys.json``: wraps only, no data), so a new laptop
can take the backup and its operators' passwords together.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from desa_desktop.core.i18n import DEFAULT_LANG
from desa_desktop.core.security.accounts import (
    AccessDenied,
    StoreState,
    store_state,
    unlock,
    unwrap_key,
)
from desa_desktop.core.security.keyring import keyring_path
from desa_desktop.core.store.backups import Restored, keys_beside, restore
from desa_desktop.core.store.migrate import open_store


def restore_backup(
    data_dir: Path, source: Path, name: str, password: str, *, lang: str = DEFAULT_LANG
) -> Restored:
    """Replace ``data_dir``'s store with the backup ``source``, as the admin ``name``.

    On a laptop set up already, the admin logs in and the backup must be of this data (the
    same key). In an empty data folder, the keys saved beside the backup come along, and
    ``name`` must be an admin of the data the backup came from.
    """
    if store_state(data_dir) is StoreState.NEW:
        key = _adopt_keys(data_dir, source, name, password)
    else:
        unlocked = unlock(data_dir, name, password)
        unlocked.store.close()
        if not unlocked.operator.is_admin:
            raise AccessDenied("operator.admin_only")
        key = unlocked.store.key
    restored = restore(data_dir, source, key, lang=lang)
    open_store(data_dir, key).close()  # migrate the restored data now, not at the next start
    unlock(data_dir, name, password).store.close()  # and the admin can log in to it
    return restored


def _adopt_keys(data_dir: Path, source: Path, name: str, password: str) -> bytes:
    keys = keys_beside(source)
    if not keys.is_file():
        raise AccessDenied("restore.no_keys", file=keys.name)
    data_dir.mkdir(parents=True, exist_ok=True)
    target = keyring_path(data_dir)
    shutil.copyfile(keys, target)
    try:
        return unwrap_key(data_dir, name, password)
    except BaseException:
        target.unlink(missing_ok=True)  # not this backup's operator: the folder stays empty
        raise
