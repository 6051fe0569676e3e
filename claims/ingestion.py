"""Ingestion: from an article (a URL, an HTML page or plain text) to suggested claims.

The one path, used by the Celery task, the API and `manage.py ingest`:

    job = ingestion_create(kind=..., url=..., content=..., user=...)   # queues the task
    ingestion_run(job_id=job.pk, final_attempt=...)                    # what the task does

`ingestion_run` is idempotent, so a redelivered task (a worker killed mid-task) is
harmless: a source is found by its canonical URL or its content hash before one is
created, and a claim is created only where the source has none at those figure offsets
(a unique constraint guards the race).
"""
from __future__ import annotations

import ipaddress
import json
import logging
import socket
import time
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urljoin, urlsplit

import htmldate
import trafilatura
import urllib3
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify
from simple_history.utils import bulk_create_with_history

from claims import figures
from claims.cache import public_changed
from claims.extraction import extract_claims
from claims.models import Claim, IngestionJob, Speaker
from sources.canonical import InvalidURL, canonical_url
from sources.models import Source, content_hash

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain",)
USER_AGENT = "factcheck-ingest/1.0 (+https://github.com/factcheck)"


class IngestionError(Exception):
    """Bad input: the job fails with this message, and trying again would not help."""


class RetryableError(IngestionError):
    """A failure that may pass (a timeout, a 5xx, an unreachable host): try again later."""


# --- Fetching ---------------------------------------------------------------------------

@dataclass
class Fetched:
    url: str
    content_type: str  # "text/html" or "text/plain"
    charset: str | None
    body: bytes


def _check_host(url: str) -> None:
    """Refuse URLs that resolve to private, loopback or link-local addresses (SSRF):
    a reviewer must not make the server read its own network. Tests that serve pages
    from 127.0.0.1 turn INGEST_ALLOW_PRIVATE_URLS on."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise IngestionError(f"{url!r} is not an http(s) URL.")
    if settings.INGEST_ALLOW_PRIVATE_URLS:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise RetryableError(f"Could not resolve {parts.hostname}: {exc.strerror}.") from None
    for info in infos:
        if not ipaddress.ip_address(info[4][0]).is_global:
            raise IngestionError(f"{parts.hostname} is not a public address.")


_pool = urllib3.PoolManager(headers={"User-Agent": USER_AGENT, "Accept": "text/html, text/plain;q=0.9"})


def fetch_url(url: str) -> Fetched:
    """GET url with a timeout, a size cap, HTML or text only and at most
    INGEST_MAX_REDIRECTS redirects (each checked like the first URL).

    Raises IngestionError for what will not change (wrong type, too big, 404) and
    RetryableError for what may (timeouts, refused connections, 5xx, 429).
    """
    timeout = settings.INGEST_FETCH_TIMEOUT
    deadline = time.monotonic() + timeout
    for _hop in range(settings.INGEST_MAX_REDIRECTS + 1):
        _check_host(url)
        try:
            response = _pool.request(
                "GET", url, redirect=False, retries=False, preload_content=False,
                timeout=urllib3.Timeout(connect=timeout, read=timeout),
            )
        except urllib3.exceptions.NewConnectionError:  # a subclass of the timeout error
            raise RetryableError(f"Could not fetch {url}: the host refused or is unreachable.") from None
        except urllib3.exceptions.TimeoutError:
            raise RetryableError(f"Timed out after {timeout} s fetching {url}.") from None
        except urllib3.exceptions.HTTPError as exc:
            raise RetryableError(f"Could not fetch {url}: {type(exc).__name__}.") from None
        try:
            if response.status in (301, 302, 303, 307, 308):
                location = response.headers.get("Location")
                if not location:
                    raise IngestionError(f"{url} redirects without a Location.")
                url = urljoin(url, location)
                continue
            return _read(url, response, deadline)
        finally:
            response.release_conn()
    raise IngestionError(f"More than {settings.INGEST_MAX_REDIRECTS} redirects.")


def _read(url: str, response, deadline: float) -> Fetched:
    if response.status == 429 or response.status >= 500:
        raise RetryableError(f"{url} answered HTTP {response.status}.")
    if response.status != 200:
        raise IngestionError(f"{url} answered HTTP {response.status}.")
    mime, _, params = (response.headers.get("Content-Type") or "").partition(";")
    mime = mime.strip().lower()
    if mime not in HTML_TYPES + TEXT_TYPES:
        raise IngestionError(f"{url} is {mime or 'of no content type'}, not an HTML page or text.")
    cap = settings.INGEST_MAX_BYTES
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > cap:
        raise IngestionError(f"The page is over the size cap of {cap} bytes.")
    chunks, size = [], 0
    try:
        for chunk in response.stream(64 * 1024):
            size += len(chunk)
            if size > cap:
                raise IngestionError(f"The page is over the size cap of {cap} bytes.")
            if time.monotonic() > deadline:
                raise RetryableError(f"Timed out after {settings.INGEST_FETCH_TIMEOUT} s reading {url}.")
            chunks.append(chunk)
    except urllib3.exceptions.TimeoutError:
        raise RetryableError(f"Timed out after {settings.INGEST_FETCH_TIMEOUT} s reading {url}.") from None
    except urllib3.exceptions.HTTPError as exc:
        raise RetryableError(f"Could not read {url}: {type(exc).__name__}.") from None
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip('"')
    return Fetched(url=url, content_type="text/html" if mime in HTML_TYPES else "text/plain",
                   charset=charset, body=b"".join(chunks))


def decode_text(body: bytes, charset: str | None = None) -> str:
    """Bytes as text; binary data (NUL bytes, or not text in its charset) is an error."""
    if b"\x00" in body:
        raise IngestionError("The content is binary data, not text.")
    try:
        return body.decode(charset or "utf-8")
    except (UnicodeDecodeError, LookupError):
        if charset is None:
            try:
                return body.decode("cp1252")
            except UnicodeDecodeError:
                pass
        raise IngestionError("The content is binary data, not text.") from None


# --- Reading a document -----------------------------------------------------------------

@dataclass
class Document:
    text: str
    title: str = ""
    publisher: str = ""
    authors: list[str] = field(default_factory=list)
    published: date | None = None


def html_document(html: str | bytes, url: str | None = None) -> Document:
    """The article's text and metadata: trafilatura for text, title, author and site
    name; htmldate for the original publication date (no extensive search: a date
    guessed from any number on the page is worse than none)."""
    extracted = trafilatura.bare_extraction(html, url=url or None, with_metadata=True, include_comments=False)
    if extracted is None or not (extracted.text or "").strip():
        raise IngestionError("The page has no article text.")
    # trafilatura puts one paragraph a line; a blank line between them keeps
    # paragraphs apart for sentence splitting, as in plain-text articles.
    text = "\n\n".join(line.strip() for line in extracted.text.splitlines() if line.strip())
    found = htmldate.find_date(html, url=url or None, original_date=True, extensive_search=False)
    authors = [a.strip() for a in (extracted.author or "").split(";") if a.strip()]
    return Document(
        text=text,
        title=(extracted.title or "").strip(),
        publisher=(extracted.sitename or "").strip(),
        authors=authors,
        published=date.fromisoformat(found) if found else None,
    )


def text_document(text: str) -> Document:
    if "\x00" in text:
        raise IngestionError("The content is binary data, not text.")
    if not text.strip():
        raise IngestionError("The text is empty.")
    return Document(text=text)


def job_document(job: IngestionJob) -> Document:
    """The job's article, fetched if need be."""
    if job.kind == IngestionJob.Kind.URL:
        fetched = fetch_url(job.url)
        if fetched.content_type == "text/html":
            if b"\x00" in fetched.body:
                raise IngestionError("The content is binary data, not text.")
            # Bytes: trafilatura finds the encoding in the page itself.
            return html_document(fetched.body, url=fetched.url)
        return text_document(decode_text(fetched.body, fetched.charset))
    if job.kind == IngestionJob.Kind.HTML:
        if "\x00" in job.content:
            raise IngestionError("The content is binary data, not text.")
        return html_document(job.content, url=job.url)
    return text_document(job.content)


# --- Speakers ---------------------------------------------------------------------------

# Words that make a title before a person's name ("U.S. Border Patrol Chief Raul Ortiz").
TITLE_WORDS = {
    "agent", "chief", "commissioner", "director", "secretary", "president", "senator", "sen.", "rep.",
    "representative", "gov.", "governor", "mayor", "spokesman", "spokeswoman", "spokesperson", "officer",
    "minister", "chairman", "chairwoman", "chair", "ceo", "economist", "analyst", "sheriff", "judge",
    "attorney", "general", "professor", "dr.", "deputy", "acting", "press", "superintendent", "administrator",
}
# Words that make a name an organisation's ("Bureau of Labor Statistics", "Fox News").
ORGANISATION_WORDS = {
    "administration", "agency", "association", "bank", "board", "bureau", "center", "centre", "clearinghouse",
    "commission", "committee", "company", "congress", "corp", "corporation", "council", "court", "department",
    "enforcement", "foundation", "fund", "government", "group", "inc", "institute", "ministry", "news",
    "office", "party", "patrol", "police", "post", "protection", "research", "reserve", "senate", "service",
    "statistics", "times", "university",
}


def split_title(name: str) -> tuple[str, str]:
    """(person's name, title): the words after the last title word when they look like a
    name (two to four capitalised words), else (name, "")."""
    words = name.split()
    cut = max((i for i, w in enumerate(words) if w.casefold() in TITLE_WORDS), default=-1)
    rest = words[cut + 1:]
    if cut >= 0 and 2 <= len(rest) <= 4 and all(w[:1].isupper() for w in rest):
        return " ".join(rest), " ".join(words[:cut + 1])
    return name, ""


def speaker_kind(name: str) -> str:
    words = name.replace(".", " ").split()
    if any(w.casefold() in ORGANISATION_WORDS for w in words):
        return Speaker.Kind.ORGANISATION
    if len(words) == 1 and (words[0].isupper() or words[0].islower()):
        return Speaker.Kind.ORGANISATION  # an acronym (BLS, CDC) or a common noun (police)
    return Speaker.Kind.PERSON


def _person_key(name: str) -> tuple[str, str] | None:
    """First and last name, so "Gloria I. Chavez" is "Gloria Chavez"."""
    words = [w for w in name.split() if not (len(w) == 2 and w.endswith("."))]
    return (words[0].casefold(), words[-1].casefold()) if len(words) >= 2 else None


def _full_names(names: list[str]) -> dict[str, str]:
    """Within one article, the same person named in several ways is one name: a bare
    surname ("Chavez") or a middle initial ("Gloria I. Chavez") is the person named first
    ("Gloria Chavez"). Names are in the order the article gives them."""
    first_by_key: dict[tuple[str, str], str] = {}
    for name in names:
        key = _person_key(name)
        if key is not None and speaker_kind(name) == Speaker.Kind.PERSON:
            first_by_key.setdefault(key, name)
    full = {}
    for name in names:
        key = _person_key(name)
        if key is not None and key in first_by_key:
            full[name] = first_by_key[key]
            continue
        longer = {full_name for (_, last), full_name in first_by_key.items() if last == name.casefold()}
        full[name] = longer.pop() if len(longer) == 1 else name
    return full


def match_speaker(name: str, *, role: str = "") -> Speaker:
    """The existing speaker with this name, alias (both case-insensitive) or slug, or a
    new one (with role, when the article gave one)."""
    name = " ".join(name.split())[:200]
    slug = slugify(name)
    # Aliases are a JSON list: narrow by the text, then compare exactly. SQLite keeps
    # non-ASCII names \u-escaped, PostgreSQL as they are: look for both spellings.
    escaped = json.dumps(name)[1:-1]
    candidates = Speaker.objects.filter(
        Q(name__iexact=name) | Q(slug=slug) | Q(aliases__icontains=name) | Q(aliases__icontains=escaped)
    )
    wanted = name.casefold()
    best = None
    for speaker in candidates:
        if speaker.name.casefold() == wanted:
            return speaker
        if best is None and (speaker.slug == slug or any(
                isinstance(a, str) and a.casefold() == wanted for a in speaker.aliases)):
            best = speaker
    if best is not None:
        return best
    return Speaker.objects.create(name=name, slug=Speaker.unique_slug(name), kind=speaker_kind(name), role=role[:300])


def match_speakers(names) -> dict[str, Speaker]:
    """Each distinct name said in one article (in its order), matched once. A title
    before a person's name is left out of the name and kept as a new speaker's role."""
    said = list(dict.fromkeys(n for n in names if n and n.strip()))
    titled = {name: split_title(" ".join(name.split())) for name in said}
    full = _full_names(list(dict.fromkeys(person for person, _ in titled.values())))
    roles: dict[str, str] = {}
    for person, role in titled.values():
        if len(role) > len(roles.get(full[person], "")):
            roles[full[person]] = role
    by_full: dict[str, Speaker] = {}
    for person, _ in titled.values():
        if full[person] not in by_full:
            by_full[full[person]] = match_speaker(full[person], role=roles.get(full[person], ""))
    return {name: by_full[full[titled[name][0]]] for name in said}


# --- Sources and claims -----------------------------------------------------------------

def find_source(*, url: str, text: str) -> Source | None:
    """The source already ingested from this URL (canonical) or with this text."""
    if url:
        found = Source.objects.for_url(url).first()
        if found is not None:
            return found
    if text:
        return Source.objects.filter(content_hash=content_hash(text)).order_by("id").first()
    return None


def _claim_from(extracted, *, source: Source, job: IngestionJob | None, speaker: Speaker | None,
                stated_on: date | None, user) -> Claim:
    claim = Claim(
        source=source, ingestion=job, speaker=speaker, stated_on=stated_on, status=Claim.Status.SUGGESTED,
        quote=extracted.sentence, quote_start=extracted.sentence_start, quote_end=extracted.sentence_end,
        figure_start=extracted.start, figure_end=extracted.end, figure_text=extracted.figure_text[:100],
        unit=(extracted.unit or "")[:100], rate=(extracted.rate or "")[:40], place=(extracted.place or "")[:200],
        period_start=extracted.period_start, period_end=extracted.period_end, created_by=user,
    )
    qualifier = extracted.qualifier if extracted.qualifier in figures.QUALIFIERS else None
    claim.set_figure(extracted.value, qualifier)
    # A range ("between 5 and 10") carries its own bounds; keep them when they fit.
    lower, upper = extracted.lower_bound, extracted.upper_bound
    if (lower is not None or upper is not None) and figures.bounds_problem(claim.value, qualifier, lower, upper) is None:
        claim.lower_bound = claim.lower_bound if lower is None else figures.to_decimal(lower)
        claim.upper_bound = claim.upper_bound if upper is None else figures.to_decimal(upper)
    if claim.period_start and claim.period_end and claim.period_start > claim.period_end:
        claim.period_start = claim.period_end = None
    return claim


@dataclass
class IngestResult:
    source: Source
    source_created: bool
    claims_created: int
    claims_existing: int


@transaction.atomic
def ingest_document(*, document: Document, url: str = "", job: IngestionJob | None = None, user=None) -> IngestResult:
    """Record the source (or find it) and suggest a claim for each figure in its text.

    A source found again keeps its text, and the claims are extracted from that text,
    so offsets always point into what the source holds.
    """
    source = find_source(url=url, text=document.text)
    created = source is None
    if created:
        source = Source(title=document.title[:500], publisher=document.publisher[:200],
                        authors=document.authors, published_on=document.published)
        source.set_url(url)
        source.set_text(document.text)
        source.save()
    elif not source.text:
        source.set_text(document.text)
        source.save(update_fields=["text", "content_hash", "updated_at"])
        public_changed()  # a public source page shows its text
    stated_on = source.published_on or document.published
    extracted = extract_claims(source.text, published=stated_on)
    taken = set(source.claims.filter(figure_start__isnull=False).values_list("figure_start", "figure_end"))
    fresh = [e for e in extracted if (e.start, e.end) not in taken]
    speakers = match_speakers(e.speaker for e in fresh)
    claims = [
        _claim_from(e, source=source, job=job, speaker=speakers.get(e.speaker) if e.speaker else None,
                    stated_on=stated_on, user=user)
        for e in fresh
    ]
    claims = [claim for claim in claims if _valid(claim)]
    bulk_create_with_history(claims, Claim, default_user=user)
    return IngestResult(source=source, source_created=created,
                        claims_created=len(claims), claims_existing=len(extracted) - len(fresh))


def _valid(claim: Claim) -> bool:
    """Field checks (lengths, digits): one odd figure must not sink the whole article."""
    try:
        # A unit the extractor could not name is left for the reviewer to fill in.
        claim.full_clean(exclude=["source", "speaker", "ingestion", "created_by", "statistic", "duplicate_of", "unit"],
                         validate_unique=False, validate_constraints=False)
    except ValidationError as exc:
        log.warning("Skipped figure %r at %s: %s", claim.figure_text, claim.figure_start, exc.messages)
        return False
    return True


# --- Jobs -------------------------------------------------------------------------------

def ingestion_create(*, kind: str, url: str = "", content: str = "", published: date | None = None,
                     publisher: str = "", title: str = "", user=None, queue: bool = True) -> IngestionJob:
    """A queued job; its task is sent once the job is committed."""
    if url:
        try:
            canonical_url(url)
        except InvalidURL as exc:
            raise IngestionError(str(exc)) from None
    if "\x00" in content:  # PostgreSQL cannot even store it
        raise IngestionError("The content is binary data, not text.")
    job = IngestionJob.objects.create(kind=kind, url=url, content=content, published=published,
                                      publisher=publisher, title=title, created_by=user)
    if queue:
        from claims.tasks import ingest_job  # tasks import this module

        transaction.on_commit(lambda: ingest_job.apply_async((job.pk,), queue=settings.INGEST_QUEUE))
    return job


def _finish(job: IngestionJob, *, status: str, error: str = "", source: Source | None = None) -> None:
    job.status = status
    job.error = error
    job.finished_at = timezone.now()
    fields = ["status", "error", "finished_at"]
    if source is not None:
        job.source = source
        fields.append("source")
    if status == IngestionJob.Status.DONE and job.kind != IngestionJob.Kind.URL:
        job.content = ""  # the source keeps the text now
        fields.append("content")
    job.save(update_fields=fields)


def _known_document(job: IngestionJob) -> Document | None:
    """A URL ingested before is not fetched again: its source holds the text."""
    if job.kind != IngestionJob.Kind.URL:
        return None
    source = find_source(url=job.url, text="")
    return Document(text=source.text) if source is not None and source.text else None


def ingestion_run(*, job_id: int, final_attempt: bool = True) -> IngestionJob | None:
    """Run a job: fetch, read, record the source and its suggested claims.

    Bad input fails the job at once. A RetryableError is raised for the caller (the
    task) to try again, except on the final attempt, which fails the job instead: a
    job always ends done or failed, never loops.
    """
    with transaction.atomic():
        job = IngestionJob.objects.select_for_update().filter(pk=job_id).first()
        if job is None or job.status in (IngestionJob.Status.DONE, IngestionJob.Status.FAILED):
            return job  # already finished: a redelivered message does nothing
        job.status = IngestionJob.Status.RUNNING
        job.attempts += 1
        job.started_at = job.started_at or timezone.now()
        job.save(update_fields=["status", "attempts", "started_at"])
    try:
        document = _known_document(job) or job_document(job)
        if job.title:
            document.title = job.title
        if job.publisher:
            document.publisher = job.publisher
        if job.published:
            document.published = job.published
        url = canonical_url(job.url) if job.url else ""
        try:
            with transaction.atomic():  # the claims and the job's "done" commit together
                result = ingest_document(document=document, url=url, job=job, user=job.created_by)
                _finish(job, status=IngestionJob.Status.DONE, source=result.source)
        except IntegrityError as exc:
            # Another job created the same source or claims at the same moment.
            raise RetryableError(f"Conflicting write: {exc}") from None
    except RetryableError as exc:
        if not final_attempt:
            job.error = str(exc)
            job.save(update_fields=["error"])
            raise
        _finish(job, status=IngestionJob.Status.FAILED, error=f"{exc} (gave up after {job.attempts} attempts)")
        return job
    except IngestionError as exc:
        _finish(job, status=IngestionJob.Status.FAILED, error=str(exc))
        return job
    except Exception:
        # A bug or a database outage: try again like a fetch error, and in the end fail
        # the job rather than leave it running for ever.
        log.exception("Ingestion job %s failed", job.pk)
        if not final_attempt:
            raise RetryableError("Internal error.") from None
        _finish(job, status=IngestionJob.Status.FAILED, error=f"Internal error (gave up after {job.attempts} attempts).")
        return job
    job.result = result
    return job


def retry_delay(retries: int) -> int:
    """Seconds before the next try: exponential backoff, capped at ten minutes."""
    return min(settings.INGEST_RETRY_BACKOFF * 2**retries, 600)
