from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Claims"

    def ready(self):
        # Register the Celery tasks in every process (web, commands, worker), so that
        # claims.queue can send them by name.
        from claims import tasks  # noqa: F401
