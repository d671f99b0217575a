namespace Faultline.Tests.Cleaning;

/// <summary>A fact that needs the Readability test pages and is skipped when they cannot be found.</summary>
public sealed class ReadabilitySuiteFactAttribute : FactAttribute
{
    public ReadabilitySuiteFactAttribute()
    {
        if (ReadabilityPages.Directory is null)
            Skip = "Readability test pages not found (../shared/benchmarks/readability-pages or FAULTLINE_READABILITY_PAGES)";
    }
}
