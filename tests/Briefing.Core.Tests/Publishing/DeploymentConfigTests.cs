using Briefing.Testing;
using YamlDotNet.RepresentationModel;

namespace Briefing.Core.Tests.Publishing;

/// <summary>netlify.toml, the CI workflow and the README's "Publishing on Netlify" section say the same thing.</summary>
public class DeploymentConfigTests
{
    private static readonly NetlifyConfig Netlify = NetlifyConfig.Load();

    private static string Readme => File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

    private static YamlMappingNode Workflow()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Root, ".github", "workflows", "ci.yml"))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlMappingNode Map(YamlNode node, string key) => (YamlMappingNode)((YamlMappingNode)node).Children[new YamlScalarNode(key)];

    private static string? Scalar(YamlNode node, string key) =>
        ((YamlMappingNode)node).Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    private static List<YamlMappingNode> Steps(string job) =>
        ((YamlSequenceNode)Map(Map(Workflow(), "jobs"), job).Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>().ToList();

    [Fact]
    public void Netlify_build_command_and_publish_folder_are_the_ones_the_readme_gives()
    {
        Assert.Equal("output", Netlify.Publish);
        Assert.Contains($"| build command | `{Netlify.BuildCommand}`", Readme, StringComparison.Ordinal);
        Assert.Contains($"| publish directory | `{Netlify.Publish}` |", Readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_deploy_context_builds_for_its_own_url_with_the_script_in_the_repository()
    {
        Assert.Equal("bash .ci/netlify-build.sh \"$URL\"", Netlify.ContextCommand("production"));
        Assert.Equal("bash .ci/netlify-build.sh \"$DEPLOY_PRIME_URL\"", Netlify.ContextCommand("deploy-preview"));
        Assert.Equal("bash .ci/netlify-build.sh \"$DEPLOY_PRIME_URL\"", Netlify.ContextCommand("branch-deploy"));
        Assert.Contains("\"$DEPLOY_PRIME_URL\"", Readme, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, ".ci", "netlify-build.sh")));
    }

    [Fact]
    public void Netlify_build_installs_the_sdk_global_json_names_when_dotnet_is_missing()
    {
        var script = File.ReadAllText(Path.Combine(RepoPaths.Root, ".ci", "netlify-build.sh"));

        Assert.Contains("command -v dotnet", script, StringComparison.Ordinal);
        Assert.Contains("dotnet-install.sh --jsonfile global.json", script, StringComparison.Ordinal);
        Assert.Contains("build --base-url \"$base_url\"", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Csp_allows_scripts_and_styles_only_from_the_site_and_never_inline()
    {
        var csp = Netlify.HeadersFor("/briefings/x/")["Content-Security-Policy"];

        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        foreach (var header in new[] { "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy" })
        {
            Assert.True(Netlify.HeadersFor("/").ContainsKey(header), $"{header} is not set for every path");
        }
    }

    [Fact]
    public void Every_built_file_gets_one_cache_policy_long_for_hashed_assets_short_for_the_rest()
    {
        foreach (var file in Published.RenderRepository().Files)
        {
            var path = "/" + (file.Path.EndsWith("index.html", StringComparison.Ordinal) ? file.Path[..^"index.html".Length] : file.Path);
            var cache = Netlify.HeadersFor(path).GetValueOrDefault("Cache-Control");
            if (path.StartsWith("/assets/", StringComparison.Ordinal))
            {
                Assert.Equal("public, max-age=31536000, immutable", cache);
            }
            else
            {
                // None means Netlify's default, "public, max-age=0, must-revalidate"; two joined values would hold a second "max-age".
                Assert.True(cache is null || (cache.Split("max-age").Length == 2 && cache.Contains("max-age=300", StringComparison.Ordinal)), $"{path}: Cache-Control '{cache}'");
            }
        }
    }

    [Fact]
    public void Netlify_serves_the_404_page_for_missing_urls()
    {
        var redirect = ((List<Dictionary<string, object>>)Netlify.Root["redirects"]).Single();

        Assert.Equal("/*", redirect["from"]);
        Assert.Equal("/404.html", redirect["to"]);
        Assert.Equal(404L, redirect["status"]);
        Assert.True(Published.RenderRepository().Has("404.html"));
    }

    [Fact]
    public void Workflow_checks_pull_requests_and_pushes_to_main()
    {
        var on = Map(Workflow(), "on");

        Assert.True(on.Children.ContainsKey(new YamlScalarNode("pull_request")));
        var branches = (YamlSequenceNode)Map(on, "push").Children[new YamlScalarNode("branches")];
        Assert.Equal(["main"], branches.Children.Select(b => ((YamlScalarNode)b).Value));
    }

    [Fact]
    public void Workflow_tests_then_checks_and_builds_with_the_native_binary_it_compares_with_dotnet_run()
    {
        var runs = Steps("check").Select(s => Scalar(s, "run")).OfType<string>().ToList();
        int IndexOf(string text) => runs.FindIndex(r => r.Contains(text, StringComparison.Ordinal));

        int[] order = [IndexOf("dotnet restore"), IndexOf("dotnet test"), IndexOf(".ci/publish-binary.sh artifacts/aot"),
            IndexOf("artifacts/aot/briefing check"), IndexOf("artifacts/aot/briefing build"), IndexOf(".ci/steps/40-native-binary.sh")];
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public void Netlify_builds_with_the_native_binary_the_readme_publishes()
    {
        var script = File.ReadAllText(Path.Combine(RepoPaths.Root, ".ci", "netlify-build.sh"));
        var publish = File.ReadAllText(Path.Combine(RepoPaths.Root, ".ci", "publish-binary.sh"));

        Assert.Contains("bash .ci/publish-binary.sh artifacts/aot", script, StringComparison.Ordinal);
        Assert.Contains("briefing=(artifacts/aot/briefing)", script, StringComparison.Ordinal);
        var command = "dotnet publish src/Briefing.Cli -c Release -r linux-x64 -p:PublishAot=true -o";
        Assert.Contains(command, publish, StringComparison.Ordinal);
        Assert.Contains(command + " artifacts/aot", Readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Workflow_publishes_the_publish_folder_on_main_with_the_two_secrets_the_readme_names()
    {
        var publish = Map(Map(Workflow(), "jobs"), "publish");
        var deploy = Steps("publish").Single(s => Scalar(s, "name") == "Deploy");
        var env = Map(deploy, "env");

        Assert.Equal("check", Scalar(publish, "needs"));
        Assert.Contains("refs/heads/main", Scalar(publish, "if"), StringComparison.Ordinal);
        Assert.Contains($"--dir={Netlify.Publish}", Scalar(deploy, "run"), StringComparison.Ordinal);
        foreach (var secret in new[] { "NETLIFY_AUTH_TOKEN", "NETLIFY_SITE_ID" })
        {
            Assert.Equal($"${{{{ secrets.{secret} }}}}", Scalar(env, secret));
            Assert.Contains($"`{secret}`", Readme, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Mini_toml_reads_arrays_of_tables_with_their_sub_tables_and_escaped_strings()
    {
        var toml = MiniToml.Parse("""
            [build]
              command = "run \"$URL\"" # comment
            [[headers]]
              for = "/a/*"
              [headers.values]
                X = 'one # not a comment'
            [[headers]]
              for = "/b"
              [headers.values]
                Y = "two"
            """);

        Assert.Equal("run \"$URL\"", ((Dictionary<string, object>)toml["build"])["command"]);
        var rules = (List<Dictionary<string, object>>)toml["headers"];
        Assert.Equal(2, rules.Count);
        Assert.Equal("one # not a comment", ((Dictionary<string, object>)rules[0]["values"])["X"]);
        Assert.Equal("/b", rules[1]["for"]);
    }
}
