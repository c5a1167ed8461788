"""The `detente` command: a thin shell that parses arguments, calls the library and renders.

Exit status: 0 success, 1 failure (a DetenteError), 2 usage error, 3 finished with problems.
Each command group lives in its own module and adds itself through ``register(app)``.
"""

from __future__ import annotations

import sys
import traceback

import typer

from detente.cli import actors, analyse, code, explain, info, ingest, query, questions, serve, watch
from detente.errors import DetenteError, UsageError

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_PROBLEMS = 3

app = typer.Typer(
    name="detente",
    help="Turn news text into coded political events (CAMEO/PLOVER) with actors, dates and factuality.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for _module in (code, ingest, query, actors, explain, analyse, questions, serve, info, watch):
    _module.register(app)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; return (and exit with) its status. ``--debug`` shows tracebacks."""
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args
    if debug:
        args.remove("--debug")
    try:
        result = app(args=args, standalone_mode=False)
    except DetenteError as err:
        if debug:
            traceback.print_exc()
        print(err.render(), file=sys.stderr)
        code_ = EXIT_USAGE if isinstance(err, UsageError) else EXIT_FAILED
        sys.exit(code_)
    except typer.Exit as exit_:
        sys.exit(exit_.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        print("aborted", file=sys.stderr)
        sys.exit(EXIT_FAILED)
    except typer.TyperException as err:  # usage errors of the argument parser (exit status 2)
        err.show()  # type: ignore[attr-defined]
        sys.exit(getattr(err, "exit_code", EXIT_USAGE))
    except Exception:  # noqa: BLE001 - the CLI's outermost boundary: show the traceback and call it a bug
        traceback.print_exc()
        print("error: this is a bug in detente; please report it with the traceback above and "
              "the output of `detente info`", file=sys.stderr)
        sys.exit(EXIT_FAILED)
    sys.exit(result if isinstance(result, int) else EXIT_OK)
