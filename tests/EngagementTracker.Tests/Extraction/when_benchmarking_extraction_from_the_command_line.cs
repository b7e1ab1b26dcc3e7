using System.Globalization;
using System.Text.RegularExpressions;
using EngagementTracker.Tests.Infrastructure;

namespace EngagementTracker.Tests.Extraction;

public class when_benchmarking_extraction_from_the_command_line
{
    [Fact]
    public async Task it_warms_up_untimed_then_prints_each_round_and_judges_the_goal_on_the_median()
    {
        // files only: no database is asked for (the connection string leads nowhere)
        var (exitCode, output) = await CommandLine.RunAsync("Host=127.0.0.1;Port=1;Database=none", "benchextract", "--documents", "20", "--rounds", "3", "--warmup", "5");

        exitCode.ShouldBe(0, output);
        output.ShouldContain("warming up: 5 documents, untimed");
        var rounds = Regex.Matches(output, @"round (\d): 20 documents of 5\.0 KB .*?(?<rate>[\d,]+) documents per CPU second; (?<proposals>[\d,]+) proposals");
        rounds.Select(m => m.Groups[1].Value).ShouldBe(["1", "2", "3"]);
        // the same documents every round: the same proposals, and some
        rounds.Select(m => m.Groups["proposals"].Value).Distinct().ShouldHaveSingleItem().ShouldNotBe("0");
        var median = rounds.Select(m => m.Groups["rate"].Value).OrderBy(r => int.Parse(r, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)).ElementAt(1);
        output.ShouldContain($"Median round: {median} documents per CPU second");
        output.ShouldMatch(@"Goal: at least 200 documents per CPU second \(one core\): (met|NOT met)\.");
    }

    [Fact]
    public async Task against_another_build_it_extracts_with_both_in_one_process_and_prints_how_their_rates_compare()
    {
        // (the other build here is this one's own output, loaded apart: the same proposals from the same documents)
        var build = Path.GetDirectoryName(typeof(EngagementTracker.Extraction.Proposing.Extractor).Assembly.Location)!;
        var (exitCode, output) = await CommandLine.RunAsync("Host=127.0.0.1;Port=1;Database=none", "benchextract", "--documents", "20", "--rounds", "2", "--warmup", "5", "--against", build);

        exitCode.ShouldBe(0, output);
        output.ShouldContain("warming up: 5 documents each, untimed");
        var both = Regex.Match(output, @"this build: [\d,]+ documents per CPU second, (?<ours>[\d,]+) proposals; the other: [\d,]+ documents per CPU second, (?<theirs>[\d,]+) proposals");
        both.Success.ShouldBeTrue(output);
        both.Groups["ours"].Value.ShouldBe(both.Groups["theirs"].Value);
        both.Groups["ours"].Value.ShouldNotBe("0");
        output.ShouldMatch(@"This build's rate / the other's: \d+\.\d{3} \(40 documents each");

        // a folder with no build in it: said so, and nothing timed
        var (failed, message) = await CommandLine.RunAsync("Host=127.0.0.1;Port=1;Database=none", "benchextract", "--documents", "5", "--against", Path.GetTempPath());
        failed.ShouldNotBe(0);
        message.ShouldContain("no EngagementTracker.Extraction.dll and EngagementTracker.Domain.dll there");
    }
}
