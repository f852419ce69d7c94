#!/usr/bin/env python3
"""Which texts got worse or better between two builds: compares the per-text details.jsonl that
bench/devset-before-after.sh writes (OUT_DIR/before and OUT_DIR/after, and each notes folder).

usage: bench/devset-text-changes.py OUT_DIR/before/details.jsonl OUT_DIR/after/details.jsonl
The fields compared: a labelled place counts as found when a settlement-precision prediction lies
within 15 km of it, and a settlement prediction far from every label is a false place;
killed/injured/children: equal to the label or not; means: labelled means found, means not labelled.
"""
import json, math, sys

def km(a, b):
    r = 6371.0
    p1, p2 = math.radians(a['lat']), math.radians(b['lat'])
    dp, dl = p2 - p1, math.radians(b['lon'] - a['lon'])
    h = math.sin(dp/2)**2 + math.cos(p1)*math.cos(p2)*math.sin(dl/2)**2
    return 2*r*math.asin(math.sqrt(h))

def score(rec):
    lab, pre = rec['label'], rec.get('predicted') or {}
    lp = lab.get('places') or []
    pp = [p for p in (pre.get('places') or []) if p.get('precision') == 'settlement' and 'lat' in p]
    tp = sum(1 for l in lp if any(km(l, p) <= 15 for p in pp))
    fp = sum(1 for p in pp if not any(km(l, p) <= 15 for l in lp))
    s = {'placeTP': tp, 'placeFP': -fp}
    for f in ('killed', 'injured', 'children'):
        s[f] = int(lab.get(f) == pre.get(f))
    lm, pm = set(lab.get('means') or []), set(pre.get('means') or [])
    s['meansTP'], s['meansFP'] = len(lm & pm), -len(pm - lm)
    return s

def load(p):
    return {r['id']: r for r in map(json.loads, open(p))}

b, a = load(sys.argv[1]), load(sys.argv[2])
worse, better = [], []
for i in sorted(set(b) & set(a)):
    sb, sa = score(b[i]), score(a[i])
    w = [k for k in sb if sa[k] < sb[k]]
    g = [k for k in sb if sa[k] > sb[k]]
    def show(r):
        p = r.get('predicted') or {}
        return 'k=%s i=%s c=%s places=%s' % (p.get('killed'), p.get('injured'), p.get('children'),
            [x['name'] for x in (p.get('places') or []) if x.get('precision') == 'settlement'])
    lab = a[i]['label']
    line = '%s [%s] label k=%s i=%s c=%s | before %s | after %s' % (i, a[i]['part'], lab.get('killed'), lab.get('injured'), lab.get('children'), show(b[i]), show(a[i]))
    if w: worse.append('WORSE %s: %s' % (','.join(w), line))
    if g: better.append('better %s: %s' % (','.join(g), line))
for l in worse + better: print(l)
print('worse %d, better %d, of %d texts' % (len(worse), len(better), len(set(b) & set(a))))
