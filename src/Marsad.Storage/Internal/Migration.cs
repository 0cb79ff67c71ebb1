namespace Marsad.Storage.Internal;

/// <summary>One versioned schema step. Steps run in order, each in its own transaction, and are recorded in <c>schema_migrations</c>.</summary>
/// <param name="Version">1, 2, 3, … without gaps.</param>
/// <param name="Name">What the step adds ("articles and full-text index").</param>
/// <param name="Sql">The statements.</param>
internal sealed record Migration(int Version, string Name, string Sql);
