"""POST /api/v1/ingestions/ and GET /api/v1/ingestions/{id}/: thin, over claims.ingestion."""
from django.conf import settings
from django.db import transaction
from django.db.models import Prefetch
from django.urls import reverse
from drf_spectacular.utils import extend_schema
from rest_framework import generics, status
from rest_framework.response import Response
from rest_framework.throttling import UserRateThrottle

from claims import ingestion
from claims.api.ingestion_serializers import IngestionCreateSerializer, IngestionJobSerializer
from claims.api.permissions import IsReviewer
from claims.models import Claim, IngestionJob


class IngestionThrottle(UserRateThrottle):
    """Each ingestion fetches a page and runs the extractor: a tighter rate than reads."""

    scope = "ingestions"

    def __init__(self):
        self.rate = settings.INGEST_API_RATE
        super().__init__()


def job_queryset():
    claims = Claim.objects.select_related("speaker").order_by("figure_start", "id")
    return IngestionJob.objects.select_related("source").prefetch_related(
        Prefetch("source__claims", queryset=claims, to_attr="ingested_claims")
    )


class IngestionCreateView(generics.GenericAPIView):
    permission_classes = [IsReviewer]
    serializer_class = IngestionCreateSerializer

    def get_throttles(self):
        return [*super().get_throttles(), IngestionThrottle()]

    @extend_schema(request=IngestionCreateSerializer, responses={202: IngestionJobSerializer})
    def post(self, request):
        given = self.get_serializer(data=request.data)
        given.is_valid(raise_exception=True)
        with transaction.atomic():
            job = ingestion.ingestion_create(**given.validated_data, user=request.user)
        # Without a broker the job has run by now (eager); with one it is queued.
        job = job_queryset().get(pk=job.pk)
        return Response(
            IngestionJobSerializer(job).data,
            status=status.HTTP_202_ACCEPTED,
            headers={"Location": request.build_absolute_uri(reverse("api-ingestion-detail", args=[job.pk]))},
        )


class IngestionDetailView(generics.RetrieveAPIView):
    permission_classes = [IsReviewer]
    serializer_class = IngestionJobSerializer

    def get_queryset(self):
        return job_queryset()
