using Briefing.Core.Tension;

namespace Briefing.Core.Tests.Tension;

public sealed class TensionDownloadsTests
{
    private static readonly Dyad AzeRus = new("AZE", "RUS");

    // The worked example: Jan −5.0; Feb nothing; Mar +8.0 and −2.0.
    private static IReadOnlyList<TensionMonth> WorkedExample() => TensionIndex.Compute(
        [
            new TensionEvent(new YearMonth(2025, 1), -50, "AZE", "RUS", "jan", "/events/jan/", "Jan", 5),
            new TensionEvent(new YearMonth(2025, 3), 80, "RUS", "AZE", "mar-a", "/events/mar-a/", "Mar A", 2),
            new TensionEvent(new YearMonth(2025, 3), -20, "AZE", "RUS", "mar-b", "/events/mar-b/", "Mar B"),
        ],
        AzeRus);

    [Fact]
    public void Csv_has_a_fixed_header_and_one_line_per_month()
    {
        const string expected =
            "month,k,event_count,sum_g,N,D,S,T,no_new_events,trend\n"
            + "2025-01,0,1,-50,-50,1,-5.0,75.0,false,\n"
            + "2025-02,1,0,0,-50,1,-5.0,75.0,true,unchanged\n"
            + "2025-03,2,2,60,190,9,2.1,39.4,false,improved\n";

        Assert.Equal(expected, TensionDownloads.Csv(WorkedExample()));
    }

    [Fact]
    public void Json_carries_the_same_numbers_in_a_fixed_order()
    {
        const string expected = """
            {
              "dyad": [
                "AZE",
                "RUS"
              ],
              "months": [
                {
                  "month": "2025-01",
                  "k": 0,
                  "event_count": 1,
                  "sum_g": -50,
                  "N": "-50",
                  "D": "1",
                  "S": -5.0,
                  "T": 75.0,
                  "no_new_events": false,
                  "trend": null,
                  "events": [
                    "/events/jan/"
                  ]
                },
                {
                  "month": "2025-02",
                  "k": 1,
                  "event_count": 0,
                  "sum_g": 0,
                  "N": "-50",
                  "D": "1",
                  "S": -5.0,
                  "T": 75.0,
                  "no_new_events": true,
                  "trend": "unchanged",
                  "events": []
                },
                {
                  "month": "2025-03",
                  "k": 2,
                  "event_count": 2,
                  "sum_g": 60,
                  "N": "190",
                  "D": "9",
                  "S": 2.1,
                  "T": 39.4,
                  "no_new_events": false,
                  "trend": "improved",
                  "events": [
                    "/events/mar-b/",
                    "/events/mar-a/"
                  ]
                }
              ],
              "revisions": []
            }

            """;

        Assert.Equal(expected, TensionDownloads.Json(AzeRus, WorkedExample()));
    }

    [Fact]
    public void Revisions_csv_quotes_per_rfc_4180_and_ends_each_record_with_crlf()
    {
        // Published on 2 April at g = −100 (T 100.0); on 9 April a correction makes it −50 (T 75.0).
        IReadOnlyList<RecordedEvent> events =
        [
            new(new TensionEvent(new YearMonth(2025, 1), -50, "AZE", "RUS", "a", "/events/a/", "A"), new DateOnly(2025, 4, 2),
                [new TensionChange(new DateOnly(2025, 4, 9), "correction", "It was \"worse\", then\nfar worse.",
                    new TensionEvent(new YearMonth(2025, 1), -100, "AZE", "RUS", "a", "/events/a/", "A"))]),
        ];

        var csv = RevisionDownloads.Csv(TensionRevisions.Compute(events, AzeRus));

        Assert.Equal(
            "month,revised_on,step,T_before,T_after,trend_before,trend_after,cause,change_type,event,event_url,note\r\n"
            + "2025-01,2025-04-09,1,100.0,75.0,,,change,correction,a,/events/a/,\"It was \"\"worse\"\", then\nfar worse.\"\r\n",
            csv);
    }

    [Fact]
    public void N_and_D_stay_exact_beyond_the_range_of_a_double()
    {
        // 70 months: the last month's weight is 2^69 ≈ 5.9e20, beyond 2^53 where doubles stop counting exactly.
        // Jan 2020 g = −50, Oct 2025 (k = 69) g = 10: N = −50 + 10 × 2^69, D = 1 + 2^69,
        // so S = 0.99…9 (tenths: 10 − 60/D) → 1.0 and T = 45.0; T fell from 75.0 → improved.
        var rows = TensionIndex.Compute(
            [
                new TensionEvent(new YearMonth(2020, 1), -50, "AZE", "RUS", "a", "/a/", "a"),
                new TensionEvent(new YearMonth(2025, 10), 10, "AZE", "RUS", "b", "/b/", "b"),
            ],
            AzeRus);

        var last = TensionDownloads.Csv(rows).Split('\n')[^2];
        Assert.Equal("2025-10,69,1,10,5902958103587056517070,590295810358705651713,1.0,45.0,false,improved", last);
    }
}
