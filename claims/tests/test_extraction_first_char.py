"""guarded(pattern) (claims/extraction/first_char.py): the same matches as the pattern, each alternative tried
only where its first character can stand. Sentences made up for the test."""
import re
from re import _parser

from claims.extraction.first_char import by_first_char, first_chars, guarded
from claims.extraction.periods import PATTERNS

SENTENCES = [
    "In the week ending May 18, crews cleared 310 drains, up from 212 the previous week.",
    "So far this fiscal year, the county has spent $4.2 million, against $3.9 million in fiscal 2023.",
    "THROUGH THE END OF MARCH 2024, SALES ROSE 12% FROM THE SAME PERIOD IN 2023.",
    "The first three months of 2024 saw 1,204 permits; in the second half of last year, 2,310.",
    "Since hitting a low in Sept. 2021, prices have doubled — the biggest gain since 1990.",
    "Between Jan. 3 and Feb. 14, ſales in the ſecond quarter of 2022 and İn 2023 fell, the Kelvin-ſtyle café said.",
    "The 12 months ending in June, the past two weeks and Q3 2023 were all higher; 9/21-23 was not.",
]


def _same(a, b):
    return (a is None) == (b is None) and (a is None or (a.span() == b.span() and a.groups() == b.groups()))


def test_guarded_period_patterns_match_the_same_at_every_position():
    fast = guarded(PATTERNS)
    assert fast is not PATTERNS
    for text in SENTENCES + [s.lower() for s in SENTENCES] + [s.swapcase() for s in SENTENCES]:
        for pos in range(len(text) + 1):
            assert _same(PATTERNS.match(text, pos), fast.match(text, pos)), (text, pos)


def test_period_patterns_by_first_char_match_the_same_at_every_position():
    table = by_first_char(PATTERNS)
    assert len(table) == 128 and len({id(p) for p in table.values()}) > 1
    for text in SENTENCES + [s.lower() for s in SENTENCES] + [s.swapcase() for s in SENTENCES]:
        for pos in range(len(text) + 1):
            a, b = PATTERNS.match(text, pos), table.get(text[pos:pos + 1], PATTERNS).match(text, pos)
            assert (a is None) == (b is None), (text, pos)
            if a is not None:  # the named groups are the same; their numbers are not
                assert a.span() == b.span() and a.groupdict() == b.groupdict() and a.lastgroup == b.lastgroup


def test_by_first_char_keeps_the_order_of_the_alternatives_and_their_groups():
    pattern = re.compile(r"(?P<x>ab|(?P<y>a)|c)|(?P<z>a\w)|b", re.IGNORECASE)
    table = by_first_char(pattern)
    m = table["A"].match("Ab")
    assert m.group("x") == "Ab" and m.group("y") is None and m.group("z") is None
    assert table["b"].match("bc").group("x") is None and table["b"].match("bc").group() == "b"
    assert table["d"].match("d") is None
    unnamed = re.compile(r"(a)|b")  # a group with no name: numbers would differ, so no table
    assert by_first_char(unnamed) == {}


def test_first_chars_of_a_sequence_skip_what_can_be_empty():
    def first(pattern, flags=0):
        return first_chars(_parser.parse(pattern, flags), bool(flags & re.IGNORECASE))

    assert first(r"(?:the\s+)?year", re.IGNORECASE) == (frozenset("tTyY"), False)
    assert first(r"\b\d{2,4}\s+weeks") == (frozenset("0123456789"), False)
    assert first(r"(?:a|an)?") == (frozenset("a"), True)
    chars, empty = first(r"[^,.]")
    assert "," not in chars and "x" in chars and not empty


def test_a_pattern_it_cannot_cut_is_returned_as_it_is():
    commented = re.compile(r"a  # a comment with a | bar" "\n" r"| b", re.VERBOSE)
    assert guarded(commented) is commented
    single = re.compile(r"(?:one|two)\s+weeks")  # no alternatives at the top
    assert guarded(single) is single
