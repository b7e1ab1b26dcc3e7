using System.Text.Json;
using System.Text.Json.Serialization;
using EngagementTracker.Actors;
using EngagementTracker.Commitments;
using EngagementTracker.Documents;
using EngagementTracker.Engagements;
using EngagementTracker.Ingestion;
using EngagementTracker.Postgres;
using JasperFx;
using JasperFx.Events;
using Marten;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton<Database>();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddMarten(services =>
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var options = new StoreOptions();
        options.Connection(services.GetRequiredService<Database>().ConnectionString);
        options.DatabaseSchemaName = configuration["Marten:Schema"] ?? "engagement";
        options.Events.StreamIdentity = StreamIdentity.AsString;
        options.Events.AppendMode = EventAppendMode.Rich; // expected stream versions on append
        options.Events.UseAdvisoryLockTransaction = true; // see DESIGN.md, "Dependency facts"
        options.AddActors().AddEngagements().AddCommitments().AddDocuments();
        return options;
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
builder.Services.AddOpenApi();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapOpenApi();
app.MapGet("/health", () => Results.Ok(new { status = "ok" })).ExcludeFromDescription();
app.MapWolverineEndpoints(http => http.RejectUnparseableQueryValues = true);
app.Lifetime.ApplicationStarted.Register(() =>
{
    foreach (var url in app.Urls) Console.WriteLine($"EngagementTracker is serving on {url}  (try {url}/api/officials/Tokaev/history, OpenAPI at {url}/openapi/v1.json)");
});

return await app.RunJasperFxCommands(args);

public partial class Program;
