"""Who and what the letter is about: letter date, payer, member, provider, ids, service, date of service."""
from __future__ import annotations

import re
from functools import lru_cache

from extractors.dates import DateHit, find_dates
from extractors.found import Found
from extractors.keyvalues import KeyValue, first
from extractors.letter import Letter
from extractors.rules import load_yaml

_ID = re.compile(r"[A-Z0-9][A-Z0-9\-./*]{2,30}", re.I)  # "W123456789*02": a dependent suffix is part of it
_ADDRESS = re.compile(r"\d+\s+\w+.*\b(st|street|ave|avenue|rd|road|blvd|dr|drive|ln|lane|way|ct|pl|pkwy|suite|ste|po box|p\.o\.)\b|"
                      r"\b[A-Z]{2}\s+\d{5}(-\d{4})?\b|\bp\.?o\.? box\b", re.I)
_CONTACT = re.compile(r"\d{3}[-.) ]\s?\d{3}[-.]\d{4}|www\.|https?:|@|\.com\b|\.org\b|\bTTY\b|\bfax\b|phone|call us", re.I)

_PHONE = re.compile(r"(?:1-)?\d{3}-\d{3}-\d{4}")
_SPLIT_ID = re.compile(r"^\s*([A-Z0-9][A-Z0-9\-*]{2,})\s([0-9][0-9*\-]{1,10})\s*$", re.I)


def clean_id(value: str) -> str | None:
    """The identifier at the start of a value cell ("W123456789", "PA-2025-000123"), or None.
    A value that is one id broken by a space ("M945 1298663", an OCR split) is joined."""
    split = _SPLIT_ID.match(value)
    if split and re.search(r"\d", split.group(1)) and len(split.group(1) + split.group(2)) <= 16:
        value = split.group(1) + split.group(2)
    m = _ID.search(value.replace(" - ", "-"))
    if not m:
        return None
    v = m.group(0).rstrip(".-/*")
    return v if re.search(r"\d", v) and len(v) >= 4 else None


# --- letter date ---------------------------------------------------------------------------
_WEEKDAY = re.compile(r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*$", re.I)

def _near(word: str, targets: tuple[str, ...]) -> bool:
    """Within a few OCR slips of one of ``targets`` (similarity of the letter sequences)."""
    from difflib import SequenceMatcher

    return any(SequenceMatcher(None, word, t).ratio() >= 0.6 for t in targets)



_TITLE_WORDS = re.compile(r"\b(?:notice|notification|determination|decision|denial|letter|statement|explanation|advice)\s*$", re.I)


def letter_date(letter: Letter, kvs: list[KeyValue]) -> Found | None:
    kv = first(kvs, "letter_date")
    if kv is not None:
        hits = find_dates(letter.text, kv.start, kv.end)
        if hits:
            return Found(hits[0].value, hits[0].start, hits[0].end, 0.95, "letter-date-label")
    # an OCR-damaged label ("Staicineii date", "Notlce date"): read, but with doubt
    for m in re.finditer(r"(?m)^\s*([A-Za-z]{5,12}) date:?\s{2,}", letter.text[:letter.first_page_end]):
        if _near(m.group(1).lower(), ("statement", "notice", "letter", "mailing", "issue")):
            hits = find_dates(letter.text, m.end(), m.end() + 25)
            if hits and hits[0].start == m.end():
                return Found(hits[0].value, hits[0].start, hits[0].end, 0.7, "letter-date-damaged-label")
    # a date standing alone on a line near the top of page 1 (the classic letter layout)
    top = letter.first_page_end
    for ln in letter.lines:
        if ln.start >= top:
            break
        t = letter.text[ln.start:ln.end].strip()
        hits = find_dates(letter.text, ln.start, ln.end)
        if len(hits) == 1:
            before = _WEEKDAY.sub("", letter.text[ln.start:hits[0].start].strip())
            after = letter.text[hits[0].end:ln.end].strip(" .,")
            if not before and not after:  # the line is the date and nothing else
                return Found(hits[0].value, hits[0].start, hits[0].end, 0.9, "letter-date-standalone")
            raw_before = letter.text[ln.start:hits[0].start]
            if (not after and raw_before.endswith("   ") and ":" not in raw_before and not re.search(r"\d", raw_before)
                    and _TITLE_WORDS.search(raw_before)):  # "Claim Determination Notice      June 3, 2025"
                return Found(hits[0].value, hits[0].start, hits[0].end, 0.8, "letter-date-beside-title")
    # a label wrapped around its value: "Date of this" / "October 9, 2026   ..." / "notice"
    for i, ln in enumerate(letter.lines[1:], start=1):
        if ln.start >= top:
            break
        hits = find_dates(letter.text, ln.start, ln.end)
        prev = letter.text[letter.lines[i - 1].start:letter.lines[i - 1].end].strip()
        if hits and hits[0].start - ln.start <= 2 and re.fullmatch(r"date( of( this)?( (notice|letter))?)?:?", prev, re.I):
            return Found(hits[0].value, hits[0].start, hits[0].end, 0.8, "letter-date-wrapped-label")
    # "Notice date" written in running text or a footer anywhere
    return _date_after(letter, r"(?:notice|letter|statement) date\W{0,3}", 25, 0.8, "letter-date-phrase")


def _date_after(letter: Letter, phrase: str, within: int, conf: float, rule: str) -> Found | None:
    """The first date printed within ``within`` characters after the first match of ``phrase``."""
    m = re.search(phrase, letter.text, re.I)
    if m:
        hits = find_dates(letter.text, m.end(), m.end() + within)
        if hits:
            return Found(hits[0].value, hits[0].start, hits[0].end, conf, rule)
    return None


# --- payer --------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _payer_vocab() -> tuple[re.Pattern, re.Pattern]:
    data = load_yaml("payers.yaml")
    words = lambda xs: re.compile(r"\b(" + "|".join(re.escape(x) for x in sorted(xs, key=len, reverse=True)) + r")\b", re.I)
    return words(data["payer_words"]), words(data["provider_words"])


def _payer_like(name: str) -> bool:
    payer_rx, provider_rx = _payer_vocab()
    return bool(payer_rx.search(name)) and not (provider_rx.search(name) and not re.search(
        r"\b(plan|insurance|health plan|medicaid|medicare|hmo|ppo|mutual|assurance)\b", name, re.I))


def _clean_org(s: str) -> str:
    s = re.sub(r"^[^A-Za-z(]+", "", s).strip()
    s = re.sub(r"^(?:[A-Z]{1,3})\s{2,}", "", s)  # a logo's initials beside the name
    return s.strip(" ,.;:-")


def payer(letter: Letter, kvs: list[KeyValue]) -> Found | None:
    # 1. the letterhead: the first org-like lines of page 1
    for ln in letter.lines[:10]:
        if ln.page != 1:
            break
        raw = letter.text[ln.start:ln.end]
        for part in re.split(r"\s{3,}", raw):
            name = _clean_org(part)
            if (len(name) < 4 or len(name) > 80 or _ADDRESS.search(name) or _CONTACT.search(name)
                    or find_dates(name) or re.match(r"(re|date|to|from|member services)\b", name, re.I)):
                continue
            if _payer_like(name):
                s = ln.start + raw.index(part) + part.index(name[:3]) if name[:3] in part else ln.start
                return Found(name, s, s + len(name), 0.9, "payer-letterhead")
    # 2. the nondiscrimination notice names the plan: "X complies with applicable Federal civil rights laws"
    m = re.search(r"(?:^|\n|\. )([A-Z][\w&.,'()\- ]{3,80}?)\s+(?:complies with|follows) (?:applicable )?(?:Federal|federal) civil rights",
                  letter.text)
    if m and _payer_like(m.group(1)):
        return Found(m.group(1).strip(), m.start(1), m.end(1), 0.8, "payer-nondiscrimination")
    kv = first(kvs, "payer")
    if kv is not None and _payer_like(kv.value):
        return Found(kv.value.strip(), kv.start, kv.end, 0.75, "payer-label")
    return None


# --- people and ids ---------------------------------------------------------------------------
def member_name(letter: Letter, kvs: list[KeyValue]) -> Found | None:
    kv = first(kvs, "member_name")
    if kv is not None and re.match(r"[A-Za-z][A-Za-z.'\- ]{2,60}$", kv.value.strip()):
        return Found(kv.value.strip(), kv.start, kv.end, 0.9, "member-name-label")
    m = re.search(r"^Dear (?:Mr\.|Ms\.|Mrs\.|Mx\.)?\s*([A-Z][A-Za-z.'\-]+(?: [A-Z][A-Za-z.'\-]+){1,3})\s*[:,]", letter.text, re.M)
    if m and not re.search(r"\b(provider|doctor|member|sir|madam|patient|dr)\b", m.group(1), re.I):
        return Found(m.group(1), m.start(1), m.end(1), 0.7, "member-name-salutation")
    return None


def id_field(letter: Letter, kvs: list[KeyValue], field: str) -> Found | None:
    for kv in kvs:
        if kv.field == field:
            v = clean_id(kv.value)
            if v:
                s = letter.text.find(v, kv.start, kv.end + 1)
                s = kv.start if s < 0 else s
                return Found(v, s, s + len(v), 0.9, f"{field}-label")
    rx = load_yaml("labels.yaml").get("inline", {}).get(field)
    if rx:  # "Re: Claim No. 889900112" in running text
        for m in re.finditer(rx, letter.text[:letter.first_page_end], re.I):
            v = clean_id(letter.text[m.end():m.end() + 32])
            if v and letter.text.startswith(v, m.end()) and not find_dates(v) and not _PHONE.fullmatch(v):
                return Found(v, m.end(), m.end() + len(v), 0.75, f"{field}-inline")
    return None


_NPI = re.compile(r"\bNPI\b\W{0,4}(?:#|no\.?|number)?\W{0,3}(\d{10})\b", re.I)


def npi_valid(npi: str) -> bool:
    """Luhn check with the 80840 prefix (the NPI standard)."""
    digits = [int(c) for c in "80840" + npi]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return total % 10 == 0


def provider(letter: Letter, kvs: list[KeyValue]) -> tuple[Found | None, Found | None]:
    name = None
    for kv in kvs:
        if kv.field == "provider" and re.search(r"[A-Za-z]{2}", kv.value):
            v = re.split(r",?\s*\(?\s*NPI\b", kv.value)[0].strip(" ,(")
            if v and not re.fullmatch(r"[\d)( ]+", v):
                # prefer the person (rendering/requesting) over a billing facility
                if name is None or ("billing" in kv.label.lower() and name.rule != "provider-label"):
                    name = Found(v, kv.start, kv.start + len(v), 0.85, "provider-label")
                if "billing" not in kv.label.lower():
                    break
    npi = None
    kv = first(kvs, "npi")
    cands = []
    if kv is not None:
        m = re.search(r"\d{10}", kv.value)
        if m:
            cands.append((kv.start + m.start(), m.group(0)))
    for m in _NPI.finditer(letter.text):
        cands.append((m.start(1), m.group(1)))
    for s, v in cands:
        npi = Found(v, s, s + 10, 0.9 if npi_valid(v) else 0.5, "npi")
        break
    return name, npi


def date_of_service(letter: Letter, kvs: list[KeyValue], table_dates: list[DateHit]) -> Found | None:
    kv = first(kvs, "date_of_service")
    if kv is not None:
        hits = find_dates(letter.text, kv.start, kv.end)
        if hits:
            return Found(hits[0].value, hits[0].start, hits[0].end, 0.9, "dos-label")
    if table_dates:
        h = table_dates[0]
        return Found(h.value, h.start, h.end, 0.75, "dos-table")
    return _date_after(letter, r"(?<!planned )(?<!scheduled )(?<!requested )"
                               r"(?:date of service|service date|services? (?:provided|received) on)\W{0,3}",
                       30, 0.75, "dos-phrase")


_SERVICE_PHRASE = re.compile(
    r"(?:request(?:ed)? (?:for|of)|coverage (?:for|of)|prior authorization (?:request )?for|authorization for|"
    r"approved (?:the )?request for|claim for)\s+(?:the |a |an |your )?(?P<svc>[A-Za-z][^.;:\n]{3,90}?)"
    r"(?=\s+(?:submitted|requested|was|is|has|on|from|by|because|for you|dated)\b|[.;:\n]| \(\d)", re.I)


def service_description(letter: Letter, kvs: list[KeyValue]) -> Found | None:
    kv = first(kvs, "service")
    if kv is not None and re.search(r"[A-Za-z]{3}", kv.value) and not re.fullmatch(r"[\d\s,]+", kv.value):
        v = re.sub(r"\s*\(\s*[A-Z]?\d{4,5}[A-Z]?\s*\)\s*$", "", kv.value).strip()
        return Found(v, kv.start, kv.start + len(v), 0.8, "service-label")
    m = _SERVICE_PHRASE.search(letter.text)
    if m:
        v = m.group("svc").strip()
        return Found(v, m.start("svc"), m.start("svc") + len(v), 0.6, "service-phrase")
    return None

