"""Each chart in words (WCAG 1.1.1): one sentence that says what it shows, and its data as a table.
A screen reader reads the sentence as the chart's name; anyone can open the table under it.
Data in, text out; no Streamlit here."""

from __future__ import annotations

from typing import NamedTuple

import pandas as pd

from impact_core.i18n import Lang, amount, money, month_name, number, t


class ChartText(NamedTuple):
    summary: str
    table: pd.DataFrame


def trend(series: pd.DataFrame, *, name: str, unit: str, lang: Lang = "nl") -> ChartText:
    """``series``: ``month``, ``value`` and ``target`` (NaN where hidden or absent)."""
    months = pd.to_datetime(series["month"])
    table = pd.DataFrame(
        {
            t("chart.col.period", lang): [month_name(month, lang) for month in months],
            t("chart.value", lang): [amount(_known(v), unit, lang) for v in series["value"]],
            t("chart.target", lang): [amount(_known(v), unit, lang) for v in series["target"]],
        }
    )
    known = series.assign(month=months).dropna(subset=["value"])
    if known.empty:
        return ChartText(t("chart.summary.trend_empty", lang, name=name), table)
    last = known.iloc[-1]
    target = _known(last["target"])
    summary = t(
        "chart.summary.trend",
        lang,
        name=name,
        start=month_name(months.iloc[0], lang),
        end=month_name(months.iloc[-1], lang),
        month=month_name(last["month"], lang),
        value=amount(last["value"], unit, lang),
    )
    if target is not None:
        summary += " " + t("chart.summary.trend_target", lang, target=amount(target, unit, lang))
    return ChartText(summary, table)


def values_radar(shares: pd.DataFrame, *, value_names: dict[str, str], lang: Lang = "nl") -> ChartText:
    """``shares``: ``programme``, ``value`` and ``share`` (0-1) of reflections touching the value."""
    table = pd.DataFrame(
        {
            t("chart.col.programme", lang): shares["programme"],
            t("chart.col.value", lang): [value_names.get(v, v) for v in shares["value"]],
            t("chart.col.share", lang): [f"{number(100 * s, lang)}%" for s in shares["share"]],
        }
    )
    if shares.empty:
        return ChartText(t("chart.summary.none", lang), table)
    top = shares.sort_values("share", ascending=False).iloc[0]
    summary = t(
        "chart.summary.radar",
        lang,
        programmes=shares["programme"].nunique(),
        values=len(value_names),
        value=value_names.get(top["value"], top["value"]),
        share=f"{number(100 * top['share'], lang)}%",
        programme=top["programme"],
    )
    return ChartText(summary, table)


def instrument_web(
    domains: list[tuple[str, float, float]],
    *,
    instrument: str,
    programme: str,
    scale: tuple[int, int],
    lang: Lang = "nl",
) -> ChartText:
    """``domains``: (domain name, mean first, mean latest) as the spider web draws them."""
    table = pd.DataFrame(
        {
            t("instruments.col.domain", lang): [name for name, _, _ in domains],
            t("instruments.col.first", lang): [number(first, lang, 1) for _, first, _ in domains],
            t("instruments.col.latest", lang): [number(latest, lang, 1) for _, _, latest in domains],
        }
    )
    if not domains:
        return ChartText(t("chart.summary.none", lang), table)
    summary = t(
        "instruments.chart.summary",
        lang,
        instrument=instrument,
        programme=programme,
        domains=len(domains),
        low=scale[0],
        high=scale[1],
    )
    name, first, latest = max(domains, key=lambda row: row[2] - row[1])
    if latest > first:
        summary += " " + t(
            "instruments.chart.largest_step",
            lang,
            domain=name,
            first=number(first, lang, 1),
            latest=number(latest, lang, 1),
        )
    else:
        summary += " " + t("instruments.chart.no_step", lang)
    return ChartText(summary, table)


def values_over_time(counts: pd.DataFrame, *, value_names: dict[str, str], lang: Lang = "nl") -> ChartText:
    """``counts``: ``value``, ``quarter`` and ``times``."""
    quarters = pd.to_datetime(counts["quarter"])
    ordered = counts.assign(quarter=quarters).sort_values(["quarter", "value"])
    table = pd.DataFrame(
        {
            t("chart.col.period", lang): [_quarter(q, lang) for q in ordered["quarter"]],
            t("chart.col.value", lang): [value_names.get(v, v) for v in ordered["value"]],
            t("chart.col.times", lang): ordered["times"].astype(int).to_list(),
        }
    )
    if counts.empty:
        return ChartText(t("chart.summary.none", lang), table)
    totals = counts.groupby("value")["times"].sum().sort_values(ascending=False)
    summary = t(
        "chart.summary.over_time",
        lang,
        start=_quarter(quarters.min(), lang),
        end=_quarter(quarters.max(), lang),
        value=value_names.get(totals.index[0], totals.index[0]),
        times=int(totals.iloc[0]),
    )
    return ChartText(summary, table)


def waterfall(steps: list[tuple[str, float]], *, lang: Lang = "nl") -> ChartText:
    """The steps from gross value to present value, as the waterfall draws them."""
    table = pd.DataFrame(
        {
            t("chart.col.step", lang): [n for n, _ in steps],
            t("chart.col.amount", lang): [money(a, lang) for _, a in steps],
        }
    )
    summary = t("chart.summary.waterfall", lang, gross=money(steps[0][1], lang), present=money(steps[-1][1], lang))
    return ChartText(summary, table)


def sensitivity(ratios: dict[str, float | None], *, labels: dict[str, str], lang: Lang = "nl") -> ChartText:
    present = {key: ratio for key in ("laag", "basis", "hoog") if (ratio := ratios.get(key)) is not None}
    table = pd.DataFrame(
        {
            t("chart.col.variant", lang): [labels[key] for key in present],
            t("chart.col.ratio", lang): [number(ratio, lang, 2) for ratio in present.values()],
        }
    )
    shown = "; ".join(f"{labels[key]} {number(ratio, lang, 2)}" for key, ratio in present.items())
    return ChartText(t("chart.summary.sensitivity", lang, ratios=shown or "–"), table)


def _known(value: object) -> float | None:
    return None if value is None or pd.isna(value) else float(value)  # type: ignore[arg-type]


def _quarter(moment: pd.Timestamp, lang: Lang) -> str:
    return t("chart.quarter", lang, quarter=(moment.month - 1) // 3 + 1, year=moment.year)


def peer_band(months: pd.DataFrame, *, name: str, unit: str, lang: Lang = "nl") -> ChartText:
    """``months``: month, own, peers (how many other organisations), median, p25, p75 (NaN where not shown)."""
    stamps = pd.to_datetime(months["month"])
    table = pd.DataFrame(
        {
            t("peers.col.month", lang): [month_name(month, lang) for month in stamps],
            t("peers.col.own", lang): [amount(_known(v), unit, lang) for v in months["own"]],
            t("peers.col.median", lang): [amount(_known(v), unit, lang) for v in months["median"]],
            t("peers.col.band", lang): [
                t("peers.band_range", lang, low=amount(low, unit, lang), high=amount(high, unit, lang))
                if _known(low) is not None and _known(high) is not None
                else "–"
                for low, high in zip(months["p25"], months["p75"], strict=True)
            ],
            t("peers.col.peers", lang): [str(int(count)) for count in months["peers"]],
        }
    )
    shown = months.assign(month=stamps).dropna(subset=["median"])
    if shown.empty:
        return ChartText(t("chart.summary.trend_empty", lang, name=name), table)
    last = shown.iloc[-1]
    return ChartText(
        t(
            "peers.chart.summary",
            lang,
            name=name,
            month=month_name(last["month"], lang),
            own=amount(_known(last["own"]), unit, lang),
            peers=int(last["peers"]),
            low=amount(last["p25"], unit, lang),
            high=amount(last["p75"], unit, lang),
            median=amount(last["median"], unit, lang),
        ),
        table,
    )


def signification_bars(
    rows: list[tuple[str, float, float | None]],
    *,
    question: str,
    all_name: str,
    chosen_name: str,
    lang: Lang = "nl",
) -> ChartText:
    """``rows``: (answer, share of all signified stories, share of those a panel chose or None)."""
    table = pd.DataFrame(
        {
            t("signification.col.answer", lang): [answer for answer, _, _ in rows],
            all_name: [f"{number(100 * share, lang)}%" for _, share, _ in rows],
            chosen_name: ["–" if chosen is None else f"{number(100 * chosen, lang)}%" for _, _, chosen in rows],
        }
    )
    if not rows:
        return ChartText(t("chart.summary.none", lang), table)
    most_all = max(rows, key=lambda row: row[1])
    summary = t(
        "signification.chart.summary",
        lang,
        question=question,
        answer=most_all[0],
        share=f"{number(100 * most_all[1], lang)}%",
    )
    chosen_rows = [(answer, chosen) for answer, _, chosen in rows if chosen is not None]
    if chosen_rows:
        answer, share = max(chosen_rows, key=lambda row: row[1])
        summary += " " + t(
            "signification.chart.summary_chosen", lang, answer=answer, share=f"{number(100 * share, lang)}%"
        )
    return ChartText(summary, table)
