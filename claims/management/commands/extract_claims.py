"""python manage.py extract_claims [--json] [--published YYYY-MM-DD] FILE"""
import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.extraction import extract_claims
from claims.management.arguments import iso_date


class Command(BaseCommand):
    help = "Print the quantitative claims found in one article (plain text file), as a table or as JSON."
    # Plain text in, JSON out: no database, no signing. Without system checks it runs on a
    # bare checkout with no SECRET_KEY, as the corpus scorer calls it.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("file", help="path to the article's plain text (UTF-8)")
        parser.add_argument("--json", action="store_true", help="print the JSON array the scorer reads")
        parser.add_argument("--published", type=iso_date,
                            help="publication date, YYYY-MM-DD: resolves 'in December', 'last month'")

    def handle(self, *args, **options):
        published = options["published"]
        path = Path(options["file"])
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise CommandError(f"file: {path} does not exist") from None
        except IsADirectoryError:
            raise CommandError(f"file: {path} is a directory, not an article") from None
        except UnicodeDecodeError:
            raise CommandError(f"file: {path} is not UTF-8 text") from None
        except OSError as exc:
            raise CommandError(f"file: {path} cannot be read ({exc.strerror})") from None
        claims = extract_claims(text, published=published)
        if options["json"]:
            self.stdout.write(json.dumps([c.to_json() for c in claims], ensure_ascii=False, indent=1))
            return
        if not claims:
            self.stdout.write("no claims found")
            return
        rows = [("figure", "value", "qualifier", "unit", "speaker", "period")]
        for c in claims:
            period = f"{c.period_start}..{c.period_end}" if c.period_start else ""
            rows.append((c.figure_text, f"{c.value:,}", c.qualifier or "", c.unit, c.speaker or "", period))
        widths = [min(max(len(r[i]) for r in rows), 40) for i in range(len(rows[0]))]
        for r in rows:
            self.stdout.write("  ".join(cell[:40].ljust(w) for cell, w in zip(r, widths)).rstrip())
        self.stdout.write(f"{len(claims)} claim{'s' if len(claims) != 1 else ''}")
