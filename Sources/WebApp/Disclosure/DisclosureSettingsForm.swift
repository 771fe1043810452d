import Disclosure
import Foundation
import LinkChecking
import NIOPosix
import ThaiText
import Workbench

/// The settings as the page's form or the API sent them.
struct DisclosureSettingsForm: Sendable, Decodable {
    var mainWebsite: String?
    var publicSite: String?
    /// "2023-05-01"
    var reviewStart: String?
    var reviewEnd: String?

    init(form: FormData) {
        mainWebsite = form["mainWebsite"]
        publicSite = form["publicSite"]
        reviewStart = form["reviewStart"]
        reviewEnd = form["reviewEnd"]
    }

    func settings(agency: Identifier<AgencyRecord>, actor: Actor) throws -> DisclosureSettings {
        let main = try Self.website(mainWebsite, field: "mainWebsite")
        let public_ = try Self.website(publicSite, field: "publicSite")
        let start = try Self.day(reviewStart, field: "reviewStart")
        let end = try Self.day(reviewEnd, field: "reviewEnd")
        guard (start == nil) == (end == nil) else {
            throw WebError.badInput(start == nil ? "reviewStart" : "reviewEnd", th: "กรุณาระบุช่วงตรวจประเมินทั้งวันแรกและวันสุดท้าย", en: "give both the first and the last day of the review window")
        }
        if let start, let end, end < start {
            throw WebError.badInput("reviewEnd", th: "วันสุดท้ายต้องไม่ก่อนวันแรก", en: "the last day is before the first")
        }
        return DisclosureSettings(
            agencyID: agency, mainWebsite: main, publicSite: public_, reviewStart: start, reviewEnd: end, updatedAt: actor.at,
            updatedBy: actor.name)
    }

    static func website(_ text: String?, field: String) throws -> String {
        let value = (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !value.isEmpty else { return "" }
        guard value.count <= 300, MainDomain.host(of: value) != nil, let components = URLComponents(string: value),
              components.query == nil, components.fragment == nil
        else {
            throw WebError.badInput(field, th: "ที่อยู่เว็บไซต์ \(value) ไม่ถูกต้อง (เช่น https://www.thapkhlo.go.th)", en: "\(value) is not a website address such as https://www.thapkhlo.go.th")
        }
        return value.hasSuffix("/") ? String(value.dropLast()) : value
    }

    /// Refuses a main website or public site on an internal address (loopback, link-local, private, …),
    /// or a name that resolves to one: the link check and the watch open these addresses from the
    /// server, so they must never point into its own network. A name that does not resolve is kept
    /// (it may be new, or the server offline); the check refuses it again before every request.
    static func refuseInternalAddresses(_ settings: DisclosureSettings, allowLoopback: Bool) async throws {
        for (field, value) in [("mainWebsite", settings.mainWebsite), ("publicSite", settings.publicSite)] where !value.isEmpty {
            guard let components = URLComponents(string: value), let host = components.host else { continue }
            let refusal = try await NIOThreadPool.singleton.runIfActive {
                switch AddressGuard.checkedAddress(for: host, allowLoopback: allowLoopback) {
                case .success, .failure(.unknownHost): nil as AddressGuard.Refusal?
                case .failure(let refusal): refusal
                }
            }
            if let refusal, case .internalAddress(let address, _) = refusal {
                throw WebError.badInput(
                    field,
                    th: "ที่อยู่เว็บไซต์ \(value) ชี้ไปยังเครือข่ายภายในของเซิร์ฟเวอร์ (\(address)) ไม่ใช่เว็บไซต์สาธารณะของหน่วยงาน กรุณาใช้ที่อยู่ที่ประชาชนเปิดได้ เช่น https://www.thapkhlo.go.th",
                    en: "\(value) points into the server's own network (\(address)), not to the agency's public website; use an address the public can open, such as https://www.thapkhlo.go.th")
            }
        }
    }

    static func day(_ text: String?, field: String) throws -> ThaiDate? {
        guard let text, !text.isEmpty else { return nil }
        guard let day = CalendarDate.parse(iso8601: text) else {
            throw WebError.badInput(field, th: "วันที่ \(text) ไม่ถูกต้อง", en: "\(text) is not a valid date (use YYYY-MM-DD)")
        }
        return day
    }
}
