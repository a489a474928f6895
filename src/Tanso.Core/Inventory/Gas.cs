namespace Tanso.Core.Inventory;

/// <summary>The greenhouse gases of the Kyoto basket, and their CO2-equivalent total.</summary>
public enum Gas
{
    /// <summary>All gases in CO2 equivalent (합계, CO2eq): the default line of a table.</summary>
    Total,

    /// <summary>Carbon dioxide.</summary>
    CO2,

    /// <summary>Methane.</summary>
    CH4,

    /// <summary>Nitrous oxide.</summary>
    N2O,

    /// <summary>Hydrofluorocarbons.</summary>
    HFCs,

    /// <summary>Perfluorocarbons.</summary>
    PFCs,

    /// <summary>Sulphur hexafluoride.</summary>
    SF6,
}

/// <summary>Parsing and display of <see cref="Gas"/>.</summary>
public static class Gases
{
    private static readonly Dictionary<string, Gas> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["total"] = Gas.Total, ["co2eq"] = Gas.Total, ["tco2eq"] = Gas.Total, ["합계"] = Gas.Total, ["총계"] = Gas.Total,
        ["co2"] = Gas.CO2, ["ch4"] = Gas.CH4, ["n2o"] = Gas.N2O, ["hfcs"] = Gas.HFCs, ["hfc"] = Gas.HFCs,
        ["pfcs"] = Gas.PFCs, ["pfc"] = Gas.PFCs, ["sf6"] = Gas.SF6,
    };

    /// <summary>Parses a gas name; an empty cell means the CO2-equivalent total.</summary>
    public static bool TryParse(string? text, out Gas gas)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            gas = Gas.Total;
            return true;
        }
        return Names.TryGetValue(text.Trim(), out gas);
    }

    /// <summary>The label used in files: CO2eq for the total, the formula otherwise.</summary>
    public static string Label(this Gas gas) => gas == Gas.Total ? "CO2eq" : gas.ToString();
}
