using System.Text.Json;
using System.Text.Json.Serialization;
using EngagementTracker;
using EngagementTracker.Access;
using EngagementTracker.Ingestion;
using EngagementTracker.Postgres;
using JasperFx;
using Marten;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

var builder = WebApplication.CreateBuilder(args);
// API keys made for local use by 'keys create' (git-ignored), followed while the app runs; elsewhere, Auth:Keys comes from the environment
builder.Configuration.AddKeyFile(builder.Environment);

builder.Services.AddSingleton<Database>();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddMarten(services =>
    {
        var schema = services.GetRequiredService<IConfiguration>()["Marten:Schema"] ?? "engagement";
        return new StoreOptions().Configure(services.GetRequiredService<Database>().ConnectionString, schema);
    })
    .UseLightweightSessions()
    .IntegrateWithWolverine()
    .ApplyAllDatabaseChangesOnStartup();

builder.Host.UseWolverine(options => options.Policies.AutoApplyTransactions());
builder.Services.AddWolverineHttp();
builder.Services.AddSingleton<SeedFolder>();
builder.Services.AddHostedService<ReplaySeedsOnStartup>(); // after UseWolverine: starts once Wolverine has

builder.Services.ConfigureHttpJsonOptions(json =>
{
    json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
    json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
});
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ConcurrencyConflicts>();
builder.Services.AddExceptionHandler<Refusals>();
builder.Services.AddAccessControl(builder.Configuration);
builder.Services.AddOpenApi(options => options.DescribeAccess());

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles(); // the page (wwwroot) is open; everything it shows comes from the API, which needs a key
app.UseAuthentication();
app.UseAuthorization();
app.MapOpenApi().AllowAnonymous();
app.MapGet("/health", () => Results.Ok(new { status = "ok" })).ExcludeFromDescription().AllowAnonymous();
app.MapWolverineEndpoints(http => http.RejectUnparseableQueryValues = true);
app.Lifetime.ApplicationStarted.Register(() =>
{
    foreach (var url in app.Urls) Console.WriteLine($"EngagementTracker is serving on {url}  (the page: {url}/ ; OpenAPI: {url}/openapi/v1.json)");
    if (!app.Configuration.GetSection("Auth:Keys").GetChildren().Any())
        Console.WriteLine("No API key is configured yet: make one with  infra/run.sh keys create --name you --role analyst  (no restart needed).");
});

return await app.RunJasperFxCommands(args);

public partial class Program;
