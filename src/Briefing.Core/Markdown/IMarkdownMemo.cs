using Briefing.Core.Content;

namespace Briefing.Core.Markdown;

/// <summary>Remembers rendered bodies between builds (the build cache implements it), so a one-file edit renders one body.</summary>
public interface IMarkdownMemo
{
    /// <summary>What <paramref name="render"/> makes of <paramref name="body"/>, from memory when this exact body was rendered before.</summary>
    RenderedMarkdown Markdown(string body, bool numbered, Func<string, bool, RenderedMarkdown> render);

    /// <summary>
    /// What <paramref name="render"/> makes of <paramref name="document"/>'s body: from memory when this very document
    /// (the same object) was rendered before, else by its body's text, as the other overload finds it.
    /// </summary>
    RenderedMarkdown Markdown(IContentDocument document, bool numbered, Func<string, bool, RenderedMarkdown> render);
}
