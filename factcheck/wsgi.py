import os

from django.core.wsgi import get_wsgi_application

from factcheck.env import require_secret_key

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
application = get_wsgi_application()
require_secret_key()  # refuse to serve without one (settings explains why it is not checked on import)
