"""The REST API's views: thin. Visibility in get_queryset, rows from claims.api.representations,
validation in input serializers, writes in services, each write in a transaction.
"""
import csv

from django.db import transaction
from django.db.models import Exists, OuterRef
from django.http import Http404, StreamingHttpResponse
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import status, viewsets
from rest_framework.decorators import action, api_view, permission_classes, schema
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.utils.encoders import JSONEncoder

from claims import roles, selectors, services
from claims.api import filters, representations, serializers
from claims.api.base import check_if_match, valid_input
from claims.api.errors import Conflict
from claims.api.permissions import ReadOnlyOrEditor
from claims.api.renderers import JSONRenderer
from claims.consistency import FindingError, finding_accept, finding_reject
from claims.models import Claim, Evidence, Finding, Speaker, Statistic
from claims.search import RANK
from factcheck.public_cache import CachedAnonymousReads
from factcheck.versioning import etag
from sources import services as source_services
from sources.models import Source


def crud_schema(tag: str, out, detail_out, inp, **extra):
    """The schema of a resource's six operations (errors are added by claims.api.schema)."""
    operations = {
        "list": extend_schema(tags=[tag], responses=out(many=True)),
        "retrieve": extend_schema(tags=[tag], responses=detail_out),
        "create": extend_schema(tags=[tag], request=inp, responses={201: detail_out}),
        "update": extend_schema(tags=[tag], request=inp, responses=detail_out),
        "partial_update": extend_schema(tags=[tag], request=inp, responses=detail_out),
        "destroy": extend_schema(tags=[tag], responses={204: OpenApiResponse(description="Deleted.")}),
    }
    return extend_schema_view(**{**operations, **extra})


class ResourceViewSet(CachedAnonymousReads, viewsets.GenericViewSet):
    """List, retrieve, create, update (PUT and PATCH) and delete over the lean read path.

    A subclass names its model, the columns its rows need, the function that turns a row
    into the response, and its input serializer; it overrides save() and remove() when a
    write has rules (claims.services).
    """

    model = None
    columns: list[str] = []
    represent = None  # function(row, links) -> dict
    input_serializer_class = None
    serializer_class = None  # the output shape, for the schema
    lookup_value_regex = r"[0-9]{1,18}"
    error_statuses = {"POST": ["409"], "PUT": ["409"], "PATCH": ["409"], "DELETE": ["409"]}  # taken values
    if_match_required = False  # True: PUT, PATCH and DELETE without If-Match are a 428
    ordering_fields = {"created_at": "created_at"}
    default_ordering = "-id"

    def get_queryset(self):
        return self.model.objects.all()

    def get_serializer_class(self):
        if self.action in ("create", "update", "partial_update"):
            return self.input_serializer_class
        return self.serializer_class

    def rows(self, queryset):
        return queryset.values(*self.columns)

    def filter_queryset(self, queryset):
        # Building a FilterSet's form costs more than the page's query: only when filtering.
        params = self.request.query_params
        if not any(name in params for name in self.filterset_class.base_filters):
            return queryset
        return super().filter_queryset(queryset)

    def links(self):
        return representations.Links(self.request)

    def row_to_data(self, row, links):
        return type(self).represent(row, links)

    def detail_data(self, row, links):
        return self.row_to_data(row, links)

    # -- reading ---------------------------------------------------------------------------
    def list(self, request, *args, **kwargs):
        page = self.paginate_queryset(self.rows(self.filter_queryset(self.get_queryset())))
        links = self.links()
        return self.get_paginated_response([self.row_to_data(row, links) for row in page])

    def detail_response(self, pk, status_code=status.HTTP_200_OK):
        rows = list(self.get_queryset().filter(pk=pk).order_by().values(*self.columns, "version"))
        if not rows:
            raise Http404
        row = rows[0]
        data = self.detail_data(row, self.links())
        tag = etag(self.model._meta.model_name, row["id"], row["version"])
        return Response(data, status=status_code, headers={"ETag": tag})

    def retrieve(self, request, pk=None, *args, **kwargs):
        return self.detail_response(pk)

    # -- writing ---------------------------------------------------------------------------
    def locked(self, pk):
        """The row to change, locked until the transaction ends; 404 if not visible."""
        try:
            return self.get_queryset().select_for_update(of=("self",)).get(pk=pk)
        except self.model.DoesNotExist:
            raise Http404 from None

    def validated(self, instance=None, partial=False) -> dict:
        no_body = not self.request.data and not int(self.request.META.get("CONTENT_LENGTH") or 0)
        if no_body and self.request.method in ("POST", "PUT"):
            # The schema marks these bodies required: "{}" is a body, nothing at all is not (a PATCH may be empty).
            raise ValidationError({"non_field_errors": ["The request needs a JSON body (an object, {} at the least)."]})
        serializer = self.input_serializer_class(
            instance=instance, data=self.request.data, partial=partial, context=self.get_serializer_context()
        )
        return valid_input(serializer)

    def save(self, instance, data: dict):
        """Create (instance None) or change a row through its service."""
        raise NotImplementedError

    def remove(self, instance):
        raise NotImplementedError

    def create(self, request, *args, **kwargs):
        with transaction.atomic():
            instance = self.save(None, self.validated())
        return self.detail_response(instance.pk, status.HTTP_201_CREATED)

    def update(self, request, pk=None, partial=False, *args, **kwargs):
        with transaction.atomic():
            instance = self.locked(pk)
            data = self.validated(instance, partial=partial)  # bad input is a 400 before any 412 or 428
            check_if_match(request, instance, required=self.if_match_required)
            instance = self.save(instance, data)
        return self.detail_response(instance.pk)

    def partial_update(self, request, pk=None, *args, **kwargs):
        return self.update(request, pk, partial=True)

    def destroy(self, request, pk=None, *args, **kwargs):
        with transaction.atomic():
            instance = self.locked(pk)
            check_if_match(request, instance, required=self.if_match_required)
            self.remove(instance)
        return Response(status=status.HTTP_204_NO_CONTENT)


# -- claims --------------------------------------------------------------------------------

class EchoBuffer:
    """A file-like object for csv.writer that hands each line back instead of storing it."""

    def write(self, value):
        return value


EXPORT_FORMATS = {"csv": "text/csv; charset=utf-8", "ndjson": "application/x-ndjson"}


@crud_schema(
    "claims", serializers.ClaimOut, serializers.ClaimDetailOut, serializers.ClaimIn,
    list=extend_schema(
        tags=["claims"],
        responses=serializers.ClaimOut(many=True),
        description="Claims, newest first. Anonymous clients see published claims only. "
        "`?format=csv` (or `ndjson`, one JSON claim per line) streams every claim the filters select, "
        "unpaginated, with every figure field.",
    ),
)
class ClaimViewSet(ResourceViewSet):
    model = Claim
    represent = representations.claim_row
    serializer_class = serializers.ClaimOut
    input_serializer_class = serializers.ClaimIn
    filterset_class = filters.ClaimFilter
    ordering_fields = {"stated_on": "stated_on", "value": "value", "created_at": "created_at"}
    if_match_required = True  # no lost updates: a write names the version it changes

    @property
    def columns(self) -> list[str]:
        """The evidence tallies as this reader sees them (claims.selectors.hidden_evidence)."""
        return representations.claim_columns(public=not roles.is_reviewer(self.request.user))

    @property
    def searching(self) -> bool:
        return bool(self.request.query_params.get("search", "").strip())

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if self.action == "list" and self.searching:
            # Best matches first unless the client orders otherwise.
            self.ordering_fields = {**self.ordering_fields, "rank": RANK}
            self.default_ordering = "-rank"

    def get_queryset(self):
        return selectors.claims_visible_to(self.request.user)

    def rows(self, queryset):
        columns = self.columns + [RANK] if RANK in queryset.query.annotations else self.columns
        return queryset.values(*columns)

    def detail_data(self, row, links):
        evidence = selectors.evidence_visible_to(self.request.user).filter(claim_id=row["id"]).order_by("stance", "id")
        return representations.claim_detail(row, evidence.values(*representations.EVIDENCE_COLUMNS), links)

    def perform_content_negotiation(self, request, force=False):
        if self.action == "list" and request.query_params.get("format") in EXPORT_FORMATS:
            return JSONRenderer(), JSONRenderer.media_type  # errors before the stream starts are JSON
        return super().perform_content_negotiation(request, force)

    def list(self, request, *args, **kwargs):
        export = request.query_params.get("format")
        if export not in EXPORT_FORMATS:
            return super().list(request, *args, **kwargs)
        queryset = self.filter_queryset(self.get_queryset())
        queryset, _field, _descending = self.paginator.order_queryset(queryset, request, self)
        rows = self.rows(queryset).iterator(chunk_size=2000)
        lines = self._csv_lines(rows) if export == "csv" else self._ndjson_lines(rows, self.links())
        response = StreamingHttpResponse(lines, content_type=EXPORT_FORMATS[export])
        response["Content-Disposition"] = f'attachment; filename="claims.{export}"'
        return response

    @staticmethod
    def _csv_lines(rows):
        writer = csv.writer(EchoBuffer())
        yield writer.writerow(representations.EXPORT_HEADER)
        for row in rows:
            yield writer.writerow(representations.export_row(row))

    @staticmethod
    def _ndjson_lines(rows, links):
        encoder = JSONEncoder(ensure_ascii=False)
        for row in rows:
            yield encoder.encode(representations.claim_row(row, links)) + "\n"

    def save(self, instance, data):
        data = dict(data)
        reason = data.pop("change_reason", "")
        if instance is None:
            return services.claim_create(user=self.request.user, data=data)
        return services.claim_update(claim=instance, user=self.request.user, data=data, change_reason=reason)

    def remove(self, instance):
        services.claim_delete(claim=instance, user=self.request.user)

    @extend_schema(tags=["claims"], responses=serializers.CorrectionOut(many=True), filters=False,
                   description="A published claim's corrections and updates, newest first: each change to its "
                   "figure, period, verdict or explanation after it was published, from what to what, and why. "
                   "Visible to whoever may see the claim.")
    @action(detail=True, methods=["get"], url_path="changes", ordering_fields={"changed_at": "changed_at"},
            default_ordering="-changed_at")
    def changes(self, request, pk=None):
        if not self.get_queryset().filter(pk=pk).exists():
            raise Http404
        rows = selectors.claim_corrections(claim_id=pk).values(*representations.CORRECTION_COLUMNS)
        page = self.paginate_queryset(rows)
        links = self.links()
        return self.get_paginated_response([representations.correction_row(row, links) for row in page])

    @extend_schema(tags=["claims"], responses=serializers.EvidenceOut(many=True), filters=False)
    @action(detail=True, methods=["get"], url_path="evidence", ordering_fields={"created_at": "created_at"},
            default_ordering="-id")
    def evidence(self, request, pk=None):
        """A claim's evidence (404 when the claim is not visible to you)."""
        if not self.get_queryset().filter(pk=pk).exists():
            raise Http404
        queryset = selectors.evidence_visible_to(request.user).filter(claim_id=pk)
        page = self.paginate_queryset(queryset.values(*representations.EVIDENCE_COLUMNS))
        links = self.links()
        return self.get_paginated_response([representations.evidence_row(row, links) for row in page])


    # -- consistency findings --------------------------------------------------------------
    # Readers see the findings a reviewer accepted on a published claim; reviewers see every
    # finding on any claim, proposed and rejected too, and decide the proposed ones.

    def findings_queryset(self, pk):
        if not self.get_queryset().filter(pk=pk).exists():
            raise Http404
        return selectors.findings_visible_to(self.request.user, claim_id=pk)

    @extend_schema(
        tags=["claims"], responses=serializers.FindingOut(many=True), filters=False,
        description="What the consistency engine found about a claim: the statistic it likely measures, sources "
        "and official figures that agree or conflict, repeats, a proposed verdict. Anonymous clients and users "
        "without a role see accepted findings of published claims; reviewers see all.",
    )
    @action(detail=True, methods=["get"], url_path="findings", ordering_fields={"created_at": "created_at"},
            default_ordering="id")
    def findings(self, request, pk=None):
        page = self.paginate_queryset(self.finding_rows(self.findings_queryset(pk)))
        links = self.links()
        return self.get_paginated_response(representations.finding_rows(list(page), links))

    def finding_rows(self, findings):
        """Findings with their other claim joined in, and whether this reader may see that claim."""
        visible = Exists(self.get_queryset().filter(pk=OuterRef("other_claim_id")))
        return findings.annotate(other_claim_visible=visible).values(
            *representations.FINDING_COLUMNS,
            *representations.prefixed(self.columns, representations.FINDING_OTHER_CLAIM), "other_claim_visible",
        )

    def decide_finding(self, pk, finding_id, decide):
        if not self.findings_queryset(pk).filter(pk=finding_id).exists():
            raise Http404
        try:
            decide(finding_id=int(finding_id), user=self.request.user)
        except FindingError as exc:
            raise Conflict(str(exc)) from None
        row = self.finding_rows(Finding.objects.filter(pk=finding_id)).get()
        return Response(representations.finding_rows([row], self.links())[0])

    @extend_schema(tags=["claims"], request=None, responses=serializers.FindingOut, filters=False,
                   description="Accept a proposed finding: it does what it proposes (links the evidence with "
                   "stance and figure, files the claim under the statistic, folds a repeat into the first "
                   "appearance, or, for editors, sets the verdict). A decided finding is a 409.")
    @action(detail=True, methods=["post"], url_path=r"findings/(?P<finding_id>[0-9]{1,18})/accept")
    def accept_finding(self, request, pk=None, finding_id=None):
        return self.decide_finding(pk, finding_id, finding_accept)

    @extend_schema(tags=["claims"], request=None, responses=serializers.FindingOut, filters=False,
                   description="Reject a proposed finding: the engine never proposes it again. A decided "
                   "finding is a 409.")
    @action(detail=True, methods=["post"], url_path=r"findings/(?P<finding_id>[0-9]{1,18})/reject")
    def reject_finding(self, request, pk=None, finding_id=None):
        return self.decide_finding(pk, finding_id, finding_reject)


# -- evidence ------------------------------------------------------------------------------

@crud_schema("evidence", serializers.EvidenceOut, serializers.EvidenceOut, serializers.EvidenceIn)
class EvidenceViewSet(ResourceViewSet):
    model = Evidence
    columns = representations.EVIDENCE_COLUMNS
    represent = representations.evidence_row
    serializer_class = serializers.EvidenceOut
    input_serializer_class = serializers.EvidenceIn
    filterset_class = filters.EvidenceFilter

    def get_queryset(self):
        return selectors.evidence_visible_to(self.request.user)

    def save(self, instance, data):
        if instance is None:
            return services.evidence_create(user=self.request.user, data=data)
        return services.evidence_update(evidence=instance, user=self.request.user, data=data)

    def remove(self, instance):
        services.evidence_delete(evidence=instance, user=self.request.user)


# -- sources, speakers, statistics ---------------------------------------------------------

@crud_schema("sources", serializers.SourceOut, serializers.SourceDetailOut, serializers.SourceIn)
class SourceViewSet(ResourceViewSet):
    model = Source
    columns = representations.SOURCE_COLUMNS
    represent = representations.source_row
    serializer_class = serializers.SourceOut
    input_serializer_class = serializers.SourceIn
    filterset_class = filters.SourceFilter
    ordering_fields = {"published_on": "published_on", "created_at": "created_at"}

    def detail_data(self, row, links):
        data = representations.source_row(row, links)
        data["text"] = row["text"]
        return data

    def detail_response(self, pk, status_code=status.HTTP_200_OK):
        self.columns = [*representations.SOURCE_COLUMNS, "text"]  # only the detail carries the text
        return super().detail_response(pk, status_code)

    def get_queryset(self):
        return selectors.sources_visible_to(self.request.user)

    def save(self, instance, data):
        if instance is None:
            return source_services.source_create(user=self.request.user, data=data)
        return source_services.source_update(source=instance, user=self.request.user, data=data)

    def remove(self, instance):
        if not roles.can_delete(self.request.user, instance):
            raise services.Forbidden("Only editors can delete sources.")
        source_services.source_delete(source=instance, user=self.request.user)


@crud_schema("speakers", serializers.SpeakerOut, serializers.SpeakerOut, serializers.SpeakerIn)
class SpeakerViewSet(ResourceViewSet):
    model = Speaker
    columns = representations.SPEAKER_COLUMNS
    represent = representations.speaker_row
    serializer_class = serializers.SpeakerOut
    input_serializer_class = serializers.SpeakerIn
    filterset_class = filters.SpeakerFilter
    ordering_fields = {"name": "name", "created_at": "created_at"}

    def get_queryset(self):
        return selectors.speakers_visible_to(self.request.user)

    def save(self, instance, data):
        if instance is None:
            return services.speaker_create(user=self.request.user, data=data)
        return services.speaker_update(speaker=instance, user=self.request.user, data=data)

    def remove(self, instance):
        services.speaker_delete(speaker=instance, user=self.request.user)


@crud_schema("statistics", serializers.StatisticOut, serializers.StatisticOut, serializers.StatisticIn)
class StatisticViewSet(ResourceViewSet):
    model = Statistic
    columns = representations.STATISTIC_COLUMNS
    represent = representations.statistic_row
    serializer_class = serializers.StatisticOut
    input_serializer_class = serializers.StatisticIn
    filterset_class = filters.StatisticFilter
    permission_classes = [ReadOnlyOrEditor]  # statistics are the editors' to define (claims.roles)
    ordering_fields = {"name": "name", "created_at": "created_at"}

    def get_queryset(self):
        return selectors.statistics_visible_to(self.request.user)

    def save(self, instance, data):
        if instance is None:
            return services.statistic_create(user=self.request.user, data=data)
        return services.statistic_update(statistic=instance, user=self.request.user, data=data)

    def remove(self, instance):
        services.statistic_delete(statistic=instance, user=self.request.user)



@api_view(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"])
@permission_classes([AllowAny])
@schema(None)
def not_found(request, *args, **kwargs):
    raise Http404
