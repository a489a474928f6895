using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace Tanso.Web.Infrastructure;

/// <summary>Settings of section <c>Uploads</c>.</summary>
internal sealed class UploadOptions
{
    /// <summary>The largest body of a request that carries no file (JSON, forms): 1 MiB unless configured.</summary>
    public long MaxRequestBytes { get; set; } = 1024 * 1024;
}

/// <summary>
/// Every request body has a limit: its endpoint's <c>[RequestSizeLimit]</c> (uploads) or <see cref="UploadOptions.MaxRequestBytes"/>.
/// A declared Content-Length above it is refused at once (413, the limit named) without reading the body; a body that
/// turns out longer is cut off by the server (Kestrel's per-request limit) or, where the host has none, by a counting stream.
/// </summary>
internal static class RequestBodyLimits
{
    public const string ItemKey = "tanso.body-limit";

    /// <summary>A workbook upload (plan tasks, progress, statistics): the workbook limit and room for the form's other fields.</summary>
    public const long Workbook = 11L * 1024 * 1024;

    /// <summary>Attachments or evidence files: ten files of 10 MB and the form's other fields.</summary>
    public const long Attachments = 101L * 1024 * 1024;

    public static IServiceCollection AddRequestBodyLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<UploadOptions>().Bind(configuration.GetSection("Uploads"))
            .Validate(o => o.MaxRequestBytes is >= 16 * 1024 and <= Attachments, "Uploads:MaxRequestBytes must lie between 16 KiB and 101 MiB.").ValidateOnStart();
        return services;
    }

    public static IApplicationBuilder UseRequestBodyLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize
            ?? context.RequestServices.GetRequiredService<IOptions<UploadOptions>>().Value.MaxRequestBytes;
        context.Items[ItemKey] = limit;
        if (context.Request.ContentLength > limit)
        {
            throw new BadHttpRequestException($"The request body is larger than {limit:N0} bytes.", StatusCodes.Status413PayloadTooLarge);
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }
        else
        {
            context.Request.Body = new LimitedBody(context.Request.Body, limit);
        }
        await next(context);
    });

    /// <summary>A request body that refuses to hand out more than the limit.</summary>
    private sealed class LimitedBody(Stream inner, long limit) : Stream
    {
        private long read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private int Count(int n)
        {
            read += n;
            return read > limit ? throw new BadHttpRequestException($"The request body is larger than {limit:N0} bytes.", StatusCodes.Status413PayloadTooLarge) : n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
