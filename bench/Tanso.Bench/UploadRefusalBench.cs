using System.Diagnostics;
using Tanso.Data.Tabular;
using Tanso.Web.Tests.Fuzz;

namespace Tanso.Bench;

/// <summary>
/// How fast a hostile workbook is refused, and what reading it allocates: the bombs of the fuzz tests (the same
/// generator, linked from tests/) read by the bounded reader with the workbook and the inventory limits. Target: each
/// refused within 1 s with the workbook limits and 2 s with the inventory limits, under 32 MB allocated (the
/// tests assert the limit named and the memory bound; time is measured here, not in a unit test).
/// </summary>
internal static class UploadRefusalBench
{
    public static int Run(int repeats)
    {
        var bombs = new (string Name, Func<byte[]> Make, UploadLimits Limits, double TargetMs)[]
        {
            ("dimension (workbook limits)", BombFiles.Dimension, UploadLimits.Workbook, 1000),
            ("2,000,000 rows (workbook limits)", () => BombFiles.Rows(2_000_000), UploadLimits.Workbook, 1000),
            ("200 MB zip (workbook limits)", () => BombFiles.Zip(200), UploadLimits.Workbook, 1000),
            ("100,000-deep XML (workbook limits)", () => BombFiles.Deep(100_000), UploadLimits.Workbook, 1000),
            ("dimension (inventory limits)", BombFiles.Dimension, UploadLimits.Inventory, 2000),
            ("1,200,000 rows (inventory limits)", () => BombFiles.Rows(1_200_000), UploadLimits.Inventory, 2000),
            ("1 MB cell (inventory limits)", () => BombFiles.Zip(1), UploadLimits.Inventory, 2000),
        };
        var missed = 0;
        Console.WriteLine($"{"bomb",-38} {"bytes",12} {"limit",-20} {"median ms",10} {"max ms",8} {"allocated MB",13}  target");
        foreach (var (name, make, limits, target) in bombs)
        {
            var file = make();
            var times = new List<double>();
            string limit = "";
            long allocated = 0;
            for (var i = 0; i < repeats; i++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var clock = Stopwatch.StartNew();
                try
                {
                    _ = BoundedTable.Rows("bomb.xlsx", file, limits).Count();
                    limit = "(not refused)";
                }
                catch (UploadLimitExceededException e)
                {
                    limit = e.Limit;
                }
                times.Add(clock.Elapsed.TotalMilliseconds);
                allocated = Math.Max(allocated, GC.GetAllocatedBytesForCurrentThread() - before);
            }
            times.Sort();
            var median = times[times.Count / 2];
            var met = median < target && limit != "(not refused)";
            missed += met ? 0 : 1;
            Console.WriteLine($"{name,-38} {file.Length,12:N0} {limit,-20} {median,10:N0} {times[^1],8:N0} {allocated / 1048576.0,13:N1}  {(met ? "met" : "MISSED")} (< {target:N0} ms)");
        }
        return missed == 0 ? 0 : 1;
    }
}
