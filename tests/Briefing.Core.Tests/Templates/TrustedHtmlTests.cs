using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Briefing.Core.Templates;

namespace Briefing.Core.Tests.Templates;

/// <summary>
/// <see cref="TrustedHtml"/> is the one way markup reaches a page unencoded, so who makes one is
/// checked in the compiled library: every <c>newobj</c> of its constructor, attributed to the
/// outermost type of the method it is in (lambdas and iterators are nested compiler types).
/// </summary>
public sealed class TrustedHtmlTests
{
    private static readonly string[] AllowedMakers =
    [
        "Briefing.Core.Markdown.MarkdownRenderer",
        "Briefing.Core.Templates.TrustedHtml", // TrustedHtml.Empty
    ];

    [Fact]
    public void Only_the_markdown_renderer_constructs_trusted_html()
    {
        Assert.Equal(AllowedMakers.Order(StringComparer.Ordinal), Makers().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Its_constructor_is_not_public()
    {
        Assert.All(typeof(TrustedHtml).GetConstructors(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public),
            c => Assert.False(c.IsPublic, c.ToString()));
    }

    private static HashSet<string> Makers()
    {
        using var pe = new PEReader(File.OpenRead(typeof(TrustedHtml).Assembly.Location));
        var metadata = pe.GetMetadataReader();
        var constructors = typeof(TrustedHtml).GetConstructors(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)
            .Select(c => BitConverter.GetBytes(c.MetadataToken))
            .ToList();
        Assert.NotEmpty(constructors);
        var makers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var typeHandle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(typeHandle);
            foreach (var method in type.GetMethods().Select(metadata.GetMethodDefinition).Where(m => m.RelativeVirtualAddress != 0))
            {
                var il = pe.GetMethodBody(method.RelativeVirtualAddress).GetILBytes() ?? [];
                if (constructors.Any(token => CallsConstructor(il, token)))
                {
                    makers.Add(OutermostName(metadata, type));
                }
            }
        }
        return makers;
    }

    // newobj is 0x73 followed by the constructor's metadata token, little-endian.
    private static bool CallsConstructor(byte[] il, byte[] token)
    {
        for (var i = 0; i + 4 < il.Length; i++)
        {
            if (il[i] == 0x73 && il.AsSpan(i + 1, 4).SequenceEqual(token))
            {
                return true;
            }
        }
        return false;
    }

    private static string OutermostName(MetadataReader metadata, TypeDefinition type)
    {
        while (!type.GetDeclaringType().IsNil)
        {
            type = metadata.GetTypeDefinition(type.GetDeclaringType());
        }
        return $"{metadata.GetString(type.Namespace)}.{metadata.GetString(type.Name)}";
    }
}
