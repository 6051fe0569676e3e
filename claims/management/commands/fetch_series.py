import json

from django.core.management.base import BaseCommand, CommandError

from claims.consistency.connectors import PARSERS, ConnectorError, series_fetch, series_source_fetch
from claims.models import SeriesSource


class Command(BaseCommand):
    help = (
        "Fetch an official series from its publisher in the publisher's format (bls, csv, sdmx) and import it as a "
        "release. With --register NAME the series is also registered, so Celery beat refreshes it (daily by "
        "default). `fetch_series registered` fetches every registered series now. A fetch that finds nothing new "
        "changes nothing; a bad answer imports nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("connector", choices=[*sorted(PARSERS), "registered"])
        parser.add_argument("url", nargs="?", help="The publisher's URL (API call, CSV file, SDMX query).")
        parser.add_argument("--publisher", default="", help='e.g. "U.S. Bureau of Labor Statistics".')
        parser.add_argument("--options", default="{}", help="The connector's mapping as JSON (see the README).")
        parser.add_argument("--register", metavar="NAME", help="Register the series under this name.")
        parser.add_argument("--refresh-hours", type=int, default=24)

    def handle(self, *args, connector, url, publisher, options, register, refresh_hours, **rest):
        if connector == "registered":
            return self._registered()
        if not url:
            raise CommandError("url: required.")
        try:
            mapping = json.loads(options)
        except ValueError as exc:
            raise CommandError(f"--options: not JSON ({exc}).") from None
        if not isinstance(mapping, dict):
            raise CommandError("--options: a JSON object is required.")
        try:
            if register:
                source, _ = SeriesSource.objects.update_or_create(
                    name=register, defaults=dict(connector=connector, url=url, publisher=publisher, options=mapping,
                                                 refresh_hours=refresh_hours, active=True))
                result = series_source_fetch(source_id=source.pk)
            else:
                result = series_fetch(connector=connector, url=url, publisher=publisher, options=mapping)
        except ConnectorError as exc:
            raise CommandError(f"Nothing imported. {exc}") from None
        self.stdout.write(self._summary(result))

    def _registered(self):
        failed = 0
        for source in SeriesSource.objects.filter(active=True):
            try:
                self.stdout.write(f"{source.name}: {self._summary(series_source_fetch(source_id=source.pk))}")
            except ConnectorError as exc:
                failed += 1
                self.stderr.write(f"{source.name}: nothing imported. {exc}")
        if failed:
            raise CommandError(f"{failed} series could not be fetched.")

    @staticmethod
    def _summary(result: dict) -> str:
        if not (result["created"] or result["revised"]):
            return "Nothing new: no figure changed."
        return (f"Release {result['release_id']}: {result['created']} new figures, {result['revised']} revised, "
                f"{result['revisions']} revision findings.")
