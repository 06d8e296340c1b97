using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Wijkkracht.Core.Knowledge;

namespace Wijkkracht.Web.Infrastructure;

/// <summary>
/// Shapes the generated OpenAPI 3.0 document to the NL API Design Rules: server URL with the major version, contact
/// details, an API-Version header on every 2xx/3xx response, problem+json (status, title, detail) on every error
/// response, and a 400 response on every operation that takes input.
/// </summary>
public static class OpenApiConfig
{
    public const string ApiVersion = "1.0.0";
    public const string BasePath = "/api/v1";
    public const string DocumentPath = "/api/v1/openapi.json";

    public static void Configure(OpenApiOptions options)
    {
        options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_0;
        options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
        // Facet parameters of the knowledge endpoints list their allowed values (from content/facets.yaml) as an enum.
        options.AddOperationTransformer((operation, context, _) =>
        {
            var kb = context.ApplicationServices.GetRequiredService<KnowledgeBase>();
            foreach (var parameter in operation.Parameters ?? [])
            {
                if (parameter is not OpenApiParameter { Name: { } name, In: ParameterLocation.Query } concrete
                    || name == KnowledgeBase.FacetType || !kb.FacetDefinitions.TryGetValue(name, out var facet))
                    continue;
                var schema = concrete.Schema as OpenApiSchema;
                if (schema?.Items is OpenApiSchema items)
                    schema = items;
                if (schema is null)
                    continue;
                schema.Enum = facet.Values.Select(v => (JsonNode)JsonValue.Create(v.Id)).ToList();
                concrete.Description ??= facet.Label + ": een van de waarden uit de kennisbank.";
            }

            return Task.CompletedTask;
        });
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Wijkkracht API",
                Version = ApiVersion,
                Description = "API van Wijkkracht voor gebieden, aanpakken, leden en de kennisbank. Authenticatie met een persoonlijk API-token (Bearer).",
                Contact = new OpenApiContact { Name = "Wijkkracht", Email = "api@wijkkracht.example", Url = new Uri("https://wijkkracht.example/api") },
            };
            document.Servers = [new OpenApiServer { Url = BasePath, Description = "Deze installatie" }];

            var paths = new OpenApiPaths();
            foreach (var (path, item) in document.Paths)
                paths.Add(path.StartsWith(BasePath, StringComparison.Ordinal) ? path[BasePath.Length..] : path, item);
            document.Paths = paths;

            document.Components ??= new OpenApiComponents();
            document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
            document.Components.Schemas["ProblemDetails"] = ProblemSchema();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "Persoonlijk API-token, te maken onder Mijn account > API-tokens.",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] }];

            foreach (var pathItem in document.Paths.Values)
            {
                foreach (var (method, operation) in pathItem.Operations ?? [])
                    Shape(method, operation, document);
            }

            return Task.CompletedTask;
        });
    }

    private static OpenApiSchema ProblemSchema() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "Foutmelding volgens RFC 9457.",
        Required = new HashSet<string> { "status", "title", "detail" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Fouten per veld (bij status 400).",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
        },
    };

    private static void Shape(HttpMethod method, OpenApiOperation operation, OpenApiDocument document)
    {
        operation.Responses ??= [];
        var takesInput = method != HttpMethod.Get && method != HttpMethod.Delete || operation.Parameters is { Count: > 0 };
        if (takesInput && !operation.Responses.ContainsKey("400"))
            operation.Responses["400"] = new OpenApiResponse { Description = "Ongeldige invoer" };
        if (!operation.Responses.ContainsKey("401"))
            operation.Responses["401"] = new OpenApiResponse { Description = "Niet ingelogd (geen of een ongeldig API-token)" };

        foreach (var (status, response) in operation.Responses.ToList())
        {
            if (response is not OpenApiResponse concrete)
                continue;
            if (status.StartsWith('2') || status.StartsWith('3'))
            {
                concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
                concrete.Headers["API-Version"] = new OpenApiHeader
                {
                    Description = "De volledige versie van de API.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                };
            }
            else if (status.StartsWith('4') || status.StartsWith('5'))
            {
                concrete.Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new OpenApiMediaType { Schema = new OpenApiSchemaReference("ProblemDetails", document) },
                };
            }
        }
    }
}

/// <summary>Adds the API-Version header to every API response.</summary>
public sealed class ApiVersionHeaderMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
            context.Response.OnStarting(() =>
            {
                context.Response.Headers["API-Version"] = OpenApiConfig.ApiVersion;
                return Task.CompletedTask;
            });
        return next(context);
    }
}
