using System.Text.RegularExpressions;
using Briefing.Core.Content;
using Briefing.Core.Diagnostics;

namespace Briefing.Core.Site;

/// <summary>
/// A feature of the site: the part of the model it builds and the pages it renders. Features are registered
/// once, in order, in <c>Build/Features.cs</c>; each may build on the parts of those registered before it.
/// </summary>
public interface ISiteFeature
{
    /// <summary>The top-level URL names its pages live under (<c>briefings</c>, <c>events</c>…): no page may take them.</summary>
    IEnumerable<string> Sections => [];

    /// <summary>The generators of its pages and files.</summary>
    IEnumerable<IPageGenerator> Generators { get; }

    /// <summary>Its part of the model, made from its own sources and the earlier parts; null for a feature with no model.</summary>
    ISitePart? Model(ModelContext context) => null;
}

/// <summary>
/// A kind of content an author writes: a path pattern under <c>input/</c>, with a <c>slug</c> group that every
/// kind checks by the same rules (<see cref="Text.SlugRules"/>), and a parser from a file to its typed source.
/// </summary>
public interface IContentKind : ISiteFeature
{
    /// <summary>The kind's name in the JSON schemas and the authoring guide, such as <c>event</c>.</summary>
    string Name { get; }

    /// <summary>A title for the kind in the authoring guide.</summary>
    string Title { get; }

    /// <summary>The files it reads, as a glob for people (<c>input/events/*.md</c>).</summary>
    string Files { get; }

    /// <summary>The files it reads, relative to <c>input/</c>, with a named group <c>slug</c>.</summary>
    Regex Path { get; }

    /// <summary>What the slug is called in messages: "briefing folder", "page file name"…</summary>
    string SlugName { get; }

    /// <summary>The record its front matter parses into, documented by its XML comments.</summary>
    Type FrontMatter { get; }

    /// <summary>One file as its typed source, or null when it has problems (reported).</summary>
    object? Parse(SourceFile file, Match path, DiagnosticBag diagnostics);

    /// <summary>
    /// Its part of the model (found in <paramref name="context"/>'s earlier parts) with one source's body replaced, when
    /// <paramref name="before"/> and <paramref name="after"/> are the same file with the same front matter: what a save that
    /// edits only text needs, without building the model again. Null when the kind cannot patch (the caller builds in full).
    /// A kind may patch only when nothing but its own part and the pages reading the document depend on the body.
    /// </summary>
    BodyEdit? PatchBody(ModelContext context, object before, object after) => null;
}

/// <summary>
/// A part of the model with one document's body replaced: the part before and after, the document before and after, and
/// what search makes of the new document (null when the part offers it nothing to search).
/// </summary>
public sealed record BodyEdit(ISitePart Before, ISitePart After, IContentDocument DocumentBefore, IContentDocument DocumentAfter, SearchSource? SearchAfter = null);
