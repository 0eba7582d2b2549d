"""Whole-buffer pixel operations that stay fast in Pyodide.

Pure Python loops run per pixel are far too slow on a 12-megapixel photo inside Pyodide,
so everything here works on whole buffers in C: strided `bytes` slicing, and integer
arithmetic over "lanes" — many small numbers packed side by side into one big integer
with `int.from_bytes`, added or multiplied at once, and unpacked with `int.to_bytes`.
Lanes are wide enough that no sum ever carries into its neighbour, and all arithmetic is
on integers, so CPython and Pyodide give the same bytes. In Pyodide the packing and
unpacking cost several times more per byte than the arithmetic (about 1.7 ns a byte for
`int.from_bytes`, 1.4 for `int.to_bytes`, 0.25 for an addition, a shift or a mask), so
bytes are read once, at one byte a value, and widened to lanes by masks where sums need
the room.

Grey images are `bytes`, one byte per pixel, row-major.
"""

from __future__ import annotations

# ITU-R BT.601 luma weights (0.299, 0.587, 0.114) as lookup tables: each channel's share,
# rounded to a whole grey level. The three shares of white add up to 76 + 150 + 29 = 255,
# so their sum fits in one byte and three 1-byte lanes add without carrying; the result
# is within 1.5 grey levels of the exact luma.
_LUMA_TABLES = tuple(
    bytes(min(255, (weight * value + 500) // 1000) for value in range(256))
    for weight in (299, 587, 114)
)

# Pixels converted per step: bounds the memory of the packed integers on huge photos.
_CHUNK_PIXELS = 1 << 21


def lanes(data: bytes, width: int) -> int:
    """Pack each byte of `data` into its own `width`-byte lane of one integer."""
    if width == 1:
        return int.from_bytes(data, "little")
    spread = bytearray(len(data) * width)
    spread[0::width] = data
    return int.from_bytes(spread, "little")


def repeated(value: int, count: int, width: int) -> int:
    """An integer with `value` in each of `count` lanes of `width` bytes.

    Built by doubling (shifts and ors, which Pyodide runs several times faster per byte
    than `int.from_bytes`)."""
    out, block, size, at = 0, value, 1, 0
    while count:
        if count & 1:
            out |= block << (8 * width * at)
            at += size
        count >>= 1
        if count:
            block |= block << (8 * width * size)
            size *= 2
    return out


def luminance(rgba, width: int, height: int) -> bytes:
    """Grey levels (BT.601 luma) of RGBA pixels; alpha is ignored."""
    data = memoryview(rgba).cast("B")
    count = width * height
    if len(data) < 4 * count:
        raise ValueError(f"expected {4 * count} bytes of RGBA, got {len(data)}")
    out = bytearray(count)
    for start in range(0, count, _CHUNK_PIXELS):
        stop = min(count, start + _CHUNK_PIXELS)
        chunk = bytes(data[4 * start : 4 * stop])
        total = 0
        for channel, table in enumerate(_LUMA_TABLES):
            total += int.from_bytes(chunk[channel::4].translate(table), "little")
        out[start:stop] = total.to_bytes(stop - start, "little")
    return bytes(out)


def luminance_rows(rgba, width: int, tops, count: int) -> bytes:
    """Grey levels (`luminance`) of `count` rows from each row of `tops` (ascending),
    stacked: for a measure that reads a few bands of rows of a picture whose full-size
    grey is not made. Bands that overlap are converted once, as one run of rows."""
    data = memoryview(rgba).cast("B")
    first, last = tops[0], tops[-1] + count
    if last - first < count * len(tops):
        run = luminance(data[4 * first * width : 4 * last * width], width, last - first)
        return b"".join(run[(top - first) * width : (top - first + count) * width] for top in tops)
    return luminance(b"".join(data[4 * top * width : 4 * (top + count) * width] for top in tops), width, count * len(tops))


def shrunk_luminance(rgba, width: int, height: int, longest: int) -> tuple[bytes, int, int]:
    """The grey image (`luminance`) shrunk by area averaging by a whole factor so that its
    longest side is <= `longest`: (grey, width, height).

    A picture already small enough is only converted. The factor is the same in both
    directions (so shapes and angles are kept); a coordinate x in the result is
    x * factor in the picture, where factor = `shrink_factor(width, height, longest)`.
    It is read straight from the RGBA pixels without making the full-size grey image: a
    block's sum of grey levels is the sum of its pixels' three table values, so each
    pixel of a block (one plane of `block_means`) is the sum of three channels read
    once, and the grey is never written out at full size and read back."""
    factor = shrink_factor(width, height, longest)
    if factor == 1:
        return luminance(rgba, width, height), width, height
    data = memoryview(rgba).cast("B")
    if len(data) < 4 * width * height:
        raise ValueError(f"expected {4 * width * height} bytes of RGBA, got {len(data)}")
    fx, fy = min(factor, width), min(factor, height)
    out_w, out_h = width // fx, height // fy
    used = 4 * out_w * fx

    def planes():
        for row in range(fy):
            pixels = b"".join(data[4 * y * width : 4 * y * width + used] for y in range(row, out_h * fy, fy))
            for column in range(fx):
                yield sum(int.from_bytes(pixels[4 * column + channel :: 4 * fx].translate(table), "little")
                          for channel, table in enumerate(_LUMA_TABLES))

    return block_means(planes(), out_w * out_h, fx * fy), out_w, out_h


# Blue minus red, halved and offset, as lookup tables whose sum fits one byte: a colour
# opponent channel (blue against red, in the manner of Hurvich & Jameson 1957), along
# which a pale bluish or pinkish card and white paper differ even where their luma does not.
_RED_TINT = bytes((255 - value) // 2 for value in range(256))
_BLUE_TINT = bytes(value // 2 for value in range(256))


def tint(rgba, width: int, height: int, factor: int) -> bytes:
    """The tint, per pixel (blue - red + 255) / 2 to within a level (127 on grey), of
    RGBA pixels, at the size `shrunk_luminance` gives when it divides by `factor`: each
    factor × factor block's mean over its middle row only, which reads a factor-th of
    the picture."""
    data = memoryview(rgba).cast("B")
    if len(data) < 4 * width * height:
        raise ValueError(f"expected {4 * width * height} bytes of RGBA, got {len(data)}")
    factor = max(1, min(factor, width, height))
    out_w, out_h = width // factor, height // factor
    used = 4 * out_w * factor
    middles = b"".join(data[4 * width * row : 4 * width * row + used] for row in range(factor // 2, out_h * factor, factor))
    # one plane per column of a block: the tint of that pixel of every block's middle row
    step = 4 * factor
    planes = (int.from_bytes(middles[4 * column :: step].translate(_RED_TINT), "little")
              + int.from_bytes(middles[4 * column + 2 :: step].translate(_BLUE_TINT), "little")
              for column in range(factor))
    return block_means(planes, out_w * out_h, factor)


def block_average(gray: bytes, width: int, height: int, fx: int, fy: int) -> tuple[bytes, int, int]:
    """Average non-overlapping fx × fy blocks (area averaging by whole factors).

    Columns and rows left over at the right and bottom edges are dropped, so pixel
    (x, y) of the result covers pixels [x*fx, (x+1)*fx) × [y*fy, (y+1)*fy) of the input.
    """
    fx, fy = max(1, min(fx, width)), max(1, min(fy, height))
    if fx == 1 and fy == 1:
        return bytes(gray[: width * height]), width, height
    out_w, out_h = width // fx, height // fy
    used_w = out_w * fx

    def planes():
        for row in range(fy):
            if fy == 1 and used_w == width:
                rows = bytes(gray[: width * out_h])
            else:
                rows = b"".join(gray[(y * fy + row) * width : (y * fy + row) * width + used_w] for y in range(out_h))
            for column in range(fx):
                yield int.from_bytes(rows[column::fx], "little")

    return block_means(planes(), out_w * out_h, fx * fy), out_w, out_h


def block_means(planes, count: int, area: int) -> bytes:
    """The rounded means of `count` blocks of `area` pixels each, from `area` planes: each
    an integer of `count` 1-byte lanes, lane i holding one pixel of block i.

    A caller reads each plane from bytes once, at one byte a pixel (`int.from_bytes` and
    `int.to_bytes` cost several times more per byte in Pyodide than big-integer
    arithmetic does); the planes are spread to wider lanes by masks here, the blocks
    taking turns between `lane` integers of `lane`-byte lanes, wide enough for the sums
    of a block's pixels. All the planes are held at once: a byte a pixel.
    """
    if area == 1:
        (plane,) = planes
        return plane.to_bytes(count, "little")
    lane = 2 if area * 255 < 1 << 16 else 4
    planes = list(planes)
    mask = repeated(255, -(-count // lane), lane)
    # The sums of the planes' bytes at offset k of each lane, by masks (map and sum run
    # in C: a plane costs no Python step); the last offset's are what the whole sum leaves.
    total = sum(planes)
    sums = []
    for k in range(lane - 1):
        part = sum(map((mask << 8 * k).__and__, planes))
        total -= part
        sums.append(part >> 8 * k)
    sums.append(total >> 8 * (lane - 1))
    # Divide every sum by the area with rounding, in 4-byte lanes: multiply by
    # 2**24 / area, add one half, and keep the top byte of each lane. The error is below
    # 1/100 of a grey level for any block under 1000 pixels.
    quarter = -(-count // 4)
    if lane == 2:
        wide = repeated(0xFFFF, quarter, 4)
        sums = [sums[0] & wide, sums[1] & wide, (sums[0] >> 16) & wide, (sums[1] >> 16) & wide]
    scale = (1 << 24) // area + (1 if (1 << 24) % area else 0)
    half = repeated(1 << 23, quarter, 4)
    top = repeated(255 << 24, quarter, 4)
    means = 0
    for k, total in enumerate(sums):  # blocks k, k + 4, k + 8…: their means to bytes k, k + 4…
        means |= ((total * scale + half) & top) >> (24 - 8 * k)
    return means.to_bytes(count, "little")


def shrink_factor(width: int, height: int, longest: int) -> int:
    """The whole factor `shrunk_luminance` divides by: ceil(max(width, height) / longest)."""
    side = max(width, height)
    return max(1, -(-side // max(1, longest)))


def quantile(data: bytes, share: float) -> int:
    """The smallest level v such that at least `share` (0 < share <= 1) of the bytes of
    `data` (not empty) are <= v, found by bisection over the 256 levels: eight
    `count_at_least`, each two passes in C, where a histogram counts every byte in a
    Python dict (a third of a megapixel takes 15 ms in Pyodide, the bisection 2 ms)."""
    count = len(data)
    target = share * count
    low, high = 0, 255  # count - count_at_least(data, high + 1) >= target always holds
    while low < high:
        middle = (low + high) // 2
        if count - count_at_least(data, middle + 1) >= target:
            high = middle
        else:
            low = middle + 1
    return low


def abs_difference_lanes(x: int, y: int, high: int) -> int:
    """|y − x| in every 1-byte lane of two integers of lanes, exactly; `high` holds 0x80
    in every lane (`repeated(0x80, count, 1)`)."""
    both = x ^ y
    # (y − x) mod 256 in every byte with no borrow between bytes (Warren, Hacker's
    # Delight, 2-18 "Multibyte Add, Subtract, Absolute Value"): each byte of y with its
    # high bit set, of x with it cleared, and the high bit mended after.
    d = ((y | high) - (x & ~high)) ^ (high & ~both)
    # The borrow out of each byte's high bit, set where y < x: there the difference is
    # negated, its bits flipped and one added (256 − d: 1 to 255, so nothing carries).
    borrow = ((x & ~y) | (d & ~both)) & high
    ones = borrow >> 7
    return (d ^ (ones * 255)) + ones


def at_least_lanes(x: int, level: int, high: int) -> int:
    """0x80 in every 1-byte lane of `x` at or above `level` (1 to 255), 0 in the others;
    `high` as for `abs_difference_lanes`. Each lane with its high bit set less `level`
    (or, above 128, less its part below the high bit) stays positive, so no lane borrows
    from the next, and its high bit then tells whether it reached the level."""
    ones = high >> 7
    if level <= 128:
        return (((x | high) - level * ones) | x) & high
    return ((x | high) - (level - 128) * ones) & x & high


# Signed values in 16-bit lanes are held with this bias, so that no lane goes negative
# (`absolute_lanes` reads them back).
LANE_BIAS = 1 << 14


def greater_equal_lanes(a: int, b: int, half: int, ones: int) -> int:
    """1 in every 16-bit lane where a >= b, else 0 (all lanes of both below 2**15);
    `half` holds 2**15 in every lane, `ones` 1: a + 2**15 - b keeps bit 15 where a >= b
    and borrows from no other lane."""
    return ((a + half - b) >> 15) & ones


def absolute_lanes(g: int, ones: int, low: int) -> int:
    """|g - LANE_BIAS| in every 16-bit lane of g, each in [0, 2**15); `low` holds 0x3FFF
    in every lane, `ones` 1.

    A lane with bit 14 set holds g >= LANE_BIAS (2**14) and g XOR 0x4000 is g - LANE_BIAS;
    otherwise (g XOR 0x3FFF) + 1 is LANE_BIAS - g. Both cases are one XOR and one add per
    lane.
    """
    positive = (g >> 14) & ones
    return (g ^ (low + positive)) + ones - positive


# For each level, the table marking the bytes at or above it: made once, as the bisections
# of the percentiles count hundreds of times a picture, most often in small pieces.
_AT_LEAST = tuple(bytes(level) + b"\x01" * (256 - level) for level in range(256))


def count_at_least(data: bytes, level: int) -> int:
    """How many bytes are >= level (one translate and one count, both in C)."""
    if level <= 0:
        return len(data)
    if level > 255:
        return 0
    return data.translate(_AT_LEAST[level]).count(1)


def top_level(data: bytes, share: float, floor: int = 0) -> int:
    """The highest level v such that at least `share` of the bytes >= floor are >= v.

    The same as the (1 − share) percentile of the values at or above `floor`, found by
    bisection over the 256 levels instead of counting every value. The values below
    `floor` are dropped first (one pass in C), so that the bisection's passes read only
    the others: a few edges among many flat slopes, for sharpness.
    """
    if floor > 0:
        data = data.translate(None, bytes(range(min(floor, 256))))
    wanted = share * len(data)
    low, high = floor, 255  # count_at_least(low) >= wanted always holds
    while low < high:
        middle = (low + high + 1) // 2
        if count_at_least(data, middle) >= wanted:
            low = middle
        else:
            high = middle - 1
    return low


def grouped_median(data: bytes) -> float:
    """The median of the bytes of `data` (not empty) taken as whole levels standing for
    intervals one level wide, interpolated within the median's own level: the median of
    grouped data, as Python's `statistics.median_grouped` gives it. Where most values are
    a few levels, the plain median moves by a whole level when a value or two changes;
    this one moves by as little as they do."""
    count = len(data)
    level = top_level(data, 0.5)
    below = count - count_at_least(data, level)
    at = count - below - count_at_least(data, level + 1)
    return level - 0.5 + (count / 2 - below) / at
