using Tanso.Core.Access;

namespace Tanso.Core.Tests.Access;

public sealed class ActorTests
{
    private const int Busan = 3;
    private const int Daegu = 4;
    private const int Nation = 1;

    private static Actor As(Role? role, params int[] governments) =>
        new("u1", "someone", role is { } r ? new HashSet<Role> { r } : new HashSet<Role>(), governments.ToHashSet());

    public static TheoryData<string, Actor, bool, bool, bool, bool, bool> Matrix => new()
    {
        // who                                edit Busan  edit Daegu  edit nation  national figures  manage users
        { "public",            Actor.Public,           false, false, false, false, false },
        { "admin",             As(Role.SystemAdmin),   true,  true,  true,  true,  true },
        { "national officer",  As(Role.NationalOfficer), false, false, true, true, false },
        { "Busan officer",     As(Role.RegionalOfficer, Busan), true, false, false, false, false },
        { "evaluator",         As(Role.Evaluator),     false, false, false, false, false },
        { "role-less account", As(null, Busan),        false, false, false, false, false },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Rules_PerActor(string who, Actor actor, bool busan, bool daegu, bool nation, bool figures, bool users)
    {
        Assert.True(
            (busan, daegu, nation, figures, users) ==
            (actor.CanEditGovernment(Busan, false), actor.CanEditGovernment(Daegu, false), actor.CanEditGovernment(Nation, true), actor.CanEditNationalFigures, actor.CanManageUsers),
            who);
        // Nobody sees drafts they could not edit.
        Assert.Equal(busan, actor.CanSeeDrafts(Busan, false));
        Assert.Equal(daegu, actor.CanSeeDrafts(Daegu, false));
    }

    [Fact]
    public void Roles_RoundTripThroughTheirStoredNames()
    {
        Assert.All(Roles.All, r => Assert.Equal(r, Roles.FromName(r.Name())));
        Assert.Null(Roles.FromName("superuser"));
        Assert.Equal("지자체 담당자", Role.RegionalOfficer.Korean());
    }
}
