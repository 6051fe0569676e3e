"""One error shape for every error the API returns.

    {"message": "<a sentence for a person>", "code": "<a code for a program>",
     "fields": {"<field or parameter>": ["<message>", ...]}}

`fields` is there only when errors belong to named fields or query parameters. The
exception handler below turns every DRF exception, Django's Http404, PermissionDenied
and ValidationError, and the API's own 409, 412 and 428 into that shape. A 409 names
fields too when the conflict is a value another row holds (a taken slug or URL).
"""
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import ProtectedError
from django.http import Http404
from rest_framework import exceptions, serializers, status
from rest_framework.views import exception_handler as drf_exception_handler

from claims.services import Forbidden, MergeError, TransitionError

NON_FIELD = "non_field_errors"


class Conflict(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "The request conflicts with the current state of the resource."
    default_code = "conflict"


class PreconditionFailed(exceptions.APIException):
    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_detail = "The resource has changed since you read it (If-Match does not match its ETag). Read it again."
    default_code = "precondition_failed"


class PreconditionRequired(exceptions.APIException):
    """RFC 6585: a write that must name the version it changes, and named none."""

    status_code = status.HTTP_428_PRECONDITION_REQUIRED
    default_detail = (
        "This write needs an If-Match header, so that it cannot overwrite a change you have not seen: "
        "GET the claim and send its ETag response header back as If-Match."
    )
    default_code = "precondition_required"


class ErrorSerializer(serializers.Serializer):
    """The error shape, for the schema."""

    message = serializers.CharField()
    code = serializers.CharField()
    fields = serializers.DictField(child=serializers.ListField(child=serializers.CharField()), required=False)


def _flatten(detail, prefix: str = "") -> dict[str, list[str]]:
    """Nested DRF error details as {"field.sub": [messages]}."""
    if isinstance(detail, dict):
        out: dict[str, list[str]] = {}
        for key, value in detail.items():
            name = str(key) if not prefix else (prefix if key == NON_FIELD else f"{prefix}.{key}")
            for field, messages in _flatten(value, name).items():
                out.setdefault(field, []).extend(messages)
        return out
    if isinstance(detail, list):
        if any(isinstance(item, (dict, list)) for item in detail):
            out = {}
            for index, item in enumerate(detail):
                for field, messages in _flatten(item, f"{prefix}.{index}" if prefix else str(index)).items():
                    out.setdefault(field, []).extend(messages)
            return out
        return {prefix or NON_FIELD: [str(item) for item in detail]}
    return {prefix or NON_FIELD: [str(detail)]}


def _first_code(codes) -> str:
    while isinstance(codes, (dict, list)) and codes:
        codes = next(iter(codes.values())) if isinstance(codes, dict) else codes[0]
    return str(codes) if codes and not isinstance(codes, (dict, list)) else "invalid"


def error_body(message: str, code: str, fields: dict[str, list[str]] | None = None) -> dict:
    body = {"message": message, "code": code}
    if fields:
        body["fields"] = fields
    return body


def _validation_body(exc: exceptions.ValidationError) -> dict:
    fields = _flatten(exc.detail)
    general = fields.pop(NON_FIELD, [])
    if fields:
        names = ", ".join(sorted(fields))
        message = f"Invalid input in {names}." if not general else f"{' '.join(general)} Invalid input in {names}."
        return error_body(message, "invalid", fields)
    return error_body(" ".join(general) or "Invalid input.", _first_code(exc.get_codes()))


def _from_django_validation(exc: DjangoValidationError) -> exceptions.APIException:
    """A service's ValidationError: a 400 naming the fields, or a 409 naming them when every
    problem is a value another row already holds (code "taken", claims.services.taken)."""
    if not hasattr(exc, "error_dict"):
        return exceptions.ValidationError({NON_FIELD: exc.messages})
    codes = [error.code for errors in exc.error_dict.values() for error in errors]
    if codes and all(code == "taken" for code in codes):
        return Conflict(exc.message_dict)
    return exceptions.ValidationError(exc.message_dict)


def exception_handler(exc, context):
    if isinstance(exc, TransitionError):
        exc = Conflict(str(exc))
    elif isinstance(exc, Forbidden):
        exc = exceptions.PermissionDenied(str(exc))
    elif isinstance(exc, MergeError):
        exc = exceptions.ValidationError({"duplicate_of": [str(exc)]})
    elif isinstance(exc, ProtectedError):
        exc = Conflict("Other records still refer to this one, so it cannot be deleted.")
    elif isinstance(exc, Http404):
        exc = exceptions.NotFound("Not found.")
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied(str(exc) or None)
    elif isinstance(exc, DjangoValidationError):
        exc = _from_django_validation(exc)
    response = drf_exception_handler(exc, context)
    if response is None:
        return None  # a real server error: Django's 500 handling and logging take over
    if isinstance(exc, exceptions.ValidationError):
        response.data = _validation_body(exc)
    elif isinstance(exc, Conflict) and isinstance(exc.detail, dict):
        fields = _flatten(exc.detail)
        response.data = error_body(f"Already taken: {', '.join(sorted(fields))}.", "conflict", fields)
    else:
        detail = exc.detail
        message = " ".join(str(m) for m in detail) if isinstance(detail, list) else str(detail)
        code = _first_code(exc.get_codes()) if hasattr(exc, "get_codes") else "error"
        response.data = error_body(message, code)
    return response
