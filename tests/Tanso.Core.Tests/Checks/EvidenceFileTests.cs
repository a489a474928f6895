using Tanso.Core.Checks;

namespace Tanso.Core.Tests.Checks;

public sealed class EvidenceFileTests
{
    private static CheckCycle InStage(CheckStage stage)
    {
        var cycle = new CheckCycle(planId: 5, CheckPeriod.OfYear(2024));
        for (var s = CheckStage.Open + 1; s <= stage; s++)
        {
            cycle.MoveTo(s);
        }
        return cycle;
    }

    [Theory]
    [InlineData(CheckStage.Open, true)]
    [InlineData(CheckStage.Reporting, true)]
    [InlineData(CheckStage.Evaluation, false)]
    [InlineData(CheckStage.CommitteeReview, false)]
    [InlineData(CheckStage.Published, false)]
    public void EvidenceChanges_ExactlyWhileProgressDoes(CheckStage stage, bool changes)
    {
        var cycle = InStage(stage);

        var locked = EvidenceFile.Locked(cycle);

        Assert.Equal(changes, locked is null);
        Assert.Equal(cycle.AcceptsProgress, locked is null);
        if (locked is { } why)
        {
            Assert.Contains(CheckCycle.Korean(stage), why.Ko, StringComparison.Ordinal);
            Assert.Contains(stage.ToString(), why.En, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(0, 10, true)]
    [InlineData(9, 1, true)]
    [InlineData(10, 0, true)]
    [InlineData(10, 1, false)]
    [InlineData(0, 11, false)]
    [InlineData(6, 5, false)]
    public void ATask_HoldsAtMostTenFiles(int attached, int adding, bool fits)
    {
        var tooMany = EvidenceFile.TooMany(attached, adding);

        Assert.Equal(fits, tooMany is null);
        if (tooMany is { } why)
        {
            Assert.Contains($"지금 {attached}개, 올린 파일 {adding}개", why.Ko, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AFile_KnowsItsSize_AndKeepsItsBytesApart()
    {
        var bytes = new byte[] { 0x25, 0x50, 0x44, 0x46, 1, 2 };

        var file = new EvidenceFile(3, 7, "  실적 증빙.pdf ", "application/pdf", bytes, new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc), "김담당");

        Assert.Equal("실적 증빙.pdf", file.FileName);
        Assert.Equal(6, file.Length);
        Assert.Equal(bytes, file.Content!.Bytes);
        Assert.Equal((3, 7, "김담당"), (file.CycleId, file.TaskId, file.UploadedBy));
        Assert.Throws<ArgumentException>(() => new EvidenceFile(3, 7, " ", "application/pdf", bytes, new DateTime(2026, 11, 16, 1, 0, 0, DateTimeKind.Utc), "김담당"));
    }
}
