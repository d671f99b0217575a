namespace Faultline.Core.Documents;

/// <summary>
/// A political actor in CAMEO's terms, kept in parts: a state (ISO 3166 alpha-3), an optional group code
/// and an optional role. The CAMEO actor string is their concatenation (PAK + MIL = PAKMIL).
/// </summary>
public sealed record ActorRef(string? Country, string? Group, string? Role, string Name)
{
    /// <summary>The key the scorer compares: the group where there is one, else the country.</summary>
    public string Key => Group ?? Country ?? "";

    public string CameoCode => $"{Country}{Group}{Role}";
}
