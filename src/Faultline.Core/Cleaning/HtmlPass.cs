namespace Faultline.Core.Cleaning;

/// <summary>
/// The heuristics one attempt at finding the article uses. The finder starts with all of them and drops them one
/// by one when an attempt yields too little text: on some pages the article itself carries a furniture-like name.
/// </summary>
[Flags]
internal enum HtmlPass
{
    None = 0,
    /// <summary>Drop blocks whose names say furniture before scoring.</summary>
    StripUnlikely = 1,
    /// <summary>Let class and id names raise or lower a block's score.</summary>
    WeightClasses = 2,
    /// <summary>Drop link-heavy, image-heavy or form-like blocks from the chosen article.</summary>
    CleanConditionally = 4,
    All = StripUnlikely | WeightClasses | CleanConditionally,
}
