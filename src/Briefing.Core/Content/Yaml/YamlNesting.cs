namespace Briefing.Core.Content.Yaml;

/// <summary>
/// Finds flow collections (<c>[ … ]</c>, <c>{ … }</c>) nested deeper than any front matter needs,
/// before the YAML parser sees them: the parser's time grows much faster than the depth, so a
/// file of ten thousand brackets would otherwise stall the build. Pure: a function of the text.
/// </summary>
public static class YamlNesting
{
    /// <summary>Deeper than any real front matter (a list of mappings of lists is depth 3).</summary>
    public const int MaxDepth = 32;

    /// <summary>The 0-based line and column where nesting first exceeds <see cref="MaxDepth"/>, or null.</summary>
    public static (int Line, int Column)? FindTooDeep(string yaml)
    {
        var depth = 0;
        var line = 0;
        var column = 0;
        var quote = '\0';
        var comment = false;
        var previous = '\n';
        for (var i = 0; i < yaml.Length; i++, column++, previous = yaml[i - 1])
        {
            var c = yaml[i];
            if (c == '\n')
            {
                line++;
                column = -1;
                comment = false;
                continue;
            }
            if (comment)
            {
                continue;
            }
            if (quote != '\0')
            {
                if (c == '\\' && quote == '"')
                {
                    i++;
                    column++;
                }
                else if (c == quote)
                {
                    quote = '\0';
                }
                continue;
            }
            switch (c)
            {
                case '#' when char.IsWhiteSpace(previous):
                    comment = true;
                    break;
                case '"' or '\'' when previous is '\n' or ' ' or '\t' or '[' or '{' or ',' or ':' or '-':
                    quote = c;
                    break;
                case '[' or '{':
                    if (++depth > MaxDepth)
                    {
                        return (line, column);
                    }
                    break;
                case ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
            }
        }
        return null;
    }
}
