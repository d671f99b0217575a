namespace Faultline.Core.Knowledge;

/// <summary>What a name in the knowledge base stands for.</summary>
public enum TargetKind
{
    State,
    Demonym,
    Organisation,
    Metonym,
    Person,
    Place,
    RoleNoun,
    RoleModifier,
    Reference,
    Conflict,
}
