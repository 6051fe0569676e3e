from django.core.management.base import BaseCommand

from watch.digests import digests_send


class Command(BaseCommand):
    help = "Email the daily digest of every subscription that asked for one and had events since the last."

    def handle(self, *args, **options):
        sent = digests_send()
        self.stdout.write(f"{sent} digest(s) sent.")
