"""Image files (.png, .jpg, .tif) -> grey PNG pages, with Pillow's safety guards on.

Only the formats a scanner writes are opened (Pillow would otherwise try
every plugin it has), and the decompression-bomb warning is an error: a small
file that claims a huge canvas is refused before it is decoded.
"""
from __future__ import annotations

import io
import re
import warnings
from pathlib import Path

from ..errors import InputTooLarge, LoadError

FORMATS = ("PNG", "JPEG", "TIFF")
MAX_PIXELS = 100_000_000       # ~ A3 at 600 dpi; Pillow warns at 89 M, and we refuse beyond this
MAX_FRAMES = 500
_PGM = re.compile(rb"P5\s+(?:#[^\n]*\n\s*)*(\d+)\s+(\d+)")     # pdftoppm's raw grey pages


def pages(path: Path) -> list[bytes]:
    from PIL import Image, ImageSequence, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    out = []
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(path, formats=FORMATS) as im:
                for n, frame in enumerate(ImageSequence.Iterator(im)):
                    if n >= MAX_FRAMES:
                        break
                    buf = io.BytesIO()
                    frame.convert("L").save(buf, "PNG", compress_level=1)
                    out.append(buf.getvalue())
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as e:
            raise InputTooLarge(f"image too large (decompression bomb guard): {e}") from None
        except UnidentifiedImageError:
            raise LoadError(f"not an image in an accepted format ({', '.join(FORMATS)})") from None
        except (OSError, SyntaxError, ValueError) as e:
            raise LoadError(f"corrupt or truncated image: {e}") from None
    return out


def dpi_of(path: Path, default: int) -> int:
    """The resolution an image file declares, when it is a plausible scan's."""
    from PIL import Image
    try:
        with Image.open(path, formats=FORMATS) as im:
            dpi = im.info.get("dpi", (default,))[0]
    except Exception:                    # noqa: BLE001 - pages() reports a broken file
        return default
    return int(dpi) if 70 <= float(dpi) <= 1200 else default


def check_page_size(image: bytes, page_no: int) -> None:
    """InputTooLarge for a page image over MAX_PIXELS (read from the PNG or PGM header,
    before anything decodes it): an oversize scan page is too large, not a bug."""
    pgm = _PGM.match(image[:64])
    if pgm:
        width, height = int(pgm.group(1)), int(pgm.group(2))
    elif image[:8] == b"\x89PNG\r\n\x1a\n" and len(image) >= 24:
        width, height = int.from_bytes(image[16:20], "big"), int.from_bytes(image[20:24], "big")
    else:
        return
    if width * height > MAX_PIXELS:
        raise InputTooLarge(f"scan page {page_no} too large: {width} x {height} pixels "
                            f"(over {MAX_PIXELS // 1_000_000} million)")
