using Faultline.Tests.Support;

namespace Faultline.Tests.Cleaning;

public class PlainTextCleanerTests
{
    private static readonly string Body = string.Join("\n\n", Enumerable.Range(1, 4).Select(i =>
        $"Paragraph {i} reports that officials in the provincial capital met tribal elders on Tuesday to discuss the reopening of the crossing and the fate of stranded traders."));

    [Fact]
    public void SiteHeaderDateIsFurnitureNotThePublicationDate()
    {
        var doc = Docs.Analyze($"Thursday, March 7, 2030\n\nTalks resume at the crossing\n\n{Body}");
        Assert.DoesNotContain("2030", doc.Text);
        Assert.Null(doc.Metadata.Published);
        Assert.Contains(doc.Furniture, f => f.Rule == "header-date");
    }

    [Fact]
    public void AdvertisementsShareButtonsAndCaptchasAreDropped()
    {
        var doc = Docs.Analyze($"Title here\n\n{Body}\n\n- Advertisement -\n\nShare this article\n\n3 + 4 =\n\nSolve this simple math problem and enter the result.");
        Assert.DoesNotContain("Advertisement", doc.Text);
        Assert.DoesNotContain("3 + 4", doc.Text);
        Assert.DoesNotContain("math problem", doc.Text);
    }

    [Fact]
    public void NavigationBarsAreDroppedButAPostedStampIsKept()
    {
        var doc = Docs.Analyze($"Login | Subscribe | E-Paper\n\nHome | Pakistan | Afghanistan | Business | Sports\n\nTalks resume at the crossing\n\nPosted: March 8, 2030 | 6:42 pm\n\n{Body}");
        Assert.DoesNotContain("Subscribe", doc.Text);
        Assert.DoesNotContain("Sports", doc.Text);
        Assert.Equal("Talks resume at the crossing", doc.Metadata.Title);
    }

    [Fact]
    public void EverythingAfterAReadMoreSectionIsDropped()
    {
        var doc = Docs.Analyze($"Title here\n\n{Body}\n\nMost Read\n\nThree killed as floods hit the valley\n\nMinister resigns over 500 missing files");
        Assert.DoesNotContain("floods", doc.Text);
        Assert.DoesNotContain("500", doc.Text);
        Assert.EndsWith("stranded traders.", doc.Text);
    }

    [Fact]
    public void ALineOfLinksAfterALabelIsDroppedAndTheArticleAfterItKept()
    {
        var doc = Docs.Analyze($"Title here\n\n{Body}\n\nRelated: Iran and Afghanistan trade fire at Milak - 7 Sep 2030 | Explained: the water treaty\n\nMore from Analysis: Herat's fuel protests (5 Jan 2030)\n\nThe crossing stayed shut on Friday.");
        Assert.DoesNotContain("trade fire", doc.Text);
        Assert.DoesNotContain("fuel protests", doc.Text);
        Assert.EndsWith("The crossing stayed shut on Friday.", doc.Text);
    }

    [Fact]
    public void ASectionWordBeforeTheBodyDoesNotSwallowTheArticle()
    {
        var doc = Docs.Analyze($"Related\n\n{Body}");
        Assert.Contains("Paragraph 4", doc.Text);
    }

    [Fact]
    public void CommentFormAfterTheArticleIsDropped()
    {
        var doc = Docs.Analyze($"Title here\n\n{Body}\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked.");
        Assert.DoesNotContain("email", doc.Text);
    }

    [Fact]
    public void MarkdownSyntaxIsReducedToText()
    {
        var doc = Docs.Analyze($"# A headline\n\nSome **bold** claim with a [link](http://example.org) here.\n\n{Body}", "a.md");
        Assert.StartsWith("A headline\n\nSome bold claim with a link here.", doc.Text);
    }

    [Fact]
    public void TeaserBulletsKeepTheirTextWithoutTheBullet()
    {
        var doc = Docs.Analyze($"Title here\n\n  • First point of the story\n\n{Body}");
        Assert.Contains("\n\nFirst point of the story\n\n", doc.Text);
    }

    [Fact]
    public void AgencyReportingCreditsAreNotArticleText()
    {
        var doc = Docs.Analyze($"Title here\n\n{Body}\n\n(Reporting by Jane Roe in Quetta; Editing by John Doe)");
        Assert.DoesNotContain("Reporting by", doc.Text);
        Assert.DoesNotContain(doc.People, p => p.Name is "Jane Roe" or "John Doe");
    }

    [Fact]
    public void EveryWriterOfABylineIsAnAuthorNotAPersonOfTheArticle()
    {
        var doc = Docs.Analyze($"Title here\n\nBy Omar Siddiqui and Lena Park\n\n{Body} Omar Siddiqui and Lena Park reported from the border.");
        Assert.Equal("Omar Siddiqui and Lena Park", doc.Metadata.Author);
        Assert.Empty(doc.People);
    }
}
