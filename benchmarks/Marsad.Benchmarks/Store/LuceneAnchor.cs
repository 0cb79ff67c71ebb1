using System.Diagnostics;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Marsad.Benchmarks.Store;

/// <summary>The anchor: Lucene.NET 4.8 with ArabicAnalyzer and BM25Similarity(1.2, 0.75), indexing the same bodies on disk.</summary>
internal sealed class LuceneAnchor : IDisposable
{
    private readonly ArabicAnalyzer _analyzer = new(LuceneVersion.LUCENE_48);
    private readonly FSDirectory _directory;
    private DirectoryReader? _reader;
    private IndexSearcher? _searcher;

    public LuceneAnchor(string path) => _directory = FSDirectory.Open(path);

    /// <summary>Indexes the bodies (one thread, committed to disk) and returns the elapsed time.</summary>
    public TimeSpan Index(KnownItemCorpus corpus)
    {
        var clock = Stopwatch.StartNew();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzer)
        {
            Similarity = new BM25Similarity(1.2f, 0.75f),
            OpenMode = OpenMode.CREATE,
        };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var a in corpus.Articles)
            {
                writer.AddDocument(new Document
                {
                    new StringField("id", a.Id, Field.Store.YES),
                    new TextField("body", a.Body, Field.Store.NO),
                });
            }
            writer.Commit();
        }
        clock.Stop();
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity(1.2f, 0.75f) };
        return clock.Elapsed;
    }

    /// <summary>The ids of the ten best bodies for <paramref name="text"/> (its ArabicAnalyzer terms OR-ed).</summary>
    public IReadOnlyList<string> Search(string text)
    {
        var query = new BooleanQuery();
        using (var stream = _analyzer.GetTokenStream("body", text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
                query.Add(new TermQuery(new Term("body", term.ToString())), Occur.SHOULD);
            stream.End();
        }
        if (query.Clauses.Count == 0)
            return [];
        var top = _searcher!.Search(query, 10);
        return top.ScoreDocs.Select(d => _searcher.Doc(d.Doc).Get("id")).ToList();
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
