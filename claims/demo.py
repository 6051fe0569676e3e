"""Demo data: the three seed articles with their claims, speakers, statistics and evidence.

The seed articles are in data/corpus/dev/seed-*.txt (real articles); the claims follow
their hand labels. The two sources used as evidence are marked as demo data in their
title and publisher: their figures illustrate the feature and are not official.
"""
import datetime
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from django.db import transaction

from claims import services
from claims.consistency.series import import_series
from claims.models import Claim, Speaker, Statistic
from sources.services import source_get_or_create

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus" / "dev"
FY2024 = (datetime.date(2023, 10, 1), datetime.date(2024, 9, 30))
# The Fox News article reports Owens' post on X of 26 February 2024; its own date is not
# given, so the demo dates Owens' figures, and the article's running total, to that day.
OWENS_POST = datetime.date(2024, 2, 26)
BIDEN_TERM_START = datetime.date(2021, 1, 20)  # "under President Biden's watch"
# A demo official series (illustrative, not official) that the consistency engine checks
# the seed claims against.
DEMO_SERIES = Path(__file__).resolve().parent.parent / "data" / "series" / "demo-southwest-border.csv"

SPEAKERS = {
    "jason-owens": dict(name="Jason Owens", kind="person", role="Chief, U.S. Border Patrol",
                        aliases=["Owens", "Chief Jason Owens"]),
    "congress": dict(name="Congress", kind="organisation", role="United States Congress", aliases=["U.S. Congress"]),
    "fox-news": dict(name="Fox News", kind="organisation", role="News organisation", aliases=["Fox News Digital"]),
    "us-border-patrol": dict(name="U.S. Border Patrol", kind="organisation",
                             role="U.S. Customs and Border Protection", aliases=["Border Patrol", "USBP"]),
}

STATISTICS = {
    "usbp-southwest-border-apprehensions": dict(
        name="U.S. Border Patrol apprehensions at the southwest border", unit="apprehensions",
        place="U.S. southwest border", measure="count", keywords=["apprehensions", "apprehended", "immigrants"],
        definition="People apprehended by the U.S. Border Patrol between ports of entry on the southwest land border.",
    ),
    "known-gotaways-southwest-border": dict(
        name="Known gotaways at the southwest border", unit="known gotaways", place="U.S. southwest border",
        measure="count", keywords=["gotaways", "got-aways", "known gotaways"],
        definition="People seen crossing the border illegally who evaded apprehension.",
    ),
    "migrant-crossings-southwest-border": dict(
        name="Illegal crossings at the southwest border since January 2021", unit="migrants",
        place="U.S. southwest border", measure="count", keywords=["migrants", "crossings", "crossed"],
        definition="Migrants who crossed the southwest border illegally since 20 January 2021, by any count.",
    ),
    "cartel-smuggling-revenue": dict(
        name="Mexican cartel smuggling revenue", unit="USD", place="U.S.-Mexico border", measure="rate",
        keywords=["industry", "revenue", "smuggling"],
        definition="Yearly revenue of Mexican cartels from smuggling people across the border.",
    ),
}


@dataclass
class DemoClaim:
    quote: str
    figure_text: str
    value: str
    unit: str
    qualifier: str | None = None
    speaker: str | None = None
    statistic: str | None = None
    period: tuple | None = None
    rate: str = ""
    place: str = ""
    verdict: str = ""
    explanation: str = ""
    evidence: list = field(default_factory=list)
    stated_on: datetime.date | None = None  # when known though the article's date is not


ARTICLES = [
    dict(file="seed-000-border-report.txt", title="Border Patrol agent fired upon by smugglers near San Diego",
         publisher="Border Report", published_on=datetime.date(2023, 8, 25), claims=[
             DemoClaim("two armed subjects were observed", "two", "2", "armed subjects", speaker="us-border-patrol",
                       period=(datetime.date(2023, 8, 23), datetime.date(2023, 8, 23)),
                       place="Otay Mountain Wilderness, California", verdict="unsupported",
                       explanation="Reported by the agency; no independent account was found."),
         ]),
    dict(file="seed-001-newsnation.txt", title="Cartels could target Border Patrol agents, memo warns",
         publisher="NewsNation", published_on=None, claims=[
             DemoClaim("The cartel runs a $13 billion-a-year industry", "$13 billion", "13000000000", "USD",
                       speaker="congress", statistic="cartel-smuggling-revenue", rate="a year",
                       verdict="unsupported",
                       explanation="The article attributes the estimate to Congress without naming a report."),
         ]),
    dict(file="seed-002-bortac.txt", title="Border Patrol tactical agent kills bandit robbing migrants",
         publisher="Fox News", published_on=None, claims=[
             DemoClaim("Border Patrol has apprehended over 890,000 immigrants", "890,000", "890000", "apprehensions",
                       qualifier="over", speaker="jason-owens", statistic="usbp-southwest-border-apprehensions",
                       period=(FY2024[0], None), place="U.S. southwest border", verdict="accurate",
                       stated_on=OWENS_POST,
                       explanation="The demo apprehension series gives 894,000 for the fiscal year to date.",
                       evidence=[("demo-series", "corroborates", "894000", "apprehensions",
                                  "Fiscal year 2024 to date, as of the end of February.")]),
             DemoClaim("more than 120,000 known \"gotaways.\"", "120,000", "120000", "known gotaways",
                       qualifier="over", speaker="jason-owens", statistic="known-gotaways-southwest-border",
                       period=(FY2024[0], None), place="U.S. southwest border", verdict="accurate",
                       stated_on=OWENS_POST,
                       explanation="Consistent with the demo series for the same period.",
                       evidence=[("demo-series", "context", None, "",
                                  "The series counts gotaways separately from apprehensions.")]),
             DemoClaim("agents have caught nearly 180 illegal immigrants with gang affiliations", "180", "180",
                       "illegal immigrants with gang affiliations", qualifier="nearly", speaker="jason-owens"),
             DemoClaim("Border Patrol has apprehended more than 6,400 subjects with criminal convictions", "6,400",
                       "6400", "subjects with criminal convictions", qualifier="over", speaker="jason-owens",
                       period=FY2024),
             DemoClaim("more than 21,000 Chinese citizens have already been apprehended", "21,000", "21000",
                       "Chinese citizens apprehended", qualifier="over", period=FY2024,
                       place="San Diego Sector"),
             DemoClaim("Nearly 7.3 million migrants have illegally crossed the southwest border", "7.3 million",
                       "7300000", "migrants", qualifier="nearly", speaker="fox-news",
                       statistic="migrant-crossings-southwest-border", place="U.S. southwest border",
                       period=(BIDEN_TERM_START, None), stated_on=OWENS_POST, verdict="misleading",
                       explanation="The demo crossings tally gives 6.4 million for the same span; the larger "
                                   "figure counts repeat crossers and encounters at ports of entry.",
                       evidence=[("demo-tally", "conflicts", "6400000", "migrants",
                                  "Counts each person once and leaves out ports of entry.")]),
         ]),
]

EVIDENCE_SOURCES = {
    "demo-series": dict(
        url="https://demo.factcheck.invalid/series/usbp-apprehensions-fy2024",
        title="Demo data: southwest border apprehensions, fiscal year 2024 to date",
        publisher="factcheck demo data", kind="official_statistics", published_on=datetime.date(2024, 3, 15),
        text="Illustrative demo figures, not official statistics. U.S. Border Patrol apprehensions at the "
             "southwest border from October 2023 through February 2024: 894,000. Known gotaways in the same "
             "period are counted separately.",
    ),
    "demo-tally": dict(
        url="https://demo.factcheck.invalid/reports/crossings-since-2021",
        title="Demo data: unique migrants crossing the southwest border since January 2021",
        publisher="factcheck demo data", kind="report", published_on=datetime.date(2024, 3, 1),
        text="Illustrative demo figures, not an official count. Counting each person once and leaving out "
             "encounters at ports of entry, about 6.4 million migrants crossed the southwest border illegally "
             "from January 2021 to February 2024.",
    ),
}


def _claim(spec: DemoClaim, *, source, published_on, speakers, statistics) -> tuple[Claim, bool]:
    """The demo claim for spec, created and published through the services if missing."""
    quote_start = source.text.index(spec.quote)
    figure_start = source.text.index(spec.figure_text, quote_start)
    claim = Claim.objects.filter(source=source, figure_start=figure_start).first()
    if claim is not None:
        return claim, False
    start, end = spec.period or (None, None)
    claim = services.claim_create(user=None, data=dict(
        quote=spec.quote, quote_start=quote_start, quote_end=quote_start + len(spec.quote),
        figure_start=figure_start, figure_end=figure_start + len(spec.figure_text), figure_text=spec.figure_text,
        source=source, value=Decimal(spec.value), qualifier=spec.qualifier or "", unit=spec.unit, rate=spec.rate,
        place=spec.place, speaker=speakers.get(spec.speaker), statistic=statistics.get(spec.statistic),
        stated_on=spec.stated_on or published_on, period_start=start, period_end=end,
        verdict=spec.verdict, verdict_explanation=spec.explanation,
    ))
    for status in (Claim.Status.IN_REVIEW, Claim.Status.PUBLISHED):
        claim = services.claim_transition(claim=claim, to_status=status, user=None)
    return claim, True


@transaction.atomic
def load_demo() -> dict:
    """Create the demo rows that are missing, through the services (so each claim's
    consistency check is queued as for any other); running it again changes nothing."""
    created = dict(sources=0, speakers=0, statistics=0, claims=0, evidence=0)
    speakers = {}
    for slug, data in SPEAKERS.items():
        speakers[slug] = Speaker.objects.filter(slug=slug).first()
        if speakers[slug] is None:
            speakers[slug] = services.speaker_create(user=None, data={"slug": slug, **data})
            created["speakers"] += 1
    statistics = {}
    for slug, data in STATISTICS.items():
        statistics[slug] = Statistic.objects.filter(slug=slug).first()
        if statistics[slug] is None:
            statistics[slug] = services.statistic_create(user=None, data={"slug": slug, **data})
            created["statistics"] += 1
    evidence_sources = {}
    for key, data in EVIDENCE_SOURCES.items():
        evidence_sources[key], new = source_get_or_create(user=None, **data)
        created["sources"] += new
    for article in ARTICLES:
        text = (CORPUS / article["file"]).read_text(encoding="utf-8")
        source, new = source_get_or_create(text=text, user=None, title=article["title"],
                                           publisher=article["publisher"], published_on=article["published_on"])
        created["sources"] += new
        for spec in article["claims"]:
            claim, new = _claim(spec, source=source, published_on=article["published_on"], speakers=speakers,
                                statistics=statistics)
            created["claims"] += new
            for key, stance, value, unit, note in spec.evidence:
                if not claim.evidence.filter(source=evidence_sources[key]).exists():
                    services.evidence_create(user=None, data=dict(
                        claim=claim, source=evidence_sources[key], stance=stance,
                        value=Decimal(value) if value else None, unit=unit, note=note,
                    ))
                    created["evidence"] += 1
    created["official figures"] = import_series(DEMO_SERIES.read_text(encoding="utf-8"))["created"]
    return created
