"""Decisions: the limits that turn measured numbers into pass / warn / fail, per document type.

One profile per document type. Every limit names its source: a key of the sources page
(docs/sources.md, `sources/#src-<key>`, facts in /work/shared/research/) or a measurement
in bench/. Measures never see these numbers; only `checks.decide` does.
"""

from __future__ import annotations

from dataclasses import dataclass

DOCUMENT_TYPES = ("id-card", "business-license", "document")
SIDES = (None, "front", "back")

# Physical sizes, mm (long side). ID-1 cards (the resident identity card): 85.6 × 54 mm.
# A4: 210 × 297 mm; the business licence's copy (副本) is A4, its original (正本) A3, and
# both have A-series proportions.
ID1_LONG_MM = 85.6
A4_LONG_MM = 297.0
MM_PER_INCH = 25.4


def pixels_at(dpi: float, long_mm: float) -> int:
    """Pixels along a document's long side when it is captured at `dpi`."""
    return round(dpi * long_mm / MM_PER_INCH)


@dataclass(frozen=True)
class Profile:
    document: str
    # Aspect ratio of the document (long side / short side), a prior for the outline finder;
    # None when documents of this type come in many shapes.
    aspect: float | None
    # The document's long side, mm: turns pixels into millimetres on the document.
    long_mm: float

    # file-type, file-size, file-name: Amazon's own rules (src-amazon-us-documents).
    file_types: tuple[str, ...] = ("PNG", "JPEG", "TIFF", "PDF")
    # "Under 10 MB": counted in decimal megabytes (10 000 000 bytes), the stricter reading.
    file_size_fail_mb: float = 10.0
    file_name_forbidden: str = "$&#"

    # resolution: pixels along the document's long side. Amazon states no minimum.
    # Fail below 150 DPI, the lowest common minimum (Microblink 150–400 DPI, ComplyCube
    # ≥ 150 DPI: src-microblink, src-complycube); warn below the advised capture size.
    resolution_fail_px: int = 0
    resolution_warn_px: int = 0

    # color: share of the document printed in colour, % (checks.measures.color: chroma of
    # white-balanced patches about 1 mm wide on the document, skin and wood hues left
    # out). Greyscale and black-and-white copies are refused (src-amazon-us-documents,
    # src-ecommerce-red-546). Measured on the bench (seeds 816000–816119, found
    # outlines): grey copies 0–0.01 %; coloured documents 3.9 % and more (licences
    # 3.9–11 %, whose red seal and title are most of their colour; ID cards 4–45 %).
    # Fail under 1 %, a quarter of the least colourful licence; warn under 2 %.
    color_fail: float = 1.0
    color_warn: float = 2.0

    # exposure: brightness = mean grey level of the document, 0–1; Innovatrics accepts
    # 0.25–0.9 for identity documents (src-innovatrics). Only the lower bound is used: a
    # well-exposed white page is brighter than 0.9, so over-exposure is judged by what it
    # destroys (checks.measures.exposure), not by brightness.
    brightness_fail: float = 0.25
    brightness_warn: float = 0.32
    # blown = % of the document clipped to white. Paper is most of a document's area, so
    # from half of it blown the paper itself is clipped, and print as light as the paper's
    # margins with it. On the bench (seeds 300400–300449 and 300800–300839) clean captures
    # measure 0–0.4 %, over-exposed ones (+3.5 to +5 EV) 80–98 %. A flatbed scan may set
    # clean paper to pure white while its print stays black: blown paper alone warns, and
    # fails only with the ink lifted too: the darkest print (2nd percentile) lighter than
    # grey level 128, which black ink (a twentieth of the paper's reflectance) reaches
    # only under five times too much light (clean specimens: 64–134 on licences whose
    # print is all thin lines, but never with blown paper; over-exposed: 158–217). No
    # lower level tells clipped paper from a clipped background beside well-exposed print
    # (print at 720 pixels is blurred into its paper: clean specimens 43–134). With the
    # print lifted past the same level, the measure counts the clipped area joined to
    # the outline as document too (checks.measures.exposure, `lifted`): an outline closed
    # on a statement's printed header band or on a box beside a washed-out card then
    # measures the page or the card (bench, seeds 682000–682149: bright detected 86.7 %
    # -> 98.5 %; clean scenes, seeds 681000–681099: no exposure false alarm either way).
    blown_warn_pct: float = 50.0
    lifted_ink_level: int = 128

    # glare: share of the document (after a 5 % inset, src-regula) covered by blown-out,
    # colourless blobs, %. Regula allows glare on at most 1 % of the document, Innovatrics a
    # hotspot score ≤ 0.008 (src-regula, src-innovatrics).
    glare_fail_pct: float = 1.0
    glare_warn_pct: float = 0.4

    # sharpness: edge width on the document, mm (checks.measures.sharpness). The smallest
    # print that matters (the ID card's field values, a licence's business scope) is about
    # 3 mm high; a CJK character that size has up to ten strokes across it, about 0.3 mm
    # apart. A Gaussian blur of σ spreads an edge over ≈ 2.5 σ; at σ ≈ 0.2 mm (a fifteenth
    # of the character: fewer than 10 resolved samples across it) strokes merge. Fail from
    # 0.4 mm, not 0.5: a motion blur is under-measured, as edges running along the motion
    # stay sharp (on the specimens, motion of σ 0.3 mm measured 0.41–0.94 mm). Warn from
    # 0.3 mm (σ ≈ 0.12 mm, a 25th of the character); sharp photos at 150–300 DPI measure
    # 0.13–0.25 mm, their pixel grid included (5th to 95th percentile, seeds below).
    sharpness_warn_mm: float = 0.3
    sharpness_fail_mm: float = 0.4
    # A width is read to about this many pixels of the measure's working scale: where edges
    # fall on the pixel grid, noise and a phone's sharpening move it. Specimens whose only
    # blur is the pixel grid's (σ 0.6 px) measured 1.4–2.1 px (5th to 95th percentile,
    # default style, seeds 2676500–2676649). At 150 DPI a pixel is 0.17 mm and the warn
    # limit lies 1.8 pixels wide, among those sharp pictures' own widths: there a width
    # within this below it warns rather than passes. The fail limit has no such margin:
    # edges read wider than it leave strokes merged, whatever widened them. The narrow
    # reading is the one to doubt, as sharpening steepens edges without restoring detail.
    sharpness_uncertainty_px: float = 0.4

    # framing: a corner or edge outside the picture or within 0.5 % of its border fails
    # (DESIGN.md: "touches its border"); Microblink advises a 2 % margin (src-microblink).
    # Both are shares of the picture's shorter side (`framing.margins`), as in the truth
    # of the generated scenes (tests/specimens/truth.py).
    framing_touch_pct: float = 0.5
    framing_margin_pct: float = 2.0

    # perspective: largest departure of a corner angle from 90°. Dynamsoft accepts corner
    # angles of 70°–110° (src-dynamsoft): fail beyond 20°. Warn from 15°, where the few
    # degrees of error of a found outline could carry a picture past that limit.
    # (In-plane rotation, which idnorm/Veridas bound, is no defect for Amazon: not used.)
    perspective_warn_deg: float = 15.0
    perspective_fail_deg: float = 20.0


PROFILES = {
    "id-card": Profile(
        document="id-card",
        aspect=85.6 / 54.0,
        long_mm=ID1_LONG_MM,
        # 150 DPI over 85.6 mm = 506 px; Smile ID asks ≥ 1000 px across the card (src-smile-id).
        resolution_fail_px=pixels_at(150, ID1_LONG_MM),
        resolution_warn_px=1000,
    ),
    "business-license": Profile(
        document="business-license",
        aspect=2 ** 0.5,
        long_mm=A4_LONG_MM,
        # An A4 copy at 150 DPI = 1754 px; warn below 200 DPI = 2339 px (Microblink's web
        # capture uses 200–220 DPI, src-microblink).
        resolution_fail_px=pixels_at(150, A4_LONG_MM),
        resolution_warn_px=pixels_at(200, A4_LONG_MM),
    ),
    "document": Profile(
        document="document",
        aspect=None,
        long_mm=A4_LONG_MM,
        # Statements, bills and printouts: assumed A4, as for the licence.
        resolution_fail_px=pixels_at(150, A4_LONG_MM),
        resolution_warn_px=pixels_at(200, A4_LONG_MM),
    ),
}


def profile(document: str) -> Profile:
    """The profile of a document type; ValueError for an unknown type."""
    if document not in PROFILES:
        raise ValueError(f"unknown document type {document!r}: use one of {', '.join(DOCUMENT_TYPES)}")
    return PROFILES[document]


__all__ = ["DOCUMENT_TYPES", "SIDES", "PROFILES", "Profile", "profile", "pixels_at"]
