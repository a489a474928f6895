using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Figures;
using Tanso.Core.Governments;
using Tanso.Core.Quantities;
using Tanso.Data.Configurations;

namespace Tanso.Data;

/// <summary>
/// Tanso's unit of work. One model for both engines; <see cref="SqliteTansoDb"/> and
/// <see cref="PostgresTansoDb"/> exist only so that each engine keeps its own migrations.
/// </summary>
public abstract class TansoDb(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    /// <summary>The nation, 시·도 and 시·군·구.</summary>
    public DbSet<Government> Governments => Set<Government>();

    /// <summary>Published inventory vintages.</summary>
    public DbSet<InventoryEdition> InventoryEditions => Set<InventoryEdition>();

    /// <summary>Inventory, target and scenario series.</summary>
    public DbSet<FigureSeries> FigureSeries => Set<FigureSeries>();

    /// <summary>Official national figures with their provenance.</summary>
    public DbSet<OfficialFigure> OfficialFigures => Set<OfficialFigure>();

    /// <summary>ASP.NET Core data-protection keys, shared by every web instance.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <inheritdoc/>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<RegionCode>().HaveConversion<ValueConverters.RegionCodeConverter>().HaveMaxLength(5);
        configurationBuilder.Properties<ReportingYear>().HaveConversion<ValueConverters.ReportingYearConverter>();
        configurationBuilder.Properties<TonnesCo2e>().HaveConversion<ValueConverters.TonnesConverter>().HavePrecision(20, 4);
        configurationBuilder.Properties<FigureLine>().HaveConversion<ValueConverters.FigureLineConverter>().HaveMaxLength(32);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TansoDb).Assembly);
}

/// <summary>Tanso on SQLite, with the SQLite migrations.</summary>
public sealed class SqliteTansoDb(DbContextOptions<SqliteTansoDb> options) : TansoDb(options);

/// <summary>Tanso on PostgreSQL, with the PostgreSQL migrations.</summary>
public sealed class PostgresTansoDb(DbContextOptions<PostgresTansoDb> options) : TansoDb(options);
