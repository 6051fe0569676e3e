"""The statistic chart's layout: time runs left to right, values bottom to top."""
import datetime
from decimal import Decimal
from types import SimpleNamespace

from claims import figures
from claims.charts import HEIGHT, LEFT, TOP, WIDTH, claim_span, period_label, statistic_chart

D = datetime.date


def _claim(value, qualifier=None, speaker=None, conflicts=0, **dates):
    lower, upper = figures.implied_bounds(Decimal(value), qualifier)
    fields = dict(period_start=None, period_end=None, stated_on=None) | dates
    return SimpleNamespace(
        pk=id(fields), value=Decimal(value), lower_bound=lower, upper_bound=upper, public_conflicting_count=conflicts,
        speaker=SimpleNamespace(name=speaker) if speaker else None, speaker_id=speaker,
        figure=figures.format_figure(Decimal(value), "people", qualifier), **fields,
    )


def test_a_claims_span_is_its_period_with_an_open_end_closed_by_the_date_stated():
    assert claim_span(_claim("1", period_start=D(2023, 10, 1), period_end=D(2024, 9, 30))) == (
        D(2023, 10, 1), D(2024, 9, 30))
    assert claim_span(_claim("1", period_start=D(2023, 10, 1), stated_on=D(2024, 3, 1))) == (
        D(2023, 10, 1), D(2024, 3, 1))
    assert claim_span(_claim("1", stated_on=D(2024, 3, 1))) == (D(2024, 3, 1), D(2024, 3, 1))
    assert claim_span(_claim("1")) is None


def test_period_labels_read_as_dates():
    assert (period_label(_claim("1", period_start=D(2023, 10, 1), period_end=D(2024, 9, 30)))
            == "1 Oct 2023 – 30 Sep 2024")
    assert period_label(_claim("1", period_start=D(2023, 10, 1))) == "from 1 Oct 2023"
    assert period_label(_claim("1", period_end=D(2024, 9, 30))) == "until 30 Sep 2024"
    assert period_label(_claim("1", stated_on=D(2024, 1, 1))) == ""


def test_later_periods_sit_further_right_and_larger_values_higher():
    early = _claim("100", speaker="A", period_start=D(2020, 1, 1), period_end=D(2020, 12, 31))
    late = _claim("300", speaker="B", period_start=D(2022, 1, 1), period_end=D(2022, 12, 31), conflicts=2)

    chart = statistic_chart([early, late])

    a, b = chart.marks
    assert LEFT <= a.x1 < a.x2 < b.x1 < b.x2 <= WIDTH
    assert TOP <= b.y < a.y <= HEIGHT
    assert (a.series, b.series) == (0, 1) and [s.name for s in chart.series] == ["A", "B"]
    assert not a.conflict and b.conflict and chart.has_conflict
    assert b.label == "B: 300 people, 1 Jan 2022 – 31 Dec 2022 (contradicted by 2 sources)"


def test_the_value_axis_starts_at_zero_and_covers_every_bound_with_round_ticks():
    chart = statistic_chart([_claim("890000", "over", stated_on=D(2024, 1, 1)),
                             _claim("450000", stated_on=D(2023, 1, 1))])
    labels = [t.label for t in chart.y_ticks]
    assert labels[0] == "0" and labels[-1] == "1 million"
    assert chart.y_ticks[0].pos == chart.bottom_edge and chart.y_ticks[-1].pos == TOP
    mark = chart.marks[0]
    assert mark.y_high < mark.y_low and mark.y_high <= mark.y <= mark.y_low


def test_an_unbounded_side_reaches_the_edge_of_the_plot():
    chart = statistic_chart([_claim("500", "at_least", stated_on=D(2024, 1, 1))])
    assert chart.marks[0].y_high == TOP and chart.marks[0].y_low < chart.bottom_edge


def test_claims_without_a_date_are_left_out_and_counted():
    chart = statistic_chart([_claim("5"), _claim("6", stated_on=D(2024, 1, 1))])
    assert len(chart.marks) == 1 and chart.left_out == 1
    assert statistic_chart([_claim("5")]).marks == []


def test_the_shaded_range_spans_the_period_and_the_bounds():
    chart = statistic_chart([_claim("2000000", "nearly", period_start=D(2022, 10, 1), period_end=D(2023, 9, 30)),
                             _claim("5", stated_on=D(2024, 1, 1))])
    ranged, point = chart.marks
    assert ranged.band_x == ranged.x1 and ranged.band_width == round(ranged.x2 - ranged.x1, 1)
    assert ranged.band_height == round(ranged.y_low - ranged.y_high, 1) > 0
    assert point.band_width == 6 and point.band_x == point.x2 - 3


def _official(start, end, value):
    return SimpleNamespace(period_start=start, period_end=end, value=Decimal(value), publisher="Statistics Office")


def test_the_official_line_breaks_where_a_period_has_no_figure():
    months = [(D(2024, 1, 1), D(2024, 1, 31), "10"), (D(2024, 2, 1), D(2024, 2, 29), "20"),
              # March is missing: the line stops at February and starts again at April.
              (D(2024, 4, 1), D(2024, 4, 30), "30"), (D(2024, 5, 1), D(2024, 5, 31), "40")]
    chart = statistic_chart([_claim("25", speaker="A", period_start=D(2024, 1, 1), period_end=D(2024, 5, 31))],
                            official=[_official(*m) for m in reversed(months)])
    assert [len(line.split()) for line in chart.official_lines] == [2, 2]
    assert len(chart.official_dots) == 4  # a dot a period, so a lone month still shows
    first, second = (line.split() for line in chart.official_lines)
    assert float(first[-1].split(",")[0]) < float(second[0].split(",")[0])  # time runs left to right
    assert chart.official_label == "Official series (Statistics Office), one point a period"


def test_a_contiguous_official_series_is_one_line():
    months = [_official(D(2024, m, 1), D(2024, m, 28), str(m)) for m in range(1, 7)]
    months = [SimpleNamespace(**{**vars(m),
                                 "period_end": (D(2024, m.period_start.month + 1, 1) - datetime.timedelta(days=1))})
              for m in months]
    chart = statistic_chart([_claim("3", speaker="A", stated_on=D(2024, 3, 1))], official=months)
    assert [len(line.split()) for line in chart.official_lines] == [6]
