import ComplaintCrypto
import Complaints
import Crypto
import Foundation
import Workbench

/// Seals cases for recipients who cannot open them yet: an officer named after a case came in, a recovery
/// key made later (automatically, whenever a recipient opens the inbox), and a recipient whose key was
/// replaced after a password reset (only when another recipient asks, after an administrator confirmed
/// the key: whoever reset the password may have made that key). Only someone who can open a case can share it.
struct ComplaintKeySharing {
    let services: ComplaintServices

    /// Shares every case the given key opens with every target missing from it (by default the keys that
    /// are shared with automatically). Returns how many cases gained a recipient.
    @discardableResult
    func shareMissing(
        _ state: ChannelState, opener: ComplaintKeyWrap.Recipient, privateKey: Curve25519.KeyAgreement.PrivateKey,
        targets chosen: [(ComplaintKeyWrap.Recipient, Data)]? = nil
    ) async throws -> Int {
        let targets = chosen ?? state.automaticShareTargets
        var shared = 0
        for complaint in try await services.repository.fetchComplaints(agency: state.agency.id) {
            guard let own = complaint.wrap(for: opener) else { continue }
            let missing = targets.filter { complaint.wrap(for: $0.0) == nil }
            guard !missing.isEmpty else { continue }
            let keys = try CaseKeyWrapping.open(own, with: privateKey, complaint: complaint.id)
            let wraps = try missing.map { recipient, publicKey in
                try CaseKeyWrapping.wrap(keys, for: recipient, publicKey: publicKey, complaint: complaint.id)
            }
            try await services.repository.insertKeyWraps(wraps, complaint: complaint.id)
            shared += 1
        }
        return shared
    }
}
