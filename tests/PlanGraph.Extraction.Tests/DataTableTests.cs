using Shouldly;

namespace PlanGraph.Extraction.Tests;

/// <summary>Every data file follows the one header and row convention of DataTable (docs/extraction.md, "Data files").</summary>
public sealed class DataTableTests
{
    [Fact]
    public void Every_embedded_data_file_reads_with_a_version()
    {
        DataTable.Files.ShouldContain("targets.tsv");
        DataTable.Files.ShouldContain("divisions.tsv");
        foreach (var file in DataTable.Files)
        {
            var table = DataTable.Load(file);
            table.Version.ShouldNotBeNullOrWhiteSpace(file);
            table.Rows.ShouldNotBeEmpty(file);
        }
    }

    [Fact]
    public void Reads_rows_skips_comments_and_names_the_line_of_a_bad_row()
    {
        var table = DataTable.Read("t.tsv", new StringReader("# PlanGraph test words, version 3\n# kind\tword\tvalue\n\nverb\t建设\n unit \t 亿元 \tmoney\t\n"));
        table.Version.ShouldBe("3");
        table.Words("verb").ShouldBe(["建设"]);
        table.Pairs("unit").ShouldBe([("亿元", "money")]);
        table.Rows[1].Line.ShouldBe(5);
        table.Rows[1].Cell(7).ShouldBe("");

        Should.Throw<InvalidOperationException>(() => DataTable.Read("t.tsv", new StringReader("# test words v1\nverb\t建设\n")))
            .Message.ShouldContain("line 1");
        Should.Throw<InvalidOperationException>(() => DataTable.Read("t.tsv", new StringReader("# PlanGraph test words, version 1\nverb\t建设\nverb\n"), columns: 2))
            .Message.ShouldContain("line 3");
    }
}
