"""Op weg: the roadmap for an organisation new to impact-oriented work, and where this programme stands."""

from impact_core.samen import roadmap
from impact_core.ui import context
from impact_core.ui import roadmap as view

store, viewer, filters = context.current()
programme = context.chosen_programme(store, viewer, filters)

view.header(programme["name"], outside=viewer.is_outside)
steps = roadmap.roadmap(store, viewer, programme["id"])
view.progress(steps)
view.steps(steps)
