using EngagementTracker.Access;
using Microsoft.Extensions.Configuration;

namespace EngagementTracker.Tests.Domain;

public class ApiKeyConfigurationTests
{
    [Fact]
    public void keys_from_several_configuration_sources_add_up_instead_of_overwriting_each_other()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Auth:Keys:alice:Role"] = "analyst", ["Auth:Keys:alice:Sha256"] = ApiKey.Hash("a") })
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Auth:Keys:bob:Role"] = "staff", ["Auth:Keys:bob:Sha256"] = ApiKey.Hash("b") })
            .Build();
        var options = new ApiKeyOptions();

        configuration.GetSection("Auth").Bind(options);

        options.Keys.Keys.Order().ShouldBe(["alice", "bob"]);
        options.Keys["bob"].Sha256.ShouldBe(ApiKey.Hash("b"));
    }

    [Fact]
    public void a_new_key_is_random_and_only_its_hash_is_kept()
    {
        var (one, two) = (ApiKey.NewKey(), ApiKey.NewKey());

        one.ShouldStartWith("et_");
        one.ShouldNotBe(two);
        ApiKey.Hash(one).Length.ShouldBe(64);
        ApiKey.Hash(one).ShouldNotContain(one[3..]);
    }
}
