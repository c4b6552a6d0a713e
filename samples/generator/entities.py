"""People, organizations, identifiers and phone numbers for one letter (all from a seeded rng)."""
from __future__ import annotations

from dataclasses import dataclass
from random import Random

from .vocab import Vocab, expand_shape, pick


def luhn_check_digit(digits: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:  # these get doubled once the check digit is appended
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return str((10 - total % 10) % 10)


def npi(rng: Random) -> str:
    """A 10-digit NPI with a valid check digit (Luhn over the 80840 prefix)."""
    base = rng.choice("12") + "".join(str(rng.randrange(10)) for _ in range(8))
    return base + luhn_check_digit("80840" + base)


def phone(rng: Random) -> str:
    area = rng.choice(["800", "833", "844", "855", "866", "877", "888"])
    num = f"{rng.randrange(200, 999)}-{rng.randrange(10000):04d}"
    style = rng.randrange(4)
    if style == 0:
        return f"({area}) {num}"
    return f"1-{area}-{num}"


@dataclass
class Person:
    first: str
    last: str
    middle: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


def person(rng: Random, vocab: Vocab) -> Person:
    n = vocab.names
    return Person(pick(rng, n["first_names"]), pick(rng, n["last_names"]), pick(rng, n["middle_initials"]))


def provider_display(rng: Random, vocab: Vocab, p: Person, dental: bool = False) -> str:
    cred = pick(rng, ["DDS", "DMD"] if dental else vocab.names["credentials"][:4])
    forms = [f"Dr. {p.first} {p.last} {cred}", f"{p.first} {p.last}, {cred}", f"{p.first} {p.middle}. {p.last}, {cred}",
             f"Dr. {p.first} {p.last}", f"{p.last.upper()}, {p.first.upper()} {cred}"]
    return pick(rng, forms)


def member_display(rng: Random, p: Person) -> str:
    forms = [p.full, p.full, f"{p.first} {p.middle}. {p.last}", p.full.upper()]
    return pick(rng, forms)


def address(rng: Random, vocab: Vocab, with_suite: bool = False) -> list[str]:
    n = vocab.names
    street = f"{rng.randrange(100, 9999)} {pick(rng, n['streets'])}"
    if with_suite and rng.random() < 0.5:
        street += f", {pick(rng, n['suites'])}"
    city, state, zipc = pick(rng, n["cities"])
    return [street, f"{city}, {state} {zipc}"]


def po_box(rng: Random, vocab: Vocab) -> str:
    city, state, zipc = pick(rng, vocab.names["cities"])
    return f"P.O. Box {rng.randrange(1000, 99999)}, {city}, {state} {zipc}-{rng.randrange(10000):04d}"


def ident(rng: Random, vocab: Vocab, kind: str, year: int) -> str:
    return expand_shape(rng, pick(rng, vocab.names["id_shapes"][kind]), year=str(year))


def website(name: str) -> str:
    words = [w for w in name.lower().replace("&", " ").split() if w.isalpha()][:3]
    slug = "".join(words)
    return f"www.{slug}.com"
