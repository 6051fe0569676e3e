# The public site (see the public pages issue).
urlpatterns = []
