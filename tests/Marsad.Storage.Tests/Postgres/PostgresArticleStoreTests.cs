namespace Marsad.Storage.Tests.Postgres;

/// <summary>The store contract on a real PostgreSQL server started for the test run.</summary>
public sealed class PostgresArticleStoreTests(PostgresFixture fixture) : ArticleStoreContract<PostgresFixture>(fixture);
