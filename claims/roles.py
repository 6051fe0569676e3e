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


# What each role may do, asked by the services (which enforce it), the API and the admin
# (which show or hide what a user may not do): one answer everywhere.

def can_publish(user) -> bool:
    """Publish, unpublish, and anything else that changes what the public sees of a published claim."""
    return is_editor(user)


def can_set_verdict(user) -> bool:
    return is_editor(user)


def can_define_statistics(user) -> bool:
    """Statistics are the editors' to define: a new one is a new public page."""
    return is_editor(user)


def can_delete_some(user, model) -> bool:
    """Whether user may delete some rows of model (the admin's delete action and button)."""
    from claims.models import Appearance, Claim, Evidence

    return is_reviewer(user) if model in (Claim, Evidence, Appearance) else is_editor(user)


def can_delete(user, obj) -> bool:
    """Reviewers delete claims that are not published, and evidence and appearances of such
    claims; deleting anything public, and sources, speakers and statistics, is for editors."""
    from claims.models import Appearance, Claim, Evidence

    if isinstance(obj, Claim):
        return is_editor(user) if obj.status == Claim.Status.PUBLISHED else is_reviewer(user)
    if isinstance(obj, (Evidence, Appearance)):
        return is_editor(user) if obj.claim.status == Claim.Status.PUBLISHED else is_reviewer(user)
    return is_editor(user)


def can_decide_finding(user, kind: str) -> bool:
    """Verdict findings are the editors' to decide (they set the verdict); the rest, any reviewer's."""
    return is_editor(user) if kind == "verdict" else is_reviewer(user)
