using System.Text.RegularExpressions;

namespace Tanso.Web.Tests.Site;

/// <summary>
/// Tanso has no resource files: every UI string is written in both languages where it is used, as
/// <c>T("한국어", "English")</c> or <c>Loc("한국어", "English")</c>. This reads the web project's sources and checks each
/// pair as a resource comparison would: both sides present, the Korean side Korean, the English side free of Hangul.
/// </summary>
// Engine "Any": reads the source files, not the database.
[Trait("Engine", "Any")]
public sealed partial class BilingualStringsTests
{
    [Fact]
    public void EveryUiStringPair_HasAKoreanAndAnEnglishSide()
    {
        var problems = new List<string>();
        var pairs = 0;
        foreach (var file in Sources())
        {
            var source = File.ReadAllText(file);
            foreach (Match m in Pair().Matches(source))
            {
                pairs++;
                // Korean names quoted in the English text ('이행과제', a workbook's sheet) or glossed in brackets ("Cities (시)") are
                // the names a reader meets in the file or the law, not untranslated UI.
                var (ko, en) = (Holes().Replace(m.Groups["ko"].Value, ""), Glosses().Replace(Holes().Replace(m.Groups["en"].Value, ""), ""));
                var line = source[..m.Index].Count(c => c == '\n') + 1;
                var where = $"{Path.GetFileName(file)}:{line}";
                if (Hangul().IsMatch(en))
                {
                    problems.Add($"{where}: the English side holds Korean: \"{m.Groups["en"].Value}\"");
                }
                if (!Hangul().IsMatch(ko) && ko != en && Letters().IsMatch(ko))
                {
                    problems.Add($"{where}: the Korean side is not Korean: \"{m.Groups["ko"].Value}\"");
                }
                if (ko.Trim().Length == 0 && en.Trim().Length > 0)
                {
                    problems.Add($"{where}: no Korean for \"{m.Groups["en"].Value}\"");
                }
            }
        }
        Assert.True(pairs > 1000, $"only {pairs} string pairs found: has the T(\"…\", \"…\") convention changed?");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void TheCheck_FindsAPairWhoseEnglishSideIsKorean()
    {
        var leaked = Pair().Match("T(\"저장\", \"저장\")");

        Assert.True(leaked.Success);
        Assert.Matches(Hangul(), leaked.Groups["en"].Value);
    }

    private static IEnumerable<string> Sources()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Tanso.slnx")))
        {
            dir = dir.Parent;
        }
        var web = Path.Combine(dir!.FullName, "src", "Tanso.Web");
        return Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains("node_modules", StringComparison.Ordinal));
    }

    // T("…", "…"), T($"…", $"…"), Loc("…", "…") and new("…", "…") column titles; the strings may span lines.
    [GeneratedRegex(@"\b(?:T|Loc)\(\s*\$?""(?<ko>(?:[^""\\]|\\.)*)""\s*,\s*\$?""(?<en>(?:[^""\\]|\\.)*)""\s*\)")]
    private static partial Regex Pair();

    // Interpolation holes ({v.Year}, {x:0.##}) hold code, not words.
    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex Holes();

    [GeneratedRegex(@"[\uAC00-\uD7A3\u3131-\u318E]")]
    private static partial Regex Hangul();

    [GeneratedRegex(@"'[\uAC00-\uD7A3·\s]+'|\([\uAC00-\uD7A3·\s]+\)")]
    private static partial Regex Glosses();

    [GeneratedRegex(@"[A-Za-z]{3,}")]
    private static partial Regex Letters();
}
