"""Turn a document's HTML into an A4 PDF with Qt's own printing (QPdfWriter + QTextDocument).

The document is laid out on the PDF's pages by hand so every page gets the same footer
(what it is, when it was printed, "page 2 of 3"); tables keep their header row on each page.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

# Logical dots per inch of the PDF: CSS pixel sizes (borders, padding) then mean what they
# mean on screen. Text and lines stay vector graphics whatever the number.
RESOLUTION = 96
MARGIN_MM = 16
FOOTER_PX = 28
FONT_FAMILIES = ["Noto Sans", "DejaVu Sans", "Segoe UI", "Arial", "Liberation Sans"]

STYLE = """
body { font-size: 10pt; color: #111; }
h1 { font-size: 15pt; margin: 0 0 2px 0; }
h2 { font-size: 11.5pt; margin: 14px 0 4px 0; }
p { margin: 2px 0; }
.muted { color: #555; }
.small { font-size: 8.5pt; }
table.grid { border-collapse: collapse; }
table.grid th { background: #e8edf2; font-weight: bold; }
table.grid td, table.grid th { border: 1px solid #777; padding: 4px 6px; }
table.fields td { padding: 1px 10px 1px 0; vertical-align: top; }
td.label { color: #444; }
.note { background: #fff6dc; border: 1px solid #d9b44a; padding: 6px; }
.ok { color: #1b6e2d; font-weight: bold; }
.no { color: #a12020; font-weight: bold; }
"""


def esc(value: object) -> str:
    """Text made safe for HTML ("" for None)."""
    return "" if value is None else html.escape(str(value))


def field_rows(rows: list[tuple[str, object]]) -> str:
    """A two-column label/value table; rows with an empty value are left out."""
    cells = "".join(
        f'<tr><td class="label">{esc(label)}</td><td>{esc(value)}</td></tr>'
        for label, value in rows
        if value not in (None, "")
    )
    return f'<table class="fields" cellspacing="0">{cells}</table>'


def grid(
    headers: list[str],
    rows: list[list[str]],
    numeric: set[int] | None = None,
    widths: list[int] | None = None,
    *,
    new_page: bool = False,
) -> str:
    """A bordered table whose header row repeats on each page; cells are HTML already.

    Columns in ``numeric`` are right-aligned; ``widths`` are percentages of the page width;
    ``new_page`` starts the table on a new page.
    """
    numeric = numeric or set()

    def align(col: int) -> str:
        return ' align="right"' if col in numeric else ""

    def attrs(col: int) -> str:
        side = align(col) or ' align="left"'
        return side + (f' width="{widths[col]}%"' if widths else "")

    head = "".join(f"<th{attrs(i)}>{h}</th>" for i, h in enumerate(headers))
    body = "".join(
        "<tr>" + "".join(f"<td{align(i)}>{c}</td>" for i, c in enumerate(row)) + "</tr>"
        for row in rows
    )
    style = ' style="page-break-before: always;"' if new_page else ""
    return (
        f'<table class="grid" width="100%" cellspacing="0" border="1"{style}>'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


@dataclass(frozen=True)
class Printed:
    """A PDF written: where, and how many pages it has."""

    path: Path
    pages: int


def write_pdf(body_html: str, path: Path, *, title: str, footer: str) -> Printed:
    """Lay out ``body_html`` on A4 pages and write them to ``path`` as a PDF.

    ``footer`` is printed at the bottom left of every page, "page / pages" at the right.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("Desa Desktop")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(10)
    # No "ffi"/"fi" ligatures: a PDF reader's search and copy-paste then find "official".
    font.setFeature(QFont.Tag("liga"), 0)
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setDefaultStyleSheet(STYLE)
    document.documentLayout().setPaintDevice(writer)
    document.setHtml(f"<html><body>{body_html}</body></html>")
    width, height = float(writer.width()), float(writer.height())
    page_height = height - FOOTER_PX
    document.setPageSize(QSizeF(width, page_height))
    pages = document.pageCount()

    footer_font = QFont(font)
    footer_font.setPointSizeF(7.5)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write a PDF at {path}")
    try:
        for index in range(pages):
            if index:
                writer.newPage()
            painter.save()
            painter.translate(0, -index * page_height)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, index * page_height, width, page_height)
            painter.setClipRect(context.clip)
            document.documentLayout().draw(painter, context)
            painter.restore()
            painter.setFont(footer_font)
            painter.setPen(Qt.GlobalColor.darkGray)
            painter.drawLine(0, int(page_height + 6), int(width), int(page_height + 6))
            band = QRectF(0, page_height + 8, width, FOOTER_PX - 8)
            painter.drawText(band, int(Qt.AlignmentFlag.AlignLeft), footer)
            painter.drawText(
                band,
                int(Qt.AlignmentFlag.AlignRight),
                f"{index + 1} / {pages}",
            )
    finally:
        painter.end()
    return Printed(path, pages)
