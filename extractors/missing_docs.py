"""Documents/items the letter says were missing or are needed, as printed (bulleted or
numbered lists after an introducing sentence, or an inline list after a colon)."""
from __future__ import annotations

import re

from extractors.found import Found
from extractors.letter import Letter
from extractors.rules import load_regexes

_BULLET = re.compile(r"^\s*(?:[•·▪●◦*\-–o]|\(?\d{1,2}[.)]|\(?[a-h][.)])\s+(?P<item>\S.*)$")


def _rule(label: str):
    return next(r for r in load_regexes("missing_docs.yaml") if r.label == label)


def find_missing(letter: Letter, zone_of) -> list[Found]:
    intro, inline = _rule("intro"), _rule("inline")
    out: list[Found] = []
    lines = letter.lines
    for i, ln in enumerate(lines):
        t = letter.text[ln.start:ln.end]
        if zone_of(ln.start) in ("boilerplate", "furniture", "appeal", "external_review"):
            continue
        if intro.regex.search(t):
            for ln2 in lines[i + 1:i + 15]:
                t2 = letter.text[ln2.start:ln2.end]
                m = _BULLET.match(t2)
                if not m:
                    break
                item = m.group("item").strip().rstrip(".;,")
                s = ln2.start + m.start("item")
                out.append(Found(item, s, s + len(item), 0.85, "md-list"))
            continue
        m = inline.regex.search(t)
        if m:
            items = re.split(r",\s*(?:and\s+)?|;\s*|\s+and\s+", m.group("items"))
            pos = ln.start + m.start("items")
            for it in items:
                it = it.strip().rstrip(".;,")
                if len(it) >= 4:
                    s = letter.text.find(it, pos)
                    out.append(Found(it, s, s + len(it), 0.6, "md-inline"))
    return out
