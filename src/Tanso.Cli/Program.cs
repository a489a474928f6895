using Spectre.Console;
using Tanso.Cli;

return await TansoCli.RunAsync(args, AnsiConsole.Console, Environment.CurrentDirectory);
