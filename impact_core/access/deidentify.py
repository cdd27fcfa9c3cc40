"""Mask what identifies a person in a story before it travels.

``deduce`` (Dutch de-identification) finds names, institutions, dates, ages, street
addresses, e-mail addresses and BSNs. Its first start in an environment builds a lookup cache
(about two minutes); ``make`` builds that at install time, and later starts take about ten
seconds and a gigabyte. So one instance runs per machine, in the masking worker
(``masking_worker``) that every app process asks; ``IMPACT_MASKING=in-process`` keeps one per
process instead (the tests, or a machine without Unix sockets).

Around deduce this module adds what social-work stories in the Netherlands and Flanders need
(measured with ``python -m benchmarks.masking``):

- first names and surnames common among the people social work serves (Arabic, Moroccan,
  Turkish, Eritrean, Somali, Afghan, Polish, Ukrainian; lists in ``names/``), also written in
  lowercase, and Dutch names in lowercase after a word like "dochter" or "meneer";
- Dutch and Belgian phone numbers (``phonenumbers``), IBANs (``stdnum``), Belgian postcodes,
  Flemish street names ("Turnhoutsebaan 112 bus 3"), ages ("een jongen van 15", "15-jarige")
  and school names ("basisschool De Regenboog", "het Sint-Jozefcollege");
- a BSN or rijksregisternummer in any spelling (``impact_core.bsn``).

City and municipality names stay readable: "in Tilburg" identifies nobody, "Ringbaan-Oost 214"
does. deduce's place-name annotator is switched off; street plus house number, postcodes and
institutions are still masked.
"""

from __future__ import annotations

import atexit
import functools
import gc
import logging
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pandas as pd
import phonenumbers
from stdnum import iban

from impact_core import bsn
from impact_core.access import masking_worker
from impact_core.access.masking_worker import Span
from impact_core.config import masking_in_process
from impact_core.models import Record, Story

RecordT = TypeVar("RecordT", bound=Record)

# Deduce's tags, as the label a reader sees in place of the masked words.
_LABELS = {
    "persoon": "naam",
    "patient": "naam",
    "locatie": "adres",  # with place names kept, only street + number, postcode and postbus are left
    "instelling": "instelling",
    "ziekenhuis": "instelling",
    "zorginstelling": "instelling",
    "datum": "datum",
    "leeftijd": "leeftijd",
    "telefoonnummer": "telefoon",
    "emailadres": "e-mail",
    "url": "link",
    "bsn": "BSN",
    "id": "nummer",
}

_LISTS = Path(__file__).with_name("names")
_POPULATIONS = ("arabic", "moroccan", "turkish", "tigrinya", "somali", "afghan", "polish", "ukrainian")


def _read(name: str) -> list[str]:
    lines = (_LISTS / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@dataclass(frozen=True)
class Finding:
    label: str
    text: str


@dataclass(frozen=True)
class Masked:
    text: str
    findings: tuple[Finding, ...]


_LOADING = threading.Lock()
_RUNNING = threading.Lock()


def _deduce():  # noqa: ANN202 - deduce ships no type hints
    # One load per process: a review that starts while the warm-up thread is still loading
    # waits for it instead of loading a second copy (twice the ten seconds, holding the GIL).
    with _LOADING:
        return _load_deduce()


@functools.cache
def _load_deduce():  # noqa: ANN202
    # deduce calls logging.basicConfig(level=DEBUG) on import. With a handler on the root
    # logger that call does nothing, so the process never switches to debug logging (which
    # floods Streamlit's output while deduce reads its lookup files).
    root = logging.getLogger()
    placeholder = logging.NullHandler()
    root.addHandler(placeholder)
    # Its lookup tables unpickle into some four million objects: the cyclic garbage collector,
    # run over and over while they arrive, doubles the load time. They live as long as the
    # process, so they are frozen out of later collections (each took seconds with them in),
    # and thawed at exit, so that what was garbage at the freeze is still freed at shutdown.
    gc.collect()  # freeze as little garbage as we can
    collecting = gc.isenabled()
    gc.disable()
    try:
        from deduce import Deduce  # imported here: loading its lookup tables takes seconds

        model = _tailored(Deduce())
    finally:
        root.removeHandler(placeholder)
        if collecting:
            gc.enable()
    gc.freeze()
    atexit.register(gc.unfreeze)
    return model


_warming = threading.Event()


def warm_up() -> None:
    """Have deduce loaded so that the next story check does not wait: the machine's worker started
    if none runs (again after it stopped when idle), or in process one background load. Cheap
    enough to ask on every run of a form that will mask."""
    if not masking_in_process():
        masking_worker.start()
    elif not _warming.is_set():
        _warming.set()
        threading.Thread(target=_deduce, name="deduce-warm-up", daemon=True).start()


def deduce_spans(text: str, keep: Iterable[str] = ()) -> list[Span]:
    """What deduce finds in ``text`` that identifies someone, with deduce loaded in this process
    (the masking worker's, or this one's with ``IMPACT_MASKING=in-process``)."""
    kept = {word.casefold() for word in keep}
    with _RUNNING:  # deduce is not thread-safe: twenty writers at once once failed inside it (IndexError)
        annotations = _deduce().deidentify(text).annotations
    return [
        _with_initials(text, annotation.start_char, annotation.end_char, _LABELS.get(annotation.tag, "gegevens"))
        for annotation in annotations
        if annotation.text.casefold() not in kept
        and not _only_a_place(annotation)
        and not _end_of_an_age_range(text, annotation)
    ]


def mask(text: str, *, keep: Iterable[str] = ()) -> Masked:
    """``text`` with every identifying span replaced by ``[label]``.

    Words in ``keep`` (the names of the municipality's own neighbourhoods, say) stay.
    """
    if not text.strip():
        return Masked(text, ())
    # Our own patterns first: deduce reads "+31 6 12345678" as a loose number.
    text, findings = mask_bsns(text)
    for label, find in _FINDERS:
        spans = [(start, end, label, text[start:end]) for start, end in find(text)]
        text, found = _replace(text, spans)
        findings += found
    spans = deduce_spans(text, keep) if masking_in_process() else masking_worker.spans(text, keep)
    masked, found_by_deduce = _replace(text, spans)
    return Masked(masked, findings + found_by_deduce)


_INITIALS = re.compile(r"(?:\s[A-Z]\.)+")


def _with_initials(text: str, start: int, end: int, label: str) -> Span:
    """A name's span with the initials written after it ("Samira B."): deduce stops at the first name."""
    if label == "naam":
        end = start + len(text[start:end].rstrip())
        following = _INITIALS.match(text, end)
        if following:
            end = following.end()
    return start, end, label, text[start:end]


def _only_a_place(annotation) -> bool:  # noqa: ANN001 - deduce ships no type hints
    """A "name" that is a city or municipality ("Leuven", "van Amsterdam"): deduce's surname
    list and its name context rules take place names for names."""
    if _LABELS.get(annotation.tag) != "naam":
        return False
    words = annotation.text.split()
    while len(words) > 1 and words[0] in {"van", "in", "uit", "naar", "bij"}:
        words = words[1:]
    return _is_place(" ".join(words))


_RANGE = re.compile(r"\d{1,2}\s*[-–]\s*\d{1,2}\b")  # "0-27 jaar" read as one age
_RANGE_START = re.compile(r"\d{1,2}\s*(?:tot(?:\s+en\s+met)?|t/m|-|–)\s*$")


def _end_of_an_age_range(text: str, annotation) -> bool:  # noqa: ANN001
    """ "jongeren van 12 tot 23 jaar" describes a group, not a person: deduce takes the last
    number of the range for someone's age."""
    if _LABELS.get(annotation.tag) != "leeftijd":
        return False
    return bool(_RANGE_START.search(text[: annotation.start_char]) or _RANGE.match(annotation.text))


def mask_bsns(text: str) -> tuple[str, tuple[Finding, ...]]:
    """Only the citizen numbers (``impact_core.bsn``) masked, in whatever spelling."""
    text, spellings = bsn.masked(text)
    return text, tuple(Finding("BSN", spelling) for spelling in spellings)


def _replace(text: str, spans: list[Span]) -> tuple[str, tuple[Finding, ...]]:
    parts, findings, position = [], [], 0
    for start, end, label, found in sorted(spans):
        if start < position:  # overlapping annotation: the earlier one already covers it
            continue
        end -= len(found) - len(found.rstrip())  # deduce sometimes takes the next space along
        parts += [text[position:start], f"[{label}]"]
        findings.append(Finding(label, found.rstrip()))
        position = end
    parts.append(text[position:])
    return "".join(parts), tuple(findings)


def fill_masked(frame: pd.DataFrame, *, keep: Iterable[str] = (), model: type[Record] = Story) -> pd.DataFrame:
    """Rows of ``model`` with each masked twin filled in where missing (an import without one)."""
    frame = frame.copy()
    for source, target in model.__masked__.items():
        if target not in frame:
            frame[target] = None
        missing = frame[target].isna() & frame[source].notna()
        frame.loc[missing, target] = [mask(value, keep=keep).text for value in frame.loc[missing, source]]
    return frame


def twins(model: type[Record], masked: Mapping[str, str] | None) -> dict[str, str]:
    """Reviewed masked texts, by their field's name, as the values of the model's twin columns."""
    return {model.__masked__[name]: text for name, text in (masked or {}).items() if name in model.__masked__}


def with_masked(record: RecordT, *, keep: Iterable[str] = ()) -> RecordT:
    """The record with the masked twin of each of its free texts made where it has none: what
    leaves the organisation is masked however it was written."""
    update = {
        target: mask(getattr(record, source), keep=keep).text
        for source, target in record.__masked__.items()
        if getattr(record, target) is None and getattr(record, source) is not None
    }
    return record.model_copy(update=update) if update else record


# --- Our own finders, run before deduce, each giving (start, end) spans -----------------------

Spans = Iterator[tuple[int, int]]


def _regex(pattern: re.Pattern[str]) -> Callable[[str], Spans]:
    """Spans of ``pattern``: its first group where it has one, else the whole match."""

    def find(text: str) -> Spans:
        for match in pattern.finditer(text):
            group = 1 if pattern.groups else 0
            if match.group(group):
                yield match.span(group)

    return find


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

# A Dutch IBAN names its bank in four letters, a Belgian one is all digits: the shapes alone
# are specific enough to mask a mistyped one too. Others must pass the checksum.
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b")
_IBAN_SHAPE = re.compile(r"NL\d{2}[A-Z]{4}\d{10}|BE\d{14}")


def _ibans(text: str) -> Spans:
    for match in _IBAN.finditer(text):
        candidate = match.group()
        # The pattern may have run on into the next word ("... 89 EUR"): drop groups until valid.
        while candidate:
            compact = candidate.replace(" ", "")
            if iban.is_valid(compact) or _IBAN_SHAPE.fullmatch(compact):
                yield match.start(), match.start() + len(candidate)
                break
            candidate = candidate.rpartition(" ")[0]


# Dutch numbers written the Dutch way and Belgian ones written the Belgian way ("0486/21 47 93",
# "03 238 45 67") are only valid in their own region, so both regions are asked.
_PHONE_LOOSE = re.compile(r"(?<!\d)(?:\+31|0031|0)(?:[\s-]?\d){9}(?!\d)")


def _phones(text: str) -> Spans:
    for region in ("NL", "BE"):
        for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID):
            yield match.start, match.end
    yield from _regex(_PHONE_LOOSE)(text)


_DATE = re.compile(r"\b\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}\b")
_POSTCODE_NL = re.compile(r"\b\d{4}\s?[A-Z]{2}\b")


@functools.cache
def _known_places_pattern() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(place) for place in sorted(_read("places"), key=len, reverse=True)))


def _postcodes_be(text: str) -> Spans:
    # Four digits are a year or an amount as often as a postcode: only before a Belgian place.
    pattern = re.compile(rf"(?<![\w.,-])(?:B-?)?[1-9]\d{{3}}(?=\s+(?:{_known_places_pattern().pattern})\b)")
    for match in pattern.finditer(text):
        yield match.span()


# A street is a word ending in a street word, with a house number ("Ringbaan-Oost 214",
# "Kempische Steenweg 233", "Turnhoutsebaan 112 bus 3"). Without a number it stays: "de
# Kerkstraat" is shared by a whole street. Words before the street name that open a sentence
# ("Aan", "Op") are not part of it; a lowercase word is no street ("onderweg 3 uur").
_STREET_WORDS = (
    "straat|str|laan|weg|steenweg|baan|plein|kade|kaai|dijk|gracht|singel|steeg|pad|hof|park|markt|dreef"
    "|lei|vest|zijde|wal|plaats|veld|plantsoen|boulevard|hoven|erf|dries|berg"
)
_NOT_A_NAME_START = (
    r"(?!(?:Aan|Op|In|Bij|Naar|Uit|Adres|De|Het|Een|Hij|Zij|Ze|We|Wij|Ik|Voor|Via|Tot|Langs|En|Haar|Zijn|Mijn"
    r"|Onze|Hun|Deze|Die|Dit|Dat|Er|Ook|Nu|Toen|Sinds|Na|Met|Door|Om|Over|Als|Maar|Dan|Wat|Wie|Waar)\b)"
)
_STREET = re.compile(
    rf"(?:{_NOT_A_NAME_START}[A-Z][\w'’.]*\s+(?:(?:van|de|der|den|en|het|'t)\s+)?){{0,3}}"
    rf"\b[A-Z][\w'’]*?(?i:{_STREET_WORDS})(?:-(?:Oost|West|Noord|Zuid))?"
    r"\s+\d{1,4}(?:\s?[a-zA-Z](?!\w))?(?:\s?(?:bus|/|-)\s?\d{1,4}[a-zA-Z]?)?(?![\w,.]\d)"
)

_AGE = re.compile(
    r"\b(\d{1,2})-jarig(?:en?)?\b"  # "een 15-jarig meisje", "14-jarigen"
    # "Hanneke (74)", "Samira B. (16)", "(16j)", "( 16 )", "(16, vmbo)": a number alone in brackets
    # is an age, whatever stands before it; "(2 keer)" or "(2024)" is not.
    r"|(?<=\()\s*(\d{1,3})(?=\s*(?:j(?:aar|r)?\.?)?\s*[),])"
    r"|\b(?:jongen|meisje|meid|kind|zoon|dochter|jongere|tiener|puber|man|vrouw|baby|peuter|kleuter)"
    r"\s+van\s+(\d{1,2})\b(?!\s*(?:euro|kilo|cm|minuten|uur|%))"  # "een jongen van 15"
    r"|\b(?:is|was|wordt|werd|ben|bent)\s+(\d{1,2})(?=\s*(?:[.,;)]|en\b|jaar\b|$))"  # "hij is 13 en ..."
    r"|\b(\d{1,2})(?=\s+en\s+\d{1,2}\s+jaar\b)",  # "13 en 15 jaar"
)


def _ages(text: str) -> Spans:
    for match in _AGE.finditer(text):
        group = next(index for index in range(1, 6) if match.group(index))
        yield match.span(group)


# School names: a word ending in a school word ("Sint-Jozefcollege"), capitalised words around
# one ("Koninklijk Atheneum Anderlecht", "Zuiderpark College"), "stedelijk gymnasium", or a
# primary school by name ("basisschool De Regenboog", "OBS De Vlinder"). "de basisschool" and
# "het college" on their own stay. Only spaces join the words: a line break ends a name.
_SCHOOL_WORDS = "college|lyceum|atheneum|gymnasium|instituut|scholengemeenschap"
_NAME = r"(?:Sint-|St\.\s?)?[A-Z][\w'’-]*"
_SCHOOL = re.compile(
    rf"\b(?:{_NOT_A_NAME_START}{_NAME}[ ]+)*(?:Sint-)?[A-Z][\w'-]*?(?:{_SCHOOL_WORDS})\b(?:[ ]+{_NAME})*"
    rf"|\b(?:{_NOT_A_NAME_START}{_NAME}[ ]+)+(?i:{_SCHOOL_WORDS})\b(?:[ ]+{_NAME})*"
    rf"|(?i:\b(?:stedelijk|koninklijk|katholiek|christelijk|gemeentelijk|openbaar|vrij)e?[ ]+"
    rf"(?:{_SCHOOL_WORDS}|basisschool)\b)(?:[ ]+{_NAME})*"
    rf"|(?i:\b(?:basisschool|basisonderwijs|kleuterschool|lagere[ ]+school))[ ]+(?:(?:De|Het|de|het|'t)[ ]+)?{_NAME}"
    rf"(?:[ ]+{_NAME})*"
    rf"|\b(?:OBS|CBS|PCBS|RKBS|KBS|BS|GO!)[ ]+(?:(?:De|Het|'t)[ ]+)?{_NAME}(?:[ ]+{_NAME})*"
)


def _schools(text: str) -> Spans:
    yield from _regex(_SCHOOL)(text)
    # lowercase, before a place: "het atheneum genk"
    for match in re.finditer(rf"(?i:\b(?:{_SCHOOL_WORDS})[ ]+([\w-]+))", text):
        if _is_place(match.group(1)):
            yield match.span()


@functools.cache
def _our_places() -> frozenset[str]:
    return frozenset(place.casefold() for place in _read("places"))


def _is_place(words: str) -> bool:
    """Whether ``words`` is a city, municipality or province: ours, or in deduce's place-name
    lookup (asked as written and capitalised, for lowercase text)."""
    if words.casefold() in _our_places():
        return True
    deduce = _deduce()
    for spelling in {words, words.title()}:
        tokens = [token.text for token in deduce.tokenizers["default"].tokenize(spelling)]
        if tokens and deduce.lookup_structs["placename"].longest_matching_prefix(tokens) == tokens:
            return True
    return False


_FINDERS: tuple[tuple[str, Callable[[str], Spans]], ...] = (
    ("e-mail", _regex(_EMAIL)),
    ("IBAN", _ibans),
    ("datum", _regex(_DATE)),
    ("telefoon", _phones),
    ("postcode", _regex(_POSTCODE_NL)),
    ("postcode", _postcodes_be),
    ("adres", _regex(_STREET)),
    ("school", _schools),
    ("leeftijd", _ages),
)


# --- What deduce is taught ---------------------------------------------------------------------


def _tailored(deduce):  # noqa: ANN001, ANN202 - deduce ships no type hints
    """deduce with our name lists and without its place-name annotator.

    Both are changed on the loaded instance, deduce's documented way to tailor it, so its
    lookup cache (built at install from its own lists) stays valid and is not rebuilt.
    """
    deduce.processors["locations"].remove_processor("placename")  # cities stay readable
    # Roles and services start sentences and stand before names ("Vrijwilliger Abdelkader ...")
    # without being part of them.
    deduce.lookup_structs["whitelist"].add_items_from_iterable([*_read("not_names"), *_CUES])
    names = deduce.processors["names"]
    position = names.get_names(recursive=False).index("surname_lookup") + 1
    known_names = _known_names_class()(deduce.lookup_structs, deduce.lookup_data_path)
    names.add_processor("known_names", known_names, position)
    return deduce


# Name particles that may join a lowercase first name to its surname ("fatima el amrani").
# Not deduce's interfixes: those include "op het" and "in de", which in lowercase text join
# a name to the next ordinary word.
_PARTICLES = {"van", "de", "der", "den", "van de", "van der", "van den", "el", "al", "ben", "bin", "ter", "ten"}
_ARABIC_PARTICLES = {"Al", "El", "Abu", "Ben", "Bin", "Ait", "Aït"}

_CUES = {
    "dochter", "zoon", "man", "vrouw", "vriend", "vriendin", "broer", "zus", "moeder", "vader", "mama",
    "papa", "oma", "opa", "buurman", "buurvrouw", "meneer", "mevrouw", "heet", "genaamd", "collega",
    "kleinzoon", "kleindochter", "partner", "ex", "neef", "nicht",
}  # fmt: skip


def _known_names_class() -> type:
    import docdeid as dd  # imported with deduce, not before: its import is part of the slow load

    class KnownNames(dd.process.Annotator):
        """First names and surnames from our lists, in any case; Dutch names in lowercase after a cue.

        A lowercase word from our lists is a name unless it is also a Dutch word (the
        ``dutch_words`` list and deduce's whitelist). deduce's own Dutch first names are many
        Dutch words too ("roos", "storm", "mei"), so in lowercase they count only right after a
        word like "dochter" or "meneer". A lowercase name takes a lowercase surname along
        ("fatima el amrani"); capitalised surnames deduce's context rules already add.
        """

        def __init__(self, lookup_structs, data_path) -> None:  # noqa: ANN001
            from deduce.lookup_structs import load_raw_itemsets

            super().__init__(tag="voornaam")
            self._whitelist = lookup_structs["whitelist"]
            self._prefix = lookup_structs["prefix"]
            raw = load_raw_itemsets(
                data_path, ["names/lst_first_name", "names/lst_surname", "names/lst_interfix_surname"]
            )
            ours = {name.casefold() for population in _POPULATIONS for name in _read(population)}
            self._homonyms = {word.casefold() for word in _read("dutch_words")}
            self._first = ours
            self._surnames = {name.casefold() for name in _read("surnames")}
            self._dutch_first = {name.casefold() for name in raw["first_name"]} - ours
            dutch_surnames = [*raw["surname"], *raw["interfix_surname"]]
            self._all_surnames = self._surnames | {name.casefold() for name in dutch_surnames}

        def _dutch_word(self, word: str) -> bool:
            return word in self._homonyms or word in self._whitelist

        def _is_name(self, token) -> str | None:  # noqa: ANN001
            text = token.text
            word = text.casefold()
            if not text[:1].isalpha() or len(word) < 3:
                return None
            lowercase = text[0].islower()
            if lowercase and self._dutch_word(word):
                return None
            if word in self._first:
                return "voornaam"
            if word in self._surnames:
                return "achternaam"
            # deduce's own first names in lowercase only right after a cue: "dochter anja".
            previous = token.previous()
            cue = previous is not None and (previous.text.casefold() in _CUES or previous.text in self._prefix)
            return "voornaam" if lowercase and cue and word in self._dutch_first else None

        def _surname_after(self, token):  # noqa: ANN001, ANN202
            """The last token of a lowercase surname after ``token``: "el amrani", "de jong"."""
            following = token.next()
            while following is not None and following.text.casefold() in _PARTICLES:
                following = following.next()
            if following is None or not following.text.isalpha() or not following.text.islower():
                return None
            # Only a known surname: "mevrouw van de huisbezoeken" is no name.
            return following if following.text in self._all_surnames else None

        def _match(self, token):  # noqa: ANN001, ANN202
            """(first token, last token, tag) of a name that starts at ``token``, or None."""
            after = token.next()
            if token.text in _ARABIC_PARTICLES and after is not None and after.text == "-":
                surname = after.next()  # "Al-Hamwi": a surname, with or without a first name before it
                if surname is not None and surname.text[:1].isupper():
                    return token, surname, "achternaam"
            if token.text.islower() and token.text in self._prefix:
                surname = self._surname_after(token)  # "mevrouw de jong"
                if surname is not None and after is not None and after is not surname:
                    return after, surname, "achternaam"
            tag = self._is_name(token)
            if tag is None:
                return None
            end = self._surname_after(token) if token.text[0].islower() else None
            return token, end or token, tag

        def annotate(self, doc):  # noqa: ANN001, ANN202
            annotations = []
            for token in doc.get_tokens():
                match = self._match(token)
                if match is None:
                    continue
                first, last, tag = match
                annotations.append(
                    dd.Annotation(
                        text=doc.text[first.start_char : last.end_char],
                        start_char=first.start_char,
                        end_char=last.end_char,
                        tag=tag,
                        start_token=first,
                        end_token=last,
                    )
                )
            return annotations

    return KnownNames
