namespace Faultline.Tests.Recognition;

/// <summary>The example sentences of Cases/recognition: each expectation is checked on its own.</summary>
public class RecognitionCaseTests
{
    public static IEnumerable<object[]> Cases => RecognitionCases.All();

    [Theory]
    [MemberData(nameof(Cases))]
    public void RecognisesTheExpectedEntities(string date, string text, string expectations)
    {
        var doc = RecognitionCases.Analyze(text, date);
        foreach (var raw in expectations.Split(" | "))
        {
            var e = raw.Trim();
            if (e.Contains("=>"))
            {
                var (surface, cameo) = (e[..e.IndexOf("=>")], e[(e.IndexOf("=>") + 2)..]);
                // "Name=>-": the mention is there and acts for no actor (a researcher, a witness).
                if (cameo == "-")
                {
                    var bare = doc.Mentions.FirstOrDefault(m => m.Span.Of(doc.Text) == surface);
                    Assert.True(bare is not null, $"no mention '{surface}' in: {text}");
                    Assert.Null(bare!.Actor);
                    continue;
                }
                var mention = doc.Mentions.FirstOrDefault(m => m.Span.Of(doc.Text) == surface && m.Actor is not null);
                Assert.True(mention is not null, $"no actor mention '{surface}' in: {text}");
                Assert.Equal(cameo, mention!.Actor!.CameoCode);
                continue;
            }
            var (kind, list) = (e[..e.IndexOf('=')], e[(e.IndexOf('=') + 1)..]);
            var expected = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order().ToList();
            var actual = kind switch
            {
                "actors" => doc.Actors.Select(a => a.Group ?? a.Country ?? ""),
                "people" => doc.People.Select(p => p.Name),
                "places" => doc.Places.Select(p => p.Name),
                _ => throw new InvalidOperationException($"unknown expectation '{kind}'"),
            };
            Assert.True(expected.SequenceEqual(actual.Order()), $"{kind}: expected [{string.Join(", ", expected)}], got [{string.Join(", ", actual.Order())}] in: {text}");
        }
    }

    [Fact]
    public void EveryActorAndPersonMentionHasASentence()
    {
        var doc = RecognitionCases.Analyze("Imran Khan said Pakistani troops and the TTP fought in Bajaur. The group denied it.", "2022-01-01");
        Assert.NotEmpty(doc.Mentions);
        Assert.All(doc.Mentions.Where(m => m.Kind != Faultline.Core.Documents.MentionKind.Place), m => Assert.True(m.Sentence >= 0));
        Assert.All(doc.Mentions.Where(m => m.Kind == Faultline.Core.Documents.MentionKind.Person), m => Assert.NotNull(m.Actor));
    }

    [Fact]
    public void ShortReferenceResolvesToTheGroupInFocus()
    {
        var doc = RecognitionCases.Analyze("The TTP attacked a checkpoint in Bannu. The group later claimed responsibility.", "2022-01-01");
        var reference = doc.Mentions.Single(m => m.RuleId.StartsWith("reference:"));
        Assert.Equal("TTP", reference.Actor!.Key);
    }

    [Fact]
    public void TheAuthorIsNotAPersonOfTheArticle()
    {
        var doc = new Faultline.Core.Documents.Document("a", "", Faultline.Core.Documents.SourceFormat.Text)
            { Text = "Imran Khan spoke, said Kamran Yousaf, a correspondent." };
        doc.Metadata.Author = "Kamran Yousaf";
        new Faultline.Core.Segmentation.Segmenter(RecognitionCases.Knowledge.Abbreviations).Process(doc);
        new Faultline.Core.Recognition.EntityRecognizer(RecognitionCases.Knowledge.Recognition).Process(doc);
        new Faultline.Core.Recognition.EntityCollector(RecognitionCases.Knowledge.Recognition).Process(doc);
        Assert.Equal(["Imran Khan"], doc.People.Select(p => p.Name));
    }
}
