import ArgumentParser

/// `prongsai` — the ITA cycle from the command line.
public struct ProngsaiCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "prongsai",
        abstract: "โปร่งใส — ผลการประเมิน ITA, มาตรการ และเอกสาร / the ITA cycle: scores, measures, documents.",
        subcommands: [
            ScoreCommand.self, ImportCommand.self, DraftCommand.self, ReportCommand.self, DemoCommand.self, ServeCommand.self,
            CriteriaCommand.self, WhatIfCommand.self,
            BackupCommand.self, RestoreCommand.self,
        ])

    public init() {}
}
