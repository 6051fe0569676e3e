# The REST API, /api/v1/. Route names carry an api- prefix: the public pages own claim-detail etc.
from django.urls import path, re_path
from rest_framework.routers import DefaultRouter

from claims.api import official, views
from watch.views import SubscriptionViewSet

router = DefaultRouter()
router.register("claims", views.ClaimViewSet, basename="api-claim")
router.register("sources", views.SourceViewSet, basename="api-source")
router.register("speakers", views.SpeakerViewSet, basename="api-speaker")
router.register("statistics", views.StatisticViewSet, basename="api-statistic")
router.register("evidence", views.EvidenceViewSet, basename="api-evidence")
router.register("subscriptions", SubscriptionViewSet, basename="api-subscription")  # webhooks (watch/)

# Anything else under /api/v1/ is a 404 in the API's error shape, not an HTML page.
official_urls = [
    path("statistics/<int:pk>/figures/", official.statistic_figures, name="api-statistic-figures"),
    path("statistics/<int:pk>/releases/", official.statistic_releases, name="api-statistic-releases"),
]
urlpatterns = [*official_urls, *router.urls, re_path(r"^[\s\S]*$", views.not_found)]  # [\s\S]: paths with a newline too
