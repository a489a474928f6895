using Tanso.Core.Community;

namespace Tanso.Core.Checks;

/// <summary>
/// A file attached as evidence (증빙 파일) to a government's progress report on one task of a cycle. It belongs to the
/// cycle and the task, not to the task's report, so that evidence can be gathered before the report is written. The
/// bytes live in <see cref="EvidenceFileContent"/>, so that listing a cycle's evidence never loads them.
/// </summary>
public sealed class EvidenceFile
{
    /// <summary>How many files one task may hold in one cycle.</summary>
    public const int MaxPerTask = 10;

    /// <summary>A file about to be attached.</summary>
    public EvidenceFile(int cycleId, int taskId, string fileName, string contentType, byte[] content, DateTime uploadedUtc, string uploadedBy)
    {
        ArgumentNullException.ThrowIfNull(content);
        (CycleId, TaskId) = (cycleId, taskId);
        FileName = TextRules.Require(fileName, 200, "file name");
        ContentType = TextRules.Require(contentType, 100, "content type");
        Length = content.Length;
        UploadedUtc = uploadedUtc;
        UploadedBy = TextRules.Optional(uploadedBy, 200, "uploader") ?? "";
        Content = new EvidenceFileContent(content);
    }

    private EvidenceFile()
    {
        FileName = "";
        ContentType = "";
        UploadedBy = "";
    }

    /// <summary>Identity.</summary>
    public int Id { get; private set; }

    /// <summary>The cycle.</summary>
    public int CycleId { get; private set; }

    /// <summary>The plan task (never an area) the file is evidence for.</summary>
    public int TaskId { get; private set; }

    /// <summary>The name it was uploaded under, cleaned (Korean kept).</summary>
    public string FileName { get; private set; }

    /// <summary>The content type decided from the allowed extension, not the client's word.</summary>
    public string ContentType { get; private set; }

    /// <summary>Size in bytes.</summary>
    public long Length { get; private set; }

    /// <summary>When it was uploaded (UTC).</summary>
    public DateTime UploadedUtc { get; private set; }

    /// <summary>Who uploaded it, as their name was shown then.</summary>
    public string UploadedBy { get; private set; }

    /// <summary>The bytes (loaded only for a download).</summary>
    public EvidenceFileContent? Content { get; private set; }

    /// <summary>Why no evidence file of the cycle can be added or removed now, or null when they can: evidence is part of
    /// the progress report, so it changes exactly while progress does (<see cref="CheckCycle.AcceptsProgress"/>).</summary>
    public static (string Ko, string En)? Locked(CheckCycle cycle)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        return cycle.AcceptsProgress ? null
            : ($"'{CheckCycle.Korean(cycle.Stage)}' 단계에서는 증빙 파일을 올리거나 지울 수 없습니다. 증빙은 실적과 같이 '{CheckCycle.Korean(CheckStage.Reporting)}' 단계까지만 고칩니다.",
                $"Evidence files cannot be added or removed once the cycle is in {cycle.Stage}: like progress, evidence changes only until reporting ends.");
    }

    /// <summary>Why <paramref name="adding"/> more files are too many for a task holding <paramref name="attached"/>
    /// (at most <see cref="MaxPerTask"/>), or null when they fit.</summary>
    public static (string Ko, string En)? TooMany(int attached, int adding) => attached + adding > MaxPerTask
        ? ($"한 과제의 증빙 파일은 {MaxPerTask}개까지입니다(지금 {attached}개, 올린 파일 {adding}개).", $"A task holds at most {MaxPerTask} evidence files (it has {attached}, {adding} uploaded).")
        : null;
}

/// <summary>The bytes of an <see cref="EvidenceFile"/>.</summary>
public sealed class EvidenceFileContent(byte[] bytes)
{
    /// <summary>The file's id.</summary>
    public int FileId { get; private set; }

    /// <summary>The file's bytes.</summary>
    public byte[] Bytes { get; private set; } = bytes;
}
