"""Full-text search for claims on PostgreSQL: a tsvector column, its GIN index, and triggers;
and the indexes the API's orderings read (PostgreSQL only, like the search).

The vector joins three tables (the quote, the speaker's name, the source's title), so an
expression index cannot hold it: a column kept by triggers does, whatever writes the rows
(the API, the admin, ingestion, bulk loads). SQLite gets nothing: its search is a plain
fallback (claims.search).
"""
from django.db import migrations

FORWARD = """
ALTER TABLE claims_claim ADD COLUMN search_vector tsvector;

CREATE FUNCTION claims_claim_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('english', coalesce(NEW.quote, '')), 'A') ||
    setweight(to_tsvector('english', coalesce((SELECT name FROM claims_speaker WHERE id = NEW.speaker_id), '')), 'B') ||
    setweight(to_tsvector('english', coalesce((SELECT title FROM sources_source WHERE id = NEW.source_id), '')), 'C');
  RETURN NEW;
END $$;
CREATE TRIGGER claims_claim_search_vector BEFORE INSERT OR UPDATE OF quote, speaker_id, source_id
  ON claims_claim FOR EACH ROW EXECUTE FUNCTION claims_claim_search_vector();

-- A renamed speaker or retitled source re-indexes its claims (SET quote = quote fires the trigger above).
CREATE FUNCTION claims_speaker_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.name IS DISTINCT FROM OLD.name THEN
    UPDATE claims_claim SET quote = quote WHERE speaker_id = NEW.id;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER claims_speaker_renamed AFTER UPDATE OF name ON claims_speaker
  FOR EACH ROW EXECUTE FUNCTION claims_speaker_renamed();

CREATE FUNCTION claims_source_retitled() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.title IS DISTINCT FROM OLD.title THEN
    UPDATE claims_claim SET quote = quote WHERE source_id = NEW.id;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER claims_source_retitled AFTER UPDATE OF title ON sources_source
  FOR EACH ROW EXECUTE FUNCTION claims_source_retitled();

UPDATE claims_claim SET quote = quote;
CREATE INDEX claims_claim_search_vector_idx ON claims_claim USING GIN (search_vector);

-- The API's orderings (claims.api.pagination: an empty key is the smallest), each with id
-- as tie-break, read in index order instead of sorting millions of rows per page.
CREATE INDEX claims_claim_stated_on_order_idx ON claims_claim (stated_on DESC NULLS LAST, id DESC);
CREATE INDEX claims_claim_value_order_idx ON claims_claim (value, id);
CREATE INDEX claims_claim_created_order_idx ON claims_claim (created_at, id);
"""

BACKWARD = """
DROP INDEX IF EXISTS claims_claim_stated_on_order_idx;
DROP INDEX IF EXISTS claims_claim_value_order_idx;
DROP INDEX IF EXISTS claims_claim_created_order_idx;
DROP TRIGGER IF EXISTS claims_source_retitled ON sources_source;
DROP FUNCTION IF EXISTS claims_source_retitled();
DROP TRIGGER IF EXISTS claims_speaker_renamed ON claims_speaker;
DROP FUNCTION IF EXISTS claims_speaker_renamed();
DROP TRIGGER IF EXISTS claims_claim_search_vector ON claims_claim;
DROP FUNCTION IF EXISTS claims_claim_search_vector();
ALTER TABLE claims_claim DROP COLUMN IF EXISTS search_vector;
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD, params=None)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD, params=None)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0006_consistency"),
        ("sources", "0001_initial"),
    ]

    operations = [migrations.RunPython(forward, backward)]
