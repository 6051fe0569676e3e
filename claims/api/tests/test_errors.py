"""The one error shape, from the exception handler."""
from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from rest_framework import exceptions

from claims.api.errors import Conflict, PreconditionFailed, exception_handler


def handle(exc):
    return exception_handler(exc, {})


def test_a_field_error_names_the_field_in_message_and_fields():
    response = handle(exceptions.ValidationError({"value": ["Not a number."], "unit": ["Required."]}))
    assert response.status_code == 400
    assert response.data == {
        "message": "Invalid input in unit, value.",
        "code": "invalid",
        "fields": {"value": ["Not a number."], "unit": ["Required."]},
    }


def test_nested_field_errors_are_flattened_with_dotted_names():
    response = handle(exceptions.ValidationError({"figure": {"value": ["Bad."]}, "tags": [{}, {"name": ["Blank."]}]}))
    assert response.data["fields"] == {"figure.value": ["Bad."], "tags.1.name": ["Blank."]}


def test_an_error_without_fields_has_no_fields_key():
    response = handle(exceptions.ValidationError(["The claim is locked."]))
    assert response.data == {"message": "The claim is locked.", "code": "invalid"}


def test_djangos_http404_is_a_404_in_the_shape():
    response = handle(Http404("gone"))
    assert response.status_code == 404
    assert response.data == {"message": "Not found.", "code": "not_found"}


def test_djangos_permission_denied_is_a_403_in_the_shape():
    response = handle(PermissionDenied("Editors only."))
    assert response.status_code == 403
    assert response.data == {"message": "Editors only.", "code": "permission_denied"}


def test_a_django_validation_error_keeps_its_fields():
    response = handle(DjangoValidationError({"period_end": ["The period must not start after it ends."]}))
    assert response.status_code == 400
    assert response.data["fields"] == {"period_end": ["The period must not start after it ends."]}


def test_conflict_and_precondition_failed_have_their_statuses_and_codes():
    assert handle(Conflict("No.")).status_code == 409
    assert handle(Conflict("No.")).data == {"message": "No.", "code": "conflict"}
    response = handle(PreconditionFailed())
    assert response.status_code == 412
    assert response.data["code"] == "precondition_failed"


def test_throttled_keeps_retry_after():
    response = handle(exceptions.Throttled(wait=12))
    assert response.status_code == 429
    assert response["Retry-After"] == "12"
    assert response.data["code"] == "throttled"
    assert "12 seconds" in response.data["message"]


def test_an_unexpected_exception_is_left_to_django():
    assert handle(RuntimeError("boom")) is None
