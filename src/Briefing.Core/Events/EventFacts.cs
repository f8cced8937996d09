namespace Briefing.Core.Events;

/// <summary>
/// The fields of an event that its coding rests on (and the tension index uses), as they stood at one
/// point of its history: today's values, or those in force before one of its changes.
/// </summary>
/// <param name="Date">When it happened.</param>
/// <param name="Actor1">Who acted.</param>
/// <param name="Actor2">Who it was aimed at.</param>
/// <param name="Cameo">The CAMEO entry of its code.</param>
/// <param name="GoldsteinOverride">The value set for this event instead of the table's, if any.</param>
public sealed record EventFacts(EventDate Date, Actor Actor1, Actor Actor2, CameoEntry Cameo, decimal? GoldsteinOverride)
{
    /// <summary>The value the index uses: the override when there is one, else the CAMEO table's.</summary>
    public decimal Goldstein => GoldsteinOverride ?? Cameo.Goldstein;

    /// <summary>
    /// The facts before each change, oldest change first: walking back from today's values, each change's
    /// <c>was:</c> restores what it replaced, so a field changed twice has its older value before the first change.
    /// </summary>
    public static IReadOnlyList<EventFacts> BeforeEachChange(EventFacts current, IReadOnlyList<EventChange> changes, CameoTable table)
    {
        var before = new EventFacts[changes.Count];
        var facts = current;
        for (var i = changes.Count - 1; i >= 0; i--)
        {
            if (changes[i].Was is { } was)
            {
                facts = new EventFacts(
                    was.Date ?? facts.Date,
                    was.Actor1 ?? facts.Actor1,
                    was.Actor2 ?? facts.Actor2,
                    was.Cameo is { } code ? table.Find(code) ?? throw new InvalidOperationException($"CAMEO code {code} passed parsing but is not in the table") : facts.Cameo,
                    was.Goldstein ?? facts.GoldsteinOverride);
            }
            before[i] = facts;
        }
        return before;
    }
}
