/// The receiving officers' complaint work. A case answers 404 to anyone but a named recipient of its
/// agency, and 409 while the caller's key is locked (it unlocks at sign-in).
extension OpenAPICatalog {
    static let complaints: [OpenAPIOperation] = [
        OpenAPIOperation(
            method: .get, path: "/api/v1/agencies/:agency/complaints", access: .agencyReader, id: "listComplaints", tag: "complaints",
            summary: "The agency's cases, metadata only, for a receiving officer with an unlocked key; others get an empty list.",
            answers: [.json(200, "The inbox.", .reference("ComplaintInbox"))]),
        OpenAPIOperation(
            method: .get, path: "/api/v1/agencies/:agency/complaints/statistics", access: .agencyReader, id: "complaintStatistics",
            tag: "complaints",
            summary: "A fiscal year's counts by month, category and status, with small cells shown as \"<3\" and revealing totals as ranges.",
            query: [.init(name: "year", description: "The fiscal year (พ.ศ.); the current one when absent.", schema: .integer())],
            answers: [.json(200, "The protected statistics.", .reference("ComplaintStatistics"))]),
        OpenAPIOperation(
            method: .get, path: "/api/v1/complaints/:complaint", access: .signedIn, id: "getComplaint", tag: "complaints",
            summary: "One case opened: the report, the reporter's additions, replies, internal notes and referrals.",
            answers: [.json(200, "The case.", .reference("ComplaintCase"))],
            refusals: [409]),
        OpenAPIOperation(
            method: .get, path: "/api/v1/complaints/:complaint/attachments/:attachment", access: .signedIn, id: "downloadComplaintAttachment",
            tag: "complaints",
            summary: "An attachment's bytes, decrypted, with the type found by sniffing them when it was sent.",
            answers: [.file(200, "The file.", mediaType: "application/octet-stream")],
            refusals: [409]),
        OpenAPIOperation(
            method: .post, path: "/api/v1/complaints/:complaint/replies", access: .signedIn, id: "replyToReporter", tag: "complaints",
            summary: "Reply to the reporter, who reads it with the receipt. A received case moves to underReview.",
            body: .json(.reference("ComplaintText")),
            answers: [.json(200, "The case after the reply.", .reference("ComplaintCase"))],
            refusals: [409]),
        OpenAPIOperation(
            method: .post, path: "/api/v1/complaints/:complaint/notes", access: .signedIn, id: "addInternalNote", tag: "complaints",
            summary: "Add a note for the receiving officers only; the reporter's key cannot open it.",
            body: .json(.reference("ComplaintText")),
            answers: [.json(200, "The case after the note.", .reference("ComplaintCase"))],
            refusals: [409]),
        OpenAPIOperation(
            method: .put, path: "/api/v1/complaints/:complaint/status", access: .signedIn, id: "setComplaintStatus", tag: "complaints",
            summary: "Move the case to a status; closing starts its retention period.",
            body: .json(.reference("ComplaintStatusChange")),
            answers: [.json(200, "The case after the change.", .reference("ComplaintCase"))],
            refusals: [409]),
        OpenAPIOperation(
            method: .post, path: "/api/v1/complaints/:complaint/forwardings", access: .signedIn, id: "forwardComplaint", tag: "complaints",
            summary: "Record a referral (to the NACC, the district, …) and mark the case forwarded.",
            body: .json(.reference("ComplaintForwarding")),
            answers: [.json(200, "The case after the referral.", .reference("ComplaintCase"))],
            refusals: [409]),
        OpenAPIOperation(
            method: .delete, path: "/api/v1/complaints/:complaint", access: .signedIn, id: "deleteComplaint", tag: "complaints",
            summary: "Delete a case whose retention period is over; refused with 409 before that.",
            answers: [.empty(204, "Deleted.")],
            refusals: [409]),
    ]
}
