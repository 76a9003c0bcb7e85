#pragma once

// The one place that includes SQLCipher's sqlite3.h (it must win over the system
// SQLite's header, which lacks the codec API), and maps its result codes to ours.

#include "Error.h"

#include <sqlite3.h>

namespace kasboek::storage {

// Our ErrorCode for an SQLite result code, with a translated message.
// `db` may be null; `what` names the operation for the technical detail.
[[nodiscard]] Error sqliteError(int resultCode, sqlite3* db, const char* what);

} // namespace kasboek::storage
