"""Who may do what. Roles are groups (created by migration 0002_roles):

- reviewer: create and edit claims, sources, speakers and evidence; move claims up to
  "in review"; cannot publish or set verdicts.
- editor: everything a reviewer can, plus publishing, unpublishing and verdicts.

Staff users and superusers count as editors. Reviewers need not be staff: the admin
site lets anyone with a role in (see claims.admin_site).
"""
REVIEWER = "reviewer"
EDITOR = "editor"


def _groups(user) -> set[str]:
    # Cached on the user object: permission checks run many times per request.
    cached = getattr(user, "_factcheck_groups", None)
    if cached is None:
        cached = set(user.groups.values_list("name", flat=True)) if user.pk else set()
        user._factcheck_groups = cached
    return cached


def is_editor(user) -> bool:
    if not user or not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or user.is_staff or EDITOR in _groups(user)


def is_reviewer(user) -> bool:
    """True for reviewers and for editors (who can do everything a reviewer can)."""
    if not user or not user.is_authenticated or not user.is_active:
        return False
    return is_editor(user) or REVIEWER in _groups(user)
