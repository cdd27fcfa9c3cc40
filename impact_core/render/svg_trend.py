"""An indicator's monthly trend against its target, drawn as a small static SVG picture.

The dialogue table shows one such trend per key indicator. As plotly charts they cost the
browser about 50 ms each on every filter change and made a first visit load plotly's 4.7 MB
of JavaScript; a picture costs neither. The interactive chart stays on the Trends page.
Same reading as ``charts.indicator_trend``: suppressed months stay empty, never zero; value
and target differ in line style and legend text, not in colour alone.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape

import pandas as pd

from impact_core.i18n import Lang, amount, month_name, number, t
from impact_core.render import palette
from impact_core.render.charts import INK, TARGET_COLOUR, VALUE_COLOUR

# About the width of a dialogue-table column, so that its text shows at the size written here.
WIDTH, HEIGHT = 340, 190
_GRID = palette.GRID


@dataclass(frozen=True)
class _Layout:
    """Text sizes in picture units (a unit is about a pixel in a dialogue-table column), the
    margins that leave room for value labels, legend and month labels, and the height."""

    text: int
    small: int
    left: int
    top: int
    bottom: int
    height: int
    right: int = 8


_DESK = _Layout(text=15, small=14, left=56, top=32, bottom=26, height=HEIGHT)
# The shared screen: at least 18 units, so at least 16 px in a column of 303 px or more (a
# column of three is about 370 px at 1280x720), and a lower picture so three tracks fit.
_SHARED_SCREEN = _Layout(text=19, small=18, left=62, top=34, bottom=28, height=155)


def trend_svg(series: pd.DataFrame, *, unit: str, lang: Lang = "nl", presenting: bool = False) -> str:
    """``series`` has ``month``, ``value`` and ``target`` per month; NaN where there is none."""
    layout = _SHARED_SCREEN if presenting else _DESK
    height = layout.height
    months = list(pd.to_datetime(series["month"]))
    values = [_number(v) for v in series["value"]]
    targets = [_number(v) for v in series["target"]]
    low, high, ticks, decimals = axis_scale([v for v in (*values, *targets) if v is not None])
    plot_width, plot_height = WIDTH - layout.left - layout.right, height - layout.top - layout.bottom

    def x(index: int) -> float:
        return layout.left + (plot_width * index / (len(months) - 1) if len(months) > 1 else plot_width / 2)

    def y(value: float) -> float:
        return layout.top + plot_height * (high - value) / (high - low)

    value_name, target_name = t("chart.value", lang), t("chart.target", lang)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" font-family="sans-serif" font-size="{layout.text}" fill="{INK}">',
        f"<title>{escape(t('chart.trend_title', lang))}</title>",
    ]
    for tick in ticks:
        parts.append(
            f'<line x1="{layout.left}" x2="{WIDTH - layout.right}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" '
            f'stroke="{_GRID}"/>'
        )
        parts.append(
            f'<text x="{layout.left - 6}" y="{y(tick) + layout.text / 3:.1f}" text-anchor="end">'
            f"{escape(_tick_label(tick, decimals, unit, lang))}</text>"
        )
    for index, month in enumerate(months):
        if month.month == 1:
            parts.append(
                f'<text x="{x(index):.1f}" y="{height - 6}" text-anchor="middle" font-size="{layout.small}">'
                f"{escape(month_name(month, lang))}</text>"
            )
    for run in _runs(targets):  # a target holds until the next one: steps, not slopes
        steps: list[tuple[float, float]] = []
        for index in run:
            if steps:
                steps.append((x(index), y(targets[index - 1])))  # type: ignore[arg-type]
            steps.append((x(index), y(targets[index])))  # type: ignore[arg-type]
        parts.append(_polyline(steps, TARGET_COLOUR, 2, dashed=True))
    for run in _runs(values):
        points = [(x(index), y(values[index])) for index in run]  # type: ignore[arg-type]
        parts.append(_polyline(points, VALUE_COLOUR, 3, dashed=False))
        parts.extend(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="3" fill="{VALUE_COLOUR}"/>' for cx, cy in points)
    parts.append(_legend(value_name, target_name, layout))
    parts.append("</svg>")
    return "".join(parts)


def trend_alt(
    series: pd.DataFrame,
    *,
    name: str,
    unit: str,
    current: float | None,
    target: float | None,
    status: str,
    lang: Lang = "nl",
) -> str:
    """The picture in words, for whoever cannot see it: which indicator, which months, and the
    figure the card shows against its target (the status without its arrow, which a screen reader
    would name)."""
    months = list(pd.to_datetime(series["month"]))
    if target is None:
        against = t("chart.trend_alt.no_target", lang, value=amount(current, unit, lang))
    else:
        against = t(
            "chart.trend_alt.against",
            lang,
            value=amount(current, unit, lang),
            target=amount(target, unit, lang),
            status=status.lstrip("▲▼● "),
        )
    if not months:
        return f"{name}. {against}."
    period = t("chart.trend_alt.period", lang, start=month_name(months[0], lang), end=month_name(months[-1], lang))
    return f"{name}: {period}. {against}."


def _number(value: object) -> float | None:
    if value is None or pd.isna(value):
        return None
    return float(value)  # type: ignore[arg-type]


def axis_scale(known: list[float]) -> tuple[float, float, list[float], int]:
    """The value axis: round gridlines about three apart, the range widened to the outer ones,
    and the decimals their labels need. A flat or empty series still gets a range to draw in."""
    low, high = (min(known), max(known)) if known else (0.0, 1.0)
    spread = high - low
    if spread <= 1e-9 * max(abs(low), abs(high), 1.0):  # flat, or apart by less than any label shows
        spread = max(abs(high), 1.0)
    raw = spread / 3
    exponent = math.floor(math.log10(raw))
    multiple = next(m for m in (1, 2, 2.5, 5, 10) if m * 10**exponent >= raw * (1 - 1e-9))
    step = multiple * 10**exponent
    first, last = math.floor(low / step), math.ceil(high / step)
    if first == last:
        last += 1
    ticks = [index * step for index in range(first, last + 1)]
    decimals = max(0, (multiple == 2.5) - exponent)  # 0.25 needs two decimals, 2.5 one, 25 none
    return ticks[0], ticks[-1], ticks, decimals


def _tick_label(tick: float, decimals: int, unit: str, lang: Lang) -> str:
    """The unit only for percentages: the card names it for the rest."""
    shown = number(tick, lang, decimals)
    return f"{shown}%" if unit == "%" else shown


def _runs(points: list[float | None]) -> list[list[int]]:
    """Indices of consecutive known points: a gap is a break in the line."""
    runs: list[list[int]] = []
    current: list[int] = []
    for index, point in enumerate(points):
        if point is None or not math.isfinite(point):
            if current:
                runs.append(current)
            current = []
        else:
            current.append(index)
    if current:
        runs.append(current)
    return runs


def _polyline(points: list[tuple[float, float]], colour: str, width: int, *, dashed: bool) -> str:
    dash = ' stroke-dasharray="7 5"' if dashed else ""
    drawn = " ".join(f"{px:.1f},{py:.1f}" for px, py in points)
    return (
        f'<polyline points="{drawn}" fill="none" stroke="{colour}" '
        f'stroke-width="{width}"{dash} stroke-linejoin="round"/>'
    )


def _legend(value_name: str, target_name: str, layout: _Layout) -> str:
    left, size = layout.left, layout.small
    target_at = left + 48 + round(size * 0.65 * len(value_name)) + 24
    line_y, text_y = size * 0.85, size * 1.2
    return (
        f'<line x1="{left}" x2="{left + 36}" y1="{line_y:.1f}" y2="{line_y:.1f}" stroke="{VALUE_COLOUR}" '
        f'stroke-width="3"/>'
        f'<text x="{left + 44}" y="{text_y:.1f}" font-size="{size}">{escape(value_name)}</text>'
        f'<line x1="{target_at}" x2="{target_at + 36}" y1="{line_y:.1f}" y2="{line_y:.1f}" stroke="{TARGET_COLOUR}" '
        f'stroke-width="2" stroke-dasharray="7 5"/>'
        f'<text x="{target_at + 44}" y="{text_y:.1f}" font-size="{size}">{escape(target_name)}</text>'
    )
