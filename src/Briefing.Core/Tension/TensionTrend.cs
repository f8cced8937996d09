namespace Briefing.Core.Tension;

/// <summary>The month's change of tension against the month before, in the manner of CrisisWatch's arrows.</summary>
public enum TensionTrend
{
    /// <summary>The first month of the series: there is nothing to compare with.</summary>
    None,

    /// <summary>T moved by less than 5.0 either way.</summary>
    Unchanged,

    /// <summary>T rose by 5.0 or more: relations worsened.</summary>
    Deteriorated,

    /// <summary>T fell by 5.0 or more: relations improved.</summary>
    Improved,
}
