using PlanGraph.Core;
using PlanGraph.Extraction;
using Shouldly;

namespace PlanGraph.Extraction.Tests;

/// <summary>Facts of the seeds checked by hand against the files (line numbers are the files' own).</summary>
public sealed class SeedExtractionTests
{
    private const string D0 = "futian-modern-industry-plan-2017-2035-interpretation.txt";
    private const string D1 = "futian-14th-five-year-plan-outline.txt";
    private const string D2 = "futian-industrial-parks-suggestion-reply-2021.txt";
    private const string D3 = "futian-sci-tech-innovation-14th-five-year-plan.txt";
    private const string D4 = "futian-cbd-15th-five-year-plan-draft-2026.txt";

    [Fact]
    public void Documents_get_their_kind_and_the_plan_they_describe()
    {
        var documents = SeedGraph.Graph.Documents.ToDictionary(d => d.FileName);
        documents[D0].Kind.ShouldBe(DocumentKinds.Interpretation);
        documents[D2].Kind.ShouldBe(DocumentKinds.Reply);
        documents[D4].Title.ShouldBe("福田区中央商务区“十五五”规划（草案）");

        var cbd = SeedGraph.Node(NodeLabels.Plan, "福田区中央商务区“十五五”规划");
        cbd.Properties["status"].ShouldBe("draft");
        cbd.Properties["startYear"].ShouldBe(2026L);
        cbd.Properties["endYear"].ShouldBe(2030L);

        // D1 has no title line: it is named after the region and period of its indicator table.
        var outline = SeedGraph.Node(NodeLabels.Plan, "福田区“十四五”规划纲要");
        SeedGraph.Graph.Relationships.ShouldContain(r => r.Type == RelationshipTypes.Describes && r.From == SeedGraph.DocumentId(D1) && r.To == outline.Id);

        var modern = SeedGraph.Node(NodeLabels.Plan, "深圳市福田区现代产业体系中长期发展规划（2017-2035年）");
        modern.Properties["startYear"].ShouldBe(2017L);
        SeedGraph.Graph.Relationships.ShouldContain(r => r.Type == RelationshipTypes.Describes && r.From == SeedGraph.DocumentId(D0) && r.To == modern.Id);
        SeedGraph.Graph.Relationships.ShouldNotContain(r => r.Type == RelationshipTypes.Describes && r.From == SeedGraph.DocumentId(D2));
    }

    [Fact]
    public void D1_gross_domestic_product_baseline_and_target_come_from_the_table_row()
    {
        var gdp = SeedGraph.Node(NodeLabels.Indicator, "地区生产总值");
        gdp.Properties["unit"].ShouldBe("亿元");
        gdp.Properties["attribute"].ShouldBe("预期性");
        gdp.Properties["category"].ShouldBe("经济发展");
        var targets = SeedGraph.Graph.Relationships.Where(r => r.Type == RelationshipTypes.Of && r.To == gdp.Id).Select(r => SeedGraph.ById(r.From)).ToList();
        var target = targets.Single(t => (string?)t.Properties["kind"] == "target");
        target.Properties["value"].ShouldBe(6600.0);
        target.Properties["year"].ShouldBe(2025L);
        var baseline = targets.Single(t => (string?)t.Properties["kind"] == "baseline");
        baseline.Properties["valueText"].ShouldBe("4800左右");
        baseline.Properties["comparator"].ShouldBe("≈");
        baseline.Properties["year"].ShouldBe(2020L);
        baseline.Evidence.ShouldHaveSingleItem().Quote.ShouldBe("4800左右");
        baseline.Evidence[0].FirstLine.ShouldBe(62);
        var plan = SeedGraph.Node(NodeLabels.Plan, "福田区“十四五”规划纲要");
        SeedGraph.Graph.Relationships.ShouldContain(r => r.Type == RelationshipTypes.Sets && r.From == plan.Id && r.To == target.Id);
    }

    [Fact]
    public void D4_asterisk_baseline_is_2024_data_and_D3_targets_are_2025()
    {
        var circular = SeedGraph.Node(NodeLabels.Indicator, "循环经济营收");
        var baseline = SeedGraph.Graph.Relationships.Where(r => r.Type == RelationshipTypes.Of && r.To == circular.Id).Select(r => SeedGraph.ById(r.From)).Single(t => (string?)t.Properties["kind"] == "baseline");
        baseline.Properties["valueText"].ShouldBe("200*");
        baseline.Properties["year"].ShouldBe(2024L);
        baseline.Properties["value"].ShouldBe(200.0);

        var sciTech = SeedGraph.Node(NodeLabels.Plan, "福田区科技创新“十四五”规划");
        // The table's targets (its 倍增计划 sentences also set 2023 and 2025 targets).
        var targets = SeedGraph.From(sciTech, RelationshipTypes.Sets).Select(r => SeedGraph.ById(r.To))
            .Where(t => (string?)t.Properties["kind"] == "target" && t.Evidence.Any(e => e.Rule == "target.table-cell")).ToList();
        targets.Count.ShouldBe(7);
        targets.ShouldAllBe(t => (long?)t.Properties["year"] == 2025L);
        SeedGraph.Node(NodeLabels.Indicator, "国家级高新技术企业数量").Properties["unit"].ShouldBe("家");
    }

    [Fact]
    public void Box_projects_support_the_goal_of_their_section_and_are_located_where_the_box_says()
    {
        var project = SeedGraph.Node(NodeLabels.Project, "湾区数字经济算力中心");
        var goal = SeedGraph.ById(SeedGraph.From(project, RelationshipTypes.Supports).ShouldHaveSingleItem().To);
        goal.Name.ShouldBe("集聚全球一流创新资源");
        SeedGraph.ById(SeedGraph.From(goal, RelationshipTypes.PartOf).ShouldHaveSingleItem().To).Name.ShouldBe("规划建设好河套深港科技创新合作区");
        SeedGraph.From(project, RelationshipTypes.LocatedIn).Select(r => SeedGraph.ById(r.To).Name).ShouldBe(["河套深港科技创新合作区深圳园区"]);
        project.Evidence.ShouldContain(e => e.Rule == "project.box-item" && e.FirstLine == 282);

        // Companies listed among a box's projects are institutions.
        SeedGraph.Node(NodeLabels.Institution, "深圳元戎启行科技有限公司").Properties["type"].ShouldBe("enterprise");
        SeedGraph.Graph.Nodes.ShouldNotContain(n => n.Label == NodeLabels.Project && n.Name.EndsWith("有限公司", StringComparison.Ordinal));
    }

    [Fact]
    public void Gazetteer_places_nest_up_to_the_city_with_official_codes()
    {
        var zone = SeedGraph.Node(NodeLabels.Place, "河套深港科技创新合作区深圳园区");
        var chain = new List<string>();
        for (var place = zone; SeedGraph.From(place, RelationshipTypes.PartOf).SingleOrDefault() is { } up; place = SeedGraph.ById(up.To))
        {
            chain.Add(SeedGraph.ById(up.To).Name);
        }

        chain.ShouldBe(["河套深港科技创新合作区", "福田区", "深圳市", "广东省"]);
        SeedGraph.Node(NodeLabels.Place, "福田区").Properties["code"].ShouldBe("440304");
        SeedGraph.Node(NodeLabels.Place, "河套深港科技创新合作区").Aliases.ShouldContain("深港科技创新特别合作区");
    }

    [Fact]
    public void A_place_in_the_prose_of_a_box_without_items_is_found()
    {
        // D1 专栏9 is one paragraph with no numbered items: its 华富街道 is read as a sentence's place.
        var street = SeedGraph.Node(NodeLabels.Place, "华富街道");
        street.Evidence.ShouldContain(e => e.Rule == "place.gazetteer" && e.FirstLine == 544);
        SeedGraph.ById(SeedGraph.From(street, RelationshipTypes.PartOf).ShouldHaveSingleItem().To).Name.ShouldBe("福田区");
        SeedGraph.Graph.Nodes.ShouldNotContain(n => n.Label == NodeLabels.Project && n.Evidence.Any(e => e.FirstLine == 544));
    }

    [Fact]
    public void Cited_plans_are_linked_and_a_basis_is_told_apart()
    {
        var cbd = SeedGraph.Node(NodeLabels.Plan, "福田区中央商务区“十五五”规划");
        SeedGraph.From(cbd, RelationshipTypes.BasedOn).Select(r => SeedGraph.ById(r.To).Name)
            .ShouldContain("深圳市福田区国民经济和社会发展第十五个五年规划纲要");
        var sciTech = SeedGraph.Node(NodeLabels.Plan, "福田区科技创新“十四五”规划");
        SeedGraph.From(sciTech, RelationshipTypes.Cites).Concat(SeedGraph.From(sciTech, RelationshipTypes.BasedOn)).Select(r => SeedGraph.ById(r.To).Name)
            .ShouldContain("粤港澳大湾区发展规划纲要");
        SeedGraph.Graph.Relationships.ShouldContain(r => r.Type == RelationshipTypes.MentionedIn && r.To == SeedGraph.DocumentId(D3));
    }

    [Fact]
    public void Every_fact_has_evidence_that_quotes_its_document_at_its_span_and_lines()
    {
        var texts = SeedGraph.Documents.ToDictionary(d => StableId.ForDocument(d.FileName));
        var evidence = SeedGraph.Graph.Nodes.SelectMany(n => n.Evidence).Concat(SeedGraph.Graph.Relationships.SelectMany(r => r.Evidence)).ToList();
        SeedGraph.Graph.Nodes.ShouldAllBe(n => n.Evidence.Count > 0);
        SeedGraph.Graph.Relationships.ShouldAllBe(r => r.Evidence.Count > 0);
        foreach (var e in evidence)
        {
            var document = texts[e.DocumentId];
            document.NormalizedText[e.SpanStart..e.SpanEnd].ShouldBe(e.Quote);
            document.Map.Lines(e.SpanStart, e.SpanEnd).ShouldBe((e.FirstLine, e.LastLine), $"{e.Rule}: {e.Quote}");
            e.Rule.ShouldNotBeNullOrWhiteSpace();
        }

        SeedGraph.Graph.Nodes.Count.ShouldBeGreaterThan(300);
        SeedGraph.Graph.Relationships.Count.ShouldBeGreaterThan(500);
    }

    [Fact]
    public void Extracting_again_gives_the_same_bytes()
    {
        static byte[] Json(GraphDocument graph)
        {
            using var stream = new MemoryStream();
            GraphJson.Write(stream, graph);
            return stream.ToArray();
        }

        var again = GraphExtractor.Extract([.. SeedGraph.Documents.Reverse()]);
        Json(again).AsSpan().SequenceEqual(Json(SeedGraph.Graph)).ShouldBeTrue("extraction must not depend on the order of its input");
    }
}
