"""Widgets of the value page: the editable case, its key figures, and the charts."""

from __future__ import annotations

import json
from typing import Any

import pandas as pd
import streamlit as st

from impact_core.doelmatigheid import impactkaart
from impact_core.doelmatigheid.impactkaart import ReferenceProject
from impact_core.doelmatigheid.value import CaseResult, ValueCase, parse_case, summary_lines
from impact_core.i18n import label, money, number
from impact_core.models import flagged
from impact_core.refusal import Refused
from impact_core.render import chart_text, charts
from impact_core.ui import figures, safe
from impact_core.ui.options import named_by
from impact_core.ui.session import lang, presenting, tr

_CHART_CONFIG = {"displayModeBar": False}
_OUTCOME_COLUMNS = [
    "name",
    "beneficiary",
    "quantity",
    "proxy",
    "proxy_source",
    "deadweight",
    "displacement",
    "attribution",
    "drop_off",
    "years",
]


def editable_case(stored: ValueCase, key: str) -> ValueCase | None:
    """The case as the user edits it: discount rate, investments, outcomes, JSON in and out."""
    upload = st.file_uploader(tr("value.upload"), type=["json"], key=f"upload-{key}")
    if upload is not None:
        try:
            stored = parse_case(json.loads(upload.getvalue().decode("utf-8")))
        except Refused as refusal:
            st.error(refusal.text(lang()))
        except ValueError as error:  # not JSON at all: the decoder's own words
            st.error(str(error))
    # A slider of quarter percents, not a number field: a number field writes 2.25 where a Dutch
    # reader writes 2,25, and its format cannot follow the language.
    current = round(stored.discount_rate * 100, 2)
    rates = sorted({step / 4 for step in range(0, 41)} | {current})
    rate = st.select_slider(
        tr("value.rate"),
        options=rates,
        value=current,
        format_func=lambda percent: f"{number(percent, lang(), 2)}%",
        help=tr("value.rate.help"),
        key=f"rate-{key}",
    )
    st.markdown(f"**{tr('value.investments')}**")
    investments = st.data_editor(
        pd.DataFrame([item.model_dump() for item in stored.investments], columns=["stakeholder", "amount"]),
        num_rows="dynamic",
        width="stretch",
        key=f"investments-{key}",
        column_config={
            "stakeholder": tr("value.col.stakeholder"),
            "amount": st.column_config.NumberColumn(tr("value.col.amount"), min_value=0, format="euro"),
        },
    )
    st.markdown(f"**{tr('value.outcomes')}**")
    outcomes = st.data_editor(
        pd.DataFrame([item.model_dump() for item in stored.outcomes], columns=_OUTCOME_COLUMNS),
        num_rows="dynamic",
        width="stretch",
        key=f"outcomes-{key}",
        column_config=_outcome_columns(),
    )
    try:
        return parse_case(
            {
                "name": stored.name,
                "discount_rate": rate / 100,
                "investments": investments.dropna(how="all").to_dict("records"),
                "outcomes": outcomes.dropna(how="all").to_dict("records"),
            }
        )
    except Refused as refusal:
        st.error(f"{tr('value.invalid_edit')}\n\n{safe.escape_markdown(refusal.text(lang()))}")
        return None


def _outcome_columns() -> dict[str, Any]:
    """Amounts in euros and shares as percentages, written as the reader's browser writes numbers."""
    formats = {"quantity": "localized", "proxy": "euro", "years": "localized"}
    formats |= dict.fromkeys(("deadweight", "displacement", "attribution", "drop_off"), "percent")
    return {
        column: st.column_config.NumberColumn(tr(f"value.col.{column}"), format=formats[column])
        if column in formats
        else tr(f"value.col.{column}")
        for column in _OUTCOME_COLUMNS
    }


def shown_case(stored: ValueCase) -> ValueCase:
    """The case as it is, to read: the discount rate, the investments and the outcomes as tables."""
    st.markdown(f"**{tr('value.rate')}:** {number(stored.discount_rate * 100, lang(), 2)}%")
    st.markdown(f"**{tr('value.investments')}**")
    investments = pd.DataFrame([item.model_dump() for item in stored.investments], columns=["stakeholder", "amount"])
    st.dataframe(
        investments,
        hide_index=True,
        width="stretch",
        column_config={
            "stakeholder": tr("value.col.stakeholder"),
            "amount": st.column_config.NumberColumn(tr("value.col.amount"), format="euro"),
        },
    )
    st.markdown(f"**{tr('value.outcomes')}**")
    outcomes = pd.DataFrame([item.model_dump() for item in stored.outcomes], columns=_OUTCOME_COLUMNS)
    st.dataframe(outcomes, hide_index=True, width="stretch", column_config=_outcome_columns())
    return stored


def key_figures(case: ValueCase, result: CaseResult) -> None:
    lines = summary_lines(case, result, lang())[1:6]
    for column, (name, figure) in zip(st.columns(len(lines)), lines, strict=True):
        column.metric(name, figure)


def waterfall(result: CaseResult) -> None:
    steps = result.waterfall
    names = ["gross", "deadweight", "displacement", "attribution", "drop_off", "discounting", "present_value"]
    st.header(tr("value.waterfall"), anchor=False)
    # Under the bars the plain words only: the technical term in brackets stays in the table.
    shown = [(tr(f"value.step.{name}").split(" (")[0], getattr(steps, name)) for name in names]
    figures.chart(
        charts.value_waterfall(shown, lang=lang(), presenting=presenting()),
        chart_text.waterfall(shown, lang=lang()),
        config=_CHART_CONFIG,
    )


def sensitivity(band: dict[str, CaseResult]) -> None:
    st.header(tr("value.sensitivity"), anchor=False)
    st.caption(tr("value.sensitivity.note"))
    ratios = {key: result.ratio for key, result in band.items()}
    labels = {key: tr(f"value.band.{key}") for key in band}
    figures.chart(
        charts.sensitivity_band(ratios, labels=labels, lang=lang(), presenting=presenting()),
        chart_text.sensitivity(ratios, labels=labels, lang=lang()),
        config=_CHART_CONFIG,
    )


def who_pays_who_gains(case: ValueCase, result: CaseResult) -> None:
    st.header(tr("value.arena"), anchor=False)
    parties = result.stakeholders
    figures.described(
        charts.who_pays_who_gains(
            {party: sums["investment"] for party, sums in parties.items()},
            {party: sums["value_received"] for party, sums in parties.items()},
            middle=case.name,
            presenting=presenting(),
        ),
        tr("chart.summary.flows"),
        config=_CHART_CONFIG,
    )
    table = pd.DataFrame(
        [
            {
                tr("value.col.stakeholder"): party,
                tr("value.col.investment"): money(sums["investment"], lang()),
                tr("value.col.value_received"): money(sums["value_received"], lang()),
                tr("value.col.balance"): money(sums["value_received"] - sums["investment"], lang()),
            }
            for party, sums in sorted(parties.items())
        ]
    )
    st.dataframe(table, hide_index=True, width="stretch")


def download(case: ValueCase) -> None:
    st.download_button(
        tr("value.download"), case.model_dump_json(indent=2), file_name="business-case.json", mime="application/json"
    )


def beside_the_money(effects: pd.DataFrame) -> None:
    st.header(tr("value.beside_money"), anchor=False)
    st.caption(tr("value.beside_money.note"))
    for effect in effects.to_dict("records"):
        tags = [
            label("effect_kind", effect["kind"], lang()),
            label("valence", effect["valence"], lang()),
            label("intention", effect["intention"], lang()),
            label("directness", effect["directness"], lang()),
        ]
        if flagged(effect["valence"], effect["intention"]):
            tags[0] = f"⚠ {tags[0]}"
        with st.container(border=True):
            safe.text(effect["description"])
            safe.caption(" · ".join(tags))


def quick_estimate(references: list[ReferenceProject]) -> None:
    st.header(tr("value.quick"), anchor=False)
    st.caption(tr("value.quick.note"))
    kinds = sorted({project.project_type for project in references})
    columns = st.columns(4)
    kind = columns[0].selectbox(tr("value.quick.type"), kinds, key="quick_type", format_func=named_by("project_type"))
    participants = columns[1].number_input(
        tr("value.quick.participants"), min_value=1, value=200, step=10, key="quick_participants"
    )
    cost = columns[2].number_input(
        tr("value.quick.cost"), min_value=0.0, value=150_000.0, step=5_000.0, key="quick_cost"
    )
    years = columns[3].number_input(tr("value.quick.years"), min_value=1, max_value=10, value=2, key="quick_years")
    estimate = impactkaart.quick_estimate(kind, int(participants), float(cost), int(years), references)
    figures = st.columns(4)
    figures[0].metric(tr("value.quick.value"), money(estimate.value, lang()))
    figures[1].metric(
        tr("value.quick.factor"),
        number(estimate.return_factor, lang(), 2) if estimate.return_factor is not None else "–",
    )
    # The references' own factors beside the estimate: the room reads the one against the other.
    figures[2].metric(
        tr("value.quick.reference_factors"),
        f"{number(estimate.factor_low, lang(), 2)} – {number(estimate.factor_high, lang(), 2)}",
    )
    figures[3].metric(tr("value.quick.range"), f"{money(estimate.low, lang())} – {money(estimate.high, lang())}")
    st.caption(tr("value.quick.how"))
    if estimate.reason:
        spent = impactkaart.cost_per_participant_year(float(cost), int(participants), int(years))
        costs = [project.cost_per_participant_year for project in estimate.references]
        st.warning(
            tr(
                f"value.quick.why.{estimate.reason}",
                cost=money(spent, lang()),
                lowest=money(min(costs), lang()),
                highest=money(max(costs), lang()),
            ),
            icon=":material/info:",
        )
    st.markdown(f"**{tr('value.quick.references')}**")
    for project in estimate.references:
        safe.caption(
            tr(
                "value.quick.reference_row",
                name=project.name,
                participants=project.participants,
                years=project.years,
                factor=number(project.return_factor, lang(), 2),
                source=project.source,
            )
        )
