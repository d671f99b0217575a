namespace Faultline.Tests.Web;

/// <summary>Tests that share the web fixture's databases and servers.</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebFixture>
{
    public const string Name = "web";
}
