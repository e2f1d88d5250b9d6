// SPDX-License-Identifier: MIT
using SourceExposure.Analyzers.Shared;

namespace SourceExposure.Tests.Shared;

/// <summary>
/// The one credential vocabulary (Shared/CredentialNames, Shared/CredentialValues) and its policy per rule: SE1004 and
/// SE1005 read the name a literal is assigned to, SE4001 the name a value is compared with.
/// </summary>
public sealed class CredentialNamesTests
{
    [Theory]
    [InlineData("password", "Password")]
    [InlineData("DB_PASSWORD", "Password")]
    [InlineData("smtpPass", "Password")]
    [InlineData("用户密码", "Password")]
    [InlineData("x-api-key", "Generated")]
    [InlineData("APIKey", "Generated")]
    [InlineData("awsSecretAccessKey", "Generated")]
    [InlineData("PrivateKey", "Generated")]
    [InlineData("connectionString", "None")]
    [InlineData("passThrough", "None")]
    [InlineData("keyboard", "None")]
    [InlineData("PasswordLabel", "None")]
    [InlineData("TokenEndpoint", "None")]
    public void ClassifyAssigned_SE1004Reading(string name, string expected)
        => Assert.Equal(expected, CredentialNames.ClassifyAssigned(name, out _).ToString());

    [Theory]
    [InlineData("password", "Secret")]
    [InlineData("Password", "Secret")]
    [InlineData("adminPwd", "Secret")]
    [InlineData("X-Api-Key", "Secret")]
    [InlineData("api_key", "Secret")]
    [InlineData("accessToken", "Secret")]
    [InlineData("MASTER_KEY", "Secret")]
    [InlineData("verificationCode", "Secret")]
    [InlineData("userName", "Identity")]
    [InlineData("login", "Identity")]
    [InlineData("tokenType", "Excluded")]
    [InlineData("passwordLength", "Excluded")]
    [InlineData("userRole", "Excluded")]
    [InlineData("key", "None")]
    [InlineData("bypass", "None")]
    [InlineData("command", "None")]
    public void ClassifyCompared_SE4001Reading(string name, string expected)
        => Assert.Equal(expected, CredentialNames.ClassifyCompared(name).ToString());

    public static TheoryData<TestSecret, bool> CandidateValues => new()
    {
        { "", true },
        { "  ", true },
        { "Bearer", true },
        { "active", true },
        { "X-Api-Key", true },
        { "letmein-2024", false },
        { "admin123", false },
    };

    [Theory]
    [MemberData(nameof(CandidateValues))]
    public void IsBenignValue_StatusesAndHeaderNames(TestSecret value, bool expected)
        => Assert.Equal(expected, CredentialValues.IsBenignValue(value.Value));

    /// <summary>The words both readings share name a secret in both.</summary>
    [Fact]
    public void SecretWords_AreSecretsInBothReadings()
    {
        foreach (var word in CredentialNames.SecretWords)
        {
            Assert.Equal(CredentialKind.Secret, CredentialNames.ClassifyCompared(word));
            Assert.NotEqual(CredentialClass.None, CredentialNames.ClassifyAssigned(word + "_value", out _));
        }
    }

    /// <summary>Where the readings differ, by policy: a PIN or passcode compared with a literal is a back door; assigned, it is not judged.</summary>
    [Theory]
    [InlineData("pin")]
    [InlineData("passcode")]
    [InlineData("otp")]
    [InlineData("adminPin")]
    [InlineData("userPasscode")]
    public void ComparedOnlyWords_AreSecretsWhenComparedOnly(string name)
    {
        Assert.Equal(CredentialKind.Secret, CredentialNames.ClassifyCompared(name));
        Assert.Equal(CredentialClass.None, CredentialNames.ClassifyAssigned(name, out _));
    }
}
