"""Row versions for ETags: a `version` integer that counts a row's saves.

ETags built from `updated_at` changed after a dumpdata/loaddata round trip (timestamps
lose precision on the way); a version survives it exactly. The rule is that version
follows updated_at: whatever stamps updated_at adds one to version, so no writer has to
remember it:

- `save()`: 1 when the row is created, one more on every save (VersionField.pre_save);
  a save with `update_fields` that names updated_at also saves version.
- `QuerySet.update(updated_at=...)` adds `version = version + 1`.
- `QuerySet.bulk_update(objs, [..., "updated_at"])` adds one to each object's version.

A write that leaves updated_at alone (evidence tallies recounted with .update()) leaves
the version alone too: the row's own fields did not change. loaddata (raw saves) keeps
the version it reads.
"""
from django.db import models
from django.db.models import F


def etag(model_name: str, pk: int, version: int) -> str:
    """The strong ETag of a row at a version: the one place ETags are formatted."""
    return f'"{model_name}-{pk}-v{version}"'


class VersionField(models.PositiveIntegerField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", 1)
        kwargs.setdefault("editable", False)
        kwargs.setdefault("help_text", "Counts the row's saves; its ETag is built from it.")
        super().__init__(*args, **kwargs)

    def pre_save(self, model_instance, add):
        value = 1 if add else (getattr(model_instance, self.attname) or 0) + 1
        setattr(model_instance, self.attname, value)
        return value


class VersionedQuerySet(models.QuerySet):
    def update(self, **kwargs):
        if "updated_at" in kwargs and "version" not in kwargs:
            kwargs["version"] = F("version") + 1
        return super().update(**kwargs)

    def bulk_update(self, objs, fields, batch_size=None):
        fields = list(fields)
        if "updated_at" in fields and "version" not in fields:
            objs = list(objs)
            for obj in objs:
                obj.version += 1
            fields.append("version")
        return super().bulk_update(objs, fields, batch_size=batch_size)


class Versioned(models.Model):
    """A model whose rows carry a version (see the module)."""

    version = VersionField()

    class Meta:
        abstract = True

    def save(self, *args, update_fields=None, **kwargs):
        if update_fields is not None and "updated_at" in update_fields and "version" not in update_fields:
            update_fields = [*update_fields, "version"]
        super().save(*args, update_fields=update_fields, **kwargs)

    @property
    def etag(self) -> str:
        return etag(self._meta.model_name, self.pk, self.version)
