namespace Marsad.Text;

/// <summary>Whether a normalized word is a stop word.</summary>
internal enum StopKind : byte
{
    /// <summary>A content word.</summary>
    None,

    /// <summary>A stop word however it is written.</summary>
    Always,

    /// <summary>A stop word only when the writer ended it with alef maksura (ى): على, but not the name علي.</summary>
    OnlyWithAlefMaksura,
}
