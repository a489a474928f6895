namespace Tanso.Core.Governments;

/// <summary>
/// A name a government had until <paramref name="ValidTo"/> (인천광역시 남구 became 미추홀구 on 2018-07-01; 강원도 became
/// 강원특별자치도 on 2023-06-11). A figure of an earlier year is shown under the name of its time.
/// </summary>
/// <param name="NameKo">Korean name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="ValidTo">Last day the name was in use.</param>
/// <param name="Source">Where the change is documented.</param>
public sealed record FormerName(string NameKo, string NameEn, DateOnly ValidTo, string Source);
