/// The fields of a new agency as a form or a JSON body sends them, before they are checked.
struct NewAgencyInput: Decodable, Sendable {
    /// ประเภท: องค์การบริหารส่วนตำบล, เทศบาลตำบล, … (free text).
    var kind: String?
    var name: String?
    var district: String?
    var province: String?
    var slug: String?
    /// ส่วนราชการ in order; nil or empty gives the typical divisions of an อบต.
    var divisions: [String]?

    init(kind: String?, name: String?, district: String?, province: String?, slug: String?, divisions: [String]?) {
        self.kind = kind
        self.name = name
        self.district = district
        self.province = province
        self.slug = slug
        self.divisions = divisions
    }

    /// The form sends the divisions as one text area, one division a line.
    init(form: FormData) {
        let lines = (form.fields["divisions"]?.first ?? "").split(whereSeparator: \.isNewline).map(String.init)
        self.init(
            kind: form["kind"], name: form["name"], district: form["district"], province: form["province"],
            slug: form["slug"], divisions: lines)
    }

    /// Kinds offered in the form's list; any other kind may be typed.
    static let suggestedKinds = [
        "องค์การบริหารส่วนตำบล", "เทศบาลตำบล", "เทศบาลเมือง", "เทศบาลนคร", "องค์การบริหารส่วนจังหวัด",
    ]
}
