"""random_scene's `fill`: the ID card photographed fills the share asked for, and nothing
else about the scene changes."""

from dataclasses import replace

from . import random_scene


def test_fill_sets_how_much_of_the_picture_an_id_card_photo_fills():
    seen = 0
    for seed in range(700000, 700040):
        plain, filling = random_scene(seed), random_scene(seed, fill=(0.9, 0.95))
        if plain.document != "id-card" or plain.capture != "photo":
            assert filling == plain  # pages and scans are drawn as they were
            continue
        seen += 1
        width, height = plain.size
        # the card's long side across: its share of the picture's width, or of its height
        # through the card's aspect ratio, whichever is tighter
        share = max(filling.doc_width_px / width, filling.doc_width_px / (height * 85.6 / 54))
        assert 0.9 <= share <= 0.95
        assert replace(filling, doc_width_px=plain.doc_width_px) == plain
    assert seen >= 10


def test_a_small_card_stays_small_whatever_the_fill():
    for seed in range(700100, 700110):
        assert random_scene(seed, "small", fill=(0.9, 0.95)).doc_width_px == random_scene(seed, "small").doc_width_px
