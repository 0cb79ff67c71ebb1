namespace Marsad.Storage.Tests.Sqlite;

/// <summary>The store contract on the embedded SQLite backend.</summary>
public sealed class SqliteArticleStoreTests(SqliteFixture fixture) : ArticleStoreContract<SqliteFixture>(fixture);
