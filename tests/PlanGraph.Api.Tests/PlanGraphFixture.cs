using PlanGraph.Core;

namespace PlanGraph.Api.Tests;

/// <summary>
/// A realistic slice of the seeds, built by hand from the Futian outline plan and the Futian sci-tech plan
/// (quotes are the documents' sentences): two plans, nested goals, indicators with baselines and targets in
/// both plans, projects in the Hetao cooperation zone, institutions with roles, places and mentions. Every
/// id starts with <see cref="Prefix"/>, so the tests find their own nodes in a shared database.
/// </summary>
internal static class PlanGraphFixture
{
    public const string Prefix = "apitest:";

    public const string OutlineDoc = Prefix + "doc:outline";
    public const string SciTechDoc = Prefix + "doc:scitech";

    public static string Id(string local) => Prefix + local;

    public static GraphDocument Build()
    {
        var nodes = new List<GraphNode>();
        var relationships = new List<GraphRelationship>();
        const string o = OutlineDoc;
        const string s = SciTechDoc;
        const string outlineSection = "第三篇 建设具有全球影响力的科技创新中心核心区 > 第一章 高标准建设河套深港科技创新合作区";

        void Node(string local, string label, string name, string[] aliases, (string, object?)[] properties, params (string Doc, string Section, int Line, string Quote)[] evidence)
            => nodes.Add(new GraphNode(Id(local), label, name, aliases, properties.ToDictionary(p => p.Item1, p => p.Item2),
                [.. evidence.Select(e => new Evidence(e.Doc, e.Section, e.Line, e.Line, e.Line * 100, e.Line * 100 + e.Quote.Length, e.Quote, "fixture." + label.ToLowerInvariant()))]));

        void Rel(string type, string from, string to, string doc, string section, int line, string quote, string? role = null)
        {
            var properties = new Dictionary<string, object?>();
            if (role is not null)
            {
                properties["role"] = role;
            }

            relationships.Add(new GraphRelationship(Prefix + StableId.ForRelationship(type, Id(from), Id(to)), type, Id(from), Id(to), properties,
                [new Evidence(doc, section, line, line, line * 100, line * 100 + quote.Length, quote, "fixture." + type.ToLowerInvariant())]));
        }

        Node("doc:outline", NodeLabels.Document, "深圳市福田区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", [],
            [("title", "深圳市福田区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"), ("fileName", "futian-14th-five-year-plan-outline.txt"), ("kind", "plan")],
            (o, "封面", 1, "深圳市福田区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"));
        Node("doc:scitech", NodeLabels.Document, "福田区科技创新“十四五”规划", [],
            [("title", "福田区科技创新“十四五”规划"), ("fileName", "futian-sci-tech-innovation-14th-five-year-plan.txt"), ("kind", "plan")],
            (s, "封面", 1, "福田区科技创新“十四五”规划"));
        Node("plan:outline", NodeLabels.Plan, "深圳市福田区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", ["福田区“十四五”规划纲要"],
            [("startYear", 2021L), ("endYear", 2025L), ("level", "district"), ("status", "final")],
            (o, "封面", 1, "深圳市福田区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"));
        Node("plan:scitech", NodeLabels.Plan, "福田区科技创新“十四五”规划", ["科技创新规划"],
            [("startYear", 2021L), ("endYear", 2025L), ("level", "district"), ("status", "final")],
            (s, "封面", 1, "福田区科技创新“十四五”规划"));

        Node("goal:hetao", NodeLabels.Goal, "高标准建设河套深港科技创新合作区", ["建设河套合作区"], [("sectionPath", outlineSection)],
            (o, outlineSection, 270, "高标准建设河套深港科技创新合作区，打造科技创新极核引擎。"));
        Node("goal:facilities", NodeLabels.Goal, "布局一批重大科研设施", [], [("sectionPath", outlineSection + " > 布局一批重大科研设施")],
            (o, outlineSection, 276, "布局一批重大科研设施。聚焦生命、信息、材料等重点学科方向，建设一批重点实验室、前沿交叉研究平台等高端创新载体。"));
        Node("goal:core-tech", NodeLabels.Goal, "开展关键核心技术攻关", [], [("sectionPath", outlineSection + " > 开展关键核心技术攻关")],
            (o, outlineSection, 277, "开展关键核心技术攻关。主动承担国家重大研发计划，全力推进生命、信息、材料等学科领域关键核心技术攻坚。"));
        Node("goal:digital", NodeLabels.Goal, "大力发展数字经济", ["发展数字经济"], [("sectionPath", "第四篇 > 第二章 大力发展数字经济")],
            (o, "第四篇 > 第二章 大力发展数字经济", 320, "大力发展数字经济，推动数字产业化和产业数字化。"));
        Node("goal:rnd-doubling", NodeLabels.Goal, "研发投入倍增计划", [], [("sectionPath", "第四章 主要任务 > 研发投入倍增计划")],
            (s, "第四章 主要任务", 625, "——研发投入倍增计划。紧紧围绕企业技术创新体系建设，营造企业技术创新环境，全面增强企业自主创新能力。"));

        Node("indicator:gdp", NodeLabels.Indicator, "地区生产总值", ["GDP"], [("unit", "亿元"), ("category", "经济发展"), ("attribute", "预期性")],
            (o, "主要指标", 60, "地区生产总值"));
        Node("indicator:rnd-share", NodeLabels.Indicator, "全社会研发支出占GDP比重", ["研发投入强度"], [("unit", "%"), ("category", "创新能力"), ("attribute", "预期性")],
            (o, "主要指标", 92, "全社会研发支出占GDP比重"), (s, "主要指标", 714, "全社会研发支出占GDP比重（%）"));
        Node("indicator:rnd-total", NodeLabels.Indicator, "全社会研发投入", [], [("unit", "亿元")],
            (s, "第四章 主要任务", 633, "到 2023 年，全社会研发投入从 2020 年的 64 亿元增至 200 亿元；到 2025 年，全社会研发投入递增至 250 亿元。"));

        Node("target:gdp-2020-outline", NodeLabels.Target, "地区生产总值 2020 基期值", [], [("kind", "baseline"), ("year", 2020L), ("value", 4800.0), ("valueText", "4800左右"), ("unit", "亿元")],
            (o, "主要指标", 62, "4800左右"));
        Node("target:gdp-2025-outline", NodeLabels.Target, "地区生产总值 2025 目标值", [], [("kind", "target"), ("year", 2025L), ("value", 6600.0), ("valueText", "6600"), ("unit", "亿元")],
            (o, "主要指标", 63, "6600"));
        Node("target:rnd-share-2025-outline", NodeLabels.Target, "全社会研发支出占GDP比重 2025 目标值", [], [("kind", "target"), ("year", 2025L), ("value", 2.0), ("valueText", "2.0"), ("unit", "%")],
            (o, "主要指标", 95, "2.0"));
        Node("target:rnd-share-2025-scitech", NodeLabels.Target, "全社会研发支出占GDP比重 2025 目标值", [], [("kind", "target"), ("year", 2025L), ("value", 2.0), ("valueText", "2.0"), ("unit", "%")],
            (s, "主要指标", 717, "1.45（2020） 2.0"));
        Node("target:rnd-total-2023-scitech", NodeLabels.Target, "全社会研发投入 2023 目标值", [], [("kind", "target"), ("year", 2023L), ("value", 200.0), ("valueText", "200 亿元"), ("unit", "亿元")],
            (s, "第四章 主要任务", 633, "到 2023 年，全社会研发投入从 2020 年的 64 亿元增至 200 亿元"));
        Node("target:rnd-total-2025-scitech", NodeLabels.Target, "全社会研发投入 2025 目标值", [], [("kind", "target"), ("year", 2025L), ("value", 250.0), ("valueText", "250 亿元"), ("unit", "亿元")],
            (s, "第四章 主要任务", 635, "到 2025 年，全社会研发投入递增至 250 亿元。"));

        Node("project:future-net", NodeLabels.Project, "未来网络试验设施（深圳中心）", ["未来网络试验设施"], [("category", "facility")],
            (o, "第一篇 > 第一章", 12, "国家药监局药品和医疗器械技术审评检查大湾区分中心、未来网络试验设施（深圳中心）等国家级重大科研项目、平台落户。"));
        Node("project:review-center", NodeLabels.Project, "国家药监局药品和医疗器械技术审评检查大湾区分中心", ["大湾区分中心"], [("category", "platform")],
            (o, "第一篇 > 第一章", 12, "国家药监局药品和医疗器械技术审评检查大湾区分中心、未来网络试验设施（深圳中心）等国家级重大科研项目、平台落户。"));
        Node("project:quantum", NodeLabels.Project, "深圳国际量子研究院", ["国际量子研究中心"], [("category", "platform")],
            (s, "第一章 发展基础", 358, "深圳国际量子研究院聚焦国际量子科技前沿基础研究，融合大湾区量子科技力量，吸引国际顶尖人才打造国际一流量子科技研究平台。"));
        Node("project:nankai-oxford", NodeLabels.Project, "南开大学-牛津大学联合研究院（深圳）", [], [("category", "platform")],
            (o, outlineSection, 281, "1.医疗科技。南开大学-牛津大学联合研究院（深圳）、香港大学深圳医院国际临床试验及转化医学研究中心"));

        Node("institution:nankai", NodeLabels.Institution, "南开大学", [], [("type", "university")], (o, outlineSection, 281, "南开大学-牛津大学联合研究院（深圳）"));
        Node("institution:oxford", NodeLabels.Institution, "牛津大学", ["Oxford"], [("type", "university")], (o, outlineSection, 281, "南开大学-牛津大学联合研究院（深圳）"));
        Node("institution:nmpa", NodeLabels.Institution, "国家药监局", ["国家药品监督管理局"], [("type", "government")], (o, "第一篇 > 第一章", 12, "国家药监局药品和医疗器械技术审评检查大湾区分中心"));

        Node("place:futian", NodeLabels.Place, "福田区", ["福田"], [("type", "district"), ("code", "440304")], (o, "第一篇", 5, "三十年来，福田奋力解放和发展生产力，金融与科技两翼齐飞。"));
        Node("place:hetao", NodeLabels.Place, "河套深港科技创新合作区", ["河套合作区", "合作区"], [("type", "area")],
            (o, "第一篇 > 第一章", 12, "河套深港科技创新合作区成为国家战略平台。"), (s, "第三章", 56, "（一）高标准规划建设好河套深港科技创新合作区，打造科技创新"));
        Node("place:xiangmihu", NodeLabels.Place, "香蜜湖", [], [("type", "area")], (o, "第五篇", 400, "高水平建设香蜜湖新金融中心。"));

        Rel(RelationshipTypes.Describes, "doc:outline", "plan:outline", o, "封面", 1, "深圳市福田区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要");
        Rel(RelationshipTypes.Describes, "doc:scitech", "plan:scitech", s, "封面", 1, "福田区科技创新“十四五”规划");
        Rel(RelationshipTypes.Cites, "doc:scitech", "plan:outline", s, "第二章 总体要求", 500, "根据《深圳市福田区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》，制定本规划。");
        Rel(RelationshipTypes.BasedOn, "plan:scitech", "plan:outline", s, "第二章 总体要求", 500, "根据《深圳市福田区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》，制定本规划。");
        Rel(RelationshipTypes.HasGoal, "plan:outline", "goal:hetao", o, outlineSection, 270, "高标准建设河套深港科技创新合作区，打造科技创新极核引擎。");
        Rel(RelationshipTypes.HasGoal, "plan:outline", "goal:digital", o, "第四篇 > 第二章 大力发展数字经济", 320, "大力发展数字经济，推动数字产业化和产业数字化。");
        Rel(RelationshipTypes.HasGoal, "plan:scitech", "goal:rnd-doubling", s, "第四章 主要任务", 625, "——研发投入倍增计划。");
        Rel(RelationshipTypes.PartOf, "goal:facilities", "goal:hetao", o, outlineSection, 276, "布局一批重大科研设施。");
        Rel(RelationshipTypes.PartOf, "goal:core-tech", "goal:hetao", o, outlineSection, 277, "开展关键核心技术攻关。");
        Rel(RelationshipTypes.MeasuredBy, "goal:rnd-doubling", "indicator:rnd-total", s, "第四章 主要任务", 633, "到 2025 年，全社会研发投入递增至 250 亿元。");
        Rel(RelationshipTypes.MeasuredBy, "goal:hetao", "indicator:rnd-share", o, "主要指标", 92, "全社会研发支出占GDP比重");
        Rel(RelationshipTypes.Sets, "plan:outline", "target:gdp-2020-outline", o, "主要指标", 62, "地区生产总值 亿元 4800左右 6600 预期性");
        Rel(RelationshipTypes.Sets, "plan:outline", "target:gdp-2025-outline", o, "主要指标", 63, "地区生产总值 亿元 4800左右 6600 预期性");
        Rel(RelationshipTypes.Sets, "plan:outline", "target:rnd-share-2025-outline", o, "主要指标", 95, "全社会研发支出占GDP比重 % 1.45 2.0 预期性");
        Rel(RelationshipTypes.Sets, "plan:scitech", "target:rnd-share-2025-scitech", s, "主要指标", 717, "全社会研发支出占GDP比重（%） 1.45（2020） 2.0");
        Rel(RelationshipTypes.Sets, "plan:scitech", "target:rnd-total-2023-scitech", s, "第四章 主要任务", 633, "到 2023 年，全社会研发投入从 2020 年的 64 亿元增至 200 亿元");
        Rel(RelationshipTypes.Sets, "plan:scitech", "target:rnd-total-2025-scitech", s, "第四章 主要任务", 635, "到 2025 年，全社会研发投入递增至 250 亿元。");
        Rel(RelationshipTypes.Of, "target:gdp-2020-outline", "indicator:gdp", o, "主要指标", 62, "地区生产总值 亿元 4800左右");
        Rel(RelationshipTypes.Of, "target:gdp-2025-outline", "indicator:gdp", o, "主要指标", 63, "地区生产总值 亿元 6600");
        Rel(RelationshipTypes.Of, "target:rnd-share-2025-outline", "indicator:rnd-share", o, "主要指标", 95, "全社会研发支出占GDP比重 % 2.0");
        Rel(RelationshipTypes.Of, "target:rnd-share-2025-scitech", "indicator:rnd-share", s, "主要指标", 717, "全社会研发支出占GDP比重（%） 2.0");
        Rel(RelationshipTypes.Of, "target:rnd-total-2023-scitech", "indicator:rnd-total", s, "第四章 主要任务", 633, "全社会研发投入从 2020 年的 64 亿元增至 200 亿元");
        Rel(RelationshipTypes.Of, "target:rnd-total-2025-scitech", "indicator:rnd-total", s, "第四章 主要任务", 635, "全社会研发投入递增至 250 亿元");
        Rel(RelationshipTypes.Supports, "project:future-net", "goal:facilities", o, "第一篇 > 第一章", 12, "未来网络试验设施（深圳中心）等国家级重大科研项目、平台落户。");
        Rel(RelationshipTypes.Supports, "project:review-center", "goal:facilities", o, "第一篇 > 第一章", 12, "国家药监局药品和医疗器械技术审评检查大湾区分中心……等国家级重大科研项目、平台落户。");
        Rel(RelationshipTypes.Supports, "project:quantum", "goal:core-tech", o, outlineSection, 277, "依托国际量子研究中心，推动大湾区量子科技力量发展。");
        Rel(RelationshipTypes.Supports, "project:nankai-oxford", "goal:facilities", o, outlineSection, 281, "1.医疗科技。南开大学-牛津大学联合研究院（深圳）");
        Rel(RelationshipTypes.Supports, "project:quantum", "goal:rnd-doubling", s, "第一章 发展基础", 258, "福田区还积极引进一批如深圳国际量子研究院、新一代……");
        Rel(RelationshipTypes.LocatedIn, "project:future-net", "place:hetao", o, "第一篇 > 第一章", 12, "重点科研合作项目批量入驻，……未来网络试验设施（深圳中心）等国家级重大科研项目、平台落户。");
        Rel(RelationshipTypes.LocatedIn, "project:review-center", "place:hetao", o, "第一篇 > 第一章", 12, "国家药监局药品和医疗器械技术审评检查大湾区分中心……落户。");
        Rel(RelationshipTypes.LocatedIn, "project:quantum", "place:futian", s, "第一章 发展基础", 258, "福田区还积极引进一批如深圳国际量子研究院");
        Rel(RelationshipTypes.LocatedIn, "project:nankai-oxford", "place:hetao", o, outlineSection, 281, "支持香港高校优势学科在深圳园区建设重点实验室集群");
        Rel(RelationshipTypes.PartOf, "place:hetao", "place:futian", o, "第一篇 > 第一章", 12, "河套深港科技创新合作区成为国家战略平台。");
        Rel(RelationshipTypes.PartOf, "place:xiangmihu", "place:futian", o, "第五篇", 400, "高水平建设香蜜湖新金融中心。");
        Rel(RelationshipTypes.Involves, "project:nankai-oxford", "institution:nankai", o, outlineSection, 281, "南开大学-牛津大学联合研究院（深圳）", role: "共建");
        Rel(RelationshipTypes.Involves, "project:nankai-oxford", "institution:oxford", o, outlineSection, 281, "南开大学-牛津大学联合研究院（深圳）", role: "共建");
        Rel(RelationshipTypes.Involves, "project:review-center", "institution:nmpa", o, "第一篇 > 第一章", 12, "国家药监局药品和医疗器械技术审评检查大湾区分中心", role: "设立");

        foreach (var node in nodes.Where(n => n.Label != NodeLabels.Document).ToList())
        {
            foreach (var doc in node.Evidence.Select(e => e.DocumentId).Distinct())
            {
                var first = node.Evidence.First(e => e.DocumentId == doc);
                relationships.Add(new GraphRelationship(Prefix + StableId.ForRelationship(RelationshipTypes.MentionedIn, node.Id, doc), RelationshipTypes.MentionedIn, node.Id, doc,
                    new Dictionary<string, object?>(), [first with { Rule = "fixture.mention" }]));
            }
        }

        SourceDocument[] documents =
        [
            new(OutlineDoc, "futian-14th-five-year-plan-outline.txt", "深圳市福田区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", "fixture-outline-v1", DocumentKinds.Plan),
            new(SciTechDoc, "futian-sci-tech-innovation-14th-five-year-plan.txt", "福田区科技创新“十四五”规划", "fixture-scitech-v1", DocumentKinds.Plan),
        ];
        return new GraphDocument(documents, [.. nodes.OrderBy(n => n.Id, StringComparer.Ordinal)], [.. relationships.OrderBy(r => r.Id, StringComparer.Ordinal)]);
    }
}
