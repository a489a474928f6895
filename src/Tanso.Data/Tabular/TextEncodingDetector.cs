using System.Text;

namespace Tanso.Data.Tabular;

/// <summary>How a CSV file's bytes are text: UTF-8 when a BOM says so or the bytes are valid UTF-8; otherwise CP949 (a
/// superset of EUC-KR), as Korean Excel saves CSV.</summary>
public static class TextEncodingDetector
{
    static TextEncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    /// <summary>The encoding, its name for messages, and the length of the byte-order mark to skip.</summary>
    public static (Encoding Encoding, string Name, int BomLength) Detect(byte[] content) => Detect(content, complete: true);

    /// <summary>As <see cref="Detect(byte[])"/>, from the first bytes of a longer file when <paramref name="complete"/> is
    /// false: a character cut at their end is not evidence against UTF-8.</summary>
    public static (Encoding Encoding, string Name, int BomLength) Detect(byte[] content, bool complete)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Encoding.UTF8, "UTF-8 with BOM", 3);
        }
        var length = content.Length;
        if (!complete)
        {
            var back = 0;
            while (back < 3 && length - back - 1 >= 0 && (content[length - back - 1] & 0xC0) == 0x80)
            {
                back++;
            }
            if (length - back - 1 >= 0 && content[length - back - 1] >= 0xC0)
            {
                length -= back + 1;
            }
        }
        try
        {
            StrictUtf8.GetCharCount(content, 0, length);
            return (Encoding.UTF8, "UTF-8", 0);
        }
        catch (DecoderFallbackException)
        {
            return (Encoding.GetEncoding(949), "CP949", 0);
        }
    }
}
