using Briefing.Core.Site;
using Briefing.Core.Templates;

namespace Briefing.Core.Publishing.Search;

/// <summary>
/// The terms of a rendered body, read from its HTML in the one pass that finds its text: the terms of
/// <see cref="HtmlText.Of(TrustedHtml)"/>, without making that text. The body's text was a string per document
/// made only to be tokenized, the length of the document, for every page, event and briefing.
/// </summary>
internal static class HtmlTerms
{
    /// <summary>Calls <paramref name="handler"/> with each term of the body's readable text, in order, repeats kept.</summary>
    public static void Tokenize(TrustedHtml body, SearchTokenizer.FoldedTermHandler handler)
    {
        var sink = new TermSink(handler);
        try
        {
            if (!HtmlText.TryScan(body, ref sink))
            {
                // HTML beyond what the one pass reads: its text the slow way. The terms already handed over were whole
                // words of that text too, and a document's terms are a set, so none is counted twice.
                sink.Terms.Forget();
                sink.Terms.Add(HtmlText.Slowly(body.Value));
            }
            sink.Terms.Break();
        }
        finally
        {
            sink.Dispose();
        }
    }

    // Text goes to the tokenizer as it comes; a tag that separates words ends the one being read.
    private ref struct TermSink(SearchTokenizer.FoldedTermHandler handler) : HtmlText.ISink, IDisposable
    {
        public SearchTokenizer.TermStream Terms = new(handler);

        public void Text(ReadOnlySpan<char> run) => Terms.Add(run);

        public void Character(char decoded) => Terms.Add([decoded]);

        public void Block() => Terms.Break();

        public void Dispose() => Terms.Dispose();
    }
}
