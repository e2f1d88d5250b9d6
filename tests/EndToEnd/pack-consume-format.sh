#!/usr/bin/env bash
# End-to-end test of the SourceExposure.Analyzers package, used the way a customer uses it:
#   1. dotnet pack into a local folder feed, with a unique version (no stale NuGet cache can answer);
#   2. a throw-away console project in a temp dir adds the package with `dotnet add package` from that feed;
#   3. dotnet build reports SE1002 with its help link; the package's build props/targets reach the compiler;
#   4. `dotnet_diagnostic.SE1002.severity = error` in .editorconfig fails the build (non-zero exit);
#   5. <SourceExposureMode>strict</SourceExposureMode> in the project file fails the build;
#   6. approved exceptions: `source-exposure exceptions add --all` (the CLI, built from this repository) writes
#      SourceExposure.exceptions.json, the package's suppressor makes `dotnet build` clean, the file is not copied to
#      the output; with the expiry moved into the past the build shows SE1002 again with SE0002;
#   7. `dotnet format analyzers --diagnostics SE1002` applies the code fix and the build then passes.
# Prints one PASS/FAIL line per check; exits non-zero if any check fails. Needs only the .NET SDK.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 MSBUILDTERMINALLOGGER=off

# The consumer must read as product code: a folder named like a test ("e2e", "tests") within two levels of the project
# makes the rules treat it as test code (docs/configuration.md, "Kinds of code"), and SE1002 would rightly stay quiet.
work="$(mktemp -d "${TMPDIR:-/tmp}/se-consumer.XXXXXX")"
cleanup() { rm -rf "$work"; }
trap cleanup EXIT

version="0.1.0-e2e.$(date -u +%Y%m%d%H%M%S).$$"
feed="$work/feed"
consumer="$work/consumer"
proj="$consumer/Consumer.csproj"
help_link="https://github.com/source-exposure/SourceExposure/blob/main/docs/rules/SE1002.md"
failures=0
started=$SECONDS

pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
show_log() { echo "----- last lines of $1 -----"; tail -n 40 "$1" | sed 's/^/  | /'; echo "-----"; }

# check <description> <log> <command...>: PASS if the command succeeds, else FAIL and show the log.
check() {
  local description="$1" log="$2"
  shift 2
  if "$@"; then pass "$description"; else fail "$description"; [ -f "$log" ] && show_log "$log"; fi
}

# build <log> [extra args...]: a full rebuild of the consumer; returns dotnet's exit code.
build() {
  local log="$1"
  shift
  set +e
  dotnet build "$proj" --no-incremental -tl:off "$@" >"$log" 2>&1
  local rc=$?
  set -e
  return $rc
}

echo "== SourceExposure end-to-end: pack, consume, configure, format (version $version)"

# The consumer gets its own package cache: the test sees exactly the package just packed, and leaves nothing behind.
export NUGET_PACKAGES="$work/packages"

# 1. Pack ------------------------------------------------------------------------------------------------------
if dotnet pack "$repo/src/SourceExposure.CodeFixes/SourceExposure.CodeFixes.csproj" -c Release -o "$feed" \
     -p:Version="$version" -tl:off >"$work/pack.log" 2>&1 \
   && [ -f "$feed/SourceExposure.Analyzers.$version.nupkg" ]; then
  pass "dotnet pack created SourceExposure.Analyzers.$version.nupkg"
else
  fail "dotnet pack did not create SourceExposure.Analyzers.$version.nupkg"
  show_log "$work/pack.log"
  exit 1
fi

# 2. A throw-away consumer ----------------------------------------------------------------------------------------
mkdir -p "$consumer/Keys"
# The local feed is added next to the machine's default sources (no <clear/>), as a customer's nuget.config would be.
cat >"$consumer/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="source-exposure-e2e" value="$feed" />
  </packageSources>
</configuration>
XML
cat >"$proj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup>
    <EmbeddedResource Include="Keys/signing.pem" />
    <None Update="appsettings.json" CopyToOutputDirectory="PreserveNewest" />
  </ItemGroup>
</Project>
XML
# A signing key pasted into a string literal: the SE1002 finding. The body is base64 of "not a real key" text.
cat >"$consumer/Program.cs" <<'CS'
namespace Consumer;

internal static class Program
{
    private static readonly string SigningKey = "-----BEGIN PRIVATE KEY-----\nU291cmNlRXhwb3N1cmUgZW5kLXRvLWVuZCB0ZXN0LiBOT1QgQSBSRUFMIEtFWS4g\nU291cmNlRXhwb3N1cmUgZW5kLXRvLWVuZCB0ZXN0LiBOT1QgQSBSRUFMIEtFWS4g\nU291cmNlRXhwb3N1cmUgZW5kLXRvLWVuZCB0ZXN0LiBOT1QgQSBSRUFMIEtFWS4g\n-----END PRIVATE KEY-----\n";

    private static int Main() => SigningKey is null ? 1 : 0;
}
CS
printf '{ "Service": { "Endpoint": "https://service.example.com/" } }\n' >"$consumer/appsettings.json"
printf -- '-----BEGIN CERTIFICATE-----\nMIIBfake\n-----END CERTIFICATE-----\n' >"$consumer/Keys/signing.pem"

if dotnet add "$proj" package SourceExposure.Analyzers --version "$version" >"$work/add.log" 2>&1; then
  pass "dotnet add package SourceExposure.Analyzers --version $version (from the local feed)"
else
  fail "dotnet add package SourceExposure.Analyzers"
  show_log "$work/add.log"
  exit 1
fi
# developmentDependency=true makes NuGet mark the reference private, so it never flows to the consumer's dependants.
check "the added PackageReference is private (developmentDependency)" "$proj" grep -q '<PrivateAssets>all</PrivateAssets>' "$proj"

pkg_dir="$NUGET_PACKAGES/sourceexposure.analyzers/$version"
for file in analyzers/dotnet/cs/SourceExposure.Analyzers.dll analyzers/dotnet/cs/SourceExposure.CodeFixes.dll \
            build/SourceExposure.Analyzers.props build/SourceExposure.Analyzers.targets \
            buildTransitive/SourceExposure.Analyzers.props buildTransitive/SourceExposure.Analyzers.targets \
            globalconfigs/strict.globalconfig schemas/SourceExposure.exceptions.schema.json PACKAGE.md; do
  check "package contains $file" /dev/null test -f "$pkg_dir/$file"
done

# 3. Default build: a warning with its help link -----------------------------------------------------------------
log="$work/build-default.log"
if build "$log"; then pass "default build succeeds (SE1002 is a warning by default)"; else fail "default build failed"; show_log "$log"; fi
check "default build reports warning SE1002 on Program.cs" "$log" grep -Eq 'Program\.cs\([0-9]+,[0-9]+\): warning SE1002' "$log"
check "SE1002 carries its help link $help_link" "$log" grep -qF "$help_link" "$log"
check "the key body is not printed in the build output" "$log" bash -c '! grep -q "U291cmNlRXhwb3N1cmUgZW5kLXRvLWVuZCB0ZXN0" "$0"' "$log"

editorconfig_generated="$(find "$consumer/obj" -name '*.GeneratedMSBuildEditorConfig.editorconfig' | head -n 1)"
check "build props make SourceExposureMode visible to the analyzers" "$editorconfig_generated" \
  grep -q '^build_property.SourceExposureMode = ' "$editorconfig_generated"
# additional_file <file name> <item type>: the generated config has a section for the file with that item type.
additional_file() { grep -A1 -F "/$1]" "$editorconfig_generated" | grep -q "^build_metadata.AdditionalFiles.SourceExposureItemType = $2\$"; }
check "EmbeddedResource Keys/signing.pem reaches the analyzers as an AdditionalFile" "$editorconfig_generated" \
  additional_file Keys/signing.pem EmbeddedResource
check "None appsettings.json reaches the analyzers as an AdditionalFile" "$editorconfig_generated" \
  additional_file appsettings.json None
# no_shipped_files_passed: with SourceExposureScanEmbeddedFiles=false the package adds no AdditionalFiles.
no_shipped_files_passed() {
  dotnet msbuild "$proj" -p:SourceExposureScanEmbeddedFiles=false -t:SourceExposureCollectShippedFiles \
    -getItem:AdditionalFiles >"$work/scan-off.json" 2>&1 && ! grep -q 'signing.pem\|appsettings.json' "$work/scan-off.json"
}
check "SourceExposureScanEmbeddedFiles=false passes no shipped files" "$work/scan-off.json" no_shipped_files_passed

# 4. .editorconfig raises SE1002 to error ------------------------------------------------------------------------
printf 'root = true\n\n[*.cs]\ndotnet_diagnostic.SE1002.severity = error\n' >"$consumer/.editorconfig"
log="$work/build-editorconfig-error.log"
if build "$log"; then fail "build with dotnet_diagnostic.SE1002.severity = error should fail but exited 0"; show_log "$log"
else pass "dotnet_diagnostic.SE1002.severity = error fails the build (exit non-zero)"; fi
check "the failing build reports error SE1002" "$log" grep -Eq 'Program\.cs\([0-9]+,[0-9]+\): error SE1002' "$log"
rm "$consumer/.editorconfig"

# 5. Strict mode from the project file ---------------------------------------------------------------------------
cp "$proj" "$work/Consumer.csproj.orig"
sed -i 's|<Nullable>enable</Nullable>|<Nullable>enable</Nullable>\n    <SourceExposureMode>strict</SourceExposureMode>|' "$proj"
log="$work/build-strict.log"
if build "$log"; then fail "build with SourceExposureMode=strict should fail but exited 0"; show_log "$log"
else pass "<SourceExposureMode>strict</SourceExposureMode> in the project fails the build (exit non-zero)"; fi
check "strict mode reports error SE1002" "$log" grep -Eq 'Program\.cs\([0-9]+,[0-9]+\): error SE1002' "$log"
# The shipped strict config sits below the team's own global configs: a project .globalconfig still decides.
printf 'is_global = true\ndotnet_diagnostic.SE1002.severity = warning\n' >"$consumer/.globalconfig"
log="$work/build-strict-team-override.log"
if build "$log"; then pass "in strict mode a team .globalconfig can still set SE1002 back to warning"
else fail "a team .globalconfig did not override the strict config"; show_log "$log"; fi
rm "$consumer/.globalconfig"
cp "$work/Consumer.csproj.orig" "$proj"

# 6. Approved exceptions through the CLI ------------------------------------------------------------------------------
cli_dll="$work/cli/SourceExposure.Cli.dll"
if dotnet build "$repo/src/SourceExposure.Cli/SourceExposure.Cli.csproj" -c Release -o "$work/cli" -tl:off >"$work/cli-build.log" 2>&1; then
  pass "built the source-exposure CLI"
else
  fail "could not build the source-exposure CLI"; show_log "$work/cli-build.log"
fi
today="$(date -u +%Y-%m-%d)"
in_90_days="$(date -u -d '+90 days' +%Y-%m-%d)"
exceptions="$consumer/SourceExposure.exceptions.json"
log="$work/exceptions-add.log"
if dotnet "$cli_dll" exceptions add "$consumer" --all --reason "end-to-end test" --approver "E2E Approver" \
     --expires "$in_90_days" --ticket E2E-15 >"$log" 2>&1 && [ -f "$exceptions" ]; then
  pass "source-exposure exceptions add --all wrote SourceExposure.exceptions.json"
else
  fail "source-exposure exceptions add --all"; show_log "$log"
fi
check "the exceptions file accepts the SE1002 finding of Program.cs" "$exceptions" \
  grep -q '"path": "Program.cs"' "$exceptions"
check "the exceptions file holds no key material" "$exceptions" bash -c '! grep -q "BEGIN PRIVATE KEY\|U291cmNl" "$0"' "$exceptions"
log="$work/build-exceptions-live.log"
if build "$log" -v:n; then pass "build with live exceptions succeeds"; else fail "build with live exceptions failed"; show_log "$log"; fi
check "with live exceptions the build reports no SE1xxx-SE5xxx warning" "$log" bash -c '! grep -Eq "warning SE[1-5][0-9]{3}" "$0"' "$log"
check "the exceptions file is not copied to the build output" "$consumer" \
  bash -c '! find "$0/bin" -name SourceExposure.exceptions.json | grep -q .' "$consumer"
editorconfig_generated="$(find "$consumer/obj" -name '*.GeneratedMSBuildEditorConfig.editorconfig' | head -n 1)"
check "the exceptions file reaches the analyzers as an AdditionalFile (Exceptions)" "$editorconfig_generated" \
  additional_file SourceExposure.exceptions.json Exceptions
# Move every expiry into the past (approval further back, so the entries stay valid).
sed -i -E "s/\"approved\": \"[0-9-]+\"/\"approved\": \"2020-01-01\"/; s/\"expires\": \"[0-9-]+\"/\"expires\": \"2020-06-30\"/" "$exceptions"
log="$work/build-exceptions-expired.log"
build "$log" || true
check "with the expiry in the past the build reports SE0002 on Program.cs" "$log" \
  grep -Eq 'Program\.cs\([0-9]+,[0-9]+\): warning SE0002: .*expired on 2020-06-30 \(approved by E2E Approver\)' "$log"
check "with the expiry in the past SE1002 is reported again" "$log" grep -Eq 'Program\.cs\([0-9]+,[0-9]+\): warning SE1002' "$log"
log="$work/scan-exceptions-expired.log"
set +e; dotnet "$cli_dll" scan "$consumer" --no-reports >"$log" 2>&1; rc=$?; set -e
check "source-exposure scan exits 1 on the expired exception (exit $rc)" "$log" test "$rc" -eq 1
# A broken file is one SE0004, never a crash.
printf '{ "exceptions": [ { "rule": "SE1002" } ] }\n' >"$exceptions"
log="$work/build-exceptions-malformed.log"
build "$log" || true
check "a malformed entry is reported as SE0004 naming the file and entry" "$log" \
  grep -Eq "warning SE0004: Exceptions file '.*SourceExposure.exceptions.json', entry 1 \(SE1002\)" "$log"
check "a malformed exceptions file causes no analyzer crash (AD0001)" "$log" bash -c '! grep -q "AD0001" "$0"' "$log"
rm "$exceptions"
echo "   (exceptions checked on $today)"

# 7. dotnet format applies the SE1002 code fix; the build then passes with SE1002 still an error -----------------
printf 'root = true\n\n[*.cs]\ndotnet_diagnostic.SE1002.severity = error\n' >"$consumer/.editorconfig"
before="$(cksum <"$consumer/Program.cs")"
log="$work/format.log"
if dotnet format analyzers "$proj" --diagnostics SE1002 --severity warn -v:n >"$log" 2>&1; then
  pass "dotnet format analyzers --diagnostics SE1002 ran"
else
  fail "dotnet format analyzers --diagnostics SE1002 exited non-zero"; show_log "$log"
fi
check "the code fix changed Program.cs" "$log" test "$before" != "$(cksum <"$consumer/Program.cs")"
check "Program.cs now reads the key from the environment" "$consumer/Program.cs" \
  grep -q 'Environment.GetEnvironmentVariable("' "$consumer/Program.cs"
check "no private key is left in Program.cs" "$consumer/Program.cs" bash -c '! grep -q "BEGIN PRIVATE KEY" "$0"' "$consumer/Program.cs"
log="$work/build-after-format.log"
if build "$log"; then pass "after the fix the build passes with SE1002 still an error"
else fail "build after dotnet format failed"; show_log "$log"; fi
check "after the fix the build reports no SE1002" "$log" bash -c '! grep -q "SE1002" "$0"' "$log"
[ "$failures" -eq 0 ] || { echo "----- Program.cs after dotnet format -----"; cat "$consumer/Program.cs"; }

elapsed=$((SECONDS - started))
if [ "$failures" -eq 0 ]; then
  echo "== END-TO-END PASSED: pack, consume, configure and format all work (${elapsed}s)"
else
  echo "== END-TO-END FAILED: $failures check(s) failed (${elapsed}s)"
  exit 1
fi
