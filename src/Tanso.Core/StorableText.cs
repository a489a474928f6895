namespace Tanso.Core;

/// <summary>
/// Text a database can keep. PostgreSQL refuses a NUL character in text and UTF-8 has no form for half a surrogate
/// pair, so such text would fail at the database (a 500 on one engine, silently altered on the other); control
/// characters other than tab and line breaks are never meant. Input is checked where it comes in and again when saved.
/// </summary>
public static class StorableText
{
    /// <summary>The index of the first character that cannot be stored, or -1 when every one can.</summary>
    public static int FirstUnstorable(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < ' ' && c is not ('\t' or '\n' or '\r'))
            {
                return i;
            }
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (char.IsSurrogate(c))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Why <paramref name="text"/> cannot be stored, in Korean and English; null when it can.</summary>
    public static (string Ko, string En)? Problem(ReadOnlySpan<char> text)
    {
        var at = FirstUnstorable(text);
        if (at < 0)
        {
            return null;
        }
        var code = $"U+{(int)text[at]:X4}";
        return ($"{at + 1}번째 글자({code})는 저장할 수 없는 문자입니다.", $"character {at + 1} ({code}) cannot be stored.");
    }
}
