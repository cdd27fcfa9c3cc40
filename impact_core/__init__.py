"""Impactdialoog's library: everything that is not drawing. The groups mirror the app's top bar.

Package map (tests/test_docs.py keeps it, and the README's layout section, true):

```
models          pydantic models and enums: every entity, field, allowed value
bsn             the one rule for citizen numbers: BSN and rijksregisternummer, any spelling
pseudonym       the one rule for a storyteller's pseudonym: a code such as VT-0012, never a name
condition       a SQL condition with its named parameters; & and | combine them
filters         the filter bar's choices as SQL conditions
config          settings from the environment (database path, small-cell threshold, retention)
i18n/           every user-facing string, Dutch first, English second; t(), label(), numbers
  shell           the app's frame: sign-in, navigation, filters, presentation, refusals
  doelmatigheid   texts of the numbers track
  betekenisgeving texts of the stories track
  vakmanschap     texts of the craft track
  samen           texts of the dialogue table, reasoning lines, meetings, dossier
  gegevens        texts of the data page
  labels          the names of allowed values
  flemish         nl-BE: the few texts Flemish usage words differently
refusal         Refused, NotAllowed, Invalid; Dutch words for a model's field errors
access/         who is looking and what they may do
  viewer          seats (role@organisation or role@municipality) and the read scopes in SQL
  policy          named actions; may() and require(), asked by the UI and by every write
  tenancy         which organisation each table's rows belong to
  signin          the mapping of signed-in users and groups to seats
  audit           the audit log: who wrote what, never the content
  deidentify      masking of names, places, numbers and BSNs in story text
  masking_worker  the one process per machine that runs deduce for every app process
db/             the store
  store           one connection per process, transactions, retry on conflict, migrations
  postgres        PostgreSQL as the engine: a pool, a cursor that answers as DuckDB's does
  dialect         the store's DuckDB SQL said in PostgreSQL's (sqlglot, and what it leaves)
  transfer        every row of one database into another, across engines: backups and restores
  migrations/     numbered SQL files (a module where SQL cannot say it): the schema
  rebuild         a table made anew with a changed CHECK, with every table that refers to it
  upsert          load a staged frame on natural keys
  measurement_month the measurements summed per indicator, programme and month, counted on every write
  database_file   build a database aside, then swap it in
  schema_check    what a restored backup may hold: exactly the schema's tables
  ids             one id generator, a prefix per kind of record
doelmatigheid/  the numbers track
  indicators      key indicators against targets, trends, neighbourhoods, the library
  value           SROI/MKBA business case arithmetic
  impactkaart     the quick estimate against reference projects
  instruments     ZRM and Positieve Gezondheid: first against latest per domain, up/same/down
  peers           publish suppressed aggregates, read peers' files, own line against their band
betekenisgeving/ the stories track
  collection      stories as each viewer may read them, per domain and impact type
  entry           recording a story with its reviewed masked text
  search          Dutch full-text search over the masked text
  selection       Most Significant Change selection rounds
  signification   the storyteller's own marks, and their patterns beside the panels' choices
vakmanschap/    the craft track
  reflections     reflections, moral deliberation, methods, the learning log
samen/          what joins the tracks
  reasoning       reasoning lines, evidence per step, the coverage map, editing
  conversation    the four conversation cards
  dialogue        the dialogue table as one view model, remembered per viewer and filters
  roadmap         the way in: the roadmap's steps and where a programme stands on each
  meetings/       leeratelier meetings
    records         participants, agenda, afspraken and besluiten, Effectenarena; who may write
    corrections     corrections and withdrawals with their history; nothing is deleted
    minutes         the minutes as one record, as each viewer may read them
    renderers       the minutes as Markdown and PDF
  catalog         the lists forms choose from: programmes, outcomes, neighbourhoods, stories
  dossier/        the legitimation dossier
    content         what a dossier holds, always as the municipality may see it
    pdf             the dossier as a PDF to read
    xlsx            the dossier as an Excel workbook to work with
gegevens/       data in and out
  tabular         reading CSV files and workbooks
  validation      row checks derived from the models
  importer        import with a row report, all or nothing
  templates       the import template
  exports         an organisation's export (Excel, Parquet), the import report as Excel
  backup          backup and restore of the whole database
  erasure         erasure of a storyteller's stories, or a participant's instrument scores
  quotes          quotes of erased stories in other texts
  retention       masking raw text after the retention period
  masking         masked twins for texts written before they existed (mask-missing)
  demo            the demo database
  synthetic       generated measurements and stories for benchmarks
render/         data in, picture out
  palette         the product's colours, named once (the theme, charts, pictures, PDFs)
  charts          plotly figures from plain data
  chart_text      each chart in words: a sentence and its figures as a table
  svg_trend       the dialogue table's small trend pictures
  svg_bars        the stories page's scale bars as pictures
  pdf             PDF building blocks
  markup          user text made safe for Markdown files
ui/             the only part that imports streamlit: session, filter bar, one module per page
```
"""
