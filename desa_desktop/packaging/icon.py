"""Make the Windows icon ``resources/icons/app.ico`` from ``app.svg``.

An .ico holds one picture per size; Windows picks 16 px for title bars, 32/48 px for the
desktop and Explorer, 256 px for large views. Each size is rendered from the SVG with Qt's
SVG renderer (crisper than scaling one bitmap) and stored PNG-compressed, which every
Windows since Vista reads. ``python -m desa_desktop.packaging.icon`` rewrites the file.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

from desa_desktop.resources import resource_path

SIZES = (16, 24, 32, 48, 64, 128, 256)


def _png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        raise RuntimeError(f"could not encode the {size} px icon as PNG: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def ico_bytes(svg: Path, sizes: tuple[int, ...] = SIZES) -> bytes:
    """An .ico file's content: ``svg`` rendered at each of ``sizes`` (at most 256 px)."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("rendering needs a QGuiApplication")
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"not a valid SVG: {svg}")
    pictures = [(size, _png(renderer, size)) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(pictures))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(pictures)
    entries, blobs = [], []
    for size, png in pictures:
        if not 1 <= size <= 256:
            raise ValueError(f"icon sizes run from 1 to 256 px, not {size}")
        side = 0 if size == 256 else size  # 0 means 256 in the directory entry
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset))
        blobs.append(png)
        offset += len(png)
    return header + b"".join(entries) + b"".join(blobs)


def write_app_icon(target: Path | None = None) -> Path:
    """Write ``app.ico`` (by default beside ``app.svg`` in the resources); its path."""
    svg = resource_path("icons", "app.svg")
    target = target or svg.with_suffix(".ico")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    target.write_bytes(ico_bytes(svg))
    del app
    return target


if __name__ == "__main__":
    print(write_app_icon())
