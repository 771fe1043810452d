/// A monthly meeting report as the form or the API sent it, before any of it is checked.
struct MeetingSubmission: Sendable {
    /// The month reviewed: "2565-11" (พ.ศ. year and month, as the form's menu sends it) or Thai
    /// text such as "พ.ย. 2565" or "พฤศจิกายน 2565".
    var month: String?
    /// The meeting's day, "2022-12-07" (Christian era, as HTML date inputs send it).
    var meetingDate: String?
    var title: String?
    var notes: String?

    init(form: FormData) {
        month = form["month"]
        meetingDate = form["meetingDate"]
        title = form["title"]
        notes = form["notes"]
    }

    init(json: JSON) {
        month = json.month
        meetingDate = json.meetingDate
        title = json.title
        notes = json.notes
    }

    /// The JSON body of `POST …/years/:year/meetings`.
    struct JSON: Decodable, Sendable {
        var month: String?
        var meetingDate: String?
        var title: String?
        var notes: String?
    }
}
