namespace EngagementTracker;

internal static partial class Log
{
    [LoggerMessage(Level = LogLevel.Information, Message = "{Line}")]
    public static partial void Progress(this ILogger logger, string line);

    [LoggerMessage(Level = LogLevel.Information, Message = "The store holds {Documents} documents: not replaying the seeds.")]
    public static partial void StoreNotEmpty(this ILogger logger, int documents);

    [LoggerMessage(Level = LogLevel.Information, Message = "The store is empty: replaying the seeds from {Folder} ...")]
    public static partial void ReplayingSeeds(this ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeds replayed: {Documents} documents, {Appended} events appended, {Rejected} rejected.")]
    public static partial void SeedsReplayed(this ILogger logger, int documents, int appended, int rejected);
}
