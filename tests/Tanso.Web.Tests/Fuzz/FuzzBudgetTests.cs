namespace Tanso.Web.Tests.Fuzz;

/// <summary>
/// The fuzz suite's size per run, from the counts each fuzz test sends and asserts it sent: at least 10,000 generated
/// inputs (the floor), every one drawn in a fixed sequence, so every run and machine sends the same ones.
/// </summary>
// Engine "Any": adds constants.
[Trait("Engine", "Any")]
public sealed class FuzzBudgetTests
{
    [Fact]
    public void TheFuzzSuite_SendsAtLeastTenThousandGeneratedInputsPerRun()
    {
        var inputs = ParserFuzzTests.Inputs
            + EndpointFuzzTests.Inputs
            + ApiWriteFuzzTests.PerEndpoint * ApiWriteFuzzTests.MinimumOperations
            + PageFormFuzzTests.PerForm * PageFormFuzzTests.MinimumForms;

        Assert.True(inputs >= 10_000, $"{inputs} generated inputs per run");
        // 8,000 to the readers, 2,500 + 900 API requests and at least 280 page forms: 11,680. ./test.sh sends them all on
        // SQLite; on PostgreSQL the 3,680 that reach the app (the readers' inputs never reach a database).
    }
}
