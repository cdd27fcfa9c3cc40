"""Ranked Dutch full-text search over stories, on an inverted word table in DuckDB.

DuckDB's fts extension cannot be installed offline, and ILIKE over 100,000 stories takes
80-350 ms. So every story's masked title, text and significance are split into words in
SQL (``story_word``: story, word, count); each word gets its Snowball Dutch stem
(``word_stem``). A query word matches every word with the same stem or that starts with
its stem, so "eenzaam" finds "eenzaamheid" and "eenzaamheidsgevoel". Results are ranked
with BM25; the average story length is taken over the stories that hold a query word, so
a query never reads the text of every story. Only masked text is indexed, so nobody finds
a story by a name they may not see.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import pandas as pd
import snowballstemmer

from impact_core.access.viewer import Viewer
from impact_core.betekenisgeving.collection import story_columns, visible_stories
from impact_core.condition import Condition
from impact_core.db.store import ConcurrentWrite, ConstraintError, Cursor, Store, insert_frame
from impact_core.filters import Filters

# BM25's usual constants.
_K1, _B = 1.2, 0.75
_MIN_PREFIX = 4
_WORDS_SQL = (
    "unnest(regexp_split_to_array(strip_accents(lower(concat_ws(' ', masked_title, masked_text, "
    "masked_significance))), '[^a-z0-9]+'))"
)


@functools.cache
def _stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("dutch")


def stem(word: str) -> str:
    return _stemmer().stemWord(word)


def words(text: str) -> list[str]:
    """The words of ``text`` as the index holds them: lower case, accents stripped."""
    folded = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(char for char in folded if not unicodedata.combining(char))
    return [word for word in re.split(r"[^a-z0-9]+", folded) if len(word) > 1]


def index_stories(cur: Cursor, story_ids: list[str] | None = None) -> None:
    """(Re)build the index for these stories, or for all stories when ``story_ids`` is None."""
    if story_ids is None:
        cur.execute("DELETE FROM story_word")
        which = "TRUE"
    else:
        if not story_ids:
            return
        cur.register("indexing", pd.DataFrame({"id": list(story_ids)}))
        which = "id IN (SELECT id FROM indexing)"
        cur.execute("DELETE FROM story_word WHERE story_id IN (SELECT id FROM indexing)")
    # Sorted by word, so DuckDB's min/max zone maps skip most of the table for a lookup.
    cur.execute(
        f"""
        INSERT INTO story_word
        SELECT id, word, n, (sum(n) OVER (PARTITION BY id))::INTEGER FROM (
            SELECT id, word, count(*)::INTEGER AS n
            FROM (SELECT id, {_WORDS_SQL} AS word FROM story WHERE {which})
            WHERE length(word) > 1 GROUP BY ALL
        ) ORDER BY word
        """
    )
    new = cur.execute("SELECT DISTINCT word FROM story_word WHERE word NOT IN (SELECT word FROM word_stem)").df()
    if not new.empty:
        new["stem"] = [stem(word) for word in new["word"]]
        try:
            insert_frame(cur, "word_stem", new)
        except ConstraintError as error:
            # Another writer added the same new word after this transaction began; run again, it is there.
            raise ConcurrentWrite(str(error)) from error


def search(
    store: Store, viewer: Viewer, query: str, filters: Filters, *, domain: str | None = None, limit: int = 20
) -> pd.DataFrame:
    """The visible stories that best match ``query``, best first, with a score."""
    terms = list(dict.fromkeys(stem(word) for word in words(query)))
    if not terms:
        return pd.DataFrame(columns=["id", "title", "text", "domain", "collected_on", "valence", "intention", "score"])
    where = visible_stories(viewer, filters)
    if domain:
        where &= Condition("domain = $domain", {"domain": domain})
    return store.query(
        f"""
        WITH q AS (SELECT unnest($terms::VARCHAR[]) AS stem, generate_subscripts($terms::VARCHAR[], 1) AS term_no),
        matched AS (
            SELECT DISTINCT q.term_no, w.word FROM q JOIN word_stem w
              ON w.stem = q.stem OR (length(q.stem) >= {_MIN_PREFIX} AND starts_with(w.word, q.stem))
        ),
        postings AS (
            SELECT m.term_no, w.story_id, sum(w.n) AS tf, any_value(w.story_length) AS len
            FROM story_word w JOIN matched m ON w.word = m.word
            WHERE w.word IN (SELECT word FROM matched)
            GROUP BY ALL
        ),
        visible AS (SELECT p.* FROM postings p WHERE p.story_id IN (SELECT id FROM story WHERE {where.sql})),
        stats AS (
            SELECT (SELECT count(*) FROM story WHERE {where.sql}) AS n, avg(len) AS avg_len
            FROM (SELECT DISTINCT story_id, len FROM visible)
        ),
        df AS (SELECT term_no, count(*) AS df FROM visible GROUP BY term_no),
        scored AS (
            SELECT v.story_id,
                   sum(ln(1 + (st.n - df.df + 0.5) / (df.df + 0.5))
                       * v.tf * ({_K1} + 1) / (v.tf + {_K1} * (1 - {_B} + {_B} * v.len / st.avg_len))) AS score
            FROM visible v JOIN df USING (term_no), stats st
            GROUP BY v.story_id
            ORDER BY score DESC, v.story_id
            LIMIT $limit
        )
        SELECT s.id, {story_columns(viewer, "s")}, s.domain, s.collected_on, s.valence, s.intention, sc.score
        FROM story s JOIN scored sc ON s.id = sc.story_id
        WHERE s.id IN (SELECT story_id FROM scored)
        ORDER BY sc.score DESC, s.id
        """,
        where.params_with(terms=terms, limit=limit),
    )


def snippet(text: str, query: str, *, width: int = 90) -> str:
    """A piece of ``text`` around the first word that matches ``query``."""
    stems = [stem(word) for word in words(query)]
    for match in re.finditer(r"\w+", text):
        found = words(match.group())
        if found and any(_matches(found[0], term) for term in stems):
            start = max(0, match.start() - width // 2)
            piece = text[start : start + width * 2].strip()
            return ("…" if start else "") + piece + ("…" if start + width * 2 < len(text) else "")
    return text[: width * 2] + ("…" if len(text) > width * 2 else "")


def _matches(word: str, term: str) -> bool:
    return stem(word) == term or (len(term) >= _MIN_PREFIX and word.startswith(term))
