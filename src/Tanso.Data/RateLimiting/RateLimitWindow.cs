namespace Tanso.Data.RateLimiting;

/// <summary>
/// One rate-limit partition's current window, kept in the database so that every web instance counts against the same
/// budget (N instances behind a proxy must not allow N times the limit). The key is a keyed hash, never an address.
/// </summary>
public sealed class RateLimitWindow
{
    /// <summary>The partition: a keyed hash of the client and the kind of form.</summary>
    public string Key { get; set; } = "";

    /// <summary>When the window began, in Unix milliseconds (it begins at a partition's first request, as the
    /// in-memory fixed-window limiter's does).</summary>
    public long StartedMs { get; set; }

    /// <summary>Requests counted in the window.</summary>
    public int Hits { get; set; }
}

/// <summary>A secret every instance shares, made once by whichever instance needs it first.</summary>
public sealed class SharedSecret
{
    /// <summary>What it is for.</summary>
    public string Name { get; set; } = "";

    /// <summary>The random bytes.</summary>
    public byte[] Value { get; set; } = [];
}
