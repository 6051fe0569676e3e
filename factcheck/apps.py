from django.contrib.admin.apps import AdminConfig


class FactcheckAdminConfig(AdminConfig):
    # Lets reviewers in by role (see factcheck.admin).
    default_site = "factcheck.admin.FactcheckAdminSite"
