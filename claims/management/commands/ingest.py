"""python manage.py ingest PATH_OR_URL [PATH_OR_URL ...] [--published YYYY-MM-DD]"""
import sys
from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from claims.ingestion import ingestion_create, ingestion_run
from claims.management.arguments import iso_date
from claims.models import IngestionJob
from sources.errors import SourceError
from sources.reading import decode_text

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
ARTICLE_SUFFIXES = HTML_SUFFIXES | {".txt", ".text"}


def _articles(arg: str) -> list[str]:
    if arg.startswith(("http://", "https://")):
        return [arg]
    path = Path(arg)
    if path.is_dir():
        found = sorted(str(p) for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
        if not found:
            raise CommandError(f"{arg}: no .txt or .html articles in this directory")
        return found
    if path.is_file():
        return [str(path)]
    raise CommandError(f"{arg}: no such file or directory, and not an http(s) URL")


class Command(BaseCommand):
    help = (
        "Ingest articles (plain-text or HTML files, directories of them, or URLs) as the API does, "
        "synchronously: record each source and suggest its claims. Ingesting again adds nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("articles", nargs="+", metavar="PATH_OR_URL")
        parser.add_argument("--published", type=iso_date, help="publication date of every article, YYYY-MM-DD")

    def handle(self, *args, **options):
        published = options["published"]
        items = [item for arg in options["articles"] for item in _articles(arg)]
        failed = created_sources = suggested = 0
        for item in tqdm(items, disable=len(items) < 2, file=sys.stderr, unit="article", desc="Ingesting"):
            job, error = self._ingest(item, published)
            if error:
                failed += 1
                self._say(self.style.ERROR(f"FAILED {item}: {error}"))
                continue
            created_sources += job.source_created
            suggested += job.claims_created
            title = f" ({job.source.title})" if job.source.title else ""
            self._say(
                f"{item}: {'new' if job.source_created else 'existing'} source {job.source.pk}{title}, "
                f"{job.claims_created} claims suggested, {job.claims_existing} already there"
            )
        summary = (f"Ingested {len(items) - failed} of {len(items)} articles: {created_sources} new sources, "
                   f"{suggested} claims suggested.")
        if failed:
            raise CommandError(f"{summary} {failed} failed.")
        self.stdout.write(self.style.SUCCESS(summary))

    def _say(self, line: str) -> None:
        # Above the progress bar rather than through it.
        tqdm.write(line, file=self.stdout, end="")

    def _ingest(self, item: str, published: date | None) -> tuple[IngestionJob | None, str]:
        if item.startswith(("http://", "https://")):
            fields = {"kind": IngestionJob.Kind.URL, "url": item}
        else:
            path = Path(item)
            try:
                content = decode_text(path.read_bytes())
            except SourceError as exc:
                return None, str(exc)
            kind = IngestionJob.Kind.HTML if path.suffix.lower() in HTML_SUFFIXES else IngestionJob.Kind.TEXT
            fields = {"kind": kind, "content": content}
        try:
            job = ingestion_create(**fields, published=published, queue=False)
        except SourceError as exc:
            return None, str(exc)
        job = ingestion_run(job_id=job.pk, final_attempt=True)
        return job, job.error if job.status == IngestionJob.Status.FAILED else ""
