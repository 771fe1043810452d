/// The fields of a new account as a form or a JSON body sends them, before they are checked.
/// Every field is optional here so that a missing one is answered with its own name.
struct NewUserInput: Decodable, Sendable {
    var username: String?
    var displayName: String?
    /// A `Role` raw value: administrator, coordinator, divisionHead, viewer.
    var role: String?
    /// The agency's slug; ignored for administrators and in an agency's own users page.
    var agency: String?
    /// The division a division head reports for.
    var division: String?

    init(username: String?, displayName: String?, role: String?, agency: String?, division: String?) {
        self.username = username
        self.displayName = displayName
        self.role = role
        self.agency = agency
        self.division = division
    }

    init(form: FormData) {
        self.init(
            username: form["username"], displayName: form["displayName"], role: form["role"], agency: form["agency"],
            division: form["division"])
    }
}
