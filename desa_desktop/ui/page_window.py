"""Which pages of a long list to hold, which to read next, and which to let go.

A table of 100,000 rows shows a few dozen at a time. :class:`PageWindow` holds the rows
page by page, at most ``keep`` pages, those nearest what the view shows; it says which
pages the view shows that nobody holds yet, read as one run of ``read_pages`` pages that
leans the way the view is scrolling. No Qt and no store here: the table model does the
reading and tells the view; this decides.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Generic, TypeVar

Row = TypeVar("Row")


class PageWindow(Generic[Row]):
    """The held pages of a list of ``page_size`` rows per page."""

    def __init__(self, page_size: int, keep: int, read_pages: int) -> None:
        if keep < read_pages:
            raise ValueError("keep at least the pages of one read")
        self.page_size = page_size
        self.keep = keep
        self.read_pages = read_pages
        self.pages: dict[int, list[Row]] = {}
        self.focus = 0  # the page in the middle of what the view shows
        self.missed: set[int] = set()  # pages the view shows that nobody holds
        self.reading: set[int] = set()  # pages of the read under way
        self.pages_read = 0

    def clear(self) -> None:
        """Forget every page (another list); ``focus`` stays, for a refresh to use."""
        self.pages = {}
        self.missed.clear()
        self.reading.clear()

    def row(self, number: int) -> Row | None:
        """Row ``number`` if its page is held, else None."""
        page, at = divmod(number, self.page_size)
        rows = self.pages.get(page)
        if rows is None:
            return None
        return rows[at] if at < len(rows) else None

    def look(self, first: int, last: int) -> None:
        """The view shows pages ``first`` to ``last``: they are the focus, and those not
        held are what to read next (what it showed before and no longer does is not)."""
        self.focus = (first + last) // 2
        self.missed = {p for p in range(first, last + 1) if p not in self.pages}

    def around_focus(self) -> tuple[int, int]:
        """(first page, pages) of a read of where the view is: the focus and its neighbours."""
        first = max(0, self.focus - 1)
        return first, min(self.focus + 2, self.read_pages)

    def next_read(self) -> tuple[int, int] | None:
        """(first page, pages) to read for what the view shows and nobody holds, or None
        when there is nothing or a read is under way (one at a time: while the user drags
        the scroll bar, only where it stops is read, not every page it passed)."""
        wanted = self.missed - self.reading
        if self.reading or not wanted:
            return None
        page = min(wanted, key=lambda p: abs(p - self.focus))
        if page + 1 in self.pages and page - 1 not in self.pages:
            first = max(0, page - self.read_pages + 1)  # scrolling up: read the pages above
        else:
            first = page  # scrolling down or jumping: read on down
        self.reading = set(range(first, first + self.read_pages))
        self.missed -= self.reading
        return first, self.read_pages

    def landed(self, first: int, rows: list[Row]) -> None:
        """Hold ``rows`` read from page ``first`` on, and let the farthest pages go."""
        self.reading.clear()
        count = (len(rows) + self.page_size - 1) // self.page_size
        for n in range(count):
            size = self.page_size
            self.pages[first + n] = rows[n * size : (n + 1) * size]
        self.pages_read += count
        if len(self.pages) > self.keep:
            read = range(first, first + count)
            far = sorted(
                (p for p in self.pages if p not in read), key=lambda p: abs(p - self.focus)
            )
            for page in far[self.keep - count :]:
                del self.pages[page]

    def cut(self, total: int) -> None:
        """The list ends after ``total`` rows: drop what lies past it."""
        for page in [p for p in self.pages if p * self.page_size >= total]:
            del self.pages[page]
        last = self.pages.get(total // self.page_size)
        if last is not None:
            del last[total % self.page_size :]

    def held(self) -> Iterator[tuple[int, Row]]:
        """(row number, row) of every row held, in order."""
        for page in sorted(self.pages):
            for at, row in enumerate(self.pages[page]):
                yield page * self.page_size + at, row


def total_after(counted: int, first: int, pages: int, page_size: int, found: int) -> int:
    """How many rows a list has, from a count and a read of ``pages`` pages from page
    ``first`` that found ``found`` rows: a short read ends the list there (some left
    since the count); a full one may pass the count (some came)."""
    end = first * page_size + found
    return end if found < pages * page_size else max(counted, end)
