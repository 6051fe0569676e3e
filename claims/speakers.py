"""The names an article gives, matched to speakers: an existing speaker by name, alias or
slug before a new one (created through claims.services.speaker_create)."""
from __future__ import annotations

import json

from django.db.models import Q

from claims.extraction.names import person_key, speaker_kind, split_title
from claims.models import Speaker
from claims.services import slug_base, speaker_create


def _full_names(names: list[str]) -> dict[str, str]:
    """Within one article, the same person named in several ways is one name: a bare
    surname ("Chavez") or a middle initial ("Gloria I. Chavez") is the person named first
    ("Gloria Chavez"). Names are in the order the article gives them."""
    first_by_key: dict[tuple[str, str], str] = {}
    for name in names:
        key = person_key(name)
        if key is not None and speaker_kind(name) == Speaker.Kind.PERSON:
            first_by_key.setdefault(key, name)
    full = {}
    for name in names:
        key = person_key(name)
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
