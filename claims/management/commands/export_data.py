"""manage.py export_data PATH: everything factcheck holds, as JSON Lines files and a manifest."""
import sys

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from claims.dataset.exporting import ExportError, export_data


def progress_bars(verbosity: int):
    """A tqdm factory printing to stderr, or silent bars at verbosity 0."""
    def bar(**kwargs):
        return tqdm(file=sys.stderr, disable=verbosity == 0, leave=verbosity > 1, **kwargs)
    return bar


class Command(BaseCommand):
    help = ("Write every source (with its text), speaker, statistic, official figure and release, claim, "
            "appearance, evidence link, finding, correction and history entry into PATH as JSON Lines files with "
            "a manifest.json (format version, counts, sha256 checksums). See claims/dataset/format.py.")

    def add_arguments(self, parser):
        parser.add_argument("path", help="A directory to create (or an empty one).")
        parser.add_argument("--overwrite", action="store_true", help="Replace an export already in PATH.")

    def handle(self, path, overwrite, verbosity, **options):
        try:
            manifest = export_data(path, progress=progress_bars(verbosity), overwrite=overwrite)
        except ExportError as exc:
            raise CommandError(str(exc)) from None
        counts = ", ".join(f"{f['entity']} {f['count']}" for f in manifest["files"] if f["count"])
        return f"Exported to {path}: {counts or 'nothing'}."
