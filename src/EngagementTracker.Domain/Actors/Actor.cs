using System.Text.Json.Serialization;
using EngagementTracker.Core;

namespace EngagementTracker.Actors;

public enum ActorKind
{
    Official,
    Person,
    ParticipatingState,
    State,
    Institution,
    FieldOperation,
    NationalInstitution,
    Organisation,
    CivilSociety,
}

/// <summary>A resolved reference to an actor, as events carry it: the stable id plus the canonical name and kind at the time.</summary>
public sealed record ActorRef(string Id, string Name, ActorKind Kind);

/// <param name="Reference">where we know the actor from: the actor catalogue or a document id</param>
public sealed record ActorRegistered(string ActorId, string Name, ActorKind Kind, string Reference);

public sealed record AliasAdded(string ActorId, string Alias, string Reference);

/// <summary>An office held over a span of time; <paramref name="Source"/> is a document quote attesting it, when one exists.</summary>
public sealed record RoleHeld(string ActorId, string Role, string? Of, PartialDate From, PartialDate? To, string Reference, Evidence? Source)
{
    /// <summary>Whether the role may have been held on <paramref name="on"/>: its span overlaps the date.</summary>
    public bool HeldOn(PartialDate on) => From.Earliest <= on.Latest && (To is null || To.Latest >= on.Earliest);
}

/// <summary>A role as the actor stream holds it: the event and when we recorded it.</summary>
public sealed record RecordedRole(RoleHeld Role, DateTimeOffset Recorded);

/// <summary>An actor stream's state: official, state, institution, field operation, organisation.</summary>
public sealed class Actor
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public ActorKind Kind { get; set; }
    public List<string> Aliases { get; set; } = [];
    public List<RecordedRole> Roles { get; set; } = [];
    public DateTimeOffset Registered { get; set; }

    /// <summary>Folded name and aliases, '|'-separated: what a diacritics-insensitive search matches.</summary>
    public string SearchText { get; set; } = "";

    [JsonIgnore]
    public ActorRef Ref => new(Id, Name, Kind);

    [JsonIgnore]
    public IEnumerable<string> AllNames => Aliases.Prepend(Name);

    public static string IdFor(string canonicalName) => Names.Slug(canonicalName);

    /// <summary>The roles the store held at the vantage's record time.</summary>
    public IEnumerable<RoleHeld> RolesKnown(Vantage vantage) => Roles.Where(r => vantage.Knows(r.Recorded)).Select(r => r.Role);

    public static Actor? Evolve(Actor? actor, object @event, DateTimeOffset recorded)
    {
        switch (@event)
        {
            case ActorRegistered e:
                actor = new Actor { Id = e.ActorId, Name = e.Name, Kind = e.Kind, Registered = RecordTime.AsStored(recorded) };
                break;
            case AliasAdded e when actor is not null:
                actor.Aliases.Add(e.Alias);
                break;
            case RoleHeld e when actor is not null:
                actor.Roles.Add(new RecordedRole(e, RecordTime.AsStored(recorded)));
                break;
            default:
                return actor;
        }

        actor.SearchText = string.Join('|', actor.AllNames.Select(Names.Fold).Distinct());
        return actor;
    }

    public bool Knows(string alias) => AllNames.Any(n => Names.Fold(n) == Names.Fold(alias));

    public bool Holds(RoleHeld role) =>
        Roles.Select(r => r.Role).Any(r => r.Role == role.Role && r.Of == role.Of && r.From == role.From && r.To == role.To);
}

public static class Roles
{
    /// <summary>
    /// The roles an actor may have held on a date: those whose span overlaps it. The one rule for
    /// "role at the time", used by every view.
    /// </summary>
    public static IReadOnlyList<string> HeldOn(IEnumerable<RoleHeld> roles, PartialDate on) =>
        roles.Where(r => r.HeldOn(on))
             .Select(Describe)
             .Distinct()
             .ToList();

    public static string Describe(RoleHeld role) => role.Of is null ? role.Role : $"{role.Role} of {role.Of}";
}
