from django.db import migrations, models
from django.db.models import Count, Q


def keep_one_hash_per_text(apps, schema_editor):
    """Sources recorded twice with the same text before the constraint: the oldest keeps the
    hash (so finding a source by its text finds it); the later copies keep their text and
    claims but lose the hash. Nothing is deleted: merging them is a reviewer's call."""
    Source = apps.get_model("sources", "Source")
    repeated = (Source.objects.exclude(content_hash="").values("content_hash")
                .annotate(n=Count("id")).filter(n__gt=1).values_list("content_hash", flat=True))
    for digest in list(repeated):
        oldest = Source.objects.filter(content_hash=digest).order_by("id").values_list("id", flat=True).first()
        Source.objects.filter(content_hash=digest).exclude(id=oldest).update(content_hash="")


class Migration(migrations.Migration):

    dependencies = [
        ('sources', '0002_version'),
    ]

    operations = [
        migrations.RunPython(keep_one_hash_per_text, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name='source',
            constraint=models.UniqueConstraint(condition=Q(('content_hash', ''), _negated=True), fields=('content_hash',), name='source_content_hash_unique'),
        ),
    ]
