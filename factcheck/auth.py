"""The login lockout's backend (django-axes, configured in settings)."""
from axes.backends import AxesStandaloneBackend


class LoginLockoutBackend(AxesStandaloneBackend):
    """Axes' check before the password is: a locked-out address cannot log in.

    An authenticate() call without a request (a shell, a management command) has no
    address to count against and passes on to the password check, where axes would refuse
    it outright. Every login over HTTP (the admin's form) comes with its request.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
