using System.CommandLine;
using Genoptraening.Cli.Commands;

var root = new RootCommand("Genoptraening.Workflows: deadlines of rehabilitation courses (genoptræning).")
{
    CatalogCommand.Create(),
    SimulateCommand.Create(),
    QueueCommand.Create(),
};
return root.Parse(args).Invoke();
