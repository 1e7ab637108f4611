"""Pipeline commands (ingest, rebuild, quality, serve): registered by the pipeline work."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    """Adds the dataset commands to `kompass`; none exist yet."""
