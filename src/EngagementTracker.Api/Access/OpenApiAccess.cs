using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace EngagementTracker.Access;

/// <summary>Describes access in the OpenAPI document: the API-key scheme, each operation's roles, and its 401/403 problem responses.</summary>
public static class OpenApiAccess
{
    public static OpenApiOptions DescribeAccess(this OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[ApiKeyHandler.SchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeyHandler.Header,
                Description = "An API key; its role is staff (read) or analyst (read and write). See README, Access.",
            };
            return Task.CompletedTask;
        });

        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            if (metadata.OfType<IAllowAnonymous>().Any()) return Task.CompletedTask;

            var write = metadata.OfType<IAuthorizeData>().Any(a => a.Policy == Permissions.Write);
            var roles = write ? Permissions.Analyst : $"{Permissions.Staff} or {Permissions.Analyst}";
            operation.Description = $"{operation.Description}{(string.IsNullOrEmpty(operation.Description) ? "" : "\n\n")}Requires an API key with the role {roles}.";
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyHandler.SchemeName, context.Document)] = [] }];
            operation.Responses ??= new OpenApiResponses();
            operation.Responses.TryAdd("401", Problem("No API key, or an unknown one"));
            if (write) operation.Responses.TryAdd("403", Problem($"The key's role is not {Permissions.Analyst}"));
            return Task.CompletedTask;
        });
        return options;
    }

    private static OpenApiResponse Problem(string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() },
    };
}
