"""Argument types shared by the management commands."""
import argparse
from datetime import date


def iso_date(value: str) -> date:
    """argparse type for YYYY-MM-DD; a bad value is reported naming the option."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date in the form YYYY-MM-DD") from None
