# /api/v1/ingestions/ (see the ingestion issue).
from django.urls import path

from claims.api.ingestion_views import IngestionCreateView, IngestionDetailView

urlpatterns = [
    path("", IngestionCreateView.as_view(), name="api-ingestion-create"),
    path("<int:pk>/", IngestionDetailView.as_view(), name="api-ingestion-detail"),
]
