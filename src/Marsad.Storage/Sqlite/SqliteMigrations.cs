using Marsad.Storage.Internal;
using Marsad.Storage.Search;

namespace Marsad.Storage.Sqlite;

/// <summary>
/// The embedded store's schema, one migration per change. Never edit a released step: add the next one (near-duplicate
/// links, story ids and the job queue arrive this way when their features land).
/// </summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "articles, findings and the full-text index", $$"""
            CREATE TABLE articles (
                key INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                content_hash TEXT NOT NULL,
                url TEXT,
                source TEXT,
                agency TEXT,
                section TEXT,
                headline TEXT NOT NULL,
                published TEXT,
                published_at TEXT,
                day TEXT,
                topic TEXT,
                topic_score REAL,
                language TEXT,
                token_count INTEGER NOT NULL,
                ingested_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            );
            -- the records live apart from the columns that searches filter, sort and count on, so those rows stay small
            CREATE TABLE article_records (
                key INTEGER PRIMARY KEY REFERENCES articles(key) ON DELETE CASCADE,
                article BLOB NOT NULL,
                raw BLOB
            );
            CREATE INDEX articles_content_hash ON articles(content_hash);
            CREATE INDEX articles_published_at ON articles(published_at);
            CREATE INDEX articles_day ON articles(day);
            CREATE INDEX articles_source ON articles(source, day);
            CREATE INDEX articles_agency ON articles(agency);
            CREATE INDEX articles_topic ON articles(topic, day);
            CREATE VIRTUAL TABLE article_terms USING fts5(
                headline, body, content='', contentless_delete=1, tokenize="{{IndexTerms.Fts5Tokenizer}}");
            CREATE TABLE entity_mentions (
                article INTEGER NOT NULL REFERENCES articles(key) ON DELETE CASCADE,
                ord INTEGER NOT NULL,
                key TEXT NOT NULL,
                text TEXT NOT NULL,
                type TEXT NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                canonical TEXT,
                latin TEXT,
                PRIMARY KEY (article, ord)
            ) WITHOUT ROWID;
            CREATE INDEX entity_mentions_key ON entity_mentions(key, article);
            CREATE TABLE quotes (
                article INTEGER NOT NULL REFERENCES articles(key) ON DELETE CASCADE,
                ord INTEGER NOT NULL,
                text TEXT NOT NULL,
                speaker TEXT,
                speaker_canonical TEXT,
                speaker_key TEXT,
                cue TEXT,
                via TEXT,
                direct INTEGER NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                PRIMARY KEY (article, ord)
            ) WITHOUT ROWID;
            CREATE INDEX quotes_speaker_key ON quotes(speaker_key);
            CREATE TABLE events (
                article INTEGER NOT NULL REFERENCES articles(key) ON DELETE CASCADE,
                ord INTEGER NOT NULL,
                type TEXT NOT NULL,
                actors TEXT NOT NULL,
                place TEXT,
                date TEXT,
                sentence TEXT NOT NULL,
                PRIMARY KEY (article, ord)
            ) WITHOUT ROWID;
            CREATE INDEX events_type ON events(type, date);
            CREATE TABLE keywords (
                article INTEGER NOT NULL REFERENCES articles(key) ON DELETE CASCADE,
                ord INTEGER NOT NULL,
                keyword TEXT NOT NULL,
                PRIMARY KEY (article, ord)
            ) WITHOUT ROWID;
            CREATE INDEX keywords_keyword ON keywords(keyword);
            """),
        // the job queue is PostgreSQL's alone (embedded mode ingests directly); the step keeps versions aligned
        new(2, "job queue and worker registry (shared mode; nothing in the embedded store)", "SELECT 1;"),
        new(3, "feed watching: feeds polled and article URLs seen", """
            CREATE TABLE watch_feeds (
                url TEXT PRIMARY KEY,
                etag TEXT,
                last_modified TEXT,
                polled_at TEXT,
                status INTEGER,
                error TEXT,
                failures INTEGER NOT NULL DEFAULT 0
            );
            CREATE TABLE watch_items (
                url TEXT PRIMARY KEY,
                guid TEXT,
                feed TEXT,
                state TEXT NOT NULL CHECK (state IN ('fetching', 'fetched', 'gone', 'failed')),
                attempts INTEGER NOT NULL DEFAULT 0,
                claimed_at TEXT NOT NULL,
                retry_at TEXT,
                error TEXT
            );
            CREATE INDEX watch_items_guid ON watch_items(guid) WHERE guid IS NOT NULL;
            """),
        new(4, "alerts: saved searches, new articles to match, matches and webhook deliveries", """
            CREATE TABLE alerts (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                name TEXT NOT NULL,
                query TEXT NOT NULL,
                filter TEXT NOT NULL,
                match_all INTEGER NOT NULL,
                webhook TEXT,
                secret TEXT NOT NULL,
                created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
            );
            CREATE TABLE article_changes (article INTEGER PRIMARY KEY, noted_at TEXT NOT NULL);
            CREATE TRIGGER articles_note_new AFTER INSERT ON articles WHEN EXISTS (SELECT 1 FROM alerts)
            BEGIN
                INSERT OR IGNORE INTO article_changes (article, noted_at) VALUES (NEW.key, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
            END;
            CREATE TABLE alert_matches (
                alert INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
                article INTEGER NOT NULL REFERENCES articles(key) ON DELETE CASCADE,
                matched_at TEXT NOT NULL,
                delivery TEXT CHECK (delivery IN ('pending', 'sending', 'sent', 'failed')),
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at TEXT,
                delivered_at TEXT,
                error TEXT,
                PRIMARY KEY (alert, article)
            ) WITHOUT ROWID;
            CREATE INDEX alert_matches_feed ON alert_matches(alert, matched_at DESC);
            CREATE INDEX alert_matches_due ON alert_matches(next_attempt_at) WHERE delivery IN ('pending', 'sending');
            """),
        new(5, "maintenance runs (resumable re-analysis)", """
            CREATE TABLE maintenance_runs (
                name TEXT PRIMARY KEY,
                cursor INTEGER NOT NULL DEFAULT 0,
                processed INTEGER NOT NULL DEFAULT 0,
                started_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                finished_at TEXT
            );
            """),
        new(6, "stories: story assignments with their clustering features, story labels", """
            -- one row per article: its story, when it was assigned (seq orders assignments across writers, so a later
            -- ingest rebuilds the clustering state in the order it was built), and the features that decided it
            CREATE TABLE story_members (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                article INTEGER NOT NULL UNIQUE REFERENCES articles(key) ON DELETE CASCADE,
                story TEXT NOT NULL,
                time TEXT NOT NULL,
                day TEXT NOT NULL,
                similarity REAL NOT NULL,
                copy_of TEXT,
                vector TEXT NOT NULL,
                entities TEXT NOT NULL,
                fingerprint BLOB NOT NULL
            );
            CREATE INDEX story_members_story ON story_members(story, time);
            CREATE INDEX story_members_day ON story_members(day, story);
            CREATE TABLE stories (
                id TEXT PRIMARY KEY,
                label TEXT NOT NULL,
                first TEXT NOT NULL,
                last TEXT NOT NULL,
                articles INTEGER NOT NULL,
                updated_at TEXT NOT NULL
            ) WITHOUT ROWID;
            """),
        new(9, "entity facet rows: each article's distinct entities with type and name in one small row", """
            -- the search's entity facet reads one row per best hit instead of every mention (see SqliteEntityFacet);
            -- entries are key U+001F type U+001F name, joined by U+001E; type and name are the largest of the article's
            -- mentions of the key (binary order), so the facet equals the GROUP BY over entity_mentions it replaces
            CREATE TABLE article_entity_facets (
                key INTEGER PRIMARY KEY REFERENCES articles(key) ON DELETE CASCADE,
                entities TEXT NOT NULL
            );
            INSERT INTO article_entity_facets (key, entities)
            SELECT article, group_concat(k || char(31) || t || char(31) || n, char(30))
            FROM (
                SELECT article,
                    replace(replace(key, char(30), ' '), char(31), ' ') AS k,
                    replace(replace(max(type), char(30), ' '), char(31), ' ') AS t,
                    replace(replace(max(coalesce(canonical, text)), char(30), ' '), char(31), ' ') AS n
                FROM entity_mentions GROUP BY article, key
            )
            GROUP BY article;
            """),
    ];
}
