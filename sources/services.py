"""Every write to sources: the API, the admin, ingestion, the consistency engine and the
demo all call these (keyword-only, each in a transaction). Who may call them is decided
by the callers' role rules (claims.roles): this app knows nothing of claims."""
from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from factcheck.public_cache import public_changed
from sources.canonical import InvalidURL, canonical_url
from sources.models import Source, content_hash

# The fields a caller may set; content_hash follows the text, retrieved_at is set on creation.
FIELDS = ("url", "title", "publisher", "authors", "published_on", "kind", "text")


def source_find(*, url: str = "", text: str = "") -> Source | None:
    """The source already recorded from this URL (canonical) or, failing that, with this text
    (whitespace ignored)."""
    if url:
        found = Source.objects.for_url(url).first()
        if found is not None:
            return found
    if text:
        return Source.objects.filter(content_hash=content_hash(text)).order_by("id").first()
    return None


def _canonical(url: str, *, exclude: int | None = None) -> str:
    if not url:
        return ""
    try:
        url = canonical_url(url)
    except InvalidURL as exc:
        raise ValidationError({"url": [str(exc)]}) from None
    taken = Source.objects.filter(url=url)
    if exclude is not None:
        taken = taken.exclude(pk=exclude)
    if taken.exists():
        # code "taken": valid input that conflicts with a stored row (the API answers 409)
        raise ValidationError({"url": [ValidationError("A source with this URL already exists.", code="taken")]})
    return url


def _text_taken(source: Source) -> bool:
    """Whether another source holds this text (one source per text: a unique constraint)."""
    return bool(source.content_hash) and Source.objects.filter(content_hash=source.content_hash).exclude(
        pk=source.pk).exists()


def _all_taken(exc: ValidationError) -> bool:
    codes = [e.code for errors in exc.error_dict.values() for e in errors] if hasattr(exc, "error_dict") else []
    return bool(codes) and all(code == "taken" for code in codes)


def _apply(source: Source, data: dict) -> None:
    unknown = set(data) - set(FIELDS)
    if unknown:
        raise TypeError(f"not source fields: {sorted(unknown)}")
    for name, value in data.items():
        if name == "text":
            source.set_text(value or "")
            if _text_taken(source):
                raise ValidationError(
                    {"text": [ValidationError("A source with this text already exists.", code="taken")]})
        elif name == "url":
            source.url = _canonical(value, exclude=source.pk)
        else:
            setattr(source, name, value)


def _save(source: Source, user, reason: str, fields: list[str] | None = None) -> None:
    source._history_user = user
    source._change_reason = reason
    source.save(update_fields=fields)
    public_changed()  # a title or publisher shows on public pages


@transaction.atomic
def source_create(*, user, data: dict) -> Source:
    source = Source()
    _apply(source, data)
    _save(source, user, "created")
    return source


@transaction.atomic
def source_update(*, source: Source, user, data: dict) -> Source:
    _apply(source, data)
    _save(source, user, "edited")
    return source


@transaction.atomic
def source_delete(*, source: Source, user) -> None:
    """Delete a source no claim or evidence refers to (ProtectedError otherwise)."""
    source._history_user = user
    source.delete()
    public_changed()


@transaction.atomic
def source_get_or_create(*, url: str = "", text: str = "", user=None, **metadata) -> tuple[Source, bool]:
    """The source with this URL or text, or a new one with the metadata given.

    A source found again keeps its text and metadata; only a missing text is filled in,
    so claim offsets always point into what the source holds.

    Two callers handing in the same URL or text at once get one source: the second's insert
    meets the unique constraints (URL, content hash), is rolled back to a savepoint, and it
    finds the first's source.
    """
    for attempt in range(3):
        found = source_find(url=url, text=text)
        if found is not None:
            break
        try:
            with transaction.atomic():  # a savepoint: a lost race leaves the caller's transaction usable
                return source_create(user=user, data={"url": url, "text": text, **metadata}), True
        except IntegrityError:
            if attempt == 2:
                raise
        except ValidationError as exc:
            if not _all_taken(exc) or attempt == 2:
                raise
    if text and not found.text:
        holder = source_find(text=text)
        if holder is not None:  # another source holds this text (one source per text): that one
            return holder, False
        found.set_text(text)
        _save(found, user, "text added", ["text", "content_hash", "updated_at"])
    return found, False
