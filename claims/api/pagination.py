"""Keyset (cursor) pagination with ordering, over model instances or .values() dicts.

Pages stay stable while rows are added, and page 10,000 costs what page 1 costs (no
OFFSET). The cursor holds the last row's sort key and id; the id breaks ties, and rows
whose sort key is empty come last in either direction. DRF's own CursorPagination cannot
page over a nullable key such as the date a claim was stated, hence this class.

A view lists the orderings it allows as `ordering_fields` ({"stated_on": "stated_on"})
and its default as `default_ordering` ("-id"); `?ordering=-value` picks one.
"""
import base64
import binascii
import json
import math
import re
from datetime import date, datetime
from decimal import Decimal

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db.models import F, Q
from rest_framework.exceptions import ValidationError as BadRequest
from rest_framework.pagination import BasePagination
from rest_framework.response import Response
from rest_framework.utils.urls import replace_query_param

from claims.api.base import ID_MAX, parse_decimal


def _refuse(constant):
    raise ValueError(f"{constant} is not a number")


def _json_value(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


class CursorPagination(BasePagination):
    page_size = 50
    max_page_size = 200
    page_size_query_param = "page_size"
    cursor_query_param = "cursor"
    ordering_query_param = "ordering"

    # -- parameters ------------------------------------------------------------------
    def get_page_size(self, request) -> int:
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return self.page_size
        size = int(raw) if re.fullmatch(r"[0-9]{1,9}", raw) else 0
        if size < 1:
            raise BadRequest({self.page_size_query_param: ["Give a whole number of at least 1."]})
        return min(size, self.max_page_size)

    def get_ordering(self, request, view) -> tuple[str, bool]:
        """(field, descending) from ?ordering= among the view's ordering_fields."""
        allowed = getattr(view, "ordering_fields", {})
        raw = request.query_params.get(self.ordering_query_param)
        if raw is None:
            raw = getattr(view, "default_ordering", "-id")
        descending = raw.startswith("-")
        name = raw.lstrip("-")
        if name == "id":
            return "id", descending
        if name not in allowed:
            choices = ", ".join(sorted({"id", *allowed}))
            raise BadRequest({self.ordering_query_param: [f"Order by one of {choices}, with - for descending."]})
        return allowed[name], descending

    def decode_cursor(self, request, model, field: str):
        raw = request.query_params.get(self.cursor_query_param)
        if raw is None:
            return None
        try:
            # Numbers stay text until checked: 1e200000 must not become a float infinity.
            key, pk, cursor_field = json.loads(
                base64.urlsafe_b64decode(raw.encode("ascii")), parse_float=str, parse_int=str, parse_constant=_refuse
            )
            if cursor_field != field or not isinstance(pk, str) or not re.fullmatch(r"[0-9]{1,19}", pk):
                raise ValueError("cursor for another ordering, or not an id")
            pk = int(pk)
            if not 1 <= pk <= ID_MAX:
                raise ValueError("not an id")
            if key is not None:
                key = self._cursor_key(model, field, key)
        except (ValueError, TypeError, binascii.Error, UnicodeError, ValidationError, OverflowError):
            raise BadRequest(
                {self.cursor_query_param: ["This cursor is not valid: use the next link of a page."]}
            ) from None
        return key, pk

    @staticmethod
    def _cursor_key(model, field: str, key):
        try:
            model_field = model._meta.get_field(field)
        except FieldDoesNotExist:  # an annotation such as a search rank: a float
            value = float(key)
            if not math.isfinite(value):
                raise ValueError("not a finite number") from None
            return value
        if model_field.get_internal_type() == "DecimalField":
            return parse_decimal(key)
        if not isinstance(key, str):
            raise ValueError("not a key of this ordering")
        return model_field.to_python(key)

    # -- paging ------------------------------------------------------------------------
    def order_queryset(self, queryset, request, view):
        """queryset in the requested order, ties broken by id; returns (queryset, field, descending)."""
        field, descending = self.get_ordering(request, view)
        if field == "id":
            return queryset.order_by("-id" if descending else "id"), field, descending
        # An empty key sorts as the smallest: last when descending, first when ascending. One
        # index (key DESC NULLS LAST, id DESC) then serves both directions.
        key = F(field).desc(nulls_last=True) if descending else F(field).asc(nulls_first=True)
        return queryset.order_by(key, "-id" if descending else "id"), field, descending

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        self.page_size_now = self.get_page_size(request)
        queryset, field, descending = self.order_queryset(queryset, request, view)
        self.field = field
        model = queryset.model
        cursor = self.decode_cursor(request, model, field)
        if cursor is not None:
            queryset = queryset.filter(self._after(field, descending, *cursor))
        rows = list(queryset[: self.page_size_now + 1])
        self.has_next = len(rows) > self.page_size_now
        rows = rows[: self.page_size_now]
        self.last = rows[-1] if rows else None
        return rows

    @staticmethod
    def _after(field: str, descending: bool, key, pk) -> Q:
        """Rows after (key, pk) in the order above, empty keys being the smallest."""
        beyond = "lt" if descending else "gt"
        if field == "id":
            return Q(**{f"id__{beyond}": pk})
        same_key = Q(**{f"{field}__isnull": True}) if key is None else Q(**{field: key})
        after = same_key & Q(**{f"id__{beyond}": pk})
        if descending:
            # Beyond a dated row: earlier dates, then every empty key; beyond an empty key: nothing else.
            return after if key is None else after | Q(**{f"{field}__lt": key}) | Q(**{f"{field}__isnull": True})
        # Ascending: beyond an empty key come all dated rows; beyond a dated row, later dates.
        if key is None:
            return after | Q(**{f"{field}__isnull": False})
        return after | Q(**{f"{field}__gt": key})

    def _value(self, row, name):
        return row[name] if isinstance(row, dict) else getattr(row, name if name != "id" else "pk")

    def get_next_link(self):
        if not self.has_next or self.last is None:
            return None
        key = None if self.field == "id" else _json_value(self._value(self.last, self.field))
        token = [key, self._value(self.last, "id"), self.field]
        cursor = base64.urlsafe_b64encode(json.dumps(token).encode()).decode("ascii")
        return replace_query_param(self.request.build_absolute_uri(), self.cursor_query_param, cursor)

    def get_paginated_response(self, data):
        return Response({"next": self.get_next_link(), "results": data})

    # -- schema ------------------------------------------------------------------------
    def get_paginated_response_schema(self, schema):
        return {
            "type": "object",
            "required": ["next", "results"],
            "properties": {
                "next": {"type": "string", "nullable": True, "format": "uri", "description": "The next page, or null."},
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view):
        choices = sorted({"id", *getattr(view, "ordering_fields", {})})
        return [
            {
                "name": self.cursor_query_param,
                "required": False,
                "in": "query",
                "description": "The page after a previous page: take it from that page's next link "
                "(an opaque token; any other value is a 400).",
                "schema": {"type": "string", "pattern": "^[A-Za-z0-9_-]+={0,2}$"},
            },
            {
                "name": self.page_size_query_param,
                "required": False,
                "in": "query",
                "description": f"Rows per page, {self.page_size} unless given, at most {self.max_page_size}.",
                "schema": {"type": "integer", "minimum": 1, "maximum": 999999999},
            },
            {
                "name": self.ordering_query_param,
                "required": False,
                "in": "query",
                "description": "Sort key; prefix - for descending.",
                "schema": {"type": "string", "enum": [*choices, *(f"-{c}" for c in choices)]},
            },
        ]
