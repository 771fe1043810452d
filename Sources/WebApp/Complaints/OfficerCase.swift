import ComplaintCrypto
import Complaints
import Crypto
import Foundation
import Hummingbird
import Workbench

/// A case as a signed-in officer reaches it, after every check: the officer must be a named recipient of
/// the case's agency. To anyone else the case does not exist (404): not even its existence is shown.
struct OfficerCase: Sendable {
    enum Access: Sendable {
        /// Opened with the officer's key.
        case open(ComplaintKeys)
        /// The officer's key is not unlocked in this session.
        case locked
        /// The case is not (yet) sealed for this officer's key.
        case notShared
    }

    var identity: Identity
    var state: ChannelState
    var record: ComplaintRecord
    var access: Access
    var agency: AgencyRecord { state.agency }

    /// The keys, or the refusal an action must give when they are not at hand.
    func requireKeys() throws -> ComplaintKeys {
        switch access {
        case .open(let keys): return keys
        case .locked:
            throw WebError(.conflict, th: "กุญแจของท่านยังไม่ได้ปลดล็อก กรุณาเข้าสู่ระบบใหม่หรือกรอกรหัสผ่านที่หน้ากล่องเรื่อง", en: "your key is locked; sign in again or enter your password on the inbox page")
        case .notShared:
            throw WebError(.conflict, th: "เรื่องนี้ยังไม่ได้แบ่งปันให้กุญแจของท่าน", en: "this case is not shared with your key yet")
        }
    }

    /// Resolves `:complaint` for the signed-in user.
    static func resolve(_ request: Request, _ context: AppRequestContext, _ services: ComplaintServices) async throws -> OfficerCase {
        guard let identity = context.identity else { throw WebError.signInRequired }
        let notFound = WebError(.notFound, th: "ไม่พบเรื่องนี้ หรือท่านไม่ได้เป็นผู้รับเรื่อง", en: "no such case, or you do not receive this agency's reports")
        guard let id = context.parameters.get("complaint").flatMap(Identifier<ComplaintRecord>.init),
              let record = try await services.repository.fetchComplaint(id: id),
              identity.user.agencyID == record.agencyID,
              let agency = try await services.environment.repositories.agencies.fetchAgency(id: record.agencyID)
        else { throw notFound }
        let state = try await services.channelState(agency)
        guard state.isRecipient(identity.user) else { throw notFound }
        guard let (key, privateKey) = try await OfficerKeyring(environment: services.environment).unlockedKey(identity, request: request) else {
            return OfficerCase(identity: identity, state: state, record: record, access: .locked)
        }
        guard let wrap = record.wrap(for: .officer(key.id)) else {
            return OfficerCase(identity: identity, state: state, record: record, access: .notShared)
        }
        let keys = try CaseKeyWrapping.open(wrap, with: privateKey, complaint: record.id)
        return OfficerCase(identity: identity, state: state, record: record, access: .open(keys))
    }
}
