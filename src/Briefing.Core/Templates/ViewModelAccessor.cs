using System.Collections.Concurrent;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using Scriban;

namespace Briefing.Core.Templates;

/// <summary>
/// How templates read a view model's members: through the getters System.Text.Json's source
/// generator writes for it, not through reflection, so that the members survive Native AOT
/// trimming and no view model type is read that the project did not list. Members keep their
/// C# names (<c>Meta.DocumentTitle</c>), so a template and its view model read alike.
/// </summary>
internal sealed class ViewModelAccessor : IObjectAccessor
{
    private readonly string _typeName;
    private readonly Dictionary<string, Func<object, object?>> _getters;

    private ViewModelAccessor(JsonTypeInfo info)
    {
        _typeName = info.Type.Name;
        _getters = info.Properties
            .Where(p => p.Get is not null)
            .ToDictionary(p => p.Name, p => p.Get!, StringComparer.Ordinal);
    }

    public IEnumerable<string> Members => _getters.Keys.Order(StringComparer.Ordinal);

    /// <summary>How many members a view model of this type has.</summary>
    public int Count => _getters.Count;

    /// <summary>True when the type has <paramref name="member"/>.</summary>
    public bool Has(string member) => _getters.ContainsKey(member);

    /// <summary>The value of <paramref name="member"/> of <paramref name="target"/>, read when asked for; false when the type has no such member.</summary>
    public bool TryGet(object target, string member, out object? value)
    {
        if (_getters.TryGetValue(member, out var get))
        {
            value = get(target);
            return true;
        }
        value = null;
        return false;
    }

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _getters.Count;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => Members;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _getters.ContainsKey(member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (_getters.TryGetValue(member, out var get))
        {
            value = get(target);
            return true;
        }
        throw new ScriptRuntimeException(span, $"{_typeName} has no member '{member}'; it has {string.Join(", ", Members)}");
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) =>
        throw new ScriptRuntimeException(span, $"templates cannot change a view model ({_typeName}.{member})");

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;

    public bool HasIndexer => false;

    public Type? IndexType => null;

    /// <summary>The accessors of one JSON context's types, made once per type and shared by every thread.</summary>
    public sealed class Cache(JsonSerializerContext contract)
    {
        private readonly ConcurrentDictionary<Type, ViewModelAccessor?> _accessors = new();

        // A lambda over the contract would be a new delegate on every call, and templates ask once per member they read.
        public ViewModelAccessor? For(Type type) =>
            _accessors.GetOrAdd(type, static (t, contract) => contract.GetTypeInfo(t) is { Kind: JsonTypeInfoKind.Object } info ? new ViewModelAccessor(info) : null, contract);
    }
}
