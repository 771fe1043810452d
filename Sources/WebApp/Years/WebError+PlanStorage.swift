import Storage

extension WebError {
    /// A storage refusal in words a clerk can act on. Database failures stay errors (a 500), since
    /// nothing the user sends can fix them.
    static func planStorage(_ error: StorageError) -> WebError? {
        switch error {
        case .duplicate(let field, let value):
            WebError(
                .conflict, field: field, th: "มีข้อมูลนี้อยู่แล้ว (\(value)) โปรดโหลดหน้าใหม่",
                en: "this already exists (\(value)); reload the page")
        case .notFound:
            WebError(.notFound, th: "ไม่พบข้อมูลที่ต้องการแก้ไข อาจถูกลบไปแล้ว", en: "not found; it may have been deleted")
        case .conflict:
            WebError(
                .conflict, th: "ทำรายการไม่ได้เพราะข้อมูลขัดกับที่บันทึกไว้ โปรดโหลดหน้าใหม่",
                en: "this conflicts with what is stored; reload the page")
        case .database:
            nil
        }
    }

    /// Runs a storage write, turning refusals into `WebError`s.
    static func mappingStorage<Value>(_ body: () async throws -> Value) async throws -> Value {
        do {
            return try await body()
        } catch let error as StorageError {
            throw planStorage(error) ?? error
        }
    }
}
