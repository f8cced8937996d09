namespace Briefing.Core.Templates;

/// <summary>
/// A template failed while rendering a page, e.g. it used a name its view model lacks; the build
/// reports it as a diagnostic at <see cref="TemplateFile"/>:<see cref="Line"/>:<see cref="Column"/>.
/// </summary>
public sealed class TemplateException(string templateFile, int line, int column, string reason)
    : Exception(reason)
{
    /// <summary>The theme file as shown to authors, e.g. <c>theme/templates/home.sbn</c>.</summary>
    public string TemplateFile { get; } = templateFile;

    /// <summary>1-based; 0 when not known.</summary>
    public int Line { get; } = line;

    /// <summary>1-based; 0 when not known.</summary>
    public int Column { get; } = column;
}
