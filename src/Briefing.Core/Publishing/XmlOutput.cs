using System.Text;
using System.Xml;

namespace Briefing.Core.Publishing;

/// <summary>How every XML file of the site is written: UTF-8 without BOM, two-space indents, LF line endings.</summary>
internal static class XmlOutput
{
    public static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };
}
