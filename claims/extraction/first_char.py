"""A big alternation of patterns, each alternative led by a test of the first character it can start with.

CPython's re tries the alternatives of "A|B|C|..." one after the other at each place it is asked to match,
and most of them fail only a few characters in, after a handful of steps each. guarded(pattern) works out,
from the parsed pattern, the ASCII characters each top-level alternative can start with (a superset, never
fewer) and puts before it a lookahead for them (or any character past ASCII): an alternative that cannot
start where it is tried fails in one step. The lookaheads are zero width and hold no groups, so the groups,
their numbers and every match are the pattern's own. A pattern the analysis cannot split is returned as is.
"""
from __future__ import annotations

import re
from re import _constants as sre
from re import _parser

from claims.extraction.segments import is_word_char

_ASCII = tuple(chr(i) for i in range(128))
_ANY = frozenset(_ASCII)


def _is_space(c: str) -> bool:
    return c.isspace()


_CATEGORIES = {
    "CATEGORY_DIGIT": str.isdigit, "CATEGORY_NOT_DIGIT": lambda c: not c.isdigit(),
    "CATEGORY_SPACE": _is_space, "CATEGORY_NOT_SPACE": lambda c: not c.isspace(),
    "CATEGORY_WORD": is_word_char, "CATEGORY_NOT_WORD": lambda c: not is_word_char(c),
}


def _literal(code: int, icase: bool) -> frozenset[str]:
    c = chr(code)
    if not c.isascii():
        return _ANY  # "ſ" matches "s" without case: let any character through
    return frozenset(x for x in _ASCII if (x.lower() == c.lower() if icase else x == c))


def _charset(items, icase: bool) -> frozenset[str]:
    negate, chars = False, set()
    for op, av in items:
        if op is sre.NEGATE:
            negate = True
        elif op is sre.LITERAL:
            chars |= _literal(av, icase)
        elif op is sre.RANGE and av[1] < 128:
            lo, hi = av
            cased = (lambda x: (x, x.lower(), x.upper())) if icase else (lambda x: (x,))
            chars |= {x for x in _ASCII if any(lo <= ord(y) <= hi for y in cased(x))}
        elif op is sre.CATEGORY and av.name in _CATEGORIES:
            chars |= {x for x in _ASCII if _CATEGORIES[av.name](x)}
        else:
            return _ANY
    return _ANY - chars if negate else frozenset(chars)


def first_chars(items, icase: bool) -> tuple[frozenset[str], bool]:
    """The ASCII characters a match of the parsed sequence items can start with (more, never fewer), and
    whether it can match nothing at all."""
    found: set[str] = set()
    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width: it only narrows what follows
        if op is sre.LITERAL:
            return frozenset(found | _literal(av, icase)), False
        if op is sre.IN:
            return frozenset(found | _charset(av, icase)), False
        if op is sre.SUBPATTERN and not av[1] and not av[2]:  # a group with no flags of its own
            chars, empty = first_chars(av[3], icase)
        elif op is sre.BRANCH:
            parts = [first_chars(branch, icase) for branch in av[1]]
            chars, empty = frozenset().union(*(p[0] for p in parts)), any(p[1] for p in parts)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            chars, empty = first_chars(av[2], icase)
            empty = empty or av[0] == 0
        else:
            return _ANY, True
        found |= chars
        if not empty:
            return frozenset(found), False
    return frozenset(found), True


def pattern_pieces(pattern: str):
    """The pattern's text as (start, end) pieces: an escape, a whole character class, or one character."""
    i, n = 0, len(pattern)
    while i < n:
        if pattern[i] == "\\":
            j = i + 2
        elif pattern[i] == "[":
            j = i + 2 if pattern[i + 1:i + 2] == "]" else i + 1  # "[]...]": a literal ] first
            while j < n and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            j += 1
        else:
            j = i + 1
        yield i, j
        i = j


def _top_level(pattern: str) -> list[str]:
    """The pattern's text cut at each | outside any group or character class."""
    parts, depth, last = [], 0, 0
    for i, j in pattern_pieces(pattern):
        piece = pattern[i:j]
        if piece == "(":
            depth += 1
        elif piece == ")":
            depth -= 1
        elif piece == "|" and depth == 0:
            parts.append(pattern[last:i])
            last = j
    parts.append(pattern[last:])
    return parts


def guarded(pattern: re.Pattern) -> re.Pattern:
    """pattern with each top-level alternative led by a lookahead for the characters it can start with."""
    if "#" in pattern.pattern or re.match(r"\s*\(\?[aiLmsux]+\)", pattern.pattern):
        return pattern  # a comment or global flags in the text: not cut at its bars here
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    parts = _top_level(pattern.pattern)
    if len(parsed.data) != 1 or parsed.data[0][0] is not sre.BRANCH or len(parsed.data[0][1][1]) != len(parts):
        return pattern
    icase = bool(pattern.flags & re.IGNORECASE)
    out = []
    for part, branch in zip(parts, parsed.data[0][1][1]):
        chars, empty = first_chars(branch, icase)
        if not empty and chars != _ANY:
            # the characters it can start with, or any past ASCII (matched with case, so exactly those)
            part = "(?=[" + "".join(f"\\x{ord(c):02x}" for c in sorted(chars)) + "]|(?-i:[^\\x00-\\x7f]))" + part
        out.append(part)
    return re.compile("|".join(out), pattern.flags)


def _group_ids(items) -> set[int]:
    """The numbers of the capturing groups in the parsed sequence items, at any depth."""
    found: set[int] = set()
    for op, av in items:
        if op is sre.SUBPATTERN:
            if av[0] is not None:
                found.add(av[0])
            found |= _group_ids(av[3])
        elif op is sre.BRANCH:
            for branch in av[1]:
                found |= _group_ids(branch)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            found |= _group_ids(av[2])
        elif op in (sre.ASSERT, sre.ASSERT_NOT, sre.ATOMIC_GROUP):
            found |= _group_ids(av[1] if op is not sre.ATOMIC_GROUP else av)
        elif op is sre.GROUPREF_EXISTS:
            found |= _group_ids(av[1])
            if av[2] is not None:
                found |= _group_ids(av[2])
    return found


def _group_alternatives(part: str, branch, icase: bool):
    """When part is one named group holding an alternation, "(?P<name>A|B|C)" (space around it aside): its name's
    text, and for each of A, B, C its text, the characters it can start with, whether it can match nothing and the
    numbers of its groups; else None."""
    text = part.strip()
    head = re.match(r"\(\?P<\w+>", text)
    if head is None or len(branch) != 1 or branch[0][0] is not sre.SUBPATTERN or branch[0][1][1] or branch[0][1][2]:
        return None
    body = branch[0][1][3].data
    inner = text[head.end():-1]
    if not text.endswith(")") or len(body) != 1 or body[0][0] is not sre.BRANCH:
        return None
    pieces = _top_level(inner)
    if len(pieces) != len(body[0][1][1]) or "".join(p + "|" for p in pieces)[:-1] != inner:
        return None
    return head.group(), [(p, *first_chars(b, icase), _group_ids(b)) for p, b in zip(pieces, body[0][1][1])]


def by_first_char(pattern: re.Pattern) -> dict[str, re.Pattern]:
    """For each ASCII character c, a pattern whose match at a place starting with c is pattern's match there:
    the same span and the same named groups (their numbers differ). It holds only the top-level alternatives of
    pattern that can start with c, in their order (the others cannot match there); the named groups of the others
    are kept, empty, in a last alternative that never matches. Where the analysis cannot split pattern (as in
    guarded), or a group has no name, the table is empty: use pattern itself."""
    if "#" in pattern.pattern or re.match(r"\s*\(\?[aiLmsux]+\)", pattern.pattern):
        return {}
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    parts = _top_level(pattern.pattern)
    if len(parsed.data) != 1 or parsed.data[0][0] is not sre.BRANCH or len(parsed.data[0][1][1]) != len(parts) \
            or len(pattern.groupindex) != pattern.groups:
        return {}
    icase = bool(pattern.flags & re.IGNORECASE)
    branches = parsed.data[0][1][1]
    starts = [first_chars(branch, icase) for branch in branches]
    groups = [_group_ids(branch) for branch in branches]
    # an alternative that is one group of alternatives ("(?P<ignore>A|B|C)") is cut down the same way, to the
    # ones of A, B, C that can start with the character, and dropped when none can
    inner = [_group_alternatives(part, branch, icase) for part, branch in zip(parts, branches)]
    names = {gid: name for name, gid in pattern.groupindex.items()}
    compiled: dict[tuple, re.Pattern] = {}
    table = {}
    for c in _ASCII:
        keep, kept = [], set()
        for i, (chars, empty) in enumerate(starts):
            if not (empty or c in chars):
                continue
            if inner[i] is None:
                keep.append(parts[i])
                kept |= groups[i]
                continue
            head, alternatives = inner[i]
            these = [a for a in alternatives if a[2] or c in a[1]]
            if these:
                keep.append(head + "|".join(a[0] for a in these) + ")")
                kept |= {g for g in groups[i] if g == branches[i][0][1][0]}.union(*(a[3] for a in these))
        key = tuple(keep)
        if key not in compiled:
            missing = "".join(f"(?P<{names[g]}>)" for g in sorted(names) if g not in kept)
            text = "|".join(keep + ([f"(?!){missing}"] if missing else []))
            compiled[key] = re.compile(text or "(?!)", pattern.flags)
        table[c] = compiled[key]
    return table
