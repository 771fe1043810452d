import ComplaintCrypto
import Complaints
import Crypto
import Foundation
import Workbench

/// Seals cases for recipients who cannot open them yet: an officer named after a case came in, a
/// recipient whose key was replaced after a password reset, a recovery key made later. Only someone who
/// can open a case can share it, so this runs whenever a recipient opens the inbox, and when the
/// administrator uses the recovery key.
struct ComplaintKeySharing {
    let services: ComplaintServices

    /// Shares every case the given key opens with every current recipient missing from it. Returns how
    /// many cases gained a recipient.
    @discardableResult
    func shareMissing(
        _ state: ChannelState, opener: ComplaintKeyWrap.Recipient, privateKey: Curve25519.KeyAgreement.PrivateKey
    ) async throws -> Int {
        let targets = state.sealingRecipients
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
