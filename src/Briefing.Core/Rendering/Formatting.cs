using System.Globalization;
using Briefing.Core.Rendering.Views;

namespace Briefing.Core.Rendering;

/// <summary>How dates and numbers read on the page; invariant so output never depends on the machine's culture.</summary>
public static class Formatting
{
    public static DateView Date(DateOnly date) =>
        new(date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
