/// The channel's stylesheet for pages framed by the workbench's `Layout`, which links only app.css: a
/// `<link>` in the body is allowed for stylesheets and keeps the shared layout untouched.
enum ComplaintStylesheet {
    static let link: HTML = "<link rel=\"stylesheet\" href=\"/assets/complaints.css\">"
}
