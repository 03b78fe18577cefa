"""Name searches that match many people: through the name index, not row by row.

The FTS5 trigram index (migration 0004) finds the people whose ``name_key`` contains a
fragment, as row ids. Sorting or counting them needs each one's ``name_key``: read through
the table, that is one encrypted page to read, check and decrypt per person. Fine for a
few hundred; far too slow for a common name (a fragment of "Yohanes" can match 4% of a
village). The ``(kind, name_key)`` index holds the same names in order, about 150 to a
page, so for many matches a page of results comes from it instead:

- people whose name *starts* with the fragment sit side by side in that order: their
  range is read directly;
- the others (the fragment further in, as in a surname) are usually spread through the
  whole order, so walking it from the start, checking each name there, finds a page of
  them early; when there are only a few, they are read by row id.

Each way gives exactly the rows of the plain query, in the same order (name, then id).
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, and_, except_, func, literal_column, select, text, union_all
from sqlalchemy.orm import Session

from desa_desktop.core.domain.choices import Kind
from desa_desktop.core.store.models import Registration

NAME_INDEX = "registration_name_fts"  # migration 0004
TRIGRAM = 3  # the index needs fragments of 3 characters or more
# Up to this many matches are read by row id (one page each, ~12 ms when none is cached
# yet); more, through the name index (at worst all of it, about as long).
FEW = 800
LAST_CHARACTER = "\U0010ffff"  # sorts after every other: the end of a prefix range

Named = tuple[str, int]  # (name_key, id): the name order


def matching_ids(key: str) -> Select[Any]:
    """Row ids of the people whose name_key contains ``key`` (3 characters or more)."""
    phrase = '"' + key.replace('"', '""') + '"'
    return (
        select(literal_column("rowid"))
        .select_from(text(NAME_INDEX))
        .where(literal_column(NAME_INDEX).op("MATCH")(phrase))
    )


def contains(key: str) -> Any:
    """The exact meaning of a name search: name_key contains ``key``, taken literally."""
    escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return Registration.name_key.like(f"%{escaped}%", escape="\\")


def _starts_with(key: str) -> Any:
    return and_(Registration.name_key >= key, Registration.name_key < key + LAST_CHARACTER)


def _count(query: Select[Any]) -> Any:
    return select(func.count()).select_from(query.subquery()).scalar_subquery()


def _names() -> Select[str, int]:
    return select(Registration.name_key, Registration.id)


def _first(session: Session, arms: list[Select[str, int]], limit: int) -> list[Named]:
    """The first ``limit`` in name order of ``arms`` (one per kind, each reading the name
    index in that order, so each stops after ``limit``)."""
    ordered = [arm.order_by(Registration.name_key, Registration.id).limit(limit) for arm in arms]
    both = union_all(*(select(*arm.subquery().c) for arm in ordered)).subquery()
    query = select(*both.c).order_by(*both.c).limit(limit)
    return [(name, row_id) for name, row_id in session.connection().execute(query)]


def _inside(session: Session, key: str, kinds: Sequence[Kind]) -> list[Named]:
    """The matches whose name does not start with ``key`` (a few), read by row id."""
    starting = select(Registration.id).where(Registration.kind.in_(kinds), _starts_with(key))
    ids = list(session.scalars(except_(matching_ids(key), starting)))
    # The kind is checked here, not in SQL: there it would draw SQLite to the kind index.
    query = select(Registration.name_key, Registration.id, Registration.kind).where(
        Registration.id.in_(ids), contains(key)
    )
    return sorted((name, row_id) for name, row_id, kind in session.execute(query) if kind in kinds)


def many_match(session: Session, key: str) -> bool:
    """Whether more than :data:`FEW` people have a name containing ``key`` (then see
    :func:`name_page` and :func:`name_count`)."""
    return (session.scalar(select(_count(matching_ids(key).limit(FEW + 1)))) or 0) > FEW


def name_page(
    session: Session, key: str, kinds: Sequence[Kind], offset: int, limit: int
) -> list[int]:
    """Ids of the people ``offset`` to ``offset + limit``, in name order (then id), whose
    name contains ``key`` (more than :data:`FEW` do) and whose kind is in ``kinds``."""
    starting = select(Registration.id).where(Registration.kind.in_(kinds), _starts_with(key))
    starts = session.scalar(select(_count(starting))) or 0
    if starts:  # how many do not: one more pass of the trigram index
        others = (session.scalar(select(_count(matching_ids(key)))) or 0) - starts
    else:
        others = FEW + 1  # all of them
    wanted = offset + limit
    if others > FEW:
        arms = [_names().where(Registration.kind == kind, contains(key)) for kind in kinds]
        found = _first(session, arms, wanted)
    else:
        arms = [_names().where(Registration.kind == kind, _starts_with(key)) for kind in kinds]
        found = _first(session, arms, wanted)
        if others > 0:
            found = list(heapq.merge(found, _inside(session, key, kinds)))
    return [row_id for _, row_id in found[offset:wanted]]


def name_count(session: Session, key: str, kinds: Sequence[Kind]) -> int:
    """How many people of ``kinds`` have a name containing ``key`` (more than :data:`FEW`
    people of all kinds do)."""
    # Read from the name index alone (it holds kind, name_key and id): no row is fetched.
    query = select(Registration.id).where(Registration.kind.in_(kinds), contains(key))
    return session.scalar(select(_count(query))) or 0
