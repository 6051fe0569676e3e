"""python manage.py export_reviewed [--out DIR] [--source ID ...]"""
import json
from itertools import groupby
from pathlib import Path

from django.core.management.base import BaseCommand

from claims import selectors
from claims.corpus import labelled_article

BATCH = 200


class Command(BaseCommand):
    help = ("Write the articles reviewers finished (no claim left suggested) as labelled-corpus cases: "
            "NAME.txt (the text) and NAME.gold.json (the claims kept), as data/corpus/README.md describes.")

    def add_arguments(self, parser):
        parser.add_argument("--out", default="data/corpus/reviewed", help="folder to write to (made if missing)")
        parser.add_argument("--source", type=int, action="append", dest="sources", metavar="ID",
                            help="only this source (repeatable)")

    def handle(self, *args, **options):
        out = Path(options["out"])
        out.mkdir(parents=True, exist_ok=True)
        sources = selectors.reviewed_sources()
        if options["sources"]:
            sources = sources.filter(pk__in=options["sources"])
        written = claims = 0
        ids = list(sources.values_list("pk", flat=True))
        for at in range(0, len(ids), BATCH):
            batch = sources.filter(pk__in=ids[at:at + BATCH]).in_bulk()
            rows = selectors.source_claims_in_text_order(list(batch))
            for source_id, its_claims in groupby(rows, key=lambda c: c.source_id):
                source = batch[source_id]
                name, gold = labelled_article(source, list(its_claims))
                (out / f"{name}.txt").write_text(source.text, encoding="utf-8")
                (out / f"{name}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                       encoding="utf-8")
                written += 1
                claims += len(gold["claims"])
        summary = f"Wrote {written} reviewed article{'s' if written != 1 else ''} ({claims} claims) to {out}."
        self.stdout.write(summary)
        return None
