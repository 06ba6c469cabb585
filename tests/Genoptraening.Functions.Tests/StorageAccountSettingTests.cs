using Microsoft.Extensions.Configuration;
using Xunit;

namespace Genoptraening.Functions.Tests;

/// <summary>The app reaches its storage account as the Functions host does: a connection string locally, its managed identity in Azure.</summary>
public sealed class StorageAccountSettingTests
{
    [Fact]
    public void AccountName_ReachesTheAccountsPublicEndpointsWithTheIdentity()
    {
        var account = CourseWorkflowRegistration.Account(Settings((AppSettingKeys.StorageAccountName, "stgenoptraeningprod")));

        Assert.Equal(new Uri("https://stgenoptraeningprod.table.core.windows.net/"), account.Tables(new()).Uri);
        Assert.Equal(new Uri("https://stgenoptraeningprod.queue.core.windows.net/"), account.Queues(new()).Uri);
    }

    [Fact]
    public void ConnectionString_IsUsedWhenSet_AsAzuriteLocally()
    {
        var account = CourseWorkflowRegistration.Account(Settings(
            (AppSettingKeys.StorageConnection, "UseDevelopmentStorage=true"), (AppSettingKeys.StorageAccountName, "stgenoptraeningprod")));

        Assert.Equal("devstoreaccount1", account.Tables(new()).AccountName);
        Assert.Equal(new Uri("http://127.0.0.1:10001/devstoreaccount1"), account.Queues(new()).Uri);
    }

    [Fact]
    public void NeitherSetting_StopsTheAppNamingBoth()
    {
        var error = Assert.Throws<InvalidOperationException>(() => CourseWorkflowRegistration.Account(Settings()));

        Assert.Contains(AppSettingKeys.StorageConnection, error.Message, StringComparison.Ordinal);
        Assert.Contains(AppSettingKeys.StorageAccountName, error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Settings(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();
}
