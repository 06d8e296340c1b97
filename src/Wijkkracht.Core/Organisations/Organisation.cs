using Wijkkracht.Core.Common;

namespace Wijkkracht.Core.Organisations;

/// <summary>A municipality (tenant). <see cref="GmCode"/> is the CBS municipality code, "GM" + 4 digits.</summary>
public sealed class Organisation : IVersioned, ITimestamped, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string Name { get; set; } = "";

    public string GmCode { get; set; } = "";

    /// <summary>When true every user of the organisation must use a TOTP second factor.</summary>
    public bool MfaRequired { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
