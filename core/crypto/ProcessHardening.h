#pragma once

namespace kasboek::crypto {

// Called first thing by every Kasboek executable that may hold keys: no core dumps
// (they would write keys and decrypted books to disk), no ptrace by other users'
// processes where the OS offers that switch.
void hardenProcess();

} // namespace kasboek::crypto
