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
    ];
}
