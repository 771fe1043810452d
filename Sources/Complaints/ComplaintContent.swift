/// What a reporter writes, as sealed inside the report entry. Nothing here is ever stored in clear.
public struct ReportContent: Codable, Hashable, Sendable {
    /// A short subject line (optional).
    public var subject: String
    public var details: String
    /// Where and when it happened (optional).
    public var whenAndWhere: String
    /// Who was involved (optional).
    public var peopleInvolved: String
    /// Only when the reporter chose to give a way back to them.
    public var contact: ContactDetails?

    public init(subject: String, details: String, whenAndWhere: String, peopleInvolved: String, contact: ContactDetails?) {
        self.subject = subject
        self.details = details
        self.whenAndWhere = whenAndWhere
        self.peopleInvolved = peopleInvolved
        self.contact = contact
    }
}

/// Optional contact details; a report without them is anonymous.
public struct ContactDetails: Codable, Hashable, Sendable {
    public var name: String
    public var phone: String
    public var email: String

    public init(name: String, phone: String, email: String) {
        self.name = name
        self.phone = phone
        self.email = email
    }

    /// Nil when every field is empty, so an untouched form stays anonymous.
    public init?(name: String?, phone: String?, email: String?) {
        let parts = [name, phone, email].map { ($0 ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        guard parts.contains(where: { !$0.isEmpty }) else { return nil }
        self.init(name: parts[0], phone: parts[1], email: parts[2])
    }
}

/// The text of a later message, reply or internal note.
public struct MessageContent: Codable, Hashable, Sendable {
    public var text: String
    /// The officer's display name, sealed with the reply so the reporter sees who answered only when the
    /// agency wants that; nil for the reporter.
    public var authorName: String?

    public init(text: String, authorName: String? = nil) {
        self.text = text
        self.authorName = authorName
    }
}

/// Where a case was sent.
public enum ForwardingDestination: String, Codable, CaseIterable, Hashable, Sendable {
    /// สำนักงาน ป.ป.ช. — the National Anti-Corruption Commission (or its provincial office).
    case nacc
    /// อำเภอ — the district office, which oversees subdistrict administrative organisations.
    case district
    /// จังหวัด — the province (its governor or its ศูนย์ดำรงธรรม).
    case province
    /// สำนักงาน ป.ป.ท. — the Public Sector Anti-Corruption Commission.
    case pacc
    /// Another body, named in the note.
    case other

    public var nameTH: String {
        switch self {
        case .nacc: "สำนักงาน ป.ป.ช."
        case .district: "อำเภอ"
        case .province: "จังหวัด / ศูนย์ดำรงธรรม"
        case .pacc: "สำนักงาน ป.ป.ท."
        case .other: "หน่วยงานอื่น"
        }
    }

    public var nameEN: String {
        switch self {
        case .nacc: "NACC"
        case .district: "District office"
        case .province: "Province / Damrongtham Centre"
        case .pacc: "PACC"
        case .other: "Another body"
        }
    }
}

/// A forwarding record, sealed with the internal key.
public struct ForwardingContent: Codable, Hashable, Sendable {
    public var destination: ForwardingDestination
    /// The letter's number or the other body's case number.
    public var reference: String
    public var note: String
    public var authorName: String

    public init(destination: ForwardingDestination, reference: String, note: String, authorName: String) {
        self.destination = destination
        self.reference = reference
        self.note = note
        self.authorName = authorName
    }
}
