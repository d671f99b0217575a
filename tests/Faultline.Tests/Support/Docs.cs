using Faultline.Core.Documents;
using Faultline.Core.Input;

namespace Faultline.Tests.Support;

/// <summary>Runs the standard pipeline on text written in a test.</summary>
public static class Docs
{
    public static Document Analyze(string text, string name = "test.txt") =>
        TestPaths.Analyzer.Analyze(DocumentReader.FromBytes(System.Text.Encoding.UTF8.GetBytes(text), Path.GetFileNameWithoutExtension(name), name));
}
