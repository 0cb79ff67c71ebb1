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
