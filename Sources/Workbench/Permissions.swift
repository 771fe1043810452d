/// Who may do what. Every route asks one of these, so the whole policy reads in one place.
public enum Permissions {
    /// Administrators see every agency; everyone else only their own.
    public static func canRead(agency: Identifier<AgencyRecord>, user: UserAccount) -> Bool {
        user.active && (user.role == .administrator || user.agencyID == agency)
    }

    /// Results, analysis, the measures list, meetings, next year: the coordinator's work.
    public static func canEditPlan(agency: Identifier<AgencyRecord>, user: UserAccount) -> Bool {
        guard canRead(agency: agency, user: user) else { return false }
        return user.role == .administrator || user.role == .coordinator
    }

    /// A measure's text and its progress: the coordinator, or a division head named among its divisions.
    public static func canWork(on measure: MeasureRecord, user: UserAccount) -> Bool {
        if canEditPlan(agency: measure.agencyID, user: user) { return true }
        guard user.role == .divisionHead, user.agencyID == measure.agencyID, let division = user.divisionName else {
            return false
        }
        return measure.measure.divisions.contains { DivisionMatch.belongs($0, to: division) }
    }

    /// Agencies and accounts of the whole installation.
    public static func canAdminister(user: UserAccount) -> Bool {
        user.active && user.role == .administrator
    }
}

/// Division names compare without regard to spaces, which PDFs and people place differently.
public enum DivisionMatch {
    public static func same(_ a: String, _ b: String) -> Bool {
        a.filter { !$0.isWhitespace } == b.filter { !$0.isWhitespace }
    }

    /// "สำนักปลัด (งานวิเคราะห์นโยบายและแผน)" belongs to "สำนักปลัด".
    public static func belongs(_ measureDivision: String, to division: String) -> Bool {
        let a = measureDivision.filter { !$0.isWhitespace }
        let b = division.filter { !$0.isWhitespace }
        return a == b || a.hasPrefix(b + "(")
    }
}
