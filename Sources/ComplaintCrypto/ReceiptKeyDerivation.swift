import Complaints
import Crypto
import CryptoExtras
import Foundation

/// What a receipt opens: the lookup that finds its case, and the key that opens the reporter's wrap.
public struct ReceiptSecrets: Sendable {
    /// Stored with the case; finding a case by it needs the receipt and one slow KDF.
    public let lookup: Data
    /// Never stored.
    public let reporterKey: SymmetricKey
}

/// Stretches a receipt with scrypt, then splits the result with HKDF into the lookup and the reporter key.
///
/// scrypt, because it is memory-hard: guessing receipts from a stolen database costs memory as well as
/// time on every try, which blunts GPUs and custom hardware far more than an iterated hash would. The
/// salt is the installation's (see `ComplaintInstallation`). HKDF with two labels makes the stored lookup
/// and the secret key independent: knowing the lookup gives no shortcut to the key.
public enum ReceiptKeyDerivation {
    public static func derive(_ receipt: ReceiptNumber, installation: ComplaintInstallation) throws -> ReceiptSecrets {
        let cost = installation.receiptCost
        let stretched = try KDF.Scrypt.deriveKey(
            from: Data(receipt.digits.utf8), salt: installation.receiptSalt, outputByteCount: 32, rounds: cost.rounds,
            blockSize: cost.r, parallelism: cost.p)
        let lookup = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: stretched, info: Data("prongsai receipt lookup v1".utf8), outputByteCount: 32)
        let reporterKey = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: stretched, info: Data("prongsai receipt reporter key v1".utf8), outputByteCount: 32)
        return ReceiptSecrets(lookup: lookup.rawData, reporterKey: reporterKey)
    }

    /// New installation secrets from the system's secure generator.
    public static func newInstallation(receiptCost: ScryptCost) -> ComplaintInstallation {
        ComplaintInstallation(
            receiptSalt: SymmetricKey(size: .bits256).rawData, receiptCost: receiptCost,
            formKey: SymmetricKey(size: .bits256).rawData)
    }
}
