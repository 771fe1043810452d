/// OIT disclosure: records per item, the check with links and the prediction, the answer sheet, frozen
/// submissions, the watch log and the settings (the disclosure feature).
extension OpenAPICatalog {
    static let disclosure: [OpenAPIOperation] = [
        OpenAPIOperation(
            method: .get, path: "/api/v1/agencies/:agency/years/:year/disclosure", access: .agencyReader, id: "getDisclosure", tag: "disclosure",
            summary: "Every OIT item of the year with its record, status and flags (links not opened), and the predicted scores.",
            answers: [.json(200, "The year's disclosure.", .reference("DisclosureYear"))]),
        OpenAPIOperation(
            method: .put, path: "/api/v1/agencies/:agency/years/:year/disclosure/items/:item", access: .planEditor, id: "saveDisclosureItem", tag: "disclosure",
            summary: "Replace one item's record: links with where on the page, ticked components with evidence, period, months, responsible, due date.",
            body: .json(.reference("DisclosureItemBody")),
            answers: [.json(200, "The record as stored.", .reference("DisclosureRecord"))]),
        OpenAPIOperation(
            method: .post, path: "/api/v1/agencies/:agency/years/:year/disclosure/items/:item/documents", access: .planEditor, id: "uploadDisclosureDocument", tag: "disclosure",
            summary: "Upload documents for an item (multipart field `document`; PDF, PNG, JPEG, .docx, .xlsx by their bytes).",
            body: OpenAPIOperation.Body(content: [("multipart/form-data", JSONSchema.reference("DisclosureUploadForm"))]),
            answers: [.json(201, "The documents stored.", .array(.reference("DisclosureDocument")))],
            refusals: [413, 415]),
        OpenAPIOperation(
            method: .post, path: "/api/v1/agencies/:agency/years/:year/disclosure/check", access: .planEditor, id: "checkDisclosure", tag: "disclosure",
            summary: "Open the links on the agency's main domain (bounded, with a timeout), check every item and predict indicators 9 and 10, the OIT part, total and level.",
            answers: [.json(200, "Flags, link results and the prediction.", .reference("DisclosureCheck"))]),
        OpenAPIOperation(
            method: .get, path: "/api/v1/agencies/:agency/years/:year/disclosure/answer-sheet", access: .agencyReader, id: "getAnswerSheet", tag: "disclosure",
            summary: "The ITAS answer sheet as it stands: per item มี/ไม่มี, URLs and where on the page.",
            answers: [.json(200, "The sheet.", .reference("AnswerSheet"))]),
        OpenAPIOperation(
            method: .get, path: "/api/v1/agencies/:agency/years/:year/disclosure/submissions", access: .agencyReader, id: "listSubmissions", tag: "disclosure",
            summary: "The frozen answer sheets of the year, newest first.",
            answers: [.json(200, "Submissions.", .array(.reference("SubmissionSummary")))]),
        OpenAPIOperation(
            method: .post, path: "/api/v1/agencies/:agency/years/:year/disclosure/submissions", access: .planEditor, id: "freezeAnswerSheet", tag: "disclosure",
            summary: "Freeze the answer sheet as submitted, with its SHA-256 and time; it can never change.",
            answers: [.json(201, "The frozen submission.", .reference("DisclosureSubmission"))]),
        OpenAPIOperation(
            method: .get, path: "/api/v1/agencies/:agency/years/:year/disclosure/watch", access: .agencyReader, id: "getWatchLog", tag: "disclosure",
            summary: "The watch log of the review window: each check of the public page and its links, newest first.",
            answers: [.json(200, "Log entries.", .array(.reference("WatchLogEntry")))]),
        OpenAPIOperation(
            method: .get, path: "/api/v1/agencies/:agency/disclosure/settings", access: .agencyReader, id: "getDisclosureSettings", tag: "disclosure",
            summary: "The main website, the public site and the review window.",
            answers: [.json(200, "Settings.", .reference("DisclosureSettings"))]),
        OpenAPIOperation(
            method: .put, path: "/api/v1/agencies/:agency/disclosure/settings", access: .planEditor, id: "saveDisclosureSettings", tag: "disclosure",
            summary: "Replace the settings; empty text clears a field.",
            body: .json(.reference("DisclosureSettingsBody")),
            answers: [.json(200, "Settings as stored.", .reference("DisclosureSettings"))]),
    ]
}
