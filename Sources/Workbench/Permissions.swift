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

    /// The divisions a measure names after `user` edits it: the coordinator and the administrator set
    /// them freely; a division head adds or removes only their own division (and its sub-units), and
    /// every other division stays as stored, so a shared measure cannot be taken from its partners.
    public static func divisions(afterEditBy user: UserAccount, stored: [String], proposed: [String]) -> [String] {
        if user.role == .administrator || user.role == .coordinator { return proposed }
        guard user.role == .divisionHead, let own = user.divisionName else { return stored }
        let isOwn = { (name: String) in DivisionMatch.belongs(name, to: own) }
        let proposedHas = { (name: String) in proposed.contains { DivisionMatch.same($0, name) } }
        var result = stored.filter { !isOwn($0) || proposedHas($0) }
        for name in proposed where isOwn(name) && !result.contains(where: { DivisionMatch.same($0, name) }) {
            result.append(name)
        }
        return result
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
