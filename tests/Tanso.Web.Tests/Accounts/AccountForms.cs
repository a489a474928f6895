using System.Net;
using Tanso.Web.Tests.Community;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Accounts;

/// <summary>Posts account forms as a browser would: the page's antiforgery token, then the fields.</summary>
internal static class AccountForms
{
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string page, string url, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await client.FormTokenAsync(page);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    public static Task<HttpResponseMessage> ChangePasswordAsync(this HttpClient client, string current, string next, string? confirm = null) =>
        client.PostFormAsync("/account/password", "/account/password", new() { ["Current"] = current, ["New"] = next, ["Confirm"] = confirm ?? next });

    /// <summary>A browser signed in as the person, asserting that it worked.</summary>
    public static async Task<HttpClient> SignedInAsync(TansoApp app, string email, string password = People.Password)
    {
        var client = app.CreateRawClient();
        Assert.Equal(HttpStatusCode.Redirect, (await People.SignInAsync(client, email, password)).StatusCode);
        return client;
    }

    /// <summary>Whether the client's session still opens a page that needs sign-in.</summary>
    public static async Task<bool> IsSignedInAsync(this HttpClient client) =>
        (await client.GetAsync("/account")).StatusCode == HttpStatusCode.OK;
}
