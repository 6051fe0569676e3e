from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v1/ingestions/", include("claims.api.ingestion_urls")),
    path("api/v1/", include("claims.api.urls")),
    path("", include("claims.urls")),
]
