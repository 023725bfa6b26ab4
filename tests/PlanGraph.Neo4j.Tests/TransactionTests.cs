using PlanGraph.Neo4j;
using Shouldly;

namespace PlanGraph.Neo4j.Tests;

/// <summary>Explicit and autocommit transactions on the real server.</summary>
public sealed class TransactionTests
{
    private static Dictionary<string, object?> Item(string run, string id) => new() { ["run"] = run, ["id"] = id, ["name"] = "项目" + id };

    private static async Task<long> CountAsync(Neo4jHttpClient client, string run)
        => (await client.RunAsync(TestStatements.CountRun, new Dictionary<string, object?> { ["run"] = run }, TestContext.Current.CancellationToken)).Single<long>("count");

    [Fact]
    public async Task Rolled_back_transaction_leaves_nothing()
    {
        var run = TestServer.NewRunId();
        using var client = TestServer.CreateClient();
        try
        {
            var transaction = await client.BeginTransactionAsync(TestContext.Current.CancellationToken);
            await transaction.RunAsync(TestStatements.CreateItem, Item(run, "1"), TestContext.Current.CancellationToken);
            await transaction.RunAsync(TestStatements.CreateItem, Item(run, "2"), TestContext.Current.CancellationToken);
            (await transaction.RunAsync(TestStatements.CountRun, new Dictionary<string, object?> { ["run"] = run }, TestContext.Current.CancellationToken))
                .Single<long>("count").ShouldBe(2, "the transaction sees its own writes");

            await transaction.RollbackAsync(TestContext.Current.CancellationToken);

            transaction.IsFinished.ShouldBeTrue();
            (await CountAsync(client, run)).ShouldBe(0);
        }
        finally
        {
            await TestServer.CleanUpAsync(client, run);
        }
    }

    [Fact]
    public async Task Disposed_uncommitted_transaction_is_rolled_back()
    {
        var run = TestServer.NewRunId();
        using var client = TestServer.CreateClient();
        try
        {
            await using (var transaction = await client.BeginTransactionAsync(TestContext.Current.CancellationToken))
            {
                await transaction.RunAsync(TestStatements.CreateItem, Item(run, "1"), TestContext.Current.CancellationToken);
            }

            (await CountAsync(client, run)).ShouldBe(0);
        }
        finally
        {
            await TestServer.CleanUpAsync(client, run);
        }
    }

    [Fact]
    public async Task Committed_transaction_persists()
    {
        var run = TestServer.NewRunId();
        using var client = TestServer.CreateClient();
        try
        {
            await using (var transaction = await client.BeginTransactionAsync(TestContext.Current.CancellationToken))
            {
                await transaction.RunAsync(
                    [TestStatements.CreateItem.Bind(Item(run, "1")), TestStatements.CreateItem.Bind(Item(run, "2"))],
                    TestContext.Current.CancellationToken);
                await transaction.CommitAsync(TestContext.Current.CancellationToken);
            }

            (await CountAsync(client, run)).ShouldBe(2);
        }
        finally
        {
            await TestServer.CleanUpAsync(client, run);
        }
    }

    [Fact]
    public async Task Several_statements_in_one_request_commit_together_or_not_at_all()
    {
        var run = TestServer.NewRunId();
        using var client = TestServer.CreateClient();
        try
        {
            var results = await client.RunAsync([TestStatements.CreateItem.Bind(Item(run, "1")), TestStatements.CreateItem.Bind(Item(run, "2"))], TestContext.Current.CancellationToken);
            results.Count.ShouldBe(2);
            results.Select(r => r.Single<string>("id")).ShouldBe(["1", "2"]);

            var failure = await Should.ThrowAsync<Neo4jException>(() => client.RunAsync(
                [TestStatements.CreateItem.Bind(Item(run, "3")), TestStatements.Broken.Bind()],
                TestContext.Current.CancellationToken));

            failure.StatementName.ShouldBe("test.broken");
            (await CountAsync(client, run)).ShouldBe(2, "the statement before the failing one was rolled back with it");
        }
        finally
        {
            await TestServer.CleanUpAsync(client, run);
        }
    }

    [Fact]
    public async Task Error_inside_transaction_rolls_it_back_and_closes_it()
    {
        var run = TestServer.NewRunId();
        using var client = TestServer.CreateClient();
        try
        {
            await using var transaction = await client.BeginTransactionAsync(TestContext.Current.CancellationToken);
            await transaction.RunAsync(TestStatements.CreateItem, Item(run, "1"), TestContext.Current.CancellationToken);

            var failure = await Should.ThrowAsync<Neo4jException>(() => transaction.RunAsync(TestStatements.Broken, null, TestContext.Current.CancellationToken));

            failure.Code.ShouldBe("Neo.ClientError.Statement.SyntaxError");
            transaction.IsFinished.ShouldBeTrue();
            await Should.ThrowAsync<InvalidOperationException>(() => transaction.CommitAsync(TestContext.Current.CancellationToken));
            (await CountAsync(client, run)).ShouldBe(0);
        }
        finally
        {
            await TestServer.CleanUpAsync(client, run);
        }
    }
}
