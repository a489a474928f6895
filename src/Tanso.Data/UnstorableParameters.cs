using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Tanso.Data;

/// <summary>
/// Refuses a command whose text parameter holds a character no database keeps (<see cref="Core.StorableText"/>): a
/// NUL in a route value, query or search makes PostgreSQL fail the query ("invalid byte sequence 0x00") where SQLite
/// answers, so the same request would be a 500 on one engine. The refusal is an <see cref="UnstorableTextException"/>,
/// answered as a 400 naming the parameter. Saves are checked earlier, per property (<see cref="TansoDb"/>).
/// </summary>
public sealed class UnstorableParameters : DbCommandInterceptor
{
    public static readonly UnstorableParameters Instance = new();

    private UnstorableParameters()
    {
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Check(command, result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Check(command, result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Check(command, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Check(command, result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Check(command, result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Check(command, result));

    private static T Check<T>(DbCommand command, T result)
    {
        foreach (DbParameter parameter in command.Parameters)
        {
            if (parameter.Value is string text && Core.StorableText.Problem(text) is { } problem)
            {
                throw new UnstorableTextException("query", Name(parameter.ParameterName), problem.Ko, problem.En);
            }
        }
        return result;
    }

    // EF Core names a captured variable "@__code_0" (or "@code"): the caller knows it as "code".
    private static string Name(string parameter)
    {
        var name = parameter.TrimStart('@', '$', ':').TrimStart('_');
        var end = name.LastIndexOf('_');
        return end > 0 && int.TryParse(name.AsSpan(end + 1), out _) ? name[..end] : name;
    }
}
