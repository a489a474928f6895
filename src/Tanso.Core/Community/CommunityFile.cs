namespace Tanso.Core.Community;

/// <summary>
/// An attachment of a news post or a good practice. The bytes live in <see cref="CommunityFileContent"/>, so that
/// listing an item's attachments never loads them; the web tier is stateless, so files are kept in the database.
/// </summary>
public sealed class CommunityFile
{
    /// <summary>A file about to be attached.</summary>
    public CommunityFile(string fileName, string contentType, byte[] content, DateTime uploadedUtc)
    {
        FileName = TextRules.Require(fileName, 200, "file name");
        ContentType = TextRules.Require(contentType, 100, "content type");
        Length = content.Length;
        UploadedUtc = uploadedUtc;
        Content = new CommunityFileContent(content);
    }

    private CommunityFile()
    {
        FileName = "";
        ContentType = "";
    }

    /// <summary>Identity.</summary>
    public int Id { get; private set; }

    /// <summary>The news post it belongs to, if any.</summary>
    public int? NewsPostId { get; private set; }

    /// <summary>The good practice it belongs to, if any.</summary>
    public int? GoodPracticeId { get; private set; }

    /// <summary>The name it was uploaded under, cleaned (Korean kept).</summary>
    public string FileName { get; private set; }

    /// <summary>The content type decided from the allowed extension, not the client's word.</summary>
    public string ContentType { get; private set; }

    /// <summary>Size in bytes.</summary>
    public long Length { get; private set; }

    /// <summary>When it was uploaded.</summary>
    public DateTime UploadedUtc { get; private set; }

    /// <summary>The bytes (loaded only for a download).</summary>
    public CommunityFileContent? Content { get; private set; }
}

/// <summary>The bytes of a <see cref="CommunityFile"/>.</summary>
public sealed class CommunityFileContent(byte[] bytes)
{
    /// <summary>The file's id.</summary>
    public int FileId { get; private set; }

    /// <summary>The file's bytes.</summary>
    public byte[] Bytes { get; private set; } = bytes;
}
