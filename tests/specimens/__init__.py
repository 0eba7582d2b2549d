"""Specimen documents in photo scenes with known defects: the test data of `checks`.

Everything here is invented and marked 样本 / SPECIMEN. Deterministic: the same Scene
gives the same bytes (on the same Pillow and zlib). CPython only (needs Pillow).

Public API (stable; tests/specimens/guide_examples.py and bench/ rely on it):

    from tests.specimens import Scene, make, random_scene, accepts, CHECK_IDS

    specimen = make(Scene(seed=7, document="id-card", variant="front", surface="wood",
                          focus_sigma=3.0))
    specimen.image        # PIL RGB image, as a browser would decode the file
    specimen.data         # the encoded file (JPEG unless Scene.jpeg_quality is None: PNG)
    specimen.rgba()       # RGBA bytes for checks.check_image
    specimen.corners      # true outline, 4 × (x, y), clockwise from the top-left, image px
    specimen.expected     # {check id: "pass" | "warn" | "fail" | "pass-or-warn" | "warn-or-fail" | "any"}
    specimen.measures     # defect strengths by construction (truth.py lists them)
    specimen.metadata()   # JSON-ready summary (as in tests/fixtures/expected.json)
    specimen.encoded("WEBP")                  # the picture as another file type
    specimen.encoded(min_size=10 * 1024**2)   # the JPEG padded to ≥ 10 MB, still decodable
    specimen.document, specimen.side, specimen.file_name, specimen.file_size, specimen.mime_type

    accepts(specimen.expected["sharpness"], report_status)  # is a status acceptable?

Scene fields (see scene.Scene): document ("id-card", "business-license", "document"),
variant ("front"/"back", "portrait"/"landscape", "statement"), capture ("photo"/"scan"),
surface ("wood", "keyboard", "fabric", "desk", "dark"), props ("hand", "paper", "box"),
size, doc_width_px, pitch/yaw/roll (degrees), centre, cut=(side, share beyond the border),
focus_sigma (px), motion=(length px, angle), glare=(share, u, v), exposure_ev,
colour_mode ("colour", "grey-image", "bw-image", "grey-copy", "bw-copy"), light_falloff,
noise, jpeg_quality (None for PNG), file_name, mime_type, file_size.

`random_scene(seed, defect=None, style=None, fill=None)` draws a varied scene for the
benchmark, clean or with one defect from DEFECTS at a strength well past its limit; with
`fill=(low, high)` an ID card photographed fills that share of the picture. The truth (expected
statuses from strengths) lives in truth.py, with the source of every limit.

`cropped(specimen, pad)` cuts a rendered specimen to its document's bounding box grown
by `pad` times its width (negative: into it), as a scanner app or a crop by hand does,
with the truth carried over.

`style="heldout"` (Scene.style) renders scenes nobody tunes the checks on: other surfaces,
a rougher phone camera, sleeves, fingers, curled pages, cast shadows, framings from 30 to
90 % (heldout.py). `specimen.look` then records its effects; the default style (None) is
unchanged, byte for byte.
"""

CHECK_IDS = (
    "file-type", "file-size", "file-name", "resolution", "color",
    "exposure", "glare", "sharpness", "framing", "perspective",
)

# geometry.py and truth.py are pure Python: the acceptance test imports them inside
# Pyodide, where there is no Pillow. Everything that renders is loaded on first use.
_LAZY = {
    "DEFECTS": "sampling", "random_scene": "sampling",
    "COLOUR_MODES": "scene", "CUT_SIDES": "scene", "VARIANTS": "scene",
    "Scene": "scene", "Specimen": "scene", "make": "scene", "cropped": "scene",
    "ACCEPTS": "truth", "accepts": "truth",
}

__all__ = ["CHECK_IDS", *_LAZY]


def __getattr__(name):
    if name in _LAZY:
        import importlib
        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
