using EngagementTracker.Extraction;
using EngagementTracker.Extraction.Reading;
using EngagementTracker.Ingestion;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace EngagementTracker;

/// <summary>Input refused by a command (an unreadable document, an impossible review decision, a bad script) is a 4xx problem naming what was wrong, never a 500.</summary>
public sealed class Refusals(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var inner = exception;
        while (inner is not (DocumentRejectedException or ReviewRefusedException or ScriptRejectedException) && inner?.InnerException is not null) inner = inner.InnerException;
        ProblemDetails? problem = inner switch
        {
            DocumentRejectedException e => new ProblemDetails { Status = e.Status, Title = "Document refused", Detail = e.Message },
            ReviewRefusedException e => new ProblemDetails { Status = e.Status, Title = "Review refused", Detail = e.Message, Extensions = { ["field"] = e.Field } },
            ScriptRejectedException e => new ProblemDetails { Status = 400, Title = "Refused", Detail = e.Message, Extensions = { ["problems"] = e.Problems } },
            _ => null,
        };
        if (problem is null) return false;

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}
