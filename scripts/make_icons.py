"""Render the app icon, ``resources/composer.svg``, into the installers' and the window's files.

    python scripts/make_icons.py [--out DIR]

Writes, beside the SVG (or into ``DIR``):

- ``composer.png``: 256 px, the window icon;
- ``composer.ico``: 16, 20, 24, 32, 40, 48, 64 and 256 px, for the Windows executable, the
  installer and the Start menu (32-bit BMP images with their AND masks up to 64 px, as Windows
  expects them, and PNG at 256 px);
- ``composer.icns``: 16 to 1024 px as PNG, for the macOS ``.app``.

Qt renders the SVG (QtSvg is part of PySide6-Essentials); the ICO and ICNS containers are a
directory of images, written here without another library (Pillow would write both, but it
would be one more dependency for two simple formats). Run it after changing the SVG and commit
the results: the builds use the committed files.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "composer.svg"

ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)
ICO_PNG_FROM = 256  # Windows wants the large one as PNG, the small ones as BMP
# ICNS element types holding PNG data, by pixel size (Apple's iconutil writes the same ones;
# ic11-ic14 are the @2x variants of 16, 32, 128 and 256 points).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"icp6", 64),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),
    (b"ic09", 512),
    (b"ic14", 512),
    (b"ic10", 1024),
)


def render(svg: Path, size: int):  # -> QImage
    """The SVG drawn at ``size`` x ``size`` pixels, on a transparent background."""
    from PySide6.QtCore import Qt  # noqa: PLC0415
    from PySide6.QtGui import QImage, QPainter  # noqa: PLC0415
    from PySide6.QtSvg import QSvgRenderer  # noqa: PLC0415

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image) -> bytes:  # image: QImage
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice  # noqa: PLC0415

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def bmp_icon_bytes(image) -> bytes:  # image: QImage, Format_ARGB32
    """An ICO image entry as a DIB: BITMAPINFOHEADER, 32-bit BGRA rows bottom-up, then the
    1-bit AND mask (set where the pixel is fully transparent), rows padded to 4 bytes."""
    width, height = image.width(), image.height()
    stride = image.bytesPerLine()
    raw = bytes(image.constBits())  # ARGB32 is 0xAARRGGBB per pixel: B, G, R, A in memory
    rows = [raw[y * stride : y * stride + width * 4] for y in range(height)]
    mask_stride = ((width + 31) // 32) * 4
    mask_rows = []
    for row in rows:
        bits = bytearray(mask_stride)
        for x in range(width):
            if row[x * 4 + 3] == 0:
                bits[x // 8] |= 0x80 >> (x % 8)
        mask_rows.append(bytes(bits))
    pixels = b"".join(reversed(rows))
    mask = b"".join(reversed(mask_rows))
    header = struct.pack(
        "<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, len(pixels) + len(mask), 0, 0, 0, 0
    )
    return header + pixels + mask


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An ICO file of ``images`` (size -> encoded entry), smallest first."""
    sizes = sorted(images)
    offset = 6 + 16 * len(sizes)
    directory, blobs = [], []
    for size in sizes:
        blob = images[size]
        side = 0 if size >= 256 else size  # 0 means 256
        directory.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    return struct.pack("<HHH", 0, 1, len(sizes)) + b"".join(directory) + b"".join(blobs)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    elements = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(elements)) + elements


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--out", type=Path, default=SOURCE.parent)
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication  # noqa: PLC0415

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - Qt needs it

    sizes = sorted({*ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    images = {size: render(args.source, size) for size in sizes}
    pngs = {size: png_bytes(image) for size, image in images.items()}
    ico = {
        size: pngs[size] if size >= ICO_PNG_FROM else bmp_icon_bytes(images[size])
        for size in ICO_SIZES
    }
    args.out.mkdir(parents=True, exist_ok=True)
    written = {
        "composer.png": pngs[256],
        "composer.ico": ico_bytes(ico),
        "composer.icns": icns_bytes(pngs),
    }
    for name, data in written.items():
        (args.out / name).write_bytes(data)
        print(f"{args.out / name}: {len(data):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
