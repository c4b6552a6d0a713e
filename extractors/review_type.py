"""Review type: pre-service (prior authorization), concurrent (ongoing stay/treatment) or
post-service (a claim for services already received)."""
from __future__ import annotations

from collections import defaultdict

from extractors.found import Found
from extractors.nlp import Cue

ZONE_WEIGHT = {"header": 1.0, "reason": 1.0, "other": 1.0, "codes": 1.0, "appeal": 0.3, "external_review": 0.1,
               "peer_to_peer": 0.3, "boilerplate": 0.0, "furniture": 0.0}


POST_SERVICE_PROOF = {"rt-eob", "rt-explanation-of-benefits", "rt-amount-billed", "rt-plan-paid",
                      "rt-services-you-received", "rt-payment-denied", "rt-you-received-on", "rt-retrospective",
                      "rt-service-was-provided", "rt-summary-notice",
                      "rt-reimbursement-request"}


def classify(cues: list[Cue], zone_of, has_claim_number: bool, has_carc: bool,
             served_before_letter: bool = False) -> Found | None:
    """Post-service needs proof that a claim was processed (claim number, adjustment codes, EOB
    or billed/paid amounts): a letter that merely says "if you already received this service"
    or "claim" in passing is not about services already received."""
    scores: dict[str, float] = defaultdict(float)
    best: dict[str, Cue] = {}
    for c in cues:
        w = c.weight * ZONE_WEIGHT.get(zone_of(c.start), 1.0)
        if w <= 0:
            continue
        scores[c.label] += w
        if c.label not in best or c.weight > best[c.label].weight:
            best[c.label] = c
    if has_claim_number:
        scores["post_service"] += 3
    if has_carc:
        scores["post_service"] += 2
    if has_claim_number and served_before_letter:  # a claim for a date of service already past
        scores["post_service"] += 3
    proven = has_claim_number or has_carc or any(c.rule in POST_SERVICE_PROOF for c in cues)
    if not proven:
        scores.pop("post_service", None)
    if not scores:
        return None
    label, top = max(scores.items(), key=lambda kv: kv[1])
    second = max([v for k, v in scores.items() if k != label], default=0.0)
    cue = best.get(label)
    conf = round(min(0.95, 0.5 + 0.45 * (top - second) / max(top, 1e-9)), 2)
    if has_claim_number and has_carc:
        # an adjudicated claim: however much the letter talks about the missing precertification,
        # the services were received
        label, cue, conf = "post_service", best.get("post_service"), 0.9
    return Found(label, cue.start if cue else 0, cue.end if cue else 0, conf, cue.rule if cue else "rt-claim-number")
