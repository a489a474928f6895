using Tanso.Core;

namespace Tanso.Core.Tests;

public sealed class StorableTextTests
{
    [Theory]
    [InlineData("부산광역시 2030 계획", -1)]
    [InlineData("줄\n바꿈\r\n과\t탭", -1)]
    [InlineData("이모지 🌱 한 쌍", -1)]
    [InlineData("부산\u0000사본", 2)]
    [InlineData("\u0007벨", 0)]
    public void FirstUnstorable_FindsNulControlsAndHalfSurrogates_AndPassesTabsLineBreaksAndPairs(string text, int expected) =>
        Assert.Equal(expected, StorableText.FirstUnstorable(text));

    [Fact]
    public void HalfASurrogatePair_IsUnstorable()
    {
        // Built at run time: an attribute argument would carry U+FFFD instead (metadata strings are UTF-8).
        Assert.Equal(3, StorableText.FirstUnstorable("반쪽 " + (char)0xD800));
        Assert.Equal(4, StorableText.FirstUnstorable("거꾸로 " + (char)0xDC00 + (char)0xD800));
        Assert.Equal(-1, StorableText.FirstUnstorable("쌍 " + (char)0xD83C + (char)0xDF31));
    }

    [Fact]
    public void Problem_NamesThePositionAndTheCodePoint_InBothLanguages()
    {
        var (ko, en) = StorableText.Problem("부산\u0000사본")!.Value;

        Assert.Equal("3번째 글자(U+0000)는 저장할 수 없는 문자입니다.", ko);
        Assert.Equal("character 3 (U+0000) cannot be stored.", en);
        Assert.Null(StorableText.Problem("부산 사본"));
    }
}
