namespace Faultline.Web.Api;

/// <summary>An actor of the network and how many stories involve it.</summary>
internal sealed record ActorNode(string Id, int Stories);
