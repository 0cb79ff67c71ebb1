using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Marsad.Sources;

namespace Marsad.Benchmarks.Sources;

/// <summary>
/// <c>quality warc-memory [--sizes 10,200] [--dir DIR]</c>: shows that reading a WARC.gz streams in constant memory.
/// Generates WARC.gz files of the given sizes (MB; one gzip member per record; a third of the records are Arabic HTML
/// article pages, the rest binary images that must be skipped without being loaded), then reads each in a fresh child
/// process through <see cref="DocumentReader"/> (HTML extraction included) and reports documents, time, bytes
/// allocated, peak managed heap and peak working set.
/// </summary>
internal static class WarcMemory
{
    public static void Register() => Harnesses.Add("warc-memory", Run);

    private static int Run(string[] args)
    {
        if (args.Length == 2 && args[0] == "--read")
            return Read(args[1]);
        var sizes = Option(args, "--sizes")?.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray() ?? [10, 200];
        var dir = Option(args, "--dir") ?? Directory.CreateTempSubdirectory("marsad-warc-").FullName;
        Directory.CreateDirectory(dir);
        Console.WriteLine("| file | MB | records | documents | seconds | allocated MB | peak managed heap MB | peak working set MB |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var size in sizes)
        {
            var path = Path.Combine(dir, $"crawl-{size}mb.warc.gz");
            var records = File.Exists(path) ? -1 : Generate(path, size * 1_000_000L);
            var psi = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
            if (!Environment.ProcessPath!.EndsWith("Marsad.Benchmarks", StringComparison.Ordinal))
                psi.ArgumentList.Add(typeof(WarcMemory).Assembly.Location);
            foreach (var a in (string[])["quality", "warc-memory", "--read", path])
                psi.ArgumentList.Add(a);
            using var child = Process.Start(psi)!;
            var line = child.StandardOutput.ReadToEnd().Trim();
            child.WaitForExit();
            Console.WriteLine($"| {Path.GetFileName(path)} | {new FileInfo(path).Length / 1e6:0.0} | {(records < 0 ? "?" : records)} | {line}");
        }
        if (Option(args, "--dir") is null)
            Directory.Delete(dir, recursive: true);
        return 0;
    }

    // in the child: read everything, report "documents | seconds | allocated | peak heap | peak working set |"
    private static int Read(string path)
    {
        var documents = 0;
        long peakHeap = 0;
        var sw = Stopwatch.StartNew();
        foreach (var d in DocumentReader.Read([path], InputFormat.Auto, e => Console.Error.WriteLine(e.Message)))
        {
            if (++documents % 50 == 0)
                peakHeap = Math.Max(peakHeap, GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes);
        }
        peakHeap = Math.Max(peakHeap, GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{documents} | {sw.Elapsed.TotalSeconds:0.0} | {allocated / 1e6:0} | {peakHeap / 1e6:0.0} | {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} |"));
        return 0;
    }

    private static readonly string[] Words =
    ("أعلنت وزارة الصحة اليوم تسجيل حالات جديدة بفيروس كورونا المستجد في عدد من المحافظات وقال المتحدث الرسمي إن "
     + "الحكومة اتخذت إجراءات وقائية مشددة لمواجهة انتشار الوباء ووقعت روسيا وماليزيا اتفاقية للتعاون في مكافحة الإرهاب "
     + "خلال زيارة رئيس الوزراء إلى العاصمة وأكد الوزير أن المفاوضات مستمرة مع الأطراف الدولية لإيجاد حل سياسي للأزمة").Split(' ');

    private static int Generate(string path, long targetBytes)
    {
        var random = new Random(42);
        var records = 0;
        using var file = File.Create(path);
        while (file.Length < targetBytes)
        {
            byte[] body;
            string contentType;
            if (records % 3 == 0)
            {
                body = Encoding.UTF8.GetBytes(Page(random, records));
                contentType = "text/html; charset=utf-8";
            }
            else
            {
                body = new byte[random.Next(20_000, 120_000)];
                random.NextBytes(body);
                contentType = "image/jpeg";
            }
            var http = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: {contentType}\r\nContent-Length: {body.Length}\r\n\r\n");
            var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture,
                $"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/{records}\r\nWARC-Date: 2020-03-17T17:30:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {http.Length + body.Length}\r\n\r\n"));
            using (var gz = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true))
            {
                gz.Write(header);
                gz.Write(http);
                gz.Write(body);
                gz.Write("\r\n\r\n"u8);
            }
            records++;
        }
        return records;
    }

    private static string Page(Random random, int n)
    {
        var sb = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"ar\"><head><meta charset=\"utf-8\"><title>خبر رقم {n} - موقع</title></head><body><nav><a href=\"/\">الرئيسية</a></nav><article><h1>خبر رقم {n}</h1><div class=\"article-body\">");
        for (var p = 0; p < random.Next(5, 25); p++)
        {
            sb.Append("<p>");
            for (var w = 0; w < random.Next(20, 60); w++)
                sb.Append(Words[random.Next(Words.Length)]).Append(' ');
            sb.Append("</p>");
        }
        return sb.Append("</div></article><footer>جميع الحقوق محفوظة</footer></body></html>").ToString();
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
