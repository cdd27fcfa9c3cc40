"""Widgets of the value page: the editable case, its key figures, and the charts."""

from __future__ import annotations

import json

import pandas as pd
import streamlit as st

from impact_core import charts
from impact_core.i18n import money
from impact_core.ui import safe
from impact_core.ui.session import lang, tr
from impact_core.value import CaseResult, InvalidCase, ValueCase, parse_case, summary_lines

_CHART_CONFIG = {"displayModeBar": False}
_OUTCOME_COLUMNS = ["name", "beneficiary", "quantity", "proxy", "proxy_source", "deadweight", "displacement",
                    "attribution", "drop_off", "years"]


def editable_case(stored: ValueCase, key: str) -> ValueCase | None:
    """The case as the user edits it: discount rate, investments, outcomes, JSON in and out."""
    upload = st.file_uploader(tr("value.upload"), type=["json"], key=f"upload-{key}")
    if upload is not None:
        try:
            stored = parse_case(json.loads(upload.getvalue().decode("utf-8")))
        except (InvalidCase, ValueError) as refusal:
            st.error(str(refusal))
    rate = st.number_input(tr("value.rate"), min_value=0.0, max_value=20.0, step=0.25, format="%.2f",
                           value=stored.discount_rate * 100, help=tr("value.rate.help"), key=f"rate-{key}")
    st.markdown(f"**{tr('value.investments')}**")
    investments = st.data_editor(
        pd.DataFrame([item.model_dump() for item in stored.investments], columns=["stakeholder", "amount"]),
        num_rows="dynamic", width="stretch", key=f"investments-{key}",
        column_config={"stakeholder": tr("value.col.stakeholder"),
                       "amount": st.column_config.NumberColumn(tr("value.col.amount"), min_value=0, format="%.2f")},
    )
    st.markdown(f"**{tr('value.outcomes')}**")
    outcomes = st.data_editor(
        pd.DataFrame([item.model_dump() for item in stored.outcomes], columns=_OUTCOME_COLUMNS),
        num_rows="dynamic", width="stretch", key=f"outcomes-{key}",
        column_config={column: tr(f"value.col.{column}") for column in _OUTCOME_COLUMNS},
    )
    try:
        return parse_case({
            "name": stored.name,
            "discount_rate": rate / 100,
            "investments": investments.dropna(how="all").to_dict("records"),
            "outcomes": outcomes.dropna(how="all").to_dict("records"),
        })
    except InvalidCase as refusal:
        st.error(f"{tr('value.invalid_edit')}\n\n{safe.escape_markdown(str(refusal))}")
        return None


def key_figures(case: ValueCase, result: CaseResult) -> None:
    lines = summary_lines(case, result, lang())[1:6]
    for column, (label, figure) in zip(st.columns(len(lines)), lines, strict=True):
        column.metric(label, figure)


def waterfall(result: CaseResult) -> None:
    steps = result.waterfall
    names = ["gross", "deadweight", "displacement", "attribution", "drop_off", "discounting", "present_value"]
    st.subheader(tr("value.waterfall"), anchor=False)
    st.plotly_chart(
        charts.value_waterfall([(tr(f"value.step.{name}"), getattr(steps, name)) for name in names], lang=lang()),
        config=_CHART_CONFIG,
    )


def sensitivity(band: dict[str, CaseResult]) -> None:
    st.subheader(tr("value.sensitivity"), anchor=False)
    st.caption(tr("value.sensitivity.note"))
    st.plotly_chart(
        charts.sensitivity_band({key: result.ratio for key, result in band.items()},
                                labels={key: tr(f"value.band.{key}") for key in band}, lang=lang()),
        config=_CHART_CONFIG,
    )


def who_pays_who_gains(case: ValueCase, result: CaseResult) -> None:
    st.subheader(tr("value.arena"), anchor=False)
    parties = result.stakeholders
    st.plotly_chart(
        charts.who_pays_who_gains({party: sums["investment"] for party, sums in parties.items()},
                                  {party: sums["value_received"] for party, sums in parties.items()},
                                  middle=case.name),
        config=_CHART_CONFIG,
    )
    table = pd.DataFrame(
        [{tr("value.col.stakeholder"): party,
          tr("value.col.investment"): money(sums["investment"], lang()),
          tr("value.col.value_received"): money(sums["value_received"], lang()),
          tr("value.col.balance"): money(sums["value_received"] - sums["investment"], lang())}
         for party, sums in sorted(parties.items())]
    )
    st.dataframe(table, hide_index=True, width="stretch")


def download(case: ValueCase) -> None:
    st.download_button(tr("value.download"), case.model_dump_json(indent=2), file_name="business-case.json",
                       mime="application/json")
