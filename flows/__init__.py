"""Prefect flows of the dataset (see `flows.pipeline`).

Defaults for Prefect's settings, set before Prefect is first imported (through
this package) and only where the user has not set them:
- the ephemeral API's first start migrates a SQLite database, which takes more
  than Prefect's 20 s default on a small or busy machine;
- Prefect's telemetry writes to that database at start-up and can hit
  "database is locked", printing a traceback that means nothing to users;
- Prefect's client telemetry prints a notice on the first run in a terminal
  (DO_NOT_TRACK is the switch it reads).
"""

import os

os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")


def prefect_console_handlers() -> list:
    """Prefect's console log handlers wherever logging attached them (imports Prefect)."""
    import logging

    from prefect.logging.handlers import PrefectConsoleHandler

    loggers = [logging.getLogger()] + [logging.getLogger(n) for n in logging.root.manager.loggerDict]
    found = {id(h): h for lg in loggers if isinstance(lg, logging.Logger)
             for h in lg.handlers if isinstance(h, PrefectConsoleHandler)}
    return list(found.values())
