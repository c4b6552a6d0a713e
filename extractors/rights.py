"""External/independent review and peer-to-peer: offered (true), ruled out (false) or silent (null)."""
from __future__ import annotations

import re

from extractors.found import Found
from extractors.rules import load_regexes


def _rule(label: str):
    return next(r for r in load_regexes("rights.yaml") if r.label == label)


def _offer(sentences, mention_label: str, negative_label: str, rule_prefix: str,
           offer_label: str | None = None) -> tuple[Found | None, str | None]:
    """``offer_label``: a rule the sentence must also match to count as an offer (so "your
    external review rights are described in 45 CFR 147.136" offers nothing)."""
    mention, negative = _rule(mention_label), _rule(negative_label)
    offer = _rule(offer_label) if offer_label else None
    verdict: Found | None = None
    texts = []
    for sent, zone in sentences:
        if zone in ("boilerplate", "furniture"):
            continue
        m = mention.regex.search(sent.text)
        if not m:
            continue
        neg = bool(negative.regex.search(sent.text))
        if not neg and offer is not None and not offer.regex.search(sent.text):
            continue
        texts.append(re.sub(r"\s+", " ", sent.text).strip())
        f = Found(not neg, sent.start_char + m.start(), sent.start_char + m.end(), 0.9,
                  f"{rule_prefix}-{'negative' if neg else 'offered'}")
        if verdict is None or (neg and verdict.value):  # an explicit "not available" wins
            verdict = f
    return verdict, (" ".join(texts) if texts else None)


def external_review(sentences) -> tuple[Found | None, str | None]:
    return _offer(sentences, "external", "external_negative", "er", "external_offer")


def peer_to_peer(sentences) -> tuple[Found | None, str | None]:
    return _offer(sentences, "peer", "peer_negative", "p2p")
