"""Demo data: the three seed articles and the UPI jobs report with their claims, speakers,
statistics, and the real official series they are checked against.

The articles are in data/corpus/dev/ (real articles); the claims follow their hand
labels. The official figures are real published ones (data/series/README.md), and the
findings and proposed verdicts are whatever they say.
"""
import datetime
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from django.db import transaction

from claims import services
from claims.consistency.releases import import_series
from claims.models import Claim, Speaker, Statistic
from sources.services import source_get_or_create

DATA = Path(__file__).resolve().parent.parent / "data"
CORPUS = DATA / "corpus" / "dev"
FY2024 = (datetime.date(2023, 10, 1), datetime.date(2024, 9, 30))
# The Fox News article reports Owens' post on X of 26 February 2024; its own date is not
# given, so the demo dates Owens' figures, and the article's running total, to that day.
OWENS_POST = datetime.date(2024, 2, 26)
BIDEN_TERM_START = datetime.date(2021, 1, 20)  # "under President Biden's watch"

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
        publisher_name="U.S. Border Patrol encounters between ports of entry, Southwest Land Border (CBP)",
        measure_term="apprehensions",
        definition="People the U.S. Border Patrol encountered between ports of entry on the southwest land border, "
                   "by month. CBP calls them encounters; since Title 42 ended on 11 May 2023 all of them are "
                   "Title 8 apprehensions.",
        includes="Title 8 apprehensions between ports of entry; until 11 May 2023 also Title 42 expulsions",
        excludes="people stopped at ports of entry (Office of Field Operations) and known gotaways",
    ),
    "cbp-southwest-border-encounters": dict(
        name="CBP encounters at the southwest border", unit="encounters", place="U.S. southwest border",
        measure="count", keywords=["encounters", "encountered"],
        publisher_name="Southwest Land Border Encounters (CBP)", measure_term="encounters",
        definition="Every encounter CBP records at the southwest land border in a month: U.S. Border Patrol "
                   "between ports of entry and the Office of Field Operations at ports of entry. A person "
                   "encountered twice counts twice.",
        includes="Border Patrol apprehensions, Office of Field Operations inadmissibles and (to May 2023) "
                 "Title 42 expulsions; repeat encounters of one person",
        excludes="known gotaways and anyone who crossed unseen",
    ),
    "known-gotaways-southwest-border": dict(
        name="Known gotaways at the southwest border", unit="known gotaways", place="U.S. southwest border",
        measure="count", keywords=["gotaways", "got-aways", "got-away", "gotaway", "known gotaways"],
        publisher_name="Known gotaways (U.S. Border Patrol)", measure_term="gotaways",
        definition="People the Border Patrol saw or detected crossing illegally who were neither apprehended nor "
                   "turned back. An estimate: CBP does not publish it in its monthly updates, and the figures "
                   "that circulate come from CBP sources and congressional releases.",
        includes="people detected entering illegally and not apprehended",
        excludes="people never detected, and anyone apprehended",
    ),
    "cartel-smuggling-revenue": dict(
        name="Mexican cartel smuggling revenue", unit="USD", place="U.S.-Mexico border", measure="rate",
        keywords=["industry", "revenue", "smuggling"],
        definition="Yearly revenue of Mexican cartels from smuggling people across the border.",
    ),
    "bls-nonfarm-payroll-change": dict(
        name="U.S. nonfarm payroll employment, change over the month", unit="jobs", place="United States",
        measure="count", keywords=["payrolls", "nonfarm", "jobs"],
        publisher_name="Total nonfarm payroll employment, over-the-month change (BLS Current Employment "
                       "Statistics, CES0000000001, seasonally adjusted)",
        measure_term="jobs",
        definition="The change from one month to the next in the number of jobs on nonfarm payrolls, from the "
                   "BLS establishment survey. Each month's first estimate is revised in the next two releases.",
        includes="payroll jobs in private businesses and government, seasonally adjusted",
        excludes="farm workers, the self-employed, private household workers",
    ),
}

# The official series loaded into the demo (data/series/README.md says where each row comes from).
SERIES = [DATA / "series" / "cbp-southwest-border-fy2024.csv",
          DATA / "series" / "cbp-southwest-border-fy2022-fy2025.csv",
          DATA / "series" / "bls-nonfarm-payrolls-2023.csv"]


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
                       period=(FY2024[0], None), place="U.S. southwest border", stated_on=OWENS_POST),
             DemoClaim("more than 120,000 known \"gotaways.\"", "120,000", "120000", "known gotaways",
                       qualifier="over", speaker="jason-owens", statistic="known-gotaways-southwest-border",
                       period=(FY2024[0], None), place="U.S. southwest border", stated_on=OWENS_POST),
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
                       statistic="cbp-southwest-border-encounters", place="U.S. southwest border",
                       period=(BIDEN_TERM_START, None), stated_on=OWENS_POST),
         ]),
    dict(file="dev-08-upi-september-2023-jobs.txt", title="U.S. added 336,000 jobs in September",
         publisher="UPI", published_on=datetime.date(2023, 10, 6), claims=[
             DemoClaim("Nonfarm payrolls increased by 336,000 in September", "336,000", "336000", "jobs",
                       statistic="bls-nonfarm-payroll-change", place="United States",
                       period=(datetime.date(2023, 9, 1), datetime.date(2023, 9, 30))),
         ]),
]

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


def _statistic(slug: str, data: dict) -> tuple[Statistic, bool]:
    """The statistic, created or brought up to the definition its publisher gives."""
    statistic = Statistic.objects.filter(slug=slug).first()
    if statistic is None:
        return services.statistic_create(user=None, data={"slug": slug, **data}), True
    changed = {k: v for k, v in data.items() if getattr(statistic, k) != v}
    if changed:
        statistic = services.statistic_update(statistic=statistic, user=None, data=changed)
    return statistic, False


@transaction.atomic
def load_demo() -> dict:
    """Create the demo rows that are missing, through the services (so each claim's
    consistency check is queued, on commit, as for any other); running it again changes nothing."""
    created = dict(sources=0, speakers=0, statistics=0, claims=0)
    speakers = {}
    for slug, data in SPEAKERS.items():
        speakers[slug] = Speaker.objects.filter(slug=slug).first()
        if speakers[slug] is None:
            speakers[slug] = services.speaker_create(user=None, data={"slug": slug, **data})
            created["speakers"] += 1
    statistics = {}
    for slug, data in STATISTICS.items():
        statistics[slug], new = _statistic(slug, data)
        created["statistics"] += new
    for article in ARTICLES:
        text = (CORPUS / article["file"]).read_text(encoding="utf-8")
        source, new = source_get_or_create(text=text, user=None, title=article["title"],
                                           publisher=article["publisher"], published_on=article["published_on"])
        created["sources"] += new
        for spec in article["claims"]:
            _, new = _claim(spec, source=source, published_on=article["published_on"], speakers=speakers,
                            statistics=statistics)
            created["claims"] += new
    # The series go in before the transaction commits, so the claims' queued checks see them.
    created["official figures"] = 0
    for path in SERIES:
        result = import_series(path.read_text(encoding="utf-8"))
        created["official figures"] += result["created"] + result["revised"]
    return created
