namespace EngagementTracker.Core;

/// <summary>The kinds of domain event in the catalogue (DESIGN.md), with their annotation names.</summary>
public enum EventKind
{
    Visit,
    Meeting,
    CommitmentMade,
    CommitmentAssessed,
    CriticismRaised,
    RecommendationMade,
    PraiseExpressed,
}

public static class EventKinds
{
    private static readonly Dictionary<EventKind, string> NamesByKind = new()
    {
        [EventKind.Visit] = "visit",
        [EventKind.Meeting] = "meeting",
        [EventKind.CommitmentMade] = "commitment_made",
        [EventKind.CommitmentAssessed] = "commitment_assessed",
        [EventKind.CriticismRaised] = "criticism_raised",
        [EventKind.RecommendationMade] = "recommendation_made",
        [EventKind.PraiseExpressed] = "praise_expressed",
    };

    private static readonly Dictionary<string, EventKind> KindsByName =
        NamesByKind.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> All => NamesByKind.Values;

    public static string Name(this EventKind kind) => NamesByKind[kind];

    public static bool TryParse(string? name, out EventKind kind) =>
        KindsByName.TryGetValue(name ?? "", out kind);

    /// <summary>Statements (criticism, recommendation, praise) are directed: who said it to whom matters.</summary>
    public static bool IsStatement(this EventKind kind) =>
        kind is EventKind.CriticismRaised or EventKind.RecommendationMade or EventKind.PraiseExpressed;

    public static bool IsCommitment(this EventKind kind) =>
        kind is EventKind.CommitmentMade or EventKind.CommitmentAssessed;
}
