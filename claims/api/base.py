"""Building blocks every API view shares: strict input serializers and fields, and ETags.

Each input field accepts exactly what the OpenAPI schema says it does (`openapi()` adds
to its schema what drf-spectacular cannot infer), so a client generated from the schema
knows the real rules: strings are strings (no number turned into text), integers are
JSON integers (no 1.5, no "12"), decimals are strings of ASCII digits with at most 24
before the point and 6 after (the column, claims.models.VALUE_FIELD), dates are
YYYY-MM-DD, and a field the serializer does not know is refused by name.
"""
import re
from collections.abc import Mapping
from decimal import Decimal

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims.api.errors import Conflict, PreconditionFailed, PreconditionRequired

# The database's integer and id columns.
INT_MAX = 2**31 - 1
ID_MAX = 2**63 - 1

# A number the value columns hold: numeric(30, 6), i.e. 24 digits before the point, 6 after.
DECIMAL_PATTERN = r"^-?[0-9]{1,24}(\.[0-9]{1,6})?$"
DECIMAL_LIMIT = 10**24
DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
# Text without NUL characters (PostgreSQL cannot store them), and with something besides
# whitespace where blank is refused (Python's \s: what str.strip() removes).
TEXT_PATTERN = r"^[^\u0000]*$"
NON_BLANK_PATTERN = r"^[^\u0000]*[^\u0000\s][^\u0000]*$"
# An http(s) URL that Django's URLValidator and sources.canonical accept: a host name with
# a top-level domain, localhost or an IPv4 address, an optional port, then any path,
# query or fragment in printable ASCII.
_OCTET = r"(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])"
URL_PATTERN = (
    r"^[Hh][Tt][Tt][Pp][Ss]?://"
    r"(([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,2}[A-Za-z]{2,63}|localhost|" + rf"({_OCTET}\.){{3}}{_OCTET})"
    r"(:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?([/?#][!-~]*)?$"
)


def _regex(pattern: str) -> re.Pattern:
    return re.compile(pattern.replace(r"\u0000", r"\x00"))


class Text(serializers.CharField):
    """A string, never a number turned into one; its length limit applies to what was sent."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.trim_whitespace = kwargs.get("trim_whitespace", True)

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid")
        if self.max_length is not None and len(data) > self.max_length:
            self.fail("max_length", max_length=self.max_length)
        return super().to_internal_value(data)

    def openapi(self, schema: dict) -> dict:
        schema["pattern"] = TEXT_PATTERN if self.allow_blank else NON_BLANK_PATTERN
        return schema


class URL(serializers.URLField):
    """An http(s) URL (see URL_PATTERN); blank only where allow_blank."""

    _pattern = _regex(URL_PATTERN)

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid")
        if self.max_length is not None and len(data) > self.max_length:
            self.fail("max_length", max_length=self.max_length)
        if not self._pattern.match(data):
            raise serializers.ValidationError("Enter an http or https URL with a host name, e.g. https://example.org/a.")
        return super().to_internal_value(data)

    def openapi(self, schema: dict) -> dict:
        schema.pop("format", None)
        schema["pattern"] = f"^$|{URL_PATTERN}" if self.allow_blank else URL_PATTERN
        return schema


class Slug(serializers.SlugField):
    """Letters, digits, hyphens and underscores, as sent (no trimming)."""

    def __init__(self, **kwargs):
        super().__init__(trim_whitespace=False, **kwargs)

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


class Integer(serializers.IntegerField):
    """A JSON integer: 12, not 12.0, 1.5, "12" or true."""

    def to_internal_value(self, data):
        if isinstance(data, bool) or not isinstance(data, int):
            self.fail("invalid")
        return super().to_internal_value(data)


class RelatedId(serializers.PrimaryKeyRelatedField):
    """The id of a row that exists: a JSON integer from 1."""

    def to_internal_value(self, data):
        if isinstance(data, bool) or not isinstance(data, int):
            self.fail("incorrect_type", data_type=type(data).__name__)
        if not 1 <= data <= ID_MAX:
            self.fail("does_not_exist", pk_value=data)
        return super().to_internal_value(data)

    def openapi(self, schema: dict) -> dict:
        schema.update(type="integer", minimum=1, maximum=ID_MAX)
        schema.pop("format", None)
        return schema


class Date(serializers.DateField):
    """A calendar date written YYYY-MM-DD, nothing looser ("2023-1-1", "20230101", week dates)."""

    _pattern = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")

    def to_internal_value(self, value):
        if isinstance(value, str) and not self._pattern.match(value):
            self.fail("invalid", format="YYYY-MM-DD")
        return super().to_internal_value(value)


def parse_decimal(data) -> Decimal:
    """A value as the columns hold it, from a JSON integer or a decimal string; ValueError
    with a sentence for a person otherwise."""
    if isinstance(data, bool):
        raise ValueError("A number is required.")
    if isinstance(data, int):
        if abs(data) >= DECIMAL_LIMIT:
            raise ValueError("A number is required whose size is under 10^24.")
        return Decimal(data)
    if not isinstance(data, str):
        raise ValueError("Send a number with decimals as a string, e.g. \"7.3\": a JSON number would be read as "
                         "binary floating point.")
    if not re.match(r"-?[0-9]+(\.[0-9]+)?\Z", data):
        raise ValueError("A number is required, written with ASCII digits and an optional point, e.g. \"7.3\".")
    whole, _, fraction = data.lstrip("-").partition(".")
    if len(whole) > 24:
        raise ValueError("A number is required whose size is under 10^24.")
    if len(fraction) > 6:
        raise ValueError("Give at most 6 decimal places.")
    return Decimal(data)


@extend_schema_field(OpenApiTypes.STR)  # replaced by openapi() below
class DecimalValue(serializers.Field):
    """A number in base units (the value columns): a decimal string or a JSON integer."""

    def to_internal_value(self, data):
        try:
            return parse_decimal(data)
        except ValueError as exc:
            raise serializers.ValidationError(str(exc)) from None

    def to_representation(self, value):
        return None if value is None else format(value.normalize(), "f")

    def openapi(self, schema: dict) -> dict:
        one_of = [
            {"type": "string", "pattern": DECIMAL_PATTERN},
            {"type": "integer", "minimum": 1 - DECIMAL_LIMIT, "maximum": DECIMAL_LIMIT - 1},
        ]
        kept = {key: schema[key] for key in ("description", "nullable") if key in schema}
        return {"oneOf": one_of, **kept}


class StrictSerializer(serializers.Serializer):
    """An input serializer that refuses fields it does not know, naming each one.

    `read_only_names` lists fields a client sees in responses but cannot set (ids,
    timestamps, who added what): sending one is a 400 saying so, not a silent drop. Its
    schema says `additionalProperties: false` (claims.api.schema).
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


def taken(message: str) -> serializers.ValidationError:
    """A value another row already holds (a slug, a URL, a claim and source pair): the input
    is valid but conflicts with what is stored, so valid_input() answers 409, not 400."""
    return serializers.ValidationError(message, code="taken")


def valid_input(serializer: serializers.Serializer) -> dict:
    """The serializer's validated data; a 400 naming the fields, or a 409 when every
    problem is a value already taken."""
    if serializer.is_valid():
        return serializer.validated_data
    codes = serializer.errors and [
        getattr(detail, "code", None) for details in serializer.errors.values() for detail in details
    ]
    if codes and all(code == "taken" for code in codes):
        raise Conflict({name: [str(d) for d in details] for name, details in serializer.errors.items()})
    raise serializers.ValidationError(serializer.errors)


# -- If-Match (ETags: factcheck.versioning.etag) ----------------------------------------------------------------------


def if_match_tags(request) -> list[str] | None:
    header = request.headers.get("If-Match")
    if not header:
        return None
    return [tag.strip().removeprefix("W/") for tag in header.split(",")]


def check_if_match(request, obj, *, required: bool = False) -> None:
    """412 when the request's If-Match names none of obj's current ETag (or "*"); 428 when
    it has none and `required` (claims: a write must say which version it changes)."""
    tags = if_match_tags(request)
    if tags is None:
        if required:
            raise PreconditionRequired()
        return
    if "*" not in tags and obj.etag not in tags:
        raise PreconditionFailed()
