"""Views of the project itself (not of an app)."""
from django.http import JsonResponse
from django.views.decorators.http import require_safe


@require_safe
def bench_bare(request):
    """The benchmark's baseline: the whole middleware stack and a small JSON body, no query.

    Routed only when settings.BENCH is on (factcheck.urls)."""
    return JsonResponse({"id": 1, "quote": "Officials said 1,000 people were counted.", "value": "1000"})
