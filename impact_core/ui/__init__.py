"""The only Streamlit-aware part of impact_core: shared widgets and session state."""
