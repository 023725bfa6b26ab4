using PlanGraph.Neo4j;
using Shouldly;

namespace PlanGraph.Neo4j.Tests;

/// <summary>Neo4j's errors reach the caller as typed exceptions with Neo4j's code.</summary>
public sealed class ErrorTests
{
    [Fact]
    public async Task Syntax_error_surfaces_with_its_neo4j_code_and_statement_name()
    {
        using var client = TestServer.CreateClient();

        var failure = await Should.ThrowAsync<Neo4jException>(() => client.RunAsync(TestStatements.Broken, null, TestContext.Current.CancellationToken));

        failure.Code.ShouldBe("Neo.ClientError.Statement.SyntaxError");
        failure.Classification.ShouldBe(Neo4jErrorClassification.ClientError);
        failure.IsTransient.ShouldBeFalse();
        failure.StatementName.ShouldBe("test.broken");
        failure.Message.ShouldContain("test.broken");
        failure.ServerMessage.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Missing_parameter_surfaces_as_a_client_error()
    {
        using var client = TestServer.CreateClient();

        var failure = await Should.ThrowAsync<Neo4jException>(() => client.RunAsync(TestStatements.Echo, null, TestContext.Current.CancellationToken));

        failure.Code.ShouldStartWith("Neo.ClientError.Statement.");
        failure.ServerMessage.ShouldContain("value");
    }

    [Fact]
    public async Task Unrepresentable_parameter_is_refused_before_sending()
    {
        using var client = TestServer.CreateClient();

        var failure = await Should.ThrowAsync<ArgumentException>(() => client.RunAsync(TestStatements.Echo, new Dictionary<string, object?> { ["value"] = double.NaN }, TestContext.Current.CancellationToken));

        failure.Message.ShouldContain("test.echo");
        failure.Message.ShouldContain("'value'");
    }

    [Fact]
    public async Task Cancelled_request_throws_operation_cancelled()
    {
        using var client = TestServer.CreateClient();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => client.RunAsync(TestStatements.Echo, new Dictionary<string, object?> { ["value"] = 1 }, cancelled.Token));
    }
}
