"""claims.search.search_claims: the one claim search (ranked full text on PostgreSQL)."""
from django.db import connection

from claims.models import Claim
from claims.search import RANK, search_claims


def found(query) -> list[int]:
    return list(search_claims(Claim.objects.all(), query).order_by(f"-{RANK}", "-id").values_list("id", flat=True))


def test_an_empty_query_leaves_the_queryset_alone(make_claim):
    claims = [make_claim(), make_claim()]
    assert set(search_claims(Claim.objects.all(), "  ")) == set(claims)


def test_it_matches_the_quote_the_speaker_and_the_source_title(make_claim, make_speaker, make_source):
    by_quote = make_claim(quote="Tariffs cost families $1,200.")
    by_speaker = make_claim(speaker=make_speaker("Tariffs Council"))
    by_title = make_claim(source=make_source(title="Tariffs and prices"))
    make_claim(quote="Crossings fell.")
    assert set(found("tariffs")) == {by_quote.pk, by_speaker.pk, by_title.pk}


def test_every_result_carries_a_rank(make_claim):
    make_claim(quote="Tariffs cost families $1,200.")
    assert all(isinstance(rank, float)
               for rank in search_claims(Claim.objects.all(), "tariffs").values_list(RANK, flat=True))


# The ranked full-text search exists on PostgreSQL only; CI runs the suite there too.
if connection.vendor == "postgresql":

    def test_on_postgresql_stemmed_words_match_and_the_quote_ranks_above_the_title(make_claim, make_source):
        in_title = make_claim(quote="Prices rose.", source=make_source(title="Smuggling report"))
        in_quote = make_claim(quote="Smugglers smuggled more than ever.")
        assert found("smuggle") == [in_quote.pk, in_title.pk]

    def test_on_postgresql_renaming_a_speaker_or_retitling_a_source_reindexes_its_claims(
        make_claim, make_speaker, make_source
    ):
        speaker, source = make_speaker("Jane Doe"), make_source(title="Old title")
        claim = make_claim(speaker=speaker, source=source, quote="Prices rose.")
        assert found("zelda") == [] and found("gazette") == []
        speaker.name = "Zelda Fitz"
        speaker.save()
        source.title = "Gazette special"
        source.save()
        assert found("zelda") == [claim.pk]
        assert found("gazette") == [claim.pk]
        assert found("jane") == []

    def test_on_postgresql_the_search_uses_the_gin_index(make_claim):
        sql, params = search_claims(Claim.objects.order_by(), "smuggling").query.sql_with_params()
        with connection.cursor() as cursor:
            # A test table is tiny: make the planner show which index serves the match.
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute("SET LOCAL enable_indexscan = off")
            cursor.execute(f"EXPLAIN {sql}", params)
            plan = "\n".join(row[0] for row in cursor.fetchall())
        assert "claims_claim_search_vector_idx" in plan


def test_a_ranked_search_ranks_the_most_recent_matches_only(make_claim, monkeypatch):
    monkeypatch.setattr("claims.search.RANKED_CANDIDATES", 3)
    oldest_best = make_claim(quote="Tariffs tariffs tariffs: tariffs everywhere.")
    recent = [make_claim(quote=f"Tariffs rose {n} times.") for n in range(3)]
    make_claim(quote="Crossings fell.")

    ranked = search_claims(Claim.objects.all(), "tariffs", ranked=True)
    everything = search_claims(Claim.objects.all(), "tariffs")

    assert set(ranked.values_list("id", flat=True)) == {c.pk for c in recent}
    assert set(everything.values_list("id", flat=True)) == {oldest_best.pk, *(c.pk for c in recent)}


def test_a_ranked_search_chooses_its_candidates_among_the_claims_already_filtered(make_claim, monkeypatch):
    monkeypatch.setattr("claims.search.RANKED_CANDIDATES", 2)
    kept = [make_claim(quote="Tariffs cost families.", unit="USD") for _ in range(2)]
    for _ in range(3):
        make_claim(quote="Tariffs cost jobs.", unit="jobs")
    found = search_claims(Claim.objects.filter(unit="USD"), "tariffs", ranked=True)
    assert set(found.values_list("id", flat=True)) == {c.pk for c in kept}


def test_a_search_works_inside_a_subquery(make_claim):
    match = make_claim(quote="Tariffs cost families $1,200.")
    make_claim(quote="Crossings fell.")
    inner = search_claims(Claim.objects.all(), "tariffs", ranked=True).values("pk")
    assert list(Claim.objects.filter(pk__in=inner).values_list("id", flat=True)) == [match.pk]


if connection.vendor == "postgresql":

    def test_on_postgresql_a_ranked_search_orders_its_candidates_best_first(make_claim):
        weak = make_claim(quote="Prices rose, smuggling too.")
        strong = make_claim(quote="Smuggling, smuggling and more smuggling.")
        ranked = search_claims(Claim.objects.all(), "smuggling", ranked=True).order_by(f"-{RANK}", "-id")
        assert list(ranked.values_list("id", flat=True)) == [strong.pk, weak.pk]
