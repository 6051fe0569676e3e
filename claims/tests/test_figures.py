from decimal import Decimal as D

import pytest

from claims import figures


@pytest.mark.parametrize(
    "value, step",
    [(890000, 10000), ("7300000", 100000), (269735, 1), ("3.5", "0.1"), ("0.07", "0.01"), (0, 1), (13e9, 1e9)],
)
def test_rounding_step_is_the_last_significant_digit(value, step):
    assert figures.rounding_step(value) == D(str(step))


@pytest.mark.parametrize(
    "value, qualifier, lower, upper",
    [
        (890000, "over", 890000, 900000),
        (7300000, "nearly", 7200000, 7300000),
        (71000, "about", 70500, 71500),
        (269735, None, "269734.5", "269735.5"),
        (500, "under", 400, 500),
        (100, "at_least", 100, None),
        (100, "at_most", None, 100),
    ],
)
def test_each_qualifier_means_an_interval(value, qualifier, lower, upper):
    interval = figures.figure_interval(value, qualifier)
    assert interval.lower == (None if lower is None else D(str(lower)))
    assert interval.upper == (None if upper is None else D(str(upper)))


def test_it_refuses_unknown_qualifiers_and_non_numbers():
    with pytest.raises(ValueError):
        figures.figure_interval(1, "roughly")
    for bad in ("abc", "NaN", "Infinity", None):
        with pytest.raises(ValueError):
            figures.to_decimal(bad)


def test_overlap_is_symmetric_and_handles_open_sides():
    over = figures.figure_interval(890000, "over")
    assert over.overlaps(figures.figure_interval(895000, None))
    assert not over.overlaps(figures.figure_interval(1100000, "about"))
    assert figures.Interval(None, D(5)).overlaps(figures.Interval(D(5), None))


@pytest.mark.parametrize(
    "qualifier, lower, upper, field",
    [
        (None, 101, None, "lower_bound"),
        (None, None, 99, "upper_bound"),
        ("over", 90, None, "lower_bound"),
        ("nearly", None, 110, "upper_bound"),
        ("at_least", 100, 120, "upper_bound"),
        ("at_most", 80, 100, "lower_bound"),
    ],
)
def test_bounds_problem_names_the_field(qualifier, lower, upper, field):
    assert figures.bounds_problem(100, qualifier, lower, upper)[0] == field


def test_bounds_that_fit_are_no_problem():
    assert figures.bounds_problem(100, "over", 100, 110) is None
    assert figures.bounds_problem(100, None, 95, 105) is None


@pytest.mark.parametrize(
    "value, unit, qualifier, text",
    [
        (890000, "apprehensions", "over", "over 890,000 apprehensions"),
        (13000000000, "USD", None, "$13 billion"),
        (34, "percent", None, "34%"),
        (7300000, "migrants", "nearly", "nearly 7.3 million migrants"),
        ("0.07", "USD", None, "$0.07"),
    ],
)
def test_format_figure_reads_as_a_reader_writes(value, unit, qualifier, text):
    assert figures.format_figure(value, unit, qualifier) == text


@pytest.mark.parametrize("a, b, agree", [
    ((269735, None), (269736, None), False),  # exact counts meet at 269,735.5, which neither can be
    ((890000, "over"), (890000, "under"), False),  # "over" excludes the value "under" ends at
    ((71000, "about"), (72000, "about"), False),  # rounding intervals that only touch
    ((890000, "over"), (900000, "nearly"), True),  # 890,000 to 900,000 in common
    ((890000, "over"), (895000, None), True),
    ((1000000, "at_least"), (2000000, "at_most"), True),
])
def test_figures_agree_when_their_intervals_share_more_than_an_edge(a, b, agree):
    x, y = figures.figure_interval(*a), figures.figure_interval(*b)
    assert x.agrees(y) is agree and y.agrees(x) is agree


def test_an_exact_point_agrees_with_an_interval_that_holds_it_edges_included():
    point = figures.Interval(D(900000), D(900000))
    assert point.agrees(figures.figure_interval(890000, "over"))
    assert not point.agrees(figures.figure_interval(880000, "over"))
    assert point.agrees(point)
