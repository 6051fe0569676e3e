"""Template filters for the public pages."""
from django import template

from claims.charts import period_label

register = template.Library()


@register.filter
def period(claim) -> str:
    """The period a claim's figure covers, e.g. "1 Oct 2023 – 30 Sep 2024"."""
    return period_label(claim)
