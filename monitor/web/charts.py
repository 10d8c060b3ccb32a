"""Charts as inline SVG rendered on the server: no JavaScript, no CDN, works offline.

One kind of chart serves the entity page: reporting periods along the x axis, bars on the
left axis (BTC held and sold per month; debt by quarter), an optional line on the right axis
(BTC-USD; interest expense), and markers above the plot where alerts fired, each a link to
its alert. Every label is escaped; values carry a <title> so hovering shows the figure.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from monitor.web.format import compact, number

WIDTH, HEIGHT = 760, 340
LEFT, RIGHT, TOP, BOTTOM = 72, 72, 44, 72
BAR_COLOURS = ("#4e79a7", "#f28e2b", "#9c755f", "#76b7b2")
LINE_COLOUR = "#2ca02c"
GRID_COLOUR = "#e3e6ea"
SEVERITY_COLOURS = {"critical": "#c0392b", "warning": "#d68910", "info": "#2e86c1"}
MAX_MARKERS_PER_PERIOD = 4
MAX_X_LABELS = 12


@dataclass(frozen=True)
class Series:
    """Values aligned with the chart's categories (None where there is no figure)."""

    name: str
    values: tuple[float | None, ...]
    unit: str = ""


@dataclass(frozen=True)
class Marker:
    """An alert that fired in the period at `index`."""

    index: int
    label: str
    href: str
    severity: str = "info"


@dataclass(frozen=True)
class PeriodChart:
    key: str
    title: str
    categories: tuple[str, ...]
    bars: tuple[Series, ...] = ()
    line: Series | None = None
    markers: tuple[Marker, ...] = ()

    @property
    def empty(self) -> bool:
        series = [*self.bars, *([self.line] if self.line else [])]
        return not any(v is not None for s in series for v in s.values)


@dataclass(frozen=True)
class Scale:
    """Maps values in [low, high] to y pixels in [bottom, top]; ticks every `step`."""

    low: float
    high: float
    step: float
    top: float
    bottom: float

    def y(self, value: float) -> float:
        share = (value - self.low) / (self.high - self.low)
        return self.bottom - share * (self.bottom - self.top)

    def ticks(self) -> list[float]:
        count = round((self.high - self.low) / self.step)
        return [self.low + i * self.step for i in range(count + 1)]


def nice_scale(low: float, high: float, top: float, bottom: float, target_ticks: int = 5) -> Scale:
    """A scale covering [low, high] whose ticks fall on round numbers (1, 2, 2.5, 5 × 10ⁿ)."""
    if high <= low:
        high = low + (abs(low) * 0.1 or 1.0)
    raw = (high - low) / max(1, target_ticks - 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return Scale(math.floor(low / step) * step, math.ceil(high / step) * step, step, top, bottom)


@dataclass(frozen=True)
class Frame:
    """The plot area and the width of one period's band."""

    left: float
    right: float
    top: float
    bottom: float
    count: int

    @property
    def band(self) -> float:
        return (self.right - self.left) / max(1, self.count)

    def centre(self, index: int) -> float:
        return self.left + (index + 0.5) * self.band


def render_chart(chart: PeriodChart) -> Markup:
    frame = Frame(LEFT, WIDTH - RIGHT, TOP, HEIGHT - BOTTOM, len(chart.categories))
    bar_scale = _bar_scale(chart.bars, frame)
    line_scale = _line_scale(chart.line, frame)
    title_id = f"chart-{chart.key}-title"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" data-chart="{escape(chart.key)}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" role="img" aria-labelledby="{title_id}" '
        'font-family="system-ui, sans-serif" font-size="12">',
        f'<title id="{title_id}">{escape(chart.title)}</title>',
        *_left_axis(bar_scale, frame, chart.bars),
        *_right_axis(line_scale, frame, chart.line),
        *_bars(chart, bar_scale, frame),
        *_line(chart, line_scale, frame),
        *_markers(chart.markers, frame),
        *_x_labels(chart.categories, frame),
        *_legend(chart),
        "</svg>",
    ]
    return Markup("".join(parts))


def _values(series: Iterable[Series]) -> list[float]:
    return [v for s in series for v in s.values if v is not None]


def _bar_scale(bars: Sequence[Series], frame: Frame) -> Scale | None:
    values = _values(bars)
    if not values:
        return None
    return nice_scale(min(0.0, *values), max(0.0, *values), frame.top, frame.bottom)


def _line_scale(line: Series | None, frame: Frame) -> Scale | None:
    values = _values([line] if line else [])
    if not values:
        return None
    low, high = min(values), max(values)
    pad = (high - low) * 0.1 or abs(high) * 0.05 or 1.0
    return nice_scale(
        max(0.0, low - pad) if low >= 0 else low - pad, high + pad, frame.top, frame.bottom
    )


def _text(x: float, y: float, text: str, anchor: str = "middle", extra: str = "") -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" fill="#444"{extra}>'
        f"{escape(text)}</text>"
    )


def _left_axis(scale: Scale | None, frame: Frame, bars: Sequence[Series]) -> list[str]:
    if scale is None:
        return []
    parts = []
    for tick in scale.ticks():
        y = scale.y(tick)
        parts.append(
            f'<line x1="{frame.left}" x2="{frame.right}" y1="{y:.1f}" y2="{y:.1f}" '
            f'stroke="{GRID_COLOUR}"/>'
        )
        parts.append(_text(frame.left - 8, y + 4, compact(tick), "end"))
    unit = next((s.unit for s in bars if s.unit), "")
    if unit:
        parts.append(_text(frame.left - 8, frame.top - 24, unit, "end", ' font-weight="600"'))
    return parts


def _right_axis(scale: Scale | None, frame: Frame, line: Series | None) -> list[str]:
    if scale is None or line is None:
        return []
    parts = [
        _text(frame.right + 8, scale.y(tick) + 4, compact(tick), "start", f' fill="{LINE_COLOUR}"')
        for tick in scale.ticks()
    ]
    if line.unit:
        parts.append(
            _text(frame.right + 8, frame.top - 24, line.unit, "start", ' font-weight="600"')
        )
    return parts


def _bars(chart: PeriodChart, scale: Scale | None, frame: Frame) -> list[str]:
    if scale is None:
        return []
    group = frame.band * 0.72
    width = group / len(chart.bars)
    zero = scale.y(0.0)
    parts = []
    for j, series in enumerate(chart.bars):
        colour = BAR_COLOURS[j % len(BAR_COLOURS)]
        for i, value in enumerate(series.values):
            if value is None:
                continue
            x = frame.left + i * frame.band + (frame.band - group) / 2 + j * width
            y = min(scale.y(value), zero)
            height = max(abs(zero - scale.y(value)), 1.0)
            label = f"{series.name}, {chart.categories[i]}: {number(value)} {series.unit}"
            parts.append(
                f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{width - 2:.1f}" '
                f'height="{height:.1f}" fill="{colour}">'
                f"<title>{escape(label.strip())}</title></rect>"
            )
    return parts


def _line(chart: PeriodChart, scale: Scale | None, frame: Frame) -> list[str]:
    line = chart.line
    if scale is None or line is None:
        return []
    parts = []
    for segment in _segments(line.values):
        points = " ".join(f"{frame.centre(i):.1f},{scale.y(v):.1f}" for i, v in segment)
        parts.append(
            f'<polyline class="line" points="{points}" fill="none" stroke="{LINE_COLOUR}" '
            'stroke-width="2.5"/>'
        )
    for i, value in enumerate(line.values):
        if value is None:
            continue
        label = f"{line.name}, {chart.categories[i]}: {number(value)} {line.unit}"
        parts.append(
            f'<circle class="point" cx="{frame.centre(i):.1f}" cy="{scale.y(value):.1f}" r="4" '
            f'fill="#fff" stroke="{LINE_COLOUR}" stroke-width="2">'
            f"<title>{escape(label.strip())}</title></circle>"
        )
    return parts


def _segments(values: Sequence[float | None]) -> list[list[tuple[int, float]]]:
    """Runs of consecutive values; a gap (None) breaks the line."""
    segments: list[list[tuple[int, float]]] = [[]]
    for i, value in enumerate(values):
        if value is None:
            segments.append([])
        else:
            segments[-1].append((i, value))
    return [s for s in segments if s]


def _markers(markers: Sequence[Marker], frame: Frame) -> list[str]:
    by_index: dict[int, list[Marker]] = {}
    for marker in markers:
        if 0 <= marker.index < frame.count:
            by_index.setdefault(marker.index, []).append(marker)
    parts = []
    for index, group in sorted(by_index.items()):
        x = frame.centre(index)
        parts.append(
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{frame.top - 6}" y2="{frame.bottom}" '
            f'stroke="{_colour(group)}" stroke-dasharray="4 3" stroke-width="1.2"/>'
        )
        shown = group[:MAX_MARKERS_PER_PERIOD]
        for k, marker in enumerate(shown):
            dx = (k - (len(shown) - 1) / 2) * 13
            parts.append(_triangle(x + dx, frame.top - 10, marker))
        if len(group) > len(shown):
            parts.append(_text(x, frame.top - 22, f"+{len(group) - len(shown)}"))
    return parts


def _triangle(x: float, y: float, marker: Marker) -> str:
    colour = SEVERITY_COLOURS.get(marker.severity, SEVERITY_COLOURS["info"])
    path = f"M{x - 6:.1f},{y - 8:.1f} L{x + 6:.1f},{y - 8:.1f} L{x:.1f},{y + 2:.1f} Z"
    return (
        f'<a class="marker" href="{escape(marker.href)}"><path d="{path}" fill="{colour}" '
        f'data-severity="{escape(marker.severity)}">'
        f"<title>{escape(marker.label)}</title></path></a>"
    )


def _colour(markers: Sequence[Marker]) -> str:
    order = ["info", "warning", "critical"]
    worst = max(markers, key=lambda m: order.index(m.severity) if m.severity in order else 0)
    return SEVERITY_COLOURS.get(worst.severity, SEVERITY_COLOURS["info"])


def _x_labels(categories: Sequence[str], frame: Frame) -> list[str]:
    every = max(1, math.ceil(len(categories) / MAX_X_LABELS))
    return [
        _text(frame.centre(i), frame.bottom + 18, label)
        for i, label in enumerate(categories)
        if i % every == 0
    ]


def _legend(chart: PeriodChart) -> list[str]:
    y = HEIGHT - 22
    x = float(LEFT)
    parts = []
    for j, series in enumerate(chart.bars):
        colour = BAR_COLOURS[j % len(BAR_COLOURS)]
        parts.append(f'<rect x="{x:.1f}" y="{y - 10}" width="12" height="12" fill="{colour}"/>')
        parts.append(_text(x + 18, y, series.name, "start"))
        x += 30 + 7 * len(series.name)
    if chart.line is not None:
        parts.append(
            f'<line x1="{x:.1f}" x2="{x + 16:.1f}" y1="{y - 4}" y2="{y - 4}" '
            f'stroke="{LINE_COLOUR}" stroke-width="2.5"/>'
        )
        parts.append(_text(x + 22, y, f"{chart.line.name} (right axis)", "start"))
        x += 40 + 7 * (len(chart.line.name) + 13)
    # One legend entry per severity drawn, in the colour its markers have.
    drawn = {m.severity if m.severity in SEVERITY_COLOURS else "info" for m in chart.markers}
    for severity in (s for s in SEVERITY_COLOURS if s in drawn):
        path = f"M{x:.1f},{y - 10} L{x + 12:.1f},{y - 10} L{x + 6:.1f},{y + 1}Z"
        parts.append(
            f'<path class="legend-marker" data-severity="{severity}" d="{path}" '
            f'fill="{SEVERITY_COLOURS[severity]}"/>'
        )
        label = f"{severity} alert"
        parts.append(_text(x + 18, y, label, "start"))
        x += 30 + 7 * len(label)
    return parts
