using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using Wijkkracht.Core.Common;

namespace Wijkkracht.Web.Infrastructure;

/// <summary>
/// Applies <see cref="TextInput.Clean"/> to every string bound from a form, route or query string on the pages: one
/// place at the boundary instead of a check per field.
/// </summary>
public sealed class CleanTextModelBinderProvider : IModelBinderProvider
{
    /// <summary>Adds the provider just before the framework's simple-type binder (body, header and service binders keep precedence).</summary>
    public static void Register(Microsoft.AspNetCore.Mvc.MvcOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var simple = options.ModelBinderProviders.OfType<SimpleTypeModelBinderProvider>().FirstOrDefault();
        var index = simple is null ? 0 : options.ModelBinderProviders.IndexOf(simple);
        options.ModelBinderProviders.Insert(index, new CleanTextModelBinderProvider());
    }

    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Metadata.ModelType != typeof(string))
            return null;
        var loggerFactory = context.Services.GetRequiredService<ILoggerFactory>();
        return new CleanTextModelBinder(new SimpleTypeModelBinder(typeof(string), loggerFactory));
    }

    private sealed class CleanTextModelBinder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            await inner.BindModelAsync(bindingContext);
            if (bindingContext.Result.IsModelSet && bindingContext.Result.Model is string text)
            {
                var clean = TextInput.Clean(text);
                if (!ReferenceEquals(clean, text))
                {
                    bindingContext.Result = ModelBindingResult.Success(clean);
                    // The form shows the cleaned text when it comes back with errors.
                    bindingContext.ModelState.SetModelValue(bindingContext.ModelName, clean, clean);
                }
            }
        }
    }
}

/// <summary>Applies <see cref="TextInput.Clean"/> to every string read from an API request body.</summary>
public sealed class CleanTextJsonConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? TextInput.Clean(reader.GetString()!)
            : throw new JsonException();

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TextInput.Clean(reader.GetString()!);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value);
    }
}
