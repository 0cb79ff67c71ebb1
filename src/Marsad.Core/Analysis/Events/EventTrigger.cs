namespace Marsad.Analysis.Events;

/// <summary>A word that reports an event: its type, CAMEO code, part of speech and the words it needs nearby.</summary>
internal sealed record EventTrigger(string Type, string? Cameo, bool IsVerb, IReadOnlyList<string> Needs);
