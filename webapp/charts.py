"""Small horizontal bar charts, laid out here and drawn as inline SVG by the dashboard template
(no chart library, no script). Labels are text nodes, so autoescaping covers them."""
from __future__ import annotations

from dataclasses import dataclass

LABEL_W = 190
BAR_MAX_W = 330
ROW_H = 22
BAR_H = 16


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    y: int
    width: float
    text_y: int


@dataclass(frozen=True)
class BarChart:
    title: str
    bars: list[Bar]
    height: int
    label_w: int = LABEL_W
    bar_max_w: int = BAR_MAX_W

    @property
    def width(self) -> int:
        return self.label_w + self.bar_max_w + 50

    @property
    def total(self) -> int:
        return sum(b.value for b in self.bars)


def bar_chart(title: str, items: list[tuple[str, int]], limit: int = 12, *, none_label: str = "(none)") -> BarChart:
    """Bars for ``items`` (label, count) in the given order; beyond ``limit`` the rest are summed
    into "other"."""
    items = [(none_label if label is None else str(label), int(n)) for label, n in items]
    if len(items) > limit:
        items = items[:limit - 1] + [("other", sum(n for _, n in items[limit - 1:]))]
    top = max((n for _, n in items), default=0) or 1
    bars = [Bar(label=label if len(label) <= 28 else label[:27] + "…", value=n, y=i * ROW_H,
                width=round(BAR_MAX_W * n / top, 1), text_y=i * ROW_H + BAR_H - 3)
            for i, (label, n) in enumerate(items)]
    return BarChart(title=title, bars=bars, height=max(len(bars), 1) * ROW_H)
