-- An article's text is indexed in the article's language, as its headline and its claims are. The
-- language lives on the article, which a generated column cannot read: triggers keep the column in step,
-- when a version is stored and when the article's language changes.
DROP INDEX "ArticleVersion_search_idx";
ALTER TABLE "ArticleVersion" DROP COLUMN "search";
ALTER TABLE "ArticleVersion" ADD COLUMN "search" tsvector;

CREATE FUNCTION claimgraph_version_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."search" := to_tsvector(
    claimgraph_ts_config((SELECT "language" FROM "Article" WHERE "id" = NEW."articleId")), NEW."text");
  RETURN NEW;
END $$;
-- Any write of the column recomputes it: setting it to NULL is how the article's trigger and this
-- migration ask for it.
CREATE TRIGGER "ArticleVersion_search"
  BEFORE INSERT OR UPDATE OF "text", "articleId", "search" ON "ArticleVersion"
  FOR EACH ROW EXECUTE FUNCTION claimgraph_version_search();

CREATE FUNCTION claimgraph_article_language_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ArticleVersion" SET "search" = NULL WHERE "articleId" = NEW."id";
  RETURN NULL;
END $$;
CREATE TRIGGER "Article_language_search"
  AFTER UPDATE OF "language" ON "Article"
  FOR EACH ROW WHEN (OLD."language" IS DISTINCT FROM NEW."language")
  EXECUTE FUNCTION claimgraph_article_language_changed();

UPDATE "ArticleVersion" SET "search" = NULL;
CREATE INDEX "ArticleVersion_search_idx" ON "ArticleVersion" USING GIN ("search");

-- A search query as a tsquery that every document's own parse of it implies: the query parsed in each
-- of PostgreSQL's configurations, or'ed. It lets one GIN index scan find the candidates in every
-- language; each is then decided by the query parsed in its own language's configuration.
CREATE AGGREGATE claimgraph_tsquery_or(tsquery) (SFUNC = tsquery_or, STYPE = tsquery);
CREATE FUNCTION claimgraph_ts_query_any(query text) RETURNS tsquery
  LANGUAGE sql STABLE PARALLEL SAFE
  RETURN (SELECT claimgraph_tsquery_or(websearch_to_tsquery(c.oid::regconfig, query))
            FROM pg_ts_config c WHERE c.cfgnamespace = 'pg_catalog'::regnamespace);
