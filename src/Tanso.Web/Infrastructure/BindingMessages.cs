using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Tanso.Web.Infrastructure;

/// <summary>
/// The messages MVC writes itself when a form field cannot be read (a letter in a number field, an empty field a
/// number must fill) or a required field is empty, in the page's language. Left alone they are English sentences naming
/// the C# property ("The value 'abc' is not valid for StartYear."), beside a Korean form. Each message is shown beside
/// its field, so it does not repeat the field's name.
/// </summary>
internal static class BindingMessages
{
    public static void Configure(MvcOptions options)
    {
        var m = options.ModelBindingMessageProvider;
        m.SetAttemptedValueIsInvalidAccessor((value, _) => Invalid(value));
        m.SetNonPropertyAttemptedValueIsInvalidAccessor(Invalid);
        m.SetValueIsInvalidAccessor(Invalid);
        m.SetUnknownValueIsInvalidAccessor(_ => Text.T("올바른 값이 아닙니다.", "The value is not valid."));
        m.SetNonPropertyUnknownValueIsInvalidAccessor(() => Text.T("올바른 값이 아닙니다.", "The value is not valid."));
        m.SetValueMustBeANumberAccessor(_ => Number());
        m.SetNonPropertyValueMustBeANumberAccessor(Number);
        m.SetValueMustNotBeNullAccessor(_ => Required);
        m.SetMissingBindRequiredValueAccessor(_ => Required);
        m.SetMissingKeyOrValueAccessor(() => Required);
        m.SetMissingRequestBodyRequiredValueAccessor(() => Text.T("보낸 내용이 비어 있습니다.", "The request body is empty."));
        options.ModelMetadataDetailsProviders.Add(new RequiredInPageLanguage());
    }

    /// <summary>"Enter a value", read when the message is shown (the static property is what DataAnnotations calls).</summary>
    public static string Required => Text.T("값을 입력하십시오.", "Enter a value.");

    private static string Invalid(string value) => Text.T($"'{value}'은(는) 올바른 값이 아닙니다.", $"'{value}' is not a valid value.");

    private static string Number() => Text.T("숫자를 입력하십시오.", "Enter a number.");

    /// <summary>A [Required] without a message of its own (MVC adds one to every non-nullable reference property) takes
    /// <see cref="Required"/>, read from this class at validation time, so in the request's language.</summary>
    private sealed class RequiredInPageLanguage : IValidationMetadataProvider
    {
        public void CreateValidationMetadata(ValidationMetadataProviderContext context)
        {
            foreach (var required in context.ValidationMetadata.ValidatorMetadata.OfType<RequiredAttribute>())
            {
                if (required.ErrorMessage is null && required.ErrorMessageResourceType is null)
                {
                    required.ErrorMessageResourceType = typeof(BindingMessages);
                    required.ErrorMessageResourceName = nameof(Required);
                }
            }
        }
    }
}
