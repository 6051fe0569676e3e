"""manage.py import_data PATH: an export back into the database, whole or merged."""
from django.core.management.base import BaseCommand, CommandError

from claims.dataset.importing import LoadError, import_data
from claims.management.commands.export_data import progress_bars


class Command(BaseCommand):
    help = ("Import an export made by export_data. Into an empty database every row comes back with its id and "
            "version; a database holding data is refused unless --merge, which adds what it lacks, matching rows by "
            "natural keys (canonical URL or content hash, slugs, a claim's source and figure offsets). Checksums are "
            "verified first; a bad row is named by file and line, and nothing is imported.")

    def add_arguments(self, parser):
        parser.add_argument("path", help="The export's directory (with its manifest.json).")
        parser.add_argument("--merge", action="store_true",
                            help="Into a database that holds data: add the rows it lacks, keep those it has.")

    def handle(self, path, merge, verbosity, **options):
        try:
            summary = import_data(path, merge=merge, progress=progress_bars(verbosity))
        except LoadError as exc:
            raise CommandError(f"Nothing was imported. {exc}") from None
        parts = [f"{name} {s['added']}" + (f" of {s['rows']}" if s["added"] != s["rows"] else "")
                 for name, s in summary.items() if s["rows"]]
        return f"Imported from {path}: {', '.join(parts) or 'nothing'}."
