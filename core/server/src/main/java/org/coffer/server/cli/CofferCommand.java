package org.coffer.server.cli;

import picocli.CommandLine.Command;

@Command(name = "coffer", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Income management and reporting for councils.",
        subcommands = {ServeCommand.class, ImportCommand.class, ImportsCommand.class, PluginsCommand.class,
                DemoCommand.class, GenerateCommand.class, BenchCommand.class, UsersCommand.class, TokensCommand.class,
                AuditCommand.class, ReferenceCommand.class, FundsCommand.class, ReportCommand.class,
                ExportCommand.class, ExportsCommand.class, PeriodsCommand.class})
final class CofferCommand {
}
