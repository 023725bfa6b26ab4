namespace PlanGraph.Ingestion;

/// <summary>A file that cannot be read as a planning document; the message names the file and the problem.</summary>
public sealed class DocumentReadException : Exception
{
    public DocumentReadException(string fileName, string problem)
        : base($"{fileName}: {problem}")
    {
        FileName = fileName;
        Problem = problem;
    }

    public DocumentReadException(string fileName, string problem, Exception innerException)
        : base($"{fileName}: {problem}", innerException)
    {
        FileName = fileName;
        Problem = problem;
    }

    public DocumentReadException()
    {
        FileName = "";
        Problem = "";
    }

    public DocumentReadException(string message)
        : base(message)
    {
        FileName = "";
        Problem = message;
    }

    public DocumentReadException(string message, Exception innerException)
        : base(message, innerException)
    {
        FileName = "";
        Problem = message;
    }

    /// <summary>The file, as given.</summary>
    public string FileName { get; }

    /// <summary>What is wrong, without the file name.</summary>
    public string Problem { get; }
}
