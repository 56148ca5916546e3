"""Text PDFs from the Word files (LibreOffice headless) and scans from the PDFs (poppler + Pillow)."""
from __future__ import annotations

import random
import subprocess
import tempfile
from pathlib import Path

from PIL import Image, ImageFilter


def to_pdf(docx_files: list[Path], out_dir: Path, timeout: int = 900) -> list[Path]:
    """One LibreOffice run for all files, with a private profile (other soffice runs may be going)."""
    if not docx_files:
        return []
    with tempfile.TemporaryDirectory(prefix="layoutbed-lo-") as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(out_dir), *map(str, docx_files)],
                       check=True, capture_output=True, timeout=timeout)
    made = [out_dir / f"{f.stem}.pdf" for f in docx_files]
    missing = [p.name for p in made if not p.exists()]
    if missing:
        raise RuntimeError(f"LibreOffice wrote no PDF for {missing}")
    return made


def _degrade(page: Image.Image, rng: random.Random) -> Image.Image:
    """Mild scanner damage: a small skew, grain, a slight blur."""
    page = page.convert("L").rotate(rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=255)
    page = Image.blend(page, Image.effect_noise(page.size, 40), 0.08)
    return page.filter(ImageFilter.GaussianBlur(0.4))


def to_scan(pdf: Path, out: Path, seed: int, dpi: int = 200) -> Path:
    """Rasterise a PDF and save the damaged pages as an image-only PDF."""
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="layoutbed-scan-") as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), f"{tmp}/p"], check=True,
                       capture_output=True, timeout=300)
        pages = [_degrade(Image.open(p), rng) for p in sorted(Path(tmp).glob("p*.png"))]
    pages[0].save(out, "PDF", save_all=True, append_images=pages[1:], resolution=float(dpi))
    return out
