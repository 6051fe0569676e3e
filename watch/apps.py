from django.apps import AppConfig


class WatchConfig(AppConfig):
    name = "watch"
    verbose_name = "Subscriptions"

    def ready(self):
        # Register the Celery tasks in every process, so that services can send them by name.
        from watch import tasks  # noqa: F401
