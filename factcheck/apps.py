from django.contrib.admin.apps import AdminConfig
from django.core import checks


class FactcheckAdminConfig(AdminConfig):
    # Lets reviewers in by role (see factcheck.admin).
    default_site = "factcheck.admin.FactcheckAdminSite"

    def ready(self):
        super().ready()
        # The project's own app config: the one place to register its system checks.
        checks.register(secret_key_check, checks.Tags.security)


def secret_key_check(app_configs, **kwargs):
    from django.core.exceptions import ImproperlyConfigured

    from factcheck.env import require_secret_key

    try:
        require_secret_key()
    except ImproperlyConfigured as exc:
        return [checks.Error(str(exc), id="factcheck.E001")]
    return []
