#!/usr/bin/env python3
"""Check eval/gold/linking.jsonl, the hand-made entity-linking gold (standard library only).

    python eval/gold/validate_linking.py [--shared PATH_TO/shared] [--gold PATH]

Checks the JSON shape of every line, the labels, the id formats (and that IDN-/organisation/country
ids exist in src/warta/resources/id/), that person ids are "per:" + the slug of their name, that no
(text, id) pair is listed twice, and that each surface text occurs in the article body at least
`count` times (plain case-sensitive substring count, so fused words such as "ditulisdetikNews"
still match).

Article bodies: detik1000 entries ("detik1000#<id>") are the `body_lines` of `isi_berita` from
<shared>/data/detik1000_entity_summ/data_berita.csv; HTML fixtures are the gold `body` of the same
file in eval/gold/html.jsonl (or, if missing there, the page's visible text).

Problems are printed; the exit status is 1 when any was found, else 0.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
RES = REPO / "src" / "warta" / "resources" / "id"

LABELS = {"PER", "ORG", "GPE", "LOC", "EVT"}
FIELDS = {"text": str, "label": str, "id": str, "name": str, "role": (str, type(None)), "count": int}
OPTIONAL = {"note": str}
SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
RE_PER = re.compile(rf"^per:{SLUG}$")
RE_ORG = re.compile(rf"^org:{SLUG}$")
RE_OUTLET = re.compile(r"^outlet:[a-z0-9]+(?:[.-][a-z0-9]+)*$")
RE_LOC = re.compile(rf"^loc:{SLUG}$")
RE_EVT = re.compile(rf"^evt:{SLUG}$")
RE_ISO3 = re.compile(r"^[A-Z]{3}$")
RE_IDN = re.compile(r"^IDN-\d{2}(?:\.\d{2})?$")
RESIDUE = re.compile(r"^(SCROLL TO (CONTINUE|RESUME) WITH CONTENT|ADVERTISEMENT|Simak (juga )?Video|"
                     r"Tonton juga video|Lihat juga Video|Saksikan Live)", re.I)


def slug(text: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))


def table_ids(path: Path) -> set[str]:
    ids = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                ids.add(line.split("\t", 1)[0])
    return ids


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript"):
            self.skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript"):
            self.skip = max(0, self.skip - 1)
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible_text(path: Path) -> str:
    parser = _Visible()
    parser.feed(path.read_bytes().decode("utf-8", errors="replace"))
    return re.sub(r"\s+", " ", "".join(parser.parts))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(REPO.parent / "shared"), help="the shared/ folder (default ../shared)")
    ap.add_argument("--gold", default=str(HERE / "linking.jsonl"))
    args = ap.parse_args()
    shared = Path(args.shared)
    problems: list[str] = []

    def bad(where: str, msg: str) -> None:
        problems.append(f"{where}: {msg}")

    regions = table_ids(RES / "regions.tsv")
    orgs = table_ids(RES / "organisations.tsv")
    countries = table_ids(RES / "countries_cldr.tsv")

    csv.field_size_limit(10**9)
    csv_path = shared / "data" / "detik1000_entity_summ" / "data_berita.csv"
    detik = {}
    if csv_path.exists():
        with open(csv_path, encoding="utf-8", newline="") as fh:
            detik = {r["id"]: r for r in csv.DictReader(fh)}
    else:
        bad("setup", f"missing {csv_path}")
    html_gold = {}
    hg = HERE / "html.jsonl"
    if hg.exists():
        for line in hg.read_text(encoding="utf-8").splitlines():
            if line.strip():
                o = json.loads(line)
                html_gold[o["file"]] = o["body"]
    fixtures = shared / "data" / "news_html_fixtures"

    n_art = n_ment = n_occ = 0
    by_label: dict[str, int] = {}
    seen_sources = set()
    for ln, line in enumerate(Path(args.gold).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"line {ln}"
        try:
            art = json.loads(line)
        except json.JSONDecodeError as exc:
            bad(where, f"invalid JSON ({exc})")
            continue
        if not isinstance(art, dict):
            bad(where, "not an object")
            continue
        src = art.get("source")
        if not isinstance(src, str) or not isinstance(art.get("url"), str) or not isinstance(art.get("mentions"), list):
            bad(where, "needs string 'source', string 'url' and list 'mentions'")
            continue
        where = src
        if src in seen_sources:
            bad(where, "source listed twice")
        seen_sources.add(src)
        n_art += 1

        body = None
        if src.startswith("detik1000#"):
            row = detik.get(src.split("#", 1)[1])
            if row is None:
                bad(where, "id not in data_berita.csv")
            else:
                lines = row["isi_berita"].split("\n")
                keep = art.get("body_lines")
                if keep is None:
                    keep = [i for i, l in enumerate(lines) if l.strip() and not RESIDUE.match(l.strip())]
                elif not all(isinstance(i, int) and 0 <= i < len(lines) and lines[i].strip() for i in keep):
                    bad(where, "body_lines out of range or blank")
                    keep = [i for i in keep if isinstance(i, int) and 0 <= i < len(lines)]
                body = "\n".join(lines[i] for i in keep)
                if row["tautan"] != art["url"]:
                    bad(where, "url differs from the CSV's tautan")
        else:
            page = fixtures / src
            if src in html_gold:
                body = html_gold[src]
            elif page.exists():
                body = visible_text(page)
            else:
                bad(where, f"fixture not found: {page}")

        pairs = set()
        for k, m in enumerate(art["mentions"]):
            mw = f"{where} mention {k}"
            if not isinstance(m, dict):
                bad(mw, "not an object")
                continue
            extra = set(m) - set(FIELDS) - set(OPTIONAL)
            if extra:
                bad(mw, f"unknown keys {sorted(extra)}")
            ok = True
            for key, typ in FIELDS.items():
                if key not in m or not isinstance(m[key], typ) or isinstance(m[key], bool):
                    bad(mw, f"field {key!r} missing or of the wrong type")
                    ok = False
            if "note" in m and not isinstance(m["note"], str):
                bad(mw, "note must be a string")
            if not ok:
                continue
            mw = f"{where} {m['text']!r}"
            lab, eid = m["label"], m["id"]
            n_ment += 1
            n_occ += m["count"]
            by_label[lab] = by_label.get(lab, 0) + 1
            if (m["text"], eid) in pairs:
                bad(mw, "(text, id) pair listed twice")
            pairs.add((m["text"], eid))
            if not m["text"].strip() or m["text"] != m["text"].strip():
                bad(mw, "empty text or surrounding whitespace")
            if m["count"] < 1:
                bad(mw, "count must be >= 1")
            if lab not in LABELS:
                bad(mw, f"unknown label {lab!r}")
            if lab == "PER":
                if not RE_PER.match(eid):
                    bad(mw, f"person id {eid!r} malformed")
                elif eid != "per:" + slug(m["name"]):
                    bad(mw, f"person id {eid!r} is not per:+slug of name {m['name']!r}")
            elif lab == "ORG":
                if not (RE_ORG.match(eid) or RE_OUTLET.match(eid) or eid in orgs):
                    bad(mw, f"organisation id {eid!r} neither org:/outlet: nor in organisations.tsv")
            elif lab == "EVT":
                if not RE_EVT.match(eid):
                    bad(mw, f"event id {eid!r} malformed")
            elif lab in ("GPE", "LOC"):
                if RE_IDN.match(eid):
                    if eid not in regions:
                        bad(mw, f"{eid!r} not in regions.tsv")
                elif RE_ISO3.match(eid):
                    if lab != "GPE" or eid not in countries:
                        bad(mw, f"{eid!r} not a GPE country code from countries_cldr.tsv")
                elif not RE_LOC.match(eid):
                    bad(mw, f"place id {eid!r} malformed")
            if body is not None:
                found = body.count(m["text"])
                if found < m["count"]:
                    bad(mw, f"occurs {found} times in the body, count says {m['count']}")

    for p in problems:
        print(p)
    labels = ", ".join(f"{k} {by_label[k]}" for k in sorted(by_label))
    print(f"{n_art} articles, {n_ment} mentions ({labels}), {n_occ} occurrences; "
          f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
