#pragma once

namespace kasboek::storage {

// The messages RecordStore reports. Each repository words them with its own tr(), so the
// texts name its records ("contact", "product") and keep their translation context.
enum class RecordMessage {
    NotFound, // no row with that id or uid
    NegativeOffset, // a list asked to start before its first row
    UidMismatch, // an update's id and uid name two different rows
    UidTaken, // an insert brought a uid that is already stored
};

} // namespace kasboek::storage
