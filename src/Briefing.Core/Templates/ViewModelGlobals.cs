using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Briefing.Core.Templates;

/// <summary>
/// A page's view model as the template's global variables: each member read from the model when the template asks for
/// it, read-only. Copying every member into a new <see cref="ScriptObject"/> for each page read members no template used
/// and boxed them, a few percent of a large build's CPU. A name the template sets itself (<c>{{ x = 1 }}</c>) is kept
/// beside the model, as a script object would keep it.
/// </summary>
internal sealed class ViewModelGlobals(ViewModelAccessor accessor, object model) : IScriptObject
{
    private ScriptObject? _own;

    public int Count => accessor.Count + (_own?.Count ?? 0);

    public bool IsReadOnly { get; set; }

    public IEnumerable<string> GetMembers() => _own is null ? accessor.Members : accessor.Members.Concat(_own.GetMembers());

    public bool Contains(string member) => accessor.Has(member) || _own?.Contains(member) == true;

    public bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value) =>
        accessor.TryGet(model, member, out value) || _own?.TryGetValue(context, span, member, out value) == true;

    public bool CanWrite(string member) => !IsReadOnly && !accessor.Has(member) && (_own?.CanWrite(member) ?? true);

    public bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly) =>
        CanWrite(member) && (_own ??= new ScriptObject()).TrySetValue(context, span, member, value, readOnly);

    public bool Remove(string member) => _own?.Remove(member) == true;

    public void SetReadOnly(string member, bool readOnly) => _own?.SetReadOnly(member, readOnly);

    public IScriptObject Clone(bool deep) => new ViewModelGlobals(accessor, model) { _own = (ScriptObject?)_own?.Clone(deep), IsReadOnly = IsReadOnly };
}
