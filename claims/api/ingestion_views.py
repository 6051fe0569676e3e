"""POST /api/v1/ingestions/ and GET /api/v1/ingestions/{id}/: thin, over claims.ingestion."""
from django.conf import settings
from django.db import transaction
from django.http import Http404
from django.urls import reverse
from drf_spectacular.utils import extend_schema
from rest_framework import generics, status
from rest_framework.response import Response

from claims import ingestion
from claims.api import representations
from claims.api.base import valid_input
from claims.api.ingestion_serializers import INGESTION_REQUEST, IngestionCreateSerializer
from claims.api.permissions import IsReviewer
from claims.api.serializers import IngestionJobOut
from claims.api.throttles import UserRateThrottle
from claims.models import Claim, IngestionJob


class IngestionThrottle(UserRateThrottle):
    """Each ingestion fetches a page and runs the extractor: a tighter rate than reads."""

    scope = "ingestions"

    def __init__(self):
        self.rate = settings.INGEST_API_RATE
        super().__init__()


JOB_QUERY_COLUMNS = [*representations.JOB_COLUMNS,
                     *representations.prefixed(representations.SOURCE_COLUMNS, "source__")]


def job_data(request, pk) -> dict:
    """The job with its source (one query) and the source's claims in text order (one more):
    ingesting the same text again suggests no claim twice, so they are all the source's."""
    row = IngestionJob.objects.filter(pk=pk).values(*JOB_QUERY_COLUMNS).first()
    if row is None:
        raise Http404
    claims = []
    if row["source_id"] is not None:
        claims = Claim.objects.filter(source_id=row["source_id"]).order_by("figure_start", "id")
        claims = claims.values(*representations.CLAIM_COLUMNS)
    return representations.job_row(row, claims, representations.Links(request))


class IngestionCreateView(generics.GenericAPIView):
    permission_classes = [IsReviewer]
    serializer_class = IngestionCreateSerializer

    def get_throttles(self):
        return [*super().get_throttles(), IngestionThrottle()]

    @extend_schema(request=INGESTION_REQUEST, responses={202: IngestionJobOut})
    def post(self, request):
        given = valid_input(self.get_serializer(data=request.data))
        with transaction.atomic():
            job = ingestion.ingestion_create(**given, user=request.user)
        # Without a broker the job has run by now (eager); with one it is queued.
        return Response(
            job_data(request, job.pk),
            status=status.HTTP_202_ACCEPTED,
            headers={"Location": request.build_absolute_uri(reverse("api-ingestion-detail", args=[job.pk]))},
        )


class IngestionDetailView(generics.GenericAPIView):
    permission_classes = [IsReviewer]
    serializer_class = IngestionJobOut

    @extend_schema(responses=IngestionJobOut)
    def get(self, request, pk):
        return Response(job_data(request, pk))
