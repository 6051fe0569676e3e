"""Small permission classes on claims.roles, composed per view: `ReadOnly | IsReviewer`."""
from rest_framework.permissions import SAFE_METHODS, BasePermission

from claims.roles import is_editor, is_reviewer


class ReadOnly(BasePermission):
    """GET, HEAD and OPTIONS, for anyone."""

    anyone_reads = True  # the schema lists no credentials as one way to read (claims.api.schema)

    def has_permission(self, request, view):
        return request.method in SAFE_METHODS


class IsReviewer(BasePermission):
    """Reviewers, editors and staff."""

    message = "You need the reviewer or editor role to do this."

    def has_permission(self, request, view):
        return is_reviewer(request.user)


class IsEditor(BasePermission):
    """Editors and staff."""

    message = "You need the editor role to do this."

    def has_permission(self, request, view):
        return is_editor(request.user)


class ReadOnlyOrReviewer(BasePermission):
    """The default (settings.REST_FRAMEWORK): anyone reads, reviewers and editors write.

    The same as `ReadOnly | IsReviewer`, but a refusal says which role is needed (DRF's
    composed permissions drop their parts' messages).
    """

    message = IsReviewer.message
    anyone_reads = True

    def has_permission(self, request, view):
        return ReadOnly().has_permission(request, view) or IsReviewer().has_permission(request, view)


class ReadOnlyOrEditor(BasePermission):
    """Anyone reads, editors write."""

    message = IsEditor.message
    anyone_reads = True

    def has_permission(self, request, view):
        return ReadOnly().has_permission(request, view) or IsEditor().has_permission(request, view)
