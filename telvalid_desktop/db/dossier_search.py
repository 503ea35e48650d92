"""Search of the dossier list through each database's trigram index (issue 16).

Every word of the search must appear, ignoring case and accents, in part of a dossier's
number or of its known procedure's customer name, telephony group or account. A ``LIKE
'%word%'`` reads all 100,000 rows (100 ms and more); a trigram index finds the few that
hold a word's three-letter pieces. The index holds one text per dossier, its number and
its known procedure's columns, so a search reads no join; the database itself rewrites a
dossier's text when the dossier or its known procedure changes (triggers):

- SQLite: a table of the texts and its FTS5 index (``trigram`` tokenizer, the table as its
  external content). SQLite 3.40 has no accent removal for trigrams, so the triggers fold
  accents with ``replace()``: plain SQL, so the sqlite3 command line, a backup tool or any
  connection writing the file keeps the index right (a Python function registered by the
  application would be unknown to them, and fail).
- PostgreSQL: a ``dossier.search_text`` column, lowercase and unaccented (``unaccent``),
  with a GIN ``gin_trgm_ops`` index (``pg_trgm``). Not an expression index nor a generated
  column: those only see their own row, and joining the known procedures' matches to
  their dossiers cost 4 µs a row (44 ms for the page and count of a name on 2.5% of them).

Words shorter than three letters have no trigram: they are matched by ``LIKE`` on the same
folded text, slower. A role that may not create the PostgreSQL extensions (or a SQLite
without FTS5) gets the former search, ``LIKE`` on the columns where accents matter, and a
warning in the log. A later column (an e-mail's sender) is one more name in
``SEARCHED_COLUMNS`` and a migration step calling ``create_search_index`` again: it
rebuilds what it creates.
"""

from __future__ import annotations

import logging
import operator
import unicodedata
import weakref
from collections.abc import Sequence
from functools import reduce

import peewee

from telvalid_desktop.db.models import Dossier, KnownProcedure, database_proxy

log = logging.getLogger(__name__)

# The known procedure's columns in a dossier's text, after the dossier's number (space separated:
# a word never holds a space, so it cannot match across two columns).
SEARCHED_COLUMNS: tuple[str, ...] = ("customer_name", "telephony_group", "account")
TRIGRAM = 3  # a shorter word has no trigram to look up: it is matched by LIKE
EXTENSIONS = ("pg_trgm", "unaccent")
TEXT_TABLE = "dossier_search_text"  # SQLite: each dossier's folded text
SEARCH_TABLE = "dossier_search"  # SQLite: the FTS5 index of those texts
SEARCH_COLUMN = "search_text"  # PostgreSQL: the dossiers' column, and its index dossier_search_text
SQLITE_TOKENIZER = "trigram"  # case_sensitive 0 by default; remove_diacritics needs SQLite 3.45

# Letters NFKD leaves whole (ligatures, a stroked letter), folded as PostgreSQL's unaccent does.
_UNDECOMPOSED = {"Œ": "OE", "œ": "oe", "Æ": "AE", "æ": "ae", "ß": "ss", "Ø": "O", "ø": "o"}
_FOLD_CHUNK = 16  # replace() calls nested in one SELECT of the SQLite triggers


def _latin_folds() -> dict[str, str]:
    """The accented letters of Latin-1 (French, Spanish, German, Portuguese, Italian...) and Ÿ, with
    their plain letters, plus ligatures: one table for the SQLite triggers and for the user's words.

    Not every Latin letter: the SQLite triggers spell each one as a ``replace()``."""
    folds = {}
    for letter in [chr(code) for code in range(0xC0, 0x100)] + ["Ÿ"]:
        plain = "".join(part for part in unicodedata.normalize("NFKD", letter) if not unicodedata.combining(part))
        if plain != letter and plain.isascii() and plain.isalpha():
            folds[letter] = plain
    return folds | _UNDECOMPOSED


FOLDS = _latin_folds()
_FOLD_TABLE = str.maketrans(FOLDS)


def fold(text: str) -> str:
    """``text`` as the index holds it: accents dropped, case folded ("Élodie" -> "elodie").

    NFKD, but only on the letters the SQLite triggers fold too: decomposing every character
    (Cyrillic "й" gives "и") would make a word typed as stored miss its row.
    """
    return text.translate(_FOLD_TABLE).casefold()


def search_condition(search: str) -> peewee.Expression | None:
    """The dossiers holding every word of ``search`` (``None``: no word, every dossier)."""
    words = search.split()
    if not words:
        return None
    database = database_proxy.obj
    if not _indexed(database):
        return _unindexed_condition(words)
    folded = [fold(word) for word in words]
    if isinstance(database, peewee.PostgresqlDatabase):
        return _postgres_condition(folded)
    return Dossier.id.in_(_sqlite_matches(folded))


def _unindexed_condition(words: Sequence[str]) -> peewee.Expression:
    """The former search, where the index could not be created: LIKE on the columns themselves."""
    known = [
        reduce(operator.or_, [getattr(KnownProcedure, column).contains(word) for column in _watched(SEARCHED_COLUMNS)])
        for word in words
    ]
    named = KnownProcedure.select(KnownProcedure.procedure_number).where(reduce(operator.and_, known))
    by_number = reduce(operator.and_, [Dossier.procedure_number.contains(word) for word in words])
    return Dossier.procedure_number.in_(named) | by_number


def _like_pattern(word: str) -> str:
    """``%word%`` with LIKE's own wildcards escaped (backslash: PostgreSQL's default, SQLite's ESCAPE)."""
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _postgres_condition(words: Sequence[str]) -> peewee.Expression:
    """``search_text LIKE`` each word, lowercased and unaccented by the server as the column is
    (letters beyond ``FOLDS``, Vietnamese or Greek, match too). The IMMUTABLE wrapper lets the
    planner read the pattern when it plans, so it knows how many rows a word leaves."""
    text = peewee.Column(Dossier, SEARCH_COLUMN)
    patterns = [peewee.fn.lower(peewee.fn.telvalid_unaccent(_like_pattern(word))) for word in words]
    return reduce(operator.and_, [text % pattern for pattern in patterns])  # % is LIKE


def _sqlite_matches(words: Sequence[str]) -> peewee.Node:
    """Ids of the dossiers whose text holds every word: one MATCH of quoted phrases (a trigram
    phrase is an exact substring) for the long words, then LIKE on the texts found for the short
    ones (on every text when all are short: a plain table reads four times faster than FTS5)."""
    long_words = [word for word in words if len(word) >= TRIGRAM]
    matched = " AND ".join('"' + word.replace('"', '""') + '"' for word in long_words)
    short = [_like_pattern(word) for word in words if len(word) < TRIGRAM]
    if not short:
        return peewee.SQL(f"(SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH ?)", [matched])
    conditions = ["body LIKE ? ESCAPE '\\'"] * len(short)
    if long_words:
        conditions.append(f"id IN (SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH ?)")
    params = [*short, matched] if long_words else short
    return peewee.SQL(f"(SELECT id FROM {TEXT_TABLE} WHERE {' AND '.join(conditions)})", params)


_INDEXED: weakref.WeakKeyDictionary[peewee.Database, bool] = weakref.WeakKeyDictionary()


def _indexed(database: peewee.Database) -> bool:
    """Whether ``database`` has the search index (read once per database: it comes with a migration)."""
    if database not in _INDEXED:
        if isinstance(database, peewee.PostgresqlDatabase):
            query = f"SELECT to_regclass('dossier_{SEARCH_COLUMN}') IS NOT NULL"
        else:
            query = f"SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = '{SEARCH_TABLE}')"
        _INDEXED[database] = bool(database.execute_sql(query).fetchone()[0])
    return _INDEXED[database]


def _watched(columns: Sequence[str]) -> tuple[str, ...]:
    """The known procedure's columns whose change rewrites a dossier's text: a new number moves it."""
    return ("procedure_number", *columns)


def create_search_index(database: peewee.Database, columns: Sequence[str]) -> None:
    """(Re)create the search index of the dossiers' numbers and their known procedures'
    ``columns``, filled for the rows already there. Run inside a migration step's transaction."""
    _INDEXED.pop(database, None)
    if isinstance(database, peewee.PostgresqlDatabase):
        _create_postgres_index(database, columns)
    else:
        _create_sqlite_index(database, columns)


def _allowed(database: peewee.Database, statements: Sequence[str]) -> bool:
    """Run ``statements`` in a savepoint; False, and a warning, when the database refuses them
    (an extension the role may not create, a SQLite built without FTS5): the rest goes on."""
    try:
        with database.atomic():
            for statement in statements:
                database.execute_sql(statement)
    except peewee.DatabaseError as refusal:
        log.warning("dossier search without its index (slower, accents matter): %s", str(refusal).strip())
        return False
    return True


def _extension_schema(database: peewee.Database, name: str) -> str:
    """The schema an extension lives in (one created elsewhere before us stays there)."""
    query = "SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = %s"
    return str(database.execute_sql(query, (name,)).fetchone()[0])


def _postgres_functions(database: peewee.Database, columns: Sequence[str]) -> tuple[str, ...]:
    """The functions of the PostgreSQL index: the unaccent wrapper, a dossier's text by its
    number, and the two trigger functions (a dossier's own row; the dossiers of a procedure)."""
    unaccent = _extension_schema(database, "unaccent")
    known = " || ' ' || ".join(f"k.{column}" for column in columns)
    return (
        # unaccent() is only STABLE (its dictionary could change): IMMUTABLE lets the planner fold a pattern.
        "CREATE OR REPLACE FUNCTION telvalid_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT"
        f" PARALLEL SAFE AS $$ SELECT {unaccent}.unaccent('{unaccent}.unaccent'::regdictionary, $1) $$",
        "CREATE OR REPLACE FUNCTION telvalid_dossier_text(text) RETURNS text LANGUAGE sql STABLE AS $$"
        f" SELECT lower(telvalid_unaccent($1 || coalesce((SELECT ' ' || {known} FROM known_procedure k"
        " WHERE k.procedure_number = $1), ''))) $$",
        "CREATE OR REPLACE FUNCTION telvalid_dossier_search_text() RETURNS trigger LANGUAGE plpgsql AS $$"
        f" BEGIN NEW.{SEARCH_COLUMN} := telvalid_dossier_text(NEW.procedure_number); RETURN NEW; END $$",
        "CREATE OR REPLACE FUNCTION telvalid_known_procedure_search_text() RETURNS trigger LANGUAGE plpgsql AS $$"
        f" BEGIN UPDATE dossier SET {SEARCH_COLUMN} = telvalid_dossier_text(procedure_number)"
        " WHERE procedure_number IN (OLD.procedure_number, NEW.procedure_number); RETURN NULL; END $$",
    )


def _create_postgres_index(database: peewee.Database, columns: Sequence[str]) -> None:
    """The column, its triggers (fired only when a searched value changes: an import rewriting
    the same values touches no dossier), its text for the rows already there, its GIN index."""
    if not _allowed(database, [f"CREATE EXTENSION IF NOT EXISTS {name}" for name in EXTENSIONS]):
        return
    old, new = (", ".join(f"{row}.{column}" for column in _watched(columns)) for row in ("OLD", "NEW"))
    own_text, dossiers_text = "telvalid_dossier_search_text()", "telvalid_known_procedure_search_text()"
    triggers = (  # table, trigger, when, condition, function
        ("dossier", "search_text_insert", "BEFORE INSERT", "", own_text),
        (
            "dossier",
            "search_text_update",
            "BEFORE UPDATE OF procedure_number",
            "WHEN (OLD.procedure_number IS DISTINCT FROM NEW.procedure_number)",
            own_text,
        ),
        ("known_procedure", "search_text_insert_delete", "AFTER INSERT OR DELETE", "", dossiers_text),
        (
            "known_procedure",
            "search_text_update",
            f"AFTER UPDATE OF {', '.join(_watched(columns))}",
            f"WHEN (({old}) IS DISTINCT FROM ({new}))",
            dossiers_text,
        ),
    )
    for statement in _postgres_functions(database, columns):
        database.execute_sql(statement)
    database.execute_sql(f"ALTER TABLE dossier ADD COLUMN IF NOT EXISTS {SEARCH_COLUMN} text")
    for table, name, when, condition, function in triggers:
        database.execute_sql(f"DROP TRIGGER IF EXISTS {table}_{name} ON {table}")
        database.execute_sql(
            f"CREATE TRIGGER {table}_{name} {when} ON {table} FOR EACH ROW {condition} EXECUTE FUNCTION {function}"
        )
    database.execute_sql(f"UPDATE dossier SET {SEARCH_COLUMN} = telvalid_dossier_text(procedure_number)")
    trigrams = _extension_schema(database, "pg_trgm")
    database.execute_sql(
        f"CREATE INDEX IF NOT EXISTS dossier_{SEARCH_COLUMN} ON dossier"
        f" USING gin ({SEARCH_COLUMN} {trigrams}.gin_trgm_ops)"
    )
    # Statistics of the new column now: without them the planner guesses a word leaves 0.8% of the
    # dossiers and walks the whole last-activity index for a number found 54 times (130 ms, not 6).
    database.execute_sql("ANALYZE dossier")


def _sqlite_rows(columns: Sequence[str], where: str) -> str:
    """SELECT of ``id`` and the folded ``text`` of the dossiers ``where`` says (alias ``d``).

    SQLite 3.40's parser overflows past about 30 nested calls: the ``replace()`` run in nested
    SELECTs of ``_FOLD_CHUNK`` each (SQLite flattens them back into one). FTS5 folds the case.
    """
    known = " || ' ' || ".join(f"k.{column}" for column in columns)
    select = (
        f"SELECT d.id AS id, d.procedure_number || coalesce(' ' || {known}, '') AS text FROM dossier d"
        f" LEFT JOIN known_procedure k ON k.procedure_number = d.procedure_number {where}"
    )
    folds = list(FOLDS.items())
    for start in range(0, len(folds), _FOLD_CHUNK):
        text = "text"
        for letter, plain in folds[start : start + _FOLD_CHUNK]:
            text = f"replace({text}, '{letter}', '{plain}')"
        select = f"SELECT id, {text} AS text FROM ({select})"
    return select


def _create_sqlite_index(database: peewee.Database, columns: Sequence[str]) -> None:
    """The table of each dossier's folded text (id: the dossier's), its FTS5 index, both filled
    now, and the triggers that rewrite a dossier's text when a searched value of it or its
    procedure changes (and keep the index in step with the texts)."""
    created = (
        f"DROP TABLE IF EXISTS {SEARCH_TABLE}",
        f"DROP TABLE IF EXISTS {TEXT_TABLE}",
        f"CREATE TABLE {TEXT_TABLE} (id INTEGER PRIMARY KEY, body TEXT NOT NULL)",
        f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5(body, content = '{TEXT_TABLE}', content_rowid = 'id',"
        f" tokenize = '{SQLITE_TOKENIZER}')",
    )
    if not _allowed(database, created):
        return
    database.execute_sql(f"INSERT INTO {TEXT_TABLE} (id, body) SELECT id, text FROM ({_sqlite_rows(columns, '')})")
    database.execute_sql(f"INSERT INTO {SEARCH_TABLE} ({SEARCH_TABLE}) VALUES ('rebuild')")

    def rewrite(where: str) -> str:
        rows = _sqlite_rows(columns, where)
        return (
            f"DELETE FROM {TEXT_TABLE} WHERE id IN (SELECT d.id FROM dossier d {where});"
            f" INSERT INTO {TEXT_TABLE} (id, body) SELECT id, text FROM ({rows});"
        )

    old, new = (", ".join(f"{row}.{column}" for column in _watched(columns)) for row in ("OLD", "NEW"))
    triggers = {  # an external content FTS5 table is told what was indexed: the old text to delete
        f"{TEXT_TABLE}_insert": (
            f"INSERT ON {TEXT_TABLE}",
            f"INSERT INTO {SEARCH_TABLE} (rowid, body) VALUES (NEW.id, NEW.body);",
        ),
        f"{TEXT_TABLE}_delete": (
            f"DELETE ON {TEXT_TABLE}",
            f"INSERT INTO {SEARCH_TABLE} ({SEARCH_TABLE}, rowid, body) VALUES ('delete', OLD.id, OLD.body);",
        ),
        f"{SEARCH_TABLE}_dossier_insert": ("INSERT ON dossier", rewrite("WHERE d.id = NEW.id")),
        f"{SEARCH_TABLE}_dossier_update": (
            "UPDATE OF procedure_number ON dossier WHEN OLD.procedure_number IS NOT NEW.procedure_number",
            rewrite("WHERE d.id = NEW.id"),
        ),
        f"{SEARCH_TABLE}_dossier_delete": ("DELETE ON dossier", f"DELETE FROM {TEXT_TABLE} WHERE id = OLD.id;"),
        f"{SEARCH_TABLE}_known_insert": (
            "INSERT ON known_procedure",
            rewrite("WHERE d.procedure_number = NEW.procedure_number"),
        ),
        f"{SEARCH_TABLE}_known_update": (
            f"UPDATE OF {', '.join(_watched(columns))} ON known_procedure WHEN ({old}) IS NOT ({new})",
            rewrite("WHERE d.procedure_number IN (OLD.procedure_number, NEW.procedure_number)"),
        ),
        f"{SEARCH_TABLE}_known_delete": (
            "DELETE ON known_procedure",
            rewrite("WHERE d.procedure_number = OLD.procedure_number"),
        ),
    }
    for name, (event, actions) in triggers.items():
        database.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
        database.execute_sql(f"CREATE TRIGGER {name} AFTER {event} BEGIN {actions} END")
