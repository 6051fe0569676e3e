"""The OpenAPI schema: drf-spectacular's AutoSchema made to tell the truth.

- Every error each operation can return, in the one error shape
  (claims.api.errors.ErrorSerializer), documented here once for every view.
- The input rules drf-spectacular cannot infer: each strict field of claims.api.base adds
  its own (`openapi()`: patterns for text, decimals and URLs, id ranges), and a strict
  serializer refuses unknown fields (`additionalProperties: false`).
- Reads anyone may make say so (`{}` among the security requirements).
- If-Match: required (428 without it) where the view demands it, optional elsewhere.
"""
from drf_spectacular.openapi import AutoSchema as SpectacularAutoSchema
from drf_spectacular.plumbing import get_doc
from drf_spectacular.utils import OpenApiParameter
from rest_framework.permissions import SAFE_METHODS

from claims.api.base import StrictSerializer
from claims.api.errors import ErrorSerializer

DESCRIPTIONS = {
    "400": "Invalid input: a field or query parameter is named in `fields`.",
    "401": "Authentication credentials were missing or invalid.",
    "403": "Your role does not allow this.",
    "404": "Not found (or not visible to you).",
    "409": "The change conflicts with what is stored: a value another row already holds (named in `fields`), "
    "an impossible status change, or rows that still refer to this one.",
    "412": "If-Match does not match the resource's current ETag; nothing was changed.",
    "415": "Unsupported request content type: send JSON.",
    "428": "If-Match is missing: GET the resource and send its ETag header back as If-Match.",
    "429": "Too many requests: wait for the seconds in Retry-After.",
}


class AutoSchema(SpectacularAutoSchema):
    def _changes_one(self) -> bool:
        return "{" in self.path and self.method in ("PUT", "PATCH", "DELETE")

    def _if_match_required(self) -> bool:
        return self._changes_one() and getattr(self.view, "if_match_required", False)

    def error_statuses(self) -> list[str]:
        view_statuses = getattr(self.view, "error_statuses", None)
        statuses = {"400", "401", "429"}
        if "{" in self.path:
            statuses.add("404")
        if self.method not in SAFE_METHODS:
            statuses |= {"403", "415"}
            if self._changes_one() and hasattr(self.view, "if_match_required"):
                statuses.add("412")
            if self._if_match_required():
                statuses.add("428")
        if view_statuses:
            statuses |= set(view_statuses.get(self.method, ()))
        return sorted(statuses)

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        for status in self.error_statuses():
            if status not in responses:
                body = self._get_response_for_code(ErrorSerializer, status, ["application/json"], direction)
                body["description"] = DESCRIPTIONS[status]
                responses[status] = body
        return responses

    def get_override_parameters(self):
        parameters = list(super().get_override_parameters())
        if self._changes_one() and hasattr(self.view, "if_match_required"):
            required = self._if_match_required()
            parameters.append(OpenApiParameter(
                "If-Match", str, OpenApiParameter.HEADER, required=required,
                description="The ETag of the version you change (from a GET of it). "
                + ("Required: without it the answer is 428." if required else "A stale one is a 412."),
            ))
        return parameters

    def _get_request_body(self, direction="request"):
        body = super()._get_request_body(direction)
        if body and self.method in ("POST", "PUT"):
            body["required"] = True  # an empty POST or PUT is a 400 naming the missing fields
        return body

    def get_auth(self):
        auths = super().get_auth()
        if self.method in SAFE_METHODS and all(
            getattr(permission, "anyone_reads", False) for permission in self.view.get_permissions()
        ) and {} not in auths:
            auths.append({})
        return auths

    def _map_basic_serializer(self, serializer, direction):
        schema = super()._map_basic_serializer(serializer, direction)
        for name, field in serializer.fields.items():
            if name in schema.get("properties", {}) and hasattr(field, "openapi") and not field.read_only:
                schema["properties"][name] = field.openapi(schema["properties"][name])
            child = getattr(field, "child", None)
            if name in schema.get("properties", {}) and hasattr(child, "openapi"):
                items = schema["properties"][name].get("items")
                if isinstance(items, dict):
                    schema["properties"][name]["items"] = child.openapi(items)
        if isinstance(serializer, StrictSerializer) and direction == "request":
            schema["additionalProperties"] = False
            if schema.get("description") == get_doc(StrictSerializer):
                del schema["description"]
        return schema
