namespace Tanso.Data;

/// <summary>The database engine Tanso runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>Embedded SQLite file: the zero-configuration default.</summary>
    Sqlite,

    /// <summary>PostgreSQL: the production option, for several web instances against one server.</summary>
    Postgres,
}

/// <summary>The <c>Database</c> configuration section, shared by the web app and the CLI.</summary>
public sealed class DatabaseOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Database";

    /// <summary>Name of the connection string (<c>ConnectionStrings:Tanso</c>).</summary>
    public const string ConnectionStringName = "Tanso";

    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Folder of the SQLite file when no connection string is given.
    /// Default: <c>~/.local/share/tanso</c> (the user's local application-data folder).</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Apply migrations and seed reference data when the web app starts (default true).</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>The folder the default SQLite file lives in.</summary>
    public string ResolvedDataDirectory =>
        string.IsNullOrWhiteSpace(DataDirectory)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "tanso")
            : Path.GetFullPath(DataDirectory);

    /// <summary>
    /// The connection string to use: <paramref name="configured"/> when set; otherwise, for SQLite, a file
    /// <c>tanso.db</c> in <see cref="ResolvedDataDirectory"/> (created if missing).
    /// </summary>
    /// <exception cref="InvalidOperationException">PostgreSQL is selected without a connection string.</exception>
    public string ResolveConnectionString(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }
        if (Provider == DatabaseProvider.Postgres)
        {
            throw new InvalidOperationException(
                "Database:Provider is Postgres but ConnectionStrings:Tanso is empty. Set it, e.g. " +
                "ConnectionStrings__Tanso='Host=localhost;Database=tanso;Username=tanso;Password=…'.");
        }
        Directory.CreateDirectory(ResolvedDataDirectory);
        return $"Data Source={Path.Combine(ResolvedDataDirectory, "tanso.db")}";
    }
}
