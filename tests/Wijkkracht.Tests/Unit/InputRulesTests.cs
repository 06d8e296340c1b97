using Wijkkracht.Core.Common;
using Wijkkracht.Core.Steps;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Tests.Unit;

/// <summary>Pure input rules from the security review (issue 7): text normalisation, plausible dates, evidence links, paging.</summary>
public sealed class InputRulesTests
{
    [Theory]
    [InlineData("a\u0000b", "ab")]
    [InlineData("bel\u0007esc\u001B", "belesc")]
    [InlineData("niet\uFFFF\uFFFEteken", "nietteken")]
    [InlineData("c1\u0080\u009F", "c1")]
    [InlineData("\u202Aa\u202Bb\u202Cc\u202Dd\u202Ee\u2066f\u2067g\u2068h\u2069", "abcdefgh")]
    [InlineData("tab\tcr\rlf\n", "tab\tcr\rlf\n")]
    [InlineData("ëé€ 😀 \u200F", "ëé€ 😀 \u200F")]
    public void Clean_RefusedCharacters_AreRemovedOthersKept(string input, string expected) =>
        Assert.Equal(expected, TextInput.Clean(input));

    [Fact]
    public void Clean_UnpairedSurrogates_AreRemovedPairsKept()
    {
        var text = "los" + '\uD800' + "x" + '\uDC00' + "y\uD83D\uDE00";
        Assert.Equal("losxy\uD83D\uDE00", TextInput.Clean(text));
    }

    [Fact]
    public void Clean_NothingToRemove_ReturnsSameInstance()
    {
        var text = "Gewone tekst.";
        Assert.Same(text, TextInput.Clean(text));
    }

    [Fact]
    public void CleanTextJsonConverter_ReadsBodyAndDictionaryKeys_Cleaned()
    {
        var options = new System.Text.Json.JsonSerializerOptions();
        options.Converters.Add(new CleanTextJsonConverter());
        var value = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>("{\"k\\u0000\":\"v\\u0007\\u202E\"}", options)!;
        Assert.Equal("v", value["k"]);
        Assert.Equal("{\"k\":\"v\"}", System.Text.Json.JsonSerializer.Serialize(value, options));
    }

    [Theory]
    [InlineData("2026-01-01", DateMeaning.Happened, true)]
    [InlineData("2000-01-01", DateMeaning.Happened, true)]
    [InlineData("1999-12-31", DateMeaning.Happened, false)]
    [InlineData("0001-01-01", DateMeaning.Happened, false)]
    [InlineData("2026-12-01", DateMeaning.Happened, false)]
    [InlineData("2046-06-30", DateMeaning.Planned, true)]
    [InlineData("2046-07-01", DateMeaning.Planned, false)]
    [InlineData("9999-12-31", DateMeaning.Planned, false)]
    public void PlausibleDates_PerMeaning_AcceptOnlyTheRange(string date, DateMeaning meaning, bool plausible)
    {
        var today = new DateOnly(2026, 6, 30);
        var message = PlausibleDates.Check(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), meaning, today);
        Assert.Equal(plausible, message is null);
        if (message is not null)
            Assert.Contains("datum", message, StringComparison.Ordinal);
    }

    private static readonly Guid Approach = Guid.Parse("3f2c1e4a-0000-4000-8000-000000000001");

    [Theory]
    [InlineData("/aanpakken/{id}/plan", true)]
    [InlineData("/aanpakken/{id}", true)]
    [InlineData("/aanpakken/{id}/", true)]
    [InlineData("/aanpakken/{id}/stappen/wwp-stap-1?x=1#a", true)]
    [InlineData("https://intranet.gemeente.example/verslag.pdf", true)]
    [InlineData("http://example.org", true)]
    [InlineData("/aanpakken/{id}/../../beheer/audit", false)]
    [InlineData("/aanpakken/{id}//evil.example", false)]
    [InlineData("/aanpakken/{id}/./plan", false)]
    [InlineData("/aanpakken/{id}/%2E%2E/%2e%2e/beheer/audit", false)]
    [InlineData("/aanpakken/{id}/..%2F..%2Fbeheer", false)]
    [InlineData("/aanpakken/{id}\\..\\beheer", false)]
    [InlineData("/aanpakken/{id}0/plan", false)]
    [InlineData("/aanpakken/00000000-0000-0000-0000-000000000000/plan", false)]
    [InlineData("//evil.example/aanpakken/{id}", false)]
    [InlineData("https:///pad", false)]
    [InlineData("http:evil.example", false)]
    [InlineData("ftp://server/map", false)]
    [InlineData("javascript:alert(1)", false)]
    public void IsEvidenceLink_ParsesAndResolvesBeforeChecking(string link, bool expected) =>
        Assert.Equal(expected, StepService.IsEvidenceLink(link.Replace("{id}", Approach.ToString(), StringComparison.Ordinal), Approach));

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(PageRequest.MaxPageNumber + 1)]
    public void PageRequest_HugePageNumber_ClampsWithoutOverflow(int page)
    {
        var request = PageRequest.Create(page, Page<object>.MaxPageSize);
        Assert.Equal(PageRequest.MaxPageNumber, request.PageNumber);
        Assert.True(request.Skip > 0);
    }

    [Theory]
    [InlineData("$.results[0].achievedOn", "Results[0].AchievedOn")]
    [InlineData("$.decidedOn", "DecidedOn")]
    [InlineData("$", "body")]
    [InlineData(null, "body")]
    public void BindingProblems_JsonPath_BecomesServiceFieldName(string? path, string expected) =>
        Assert.Equal(expected, BindingProblems.FieldName(path));
}
