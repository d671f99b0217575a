using System.Net;
using System.Net.Http.Headers;

namespace Faultline.Tests.Web;

/// <summary>Who may do what: the bearer token when one is configured, and writes refused unless allowed.</summary>
[Collection(WebCollection.Name)]
public sealed class AccessTests(WebFixture web)
{
    [Fact]
    public async Task TokenIsRequiredOnEveryRequestWhenConfigured()
    {
        await using var server = await WebServer.Start(web.Database, token: "s3cret");
        foreach (var path in new[] { "/api/counts", "/", "/openapi/v1.json", "/js/common.js" })
        {
            using var anonymous = await server.Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
            Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
        }
        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/api/counts") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", "guess") } };
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Client.SendAsync(wrong)).StatusCode);
        using var right = new HttpRequestMessage(HttpMethod.Get, "/api/counts") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", "s3cret") } };
        Assert.Equal(HttpStatusCode.OK, (await server.Client.SendAsync(right)).StatusCode);
    }

    [Theory]
    [InlineData("POST", "/api/events")]
    [InlineData("PUT", "/api/documents/zz_border_report")]
    [InlineData("DELETE", "/api/documents/zz_border_report")]
    [InlineData("PATCH", "/api/claims")]
    public async Task WritesAreRefusedOnAReadOnlyServer(string method, string path)
    {
        var before = await web.Server.Client.GetStringAsync("/api/counts");
        using var response = await web.Server.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("{}") });
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("--allow-writes", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await web.Server.Client.GetStringAsync("/api/counts"));
    }

    [Fact]
    public async Task AllowWritesLiftsTheReadOnlyRefusal()
    {
        await using var server = await WebServer.Start(web.Database, allowWrites: true);
        using var response = await server.Client.PostAsync("/api/events", new StringContent("{}"));
        Assert.DoesNotContain("--allow-writes", await response.Content.ReadAsStringAsync());
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
