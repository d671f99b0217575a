namespace Faultline.Core.Pipeline;

/// <summary>Names of what stages require and produce.</summary>
public static class Annotations
{
    public const string Raw = "raw";
    public const string Text = "text";
    public const string Metadata = "metadata";
    public const string Sentences = "sentences";
    public const string Tokens = "tokens";
    public const string Mentions = "mentions";
    public const string Entities = "entities";
    public const string Events = "events";
    public const string Claims = "claims";
}
