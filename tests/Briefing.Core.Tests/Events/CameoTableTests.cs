using Briefing.Core.Events;

namespace Briefing.Core.Tests.Events;

public sealed class CameoTableTests
{
    [Theory]
    // Expected values read by hand from /work/shared/data/cameo.tsv (GDELT's lookup table).
    [InlineData("010", 0.0, "Make statement, not specified below")]
    [InlineData("055", 7.0, "Apologize")]
    [InlineData("05", 3.5, "Engage in diplomatic cooperation")]
    [InlineData("173", -5.0, "Arrest, detain, or charge with legal action")]
    [InlineData("195", -10.0, "Employ aerial weapons")]
    public void Looks_up_full_codes_with_their_goldstein_values(string code, double goldstein, string description)
    {
        var entry = CameoTable.Default.Find(code);
        Assert.NotNull(entry);
        Assert.Equal((decimal)goldstein, entry.Goldstein);
        Assert.Equal(description, entry.Description);
    }

    [Fact]
    public void Codes_are_strings_so_10_is_not_010()
    {
        Assert.Equal("Demand", CameoTable.Default.Find("10")!.Description);
        Assert.Equal("Make statement, not specified below", CameoTable.Default.Find("010")!.Description);
        Assert.Null(CameoTable.Default.Find("871"));
        Assert.NotNull(CameoTable.Default.Find("0871"));
    }

    [Fact]
    public void The_embedded_table_has_every_row_of_the_source_file()
    {
        // 312 lines in cameo.tsv: a header and 311 codes.
        Assert.Equal(311, CameoTable.Default.Count);
    }
}
