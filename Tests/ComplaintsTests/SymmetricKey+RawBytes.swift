import Crypto
import Foundation

extension SymmetricKey {
    var rawBytes: Data { withUnsafeBytes { Data($0) } }
}
