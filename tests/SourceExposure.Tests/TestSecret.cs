// SPDX-License-Identifier: MIT
using Xunit.Abstractions;

namespace SourceExposure.Tests;

/// <summary>
/// A fake secret passed to a theory. xUnit puts theory arguments into test names, and secrets never appear in full in
/// any output, test names included: this wrapper prints the redacted form while the test reads <see cref="Value"/>.
/// Serializable, so each data row is still discovered as its own test.
/// </summary>
public sealed class TestSecret : IXunitSerializable
{
    public TestSecret()
    {
        Value = string.Empty;
    }

    public TestSecret(string value) => Value = value;

    public string Value { get; private set; }

    public static implicit operator TestSecret(string value) => new(value);

    public override string ToString() => Analyzers.Redaction.Redact(Value);

    public void Deserialize(IXunitSerializationInfo info) => Value = info.GetValue<string>(nameof(Value));

    public void Serialize(IXunitSerializationInfo info) => info.AddValue(nameof(Value), Value);
}
