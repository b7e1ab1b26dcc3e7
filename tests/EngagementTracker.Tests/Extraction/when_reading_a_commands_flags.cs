using System.Text.RegularExpressions;
using EngagementTracker.Tests.Infrastructure;

namespace EngagementTracker.Tests.Extraction;

public class when_reading_a_commands_flags
{
    /// <summary>A short flag two options share reaches only the first: "eval -a" could never name the actor file.</summary>
    [Theory]
    [InlineData("eval", "-c", "--actors")]
    [InlineData("ingest", "-d", "--published")]
    public async Task each_short_flag_of_the_projects_own_options_names_one_option(string command, string shortFlag, string longFlag)
    {
        // (JasperFx's help exits with 1 by its own choice: what it prints is what is read)
        var (_, output) = await CommandLine.RunAsync("Host=127.0.0.1;Port=1;Database=none", "help", command);

        output.ShouldContain($"[{shortFlag}, {longFlag} ");
        // the options declared before the framework's own (--config:…), each short flag once
        var own = output[..Math.Max(0, output.IndexOf("--config:", StringComparison.Ordinal))];
        Regex.Matches(own, @"\[(-\w), --").Select(m => m.Groups[1].Value).GroupBy(f => f).ShouldAllBe(g => g.Count() == 1);
    }
}
