using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Tanso.Core.Inventory;
using Tanso.Data;
using Tanso.Data.Auditing;
using Tanso.Data.Inventory;

namespace Tanso.Cli;

/// <summary><c>tanso inventory edition …</c> (supersede, withdraw, delete, list) and <c>tanso inventory alias …</c> (the sector mapping table).</summary>
internal static class InventoryEditionCommands
{
    public static Command Editions(CliContext context)
    {
        var list = new Command("list", "List editions with guidelines and status (판 목록)");
        list.SetAction(async (parse, ct) =>
        {
            await using var db = await context.OpenMigratedAsync(ct);
            var editions = await db.InventoryEditions.AsNoTracking().OrderBy(e => e.PublishedOn).ToListAsync(ct);
            var codes = editions.ToDictionary(e => e.Id, e => e.Code);
            var table = new Table().AddColumns("code", "name", "published", "guidelines", "status");
            foreach (var e in editions)
            {
                var status = e.IsWithdrawn ? $"withdrawn {e.WithdrawnUtc:yyyy-MM-dd}: {e.WithdrawnReason}"
                    : e.SupersededById is { } by ? $"superseded by {codes[by]}" : e.IsSample ? "sample" : e.IsProvisional ? "provisional" : "in force";
                table.AddRow(Markup.Escape(e.Code), Markup.Escape(e.NameKo), e.PublishedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), e.Guidelines.Label(), Markup.Escape(status));
            }
            context.Console.Write(table);
            return 0;
        });

        var code = new Argument<string>("code") { Description = "The edition's code" };
        var by = new Option<string>("--by") { Description = "The newer edition's code", Required = true };
        var supersede = new Command("supersede", "Mark an edition as superseded by a newer one; its history stays (판 대체)") { code, by };
        supersede.SetAction(async (parse, ct) =>
        {
            await using var db = await OpenAsync(context, ct);
            var (_, refusal) = await EditionLifecycle.SupersedeAsync(db, parse.GetValue(code)!, parse.GetValue(by)!, ct);
            return Done(context, refusal, $"'{parse.GetValue(code)}' is superseded by '{parse.GetValue(by)}'.");
        });

        var reason = new Option<string>("--reason") { Description = "Why the edition is withdrawn", Required = true };
        var withdraw = new Command("withdraw", "Withdraw an edition with a reason; it is never current again (판 철회)") { code, reason };
        withdraw.SetAction(async (parse, ct) =>
        {
            await using var db = await OpenAsync(context, ct);
            var (_, refusal) = await EditionLifecycle.WithdrawAsync(db, parse.GetValue(code)!, parse.GetValue(reason)!, ct);
            return Done(context, refusal, $"'{parse.GetValue(code)}' is withdrawn.");
        });

        var delete = new Command("delete", "Delete an edition and its values, unless a plan, check or figure uses it (판 삭제)") { code };
        delete.SetAction(async (parse, ct) =>
        {
            await using var db = await OpenAsync(context, ct);
            var refusal = await EditionLifecycle.DeleteAsync(db, parse.GetValue(code)!, ct);
            return Done(context, refusal, $"'{parse.GetValue(code)}' is deleted.");
        });
        return new Command("edition", "Inventory editions: supersede, withdraw, delete (인벤토리 판)") { list, supersede, withdraw, delete };
    }

    public static Command Aliases(CliContext context)
    {
        var list = new Command("list", "List the sector mapping table (부문 대응표)");
        list.SetAction(async (parse, ct) =>
        {
            await using var db = await context.OpenMigratedAsync(ct);
            var table = new Table().AddColumns("scheme", "key", "maps to", "top code", "added", "note");
            foreach (var a in await db.SectorAliases.AsNoTracking().OrderBy(a => a.Scheme).ThenBy(a => a.Id).ToListAsync(ct))
            {
                table.AddRow(a.Scheme, Markup.Escape(a.Key), a.MapsTo, a.TopCode, a.AddedByAdministrator ? "administrator" : "shipped", Markup.Escape(a.Note));
            }
            context.Console.Write(table);
            return 0;
        });
        var key = new Argument<string>("key") { Description = "The name or code as published" };
        var mapsTo = new Argument<string>("maps-to") { Description = "A sector code (power, industry…), mixed, total, net, subtotal, memo or code:X" };
        var scheme = new Option<string>("--scheme") { Description = "name (default), nir, ipcc1996, ipcc2006 or energy", DefaultValueFactory = _ => "name" };
        var top = new Option<string?>("--top-code") { Description = "For a sector name: the category number its sub-codes hang from" };
        var note = new Option<string?>("--note") { Description = "Why, or where the name comes from" };
        var add = new Command("add", "Add a name or code to the sector mapping table (대응표에 추가)") { key, mapsTo, scheme, top, note };
        add.SetAction(async (parse, ct) =>
        {
            await using var db = await OpenAsync(context, ct);
            var (_, refusal) = await SectorAliases.AddAsync(db, parse.GetValue(scheme)!, parse.GetValue(key)!, parse.GetValue(mapsTo)!, parse.GetValue(top), parse.GetValue(note), ct);
            return Done(context, refusal, $"'{parse.GetValue(key)}' now maps to '{parse.GetValue(mapsTo)}'.");
        });
        return new Command("alias", "The sector mapping table (부문 대응표)") { list, add };
    }

    private static async Task<TansoDb> OpenAsync(CliContext context, CancellationToken ct)
    {
        var db = await context.OpenMigratedAsync(ct);
        db.Actor = () => new AuditActor(null, "cli:" + Environment.UserName);
        return db;
    }

    private static int Done(CliContext context, (string Ko, string En)? refusal, string message)
    {
        if (refusal is { } r)
        {
            context.Console.MarkupLineInterpolated($"[red]error:[/] {r.Ko} / {r.En}");
            return 1;
        }
        context.Console.MarkupLineInterpolated($"{message}");
        return 0;
    }
}
