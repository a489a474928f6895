using System.Net;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Community;

/// <summary>What MVC itself says of a field it cannot read or an empty required field is in the page's language and
/// does not name the code's property (it said "The value '많이' is not valid for Goal." on a Korean page).</summary>
public sealed class FormMessagesTests
{
    [Fact]
    public async Task AnUnreadableNumberAndAnEmptyRequiredField_AreRefusedInThePagesLanguage()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var national = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "campaigns@me.example", [Role.NationalOfficer]), true);
        async Task<string> SendAsync()
        {
            var response = await national.PostAsync("/community/campaigns/write", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = await national.FormTokenAsync("/community/campaigns/write"), ["Version"] = "0",
                ["Title"] = "", ["Description"] = "설명", ["StartsOn"] = "2027-01-01", ["EndsOn"] = "2027-12-31", ["Goal"] = "많이",
                ["Actions"] = "대중교통 이용",
            }));
            Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
            return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        }

        var korean = await SendAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await national.GetAsync("/language/en?returnUrl=/")).StatusCode);
        var english = await SendAsync();

        Assert.Contains("<li>'많이'은(는) 올바른 값이 아닙니다.</li>", korean, StringComparison.Ordinal);
        Assert.Contains("<li>'많이' is not a valid value.</li>", english, StringComparison.Ordinal);
        foreach (var html in new[] { korean, english })
        {
            Assert.DoesNotContain("is not valid for", html, StringComparison.Ordinal); // MVC's own sentences
            Assert.DoesNotContain("field is required", html, StringComparison.Ordinal);
        }
        await using var db = database.Open();
        Assert.DoesNotContain(db.Campaigns, c => c.Description == "설명");
    }

    [Fact]
    public void AnEmptyRequiredField_IsRefusedInTheRequestsLanguage_ThroughTheMessageMvcAddsToNonNullableText()
    {
        var required = new System.ComponentModel.DataAnnotations.RequiredAttribute();
        var provider = new Microsoft.AspNetCore.Mvc.MvcOptions();
        Tanso.Web.Infrastructure.BindingMessages.Configure(provider);
        var context = new Microsoft.AspNetCore.Mvc.ModelBinding.Metadata.ValidationMetadataProviderContext(
            Microsoft.AspNetCore.Mvc.ModelBinding.Metadata.ModelMetadataIdentity.ForType(typeof(string)), Microsoft.AspNetCore.Mvc.ModelBinding.ModelAttributes.GetAttributesForType(typeof(string)));
        context.ValidationMetadata.ValidatorMetadata.Add(required);
        foreach (var p in provider.ModelMetadataDetailsProviders.OfType<Microsoft.AspNetCore.Mvc.ModelBinding.Metadata.IValidationMetadataProvider>())
        {
            p.CreateValidationMetadata(context);
        }
        var before = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("ko-KR");
            var korean = required.FormatErrorMessage("Title");
            System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("en-GB");
            var english = required.FormatErrorMessage("Title");

            Assert.Equal("값을 입력하십시오.", korean); // read at validation time, so each request gets its own language
            Assert.Equal("Enter a value.", english);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = before;
        }
    }
}
