using System.Text;
using CsCheck;
using Tanso.Data.Tabular;
using Tanso.Web.Checks;
using Tanso.Web.Plans;

namespace Tanso.Web.Tests.Fuzz;

/// <summary>
/// Seeded fuzzing of every upload parser: random bytes, random CSV text and mutated real workbooks. A parser may
/// refuse (a problem, <see cref="InvalidDataException"/> or <see cref="UploadLimitExceededException"/>) but never
/// fail otherwise. 8,000 inputs per run (a fixed count, a few seconds).
/// </summary>
// Engine "Any": the file readers run before any SQL; the same fixed inputs give the same answers on either engine.
[Trait("Engine", "Any")]
public sealed class ParserFuzzTests
{
    private static readonly byte[] Template = PlanWorkbook.Template();

    public const int CsvInputs = 3_000, WorkbookInputs = 3_000, ByteInputs = 2_000;

    /// <summary>Inputs per run: each mutated workbook goes to three readers but counts once.</summary>
    public const int Inputs = CsvInputs + WorkbookInputs + ByteInputs;

    private static void Refuses(Action read)
    {
        try
        {
            read();
        }
        catch (InvalidDataException)
        {
            // includes a refusal for unreadable content
        }
        catch (UploadLimitExceededException)
        {
            // a limit named
        }
    }

    private static readonly Gen<string> Csv = Gen.OneOf(
        Gen.String[Gen.Char["a,;\"\r\n 0123456789.eE+-NaN가"], 0, 400],
        Gen.Select(Gen.Decimal, Gen.Double, (m, d) => $"code,value\n1-1,{m}\n1-2,{d.ToString(System.Globalization.CultureInfo.InvariantCulture)}\n"));

    private static readonly Gen<byte[]> MutatedWorkbook = Gen.Select(Gen.Int[0, Template.Length - 1].Array[1, 8], Gen.Byte.Array[8], (at, with) =>
    {
        var copy = (byte[])Template.Clone();
        for (var i = 0; i < at.Length; i++)
        {
            copy[at[i]] = with[i];
        }
        return copy;
    });

    [Fact]
    public void RandomCsvText_IsReadOrRefused_NeverAnotherFailure() =>
        Csv.SampleFixed(text => Refuses(() => _ = BoundedTable.Read("fuzz.csv", Encoding.UTF8.GetBytes(text), UploadLimits.Workbook).Rows.Count()), iter: CsvInputs);

    [Fact]
    public void MutatedWorkbooks_AreReadOrRefused_ByEveryWorkbookReader() =>
        MutatedWorkbook.SampleFixed(bytes =>
        {
            Refuses(() => _ = BoundedTable.Rows("fuzz.xlsx", bytes, UploadLimits.Workbook).Count());
            Refuses(() => PlanWorkbook.Read("fuzz.xlsx", bytes));
            Refuses(() => CheckWorkbook.Read("fuzz.xlsx", bytes));
        }, iter: WorkbookInputs);

    [Fact]
    public void RandomBytes_NamedXlsx_AreRefused_NeverAnotherFailure() =>
        Gen.Byte.Array[0, 600].Select(b => b.Length > 4 ? [(byte)'P', (byte)'K', 3, 4, .. b] : b)
            .SampleFixed(bytes => Refuses(() => _ = BoundedTable.Rows("fuzz.xlsx", bytes, UploadLimits.Workbook).Count()), iter: ByteInputs);
}
