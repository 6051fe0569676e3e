"""The OpenAPI schema: drf-spectacular's AutoSchema plus every error each operation can return.

Errors all share one shape (claims.api.errors.ErrorSerializer); documenting them here,
once, keeps the schema true for every view without decorating each one.
"""
from drf_spectacular.openapi import AutoSchema as SpectacularAutoSchema

from claims.api.errors import ErrorSerializer

DESCRIPTIONS = {
    "400": "Invalid input: a field or query parameter is named in `fields`.",
    "401": "Authentication credentials were missing or invalid.",
    "403": "Your role does not allow this.",
    "404": "Not found (or not visible to you).",
    "409": "The change conflicts with the resource's state (e.g. an impossible status change).",
    "412": "If-Match does not match the resource's current ETag; nothing was changed.",
    "415": "Unsupported request content type.",
    "429": "Too many requests: wait for the seconds in Retry-After.",
}


class AutoSchema(SpectacularAutoSchema):
    def error_statuses(self) -> list[str]:
        view_statuses = getattr(self.view, "error_statuses", None)
        statuses = {"400", "401", "429"}
        if "{" in self.path:
            statuses.add("404")
        if self.method not in ("GET", "HEAD", "OPTIONS"):
            statuses |= {"403", "415"}
            if "{" in self.path and self.method in ("PUT", "PATCH", "DELETE"):
                statuses.add("412")
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
