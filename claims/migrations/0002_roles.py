"""Create the reviewer and editor groups with their model permissions.

The admin and the API decide by role (claims.roles); the model permissions are given
too, so that the groups read correctly in the admin's user pages.
"""
from django.contrib.auth.management import create_permissions
from django.db import migrations

MODELS = ["claim", "evidence", "appearance", "speaker", "statistic", "ingestionjob", "statuschange"]
SOURCE_MODELS = ["source"]


def create_roles(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    def perms(app_label, models, actions):
        codenames = [f"{action}_{model}" for model in models for action in actions]
        return list(Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames))

    reviewer, _ = Group.objects.get_or_create(name="reviewer")
    reviewer.permissions.add(
        *perms("claims", MODELS, ["view", "add", "change"]), *perms("sources", SOURCE_MODELS, ["view", "add", "change"])
    )
    editor, _ = Group.objects.get_or_create(name="editor")
    editor.permissions.add(
        *perms("claims", MODELS, ["view", "add", "change", "delete"]),
        *perms("sources", SOURCE_MODELS, ["view", "add", "change", "delete"]),
        *Permission.objects.filter(content_type__app_label="claims", codename__in=["publish_claim", "set_verdict"]),
    )


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["reviewer", "editor"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0001_initial"),
        ("sources", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
