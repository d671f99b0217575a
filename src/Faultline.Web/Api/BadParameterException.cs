namespace Faultline.Web.Api;

/// <summary>A query parameter that cannot be understood; becomes a 400 problem naming the parameter.</summary>
internal sealed class BadParameterException(string parameter, string message) : Exception(message)
{
    public string Parameter { get; } = parameter;
}
