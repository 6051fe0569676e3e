from django.core.management.base import BaseCommand

from claims.demo import load_demo


class Command(BaseCommand):
    help = "Load the demo data (the seed articles, their claims, speakers, statistics and evidence). Idempotent."

    def handle(self, *args, **options):
        created = load_demo()
        summary = ", ".join(f"{n} {kind}" for kind, n in created.items())
        self.stdout.write(f"Demo data loaded: created {summary}.")
