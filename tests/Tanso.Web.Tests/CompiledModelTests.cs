using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Tanso.Data;

namespace Tanso.Web.Tests;

/// <summary>
/// The app runs on the compiled model in <c>src/Tanso.Data/Compiled</c> (no model building at start-up). A schema or
/// mapping change that is not followed by regenerating it would make the app read and write with yesterday's model; these
/// tests compare the compiled model with the one the configurations build today, table by table and column by column.
/// </summary>
// Engine "Any": compares both engines' compiled models in every run, without a database.
[Trait("Engine", "Any")]
public partial class CompiledModelTests
{
    [Fact]
    public void TheCompiledSqliteModel_IsTheModelTheConfigurationsBuild()
    {
        using var built = new SqliteTansoDb(new DbContextOptionsBuilder<SqliteTansoDb>().UseSqlite("Data Source=:memory:").Options);
        using var compiled = new DatabaseConnection(DatabaseProvider.Sqlite, "Data Source=:memory:").Open();

        Assert.IsType<Tanso.Data.Compiled.Sqlite.SqliteTansoDbModel>(compiled.Model);
        AssertSameShape(built.Model, compiled.Model);
    }

    [Fact]
    public void TheCompiledPostgresModel_IsTheModelTheConfigurationsBuild()
    {
        const string nowhere = "Host=localhost;Database=tanso_model_only"; // never opened: only the model is read
        using var built = new PostgresTansoDb(new DbContextOptionsBuilder<PostgresTansoDb>().UseNpgsql(nowhere).Options);
        using var compiled = new DatabaseConnection(DatabaseProvider.Postgres, nowhere).Open();

        Assert.IsType<Tanso.Data.Compiled.Postgres.PostgresTansoDbModel>(compiled.Model);
        AssertSameShape(built.Model, compiled.Model);
    }

    // The app does not let Migrate compare the model with the migrations' snapshot at every start (DatabaseConnection):
    // this is where a mapping change without its migration is caught, on both engines.
    [Fact]
    public void TheSqliteMigrations_HaveNoPendingModelChanges()
    {
        using var built = new SqliteTansoDb(new DbContextOptionsBuilder<SqliteTansoDb>().UseSqlite("Data Source=:memory:").Options);
        Assert.NotEmpty(built.Database.GetMigrations());
        Assert.False(built.Database.HasPendingModelChanges(), "the model has changes no SQLite migration applies: add a migration (docs/development.md)");
    }

    [Fact]
    public void ThePostgresMigrations_HaveNoPendingModelChanges()
    {
        using var built = new PostgresTansoDb(new DbContextOptionsBuilder<PostgresTansoDb>().UseNpgsql("Host=localhost;Database=tanso_model_only").Options);
        Assert.NotEmpty(built.Database.GetMigrations());
        Assert.False(built.Database.HasPendingModelChanges(), "the model has changes no PostgreSQL migration applies: add a migration (docs/development.md)");
    }

    private static void AssertSameShape(IModel built, IModel compiled)
    {
        var expected = Shape(built);
        var actual = Shape(compiled);
        Assert.True(expected.Length > 10_000, "the shape lists every table and column"); // guards against an empty comparison
        if (expected != actual)
        {
            var differences = expected.Split('\n').Except(actual.Split('\n')).Take(10)
                .Select(line => $"configurations: '{line}'");
            var compiledOnly = actual.Split('\n').Except(expected.Split('\n')).Take(10).Select(line => $"compiled: '{line}'");
            Assert.Fail("The compiled model is out of date: regenerate it (docs/development.md, 'Compiled model'). Differences:\n"
                + string.Join("\n", differences.Concat(compiledOnly)));
        }
    }

    /// <summary>Everything about the model that decides what SQL is run and how rows become objects.</summary>
    private static string Shape(IModel model)
    {
        var text = new StringBuilder();
        foreach (var entity in model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            text.Append("entity ").Append(entity.Name).Append(" table=").Append(entity.GetTableName())
                .Append(" schema=").Append(entity.GetSchema()).Append(" base=").Append(entity.BaseType?.Name)
                .Append(" filters=").Append(entity.GetDeclaredQueryFilters().Count).Append('\n');
            var table = StoreObjectIdentifier.Create(entity, StoreObjectType.Table);
            foreach (var p in entity.GetProperties().OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                text.Append("  property ").Append(p.Name)
                    .Append(" column=").Append(table is { } t ? p.GetColumnName(t) : p.GetColumnName())
                    .Append(" clr=").Append(p.ClrType.Name)
                    // numeric(20) and numeric(20,0) are one type in PostgreSQL; the compiled model writes the scale only when not 0.
                    .Append(" store=").Append(ZeroScale().Replace(p.GetRelationalTypeMapping().StoreType, "($1)"))
                    .Append(" nullable=").Append(p.IsNullable)
                    .Append(" max=").Append(p.GetMaxLength())
                    .Append(" converter=").Append(p.GetValueConverter() is { } c ? $"{c.ModelClrType.Name}->{c.ProviderClrType.Name}" : "")
                    .Append(" compared-as=").Append(p.GetValueComparer().Type.Name)
                    .Append(" concurrency=").Append(p.IsConcurrencyToken)
                    .Append(" generated=").Append(p.ValueGenerated)
                    // The sentinel tells EF Core whether a key or generated value is set (an Id of 0 on a new row is).
                    .Append(" sentinel=").Append(p.IsKey() || p.IsForeignKey() || p.ValueGenerated != ValueGenerated.Never ? Sentinel(p) : "-")
                    .Append(" field=").Append(p.FieldInfo?.Name)
                    .Append(" shadow=").Append(p.IsShadowProperty()).Append('\n');
            }
            foreach (var key in entity.GetKeys().OrderBy(k => Names(k.Properties), StringComparer.Ordinal))
            {
                text.Append("  key ").Append(Names(key.Properties)).Append(" primary=").Append(key.IsPrimaryKey()).Append('\n');
            }
            foreach (var index in entity.GetIndexes().OrderBy(i => i.GetDatabaseName(), StringComparer.Ordinal))
            {
                text.Append("  index ").Append(index.GetDatabaseName()).Append(' ').Append(Names(index.Properties))
                    .Append(" unique=").Append(index.IsUnique).Append(" filter=").Append(index.GetFilter()).Append('\n');
            }
            foreach (var fk in entity.GetForeignKeys().OrderBy(f => Names(f.Properties) + f.PrincipalEntityType.Name, StringComparer.Ordinal))
            {
                text.Append("  foreign key ").Append(Names(fk.Properties)).Append(" -> ").Append(fk.PrincipalEntityType.Name)
                    .Append(" delete=").Append(fk.DeleteBehavior).Append(" required=").Append(fk.IsRequired)
                    .Append(" unique=").Append(fk.IsUnique).Append(" ownership=").Append(fk.IsOwnership).Append('\n');
            }
            foreach (var nav in entity.GetNavigations().OrderBy(n => n.Name, StringComparer.Ordinal))
            {
                text.Append("  navigation ").Append(nav.Name).Append(" -> ").Append(nav.TargetEntityType.Name)
                    .Append(" collection=").Append(nav.IsCollection).Append(" field=").Append(nav.FieldInfo?.Name)
                    .Append(" access=").Append(nav.GetPropertyAccessMode()).Append('\n');
            }
            foreach (var complex in entity.GetComplexProperties().OrderBy(c => c.Name, StringComparer.Ordinal))
            {
                text.Append("  complex ").Append(complex.Name).Append(' ').Append(complex.ComplexType.ClrType.Name).Append('\n');
            }
        }
        return text.ToString();
    }

    private static string Sentinel(IReadOnlyProperty p) => p.Sentinel switch
    {
        null => "none",
        var v when p.ClrType.IsValueType && v.Equals(Activator.CreateInstance(p.ClrType)) => "default",
        var v => v.ToString() ?? "",
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"\((\d+),0\)")]
    private static partial System.Text.RegularExpressions.Regex ZeroScale();

    private static string Names(IEnumerable<IReadOnlyProperty> properties) => string.Join(",", properties.Select(p => p.Name));
}
