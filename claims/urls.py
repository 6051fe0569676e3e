# The public site (see the public pages issue). The names below are what the models'
# get_absolute_url reverse; the public pages issue replaces the placeholder views.
from django.http import Http404
from django.urls import path


def _not_built_yet(request, **kwargs):
    raise Http404("The public pages are not built yet.")


urlpatterns = [
    path("claims/<int:pk>/<slug:slug>/", _not_built_yet, name="claim-detail"),
    path("speakers/<slug:slug>/", _not_built_yet, name="speaker-detail"),
    path("statistics/<slug:slug>/", _not_built_yet, name="statistic-detail"),
    path("sources/<int:pk>/", _not_built_yet, name="source-detail"),
]
