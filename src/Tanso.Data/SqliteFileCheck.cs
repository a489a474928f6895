using Microsoft.Data.Sqlite;

namespace Tanso.Data;

/// <summary>
/// Checks, before SQLite opens it, that this process may write the database file and what SQLite creates beside it.
/// A file or folder it may only read made the app fail later in ways that name nothing useful: an unhandled "attempt
/// to write a readonly database" at start, every sign-in and save a 500 afterwards, and with write-ahead logging a
/// shared-memory file (tanso.db-shm) SQLite cannot extend can end the process with SIGBUS. The app refuses to start
/// instead, naming the file and what to do.
/// </summary>
public static class SqliteFileCheck
{
    /// <summary>Why the database of <paramref name="connectionString"/> cannot be used for writing, or null when it can
    /// (or when it is not a file: in memory, or opened read-only on purpose).</summary>
    public static string? Problem(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode is SqliteOpenMode.Memory or SqliteOpenMode.ReadOnly || builder.DataSource is "" or ":memory:")
        {
            return null;
        }
        var file = Path.GetFullPath(builder.DataSource);
        var folder = Path.GetDirectoryName(file)!;
        foreach (var path in new[] { file, file + "-wal", file + "-shm", file + "-journal" })
        {
            if (File.Exists(path) && !Writable(path))
            {
                return $"The database file {path} is read-only for this process (user {Environment.UserName}). Tanso writes to its database on every "
                    + "sign-in and save. Make the file writable by that user (for example chown or chmod it, or mount the volume read-write), "
                    + "or point Database:DataDirectory at a folder it may write. (데이터베이스 파일을 쓸 수 없습니다. 이 파일에 쓰기 권한을 주거나 "
                    + "Database:DataDirectory를 쓸 수 있는 폴더로 바꾸십시오.)";
            }
        }
        if (!FolderWritable(folder))
        {
            return $"The folder {folder} of the database {file} cannot be written by this process (user {Environment.UserName}). SQLite creates "
                + $"{Path.GetFileName(file)}-wal and {Path.GetFileName(file)}-shm beside the database while it runs. Make the folder writable by "
                + "that user (or mount it read-write), or point Database:DataDirectory at a folder it may write. (데이터베이스 폴더에 쓸 수 "
                + "없습니다. 폴더에 쓰기 권한을 주거나 Database:DataDirectory를 바꾸십시오.)";
        }
        return null;
    }

    private static bool Writable(string path)
    {
        try
        {
            using var _ = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            return true;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return false;
        }
    }

    private static bool FolderWritable(string folder)
    {
        var probe = Path.Combine(folder, $".tanso-write-check-{Environment.ProcessId}");
        try
        {
            using (new FileStream(probe, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
                return true;
            }
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return false;
        }
    }
}
