"""Exposure of the document: mean brightness and ink-to-paper contrast of its grey levels.

Brightness is the mean grey level / 255, the measure Innovatrics bounds to 0.25–0.9
(src-innovatrics). Contrast is the spread between the 2nd and 98th percentiles / 255
(a robust range, as in percentile contrast stretching): the darkest ink against the
brightest paper, which falls when the picture is washed out — and also when blur smears
thin print, so it is only read as washing-out when the paper itself is blown out (its
90th-percentile grey level, `paper`, near white).
"""

from __future__ import annotations

from ..pixels import histogram, percentile
from .region import gather, row_spans


def brightness_and_contrast(gray: bytes, width: int, height: int, quad=None) -> tuple[float, float, int] | None:
    """(brightness, contrast, paper) inside the quad, None if empty: brightness and
    contrast 0–1 rounded to 0.01, paper the 90th-percentile grey level (0–255)."""
    counts = histogram(gather(gray, width, row_spans(quad, width, height)))
    n = sum(counts)
    if n == 0:
        return None
    mean = sum(value * count for value, count in enumerate(counts)) / n
    spread = percentile(counts, 0.98) - percentile(counts, 0.02)
    return round(mean / 255, 2), round(spread / 255, 2), percentile(counts, 0.9)
