from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.consistency import recheck_statistics
from claims.consistency.series import SeriesError, import_series


class Command(BaseCommand):
    help = (
        "Import an official series from CSV (columns: statistic, period start, period end, value, publisher, URL; "
        "statistic is the statistic's slug). All or nothing: bad rows are reported by line number. "
        "Claims about the statistics imported are rechecked."
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
        queued = recheck_statistics(result["statistic_ids"])
        self.stdout.write(
            f"Imported {result['created'] + result['updated']} rows ({result['created']} new, "
            f"{result['updated']} updated); {queued} claims queued for a consistency check."
        )
