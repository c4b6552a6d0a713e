"""The letter as a list of layout-neutral blocks; render_pdf.py draws them."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Letterhead:
    name: str
    lines: list[str]
    align: str = "L"             # L | C | R
    logo: str | None = None      # initials drawn in a box, or None


@dataclass
class Para:
    text: str
    style: str = "body"          # body | bold | small | title | boxed | caps
    align: str = "L"


@dataclass
class Heading:
    text: str


@dataclass
class KV:
    pairs: list[tuple[str, str]]
    columns: int = 1
    boxed: bool = False


@dataclass
class Table:
    header: list[str]
    rows: list[list[str]]
    widths: list[float] | None = None   # relative column widths


@dataclass
class Bullets:
    items: list[str]
    marker: str = "•"            # •, -, 1., (a)
    intro: str | None = None


@dataclass
class Lines:
    """Short unwrapped lines (addresses, signatures)."""
    lines: list[str]
    align: str = "L"


@dataclass
class Spacer:
    height: float = 3.0


@dataclass
class PageBreak:
    pass


Block = Letterhead | Para | Heading | KV | Table | Bullets | Lines | Spacer | PageBreak


@dataclass
class PageStyle:
    font: str = "Helvetica"
    size: float = 10.5
    margin: float = 18.0
    heading_style: str = "bold"      # bold | caps | underline | shaded
    footer_left: str = ""            # form number, notice date, ...
    footer_page: str = "Page {p} of {n}"   # "" for none
    running_header: str = ""         # printed on pages 2+
    repeat_letterhead: bool = False


@dataclass
class Document:
    blocks: list = field(default_factory=list)
    style: PageStyle = field(default_factory=PageStyle)
