using System.Reflection;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Tanso.Web.Infrastructure;

/// <summary>
/// A form field sent empty binds to a page's non-nullable text property as "", not null. MVC turns empty text into
/// null by default, so a form posted with an empty e-mail or edition code reached code that trusts the property's
/// declared non-null type and answered 500 (found by the page-form fuzz test). Nullable properties keep the default:
/// empty is null, "not given".
/// </summary>
internal sealed class EmptyFormTextStaysText : IDisplayMetadataProvider
{
    public void CreateDisplayMetadata(DisplayMetadataProviderContext context)
    {
        if (context.Key is { MetadataKind: ModelMetadataKind.Property, PropertyInfo: { } property } && property.PropertyType == typeof(string)
            && new NullabilityInfoContext().Create(property).WriteState == NullabilityState.NotNull)
        {
            context.DisplayMetadata.ConvertEmptyStringToNull = false;
        }
    }
}
