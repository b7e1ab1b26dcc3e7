using System.Reflection;
using EngagementTracker.Extraction.Proposing;

namespace EngagementTracker.Tests.Extraction;

public class when_the_extractor_is_compiled
{
    [Fact]
    public void the_documents_own_method_stays_small_enough_for_the_JIT_to_optimise()
    {
        // The JIT compiles a method past some size without optimisation (MinOpts: no inlining, every local on the stack).
        // ProposeIn was, at 44,561 bytes of IL; with the sentences' mentions read apart (Named) it is optimised, at 41,192, and the
        // extraction is 1.035 times as fast. A rule that grows it past this line should go into a method of its own.
        var proposeIn = typeof(Extractor).GetMethod("ProposeIn", BindingFlags.NonPublic | BindingFlags.Static)!;

        proposeIn.GetMethodBody()!.GetILAsByteArray()!.Length.ShouldBeLessThan(43_000,
            "ProposeIn has grown towards the size at which the JIT stops optimising it: move a part of it into a method of its own");
    }
}
