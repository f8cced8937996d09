namespace Briefing.Core.Templates;

/// <summary>A template failed while rendering a page, e.g. it used a name its view model lacks.</summary>
public sealed class TemplateException(string templateFile, string reason)
    : Exception(reason)
{
    /// <summary>The template's path as shown to authors, e.g. <c>theme/templates/home.hbs</c>.</summary>
    public string TemplateFile { get; } = templateFile;
}
