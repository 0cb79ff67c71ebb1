using System.IO.Compression;
using System.Text;

namespace Marsad.Analysis.Names;

internal sealed partial class TransliterationModel
{
    private const int Magic = 0x4C52544D; // "MTRL"
    private const int Version = 1;

    /// <summary>The shipped model (models/translit.bin), loaded on first use.</summary>
    public static TransliterationModel Default => Shipped.Value;

    private static readonly Lazy<TransliterationModel> Shipped = new(() =>
    {
        using var stream = EmbeddedData.Open("models/translit.bin");
        return Read(stream);
    });

    /// <summary>Writes the model, deflate-compressed.</summary>
    public static void Write(Stream stream, int order, IReadOnlyList<(char Letter, string Latin)> units,
        IReadOnlyDictionary<ulong, float> logProb, IReadOnlyDictionary<ulong, float> backoff)
    {
        using var deflate = new DeflateStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(deflate, Encoding.UTF8);
        w.Write(Magic);
        w.Write(Version);
        w.Write(order);
        w.Write(units.Count);
        foreach (var (letter, latin) in units)
        {
            w.Write(letter);
            w.Write(latin);
        }
        WriteTable(w, logProb);
        WriteTable(w, backoff);
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a transliteration model.</exception>
    public static TransliterationModel Read(Stream stream)
    {
        using var deflate = new DeflateStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(deflate, Encoding.UTF8);
        if (r.ReadInt32() != Magic || r.ReadInt32() != Version)
            throw new InvalidDataException("not a Marsad transliteration model (models/translit.bin)");
        var order = r.ReadInt32();
        var count = r.ReadInt32();
        var letters = new char[count];
        var latin = new string[count];
        for (var i = 0; i < count; i++)
        {
            letters[i] = r.ReadChar();
            latin[i] = r.ReadString();
        }
        return new TransliterationModel(order, letters, latin, ReadTable(r), ReadTable(r));
    }

    private static void WriteTable(BinaryWriter w, IReadOnlyDictionary<ulong, float> table)
    {
        w.Write(table.Count);
        foreach (var (key, value) in table.OrderBy(p => p.Key))
        {
            w.Write(key);
            w.Write(value);
        }
    }

    private static Dictionary<ulong, float> ReadTable(BinaryReader r)
    {
        var count = r.ReadInt32();
        var table = new Dictionary<ulong, float>(count);
        for (var i = 0; i < count; i++)
            table[r.ReadUInt64()] = r.ReadSingle();
        return table;
    }
}
