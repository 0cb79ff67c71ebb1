using Marsad.Storage.Internal;

namespace Marsad.Storage.Postgres;

/// <summary>
/// The PostgreSQL schema, one migration per change, the same steps as <see cref="Sqlite.SqliteMigrations"/>. Search
/// uses a tsvector built from Marsad's own tokens (never PostgreSQL's text-search dictionaries, whose <c>arabic</c>
/// stemmer turns وكالة into كال) for matching, and a postings table (term, article, frequencies) for BM25 statistics.
/// </summary>
internal static class PostgresMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "articles, findings and the full-text index", """
            CREATE TABLE articles (
                key bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                id text NOT NULL UNIQUE,
                content_hash text NOT NULL,
                url text,
                source text,
                agency text,
                section text,
                headline text NOT NULL,
                published text,
                published_at timestamptz,
                day date,
                topic text,
                topic_score double precision,
                language text,
                token_count integer NOT NULL,
                search tsvector NOT NULL,
                article jsonb NOT NULL,
                raw bytea,
                ingested_at timestamptz NOT NULL,
                updated_at timestamptz NOT NULL
            );
            CREATE INDEX articles_content_hash ON articles (content_hash);
            CREATE INDEX articles_published_at ON articles (published_at);
            CREATE INDEX articles_day ON articles (day);
            CREATE INDEX articles_source ON articles (source, day);
            CREATE INDEX articles_agency ON articles (agency);
            CREATE INDEX articles_topic ON articles (topic, day);
            CREATE INDEX articles_search ON articles USING gin (search);
            CREATE TABLE postings (
                term text NOT NULL,
                article bigint NOT NULL REFERENCES articles (key) ON DELETE CASCADE,
                headline_tf integer NOT NULL,
                body_tf integer NOT NULL,
                PRIMARY KEY (term, article)
            );
            CREATE INDEX postings_article ON postings (article);
            CREATE TABLE entity_mentions (
                article bigint NOT NULL REFERENCES articles (key) ON DELETE CASCADE,
                ord integer NOT NULL,
                key text NOT NULL,
                text text NOT NULL,
                type text NOT NULL,
                start integer NOT NULL,
                "end" integer NOT NULL,
                canonical text,
                latin text,
                PRIMARY KEY (article, ord)
            );
            CREATE INDEX entity_mentions_key ON entity_mentions (key, article);
            CREATE TABLE quotes (
                article bigint NOT NULL REFERENCES articles (key) ON DELETE CASCADE,
                ord integer NOT NULL,
                text text NOT NULL,
                speaker text,
                speaker_canonical text,
                speaker_key text,
                cue text,
                via text,
                direct boolean NOT NULL,
                start integer NOT NULL,
                "end" integer NOT NULL,
                PRIMARY KEY (article, ord)
            );
            CREATE INDEX quotes_speaker_key ON quotes (speaker_key);
            CREATE TABLE events (
                article bigint NOT NULL REFERENCES articles (key) ON DELETE CASCADE,
                ord integer NOT NULL,
                type text NOT NULL,
                actors jsonb NOT NULL,
                place text,
                date text,
                sentence text NOT NULL,
                PRIMARY KEY (article, ord)
            );
            CREATE INDEX events_type ON events (type, date);
            CREATE TABLE keywords (
                article bigint NOT NULL REFERENCES articles (key) ON DELETE CASCADE,
                ord integer NOT NULL,
                keyword text NOT NULL,
                PRIMARY KEY (article, ord)
            );
            CREATE INDEX keywords_keyword ON keywords (keyword);
            """),
        new(2, "job queue and worker registry (shared mode)", """
            CREATE TABLE jobs (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                kind text NOT NULL,
                dedupe_key text NOT NULL,
                payload bytea NOT NULL,
                origin text,
                state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
                attempts integer NOT NULL DEFAULT 0,
                max_attempts integer NOT NULL,
                run_after timestamptz NOT NULL DEFAULT now(),
                lease_owner text,
                lease_expires timestamptz,
                last_error text,
                created_at timestamptz NOT NULL DEFAULT now(),
                started_at timestamptz,
                finished_at timestamptz
            );
            -- one pending job per document: enqueueing it again while it waits or runs is a no-op
            CREATE UNIQUE INDEX jobs_pending ON jobs (kind, dedupe_key) WHERE state IN ('queued', 'running');
            CREATE INDEX jobs_ready ON jobs (id) WHERE state = 'queued';
            CREATE INDEX jobs_leases ON jobs (lease_expires) WHERE state = 'running';
            CREATE INDEX jobs_failed ON jobs (id) WHERE state = 'failed';
            CREATE INDEX jobs_done ON jobs (finished_at) WHERE state = 'done';
            CREATE TABLE workers (
                id text PRIMARY KEY,
                host text NOT NULL,
                pid integer NOT NULL,
                started_at timestamptz NOT NULL DEFAULT now(),
                last_seen timestamptz NOT NULL DEFAULT now(),
                stopped_at timestamptz,
                jobs_done bigint NOT NULL DEFAULT 0,
                jobs_failed bigint NOT NULL DEFAULT 0
            );
            """),
        new(3, "feed watching: feeds polled and article URLs seen", """
            CREATE TABLE watch_feeds (
                url text PRIMARY KEY,
                etag text,
                last_modified text,
                polled_at timestamptz,
                status integer,
                error text,
                failures integer NOT NULL DEFAULT 0
            );
            CREATE TABLE watch_items (
                url text PRIMARY KEY,
                guid text,
                feed text,
                state text NOT NULL CHECK (state IN ('fetching', 'fetched', 'gone', 'failed')),
                attempts integer NOT NULL DEFAULT 0,
                claimed_at timestamptz NOT NULL,
                retry_at timestamptz,
                error text
            );
            CREATE INDEX watch_items_guid ON watch_items (guid) WHERE guid IS NOT NULL;
            """),
        new(4, "alerts: saved searches, new articles to match, matches and webhook deliveries", """
            CREATE TABLE alerts (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                name text NOT NULL,
                query text NOT NULL,
                filter text NOT NULL,
                match_all boolean NOT NULL,
                webhook text,
                secret text NOT NULL,
                created_at timestamptz NOT NULL DEFAULT now()
            );
            CREATE TABLE article_changes (article bigint PRIMARY KEY, noted_at timestamptz NOT NULL);
            -- every article inserted while an alert exists waits here until the alert matcher has seen it; the
            -- matcher takes rows with SKIP LOCKED, so the order in which concurrent writers commit does not matter
            CREATE FUNCTION marsad_note_new_article() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF EXISTS (SELECT 1 FROM alerts) THEN
                    INSERT INTO article_changes (article, noted_at) VALUES (NEW.key, now()) ON CONFLICT DO NOTHING;
                END IF;
                RETURN NULL;
            END $$;
            CREATE TRIGGER articles_note_new AFTER INSERT ON articles FOR EACH ROW EXECUTE FUNCTION marsad_note_new_article();
            CREATE TABLE alert_matches (
                alert bigint NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
                article bigint NOT NULL REFERENCES articles (key) ON DELETE CASCADE,
                matched_at timestamptz NOT NULL,
                delivery text CHECK (delivery IN ('pending', 'sending', 'sent', 'failed')),
                attempts integer NOT NULL DEFAULT 0,
                next_attempt_at timestamptz,
                delivered_at timestamptz,
                error text,
                PRIMARY KEY (alert, article)
            );
            CREATE INDEX alert_matches_feed ON alert_matches (alert, matched_at DESC);
            CREATE INDEX alert_matches_due ON alert_matches (next_attempt_at) WHERE delivery IN ('pending', 'sending');
            """),
        new(5, "maintenance runs (resumable re-analysis)", """
            CREATE TABLE maintenance_runs (
                name text PRIMARY KEY,
                cursor bigint NOT NULL DEFAULT 0,
                processed bigint NOT NULL DEFAULT 0,
                started_at timestamptz NOT NULL,
                updated_at timestamptz NOT NULL,
                finished_at timestamptz
            );
            """),
        new(6, "stories: story assignments with their clustering features, story labels", """
            CREATE TABLE story_members (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                article bigint NOT NULL UNIQUE REFERENCES articles (key) ON DELETE CASCADE,
                story text NOT NULL,
                time timestamptz NOT NULL,
                day date NOT NULL,
                similarity double precision NOT NULL,
                copy_of text,
                vector jsonb NOT NULL,
                entities jsonb NOT NULL,
                fingerprint bytea NOT NULL
            );
            CREATE INDEX story_members_story ON story_members (story, time);
            CREATE INDEX story_members_day ON story_members (day, story);
            CREATE TABLE stories (
                id text PRIMARY KEY,
                label text NOT NULL,
                first timestamptz NOT NULL,
                last timestamptz NOT NULL,
                articles integer NOT NULL,
                updated_at timestamptz NOT NULL
            );
            """),
    ];
}
