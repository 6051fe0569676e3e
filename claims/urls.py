# The public site. The names claim-detail, speaker-detail, statistic-detail and
# source-detail are what the models' get_absolute_url reverse.
from django.urls import path

from claims import views
from claims.dataset import views as dataset_views
from claims.feeds import CorrectionsFeed, LatestClaimsFeed, SpeakerClaimsFeed, StatisticClaimsFeed
from claims.sitemaps import sitemap_index, sitemap_section

urlpatterns = [
    path("", views.home, name="home"),
    path("claims/", views.claim_list, name="claim-list"),
    path("claims/feed/", LatestClaimsFeed(), name="claim-feed"),
    path("corrections/feed/", CorrectionsFeed(), name="corrections-feed"),
    path("claims/<int:pk>/", views.claim_redirect, name="claim-redirect"),
    path("claims/<int:pk>/<str:slug>/", views.claim_detail, name="claim-detail"),
    path("speakers/<slug:slug>/", views.speaker_detail, name="speaker-detail"),
    path("speakers/<slug:slug>/feed/", SpeakerClaimsFeed(), name="speaker-feed"),
    path("statistics/<slug:slug>/", views.statistic_detail, name="statistic-detail"),
    path("statistics/<slug:slug>/feed/", StatisticClaimsFeed(), name="statistic-feed"),
    path("sources/<int:pk>/", views.source_detail, name="source-detail"),
    path("data/claims.jsonl", dataset_views.claims_jsonl, name="data-claims"),
    path("data/claimreview.json", dataset_views.claimreview_feed, name="data-claimreview"),
    path("robots.txt", views.robots_txt, name="robots-txt"),
    path("sitemap.xml", sitemap_index, name="sitemap-index"),
    path("sitemap-<slug:section>.xml", sitemap_section, name="sitemap-section"),
]
