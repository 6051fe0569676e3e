"""Official series in the API: a statistic's figures and its releases (issue 13).

    GET /api/v1/statistics/{id}/figures/    ?period_start_after=&period_start_before=&as_of=
    GET /api/v1/statistics/{id}/releases/

Read-only and public, like the statistics. Two queries each: the statistic, then its rows.
"""
import datetime

from django.db.models import Count
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework.decorators import api_view, permission_classes
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import AllowAny
from rest_framework.response import Response

from claims.api.representations import official_figure, official_release
from claims.api.serializers import OfficialFigureOut, OfficialReleaseCountOut
from claims.consistency.official import as_published
from claims.models import OfficialFigure, Release, Statistic


def release_ref(release: Release | None) -> dict | None:
    if release is None:
        return None
    return official_release(id=release.id, publisher=release.publisher, title=release.title, url=release.url,
                            released_on=release.released_on, retrieved_at=release.retrieved_at)


def figure_row(figure: OfficialFigure, unit: str) -> dict:
    return official_figure(id=figure.id, period_start=figure.period_start, period_end=figure.period_end,
                           value=figure.value, unit=unit, publisher=figure.publisher, url=figure.url,
                           release=release_ref(figure.release))


def _date(request, name: str) -> datetime.date | None:
    text = request.query_params.get(name)
    if text in (None, ""):
        return None
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise ValidationError({name: [f"{text!r} is not a date (YYYY-MM-DD)."]}) from None


@extend_schema(
    summary="A statistic's official figures",
    description="One figure a period, as the series stands now or as it stood on as_of; each with its release.",
    parameters=[OpenApiParameter("period_start_after", datetime.date), OpenApiParameter("period_start_before",
                                                                                        datetime.date),
                OpenApiParameter("as_of", datetime.date, description="The series as published on this day.")],
    responses={200: inline_serializer("OfficialFigureList", fields={"results": OfficialFigureOut(many=True)})},
)
@api_view(["GET"])
@permission_classes([AllowAny])
def statistic_figures(request, pk: int):
    after, before, as_of = (_date(request, n) for n in ("period_start_after", "period_start_before", "as_of"))
    statistic = get_object_or_404(Statistic.objects.only("id", "unit"), pk=pk)
    rows = OfficialFigure.objects.filter(statistic=statistic).select_related("release")
    if after:
        rows = rows.filter(period_start__gte=after)
    if before:
        rows = rows.filter(period_start__lte=before)
    figures = as_published(list(rows), on=as_of)
    return Response({"results": [figure_row(f, statistic.unit) for f in figures]})


@extend_schema(summary="A statistic's releases", description="Every release that gave the statistic a figure, newest "
               "first, with how many of its figures it gave.",
               responses={200: inline_serializer("OfficialReleaseList", fields={
                   "results": OfficialReleaseCountOut(many=True)})})
@api_view(["GET"])
@permission_classes([AllowAny])
def statistic_releases(request, pk: int):
    statistic = get_object_or_404(Statistic.objects.only("id"), pk=pk)
    releases = (Release.objects.filter(figures__statistic=statistic).annotate(figures_count=Count("figures"))
                .order_by("-released_on", "-id"))
    return Response({"results": [{**release_ref(r), "figures_count": r.figures_count} for r in releases]})
