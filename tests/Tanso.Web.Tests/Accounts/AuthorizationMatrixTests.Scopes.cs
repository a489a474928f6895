using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Accounts;

/// <summary>
/// Every API endpoint with the scopes a token can have, held by a regional officer bound to Busan and Daegu: a
/// read-write token limited to Busan answers for Busan as the officer's own government and for Daegu exactly as
/// for another government's officer (a token never reaches beyond the governments it names); a read-only token reads
/// as the officer and is refused every write with 403, changing nothing.
/// </summary>
public sealed partial class AuthorizationMatrixTests
{
    [Fact]
    public async Task ARegionalOfficersTokens_LimitedToOneGovernment_OrReadOnly_ReachNoFurtherThanTheirScope()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var busan = await People.GovernmentIdAsync(app, "26");
        var daegu = await People.GovernmentIdAsync(app, "27");
        var adminId = await People.CreateUserAsync(app, "admin@tanso.example", [Role.SystemAdmin]);
        await People.CreateUserAsync(app, "evaluator@tanso.example", [Role.Evaluator]); // the evaluation rows assign this evaluator
        var officer = await People.CreateUserAsync(app, "officer@busan.example", [Role.RegionalOfficer], busan, daegu);
        var busanOnly = await People.TokenOnlyClientAsync(app, officer, true, busan);
        var readOnly = await People.TokenOnlyClientAsync(app, officer, false, busan, daegu);
        var anonymous = app.CreateRawClient();

        var failures = new List<string>();
        var api = 0;
        foreach (var (endpoint, statuses) in Rules)
        {
            var write = !endpoint.StartsWith("GET ", StringComparison.Ordinal);
            foreach (var (client, government, expected, what) in new[]
            {
                (busanOnly, busan, statuses[(int)Who.RegionalOwn], "Busan-only token on Busan"),
                (busanOnly, daegu, statuses[(int)Who.RegionalOther], "Busan-only token on Daegu"),
                (readOnly, busan, write ? 403 : statuses[(int)Who.RegionalOwn], "read-only token"),
            })
            {
                using var request = await RequestAsync(endpoint, anonymous, government, adminId, database);
                if (!IsApi(request))
                {
                    break; // pages ignore tokens altogether: TokensOfEachScope_AndTheCookie_AreAcceptedOnlyWhereTheyBelong
                }
                api++;
                var auditBefore = client == readOnly && write ? await AuditCountAsync(database) : 0;
                var status = (int)(await client.SendAsync(request)).StatusCode;
                if (status != expected)
                {
                    failures.Add($"{endpoint} with a {what}: expected {expected}, got {status}");
                }
                if (client == readOnly && write && await AuditCountAsync(database) != auditBefore)
                {
                    failures.Add($"{endpoint} with a {what}: a read-only token changed something");
                }
            }
        }
        Assert.True(api >= 300, $"only {api} API requests");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
