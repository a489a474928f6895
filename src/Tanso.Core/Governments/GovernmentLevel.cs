namespace Tanso.Core.Governments;

/// <summary>The tier of government that writes a carbon-neutrality plan (Framework Act Arts 10–12).</summary>
public enum GovernmentLevel
{
    /// <summary>국가 — the national government (Art 10).</summary>
    National,

    /// <summary>광역 — a metropolitan or provincial government, 시·도 (Art 11).</summary>
    Province,

    /// <summary>기초 — an autonomous municipality, 시·군·구 (Art 12).</summary>
    Municipality,
}
