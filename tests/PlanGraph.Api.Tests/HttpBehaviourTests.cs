using System.Net;
using System.Text;
using Shouldly;

namespace PlanGraph.Api.Tests;

/// <summary>The HTTP side: bad requests get clear errors with where, limits hold, one statement per request, SDL and IDE are served.</summary>
public sealed class HttpBehaviourTests(ApiHost api) : IClassFixture<ApiHost>
{
    // With application/graphql-response+json a request error is 400 and a field error 200 (GraphQL over HTTP §7.2).
    private async Task ExpectError(string query, int status, string message, string? path = null, (int Line, int Column)? location = null)
    {
        var (actualStatus, body) = await api.PostAsync(query, accept: "application/graphql-response+json");
        actualStatus.ShouldBe(status, body.ToJsonString());
        body["data"].ShouldBeNull();
        var error = body["errors"]![0]!;
        error["message"]!.GetValue<string>().ShouldContain(message, Case.Sensitive, body.ToJsonString());
        if (path is not null)
        {
            string.Join('.', error["path"]!.AsArray().Select(p => p!.GetValue<string>())).ShouldBe(path);
        }

        if (location is not null)
        {
            error["locations"]![0]!["line"]!.GetValue<int>().ShouldBe(location.Value.Line);
            error["locations"]![0]!["column"]!.GetValue<int>().ShouldBe(location.Value.Column);
        }
    }

    [Fact]
    public Task A_syntax_error_names_line_and_column() => ExpectError("{\n  plans { nodes { name }\n", 400, "Syntax Error: Expected Name, found <EOF>.", location: (3, 1));

    [Fact]
    public Task An_unknown_field_names_type_field_and_path() => ExpectError("{ goals { nodes { budget } } }", 400, "Cannot query field \"budget\" on type \"Goal\".", location: (1, 19));

    [Fact]
    public Task An_unknown_filter_field_is_refused() => ExpectError("{ goals(where: {budget: {gt: 1}}) { totalCount } }", 400, "Field \"budget\" is not defined by type \"GoalFilterInput\".", location: (1, 17));

    [Fact]
    public Task A_wrongly_typed_filter_value_is_refused() => ExpectError("{ targets(where: {year: {gt: \"2020\"}}) { totalCount } }", 400, "Int cannot represent non-integer value: \"2020\"", location: (1, 30));

    [Fact]
    public Task Page_size_is_limited() => ExpectError("{ goals(first: 5000) { totalCount } }", 200, "goals: first must be between 0 and 1000, got 5000", "goals");

    [Fact]
    public Task Nesting_depth_is_limited() => ExpectError(
        "{ places(first: 1) { nodes { projects(first: 1) { nodes { goals(first: 1) { nodes { projects(first: 1) { nodes { goals(first: 1) { nodes { projects(first: 1) { nodes { goals(first: 1) { nodes { projects { totalCount } } } } } } } } } } } } } } } }",
        200, "deeper than the limit of 6");

    [Fact]
    public Task A_foreign_cursor_is_refused() => ExpectError("{ goals(after: \"bm90LW91cnM=\") { totalCount } }", 200, "goals: after is not a cursor of this API");

    [Fact]
    public Task Mutations_are_refused() => ExpectError("mutation { deletePlans { count } }", 400, "Schema is not configured to execute mutation operation.");

    [Fact]
    public Task A_missing_variable_is_reported() => ExpectError("query ($id: ID!) { node(id: $id) { id } }", 400, "Variable \"$id\" of required type \"ID!\" was not provided.", location: (1, 8));

    [Fact]
    public async Task Introspection_describes_the_schema_and_mixes_with_data_in_one_request()
    {
        api.Counter.Reset();
        var data = await api.DataAsync("""
            { __schema { queryType { name } types { name } }
              __type(name: "Goal") { kind fields { name } interfaces { name } }
              places(where: {id: {startsWith: "apitest:"}}) { totalCount } __typename }
            """);
        data["__schema"]!["queryType"]!["name"]!.GetValue<string>().ShouldBe("Query");
        data["__schema"]!["types"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).ShouldContain("GoalFilterInput");
        data["__type"]!["kind"]!.GetValue<string>().ShouldBe("OBJECT");
        data["__type"]!["fields"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()).ShouldContain("projectsIncludingSubGoals");
        data["__type"]!["interfaces"]![0]!["name"]!.GetValue<string>().ShouldBe("Node");
        data["places"]!["totalCount"]!.GetValue<int>().ShouldBe(3);
        data["__typename"]!.GetValue<string>().ShouldBe("Query");
        api.Counter.Statements.ShouldBe(1);
    }

    [Fact]
    public async Task A_refused_root_field_does_not_stop_the_others()
    {
        var (status, body) = await api.PostAsync("{ ok: places(where: {id: {startsWith: \"apitest:\"}}) { totalCount } bad: node(id: \"x\") { ... on Goal { projects(first: 5000) { totalCount } } } }");
        status.ShouldBe(200);
        body["errors"]![0]!["path"]![0]!.GetValue<string>().ShouldBe("bad");
        body["errors"]![0]!["message"]!.GetValue<string>().ShouldContain("first must be between 0 and 1000, got 5000");
        body["data"]!["bad"].ShouldBeNull();
        body["data"]!["ok"]!["totalCount"]!.GetValue<int>().ShouldBe(3);
    }

    [Fact]
    public Task Search_needs_text() => ExpectError("{ search(text: \"  \") { matched } }", 200, "search: the argument text must be a non-empty string", "search");

    [Fact]
    public async Task An_oversized_body_is_refused_before_it_is_read()
    {
        var query = "{ plans { totalCount } }" + new string(' ', 70 * 1024);
        using var content = new StringContent($"{{\"query\": \"{query}\"}}", Encoding.UTF8, "application/json");
        using var response = await api.Http.PostAsync(new Uri(api.BaseAddress, "/graphql"), content, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        body["errors"]![0]!["message"]!.GetValue<string>().ShouldContain("larger than the limit of 65536 bytes");
    }

    [Fact]
    public async Task A_body_that_is_not_a_graphql_request_is_refused()
    {
        using var wrongType = new StringContent("{ plans { totalCount } }", Encoding.UTF8, "text/plain");
        using var response = await api.Http.PostAsync(new Uri(api.BaseAddress, "/graphql"), wrongType, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("application/json");
        using var badJson = new StringContent("{\"query\": ", Encoding.UTF8, "application/json");
        using var second = await api.Http.PostAsync(new Uri(api.BaseAddress, "/graphql"), badJson, TestContext.Current.CancellationToken);
        second.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("The request body is not valid JSON");
    }

    [Fact]
    public async Task Get_requests_application_graphql_and_the_graphql_response_type_work()
    {
        var url = new Uri(api.BaseAddress, "/graphql?query=" + Uri.EscapeDataString("query($n: String) { places(where: {name: {eq: $n}, id: {startsWith: \"apitest:\"}}) { totalCount } }") + "&variables=" + Uri.EscapeDataString("{\"n\": \"香蜜湖\"}"));
        (await api.Http.GetStringAsync(url, TestContext.Current.CancellationToken)).ShouldBe("{\"data\":{\"places\":{\"totalCount\":1}}}");

        using var plain = new StringContent("{ places(where: {id: {startsWith: \"apitest:\"}}) { totalCount } }", Encoding.UTF8, "application/graphql");
        using var response = await api.Http.PostAsync(new Uri(api.BaseAddress, "/graphql"), plain, TestContext.Current.CancellationToken);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldBe("{\"data\":{\"places\":{\"totalCount\":3}}}");

        var (status, body) = await api.PostAsync("{ nope }", accept: "application/graphql-response+json");
        status.ShouldBe(400);
        body["errors"]![0]!["message"]!.GetValue<string>().ShouldBe("Cannot query field \"nope\" on type \"Query\". Did you mean \"node\"?");
    }

    [Fact]
    public async Task The_sdl_the_ide_and_health_are_served()
    {
        var sdl = await api.Http.GetStringAsync(new Uri(api.BaseAddress, "/graphql?sdl"), TestContext.Current.CancellationToken);
        sdl.ShouldContain("projectsIncludingSubGoals(where: ProjectFilterInput, order: [ProjectSortInput!], first: Int, after: String): GoalProjectsIncludingSubGoalsConnection!");

        using var page = new HttpRequestMessage(HttpMethod.Get, new Uri(api.BaseAddress, "/graphql"));
        page.Headers.Accept.ParseAdd("text/html");
        using var html = await api.Http.SendAsync(page, TestContext.Current.CancellationToken);
        html.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var text = await html.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        text.ShouldContain("/graphql/ide/graphiql.js");
        text.ShouldNotContain("http");
        using var script = await api.Http.GetAsync(new Uri(api.BaseAddress, "/graphql/ide/graphiql.js"), TestContext.Current.CancellationToken);
        script.StatusCode.ShouldBe(HttpStatusCode.OK);

        (await api.Http.GetStringAsync(new Uri(api.BaseAddress, "/health"), TestContext.Current.CancellationToken)).ShouldContain("\"status\":\"healthy\"");
        (await api.Http.GetStringAsync(new Uri(api.BaseAddress, "/ready"), TestContext.Current.CancellationToken)).ShouldContain("\"status\":\"ready\"");
    }

    [Fact]
    public async Task Answers_and_errors_go_out_with_their_length_not_chunked()
    {
        // The whole answer is written before it is sent (docs/graphql-engine.md), so a client reads it into one buffer of its size.
        foreach (var query in new[] { "{ places(where: {id: {startsWith: \"apitest:\"}}) { nodes { name projects { totalCount } } } }", "{ nope }" })
        {
            using var request = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json");
            using var response = await api.Http.PostAsync(new Uri(api.BaseAddress, "/graphql"), request, TestContext.Current.CancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
            response.Headers.TransferEncodingChunked.ShouldNotBe(true);
            response.Content.Headers.ContentLength.ShouldBe(body.Length);
            body.Length.ShouldBeGreaterThan(20);
        }
    }
}
