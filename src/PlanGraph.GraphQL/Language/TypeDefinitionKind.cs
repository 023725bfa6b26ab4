namespace PlanGraph.GraphQL.Language;

public enum TypeDefinitionKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
}
