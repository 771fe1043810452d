/// The link to an agency's complaint channel, for every public page of the agency.
///
/// Other public pages (the transparency page, for one) put `PublicComplaintLink.html(agencySlug:language:)`
/// in their header or footer, so that the channel can be found from anywhere an outsider lands.
public enum PublicComplaintLink {
    /// `/public/<slug>/complaints`, the channel's front page.
    public static func path(agencySlug: String) -> String { "/public/\(agencySlug)/complaints" }

    /// `<a class="complaint-channel" href="…">ร้องเรียน / แจ้งเบาะแสการทุจริต (ไม่ต้องเปิดเผยชื่อ)</a>`
    public static func html(agencySlug: String, language: Language) -> HTML {
        let label = language(
            "ร้องเรียน / แจ้งเบาะแสการทุจริต (ไม่ต้องเปิดเผยชื่อ)", "Report corruption or make a complaint (anonymously)")
        return "<a class=\"complaint-channel\" href=\"\(path(agencySlug: agencySlug))\">\(label)</a>"
    }
}
