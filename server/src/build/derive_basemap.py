#!/usr/bin/env python3
"""Derives the web map's offline basemap from geoBoundaries' Ukraine ADM1 outlines.

Usage: python3 server/src/build/derive_basemap.py ../shared/data/boundaries/geoBoundaries-UKR-ADM1_simplified.geojson \
           server/src/main/resources/org/trucewatch/server/map/basemap-ukraine-adm1.geojson

Simplifies each ring with Douglas-Peucker (tolerance 0.01 degrees, about 1 km), drops rings
that collapse, rounds positions to 3 decimals (about 100 m), and keeps only the name and ISO
code. Output is sorted by ISO code and written without whitespace, so reruns are byte-identical.
Source: geoBoundaries gbOpen (Runfola et al. 2020, PLoS ONE 15(4):e0231866), attribution required.
"""
import json
import sys

TOLERANCE_DEG = 0.01


def perpendicular(p, a, b):
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
    return ((x - x1 - t * dx) ** 2 + (y - y1 - t * dy) ** 2) ** 0.5


def simplify(points):
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        i, j = stack.pop()
        best, index = 0.0, -1
        for k in range(i + 1, j):
            d = perpendicular(points[k], points[i], points[j])
            if d > best:
                best, index = d, k
        if best > TOLERANCE_DEG:
            keep[index] = True
            stack.append((i, index))
            stack.append((index, j))
    return [p for p, k in zip(points, keep) if k]


def ring(r):
    out = []
    for x, y in simplify([tuple(p[:2]) for p in r]):
        q = [round(x, 3), round(y, 3)]
        if not out or out[-1] != q:
            out.append(q)
    return out if len(out) >= 4 else None


def polygon(rings):
    kept = [ring(r) for r in rings]
    if kept[0] is None:
        return None
    return [r for r in kept if r is not None]


def main(src, dst):
    with open(src, encoding="utf-8") as f:
        data = json.load(f)
    features = []
    for feat in data["features"]:
        g = feat["geometry"]
        polys = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
        kept = [p for p in (polygon(p) for p in polys) if p]
        if not kept:
            continue
        geometry = {"type": "Polygon", "coordinates": kept[0]} if len(kept) == 1 else {"type": "MultiPolygon", "coordinates": kept}
        props = feat["properties"]
        features.append({"type": "Feature", "properties": {"name": props["shapeName"], "iso": props["shapeISO"]}, "geometry": geometry})
    features.sort(key=lambda f: (f["properties"]["iso"], f["properties"]["name"]))
    out = {
        "type": "FeatureCollection",
        "attribution": "Boundaries: geoBoundaries gbOpen, Ukraine ADM1 (Runfola et al. 2020, PLoS ONE 15(4):e0231866), simplified",
        "features": features,
    }
    with open(dst, "w", encoding="utf-8") as f:
        json.dump(out, f, separators=(",", ":"), ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
