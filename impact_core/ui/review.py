"""The masked texts of a form, checked before saving, as a story's are.

A form whose texts will be read outside the organisation (an afspraak and its owner, a
round's reasons and dissent) hands its values to ``check`` on submit. When the masker found
nothing the record is saved at once, so a meeting keeps its pace; when it found something,
the page shows the masked versions to correct (``pending``) and saves only what the writer
has seen.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import streamlit as st

from impact_core.access.deidentify import mask
from impact_core.ui.session import tr

# Saves the form's values with these masked texts; True when it was saved.
Save = Callable[[dict[str, Any], dict[str, str]], bool]


def _key(name: str) -> str:
    return f"_review_{name}"


def check(name: str, values: dict[str, Any], texts: list[str], save: Save) -> None:
    """Save at once when nothing personal was found in the ``texts`` fields; else keep the
    values for ``pending``."""
    masked = {field: mask(values[field]) for field in texts if values.get(field)}
    if not any(result.findings for result in masked.values()):
        save(values, {field: result.text for field, result in masked.items()})
        return
    st.session_state[_key(name)] = (values, {field: result.text for field, result in masked.items()})
    st.rerun()


def pending(name: str, labels: Mapping[str, str], save: Save) -> bool:
    """Step two, while a draft waits: each masked text to correct, then save or go back.
    True while it waits, so the page shows this instead of the form."""
    if _key(name) not in st.session_state:
        return False
    values, masked = st.session_state[_key(name)]
    st.markdown(f"**{tr('stories.review')}**")
    st.info(tr("review.note"))
    reviewed = {
        field: st.text_area(labels[field], value=text, key=f"{_key(name)}_{field}") for field, text in masked.items()
    }
    save_button, back, _ = st.columns([2, 2, 3])
    if back.button(tr("stories.review.back"), key=f"{_key(name)}_back"):
        del st.session_state[_key(name)]
        st.rerun()
    if save_button.button(tr("review.save"), type="primary", key=f"{_key(name)}_save"):
        del st.session_state[_key(name)]  # before saving: a save reruns the page
        if not save(values, reviewed):
            st.session_state[_key(name)] = (values, masked)  # refused: the reason shows, the draft stays
    return True
