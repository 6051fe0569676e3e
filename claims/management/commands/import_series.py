from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.consistency.releases import import_series
from claims.consistency.series import SeriesError


class Command(BaseCommand):
    help = (
        "Import an official series from CSV (columns: statistic, period start, period end, value, publisher, URL, "
        "released on, and optionally title; statistic is the statistic's slug). Rows citing one publication are "
        "one release. All or nothing: bad rows are reported by line number. Claims about the statistics whose "
        "figures are new or revised are rechecked."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Path to the CSV file (UTF-8).")

    def handle(self, *args, file, **options):
        try:
            text = Path(file).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as e:
            raise CommandError(f"Cannot read {file}: {e}") from None
        try:
            result = import_series(text)
        except SeriesError as e:
            raise CommandError("Nothing imported. " + " ".join(f"{err}." for err in e.errors)) from None
        self.stdout.write(
            f"Imported {result['releases']} releases: {result['created']} new figures, {result['revised']} revised, "
            f"{result['revisions']} revision findings; claims under {len(result['statistic_ids'])} statistics "
            "queued for a consistency check."
        )
