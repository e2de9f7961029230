#!/usr/bin/env python3
"""Check eval/gold/events.jsonl, the hand-made PLOVER event gold (standard library only, except that
PFSA-ID and idner-news-2k entries are read with Warta's own readers, so run it with Warta installed).

    python eval/gold/validate_events.py [--shared PATH_TO/shared] [--gold PATH]

Checks the JSON shape of every line; the 16 PLOVER event types; actor/target codes (ISO 3166
alpha-3 from src/warta/resources/id/countries_cldr.tsv plus an optional 3-letter sector, or an
international organisation / armed group id from organisations.tsv such as UN, ISIL, HAMAS,
COAL-ISIS); that detik1000 references (article id, line index, start/end offsets) exist and cover
a non-empty span, as do PFSA-ID references ("pfsa_id/<file>#<document>", start/end in the text
rebuilt from the tokens); that idner-news-2k entries ("idner_news_2k/<file>#<sentence>") hold that
sentence's tokens; and that fixture/VIVA `text` occurs in the page's visible text (tags stripped,
entities unescaped, whitespace collapsed) or in the VIVA example file.

Problems are printed; the exit status is 1 when any was found, else 0.
"""

from __future__ import annotations

import argparse
import csv
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
RES = REPO / "src" / "warta" / "resources" / "id"

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
# REL (religious) and LAB (labour) are CAMEO sectors too; the second coder of kompas2 used them
SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "DIP", "PTY", "BUS", "MED", "EDU", "CVL", "REB",
           "CRM", "NGO", "IGO", "REL", "LAB"}
GROUPS_FALLBACK = {"UN", "UNSC", "ASEAN", "NATO", "EU", "OIC", "WHO", "IMF", "WB", "WTO", "G20",
                   "APEC", "UNICEF", "UNHCR", "INTERPOL", "ICC", "ISIL", "ALQ", "TAL", "HAMAS",
                   "HEZ", "JI", "JAD", "MIT", "OPM", "COAL-ISIS"}
VIVA = "examples/viva-2015-rusia-isis.txt"
TOP = {"source", "events", "note"}
DETIK_KEYS = {"line", "start", "end"}
EVENT_KEYS = {"actor", "type", "target", "negated"}


def load_codes() -> tuple[set[str], set[str]]:
    countries, groups = set(), set(GROUPS_FALLBACK)
    path = RES / "countries_cldr.tsv"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                countries.add(line.split("\t", 1)[0])
    path = RES / "organisations.tsv"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                cols = line.split("\t")
                if len(cols) > 5 and not cols[0].startswith("IDN-") and cols[5] in {"IGO", "REB"}:
                    groups.add(cols[0])
    return countries, groups


def code_ok(code: str, countries: set[str], groups: set[str]) -> bool:
    if code in groups:
        return True
    m = re.fullmatch(r"([A-Z]{3})([A-Z]{3})?", code)
    if not m:
        return False
    if countries and m.group(1) not in countries:
        return False
    return m.group(2) is None or m.group(2) in SECTORS


def visible_variants(raw: str) -> list[str]:
    raw = re.sub(r"(?is)<(script|style|noscript)\b.*?</\1\s*>", " ", raw)
    raw = re.sub(r"(?s)<!--.*?-->", " ", raw)
    out = []
    for repl in (" ", ""):
        text = html.unescape(re.sub(r"(?s)<[^>]+>", repl, raw))
        out.append(re.sub(r"\s+", " ", text).strip())
    return out


PFSA_KEYS = {"start", "end"}


def pfsa_text(shared: Path, source: str) -> str | None:
    """Warta's own rebuild of a PFSA-ID document's text, which the offsets refer to."""
    if str(REPO / "src") not in sys.path:
        sys.path.insert(0, str(REPO / "src"))
    from warta.evaluation.quotes_eval import pfsa_text as rebuild

    return rebuild(shared, source)


def idner_corpus(shared: Path, split: str) -> list:
    """idner-news-2k's sentences as Warta's NER evaluation reads them (warta.entities.datasets)."""
    if str(REPO / "src") not in sys.path:
        sys.path.insert(0, str(REPO / "src"))
    from warta.entities.datasets import load

    return load(str(shared / "data"), "idner", split)


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    ap.add_argument("--gold", default=str(HERE / "events.jsonl"))
    args = ap.parse_args()
    shared = Path(args.shared)
    fixtures = shared / "data" / "news_html_fixtures"
    countries, groups = load_codes()
    problems: list[str] = []
    rows = None
    pages: dict[str, list[str]] = {}
    seen: set[tuple] = set()

    def detik_lines(aid: str):
        nonlocal rows
        if rows is None:
            csv.field_size_limit(10**9)
            path = shared / "data" / "detik1000_entity_summ" / "data_berita.csv"
            with open(path, encoding="utf-8", newline="") as fh:
                rows = {r["id"]: r["isi_berita"].split("\n") for r in csv.DictReader(fh)}
        return rows.get(aid)

    idner: dict[str, list[list[str]]] = {}

    def idner_sentences(split: str) -> list[list[str]]:
        if split not in idner:
            idner[split] = [[token for token, _ in sent] for sent in idner_corpus(shared, split)]
        return idner[split]

    n = 0
    for no, line in enumerate(Path(args.gold).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        n += 1
        where = f"line {no}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: bad JSON ({exc})")
            continue
        if not isinstance(obj, dict) or not TOP <= obj.keys():
            problems.append(f"{where}: needs keys {sorted(TOP)}")
            continue
        src = obj["source"]
        if not isinstance(obj["note"], str):
            problems.append(f"{where}: note must be a string")
        if src.startswith("detik1000#"):
            extra = set(obj) - TOP - DETIK_KEYS
            if not DETIK_KEYS <= obj.keys() or extra:
                problems.append(f"{where}: detik entry needs line/start/end and no other keys (extra: {sorted(extra)})")
                continue
            if not all(isinstance(obj[k], int) and not isinstance(obj[k], bool) for k in DETIK_KEYS):
                problems.append(f"{where}: line/start/end must be integers")
                continue
            lines = detik_lines(src.split("#", 1)[1])
            if lines is None:
                problems.append(f"{where}: no article {src}")
                continue
            if not 0 <= obj["line"] < len(lines):
                problems.append(f"{where}: line {obj['line']} out of range ({len(lines)} lines)")
                continue
            text = lines[obj["line"]]
            s, e = obj["start"], obj["end"]
            if not (0 <= s < e <= len(text)) or not text[s:e].strip():
                problems.append(f"{where}: span {s}:{e} empty or outside line of length {len(text)}")
                continue
            key = (src, obj["line"], s, e)
        elif src.startswith("idner_news_2k/"):
            # one sentence of the MIT corpus, stored detokenised: the same characters as its tokens
            extra = set(obj) - TOP - {"text"}
            m = re.fullmatch(r"idner_news_2k/(dev|test|train)\.txt#(\d+)", src)
            if not m or "text" not in obj or not isinstance(obj["text"], str) or extra:
                problems.append(f"{where}: idner entry needs source FILE#N and a text, no other keys")
                continue
            sentences = idner_sentences(m.group(1))
            n_sent = int(m.group(2))
            if n_sent >= len(sentences) or "".join(sentences[n_sent]) != re.sub(r"\s+", "", obj["text"]):
                problems.append(f"{where}: text is not sentence {n_sent} of {m.group(1)}.txt")
                continue
            key = (src,)
        elif src.startswith("pfsa_id/"):
            extra = set(obj) - TOP - PFSA_KEYS
            if not PFSA_KEYS <= obj.keys() or extra:
                problems.append(f"{where}: PFSA entry needs start/end and no other keys (extra: {sorted(extra)})")
                continue
            text = pfsa_text(shared, src)
            s, e = obj["start"], obj["end"]
            if text is None:
                problems.append(f"{where}: no document {src}")
                continue
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)) or not text[s:e].strip():
                problems.append(f"{where}: span {s}:{e} empty or outside the document")
                continue
            key = (src, s, e)
        else:
            extra = set(obj) - TOP - {"text"}
            if "text" not in obj or not isinstance(obj["text"], str) or not obj["text"].strip() or extra:
                problems.append(f"{where}: fixture entry needs a non-empty text and no other keys")
                continue
            want = norm(obj["text"])
            if src == VIVA:
                hay = [norm((shared / VIVA).read_text(encoding="utf-8"))]
            else:
                path = fixtures / src
                if not path.exists():
                    problems.append(f"{where}: no fixture {src}")
                    continue
                if src not in pages:
                    pages[src] = visible_variants(path.read_text(encoding="utf-8", errors="replace"))
                hay = pages[src]
            if not any(want in h for h in hay):
                problems.append(f"{where}: text not found in {src}: {want[:60]!r}")
            key = (src, want)
        if key in seen:
            problems.append(f"{where}: duplicate sentence {key[:2]}")
        seen.add(key)
        events = obj["events"]
        if not isinstance(events, list):
            problems.append(f"{where}: events must be a list")
            continue
        for k, ev in enumerate(events):
            w = f"{where} event {k}"
            if not isinstance(ev, dict) or not EVENT_KEYS <= ev.keys() or set(ev) - EVENT_KEYS - {"note"}:
                problems.append(f"{w}: needs keys {sorted(EVENT_KEYS)} (+ optional note)")
                continue
            if ev["type"] not in TYPES:
                problems.append(f"{w}: unknown type {ev['type']!r}")
            if not isinstance(ev["actor"], str) or not code_ok(ev["actor"], countries, groups):
                problems.append(f"{w}: bad actor code {ev['actor']!r}")
            if ev["target"] is not None and (not isinstance(ev["target"], str)
                                             or not code_ok(ev["target"], countries, groups)):
                problems.append(f"{w}: bad target code {ev['target']!r}")
            if not isinstance(ev["negated"], bool):
                problems.append(f"{w}: negated must be true/false")
            if "note" in ev and not isinstance(ev["note"], str):
                problems.append(f"{w}: note must be a string")
    for p in problems:
        print(p)
    print(f"{n} sentences checked, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
