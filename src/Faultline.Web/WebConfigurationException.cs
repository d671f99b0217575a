namespace Faultline.Web;

/// <summary>The server cannot start as asked (an open address without a token, a missing database); the message says why.</summary>
public sealed class WebConfigurationException(string message) : Exception(message);
