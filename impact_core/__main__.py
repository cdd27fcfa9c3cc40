"""Command line for data stewards and benchmarks: ``python -m impact_core --help``."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from impact_core.access import policy
from impact_core.access.deidentify import mask
from impact_core.access.viewer import Role, Viewer
from impact_core.config import database_location, database_path, default_language, retention_days
from impact_core.db import database_file
from impact_core.db.store import DatabaseLocked, Store, open_store
from impact_core.doelmatigheid import value as value_module
from impact_core.filters import parse_month
from impact_core.gegevens import backup, erasure, exports, importer, templates
from impact_core.gegevens.demo import DatabaseExists, build_demo
from impact_core.gegevens.importer import ImportFailed
from impact_core.gegevens.masking import mask_missing, mask_missing_in_demo
from impact_core.gegevens.retention import apply_retention
from impact_core.i18n import LANGUAGES, t
from impact_core.refusal import Refused
from impact_core.samen import dossier

_DB_HELP = "pad van de database, of het adres postgresql://… van een PostgreSQL-server (standaard: $IMPACT_DB)"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m impact_core", description="Impactdialoog: beheer van de database.")
    commands = parser.add_subparsers(dest="command", required=True)
    demo = commands.add_parser("demo", help="bouw de demodatabase (Voorbeeldstad)")
    demo.add_argument("--db", type=database_location, default=None, help=_DB_HELP)
    demo.add_argument("--force", action="store_true", help="vervang een bestaande database")
    demo.add_argument("--if-missing", action="store_true", help="doe niets als de database al bestaat")
    demo.add_argument("--scale", type=int, default=0, metavar="N", help="voeg N synthetische metingen toe")
    demo.add_argument(
        "--stories", type=int, default=None, metavar="M", help="voeg M synthetische verhalen toe (standaard N/10)"
    )
    keep = commands.add_parser("retention", help="pas de bewaartermijn van verhalen toe (alleen beheer)")
    keep.add_argument("--db", type=database_location, default=None, help=_DB_HELP)
    keep.add_argument("--organisation", required=True, help="de organisatie waarvoor u beheerder bent")
    keep.add_argument("--days", type=int, default=None, help="bewaartermijn in dagen ($IMPACT_RETENTION_DAYS)")
    twins = commands.add_parser("mask-missing", help="maskeer oudere teksten die nog geen gemaskeerde versie hebben")
    twins.add_argument("--db", type=database_location, default=None, help=_DB_HELP)
    twins.add_argument("--organisation", required=True, help="de organisatie waarvoor u beheerder bent")
    commands.add_parser("mask", help="maskeer persoonsgegevens: lees tekst van stdin, schrijf de gemaskeerde tekst")
    load = commands.add_parser("import", help="lees gegevens in uit een Excel-werkmap of CSV-bestanden (alleen beheer)")
    load.add_argument("paths", type=Path, nargs="+", metavar="PATH", help=".xlsx-werkmap of .csv-bestand(en)")
    load.add_argument("--db", type=database_location, default=None, help=_DB_HELP)
    load.add_argument("--organisation", required=True, help="de organisatie waarvoor u beheerder bent")
    load.add_argument("--dry-run", action="store_true", help="controleer alles, maar verander niets")
    load.add_argument("--valid-rows-only", action="store_true", help="lees de goede rijen in, meld de rest")
    load.add_argument("--report", type=Path, default=None, metavar="XLSX", help="schrijf de fouten ook naar Excel")
    blank = commands.add_parser("template", help="schrijf het Excel-sjabloon voor het inlezen")
    blank.add_argument("--out", type=Path, required=True, help="het .xlsx-bestand")
    out = commands.add_parser("export", help="zet de gegevens van uw organisatie in Excel of Parquet (alleen beheer)")
    out.add_argument("--db", type=database_location, default=None, help=_DB_HELP)
    out.add_argument("--organisation", required=True, help="de organisatie waarvoor u beheerder bent")
    out.add_argument("--format", choices=("xlsx", "parquet"), required=True)
    out.add_argument("--out", type=Path, required=True, help="het .xlsx-bestand, of de map voor Parquet")
    save = commands.add_parser("backup", help="maak een reservekopie van de hele database (platformbeheer)")
    save.add_argument("--db", type=database_location, default=None, help=_DB_HELP)
    save.add_argument("--dir", type=Path, default=None, help="map voor de kopie (standaard: backups naast de db)")
    back = commands.add_parser("restore", help="zet een reservekopie terug (platformbeheer)")
    back.add_argument("backup", type=Path, help="de reservekopie (.duckdb)")
    back.add_argument("--db", type=database_location, default=None, help=_DB_HELP)
    erase = commands.add_parser(
        "erase", help="wis alles wat een verteller vertelde, of alle scores van een deelnemer (alleen beheer)"
    )
    erase.add_argument("--db", type=database_location, default=None, help=_DB_HELP)
    erase.add_argument("--organisation", required=True, help="de organisatie waarvoor u beheerder bent")
    whom = erase.add_mutually_exclusive_group(required=True)
    whom.add_argument("--storyteller", metavar="PSEUDONIEM", help="een verteller, bijvoorbeeld VT-0012")
    whom.add_argument(
        "--participant", metavar="PSEUDONIEM", help="een deelnemer met scores op ZRM of Positieve Gezondheid"
    )
    report = commands.add_parser("dossier", help="maak het legitimatiedossier van een programma (PDF of Excel)")
    report.add_argument("--db", type=database_location, default=None, help=_DB_HELP)
    report.add_argument("--organisation", required=True, help="de organisatie waarvoor u beheerder bent")
    report.add_argument("--programme", required=True, metavar="ID", help="het programma, bijvoorbeeld wijk")
    report.add_argument("--out", type=Path, required=True, help="het bestand: .pdf of .xlsx")
    report.add_argument("--gemeente", default=None, metavar="CODE", help="voor welke gemeente (standaard: de eerste)")
    report.add_argument("--from", dest="start", default=None, metavar="JJJJ-MM", help="eerste maand (standaard: alles)")
    report.add_argument("--to", dest="end", default=None, metavar="JJJJ-MM", help="laatste maand (standaard: alles)")
    report.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=default_language(),
        help="taal van het dossier (standaard: $IMPACT_LANGUAGE)",
    )
    value = commands.add_parser("value", help="reken een business case (JSON) door")
    value.add_argument("case", type=Path, help="pad van het JSON-bestand met de berekening")
    value.add_argument("--json", action="store_true", help="geef het resultaat als JSON")
    return parser


def _print_value(case_path: Path, as_json: bool) -> None:
    case = value_module.load_case(case_path)
    result = value_module.calculate(case)
    if as_json:
        print(json.dumps(value_module.result_json(case, result), indent=2, ensure_ascii=False))
        return
    for label, amount in value_module.summary_lines(case, result, default_language()):
        print(f"{label:<38} {amount}")


_ACTOR = "opdrachtregel"


def _steward(args: argparse.Namespace) -> Viewer:
    """The command line acts as the steward of the organisation it names; a server's whole
    database (backup, restore) is the platform steward's."""
    if args.command in ("backup", "restore"):
        return policy.platform_steward(_ACTOR)
    return Viewer(Role.BEHEER, organisation_id=args.organisation, actor=_ACTOR)


def _import(path: Path | str, args: argparse.Namespace) -> int:
    report = importer.import_paths(
        open_store(path), _steward(args), args.paths, dry_run=args.dry_run, valid_rows_only=args.valid_rows_only
    )
    print(report.summary())
    if args.report is not None:
        args.report.write_bytes(exports.report_xlsx(report.errors, report.summary()))
    if report.ok:
        return 0
    for error in report.row_errors(limit=200):
        print(f"- {error}", file=sys.stderr)
    if len(report.errors) > 200:
        print(f"… en nog {len(report.errors) - 200} fouten", file=sys.stderr)
    return 1


def _steward_command(store: Store, args: argparse.Namespace) -> int:
    if args.command == "export" and args.format == "xlsx":
        args.out.write_bytes(exports.export_xlsx(store, _steward(args)))
        print(f"Database uitgevoerd naar {args.out}.")
    elif args.command == "export":
        written = exports.export_parquet(store, _steward(args), args.out)
        print(f"{len(written)} Parquet-bestanden geschreven in {args.out}.")
    elif args.command == "backup":
        print(f"Reservekopie gemaakt: {backup.create_backup(store, _steward(args), args.dir)}")
    elif args.participant is not None:
        count = erasure.erase_participant(store, _steward(args), args.participant)
        print(
            f"{count} instrumentscore(s) van de deelnemer gewist (Zelfredzaamheid-Matrix en Positieve Gezondheid);"
            " het wissen is vastgelegd (zonder pseudoniem)."
        )
    else:
        erased = erasure.erase_storyteller(store, _steward(args), args.storyteller)
        print(f"{erased.stories} verhaal/verhalen gewist; het wissen is vastgelegd (zonder pseudoniem of inhoud).")
        for quote in erased.quotes:
            print(f"Citaat gewist uit {quote.kind} {quote.record}, veld {quote.field}.")
    return 0


def _dossier(store: Store, args: argparse.Namespace) -> int:
    """The dossier as the municipality sees it; the command line asks as the organisation's steward."""
    kind = args.out.suffix.lower()
    if kind not in (".pdf", ".xlsx"):
        print(f"Kies een bestand dat eindigt op .pdf of .xlsx, niet {args.out.name}.", file=sys.stderr)
        return 2
    months = {name: parse_month(text) for name, text in (("van", args.start), ("tot", args.end)) if text}
    if None in months.values():
        print("Schrijf een maand als JJJJ-MM, bijvoorbeeld 2025-01.", file=sys.stderr)
        return 2
    started = time.perf_counter()
    steward = _steward(args)
    found = dossier.build(
        store, steward, args.programme, start=months.get("van"), end=months.get("tot"), municipality_code=args.gemeente
    )
    render = dossier.dossier_pdf if kind == ".pdf" else dossier.dossier_xlsx
    args.out.write_bytes(render(found, args.lang))
    print(f"Dossier geschreven naar {args.out} ({time.perf_counter() - started:.1f} s).")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "value":
            _print_value(args.case, args.json)
            return 0
        if args.command == "mask":
            sys.stdout.write(mask(sys.stdin.read()).text)
            return 0
        if args.command == "template":
            args.out.write_bytes(templates.template_xlsx())
            print(f"Sjabloon geschreven naar {args.out}.")
            return 0
        path = args.db or database_path()
        if args.command == "import":
            try:
                return _import(path, args)
            except (ImportFailed, value_module.InvalidCase, DatabaseExists, DatabaseLocked, Refused):
                raise
            except Exception as error:  # a bug of ours: a sentence for the steward, never a traceback
                print(t("gegevens.unexpected", "nl", kind=type(error).__name__), file=sys.stderr)
                return 3
        if args.command == "restore":
            version = backup.restore_backup(path, args.backup, _steward(args))
            print(f"Reservekopie {args.backup.name} teruggezet in {path} (schema {version}).")
            return 0
        if args.command == "dossier":
            if not database_file.exists(path):
                print(f"De database {path} bestaat niet.", file=sys.stderr)
                return 2
            return _dossier(open_store(path), args)
        if args.command in ("export", "backup", "erase"):
            if not database_file.exists(path):
                print(f"De database {path} bestaat niet.", file=sys.stderr)
                return 2
            return _steward_command(open_store(path), args)
        if args.command == "mask-missing":
            counts = mask_missing(open_store(path), _steward(args))
            for table, count in counts.items():
                print(f"  {table:<16} {count:>6} gemaskeerd")
            return 0
        if args.command == "retention":
            steward = _steward(args)
            days = args.days if args.days is not None else retention_days()
            changed = apply_retention(open_store(path), steward, days=days)
            print(f"{changed} verhalen gemaskeerd.")
            return 0
        if args.command == "demo":
            if args.if_missing and database_file.exists(path):
                made = mask_missing_in_demo(open_store(path))  # texts written before an upgrade added twins
                print(f"Database {path} bestaat al; {made} ontbrekende gemaskeerde teksten aangevuld.")
                return 0
            started = time.perf_counter()
            stories = args.stories if args.stories is not None else args.scale // 10
            counts = build_demo(path, force=args.force, measurements=args.scale, stories=stories)
            print(f"Demodatabase gebouwd in {path} ({time.perf_counter() - started:.1f} s):")
            for table, count in counts.items():
                print(f"  {table:<16} {count:>10,}".replace(",", "."))
    except (ImportFailed, value_module.InvalidCase) as error:
        print(error, file=sys.stderr)
        return 1
    except (DatabaseExists, DatabaseLocked, Refused) as error:
        print(error, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
