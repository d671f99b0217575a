using Faultline.Core.Analysis;
using Faultline.Core.Coding;
using Faultline.Core.Documents;

namespace Faultline.Tests.Support;

/// <summary>
/// A synthetic article run through the real pipeline, then given hand-coded actors, people, places, events and
/// claims located by their words in the text. It stands in for the recognisers and the event coder so that web
/// tests have events, stories, a trend with a change point and mapped places whatever the pipeline finds yet.
/// </summary>
public static class CodedArticle
{
    public const string Id = "zz_border_report";

    private static readonly string[] Sentences =
    [
        "In March 2021 Pakistan said it was ready to meet Taliban envoys in Islamabad.",
        "In June 2021 the Taliban praised Pakistan for hosting refugees.",
        "In October 2021 Pakistan sent humanitarian aid to Kabul for the Taliban government.",
        "In November 2021 Pakistan and the Taliban signed a transit trade agreement at Torkham.",
        "In January 2022 Taliban soldiers dismantled the border fence near Chaman.",
        "In April 2022 Pakistani aircraft struck targets in Khost, killing 47 people, according to the Taliban.",
        "In August 2022 the Taliban accused Pakistan of violating Afghan airspace.",
        "In December 2022 Taliban forces fired on Pakistani troops at Chaman, killing six civilians.",
        "In March 2023 Pakistan threatened to expel 1.7 million undocumented Afghans.",
        "In June 2023 the TTP carried out 43 attacks in Khyber Pakhtunkhwa, a rise of 73 per cent over 2022, the Pakistan Institute for Peace Studies said.",
        "Prime Minister Shehbaz Sharif criticised the TTP for the attacks.",
    ];

    public static string Text => "Border talks and clashes on the Durand Line\n\n" + string.Join(" ", Sentences[..5]) + "\n\n" + string.Join(" ", Sentences[5..]) + "\n";

    public static Document Build(Analyzer analyzer, string folder)
    {
        var path = Path.Combine(folder, Id + ".txt");
        File.WriteAllText(path, Text);
        var d = analyzer.AnalyzeFile(path);
        // Only the hand-coded records below: what the recognisers and the coder find in this text is not under test here.
        d.Mentions.Clear();
        d.Actors.Clear();
        d.People.Clear();
        d.Places.Clear();
        d.Events.Clear();
        d.Claims.Clear();
        var codes = analyzer.Knowledge.Events.Codes;
        var pak = new ActorRef("PAK", null, null, "Pakistan");
        var tal = new ActorRef("AFG", "TAL", null, "Taliban");
        var ttp = new ActorRef("PAK", "TTP", null, "TTP");
        var sharif = new ActorRef("PAK", null, "GOV", "Shehbaz Sharif");
        d.Actors.Add(new DocumentActor("PAK", "PAK", null, "Pakistan") { Mentions = All(d, "Pakistan") });
        d.Actors.Add(new DocumentActor("TAL", "AFG", "TAL", "Taliban") { Mentions = All(d, "Taliban") });
        d.Actors.Add(new DocumentActor("TTP", "PAK", "TTP", "TTP") { Mentions = All(d, "TTP") });
        d.People.Add(new DocumentPerson("shehbaz-sharif", "Shehbaz Sharif", "PAK", null, "GOV") { Mentions = All(d, "Shehbaz Sharif") });
        var places = new Dictionary<string, DocumentPlace>
        {
            ["Islamabad"] = new("islamabad", "Islamabad", "PAK", 33.69, 73.05),
            ["Kabul"] = new("kabul", "Kabul", "AFG", 34.53, 69.17),
            ["Torkham"] = new("torkham", "Torkham", "AFG", 34.10, 71.09),
            ["Chaman"] = new("chaman", "Chaman", "PAK", 30.92, 66.45),
            ["Khost"] = new("khost", "Khost", "AFG", 33.34, 69.92),
            ["Khyber Pakhtunkhwa"] = new("khyber-pakhtunkhwa", "Khyber Pakhtunkhwa", "PAK", 34.50, 72.00),
        };
        foreach (var p in places.Values) d.Places.Add(p with { Mentions = All(d, p.Name) });

        void Event(string words, ActorRef a1, ActorRef? a2, string code, string date, string? place = null, int? dead = null)
        {
            var span = Find(d, words);
            d.Events.Add(new CodedEvent
            {
                Actor1 = a1, Actor2 = a2, Code = code, Quad = CameoCodes.Quad(code), Goldstein = codes.Goldstein(code), Date = date,
                Location = place is null ? null : places[place], Fatalities = dead, Sentences = [SentenceOf(d, span)], Evidence = span,
                PatternId = "fixture",
            });
        }
        Event("ready to meet", pak, tal, "036", "2021-03", "Islamabad");
        Event("praised", tal, pak, "051", "2021-06");
        Event("sent humanitarian aid", pak, tal, "070", "2021-10", "Kabul");
        Event("signed a transit trade agreement", pak, tal, "057", "2021-11", "Torkham");
        Event("dismantled the border fence", tal, pak, "171", "2022-01", "Chaman");
        Event("aircraft struck targets", pak, tal, "195", "2022-04", "Khost", 47);
        Event("accused Pakistan", tal, pak, "112", "2022-08");
        Event("fired on Pakistani troops", tal, pak, "190", "2022-12", "Chaman", 6);
        Event("threatened to expel", pak, tal, "130", "2023-03");
        Event("carried out 43 attacks", ttp, pak, "180", "2023-06", "Khyber Pakhtunkhwa");
        Event("criticised the TTP", sharif, ttp, "111", "2023-06");

        void Claim(string words, double value, string unit, string? subject, string? source, string kind = "level", string? period = null, string? baseline = null)
        {
            var span = Find(d, words);
            d.Claims.Add(new Claim
            {
                Value = value, Unit = unit, Subject = subject, Source = source, Kind = kind, Period = period, Baseline = baseline,
                Sentence = SentenceOf(d, span), Span = span, RuleId = "fixture",
            });
        }
        Claim("47 people", 47, "people", "killed in Khost airstrikes", "the Taliban", period: "2022-04");
        Claim("six civilians", 6, "people", "killed at Chaman", null, period: "2022-12");
        Claim("1.7 million", 1_700_000, "people", "undocumented Afghans", "Pakistan", period: "2023-03");
        Claim("43 attacks", 43, "attacks", "TTP attacks in Khyber Pakhtunkhwa", "the Pakistan Institute for Peace Studies", period: "2023-06");
        Claim("73 per cent", 73, "percent", "TTP attacks in Khyber Pakhtunkhwa", "the Pakistan Institute for Peace Studies", "change", "2023", "2022");
        return d;
    }

    private static TextSpan Find(Document d, string words)
    {
        var at = d.Text.IndexOf(words, StringComparison.Ordinal);
        if (at < 0) throw new InvalidOperationException($"'{words}' not in the fixture text");
        return new TextSpan(at, at + words.Length);
    }

    private static List<TextSpan> All(Document d, string words)
    {
        var spans = new List<TextSpan>();
        for (var at = d.Text.IndexOf(words, StringComparison.Ordinal); at >= 0; at = d.Text.IndexOf(words, at + words.Length, StringComparison.Ordinal))
            spans.Add(new TextSpan(at, at + words.Length));
        return spans;
    }

    private static int SentenceOf(Document d, TextSpan span) => d.Sentences.First(s => s.Span.Contains(span)).Index;
}
