namespace Faultline.Core.Knowledge;

/// <summary>Where the knowledge files live: FAULTLINE_DATA if set, else the data/ folder shipped beside the binaries.</summary>
public static class DataDirectory
{
    public static string Default =>
        Environment.GetEnvironmentVariable("FAULTLINE_DATA") is { Length: > 0 } env
            ? env
            : Path.Combine(AppContext.BaseDirectory, "data");

    public static string File(string root, params string[] parts) => Path.Combine([root, .. parts]);
}
