namespace Faultline.Core.Claims;

/// <summary>How an attribution cue points at its source (see data/lexicons/attribution.tsv).</summary>
public enum CueKind
{
    Before,
    Verb,
    Anaphor,
}
