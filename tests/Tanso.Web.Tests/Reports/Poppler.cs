using System.Buffers.Binary;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Tanso.Web.Tests.Reports;

/// <summary>Reads PDFs the way a person would check them, with Debian's poppler-utils: text, fonts, page images.</summary>
public static class Poppler
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The PDF's text, laid out as on the page (<c>pdftotext -layout</c>).</summary>
    public static Task<string> TextAsync(string pdf) => RunAsync("pdftotext", "-layout", "-enc", "UTF-8", pdf, "-");

    /// <summary>The fonts the PDF uses (<c>pdffonts</c>): name, type, embedded, and mapped to Unicode (text extractable).</summary>
    public static async Task<IReadOnlyList<(string Name, string Type, bool Embedded, bool Unicode)>> FontsAsync(string pdf)
    {
        // name, type (one or two words), encoding, then the fixed tail: emb sub uni object ID.
        var lines = (await RunAsync("pdffonts", pdf)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2);
        return [.. lines
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(f => (f[0], string.Join(' ', f[1..^6]), f[^5] == "yes", f[^3] == "yes"))];
    }

    /// <summary>
    /// The font families named in the PDF's font descriptors. Chromium (Skia) embeds OpenType-CFF fonts such
    /// as Noto Sans CJK as Type 3 fonts, which pdffonts lists as "[none]"; their descriptors still say which
    /// font the glyphs came from, and Skia writes those dictionaries uncompressed.
    /// </summary>
    public static IReadOnlySet<string> FontFamilies(byte[] pdf) =>
        Regex.Matches(Encoding.Latin1.GetString(pdf), @"/FontFamily \(([^)]*)\)").Select(m => m.Groups[1].Value).ToHashSet();

    /// <summary>Renders page 1 to <paramref name="pngWithoutExtension"/>.png (<c>pdftoppm -png</c>) and returns its path.</summary>
    public static async Task<string> FirstPagePngAsync(string pdf, string pngWithoutExtension, int dpi)
    {
        await RunAsync("pdftoppm", "-png", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", "1", "-l", "1", "-singlefile", pdf, pngWithoutExtension);
        return pngWithoutExtension + ".png";
    }

    /// <summary>Every word with its page's size and its box, in points (<c>pdftotext -bbox</c>): where the text really lies.</summary>
    public static async Task<IReadOnlyList<(int Page, double PageWidth, double PageHeight, string Word, double XMin, double XMax)>> WordsAsync(string pdf)
    {
        var html = await RunAsync("pdftotext", "-bbox", "-enc", "UTF-8", pdf, "-");
        var words = new List<(int, double, double, string, double, double)>();
        var (page, width, height) = (0, 0d, 0d);
        foreach (Match m in Regex.Matches(html, @"<page width=""([\d.]+)"" height=""([\d.]+)"">|<word xMin=""([\d.]+)"" yMin=""[\d.]+"" xMax=""([\d.]+)"" yMax=""[\d.]+"">([^<]*)</word>"))
        {
            if (m.Groups[1].Success)
            {
                (page, width, height) = (page + 1, Num(m.Groups[1].Value), Num(m.Groups[2].Value));
            }
            else
            {
                words.Add((page, width, height, System.Net.WebUtility.HtmlDecode(m.Groups[5].Value), Num(m.Groups[3].Value), Num(m.Groups[4].Value)));
            }
        }
        return words;

        static double Num(string s) => double.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Width and height from a PNG's header, after checking its signature.</summary>
    public static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.True(png.AsSpan(0, 8).SequenceEqual(PngSignature), "not a PNG");
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    /// <summary>The share of page 1's pixels, rendered in grey at a low resolution, darker than light grey: 0 for a blank page.</summary>
    public static async Task<double> InkOnFirstPageAsync(string pdf)
    {
        var root = Path.Combine(Path.GetTempPath(), "tanso-ink-" + Guid.NewGuid().ToString("N"));
        await RunAsync("pdftoppm", "-gray", "-r", "30", "-f", "1", "-l", "1", "-singlefile", pdf, root);
        try
        {
            // PGM: "P5 <width> <height> <max>" separated by whitespace, one byte of grey per pixel after it.
            var bytes = await File.ReadAllBytesAsync(root + ".pgm");
            var (fields, offset) = (new List<string>(), 0);
            while (fields.Count < 4)
            {
                while (char.IsWhiteSpace((char)bytes[offset])) { offset++; }
                var start = offset;
                while (!char.IsWhiteSpace((char)bytes[offset])) { offset++; }
                fields.Add(Encoding.ASCII.GetString(bytes, start, offset - start));
            }
            var pixels = bytes.AsSpan(offset + 1);
            Assert.Equal("P5", fields[0]);
            var dark = 0;
            foreach (var grey in pixels)
            {
                if (grey < 200) { dark++; }
            }
            return (double)dark / pixels.Length;
        }
        finally
        {
            File.Delete(root + ".pgm");
        }
    }

    private static async Task<string> RunAsync(string tool, params string[] args)
    {
        var path = "/usr/bin/" + tool;
        Assert.True(File.Exists(path), $"{path} is missing: install Debian's poppler-utils (./test.sh does, as root).");
        var start = new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', args)} failed: {await error}");
        return await output;
    }
}
