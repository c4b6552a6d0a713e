"""Draw a ``Document`` into a born-digital PDF (real text layer) with fpdf2."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import TableBordersLayout
from fpdf.fonts import FontFace

from .blocks import KV, Bullets, Document, Heading, Letterhead, Lines, PageBreak, PageStyle, Para, Spacer, Table

_FIXED_DATE = datetime(2026, 1, 1, tzinfo=timezone.utc)


class _PDF(FPDF):
    def __init__(self, style: PageStyle, letterhead: Letterhead | None):
        super().__init__(format="letter", unit="mm")
        self.core_fonts_encoding = "windows-1252"   # curly quotes, dashes, bullets, accented taglines
        self.st = style
        self.letterhead = letterhead
        self.set_margins(style.margin, style.margin * 0.8, style.margin)
        self.set_auto_page_break(True, margin=20)
        self.set_creation_date(_FIXED_DATE)
        self.set_producer("samples.generator")
        self.alias_nb_pages()

    @property
    def lh(self) -> float:
        return self.st.size * 0.45

    def body(self, style: str = "", size: float | None = None) -> None:
        self.set_font(self.st.font, style, size or self.st.size)

    def header(self) -> None:
        if self.page_no() == 1:
            return
        if self.st.repeat_letterhead and self.letterhead:
            draw_letterhead(self, self.letterhead)
        elif self.st.running_header:
            self.body("", self.st.size - 2)
            self.cell(0, 5, self.st.running_header, new_x="LMARGIN", new_y="NEXT")
            self.ln(3)
        self.body()

    def footer(self) -> None:
        self.set_y(-14)
        self.body("", max(7.0, self.st.size - 2.5))
        if self.st.footer_left:
            self.cell(0, 5, self.st.footer_left, align="L")
            self.set_x(self.l_margin)
        if self.st.footer_page:
            text = self.st.footer_page.replace("{p}", str(self.page_no())).replace("{n}", "{nb}")
            self.cell(0, 5, text, align="R")


def draw_letterhead(pdf: _PDF, lh: Letterhead) -> None:
    top = pdf.get_y()
    x0, width = pdf.l_margin, pdf.epw
    if lh.logo:
        pdf.set_draw_color(60)
        pdf.rect(x0, top, 16, 12)
        pdf.set_font(pdf.st.font, "B", 12)
        pdf.set_xy(x0, top + 3)
        pdf.cell(16, 6, lh.logo, align="C")
        x0, width = x0 + 20, width - 20
    pdf.set_xy(x0, top)
    pdf.set_font(pdf.st.font, "B", pdf.st.size + 4)
    pdf.multi_cell(width, 7, lh.name, align=lh.align, new_x="LEFT", new_y="NEXT")
    pdf.set_font(pdf.st.font, "", pdf.st.size - 1.5)
    for line in lh.lines:
        pdf.set_x(x0)
        pdf.multi_cell(width, 4.3, line, align=lh.align, new_x="LEFT", new_y="NEXT")
    pdf.set_x(pdf.l_margin)
    pdf.set_y(max(pdf.get_y(), top + 13) + 5)
    pdf.body()


def _heading(pdf: _PDF, text: str) -> None:
    pdf.ln(2)
    mode = pdf.st.heading_style
    if pdf.get_y() > pdf.h - 40:
        pdf.add_page()
    if mode == "shaded":
        pdf.set_fill_color(225)
        pdf.body("B")
        pdf.multi_cell(0, pdf.lh + 1, text, fill=True, new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.body({"bold": "B", "caps": "B", "underline": "BU"}[mode], pdf.st.size + (0.5 if mode == "bold" else 0))
        pdf.multi_cell(0, pdf.lh + 0.5, text.upper() if mode == "caps" else text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.5)
    pdf.body()


def _para(pdf: _PDF, b: Para) -> None:
    if b.style == "title":
        pdf.ln(1)
        pdf.body("B", pdf.st.size + 3)
        pdf.multi_cell(0, pdf.lh + 2, b.text, align=b.align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    elif b.style == "boxed":
        pdf.body("", pdf.st.size - 0.5)
        pdf.set_fill_color(240)
        pdf.multi_cell(0, pdf.lh, b.text, border=1, fill=True, padding=1.5, align=b.align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    else:
        style = {"bold": "B", "caps": "B"}.get(b.style, "")
        size = pdf.st.size - 1.5 if b.style == "small" else None
        pdf.body(style, size)
        text = b.text.upper() if b.style == "caps" else b.text
        pdf.multi_cell(0, pdf.lh if size is None else pdf.lh - 0.6, text, align=b.align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)
    pdf.body()


def _kv(pdf: _PDF, b: KV) -> None:
    pdf.body("", pdf.st.size - 0.5)
    layout = TableBordersLayout.ALL if b.boxed else TableBordersLayout.NONE
    widths = (22, 38) if b.columns == 1 else (18, 32, 18, 32)
    rows: list[list[str]] = []
    if b.columns == 1:
        rows = [[k, v] for k, v in b.pairs]
    else:
        half = (len(b.pairs) + 1) // 2
        left, right = b.pairs[:half], b.pairs[half:]
        for i in range(half):
            r = right[i] if i < len(right) else ("", "")
            rows.append([left[i][0], left[i][1], r[0], r[1]])
    with pdf.table(col_widths=widths, borders_layout=layout, first_row_as_headings=False,
                   line_height=pdf.lh, text_align="LEFT", width=pdf.epw if b.columns == 2 else pdf.epw * 0.8,
                   align="LEFT", padding=0.8) as table:
        for r in rows:
            row = table.row()
            for i, cell in enumerate(r):
                pdf.set_font(pdf.st.font, "B" if i % 2 == 0 else "", pdf.st.size - 0.5)
                row.cell(cell)
    pdf.ln(2.5)
    pdf.body()


def _table(pdf: _PDF, b: Table) -> None:
    pdf.body("", pdf.st.size - 1)
    pdf.set_draw_color(90)
    widths = b.widths or [1] * len(b.header)
    with pdf.table(col_widths=widths, first_row_as_headings=True, line_height=pdf.lh,
                   text_align="LEFT", headings_style=FontFace(emphasis="BOLD", fill_color=235),
                   padding=0.8) as table:
        head = table.row()
        for h in b.header:
            head.cell(h)
        for r in b.rows:
            row = table.row()
            for cell in r:
                row.cell(cell)
    pdf.ln(2.5)
    pdf.body()


def _bullets(pdf: _PDF, b: Bullets) -> None:
    if b.intro:
        _para(pdf, Para(b.intro))
    indent = 7
    for i, item in enumerate(b.items, 1):
        marker = {"1.": f"{i}.", "(a)": f"({'abcdefghij'[i - 1]})"}.get(b.marker, b.marker)
        pdf.set_x(pdf.l_margin + 2)
        pdf.cell(indent - 2, pdf.lh, marker)
        pdf.multi_cell(pdf.epw - indent, pdf.lh, item, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def _lines(pdf: _PDF, b: Lines) -> None:
    for line in b.lines:
        pdf.cell(0, pdf.lh, line, align=b.align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def render(doc: Document, path: Path) -> int:
    """Write ``doc`` to ``path``; returns the page count."""
    letterhead = next((b for b in doc.blocks if isinstance(b, Letterhead)), None)
    pdf = _PDF(doc.style, letterhead)
    pdf.add_page()
    pdf.body()
    for b in doc.blocks:
        if isinstance(b, Letterhead):
            draw_letterhead(pdf, b)
        elif isinstance(b, Heading):
            _heading(pdf, b.text)
        elif isinstance(b, Para):
            _para(pdf, b)
        elif isinstance(b, KV):
            _kv(pdf, b)
        elif isinstance(b, Table):
            _table(pdf, b)
        elif isinstance(b, Bullets):
            _bullets(pdf, b)
        elif isinstance(b, Lines):
            _lines(pdf, b)
        elif isinstance(b, Spacer):
            pdf.ln(b.height)
        elif isinstance(b, PageBreak):
            pdf.add_page()
    pdf.output(str(path))
    return pdf.pages_count
