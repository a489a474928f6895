namespace Tanso.Core.Checks;

/// <summary>A task's reported progress (추진 상황).</summary>
public enum TaskProgressStatus
{
    /// <summary>정상추진: on track.</summary>
    OnTrack,

    /// <summary>지연: delayed.</summary>
    Delayed,

    /// <summary>완료: done.</summary>
    Done,

    /// <summary>중단: dropped.</summary>
    Dropped,
}

/// <summary>Names and ordering of <see cref="TaskProgressStatus"/>.</summary>
public static class TaskProgressStatusNames
{
    /// <summary>정상추진, 지연, 완료 or 중단.</summary>
    public static string Korean(this TaskProgressStatus status) => status switch
    {
        TaskProgressStatus.OnTrack => "정상추진",
        TaskProgressStatus.Delayed => "지연",
        TaskProgressStatus.Done => "완료",
        _ => "중단",
    };

    /// <summary>on track, delayed, done or dropped.</summary>
    public static string English(this TaskProgressStatus status) => status switch
    {
        TaskProgressStatus.OnTrack => "on track",
        TaskProgressStatus.Delayed => "delayed",
        TaskProgressStatus.Done => "done",
        _ => "dropped",
    };

    /// <summary>How good a status is, for comparing months: 중단 0 &lt; 지연 1 &lt; 정상추진 2 &lt; 완료 3.</summary>
    public static int Rank(this TaskProgressStatus status) => status switch
    {
        TaskProgressStatus.Dropped => 0,
        TaskProgressStatus.Delayed => 1,
        TaskProgressStatus.OnTrack => 2,
        _ => 3,
    };
}
