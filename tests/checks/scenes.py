"""Generated specimen scenes (tests/specimens) checked as the site checks a picture.

tests/specimens draws with Pillow, which Pyodide lacks here: a test calling `checked`
is skipped there and runs in CPython."""

import pytest

import checks


def checked(seed: int, defect: str | None = None, style: str | None = None, fill=None):
    """The specimen of `random_scene(seed, defect, style=style, fill=fill)`, its report
    from `checks.check_image` and the report's statuses by check id."""
    pytest.importorskip("PIL.Image")
    from tests.specimens import make, random_scene

    specimen = make(random_scene(seed, defect, style=style, fill=fill))
    width, height = specimen.image.size
    report = checks.check_image(specimen.rgba(), width, height, specimen.document, side=specimen.side)
    return specimen, report, {c["id"]: c["status"] for c in report["checks"]}


def outline_overlap(specimen, report) -> float:
    """The IoU of the report's outline with the specimen's true outline, over the part of
    each the picture shows (`shown_iou`); the report must have an outline."""
    from tests.specimens.geometry import shown_iou

    quad = [tuple(point) for point in report["quad"]]
    return shown_iou(quad, list(specimen.corners), *specimen.image.size)
