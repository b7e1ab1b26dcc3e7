using System.Security.Claims;
using Wolverine.Http;

namespace EngagementTracker.Access;

public sealed record SignedIn(string Name, string Role, bool CanWrite);

public static class WhoAmIEndpoint
{
    /// <summary>Whose key this is and what it may do: the page uses it to sign in.</summary>
    [WolverineGet("/api/me", OperationId = "WhoAmI")]
    public static SignedIn Get(ClaimsPrincipal user)
    {
        var role = user.FindFirstValue(ClaimTypes.Role) ?? "";
        return new SignedIn(user.UserName(), role, role == Permissions.Analyst);
    }
}
