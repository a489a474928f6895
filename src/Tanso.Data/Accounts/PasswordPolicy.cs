namespace Tanso.Data.Accounts;

/// <summary>
/// The password rule after NIST SP 800-63B §5.1.1.2: at least <see cref="MinLength"/> characters, at most
/// <see cref="MaxLength"/>, not a commonly used password and not the account's own e-mail address or name — and no
/// composition rules (no required digit, capital or symbol), which make passwords harder to remember, not to guess.
/// </summary>
public static class PasswordPolicy
{
    /// <summary>Shortest accepted password.</summary>
    public const int MinLength = 12;

    /// <summary>Longest accepted password (NIST asks for at least 64; a bound keeps hashing cheap).</summary>
    public const int MaxLength = 256;

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    /// <summary>Why <paramref name="password"/> is refused for the account, as (Korean, English), or null.</summary>
    public static (string Ko, string En)? Refusal(string? password, string? email, string? displayName)
    {
        password ??= "";
        if (password.Length < MinLength)
        {
            return ($"비밀번호는 {MinLength}자 이상이어야 합니다.", $"A password needs at least {MinLength} characters.");
        }
        if (password.Length > MaxLength)
        {
            return ($"비밀번호는 {MaxLength}자 이하여야 합니다.", $"A password may have at most {MaxLength} characters.");
        }
        if (IsCommon(password))
        {
            return ("널리 쓰여 추측하기 쉬운 비밀번호입니다. 다른 비밀번호를 고르십시오.", "This password is commonly used and easy to guess; choose another.");
        }
        var local = email?.Split('@')[0];
        if (Same(password, email) || Same(password, local) || Same(password, displayName?.Trim()))
        {
            return ("이메일이나 이름을 비밀번호로 쓸 수 없습니다.", "A password cannot be your e-mail address or name.");
        }
        return null;
    }

    private static bool Same(string password, string? other) => other is { Length: > 0 } && password.Equals(other, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the password is on the shipped list of common passwords (any case).</summary>
    public static bool IsCommon(string password) => Common.Value.Contains(password.ToLowerInvariant());

    /// <summary>How many passwords the shipped list holds.</summary>
    public static int CommonCount => Common.Value.Count;

    private static HashSet<string> Load()
    {
        using var stream = typeof(PasswordPolicy).Assembly.GetManifestResourceStream("Tanso.Data.Accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                set.Add(line.ToLowerInvariant());
            }
        }
        return set;
    }
}
