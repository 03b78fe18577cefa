"""The attendance sheet of a socialization session: who came, with a column to sign in.

Attendees already recorded are printed; blank numbered rows follow for people who sign in
by hand on the day, so the sheet always has room to write.
"""

from __future__ import annotations

from pathlib import Path

from desa_desktop.ui.documents.data import AttendanceData
from desa_desktop.ui.documents.render import Printed, esc, field_rows, grid, write_pdf
from desa_desktop.ui.documents.texts import Texts, long_date, village_line

BLANK_ROWS = 10
MIN_ROWS = 15  # a sheet for a session with few recorded still fills its first page
# Rows per page, set so no row is ever cut by a page break (Qt would split a row's lines).
FIRST_PAGE_ROWS = 15
NEXT_PAGE_ROWS = 21


def _signature_cell(number: int) -> str:
    # Numbers zig-zag left and right, as on Indonesian sign-in sheets (daftar hadir).
    pad = "&nbsp;" * 18 if number % 2 == 0 else ""
    return f"{pad}{number}.<br>&nbsp;"


def attendance_html(data: AttendanceData, t: Texts) -> str:
    """The sheet's body as HTML."""
    s = data.session
    header = (
        f"<h1>{esc(t('Attendance sheet'))}</h1>"
        f'<p class="muted">{esc(t("Socialization of BPJS Ketenagakerjaan social security"))}</p>'
        + field_rows(
            [
                (t("Village"), village_line(data.village)),
                (t("Date"), long_date(s.held_on, t.lang)),
                (t("Place"), s.place),
                (t("Facilitator"), s.facilitator),
                (t("Topic"), s.topic),
            ]
        )
    )
    rows = []
    for number, attendee in enumerate(s.attendees, start=1):
        role = esc(attendee.role or "")
        if attendee.registered:
            role += (
                "<br>" if role else ""
            ) + f'<span class="small muted">{esc(t("registered"))}</span>'
        rows.append(
            [
                esc(str(number)),
                esc(attendee.name),
                esc(attendee.nik or ""),
                role,
                _signature_cell(number),
            ]
        )
    blanks = max(BLANK_ROWS, MIN_ROWS - len(rows))
    for number in range(len(rows) + 1, len(rows) + blanks + 1):
        rows.append([esc(str(number)), "", "", "", _signature_cell(number)])
    headers = [
        esc(t("No.")),
        esc(t("Name")),
        esc(t("NIK")),
        esc(t("Position / occupation")),
        esc(t("Signature")),
    ]
    tables = [
        grid(headers, chunk, widths=[6, 28, 24, 17, 25], new_page=index > 0)
        for index, chunk in enumerate(_pages(rows))
    ]
    count = t("%1 attendee(s) recorded").replace("%1", str(len(s.attendees)))
    closing = (
        f'<p style="margin-top: 16px;">{esc(data.village.name)}, '
        f"{esc(long_date(s.held_on, t.lang))}</p>"
        '<table width="100%" cellspacing="0"><tr><td width="55%"></td>'
        f'<td align="center">{esc(t("Facilitator"))}<br><br><br><br><br>'
        f"{esc(s.facilitator)}<br>({'.' * 44})</td></tr></table>"
    )
    return header + f"<p>{esc(count)}</p>" + "".join(tables) + closing


def _pages(rows: list[list[str]]) -> list[list[list[str]]]:
    """The rows cut into one table per page."""
    chunks = [rows[:FIRST_PAGE_ROWS]]
    rest = rows[FIRST_PAGE_ROWS:]
    while rest:
        chunks.append(rest[:NEXT_PAGE_ROWS])
        rest = rest[NEXT_PAGE_ROWS:]
    return chunks


def render_attendance(data: AttendanceData, path: Path, lang: str) -> Printed:
    """Write the attendance sheet of ``data`` as a PDF at ``path``."""
    t = Texts(lang)
    when = long_date(data.session.held_on, lang)
    title = f"{t('Attendance sheet')} - {data.village.name} {when}"
    footer = f"Desa Desktop · {t('Attendance sheet')} · {data.session.place} · {when}"
    return write_pdf(attendance_html(data, t), path, title=title, footer=footer)
