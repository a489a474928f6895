using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Accounts;

/// <summary>
/// The same endpoints, with credentials used where they do not belong: an administrator's read-write and read-only
/// tokens against pages (a token is no sign-in there: the page answers as it answers the public), a read-only token
/// against the API (reads as the administrator, every write 403), and the administrator's sign-in cookie against API
/// writes (anonymous: the API takes writes only with a token, so no page can make a signed-in browser write).
/// </summary>
public sealed partial class AuthorizationMatrixTests
{
    private enum Credential { ReadWriteToken, ReadOnlyToken, Cookie }

    [Fact]
    public async Task TokensOfEachScope_AndTheCookie_AreAcceptedOnlyWhereTheyBelong()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var busan = await People.GovernmentIdAsync(app, "26");
        var adminId = await People.CreateUserAsync(app, "admin@tanso.example", [Role.SystemAdmin]);
        await People.CreateUserAsync(app, "evaluator@tanso.example", [Role.Evaluator]);
        var cookie = app.CreateRawClient();
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await People.SignInAsync(cookie, "admin@tanso.example", People.Password)).StatusCode);
        var clients = new Dictionary<Credential, HttpClient>
        {
            [Credential.ReadWriteToken] = await People.TokenOnlyClientAsync(app, adminId, true),
            [Credential.ReadOnlyToken] = await People.TokenOnlyClientAsync(app, adminId, false),
            [Credential.Cookie] = cookie,
        };
        var anonymous = app.CreateRawClient();

        var failures = new List<string>();
        foreach (var (endpoint, statuses) in Rules)
        {
            var write = !endpoint.StartsWith("GET ", StringComparison.Ordinal);
            foreach (var credential in Enum.GetValues<Credential>())
            {
                using var probe = await RequestAsync(endpoint, anonymous, busan, adminId, database);
                var api = IsApi(probe);
                int? expected = (api, credential, write) switch
                {
                    (false, Credential.Cookie, _) => null, // the main matrix covers signed-in pages
                    (false, _, _) => statuses[(int)Who.Public],
                    (true, Credential.ReadOnlyToken, true) => 403,
                    (true, Credential.ReadOnlyToken, false) => statuses[(int)Who.Admin],
                    (true, Credential.Cookie, true) => statuses[(int)Who.Public],
                    _ => null, // read-write tokens on the API and the cookie's reads: the main matrix
                };
                if (expected is null)
                {
                    continue;
                }
                var auditBefore = credential == Credential.ReadOnlyToken && write ? await AuditCountAsync(database) : 0;
                var status = (int)(await clients[credential].SendAsync(probe)).StatusCode;
                if (status != expected)
                {
                    failures.Add($"{endpoint} with {credential}: expected {expected}, got {status}");
                }
                if (credential == Credential.ReadOnlyToken && write && await AuditCountAsync(database) != auditBefore)
                {
                    failures.Add($"{endpoint} with {credential}: a read-only token changed something");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
