using System.Text.Json.Nodes;
using Faultline.Cli;

namespace Faultline.Tests.Evaluation;

public sealed class EvalCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] argv)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = Program.Run(argv, new global::Faultline.Cli.Infrastructure.Console(output, error, interactive: false));
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void MissingGoldFolderIsAnInputErrorNamingIt()
    {
        var (code, _, err) = Run("eval", "--gold", "/nonexistent/gold", "--system", EvalCases.System);
        Assert.Equal(2, code);
        Assert.Contains("/nonexistent/gold", err);
    }

    [Fact]
    public void TableHasARowPerDocumentAndOverall()
    {
        var (code, output, _) = Run("eval", "--gold", EvalCases.Gold, "--system", EvalCases.System);
        Assert.Equal(0, code);
        Assert.Contains(output.Split('\n'), l => l.StartsWith("alpha "));
        Assert.Contains(output.Split('\n'), l => l.StartsWith("gamma (no output)"));
        Assert.Contains(output.Split('\n'), l => l.StartsWith("overall ") && l.Contains("0.714"));
        Assert.Contains("root confusion", output);
    }

    [Fact]
    public void JsonFormatHasScorePyKeysAndTheConfusion()
    {
        var (code, output, _) = Run("eval", "--gold", EvalCases.Gold, "--system", EvalCases.System, "--format", "json");
        Assert.Equal(0, code);
        var o = JsonNode.Parse(output)!.AsObject();
        Assert.Equal(["overall", "event_attributes", "claim_attributes", "published", "documents", "root_confusion"], o.Select(p => p.Key));
        Assert.Equal(1, (int)o["root_confusion"]!["11"]!["13"]!);
    }

    [Fact]
    public void ArticlesAndSystemTogetherAreAUsageError()
    {
        var (code, _, err) = Run("eval", "--gold", EvalCases.Gold, "--system", EvalCases.System, "some/article.txt");
        Assert.Equal(2, code);
        Assert.Contains("not both", err);
    }

    [Fact]
    public void UnreadableSystemOutputIsAnInputError()
    {
        var (code, _, err) = Run("eval", "--gold", EvalCases.Gold, "--system", "/nonexistent/system.jsonl");
        Assert.Equal(2, code);
        Assert.Contains("/nonexistent/system.jsonl", err);
    }
}
