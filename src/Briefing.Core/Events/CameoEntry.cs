namespace Briefing.Core.Events;

/// <summary>
/// One CAMEO event code with its Goldstein value (−10 most conflictual … +10 most cooperative) and
/// quad class (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict).
/// </summary>
public sealed record CameoEntry(string Code, decimal Goldstein, int QuadClass, string Description)
{
    /// <summary>The quad class in words.</summary>
    public string QuadClassName => QuadClass switch
    {
        1 => "verbal cooperation",
        2 => "material cooperation",
        3 => "verbal conflict",
        4 => "material conflict",
        _ => "unclassified",
    };
}
