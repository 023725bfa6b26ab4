namespace PlanGraph.Neo4j;

/// <summary>Neo4j answered with an error: carries Neo4j's status code (e.g. Neo.ClientError.Statement.SyntaxError) and message.</summary>
public sealed class Neo4jException : Exception
{
    /// <summary>Creates the exception for one error the server reported.</summary>
    public Neo4jException(string code, string serverMessage, string? statementName = null, Exception? innerException = null)
        : base(Describe(code, serverMessage, statementName), innerException)
    {
        Code = code;
        ServerMessage = serverMessage;
        StatementName = statementName;
        Classification = Classify(code);
    }

    /// <summary>Creates an exception without a Neo4j code (classification Unknown).</summary>
    public Neo4jException()
        : this("Neo.Unknown", "Neo4j reported an error.")
    {
    }

    /// <summary>Creates an exception without a Neo4j code (classification Unknown).</summary>
    public Neo4jException(string message)
        : this("Neo.Unknown", message)
    {
    }

    /// <summary>Creates an exception without a Neo4j code (classification Unknown).</summary>
    public Neo4jException(string message, Exception innerException)
        : this("Neo.Unknown", message, null, innerException)
    {
    }

    /// <summary>Neo4j's status code, e.g. "Neo.ClientError.Schema.ConstraintValidationFailed"; "Http.{status}" when the server answered without a Neo4j error body.</summary>
    public string Code { get; }

    /// <summary>The message exactly as Neo4j sent it.</summary>
    public string ServerMessage { get; }

    /// <summary>The <see cref="CypherStatement.Name"/> of the statement that failed, when known.</summary>
    public string? StatementName { get; }

    /// <summary>Client error, transient error, database error… taken from the code.</summary>
    public Neo4jErrorClassification Classification { get; }

    /// <summary>True for Neo.TransientError.*: the server rolled the transaction back and running it again may succeed.</summary>
    public bool IsTransient => Classification == Neo4jErrorClassification.TransientError;

    private static string Describe(string code, string serverMessage, string? statementName)
        => statementName is null ? $"{code}: {serverMessage}" : $"statement '{statementName}' failed: {code}: {serverMessage}";

    private static Neo4jErrorClassification Classify(string code)
    {
        var parts = code.Split('.');
        return parts.Length >= 2 && parts[0] == "Neo" && Enum.TryParse<Neo4jErrorClassification>(parts[1], ignoreCase: false, out var classification)
            ? classification
            : Neo4jErrorClassification.Unknown;
    }
}
