/// Why a QR code could not be made.
public enum QRCodeError: Error, Equatable, Sendable {
    /// More bytes than version 40 at level M holds.
    case tooLong(Int)
}
