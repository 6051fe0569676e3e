# The REST API, /api/v1/ (see the REST API issue).
urlpatterns = []
