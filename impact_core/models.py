"""The one definition of every entity: fields, allowed values and Dutch column names.

Each model maps to one table (``__table__``); field names are the column names.
Source files (CSV, Excel) may use the Dutch column name or the English field name;
``AliasChoices`` accepts both. The database schema lives in ``migrations/`` and a
test proves that it and these models agree.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated, Any, ClassVar

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from impact_core import bsn, pseudonym
from impact_core.i18n import t

# --- Allowed values -------------------------------------------------------------------


class PyramidLevel(StrEnum):
    SOCIALE_BASIS = "sociale_basis"
    PREVENTIE = "preventie"
    AANPAK_PROBLEMEN = "aanpak_problemen"
    JURIDISCH_KLINISCH = "juridisch_klinisch"


class TargetGroup(StrEnum):
    ALLE_BEWONERS = "alle_bewoners"
    KINDEREN_JONGEREN = "kinderen_jongeren"
    VOLWASSENEN = "volwassenen"
    OUDEREN = "ouderen"
    MANTELZORGERS = "mantelzorgers"


class ChainLevel(StrEnum):
    INPUT = "input"
    OUTPUT = "output"
    OUTCOME = "outcome"
    IMPACT = "impact"


class SetBy(StrEnum):
    """Who decided that this indicator measures the work (DOMAIN problem 1)."""

    GEMEENTE = "gemeente"
    ORGANISATIE = "organisatie"
    SAMEN = "samen"
    BEWONERS = "bewoners"


class Aggregation(StrEnum):
    """How neighbourhood values add up: counts are summed, rates are averaged by people."""

    SOM = "som"
    GEMIDDELDE = "gemiddelde"


class Direction(StrEnum):
    HOGER_BETER = "hoger_beter"
    LAGER_BETER = "lager_beter"
    NEUTRAAL = "neutraal"


class StorytellerRole(StrEnum):
    DEELNEMER = "deelnemer"
    BEWONER = "bewoner"
    MANTELZORGER = "mantelzorger"
    VRIJWILLIGER = "vrijwilliger"
    PROFESSIONAL = "professional"
    PARTNER = "partner"


class Valence(StrEnum):
    POSITIEF = "positief"
    NEGATIEF = "negatief"


class Intention(StrEnum):
    BEDOELD = "bedoeld"
    ONBEDOELD = "onbedoeld"


def flagged(valence: object, intention: object) -> bool:
    """A negative or unintended change: marked wherever it shows, never hidden (the field asks
    for these on purpose). ``FLAGGED_SQL`` is the same rule over a row's columns."""
    return valence == Valence.NEGATIEF or intention == Intention.ONBEDOELD


FLAGGED_SQL = "(valence = 'negatief' OR intention = 'onbedoeld')"


class Directness(StrEnum):
    DIRECT = "direct"
    INDIRECT = "indirect"


class ConsentScope(StrEnum):
    """How far the storyteller allowed the story to travel, narrowest first."""

    GEEN = "geen"
    ORGANISATIE = "organisatie"
    GEMEENTE = "gemeente"
    OPENBAAR = "openbaar"


class MarkedBy(StrEnum):
    """Who marked a story's self-signification: the storyteller alone, or with the professional."""

    VERTELLER = "verteller"
    MET_PROFESSIONAL = "met_professional"


class LifeDomain(StrEnum):
    """What a story is about, in the storyteller's own marks: a short fixed list of life domains,
    the same for every programme, so the marks add up across them."""

    GELD_REGELZAKEN = "geld_regelzaken"
    WONEN = "wonen"
    GEZONDHEID = "gezondheid"
    CONTACT = "contact"
    MEEDOEN = "meedoen"
    GEZIN = "gezin"
    SCHOOL_WERK = "school_werk"
    ZELFVERTROUWEN = "zelfvertrouwen"
    VEILIGHEID = "veiligheid"


class Expected(StrEnum):
    """Whether the storyteller expected the change."""

    JA = "ja"
    DEELS = "deels"
    NEE = "nee"
    WEET_NIET = "weet_niet"


SCALE = (1, 5)  # feeling: 1 heel zwaar .. 5 heel goed; change size: 1 heel klein .. 5 heel groot


class PanelLevel(StrEnum):
    """Most Significant Change selection panels, lowest first."""

    TEAM = "team"
    ORGANISATIE = "organisatie"
    GEMEENTE = "gemeente"


class ReflectionKind(StrEnum):
    REFLECTIE = "reflectie"
    MOREEL_BERAAD = "moreel_beraad"


class Visibility(StrEnum):
    INTERN = "intern"
    GEMEENTE = "gemeente"


class EvidenceBase(StrEnum):
    """How well a method is founded: recognised as effective, practice-based, or new."""

    ERKEND = "erkend"
    PRAKTIJKGEBASEERD = "praktijkgebaseerd"
    NIEUW = "nieuw"


class TestOutcome(StrEnum):
    """What a meeting concluded about an assumption of a reasoning line."""

    BEVESTIGD = "bevestigd"
    DEELS = "deels"
    WEERLEGD = "weerlegd"
    OPEN = "open"


class StakeholderKind(StrEnum):
    GEMEENTE = "gemeente"
    ORGANISATIE = "organisatie"
    ZORGVERZEKERAAR = "zorgverzekeraar"
    WONINGCORPORATIE = "woningcorporatie"
    POLITIE_JUSTITIE = "politie_justitie"
    ONDERWIJS = "onderwijs"
    WERK_INKOMEN = "werk_inkomen"
    BEWONERS = "bewoners"


class StepLevel(StrEnum):
    INTERVENTIE = "interventie"
    RESULTAAT = "resultaat"
    UITKOMST = "uitkomst"
    IMPACT = "impact"


class DecisionKind(StrEnum):
    AFSPRAAK = "afspraak"
    BESLUIT = "besluit"
    OPEN_VRAAG = "open_vraag"


class DecisionStatus(StrEnum):
    OPEN = "open"
    AFGEROND = "afgerond"


class CorrectedTable(StrEnum):
    """What a correction can be made to: what a meeting recorded, and a selection round."""

    MEETING = "meeting"
    AGENDA_ITEM = "agenda_item"
    DECISION = "decision"
    SELECTION_ROUND = "selection_round"


class ParticipantRole(StrEnum):
    """In which capacity someone took part in a leeratelier meeting."""

    PROFESSIONAL = "professional"
    BELEID = "beleid"
    ONDERZOEK = "onderzoek"
    STUDENT = "student"
    BEWONER = "bewoner"


class AgendaLink(StrEnum):
    """What an agenda item is about."""

    PROGRAMMA = "programma"
    UITKOMST = "uitkomst"  # a reasoning step of level uitkomst
    VERHAAL = "verhaal"
    INDICATOR = "indicator"


class Instrument(StrEnum):
    """An outcome instrument the field uses (DOMAIN: outcome instruments)."""

    ZRM = "zrm"  # Zelfredzaamheid-Matrix: 13 life domains, 1 (acute problems) to 5 (fully self-reliant)
    POSITIEVE_GEZONDHEID = "positieve_gezondheid"  # 6 dimensions, 0-10: a conversation aid


class InstrumentDomain(StrEnum):
    """A life domain of the ZRM or a dimension of Positieve Gezondheid (``INSTRUMENT_DOMAINS``)."""

    FINANCIEN = "financien"
    WERK_OPLEIDING = "werk_opleiding"
    TIJDSBESTEDING = "tijdsbesteding"
    HUISVESTING = "huisvesting"
    HUISELIJKE_RELATIES = "huiselijke_relaties"
    GEESTELIJKE_GEZONDHEID = "geestelijke_gezondheid"
    LICHAMELIJKE_GEZONDHEID = "lichamelijke_gezondheid"
    MIDDELENGEBRUIK = "middelengebruik"
    BASALE_ADL = "basale_adl"
    INSTRUMENTELE_ADL = "instrumentele_adl"
    SOCIAAL_NETWERK = "sociaal_netwerk"
    MAATSCHAPPELIJKE_PARTICIPATIE = "maatschappelijke_participatie"
    JUSTITIE = "justitie"
    LICHAAMSFUNCTIES = "lichaamsfuncties"
    MENTAAL_WELBEVINDEN = "mentaal_welbevinden"
    ZINGEVING = "zingeving"
    KWALITEIT_VAN_LEVEN = "kwaliteit_van_leven"
    MEEDOEN = "meedoen"
    DAGELIJKS_FUNCTIONEREN = "dagelijks_functioneren"


_PG_DIMENSIONS = 6
# Each instrument's domains in the order its spider web draws them, and its range of scores.
INSTRUMENT_DOMAINS: dict[Instrument, tuple[InstrumentDomain, ...]] = {
    Instrument.ZRM: tuple(InstrumentDomain)[:-_PG_DIMENSIONS],
    Instrument.POSITIEVE_GEZONDHEID: tuple(InstrumentDomain)[-_PG_DIMENSIONS:],
}
INSTRUMENT_RANGE: dict[Instrument, tuple[int, int]] = {Instrument.ZRM: (1, 5), Instrument.POSITIEVE_GEZONDHEID: (0, 10)}


def instrument_problems(instrument: str, domain: str, score: int) -> list[tuple[str, str]]:
    """What is wrong with a score for its instrument, as (field name, i18n key) pairs: a domain of
    another instrument, a score outside the instrument's range. The model and the importer ask this."""
    if instrument not in INSTRUMENT_RANGE:
        return []
    which = Instrument(instrument)
    problems = []
    if domain not in INSTRUMENT_DOMAINS[which]:
        problems.append(("domain", f"refusal.field.rule.domain_{which}"))
    low, high = INSTRUMENT_RANGE[which]
    if not low <= score <= high:
        problems.append(("score", f"refusal.field.rule.score_{which}"))
    return problems


# --- Shared field types ---------------------------------------------------------------


def _strip(text: str) -> str:
    return text.strip()


def _split_list(value: Any) -> Any:
    """Source files hold lists as 'a; b; c'."""
    if isinstance(value, str):
        return [part.strip() for part in value.split(";") if part.strip()]
    return value


def _ja_nee(value: Any) -> Any:
    if isinstance(value, str):
        return {"ja": True, "j": True, "nee": False, "n": False}.get(value.strip().lower(), value)
    return value


def _dutch_date(value: Any) -> Any:
    """Accept dd-mm-jjjj (and with slashes) beside ISO dates."""
    if isinstance(value, str):
        match = re.fullmatch(r"(\d{1,2})[-/](\d{1,2})[-/](\d{4})", value.strip())
        if match:
            day, month, year = (int(part) for part in match.groups())
            try:
                return dt.date(year, month, day)
            except ValueError:
                return value
    return value


Text = Annotated[str, AfterValidator(_strip), Field(min_length=1, max_length=500)]
FreeText = Annotated[str, AfterValidator(_strip), Field(max_length=10_000)]
# Patterns a refusal explains in words (impact_core.refusal).
ID_PATTERN = r"^[A-Za-z0-9_.\-]+$"
# A CBS buurt (BU + eight digits) or a Flemish statistische sector as Statbel codes it: the NIS code
# of its municipality, a letter, two digits and a digit or '-' (44021A00-), or ZZZZ for the sector
# of unknown addresses. A municipality: a CBS code or a five-digit NIS code (44021 Gent).
# Migration 021 checks the same shapes in the database.
NEIGHBOURHOOD_PATTERN = r"^(BU\d{8}|[1-9]\d{4}([A-Z]\d{2}[0-9-]|ZZZZ))$"
MUNICIPALITY_PATTERN = r"^(GM\d{4}|[1-9]\d{4})$"
FIRST_NAME_PATTERN = r"^[^\d@]+$"
Id = Annotated[str, AfterValidator(_strip), Field(min_length=1, max_length=64, pattern=ID_PATTERN)]
# Checked before the pattern, so the form says what a pseudonym is; the pattern stays for the importer.
Pseudonym = Annotated[
    str,
    BeforeValidator(pseudonym.check),
    Field(min_length=1, max_length=pseudonym.MAX_LENGTH, pattern=pseudonym.PATTERN),
]
Fraction = Annotated[float, Field(ge=0, le=1)]
TextList = Annotated[list[Text], BeforeValidator(_split_list)]
Flag = Annotated[bool, BeforeValidator(_ja_nee)]
Date = Annotated[dt.date, BeforeValidator(_dutch_date)]


def col(dutch: str, **kwargs: Any) -> Any:
    """A field that source files may name in Dutch (the alias) or in English (its name)."""
    return Field(validation_alias=dutch, **kwargs)


class Record(BaseModel):
    """Base of every stored entity."""

    model_config = ConfigDict(validate_by_name=True, validate_by_alias=True, extra="ignore", frozen=True)
    __table__: ClassVar[str]
    __source__: ClassVar[str]  # file name stem in data/demo and in imports
    # Free text that may leave the organisation -> its reviewed masked twin, the only one outside
    # viewers, the shared screen and search read.
    __masked__: ClassVar[dict[str, str]] = {}

    @field_validator("*", mode="after")
    @classmethod
    def _never_a_citizen_number(cls, value: Any) -> Any:
        """No string field of any record holds a BSN: a title or a pseudonym no more than a story."""
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str):
                bsn.refuse(text)
        return value


def _month_start(value: dt.date) -> dt.date:
    if value.day != 1:
        raise ValueError(t("refusal.field.rule.month_start"))  # Dutch; English is found back by these words
    return value


# --- Entities --------------------------------------------------------------------------


class Municipality(Record):
    __table__ = "municipality"
    __source__ = "gemeenten"
    code: str = col("code", pattern=MUNICIPALITY_PATTERN)
    name: Text = col("naam")


class Neighbourhood(Record):
    """A CBS-style buurt (BU + municipality digits + wijk + buurt) or a Flemish statistische sector."""

    __table__ = "neighbourhood"
    __source__ = "wijken"
    code: str = col("code", pattern=NEIGHBOURHOOD_PATTERN)
    name: Text = col("naam")
    municipality_code: str = col("gemeente", pattern=MUNICIPALITY_PATTERN)


class Organisation(Record):
    __table__ = "organisation"
    __source__ = "organisaties"
    id: Id = col("id")
    name: Text = col("naam")
    municipality_code: str = col("gemeente", pattern=MUNICIPALITY_PATTERN)


class Funding(Record):
    """A municipality that funds an organisation sees that organisation's work."""

    __table__ = "funding"
    __source__ = "financiering"
    municipality_code: str = col("gemeente", pattern=MUNICIPALITY_PATTERN)
    organisation_id: Id = col("organisatie")


class Programme(Record):
    __table__ = "programme"
    __source__ = "programmas"
    id: Id = col("id")
    organisation_id: Id = col("organisatie")
    name: Text = col("naam")
    pyramid_level: PyramidLevel = col("piramideniveau")
    target_group: TargetGroup = col("doelgroep")
    description: FreeText = col("omschrijving", default="")
    domains: TextList = col("domeinen", default_factory=list)


class Ambition(Record):
    """A municipal ambition (beleidsdoel); indicators may serve one, or none."""

    __table__ = "ambition"
    __source__ = "ambities"
    id: Id = col("id")
    municipality_code: str = col("gemeente", pattern=MUNICIPALITY_PATTERN)
    title: Text = col("titel")


class Indicator(Record):
    __table__ = "indicator"
    __source__ = "indicatoren"
    id: Id = col("id")
    name: Text = col("naam")
    definition: FreeText = col("definitie", default="")
    unit: Text = col("eenheid")
    aggregation: Aggregation = col("aggregatie")
    direction: Direction = col("richting")
    chain_level: ChainLevel = col("ketenniveau")
    set_by: SetBy = col("vastgesteld_door")
    ambition_id: Id | None = col("ambitie", default=None)


class Measurement(Record):
    __table__ = "measurement"
    __source__ = "metingen"
    indicator_id: Id = col("indicator")
    programme_id: Id = col("programma")
    neighbourhood_code: str = col("wijk", pattern=NEIGHBOURHOOD_PATTERN)
    month: Annotated[Date, AfterValidator(_month_start)] = col("maand")
    value: float = col("waarde", allow_inf_nan=False)
    people: int | None = col("aantal_mensen", default=None, ge=0)
    target: float | None = col("streefwaarde", default=None, allow_inf_nan=False)


class Story(Record):
    __table__ = "story"
    __source__ = "verhalen"
    __masked__: ClassVar[dict[str, str]] = {
        "title": "masked_title",
        "text": "masked_text",
        "significance": "masked_significance",
    }
    id: Id = col("id")
    title: Text = col("titel")
    text: FreeText = col("tekst")
    storyteller_role: StorytellerRole = col("verteller_rol")
    collected_by: Text = col("verzameld_door")
    collected_on: Date = col("datum")
    programme_id: Id = col("programma")
    neighbourhood_code: str | None = col("wijk", default=None, pattern=NEIGHBOURHOOD_PATTERN)
    domain: Text = col("domein")
    significance: FreeText = col("waarom_belangrijk", default="")
    valence: Valence = col("richting")
    intention: Intention = col("bedoeld")
    directness: Directness = col("directheid")
    consent: ConsentScope = col("toestemming")
    read_back: Flag = col("teruggelezen", default=False)
    selected_level: PanelLevel | None = col("geselecteerd_niveau", default=None)
    masked_on: Date | None = col("gemaskeerd_op", default=None)
    # A pseudonym, never a name: lets the organisation erase what one storyteller told.
    storyteller: Pseudonym | None = col("verteller", default=None)
    # What outside viewers read and search indexes; filled by impact_core.access.deidentify
    # when a file leaves them out.
    masked_title: Text | None = col("titel_gemaskeerd", default=None)
    masked_text: FreeText | None = col("tekst_gemaskeerd", default=None)
    masked_significance: FreeText | None = col("waarom_belangrijk_gemaskeerd", default=None)


class StorySignification(Record):
    """The storyteller's own marks on their story (self-signification): optional, one per story.
    They follow the story: read only where the story may be read, erased with it."""

    __table__ = "story_signification"
    __source__ = "verhaal_duidingen"
    story_id: Id = col("verhaal")
    marked_by: MarkedBy = col("gemarkeerd_door")
    about: Annotated[list[LifeDomain], BeforeValidator(_split_list)] = col("gaat_over", default_factory=list)
    feeling: int | None = col("gevoel", default=None, ge=SCALE[0], le=SCALE[1])
    change_size: int | None = col("verandering", default=None, ge=SCALE[0], le=SCALE[1])
    expected: Expected | None = col("verwacht", default=None)

    @field_validator("about", mode="after")
    @classmethod
    def _each_once(cls, value: list[LifeDomain]) -> list[LifeDomain]:
        return list(dict.fromkeys(value))


class StoryIndicator(Record):
    """The stories behind a number."""

    __table__ = "story_indicator"
    __source__ = "verhaal_indicatoren"
    story_id: Id = col("verhaal")
    indicator_id: Id = col("indicator")


class DilemmaTheme(Record):
    """A kind of moral dilemma that recurs (configurable per organisation)."""

    __table__ = "dilemma_theme"
    __source__ = "dilemmathemas"
    id: Id = col("id")
    name: Text = col("naam")


class CodeArticle(Record):
    """An article or theme of the professional code (configurable)."""

    __table__ = "code_article"
    __source__ = "beroepscode"
    id: Id = col("id")
    title: Text = col("titel")


class Reflection(Record):
    __table__ = "reflection"
    __source__ = "reflecties"
    __masked__: ClassVar[dict[str, str]] = {
        "what_happened": "masked_what_happened",
        "learned": "masked_learned",
        "do_differently": "masked_do_differently",
        "dilemma": "masked_dilemma",
        "values_in_tension": "masked_values_in_tension",
        "options": "masked_options",
        "choice": "masked_choice",
        "parties": "masked_parties",
        "follow_up": "masked_follow_up",
    }
    id: Id = col("id")
    professional: Text = col("professional")
    reflected_on: Date = col("datum")
    programme_id: Id = col("programma")
    kind: ReflectionKind = col("soort")
    method: Text = col("methode")
    # Open list: the profession's four values plus whatever a team adds.
    values: TextList = col("waarden", default_factory=list)
    what_happened: FreeText = col("wat_gebeurde")
    learned: FreeText = col("geleerd", default="")
    do_differently: FreeText = col("anders_doen", default="")
    dilemma: FreeText = col("dilemma", default="")
    values_in_tension: FreeText = col("waarden_in_spanning", default="")
    options: FreeText = col("opties", default="")
    choice: FreeText = col("keuze", default="")
    visibility: Visibility = col("zichtbaarheid")
    parties: FreeText = col("betrokken_partijen", default="")
    dilemma_theme_id: Id | None = col("dilemmathema", default=None)
    code_article_id: Id | None = col("beroepscode", default=None)
    follow_up: FreeText = col("vervolg", default="")
    followed_up: Flag = col("opgevolgd", default=False)
    story_ids: TextList = col("verhalen", default_factory=list)
    indicator_ids: TextList = col("indicatoren", default_factory=list)
    # What outside viewers and the shared screen read (see Record.__masked__).
    masked_what_happened: FreeText | None = col("wat_gebeurde_gemaskeerd", default=None)
    masked_learned: FreeText | None = col("geleerd_gemaskeerd", default=None)
    masked_do_differently: FreeText | None = col("anders_doen_gemaskeerd", default=None)
    masked_dilemma: FreeText | None = col("dilemma_gemaskeerd", default=None)
    masked_values_in_tension: FreeText | None = col("waarden_in_spanning_gemaskeerd", default=None)
    masked_options: FreeText | None = col("opties_gemaskeerd", default=None)
    masked_choice: FreeText | None = col("keuze_gemaskeerd", default=None)
    masked_parties: FreeText | None = col("betrokken_partijen_gemaskeerd", default=None)
    masked_follow_up: FreeText | None = col("vervolg_gemaskeerd", default=None)


class Stakeholder(Record):
    """A party in the Effectenarena: investor, incasseerder, or both."""

    __table__ = "stakeholder"
    __source__ = "belanghebbenden"
    id: Id = col("id")
    name: Text = col("naam")
    kind: StakeholderKind = col("soort")


class Investment(Record):
    __table__ = "investment"
    __source__ = "investeringen"
    programme_id: Id = col("programma")
    stakeholder_id: Id = col("belanghebbende")
    year: int = col("jaar", ge=2000, le=2100)
    amount: float = col("bedrag", ge=0, allow_inf_nan=False)


class Effect(Record):
    """A societal effect with its financial proxy and the deductions SROI asks for."""

    __table__ = "effect"
    __source__ = "effecten"
    id: Id = col("id")
    programme_id: Id = col("programma")
    name: Text = col("naam")
    description: FreeText = col("omschrijving", default="")
    quantity: float = col("aantal", ge=0, allow_inf_nan=False)
    proxy_value: float = col("proxy_bedrag", ge=0, allow_inf_nan=False)
    proxy_source: Text = col("proxy_bron")
    deadweight: Fraction = col("deadweight")
    displacement: Fraction = col("verplaatsing")
    attribution: Fraction = col("attributie")
    drop_off: Fraction = col("afname")
    duration_years: int = col("looptijd_jaren", ge=1, le=30)
    beneficiary_id: Id = col("incasseerder")


class EffectKind(StrEnum):
    KWALITATIEF = "kwalitatief"
    ARBEIDSMARKT = "arbeidsmarkt"


class QualitativeEffect(Record):
    """An effect beside the money: qualitative or on the labour market, typed on the impact axes."""

    __table__ = "qualitative_effect"
    __source__ = "kwalitatieve_effecten"
    id: Id = col("id")
    programme_id: Id = col("programma")
    kind: EffectKind = col("soort")
    description: FreeText = col("omschrijving")
    valence: Valence = col("richting")
    intention: Intention = col("bedoeld")
    directness: Directness = col("directheid")


class ReasoningStep(Record):
    __table__ = "reasoning_step"
    __source__ = "redeneerlijn_stappen"
    __masked__: ClassVar[dict[str, str]] = {"description": "masked_description"}
    id: Id = col("id")
    programme_id: Id = col("programma")
    level: StepLevel = col("niveau")
    description: Text = col("omschrijving")
    position: int = col("volgorde", ge=1)
    masked_description: Text | None = col("omschrijving_gemaskeerd", default=None)


class StoryStep(Record):
    """A story as evidence for a step of a reasoning line."""

    __table__ = "story_step"
    __source__ = "verhaal_stappen"
    story_id: Id = col("verhaal")
    step_id: Id = col("stap")


class IndicatorStep(Record):
    """An indicator as evidence for a step of a reasoning line."""

    __table__ = "indicator_step"
    __source__ = "indicator_stappen"
    indicator_id: Id = col("indicator")
    step_id: Id = col("stap")


class ReasoningLink(Record):
    __table__ = "reasoning_link"
    __source__ = "redeneerlijn_schakels"
    from_step: Id = col("van")
    to_step: Id = col("naar")
    assumption: FreeText = col("aanname", default="")
    confidence: int = col("vertrouwen", ge=0, le=100)
    evidence: FreeText = col("onderbouwing", default="")


class Method(Record):
    """A method or intervention of a programme, placed on a step of its reasoning line."""

    __table__ = "method"
    __source__ = "methoden"
    id: Id = col("id")
    programme_id: Id = col("programma")
    name: Text = col("naam")
    step_id: Id | None = col("stap", default=None)
    evidence_base: EvidenceBase = col("onderbouwing")
    description: FreeText = col("omschrijving", default="")


class Meeting(Record):
    __table__ = "meeting"
    __source__ = "bijeenkomsten"
    __masked__: ClassVar[dict[str, str]] = {
        "summary": "masked_summary",
    }
    id: Id = col("id")
    held_on: Date = col("datum")
    leeratelier: Text = col("leeratelier")
    title: Text = col("titel")
    programme_id: Id | None = col("programma", default=None)
    summary: FreeText = col("samenvatting", default="")
    # Whose leeratelier: decides who sees a meeting that has no programme.
    municipality_code: str | None = col("gemeente", default=None, pattern=MUNICIPALITY_PATTERN)
    masked_summary: FreeText | None = col("samenvatting_gemaskeerd", default=None)
    # Cancelled, with a correction saying why. Nullable: DuckDB adds no NOT NULL column to a table
    # that others refer to; reads take NULL as false.
    withdrawn: bool | None = col("vervallen", default=False)


class Participant(Record):
    """Someone who took part, by role. A bewoner by first name or by role alone: the form takes
    one word at most, and nobody outside the organisation ever sees a bewoner's name."""

    __table__ = "participant"
    __source__ = "deelnemers"
    id: Id = col("id")
    meeting_id: Id = col("bijeenkomst")
    role: ParticipantRole = col("rol")
    # No digits or @: a name, never a phone number or an e-mail address.
    name: (
        Annotated[str, AfterValidator(_strip), Field(min_length=1, max_length=100, pattern=FIRST_NAME_PATTERN)] | None
    ) = col("naam", default=None)


class AgendaItem(Record):
    __table__ = "agenda_item"
    __source__ = "agendapunten"
    id: Id = col("id")
    meeting_id: Id = col("bijeenkomst")
    position: int = col("volgorde", ge=1)
    title: Text = col("titel")
    linked_kind: AgendaLink | None = col("gekoppeld_soort", default=None)
    linked_id: Id | None = col("gekoppeld_id", default=None)
    withdrawn: bool | None = col("vervallen", default=False)


class ArenaEffect(Record):
    """Effectenarena: an effect named in a meeting, who contributes to it and who gains from it."""

    __table__ = "arena_effect"
    __source__ = "arena_effecten"
    __masked__: ClassVar[dict[str, str]] = {"description": "masked_description"}
    id: Id = col("id")
    meeting_id: Id = col("bijeenkomst")
    programme_id: Id = col("programma")
    description: Annotated[FreeText, Field(min_length=1)] = col("omschrijving")
    contributor_id: Id = col("bijdrager")
    beneficiary_id: Id = col("incasseerder")
    valence: Valence = col("richting")
    intention: Intention = col("bedoeld", default=Intention.BEDOELD)
    masked_description: FreeText | None = col("omschrijving_gemaskeerd", default=None)


class Decision(Record):
    __table__ = "decision"
    __source__ = "besluiten"
    __masked__: ClassVar[dict[str, str]] = {
        "text": "masked_text",
        "owner": "masked_owner",
    }
    id: Id = col("id")
    meeting_id: Id = col("bijeenkomst")
    kind: DecisionKind = col("soort")
    text: FreeText = col("tekst")
    owner: Text | None = col("eigenaar", default=None)
    due_on: Date | None = col("deadline", default=None)
    status: DecisionStatus = col("status")
    masked_text: FreeText | None = col("tekst_gemaskeerd", default=None)
    masked_owner: Text | None = col("eigenaar_gemaskeerd", default=None)
    withdrawn: bool | None = col("vervallen", default=False)


class SelectionRound(Record):
    """A Most Significant Change panel choosing from a shortlist of stories."""

    __table__ = "selection_round"
    __source__ = "selectierondes"
    __masked__: ClassVar[dict[str, str]] = {
        "reasons": "masked_reasons",
        "dissent": "masked_dissent",
    }
    id: Id = col("id")
    programme_id: Id = col("programma")
    level: PanelLevel = col("niveau")
    title: Text = col("titel")
    period_from: Date = col("van")
    period_to: Date = col("tot")
    domain: Text | None = col("domein", default=None)
    meeting_id: Id | None = col("bijeenkomst", default=None)
    status: DecisionStatus = col("status", default=DecisionStatus.OPEN)
    reasons: FreeText = col("redenen", default="")
    dissent: FreeText = col("afwijkende_meningen", default="")
    fed_back_on: Date | None = col("teruggekoppeld_op", default=None)
    masked_reasons: FreeText | None = col("redenen_gemaskeerd", default=None)
    masked_dissent: FreeText | None = col("afwijkende_meningen_gemaskeerd", default=None)
    withdrawn: bool | None = col("vervallen", default=False)


class RoundStory(Record):
    """A story on a round's shortlist, and whether the panel selected it."""

    __table__ = "round_story"
    __source__ = "selectieronde_verhalen"
    round_id: Id = col("ronde")
    story_id: Id = col("verhaal")
    selected: Flag = col("gekozen", default=False)


class RoundVote(Record):
    __table__ = "round_vote"
    __source__ = "selectieronde_stemmen"
    round_id: Id = col("ronde")
    story_id: Id = col("verhaal")
    voter: Text = col("panellid")
    score: int = col("score", ge=0, le=5)


class AssumptionTest(Record):
    """Learning log: an assumption of a reasoning line, tested in a meeting."""

    __table__ = "assumption_test"
    __source__ = "aannametoetsen"
    __masked__: ClassVar[dict[str, str]] = {"note": "masked_note"}
    id: Id = col("id")
    from_step: Id = col("van")
    to_step: Id = col("naar")
    meeting_id: Id | None = col("bijeenkomst", default=None)
    tested_on: Date = col("datum")
    outcome: TestOutcome = col("uitkomst")
    note: FreeText = col("toelichting", default="")
    masked_note: FreeText | None = col("toelichting_gemaskeerd", default=None)


class Correction(Record):
    """A change to what a meeting or a round recorded: which field, from what to what, by whom,
    when and why. Withdrawing is a correction too (field ``vervallen``); nothing is deleted."""

    __table__ = "correction"
    __source__ = "correcties"
    __masked__: ClassVar[dict[str, str]] = {
        "old_value": "masked_old_value",
        "new_value": "masked_new_value",
        "reason": "masked_reason",
    }
    id: Id = col("id")
    record_table: CorrectedTable = col("soort")
    record_id: Id = col("record")
    meeting_id: Id | None = col("bijeenkomst", default=None)
    round_id: Id | None = col("ronde", default=None)
    changed: Id = col("veld")
    old_value: FreeText | None = col("oud", default=None)
    new_value: FreeText | None = col("nieuw", default=None)
    reason: Text = col("reden")
    role: Id = col("rol")  # the seat that corrected; outside the organisation only this shows
    actor: Text | None = col("door", default=None)  # the signed-in user, when there is one
    corrected_at: dt.datetime = col("op")
    masked_old_value: FreeText | None = col("oud_gemaskeerd", default=None)
    masked_new_value: FreeText | None = col("nieuw_gemaskeerd", default=None)
    masked_reason: Text | None = col("reden_gemaskeerd", default=None)

    @model_validator(mode="after")
    def _belongs_somewhere(self) -> Correction:
        if self.meeting_id is None and self.round_id is None:
            raise ValueError("een correctie hoort bij een bijeenkomst of een selectieronde")
        return self


class InstrumentScore(Record):
    """One participant's score on one domain of an outcome instrument at one moment. The
    participant is a pseudonymous code, never a name: the organisation alone knows who it is."""

    __table__ = "instrument_score"
    __source__ = "instrumentscores"
    participant: Pseudonym = col("deelnemer")
    programme_id: Id = col("programma")
    measured_on: Date = col("datum")
    instrument: Instrument = col("instrument")
    domain: InstrumentDomain = col("domein")
    score: int = col("score", ge=0, le=10)

    @field_validator("domain", "score", mode="after")
    @classmethod
    def _fits_its_instrument(cls, value: Any, info: ValidationInfo) -> Any:
        """The domain belongs to the instrument; the score lies in the instrument's range (the
        fields are checked in order, so the instrument and the domain are known by then)."""
        instrument = info.data.get("instrument")
        if instrument is None or (info.field_name == "score" and "domain" not in info.data):
            return value
        domain = value if info.field_name == "domain" else info.data["domain"]
        score = value if info.field_name == "score" else INSTRUMENT_RANGE[instrument][0]
        for field_name, key in instrument_problems(instrument, domain, score):
            if field_name == info.field_name:
                raise ValueError(t(key))
        return value


class InstrumentStep(Record):
    """A domain of an outcome instrument as evidence for a step of a reasoning line, as
    ``IndicatorStep`` links an indicator."""

    __table__ = "instrument_step"
    __source__ = "instrument_stappen"
    instrument: Instrument = col("instrument")
    domain: InstrumentDomain = col("domein")
    step_id: Id = col("stap")

    @field_validator("domain", mode="after")
    @classmethod
    def _belongs_to_its_instrument(cls, value: InstrumentDomain, info: ValidationInfo) -> InstrumentDomain:
        instrument = info.data.get("instrument")
        if instrument is not None:
            for field_name, key in instrument_problems(instrument, value, INSTRUMENT_RANGE[instrument][0]):
                if field_name == "domain":
                    raise ValueError(t(key))
        return value


# Load order respects foreign keys.
ENTITIES: tuple[type[Record], ...] = (
    Municipality,
    Neighbourhood,
    Organisation,
    Funding,
    Programme,
    Ambition,
    Indicator,
    Measurement,
    Story,
    StorySignification,
    StoryIndicator,
    DilemmaTheme,
    CodeArticle,
    Reflection,
    Stakeholder,
    Investment,
    Effect,
    QualitativeEffect,
    ReasoningStep,
    StoryStep,
    IndicatorStep,
    ReasoningLink,
    Method,
    Meeting,
    Participant,
    AgendaItem,
    ArenaEffect,
    Decision,
    SelectionRound,
    RoundStory,
    RoundVote,
    AssumptionTest,
    Correction,
    InstrumentScore,
    InstrumentStep,
)
