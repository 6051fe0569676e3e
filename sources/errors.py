"""Why content could not become a source: the one pair of errors fetching and reading raise."""


class SourceError(Exception):
    """Bad input (a 404, a wrong content type, binary data, a page with no text): trying
    again would not help, so a job fails with this message at once."""


class RetryableSourceError(SourceError):
    """A failure that may pass (a timeout, a 5xx, an unreachable host): try again later."""
