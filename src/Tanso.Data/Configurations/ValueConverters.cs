using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Tanso.Core.Figures;
using Tanso.Core.Governments;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;

namespace Tanso.Data.Configurations;

internal static class ValueConverters
{
    internal sealed class RegionCodeConverter() : ValueConverter<RegionCode, string>(v => v.Value, v => RegionCode.Parse(v));

    internal sealed class ReportingYearConverter() : ValueConverter<ReportingYear, int>(v => v.Value, v => ReportingYear.Of(v));

    internal sealed class TonnesConverter() : ValueConverter<TonnesCo2e, decimal>(v => v.Value, v => new TonnesCo2e(v));

    internal sealed class SectorCodeConverter() : ValueConverter<SectorCode, string>(v => v.Value, v => SectorCode.Parse(v));

    internal sealed class FigureLineConverter() : ValueConverter<FigureLine, string>(v => v.Code, v => FigureLine.Parse(v));
}
