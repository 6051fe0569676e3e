"""Building blocks every API view shares: strict input serializers and ETags."""
from collections.abc import Mapping

from rest_framework import serializers

from claims.api.errors import PreconditionFailed


class StrictSerializer(serializers.Serializer):
    """An input serializer that refuses fields it does not know, naming each one.

    `read_only_names` lists fields a client sees in responses but cannot set (ids,
    timestamps, who added what): sending one is a 400 saying so, not a silent drop.
    """

    read_only_names: frozenset[str] = frozenset({"id", "created_at", "updated_at"})

    def to_internal_value(self, data):
        if isinstance(data, Mapping):
            writable = {name for name, field in self.fields.items() if not field.read_only}
            errors = {
                key: ["This field is read-only." if key in self.read_only_names else "Unknown field."]
                for key in data
                if key not in writable
            }
            if errors:
                raise serializers.ValidationError(errors)
        return super().to_internal_value(data)


def etag_of(obj) -> str:
    """A strong ETag that changes whenever the row is saved (models keep updated_at)."""
    own = getattr(obj, "etag", None)
    if own:
        return own
    return f'"{obj._meta.model_name}-{obj.pk}-{obj.updated_at.timestamp():.6f}"'


def check_if_match(request, obj) -> None:
    """412 when the request's If-Match names none of obj's current ETag (or "*")."""
    header = request.headers.get("If-Match")
    if not header:
        return
    tags = [tag.strip().removeprefix("W/") for tag in header.split(",")]
    if "*" not in tags and etag_of(obj) not in tags:
        raise PreconditionFailed()
