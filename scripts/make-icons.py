#!/usr/bin/env python3
"""Draws Scrutineer's toolbar icons (public/icon/<size>.png): a magnifying glass over a minutes
page on a council-blue tile. Pure Python (zlib + struct), so it runs anywhere; rerun after a change."""
import math, struct, zlib, os

BLUE, WHITE, PAGE, GOLD = (11, 60, 120), (255, 255, 255), (226, 234, 245), (242, 183, 5)

def shade(x, y):
    """Colour (r, g, b, a) at a point of the unit square, or None for transparent."""
    r = 0.18  # rounded tile
    cx, cy = min(max(x, r), 1 - r), min(max(y, r), 1 - r)
    if math.hypot(x - cx, y - cy) > r:
        return None
    # the page with three lines of "minutes"
    if 0.2 <= x <= 0.62 and 0.16 <= y <= 0.74:
        for ly in (0.3, 0.42, 0.54):
            if ly <= y <= ly + 0.05 and 0.27 <= x <= 0.55:
                return BLUE
        return PAGE
    # the lens and its handle
    d = math.hypot(x - 0.6, y - 0.58)
    if 0.15 <= d <= 0.22:
        return GOLD
    if d < 0.15:
        return WHITE if (x - 0.6) + (y - 0.58) < -0.05 else BLUE
    hx, hy = x - 0.75, y - 0.73
    along, across = (hx + hy) / math.sqrt(2), (hx - hy) / math.sqrt(2)
    if 0 <= along <= 0.2 and abs(across) <= 0.05:
        return GOLD
    return BLUE

def png(size):
    ss = 4
    rows = []
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            acc, n = [0, 0, 0, 0], ss * ss
            for sy in range(ss):
                for sx in range(ss):
                    c = shade((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size)
                    if c:
                        acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 255
            a = acc[3] // n
            rgb = [acc[i] // max(1, acc[3] // 255) for i in range(3)] if acc[3] else [0, 0, 0]
            row += bytes(rgb + [a])
        rows.append(bytes(row))
    raw = zlib.compress(b''.join(rows), 9)
    chunk = lambda t, d: struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)) + chunk(b'IDAT', raw) + chunk(b'IEND', b'')

out = os.path.join(os.path.dirname(__file__), '..', 'public', 'icon')
os.makedirs(out, exist_ok=True)
for size in (16, 32, 48, 128):
    with open(os.path.join(out, f'{size}.png'), 'wb') as f:
        f.write(png(size))
