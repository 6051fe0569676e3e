# /api/v1/ingestions/ (see the ingestion issue).
urlpatterns = []
