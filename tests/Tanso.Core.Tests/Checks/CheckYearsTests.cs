using Tanso.Core.Checks;

namespace Tanso.Core.Tests.Checks;

public sealed class CheckYearsTests
{
    private static readonly DateOnly Today = new(2026, 12, 5);

    [Fact]
    public void APage_OpensOnTheLatestYearWithChecks() => Assert.Equal(2024, CheckYears.Default([2022, 2024, 2023], Today));

    [Fact]
    public void AYearAfterThisOne_IsNotTheDefault() => Assert.Equal(2025, CheckYears.Default([2025, 2030], Today));

    [Fact]
    public void WithoutChecks_ItOpensOnLastYear() => Assert.Equal(2025, CheckYears.Default([], Today));
}
