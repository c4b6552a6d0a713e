"""Guidelines, policies, plan provisions and regulations cited as the BASIS of the decision.

A citation counts where the letter explains its decision. Inside appeal-rights, external-review
and boilerplate text it counts only with a basis cue ("based on", "per", "criteria") and
without a rights cue ("describe(s) the external review process", "civil action under") -- so
"45 CFR 147.136 describes the external review process" or "Evidence of Coverage" in the appeal
section are not guidelines."""
from __future__ import annotations

import re

from extractors.found import Found
from extractors.rules import load_regexes

_BASIS = re.compile(r"\b(based on|based upon|per|according to|criteria|in accordance with|does not meet|did not meet|"
                    r"not satisfy|does not satisfy|because|under|required by|requirements? (?:of|in|under)|rules (?:of|in)|"
                    r"reference|references|applied|used|relied|made using|using|guidelines? used|"
                    r"not meet|under (?:the|your)|pursuant to|as (?:described|defined|outlined|explained|stated|set out) in|see (?:your|the)|"
                    r"reviewed (?:against|using)|consistent with|guideline|policy|excluded|not covered|(?:does|do|will) not (?:cover|pay))\b", re.I)
_RIGHTS = re.compile(r"\b(right to|civil action|lawsuit|describes? the|external review process|appeal process|"
                     r"appeals? (?:process|levels?|procedures?)|fair hearing|file a complaint|grievance|"
                     r"further appeal|you may (?:also )?(?:have|ask|request|file)|erisa|502\(a\)|nondiscrimination|"
                     r"exception|free of charge|free copies|copies of|copy of|upon request|claims? procedures?|"
                     r"this notice is (?:provided|issued|sent|required)|(?:notice|letter) is (?:issued|sent) (?:in accordance|under|pursuant))\b", re.I)
DECISION_ZONES = {"reason", "header", "other", "codes"}
# a citation about some other request ("a separate request for septoplasty would be reviewed under
# Medical Policy MP-ENT-022") is not a basis of this decision
_OTHER_REQUEST = re.compile(r"\b(?:would|will|could) be (?:reviewed|considered|evaluated|decided) (?:under|using|against|with)\b|"
                            r"\b(?:a|any) (?:separate|new|future|different) request\b", re.I)
# a technology assessment (Hayes, ECRI) named in the decision text is cited as its basis
_ASSESSMENTS = {"gl-hta"}


# "Your cost share is based on the specialty tier of your plan's formulary": what the member pays,
# not why the request was decided
_COST_SHARE = re.compile(r"\b(?:cost[- ]?shar\w*|co-?pay\w*|coinsurance|what you (?:will )?pay)\b", re.I)


_POLICY_NUMBER_CELL = re.compile(r"(?:group\s|insurance\s|member\s)?policy\s?(?:#|no\.?|number|id)\s*:", re.I)


def _identifier(m: re.Match) -> str | None:
    gd = m.groupdict()
    v = gd.get("id") or gd.get("id2")
    if not v:
        return None
    v = re.sub(r"\s+", " ", v).strip(" .,;:#")
    if v.endswith(")") and v.count(")") > v.count("("):  # "(Summary Plan Description, Section 7.4)"
        v = v[:-1].rstrip(" .,;:")
    if gd.get("id2"):
        v = f"§{v}"
    return v or None


def _bad_id(v: str) -> bool:
    """Identifier candidates that are really dates, phone numbers, years or money."""
    return bool(re.fullmatch(r"(19|20)\d\d|\d{1,2}[-/]\d{1,2}[-/](\d\d|\d{4})|\d{1,2}\.\d{1,2}\.\d{4}|\d{3}-\d{3,4}(-\d{4})?|\$[\d,]+(?:\.\d\d)?|\d{1,3},\d{3}(?:\.\d\d)?", v))


def find_guidelines(text: str, sentences, zone_of) -> list[Found]:
    """``sentences``: list of (span, zone); ``zone_of(offset)`` gives a zone for any offset."""
    found: list[Found] = []
    taken: list[tuple[int, int]] = []
    rules = load_regexes("guidelines.yaml")
    for sent, zone in sentences:
        if zone in ("boilerplate", "furniture"):
            continue
        s_text = sent.text
        in_decision = zone in DECISION_ZONES
        if not in_decision and not (_BASIS.search(s_text) and not _RIGHTS.search(s_text)):
            continue
        if (_RIGHTS.search(s_text) and not _BASIS.search(s_text)) or _OTHER_REQUEST.search(s_text):
            continue
        for rule, m, ident in _candidates(rules, text, sent.start_char, sent.end_char):
            s, e = m.span()
            source = rule.get("source")
            if source == "regulation" and not (_BASIS.search(s_text) or zone == "reason"):
                continue
            if source == "regulation" and _RIGHTS.search(s_text):
                continue
            if source == "formulary" and ident is None and _COST_SHARE.search(s_text):
                continue
            if ident is None and any(g.value["source"] == source for g in found):
                continue
            if any(s < te and e > ts for ts, te in taken):
                # an identifier-less mention inside an already cited span adds nothing
                continue
            if ident and any(g.value["identifier"] and _same_id(g.value["identifier"], ident) for g in found):
                continue
            if "?P<id" in rule.regex.pattern and ident is None and source in ("payer_policy", "regulation"):
                continue
            named_set = rule.id in _ASSESSMENTS and in_decision
            if ident is None and ((zone != "reason" and not _BASIS.search(s_text) and not named_set)
                                  or _RIGHTS.search(s_text)):
                continue  # a name in passing ("Regarding: Formulary Exception", "free copies of the criteria")
            title = _title(text, e, sent.end_char)
            found.append(Found({"source": source, "identifier": ident, "title": title,
                                "text": re.sub(r"\s+", " ", s_text).strip()},
                               s, e, 0.9 if ident else 0.8, rule.id))
            taken.append((s, e))
    # a bare name (e.g. "MCG") mentioned next to the same source with an identifier is one citation
    with_id = {g.value["source"] for g in found if g.value["identifier"]}
    return [g for g in found if g.value["identifier"] or g.value["source"] not in with_id]


def _candidates(rules, text: str, start: int, end: int) -> list:
    """(rule, match, identifier) for every rule match in the sentence: those that read an
    identifier first ("Section 4.3 of your Certificate of Coverage" over the document's bare
    name), then id-bearing rules, each group in file order."""
    out = []
    for k, rule in enumerate(rules):
        for m in rule.regex.finditer(text, start, end):
            if _POLICY_NUMBER_CELL.match(text, m.start()) and re.search(r"(?:^|\n|   )\s*$", text[max(0, m.start() - 40):m.start()]):
                continue  # "Policy #:  PFH-4402-118830" in the header: the member's insurance policy
            ident = _identifier(m)
            if ident and _bad_id(ident):
                ident = None
            out.append((ident is None, "?P<id" not in rule.regex.pattern, k, m.start(), rule, m, ident))
    return [(r, m, i) for *_, r, m, i in sorted(out, key=lambda t: t[:4])]


def _norm(v: str) -> str:
    return re.sub(r"[^A-Z0-9.]", "", v.upper())


def _same_id(a: str, b: str) -> bool:
    """"CPB 0419" and "0419" (the bulletin named once with, once without its prefix) are one."""
    a, b = _norm(a), _norm(b)
    return a == b or (min(len(a), len(b)) >= 3 and (a.endswith(b) or b.endswith(a)) and re.search(r"\d$", a) is not None)


def _title(text: str, start: int, end: int) -> str | None:
    m = re.match(r"[®™]?\s*[,:-]?\s*\(?((?:(?:19|20)\d\d,?\s)?[A-Z](?:[^.;()\n]|\.(?=\d)){2,80})\)?", text[start:end])
    return m.group(1).strip() if m else None
