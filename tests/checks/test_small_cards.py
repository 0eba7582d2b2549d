"""Small ID cards on keyboards, in specimen photos generated here (tests/specimens, which
draws with Pillow: these run in CPython only).

A card a sixth as wide as the picture is a few dozen pixels across at the outline
finder's working size, and the blocks of keys around it are drawn all round as well: the
whole picture's best quad is such a block, and the card is found only in a window at
twice the resolution, where it must win over larger blocks of keys."""

import pytest

import checks
from tests.checks.scenes import checked
from tests.specimens.geometry import iou


@pytest.mark.parametrize("seed", [301, 302, 307])
def test_a_small_card_among_keys_is_found_not_a_block_of_keys(seed):
    pytest.importorskip("PIL.Image")  # Pyodide has no Pillow here
    from tests.specimens import Scene, make

    specimen = make(Scene(seed=seed, document="id-card", variant="front" if seed % 2 else "back",
                          surface="keyboard", props=(), size=(1600, 1200), doc_width_px=260, jpeg_quality=90))
    width, height = specimen.image.size
    report = checks.check_image(specimen.rgba(), width, height, specimen.document, side=specimen.side)
    assert iou(report["quad"], specimen.corners) >= 0.9
    # 260 px across an 85.6 mm card is 77 DPI: below every vendor's minimum
    assert {c["id"]: c["status"] for c in report["checks"]}["resolution"] == "fail"


def test_a_small_card_lit_from_one_side_is_completed_in_a_window():
    """A small pale card on a bedsheet whose two sides facing the light draw no line: in
    the window that holds it, its two drawn sides meeting at a corner complete it
    (`outline_corner`), as in the whole picture (outline IoU 0.14 before)."""
    specimen, report, statuses = checked(2010195, "small", style="heldout")
    assert iou(report["quad"], specimen.corners) >= 0.9
    assert statuses["resolution"] == "fail"


@pytest.mark.parametrize("seed", [2699031, 2699058])
def test_a_small_card_ranked_far_down_by_evidence_in_its_window_is_found(seed):
    """In the window that holds the card, larger quads of keys (or of a sheet's and the
    planks' lines) have more evidence: the card ranked 15th (quality 0.92) and 24th (0.65)
    by evidence, below the 8 a window's search used to weigh."""
    specimen, report, statuses = checked(seed, "small")
    assert iou(report["quad"], specimen.corners) >= 0.9
    assert statuses["resolution"] == "fail"
