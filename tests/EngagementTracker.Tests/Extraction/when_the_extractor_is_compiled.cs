using System.Reflection;
using EngagementTracker.Extraction.Proposing;

namespace EngagementTracker.Tests.Extraction;

public class when_the_extractor_is_compiled
{
    [Fact]
    public void every_method_stays_small_enough_for_the_JIT_to_optimise()
    {
        // The JIT compiles a method past some size without optimisation (MinOpts: no inlining, every local on the stack).
        // ProposeIn was, at 44,561 bytes of IL; with the sentences' mentions read apart (Named) it is optimised, at 41,192, and the
        // extraction was 1.035 times as fast. FromSentence, an iterator of 97,000 bytes, was too; as a method returning its list,
        // with its date, its parties and each kind's case read apart in local functions, it is 15,098 and its largest part 17,028,
        // and the extraction was 1.048 times as fast. A rule that grows a method past this line should go into one of its own.
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        var methods = typeof(Extractor).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
            .Select(method => (Name: $"{method.DeclaringType!.FullName}.{method.Name}", Size: method.GetMethodBody()?.GetILAsByteArray()?.Length ?? 0))
            .ToList();

        methods.ShouldContain(method => method.Name.EndsWith("Extractor.FromSentence", StringComparison.Ordinal) && method.Size > 0);
        methods.Where(method => method.Size >= 43_000).Select(method => $"{method.Name}: {method.Size:N0} bytes of IL").ShouldBeEmpty(
            "a method has grown towards the size at which the JIT stops optimising it: move a part of it into a method of its own");
    }
}
