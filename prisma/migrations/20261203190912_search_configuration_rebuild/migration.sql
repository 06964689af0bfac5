-- SearchConfiguration from the rows' languages, for a load that ran with triggers off (a bulk COPY
-- under session_replication_role = replica), as claimgraph_rebuild_actor_claims() is for ActorClaim.
CREATE FUNCTION claimgraph_rebuild_search_configurations() RETURNS void
  LANGUAGE sql AS $$
  INSERT INTO "SearchConfiguration" ("name")
    SELECT claimgraph_ts_config("language")::text FROM "Claim"
    UNION SELECT claimgraph_ts_config("language")::text FROM "Article"
    ON CONFLICT DO NOTHING
$$;

-- A database loaded that way before this migration is healed now.
SELECT claimgraph_rebuild_search_configurations();

-- With no configuration recorded (a load that skipped both the triggers and the rebuild), a query is
-- read in every configuration PostgreSQL ships, as before the table existed: slower, never empty-handed.
CREATE OR REPLACE FUNCTION claimgraph_ts_query_any(query text) RETURNS tsquery
  LANGUAGE sql STABLE PARALLEL SAFE
  RETURN coalesce(
    (SELECT claimgraph_tsquery_or(DISTINCT websearch_to_tsquery("name"::regconfig, query)) FROM "SearchConfiguration"),
    (SELECT claimgraph_tsquery_or(DISTINCT websearch_to_tsquery(c.oid::regconfig, query))
       FROM pg_ts_config c WHERE c.cfgnamespace = 'pg_catalog'::regnamespace));
