using Faultline.Core.Recognition;

namespace Faultline.Tests.Recognition;

public class NameMergerTests
{
    [Theory]
    [InlineData("Faiz Hameed", "Faiz Hammed", true)]
    [InlineData("Zarina Qadeer", "Zarina Qadheer", true)]
    [InlineData("Imran Khan", "Imran Khan", true)]
    [InlineData("Imran Khan", "Imran Farooq", false)]
    [InlineData("Asim Munir", "Asif Munir", false)]
    public void MergesSpellingsOfOneSurnameUnderOneFirstName(string a, string b, bool same) =>
        Assert.Equal(same, NameMerger.SamePerson(a.Split(' '), b.Split(' ')));

    [Fact]
    public void SurnameAloneJoinsTheOnlyPersonWhoHasIt()
    {
        var people = new List<KnownPerson> { new("a", ["Moeed", "Yusuf"]), new("b", ["Imran", "Khan"]), new("c", ["Mansoor", "Khan"]) };
        Assert.Equal("a", NameMerger.BySurname("Yusuf", people));
        Assert.Null(NameMerger.BySurname("Khan", people));
    }
}
