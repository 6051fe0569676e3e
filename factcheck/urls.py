from csp.constants import UNSAFE_INLINE
from csp.decorators import csp_update
from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from factcheck.views import bench_bare

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    # Swagger UI adds <style> elements as it renders: only this page allows inline styles
    # (no inline scripts anywhere; its assets are our own static files).
    path("api/docs/",
         csp_update({"style-src": [UNSAFE_INLINE]})(SpectacularSwaggerSplitView.as_view(url_name="api-schema")),
         name="api-docs"),
    path("api/v1/ingestions/", include("claims.api.ingestion_urls")),
    path("api/v1/", include("claims.api.urls")),
    path("", include("claims.urls")),
]

if settings.BENCH:  # the benchmark's baseline (bench/bench_http.py); never routed in production
    urlpatterns.insert(0, path("bench/bare/", bench_bare, name="bench-bare"))
