using PlanGraph.GraphQL.Language;
using PlanGraph.GraphQL.Validation;

namespace PlanGraph.GraphQL.Execution;

/// <summary>
/// The whole request pipeline: size and token limits, parse, validate (spec §5), depth/cost/introspection
/// limits, execute (spec §6) under a timeout. Every failure becomes a GraphQL error, never an exception.
/// </summary>
public sealed class RequestExecutor(ExecutableSchema schema, GraphQLLimits? limits = null)
{
    public ExecutableSchema Schema => schema;

    public GraphQLLimits Limits { get; } = limits ?? GraphQLLimits.Default;

    /// <summary>When set, valid documents are remembered by their text and not parsed or validated again.</summary>
    public DocumentCache? Documents { get; init; }

    public async Task<ExecutionResult> ExecuteAsync(ExecutionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Documents is null || !Documents.TryGet(request.Query, out var document))
        {
            var parsed = Parse(request.Query);
            if (parsed.Error is { } parseError)
            {
                return ExecutionResult.RequestError(parseError);
            }

            document = parsed.Document!;
            var validationErrors = DocumentValidator.Validate(schema.Schema, document);
            if (validationErrors.Count > 0)
            {
                return ExecutionResult.RequestError(validationErrors.Select(e => ResponseError.From(e)));
            }

            Documents?.Store(request.Query, document);
        }

        var (operation, _) = Executor.SelectOperation(document, request.OperationName);
        if (operation is not null)
        {
            var limitErrors = OperationComplexity.Check(schema.Schema, Limits, document, operation);
            if (limitErrors.Count > 0)
            {
                return ExecutionResult.RequestError(limitErrors.Select(e => ResponseError.From(e)));
            }
        }

        if (Limits.Timeout is not { } timeout)
        {
            return await Executor.ExecuteAsync(schema, document, request, cancellationToken);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            return await Executor.ExecuteAsync(schema, document, request, deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ExecutionResult(null, [new ResponseError($"Execution timed out after {timeout.TotalMilliseconds:0} ms.", [], null)], true);
        }
    }

    /// <summary>Parses under the length and token limits; a syntax or limit error is returned, not thrown.</summary>
    public (DocumentNode? Document, GraphQLError? Error) Parse(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (Limits.MaxDocumentLength is { } maxLength && source.Length > maxLength)
        {
            return (null, new GraphQLError($"Document of {source.Length} characters exceeds the maximum length of {maxLength} characters."));
        }

        try
        {
            if (Limits.MaxTokens is { } maxTokens)
            {
                var lexer = new Lexer(source);
                var count = 0;
                while (lexer.Advance().Kind != TokenKind.EndOfFile)
                {
                    if (++count > maxTokens)
                    {
                        return (null, new GraphQLError($"Syntax Error: Document contains more that {maxTokens} tokens. Parsing aborted.", new SourceLocation(lexer.Token.Start, lexer.Token.Line, lexer.Token.Column)));
                    }
                }
            }

            return (Parser.Parse(source), null);
        }
        catch (GraphQLError error)
        {
            return (null, error);
        }
    }
}
