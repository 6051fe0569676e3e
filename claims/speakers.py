"""The names an article gives, matched to speakers: an existing speaker by name, alias or
slug before a new one (created through claims.services.speaker_create)."""
from __future__ import annotations

import json

from django.db.models import Q

from claims.models import Speaker
from claims.services import slug_base, speaker_create

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


def match_speaker(name: str, *, role: str = "", user=None) -> Speaker:
    """The existing speaker with this name, alias (both case-insensitive) or slug, or a
    new one (with role, when the article gave one)."""
    name = " ".join(name.split())[:200]
    slug = slug_base(name, fallback="speaker")
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
    return speaker_create(user=user, data=dict(name=name, kind=speaker_kind(name), role=role[:300]))


def match_speakers(names, *, user=None) -> dict[str, Speaker]:
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
            by_full[full[person]] = match_speaker(full[person], role=roles.get(full[person], ""), user=user)
    return {name: by_full[full[titled[name][0]]] for name in said}
