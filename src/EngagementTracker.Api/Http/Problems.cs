using Microsoft.AspNetCore.Mvc;

namespace EngagementTracker;

/// <summary>RFC 7807 problem details for the API's refusals.</summary>
public static class Problems
{
    public static ProblemDetails NotFound(string detail, string? parameter = null) =>
        Make(StatusCodes.Status404NotFound, "Not found", detail, parameter);

    public static ProblemDetails BadParameter(string parameter, string detail) =>
        Make(StatusCodes.Status400BadRequest, "Invalid query parameter", detail, parameter);

    public static IResult Result(ProblemDetails problem) => Results.Problem(problem);

    private static ProblemDetails Make(int status, string title, string detail, string? parameter)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (parameter is not null) problem.Extensions["parameter"] = parameter;
        return problem;
    }
}
