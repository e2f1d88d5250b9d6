// SPDX-License-Identifier: MIT
using System.Collections.Immutable;
using SourceExposure.Analyzers.Disclosure.Detection;
using SourceExposure.Analyzers.Shared;

namespace SourceExposure.Tests.Detection;

/// <summary>The Roslyn-free engines behind SE5001 and SE5002, which the CLI reuses (SE4001's credential vocabulary is in Shared/CredentialNamesTests).</summary>
public sealed class BackdoorDetectionTests
{
    [Theory]
    [InlineData("// TODO: remove backdoor", "TODO", "backdoor")]
    [InlineData("// fixme - Hard-Coded password", "FIXME", "hard-coded password")]
    [InlineData("/* HACK: skipping TLS checks */", "HACK", "skipping tls")]
    [InlineData("// XXX disable cert validation", "XXX", "disable cert")]
    [InlineData("// 临时：绕过登录", "临时", "绕过登录")]
    [InlineData("// TODO: the token is logged in plain text", "TODO", "token is logged in plain text")]
    [InlineData("// HACK: store the password in plaintext for now", "HACK", "password in plaintext")]
    [InlineData("// TODO バックドアを削除", "TODO", "バックドア")]
    public void WeaknessComments_Find(string comment, string marker, string word)
    {
        Assert.True(WeaknessComments.TryFind(comment, out var mention));
        Assert.Equal(marker, mention.Marker);
        Assert.Equal(word, mention.Word);
    }

    [Theory]
    [InlineData("// hash the password before storing")]
    [InlineData("// TODO: add paging")]
    [InlineData("// todos: the bypass lane")]
    [InlineData("// Licensed under MIT. TODO password")]
    [InlineData("// TEMPLATE password field")]
    [InlineData("// TODO Reset Password - Revisit this and create SPROC to reduce DB calls")]
    [InlineData("// TODO should values be parameters, rather than hardcoded into the SQL queries?")]
    [InlineData("// TODO: bypass the cache for large files")]
    [InlineData("// TODO: add password strength meter")]
    [InlineData("// TODO 密码强度校验")]
    public void WeaknessComments_NearMisses(string comment)
        => Assert.False(WeaknessComments.TryFind(comment, out _));

    [Theory]
    [InlineData("10.1.2.3", "PrivateIPv4", "10.1.2.3")]
    [InlineData("tcp://172.31.255.9:9000", "PrivateIPv4", "172.31.255.9")]
    [InlineData("[fd00::12]:443", "UniqueLocalIPv6", "fd00::12")]
    [InlineData("mail.intranet", "InternalHost", "mail.intranet")]
    [InlineData("http://jenkins:8080/", "SingleLabelHost", "jenkins")]
    [InlineData("ldap://dc01/ou=users", "SingleLabelHost", "dc01")]
    [InlineData(@"\\nas01\backups", "UncPath", @"\\nas01\backups")]
    public void InternalInfrastructure_Find(string value, string kind, string found)
    {
        Assert.True(InternalInfrastructure.TryFind(value, ImmutableArray<string>.Empty, singleLabelHosts: true, out var match));
        Assert.Equal(kind, match.Kind.ToString());
        Assert.Equal(found, match.Value);
    }

    [Theory]
    [InlineData("172.32.0.1")]
    [InlineData("192.169.0.1")]
    [InlineData("8.8.8.8")]
    [InlineData("127.0.0.1")]
    [InlineData("1.10.0.0.1")]
    [InlineData("256.10.0.1")]
    [InlineData("v10.0.0.1")]
    [InlineData("2001:db8::1")]
    [InlineData("fc00")]
    [InlineData("config.local.json")]
    [InlineData("https://example.com/")]
    [InlineData("http://localhost/")]
    [InlineData(@"\\.\pipe\name")]
    [InlineData("169.254.169.254")]
    [InlineData("FE80::1")]
    [InlineData("10.0.0.0/8")]
    [InlineData("192.168.1.1")]
    [InlineData("10.0.2.2")]
    [InlineData("fd00::1")]
    [InlineData("host.docker.internal")]
    [InlineData("redis.default.svc.cluster.local")]
    [InlineData("myapp://callback/path")]
    [InlineData("akka.tcp://sys@10.0.0.1:4053")]
    [InlineData("chrome-extension://abcdefghijklmnop/page.html")]
    public void InternalInfrastructure_NearMisses(string value)
        => Assert.False(InternalInfrastructure.TryFind(value, ImmutableArray<string>.Empty, singleLabelHosts: true, out _));
}
