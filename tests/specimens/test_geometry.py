"""The overlap the accuracy benchmark scores outlines with."""

from .geometry import iou, shown_iou


def test_an_outline_of_the_shown_part_of_a_cut_document_overlaps_it_wholly():
    # a card half outside a 20 × 10 picture, and an outline of the half shown
    card = [(-10.0, 0.0), (10.0, 0.0), (10.0, 10.0), (-10.0, 10.0)]
    shown = [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)]
    assert abs(iou(shown, card) - 0.5) < 1e-9
    assert abs(shown_iou(shown, card, 20, 10) - 1.0) < 1e-9


def test_an_outline_of_something_else_overlaps_by_its_shared_part():
    card = [(2.0, 2.0), (8.0, 2.0), (8.0, 8.0), (2.0, 8.0)]
    beside = [(5.0, 2.0), (11.0, 2.0), (11.0, 8.0), (5.0, 8.0)]  # a third of it off the picture
    assert abs(shown_iou(beside, card, 10, 10) - 18 / (36 + 30 - 18)) < 1e-9
    assert shown_iou([(20.0, 20.0), (30.0, 20.0), (30.0, 30.0), (20.0, 30.0)], card, 10, 10) == 0.0
