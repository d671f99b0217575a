using System.Net;

namespace Faultline.Web.Hosting;

/// <summary>
/// Refuses to expose the data beyond this machine without a token: every address bound must be loopback
/// (localhost, 127.0.0.0/8, ::1) unless a token is configured. Wildcards (*, +, 0.0.0.0, [::]) count as open.
/// </summary>
public static class BindingPolicy
{
    public static void Check(IReadOnlyList<string> urls, string? token)
    {
        if (urls.Count == 0) throw new WebConfigurationException("no address to listen on");
        foreach (var url in urls)
        {
            var host = HostOf(url);
            if (!IsLoopback(host) && string.IsNullOrEmpty(token))
                throw new WebConfigurationException($"{url} is not a loopback address: give --token to require a bearer token from every client");
        }
    }

    public static bool IsLoopback(string host)
    {
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
    }

    private static string HostOf(string url)
    {
        // Kestrel accepts wildcard hosts that Uri does not parse; they are open by definition.
        if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0").Replace("://+", "://0.0.0.0"), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new WebConfigurationException($"'{url}' is not an http address such as {WebApp.DefaultUrl}");
        return uri.Host;
    }
}
