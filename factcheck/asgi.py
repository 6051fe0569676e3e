import os

from django.core.asgi import get_asgi_application

from factcheck.env import require_secret_key

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
application = get_asgi_application()
require_secret_key()  # refuse to serve without one (settings explains why it is not checked on import)
