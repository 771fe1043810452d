import Foundation

/// Secrets of the whole installation's complaint channel, made once at random and kept in the database.
public struct ComplaintInstallation: Codable, Hashable, Sendable {
    /// One salt for every receipt. A per-case salt would force trying every case for each receipt typed,
    /// so the lookup would cost one slow KDF per stored case; one shared salt keeps it at one KDF in all,
    /// and still makes a stolen database useless for precomputed tables.
    public var receiptSalt: Data
    /// Fixed when the installation is first set up: every stored lookup depends on it.
    public var receiptCost: ScryptCost
    /// Signs the anonymous forms' tokens and seals follow-up tokens.
    public var formKey: Data

    public init(receiptSalt: Data, receiptCost: ScryptCost, formKey: Data) {
        self.receiptSalt = receiptSalt
        self.receiptCost = receiptCost
        self.formKey = formKey
    }
}
