using System.Security.Cryptography;
using System.Text;

namespace Tanso.Data.Accounts;

/// <summary>
/// A personal access token for API clients: scoped to some of its owner's governments, read-only or
/// read-write, with an expiry. Only a SHA-256 hash is stored; the token is shown once, at creation.
/// </summary>
public sealed class PersonalAccessToken
{
    /// <summary>Every token starts with this, so that it is recognisable in a leaked log.</summary>
    public const string Prefix = "tanso_";

    /// <summary>Identity.</summary>
    public int Id { get; set; }

    /// <summary>Owner.</summary>
    public string UserId { get; set; } = "";

    /// <summary>What the owner calls it, e.g. "부산 인벤토리 업로드 스크립트".</summary>
    public string Name { get; set; } = "";

    /// <summary>Hex SHA-256 of the token.</summary>
    public string TokenHash { get; set; } = "";

    /// <summary>The first characters, to recognise a token in a list.</summary>
    public string Hint { get; set; } = "";

    /// <summary>False for read-only tokens.</summary>
    public bool CanWrite { get; set; }

    /// <summary>Governments the token may act for (a subset of its owner's), comma-separated ids.</summary>
    public string GovernmentIds { get; set; } = "";

    /// <summary>Creation time (UTC).</summary>
    public DateTime CreatedUtc { get; set; }

    /// <summary>Expiry (UTC).</summary>
    public DateTime ExpiresUtc { get; set; }

    /// <summary>Set when revoked.</summary>
    public DateTime? RevokedUtc { get; set; }

    /// <summary>The governments as ids.</summary>
    public IReadOnlySet<int> Governments() =>
        GovernmentIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();

    /// <summary>Whether the token may be used at <paramref name="nowUtc"/>.</summary>
    public bool IsActive(DateTime nowUtc) => RevokedUtc is null && nowUtc < ExpiresUtc;

    /// <summary>A new random token (returned once) and its stored hash.</summary>
    public static (string Token, string Hash) Generate()
    {
        var token = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (token, Hash(token));
    }

    /// <summary>The stored form of a token.</summary>
    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
