using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using Scriban;

namespace Briefing.Core.Templates;

/// <summary>
/// What templates get for an object that is not a listed view model: an error naming the type,
/// rather than Scriban's reflection over it (which Native AOT could not honour).
/// </summary>
internal sealed class UnknownTypeAccessor(Type type) : IObjectAccessor
{
    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => 0;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => [];

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => false;

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value) =>
        throw new ScriptRuntimeException(span, $"templates cannot read {type.Name}: it is not one of the view models the theme is given");

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;

    public bool HasIndexer => false;

    public Type? IndexType => null;
}
