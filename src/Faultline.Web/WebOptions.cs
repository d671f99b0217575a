namespace Faultline.Web;

/// <summary>How to serve a database: where it is, which addresses to bind, and who may do what.</summary>
public sealed record WebOptions
{
    public required string Database { get; init; }

    public IReadOnlyList<string> Urls { get; init; } = [WebApp.DefaultUrl];

    /// <summary>When set, every request must carry "Authorization: Bearer {Token}". Required off loopback.</summary>
    public string? Token { get; init; }

    /// <summary>Without it, POST, PUT, PATCH and DELETE are refused with 405.</summary>
    public bool AllowWrites { get; init; }

    /// <summary>The folder of the pages; by default the wwwroot copied next to the binaries.</summary>
    public string? WebRoot { get; init; }

    /// <summary>Request and server logs at this level and above go to the console; Warning keeps a terminal quiet.</summary>
    public Microsoft.Extensions.Logging.LogLevel LogLevel { get; init; } = Microsoft.Extensions.Logging.LogLevel.Warning;
}
