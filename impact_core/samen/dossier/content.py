"""What goes into the dossier, gathered through the pages' own reads, as the municipality sees it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

import pandas as pd

from impact_core.access.viewer import Role, Viewer
from impact_core.betekenisgeving import collection as betekenisgeving
from impact_core.betekenisgeving import signification
from impact_core.betekenisgeving.signification import Patterns
from impact_core.db.store import Store
from impact_core.doelmatigheid import indicators as doelmatigheid
from impact_core.doelmatigheid import instruments, peers
from impact_core.doelmatigheid import value as value_module
from impact_core.doelmatigheid.instruments import InstrumentPanel
from impact_core.doelmatigheid.peers import PeerComparison
from impact_core.filters import Filters
from impact_core.i18n import TEXTS, Lang, money, month_name, number, t
from impact_core.refusal import NotAllowed
from impact_core.samen import catalog, reasoning, roadmap
from impact_core.samen.roadmap import RoadmapStep
from impact_core.vakmanschap import reflections as vakmanschap

KEY_INDICATORS = 6  # the table must still fit one page
STORIES = 3
REFLECTIONS = 2


@dataclass(frozen=True)
class Cover:
    programme_id: str
    programme: str
    organisation: str
    municipality: str
    pyramid_level: str
    target_group: str
    description: str
    start: dt.date
    end: dt.date
    generated_on: dt.date
    min_cell: int  # the threshold below which numbers are suppressed


@dataclass(frozen=True)
class Step:
    number: int  # 1, 2, ... in the line's order; links refer to these
    level: str
    description: str
    indicators: int
    stories: int
    reflections: int
    coverage: str | None = None  # for outcome and impact steps: reasoning's verdict over the three tracks

    @property
    def blind_spot(self) -> bool:
        """An outcome no track in this dossier says anything about."""
        return self.coverage == reasoning.Coverage.BLIND_SPOT


@dataclass(frozen=True)
class Link:
    from_number: int
    to_number: int
    assumption: str
    confidence: int | None  # per cent
    evidence: str


@dataclass(frozen=True)
class IndicatorLine:
    name: str
    unit: str
    chain_level: str
    set_by: str
    ambition: str | None
    baseline: float | None
    current: float | None
    target: float | None
    on_track: bool | None
    suppressed_months: int
    target_status: doelmatigheid.TargetStatus | None = None
    small_groups: doelmatigheid.SmallGroups | None = None  # groups under the threshold left out of it

    @property
    def status(self) -> str:
        """on_track, off_track, no_target, suppressed (too few people) or no_data."""
        if self.current is None:
            return "suppressed" if self.suppressed_months else "no_data"
        if self.on_track is None:
            return "no_target"
        return "on_track" if self.on_track else "off_track"

    def status_text(self, lang: Lang) -> str:
        """As the dialogue table writes it: better or worse than the target in the indicator's direction."""
        if self.status in ("suppressed", "no_data"):
            return t(f"dossier.status.{self.status}", lang)
        return doelmatigheid.target_text(self.target_status, lang)


@dataclass(frozen=True)
class ValueSection:
    case: value_module.ValueCase
    result: value_module.CaseResult
    band: dict[str, value_module.CaseResult]  # laag, basis, hoog


@dataclass(frozen=True)
class StoryItem:
    title: str
    text: str
    significance: str
    domain: str
    storyteller_role: str
    collected_on: dt.date
    selected_level: str
    valence: str
    intention: str


@dataclass(frozen=True)
class ReflectionItem:
    reflected_on: dt.date
    kind: str
    method: str
    professional: str  # the role only ("jongerenwerker"), never the pseudonym
    values: tuple[str, ...]
    what_happened: str
    learned: str
    do_differently: str
    dilemma: str
    values_in_tension: str
    choice: str


@dataclass(frozen=True)
class EffectItem:
    kind: str
    description: str
    valence: str
    intention: str
    directness: str


@dataclass(frozen=True)
class OwnMarks:
    """The storytellers' own marks (self-signification) as the municipality sees them, kept as
    plain tuples so that two dossiers compare equal; ``patterns`` gives back what
    ``signification.patterns`` returned, for its sentences and shares."""

    stories: tuple[tuple[str, int | None], ...]  # per group (alle, gekozen): how many; None when too few
    counts: tuple[tuple[str, str, str, int], ...]  # group, measure, value, n: only for the groups shown
    min_cell: int

    @classmethod
    def of(cls, found: Patterns) -> OwnMarks:
        rows = found.counts[["group", "measure", "value", "n"]].itertuples(index=False)
        return cls(
            stories=tuple(found.stories.items()),
            counts=tuple((str(group), str(measure), str(value), int(n)) for group, measure, value, n in rows),
            min_cell=found.min_cell,
        )

    @property
    def patterns(self) -> Patterns:
        counts = pd.DataFrame(list(self.counts), columns=["group", "measure", "value", "n"])
        return Patterns(dict(self.stories), counts.astype({"n": int}), self.min_cell)


# An outcome's assumptions, in the order the value page, the PDF and the workbook show them.
ASSUMPTION_COLUMNS = ("quantity", "proxy", "deadweight", "displacement", "attribution", "drop_off", "years")


@dataclass(frozen=True)
class Dossier:
    cover: Cover
    steps: tuple[Step, ...]
    links: tuple[Link, ...]
    indicators: tuple[IndicatorLine, ...]
    value: ValueSection | None  # None: no value case recorded for the programme
    stories: tuple[StoryItem, ...]
    story_counts: dict[str, int]  # total, negative, unintended, selected (all shared with the municipality)
    own_marks: OwnMarks  # what storytellers marked themselves on the consented stories, beside the panels' choices
    reflections: tuple[ReflectionItem, ...]
    shared_reflections: int
    effects: tuple[EffectItem, ...]
    # ZRM and Positieve Gezondheid, as the municipality sees them: one line each in the numbers section.
    instruments: tuple[InstrumentPanel, ...] = ()
    # Where the programme stands on the way to impact-oriented work, as the municipality counts.
    roadmap: tuple[RoadmapStep, ...] = ()
    # The programme's indicators against other organisations' band (only where five or more published).
    peers: tuple[PeerComparison, ...] = ()


def outside_viewer(store: Store, viewer: Viewer, programme_id: str, municipality_code: str | None = None) -> Viewer:
    """The municipality's view of the programme, for a viewer who may see the programme.

    Inside the organisation the dossier is made for one of the municipalities that fund
    it (the first, unless ``municipality_code`` names another); a municipality makes it
    for itself. Raises ``NotAllowed`` when the viewer may not see the programme.
    """
    funders = catalog.funders(store, viewer, programme_id)
    if funders.empty:
        raise NotAllowed("dossier.refusal.no_funder")
    codes = list(funders["code"])
    code = municipality_code or codes[0]
    if code not in codes:
        raise NotAllowed("dossier.refusal.not_funded_by", code=code)
    return Viewer(Role.GEMEENTE, municipality_code=code, actor=viewer.actor)


def build(
    store: Store,
    viewer: Viewer,
    programme_id: str,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    municipality_code: str | None = None,
    today: dt.date | None = None,
) -> Dossier:
    """Gather the dossier of one programme over a period (default: the first month with data to this one)."""
    outside = outside_viewer(store, viewer, programme_id, municipality_code)
    programme = catalog.programme(store, outside, programme_id)
    if programme is None:  # cannot happen after outside_viewer; kept as the last guard
        raise NotAllowed("dossier.refusal.programme_outside_role")
    bounds = catalog.month_range(store, outside)
    today = today or dt.date.today()
    # As the filter bar: from the first month with data up to this month, so today's entries count.
    start = start or (bounds[0] if bounds else today.replace(day=1))
    end = end or max(bounds[1] if bounds else today.replace(day=1), today.replace(day=1))
    filters = Filters(programme=programme_id, start=start, end=end)
    funders = catalog.funders(store, outside, programme_id)
    cover = Cover(
        programme_id=programme_id,
        programme=str(programme["name"]),
        organisation=str(programme["organisation"]),
        municipality=str(funders["name"].iloc[0]),
        pyramid_level=str(programme["pyramid_level"]),
        target_group=str(programme["target_group"]),
        description=str(programme["description"] or ""),
        start=start,
        end=end,
        generated_on=today,
        min_cell=outside.min_cell,
    )
    steps, links = _reasoning_line(store, outside, filters)
    return Dossier(
        cover=cover,
        steps=steps,
        links=links,
        indicators=_indicators(store, outside, filters),
        value=_value(store, outside, programme_id),
        stories=_stories(store, outside, filters),
        story_counts=betekenisgeving.story_counts(store, outside, filters),
        own_marks=OwnMarks.of(signification.patterns(store, outside, filters)),
        reflections=_reflections(store, outside, filters),
        shared_reflections=vakmanschap.craft_counts(store, outside, filters)["total"],
        effects=tuple(
            EffectItem(**effect)
            for effect in value_module.qualitative_effects(store, outside, programme_id).to_dict("records")
        ),
        instruments=tuple(instruments.panels(store, outside, filters)),
        roadmap=tuple(roadmap.roadmap(store, outside, programme_id, today=today)),
        peers=tuple(peers.programme_comparisons(store, outside, filters)),
    )


def _reasoning_line(store: Store, viewer: Viewer, filters: Filters) -> tuple[tuple[Step, ...], tuple[Link, ...]]:
    line = reasoning.line(store, viewer, filters.programme)
    counts = reasoning.evidence(store, viewer, filters).set_index("id")
    numbers: dict[str, int] = {}
    steps = []
    for position, step in enumerate(line.steps.to_dict("records"), start=1):
        numbers[step["id"]] = position
        found = counts.loc[step["id"]] if step["id"] in counts.index else None
        steps.append(
            Step(
                number=position,
                level=step["level"],
                description=step["description"],
                indicators=int(found["indicators"]) if found is not None else 0,
                stories=int(found["stories"]) if found is not None else 0,
                reflections=int(found["reflections"]) if found is not None else 0,
                coverage=found["coverage"] if found is not None and isinstance(found["coverage"], str) else None,
            )
        )
    links = tuple(
        Link(
            from_number=numbers[link["from_step"]],
            to_number=numbers[link["to_step"]],
            assumption=_text(link["assumption"]),
            confidence=_whole(link["confidence"]),
            evidence=_text(link["evidence"]),
        )
        for link in line.links.to_dict("records")
        if link["from_step"] in numbers and link["to_step"] in numbers
    )
    return tuple(steps), tuple(sorted(links, key=lambda link: (link.from_number, link.to_number)))


def _indicators(store: Store, viewer: Viewer, filters: Filters) -> tuple[IndicatorLine, ...]:
    cards = doelmatigheid.indicator_cards(store, viewer, filters, limit=KEY_INDICATORS)
    return tuple(
        IndicatorLine(
            name=card.indicator["name"],
            unit=card.indicator["unit"],
            chain_level=card.indicator["chain_level"],
            set_by=card.indicator["set_by"],
            ambition=card.indicator["ambition"],
            baseline=card.summary.baseline if card.summary.current is not None else None,
            current=card.summary.current,
            target=card.summary.target,
            on_track=card.summary.on_track,
            suppressed_months=card.summary.suppressed_months,
            target_status=card.summary.status,
            small_groups=card.summary.small_groups,
        )
        for card in cards
    )


def _value(store: Store, viewer: Viewer, programme_id: str) -> ValueSection | None:
    case = value_module.programme_case(store, viewer, programme_id)
    if not case.outcomes:
        return None
    result = value_module.calculate(case)
    return ValueSection(case, result, value_module.sensitivity(case, result))


def _stories(store: Store, viewer: Viewer, filters: Filters) -> tuple[StoryItem, ...]:
    """Up to three stories a panel selected, the highest panel first; unselected ones are left out."""
    found = betekenisgeving.significant_stories(store, viewer, filters, limit=STORIES)
    return tuple(
        StoryItem(
            title=_text(story["title"]),
            text=_text(story["text"]),
            significance=_text(story["significance"]),
            domain=_text(story["domain"]),
            storyteller_role=story["storyteller_role"],
            collected_on=pd.Timestamp(story["collected_on"]).date(),
            selected_level=story["selected_level"],
            valence=story["valence"],
            intention=story["intention"],
        )
        for story in found
        if story["selected_level"]
    )


_PSEUDONYM = re.compile(r"\s*\([^)]*\)")


def _reflections(store: Store, viewer: Viewer, filters: Filters) -> tuple[ReflectionItem, ...]:
    found = vakmanschap.recent_reflections(store, viewer, filters, limit=REFLECTIONS)
    return tuple(
        ReflectionItem(
            reflected_on=pd.Timestamp(item["reflected_on"]).date(),
            kind=item["kind"],
            method=_text(item["method"]),
            # The read already drops the pseudonym for outside viewers; the dossier does not rely on that alone.
            professional=_PSEUDONYM.sub("", _text(item["professional"])).strip(),
            values=tuple(item["values"]),
            what_happened=_text(item["what_happened"]),
            learned=_text(item["learned"]),
            do_differently=_text(item["do_differently"]),
            dilemma=_text(item["dilemma"]),
            values_in_tension=_text(item["values_in_tension"]),
            choice=_text(item["choice"]),
        )
        for item in found
    )


def _text(value: object) -> str:
    return "" if value is None or (isinstance(value, float) and value != value) else str(value)


def _whole(value: Any) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


# --- wording shared by the PDF and the workbook --------------------------------------------

WATERFALL = ("gross", "deadweight", "displacement", "attribution", "drop_off", "discounting", "present_value")


def period_text(cover: Cover, lang: Lang) -> str:
    return t("all.period", lang, start=month_name(cover.start, lang), end=month_name(cover.end, lang))


def suppressed_text(dossier: Dossier) -> str:
    return f"<{dossier.cover.min_cell}"


def small_groups_note(names: list[str], min_cell: int, lang: Lang) -> str:
    """Which figures leave out groups of fewer than ``min_cell`` people, so that the organisation,
    which counts them, sees other figures."""
    return t("dossier.small_groups_note", lang, min_cell=min_cell, names="; ".join(names))


def percent_text(value: float, lang: Lang) -> str:
    return f"{number(value * 100, lang, 0)}%"


def glance(dossier: Dossier, lang: Lang) -> list[str]:
    scored = [line for line in dossier.indicators if line.status in ("on_track", "off_track")]
    lines = []
    if scored:
        lines.append(
            t(
                "dossier.glance.indicators",
                lang,
                total=len(scored),
                on_track=sum(line.status == "on_track" for line in scored),
            )
        )
    if dossier.value and dossier.value.result.ratio is not None:
        band = dossier.value.band
        lines.append(
            t(
                "dossier.glance.value",
                lang,
                ratio=money(dossier.value.result.ratio, lang),
                low=money(band["laag"].ratio or 0, lang),
                high=money(band["hoog"].ratio or 0, lang),
            )
        )
    else:
        lines.append(t("dossier.glance.no_value", lang))
    lines.append(
        t(
            "dossier.glance.stories",
            lang,
            total=dossier.story_counts["total"],
            selected=dossier.story_counts["selected"],
        )
    )
    lines.append(t("dossier.glance.reflections", lang, total=dossier.shared_reflections))
    return lines


def level_name(level: str, lang: Lang) -> str:
    key = f"dossier.level.{level}"
    return t(key, lang) if key in TEXTS else level.replace("_", " ")
