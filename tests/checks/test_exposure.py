"""Over-exposure when the outline closed on a printed band, not on the washed-out page."""

from checks import decide
from checks.measures.exposure import brightness_blown_ink
from checks.profiles import profile

from .synthetic import page

W, H = 270, 360
LIFTED = profile("document").lifted_ink_level
BAND = [(20, 20), (250, 20), (250, 60), (20, 60)]  # a header band across the page's top


def band_on_page(paper: int, band: int, print_level: int, ring: int | None = None) -> bytes:
    """A page of `paper` grey with a text block of `print_level` strokes below a filled
    header band; `ring` puts a strip of that grey round the band, between it and the page."""
    gray = page(W, H, paper=paper, ink=print_level, margin=70, background=paper)
    if ring is not None:
        for y in range(10, 71):
            gray[y * W + 10 : y * W + 261] = bytes([ring]) * 251
    for y in range(20, 60):
        gray[y * W + 20 : y * W + 250] = bytes([band]) * 230
    return bytes(gray)


def test_a_band_on_a_washed_out_page_takes_the_clipped_page_with_it():
    # +4 EV: the paper is clipped, the blue band and the black print lifted to light greys
    gray = band_on_page(paper=255, band=190, print_level=205)
    brightness, blown, ink = brightness_blown_ink(gray, W, H, BAND, lifted=LIFTED)
    assert ink == 190 and blown > 80
    assert decide.exposure(profile("document"), brightness, blown, ink).status == "fail"


def test_clipped_white_round_well_exposed_print_is_background():
    # a scan whose lid is clipped to white: the band keeps dark print, its paper is not clipped
    gray = bytearray(band_on_page(paper=255, band=190, print_level=205))
    for y in range(30, 50, 4):
        gray[y * W + 40 : y * W + 200] = bytes([30]) * 160
    assert brightness_blown_ink(bytes(gray), W, H, BAND, lifted=LIFTED)[1] == 0


def test_clipped_white_not_joined_to_the_outline_is_left_out():
    # a light but unclipped strip round the band keeps the clipped page away from it
    gray = band_on_page(paper=255, band=190, print_level=205, ring=235)
    assert brightness_blown_ink(gray, W, H, BAND, lifted=LIFTED)[1] == 0
    assert brightness_blown_ink(gray, W, H, None, lifted=LIFTED)[1] > 50  # the page is still washed out
